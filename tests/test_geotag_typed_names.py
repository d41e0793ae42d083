"""Precision of typed names (real tune set of 2026-12-07, classes not cases): an agency after a
dateline's place is no place ("Damaskus, MINA -"); a word naming a kind of feature picks the
feature of that kind ("kamp X", "penyeberangan perbatasan X") and the article's bare X with it;
"desa X" is the village, not the crossing named after it; "Suriah" inside an organisation's name
is no mention of the country. Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
SYRIA = "gn:163843"
ALEPPO, HOMS, IDLIB_CITY, AZAZ = "gn:170063", "gn:169577", "gn:169389", "gn:172082"
SARMADA, YARMOUK, PALMYRA, YARUBIYAH = "gn:164786", "gn:166716", "gn:163808", "gn:383661"
MENAGH = "feature:aleppo-menagh"  # folds like "MINA", Mi'raj News Agency
AL_KUNAH = "gn:4598"  # folds like "KUNA", Kuwait News Agency
ATIMA, ATMEH_CAMPS = "gn:172370", "feature:idlib-atmeh"  # the village and the camps by it
BAB_AL_HAWA = "feature:idlib-bab-al-hawa"  # the crossing
BAB_AL_HAWA_NEAR_AZAZ = "gn:11554023"  # one of four villages of that name
BAB_AL_HAWA_NEAR_PALMYRA = "gn:172007"  # … another (the bare name beside Palmyra)
KUWEIRES = "feature:aleppo-kuweires"


def places(text: str) -> set[str]:
    """Ids of every place (Syrian, foreign, countries) found in *text*."""
    return {tp.place.id for tp in geotag(text, GAZ).places}


def syrian(text: str) -> set[str]:
    """Ids of the Syrian places below the country found in *text*."""
    return {
        tp.place.id
        for tp in geotag(text, GAZ).places
        if tp.place.in_syria and tp.place.kind != "country"
    }


# --- an agency after a dateline's place ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Homs, MINA – Pasukan pemerintah menembaki kota Aleppo.", {HOMS, ALEPPO}),
        ("HOMS, MINA - Pasukan pemerintah menembaki kota Aleppo.", {HOMS, ALEPPO}),  # capitals
        ("Jenewa, MINA – Utusan PBB membahas nasib kota Aleppo.", {ALEPPO}),  # a foreign city
        ("Aleppo, KUNA – Pasukan pemerintah menembaki kota Homs.", {ALEPPO, HOMS}),
        ("Homs (MINA) – Pasukan pemerintah menembaki kota Aleppo.", {HOMS, ALEPPO}),  # the tag
    ],
)
def test_an_agency_after_a_datelines_place_is_no_place(text: str, wanted: set[str]) -> None:
    assert syrian(text) == wanted


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # the second part names the place's governorate or country: still a place
        ("Azaz, Aleppo – Pasukan pemerintah menembaki kota Homs.", ALEPPO),
        ("IDLIB, SURIAH – Pasukan pemerintah menembaki kota Homs.", SYRIA),
        # an outlet's name first: the place after it is the dateline's place
        ("ACTNews, SARMADA – Musim dingin tiba di kota Homs.", SARMADA),
        # the agency's name as a place in the text itself stays one
        ("Pesawat tempur mendarat di pangkalan udara Menagh.", MENAGH),
    ],
)
def test_an_area_after_a_datelines_place_stays_a_place(text: str, place_id: str) -> None:
    assert place_id in places(text)


# --- a word naming a kind of feature picks the feature ----------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the camps stand by the village whose spelling the text uses
        ("Pengungsi di kamp Atimah menerima selimut.", {ATMEH_CAMPS}),
        ("Pengungsi di kamp pengungsi Atimah menerima selimut.", {ATMEH_CAMPS}),  # head's 2nd word
        # a crossing that is the name's own reading reaches the bare name (the dateline)
        (
            "BAB AL HAWA - Pengungsi dari Palmira dan Homs tiba di penyeberangan perbatasan "
            "Bab al-Hawa.",
            {BAB_AL_HAWA, PALMYRA, HOMS},
        ),
        # a camp found by the village reaches the bare name too: one place (namesakes.py)
        (
            "Pengungsi kamp Atimah menerima selimut. Di Atimah, warga kedinginan.",
            {ATMEH_CAMPS},
        ),
        ("Truk dari Jinderes tiba di perlintasan Bab al-Hawa.", {"gn:169190", BAB_AL_HAWA}),
        ("Pasukan tiba di pangkalan udara Kuweires.", {KUWEIRES}),
        # "desa X" is the village, not the crossing or the camp named after it
        ("Warga desa Bab al Hawa dekat Azaz mengungsi.", {BAB_AL_HAWA_NEAR_AZAZ, AZAZ}),
        ("Warga desa Atimah menerima selimut.", {ATIMA}),
    ],
)
def test_a_feature_word_picks_the_feature_of_its_kind(text: str, wanted: set[str]) -> None:
    assert syrian(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Warga Atimah mengungsi ke kota Idlib.", {ATIMA, IDLIB_CITY}),  # no type word: the village
        ("Pengungsi di kamp Sarmada menerima selimut.", {SARMADA}),  # no camp by Sarmada
        ("Pengungsi di kamp Yarmouk di Damaskus kelaparan.", {YARMOUK, "gn:170654"}),
        ("Tentara berjaga di perbatasan Turki.", set()),  # a country has no crossing reading
        # "perbatasan" picks among the name's own readings only: the town, not the crossing by it
        ("Tentara berjaga di perbatasan Yarubiyah.", {YARUBIYAH}),
        ("Pengungsi dari Palmira tiba di Bab al-Hawa.", {PALMYRA, BAB_AL_HAWA_NEAR_PALMYRA}),
        ("Warga berkumpul di dekat kamp militer.", set()),
    ],
)
def test_a_feature_word_without_its_feature_keeps_the_reading(text: str, wanted: set[str]) -> None:
    assert syrian(text) == wanted


# --- "Suriah" inside an organisation's name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "has_syria"),
    [
        ("Komisi Umum Revolusi Suriah mengatakan pasukan menembaki Homs.", False),
        ("Tentara Kebebasan Suriah merebut kota Homs.", False),
        ("Tentara Pembebasan Suriah merebut kota Homs.", False),
        ("Menurut Jaringan Suriah untuk Hak Asasi Manusia, serangan menewaskan warga Homs.", False),
        ("Pertahanan Sipil Suriah mengevakuasi warga Homs.", False),
        # the country's own name, and an army named by it, stay the country
        ("Tentara Suriah menembaki kota Homs.", True),
        ("Pertahanan sipil di Suriah mengevakuasi warga Homs.", True),
    ],
)
def test_suriah_in_an_organisations_name_is_no_country(text: str, has_syria: bool) -> None:
    assert (SYRIA in places(text)) is has_syria
