"""Indonesian places in Indonesian addresses, and Indonesian regions named alone, are no Syrian
villages (geo/parse/indonesian.py; the sweep of 2026-12-07: "Desa Julah, Kecamatan Tejakula,
Kabupaten Buleleng, Bali" gave Julah of Hasakah, "Kabupaten Inhil" Inkhil, "Kampung Bali" Balli,
"Lapangan Minas" Minas of Aleppo). Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo import lexicon
from tests.geotaghelp import found

pytestmark = pytest.mark.integration

JULAH, INKHIL, BALLI, MINAS = "gn:164213", "gn:169375", "gn:171873", "gn:166892"
HASAKAH = "gn:173811"


# An address with Indonesia's own administrative words or a province, or such a word right
# before the name, says the place is Indonesian.
@pytest.mark.parametrize(
    "text, place_id",
    [
        # the address runs on after the name: village, district, regency
        ("Polisi menangkap pelaku di Desa Julah, Kecamatan Tejakula, Kabupaten Buleleng.", JULAH),
        ("Kebakaran terjadi di Desa Julah, Kabupaten Buleleng.", JULAH),
        # … and the name's other mentions are the same village (one article, one sense)
        ("Warga di Desa Julah, Kecamatan Tejakula, panik. Polisi datang ke Desa Julah.", JULAH),
        # an administrative word right before it, nothing Syrian in its sentence
        ("Satgas membangun jembatan di Kabupaten Inhil. Jembatan di Inhil itu rampung.", INKHIL),
        # a province's own name
        ("Polisi menggerebek sebuah rumah di Kampung Bali, Tanah Abang.", BALLI),
    ],
)
def test_a_name_in_an_indonesian_address_is_no_syrian_village(text: str, place_id: str) -> None:
    assert place_id not in found(text)


# The same names stay Syrian where the address is Syrian or the sentence names Syria's places.
@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Pasukan tiba di desa Julah, Hasakah, setelah bentrokan.", JULAH),
        ("Milisi merebut desa Julah, Suriah timur laut.", JULAH),  # the country in the address
        ("Warga Kecamatan Inkhil mengungsi ke Jisr al-Shughur.", INKHIL),  # a Syrian place beside
        ("Pasukan merebut desa Minas di Aleppo utara.", MINAS),
    ],
)
def test_a_syrian_address_keeps_the_village(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_the_syrian_places_of_a_story_naming_an_indonesian_village_are_kept() -> None:
    # the home village of an Indonesian who went to Syria, and the camp town he was held in
    text = (
        "Ia berasal dari Desa Julah, Kecamatan Tejakula, Kabupaten Buleleng. "
        "Ia ditahan di kamp al-Hol, Hasakah, sebelum dipulangkan."
    )
    places = found(text)
    assert JULAH not in places
    assert HASAKAH in places


# An Indonesian region's name that is also a Syrian village's own (lexicon/indonesian_places.txt):
# the region, in an article that names nothing else Syrian; the village beside Syria's places.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pertamina membidik tambahan produksi minyak dari Lapangan Minas.", False),
        ("Produksi di Lapangan Minas naik tahun ini, kata direksi.", False),
        ("Pasukan Suriah menyerang Minas di pedesaan Aleppo.", True),
    ],
)
def test_an_indonesian_regions_name_alone_is_the_region(text: str, expected: bool) -> None:
    assert (MINAS in found(text)) is expected


def test_the_address_words_and_the_38_provinces_are_listed() -> None:
    assert {"kabupaten", "kecamatan", "kab", "kec", "kelurahan"} <= lexicon.indonesian_admin("word")
    provinces = lexicon.indonesian_admin("province")
    assert len(provinces) == 38
    assert {"bali", "jawa barat", "papua barat daya", "riau"} <= provinces
    # the press's words for Syrian places are no Indonesian address words
    assert not {"provinsi", "kota", "desa"} & lexicon.indonesian_admin("word")


def test_a_lower_case_unit_word_alone_may_name_a_syrian_unit() -> None:
    # Indonesia writes its own units capitalised ("Kabupaten Inhil"); the press may call a Syrian
    # subdistrict "kecamatan", and the sentence need not name another Syrian place
    assert INKHIL in found("Pasukan pemerintah merebut kecamatan Inkhil pekan lalu.")
    assert INKHIL not in found("Satgas membangun jembatan di Kabupaten Inkhil pekan lalu.")
