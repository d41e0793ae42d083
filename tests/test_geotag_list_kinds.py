"""What a list and a type word say of a name's kind (2026-12-07 classes): a last item with its own
head word ("…, dan wilayah X") still closes the list; a type word reads over the adjectives and
compass words between it and its name ("provinsi pusat Homs" is the governorate, "kota utara
Aleppo" the city); a list of governorate names after a sentence that speaks of provinces names
governorates. Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import re

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.parse import lists
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

IDLIB, IDLIB_GOV = "gn:169389", "gn:169387"
ALEPPO, ALEPPO_GOV = "gn:170063", "gn:170062"
HAMA, HAMA_GOV = "gn:170017", "gn:170015"
HOMS, HOMS_GOV = "gn:169577", "gn:169575"
LATAKIA, LATAKIA_GOV = "gn:173576", "gn:173578"
DARAA, DARAA_GOV = "gn:170905", "gn:170903"
DEIR_EZ_ZOR, DEIR_EZ_ZOR_GOV = "gn:170794", "gn:170792"
QUNEITRA_GOV = "gn:173336"
ARIHA, SARMADA, BINNISH = "gn:172994", "gn:164786", "gn:171451"
TAFTANAZ = "gn:163799"


def _listed(text: str, name: str) -> bool:
    """The name found for *name* is read as an item of a closed list (its evidence says so)."""
    for tp in geotag(text, GAZ).places:
        for m in tp.mentions:
            if m.surface == name:
                return "listed" in m.evidence
    return False


# --- a last item with its own head word still closes the list ---------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "dan wilayah X" closed no list before: the items before it were loose names
        ("Jet tempur membom Kota Idlib, Ariha, Sarmada, dan wilayah Hama utara.", {SARMADA}),
        ("Roket jatuh di Kota Idlib, Binnish, Sarmada serta kawasan Ariha.", {SARMADA, BINNISH}),
        ("Artileri menembaki Idlib, Ariha, Sarmada dan kota kecil Binnish.", {SARMADA, BINNISH}),
    ],
)
def test_a_last_item_with_its_own_head_word_closes_the_list(text: str, wanted: set[str]) -> None:
    assert wanted <= found(text)


def test_the_items_before_a_headed_last_item_are_listed() -> None:
    text = "Jet tempur membom Kota Idlib, Ariha, Sarmada, dan wilayah Hama utara."
    assert _listed(text, "Ariha")


@pytest.mark.parametrize(
    ("text", "name", "items"),
    [
        ("di Idlib, Ariha, dan wilayah Hama utara", "Ariha", ("Idlib", "Ariha", "Hama")),
        ("di Idlib, Ariha, dan wilayah Hama utara", "Hama", ("Idlib", "Ariha", "Hama")),
        ("di Idlib dan kota kecil Ariha", "Idlib", ("Idlib", "Ariha")),
        ("di Idlib dan kota kecil Ariha", "Ariha", ("Idlib", "Ariha")),
    ],
)
def test_a_list_reaches_over_the_head_word_of_its_last_item(
    text: str, name: str, items: tuple[str, ...]
) -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\s,]+", text)]
    raws = [text[a:b] for a, b in spans]
    between = [text[spans[i][1] : spans[i + 1][0]] for i in range(len(spans) - 1)] + [""]
    at = raws.index(name)
    found_list = lists.list_around(raws, between.__getitem__, at, at)
    assert found_list is not None and found_list.closed
    assert tuple(" ".join(raws[a : b + 1]) for a, b in found_list.items) == items


def test_a_last_item_keeps_its_own_head_word() -> None:
    # "desa" heads the list, "kota kecil" the last item: Binnish stays a town, not a village
    text = "Serangan menghantam desa Taftanaz, Sarmada dan kota kecil Binnish."
    assert {TAFTANAZ, SARMADA, BINNISH} <= found(text)


# --- a type word reads over the adjectives and compass words before its name -----------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bentrokan pecah di provinsi pusat Homs.", HOMS_GOV),  # "pusat" is also a type word
        ("Bantuan dikirim ke provinsi utara Idlib.", IDLIB_GOV),
        ("Minyak dipompa di provinsi timur Deir ez-Zor.", DEIR_EZ_ZOR_GOV),
        ("Protes meluas di provinsi selatan Daraa.", DARAA_GOV),
        ("Pengungsi bertahan di provinsi barat laut Idlib.", IDLIB_GOV),  # a compass pair
        ("Pasukan ditarik dari provinsi tetangga Hama.", HAMA_GOV),
        ("Kapal berlabuh di Provinsi Pesisir Latakia.", LATAKIA_GOV),  # capitalised words
        ("Serangan udara menghantam kota utara Aleppo.", ALEPPO),
        ("Kapal perang tiba di kota pelabuhan Latakia.", LATAKIA),
        # a capitalised adjective of the sea is no person's name before the town
        ("Kontainer itu meninggalkan pelabuhan Mediterania Latakia.", LATAKIA),
        ("Kapal tiba di kota pesisir Mediterania Tartus.", "gn:163345"),
    ],
)
def test_a_type_word_reads_over_adjectives(text: str, place: str) -> None:
    assert found(text) == {place}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Serangan di utara Idlib menewaskan tiga orang.", {IDLIB}),  # no type word: as before
        ("Serangan di pedesaan utara Aleppo.", {ALEPPO_GOV}),  # a countryside word: as before
        ("Warga dari desa utara Idlib mengungsi.", {IDLIB}),  # "desa": villages north of X
        # precision guards: Indonesian provinces and towns after the same words stay unmatched
        ("Banjir melanda provinsi tetangga Jawa Barat.", set()),
        ("Macet panjang di kota pusat Jakarta.", set()),
        ("Gempa mengguncang provinsi timur Nusa Tenggara.", set()),
        ("Kapal pesiar berlayar di Laut Mediterania.", set()),
        ("Kapal tiba di pelabuhan Mediterania Marseille.", set()),
    ],
)
def test_adjectives_without_a_governorate_or_town_word_change_nothing(
    text: str, wanted: set[str]
) -> None:
    assert found(text) == wanted


# --- a list of governorate names where the text speaks of provinces --------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Gencatan senjata berlaku di enam provinsi. Zona itu mencakup sebagian Idlib, Hama,"
            " Aleppo dan Latakia.",
            {IDLIB_GOV, HAMA_GOV, ALEPPO_GOV, LATAKIA_GOV},
        ),
        (  # in the same sentence, after the list; a seat's name ("Deraa") names its governorate
            "Bantuan mencapai Homs, Deraa, dan Al-Quneitra, tiga provinsi yang paling parah.",
            {HOMS_GOV, DARAA_GOV, QUNEITRA_GOV},
        ),
        (  # a region in the list is no governorate name but does not break the rule
            "Kekerasan menurun di banyak provinsi-provinsi. Zona aman meliputi Idlib, Homs,"
            " Ghouta Timur dan Hama.",
            {IDLIB_GOV, HOMS_GOV, HAMA_GOV, "region:eastern-ghouta"},
        ),
    ],
)
def test_a_list_of_governorate_names_after_provinces_names_governorates(
    text: str, wanted: set[str]
) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # no governorate word near the list: the cities
        ("Konvoi itu melewati Idlib, Hama, Aleppo dan Latakia.", {IDLIB, HAMA, ALEPPO, LATAKIA}),
        (  # the province word three sentences before the list is too far
            "Enam provinsi dilanda banjir. Hujan turun sejak pagi. Sungai meluap. Truk bantuan"
            " melewati Idlib, Hama dan Aleppo.",
            {IDLIB, HAMA, ALEPPO},
        ),
        # two governorate names only
        ("Di provinsi itu pasukan bergerak antara Hama dan Homs.", {HAMA, HOMS}),
        # most items are towns: the seat stays a town among them
        (
            "Dua provinsi dilanda banjir. Air merendam Ariha, Sarmada, Binnish dan Idlib.",
            {ARIHA, SARMADA, BINNISH, IDLIB},
        ),
    ],
)
def test_a_list_of_governorate_names_elsewhere_names_cities(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted


def test_a_governorate_read_from_its_list_does_not_spread() -> None:
    # "provinsi X" spreads to the bare X elsewhere in the article; a list's reading does not
    text = (
        "Perundingan membahas empat provinsi. Zona itu mencakup Idlib, Hama, Homs dan Latakia."
        " Kemarin sebuah bom meledak di Homs."
    )
    assert {HOMS_GOV, HOMS} <= found(text)


# --- a port is its town's: "pelabuhan X" stops a governorate reading from spreading to X -----

TARTUS, TARTUS_GOV = "gn:163345", "gn:163342"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Kapal tiba di pelabuhan Tartus. Kota itu terletak di provinsi Tartus.",
            {TARTUS, TARTUS_GOV},
        ),
        ("Kapal perang berlabuh di Pelabuhan Latakia.", {LATAKIA}),
        # precision guard: Indonesian ports stay unmatched
        ("Kapal bersandar di Pelabuhan Merak dan Pelabuhan Tanjung Priok.", set()),
        ("Antrean truk mengular di pelabuhan Bakauheni.", set()),
    ],
)
def test_a_port_names_its_town(text: str, wanted: set[str]) -> None:
    assert found(text) == wanted
