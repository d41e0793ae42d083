"""A river is a line, not a point: a mention that names a river ("Sungai Efrat", "Orontes
River", "Nahr al-Khabur") yields no place, and its words are read as no other place either
(lexicon/not_places.tsv, category ``river``). Valleys and plains are regions and keep their
rows; a town that shares a word with a river is still found under its own name. Sentences are
this project's own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo import lexicon
from dashboard.geo.parse.toponyms import ToponymIndex, name_key

pytestmark = pytest.mark.integration

MANBIJ = "gn:167357"
TABQA = "gn:172374"  # Al-Thawrah, the town by the Tabqa dam
JARABLUS = "gn:169179"
DEIR_EZ_ZOR = "gn:170794"
AFRIN = "gn:174186"
YARMOUK_CAMP = "gn:166716"
EUPHRATES_VALLEY = "region:euphrates-valley"
KHABUR_VALLEY = "feature:hasakah-khabur-valley"
ORONTES_VALLEY = "feature:hama-orontes"


@pytest.mark.parametrize(
    "text",
    [
        "Pasukan SDF berjaga di tepi Sungai Efrat.",
        "Milisi menyeberangi sungai Eufrat pada malam hari.",  # lower-case head, other spelling
        "Pasukan Turki berada di sebelah barat Sungai Furat.",
        "Koalisi menyerang posisi di sepanjang Euphrates River.",
        "Perahu menyeberangi Sungai Orontes.",
        "Air sungai Assi meluap ke sawah.",  # "Assi" folds like "Asi"
        "Nahr al-Asi mengering musim panas ini.",
        "Air Sungai Khabur surut tahun ini.",
        "Jembatan di atas Nahr al-Khabur runtuh.",
        # a river word is no other place: the Yarmouk river is not the Damascus camp, the Afrin
        # river not the town, the Barada not the village Buraydah
        "Sungai Yarmouk menjadi batas dengan Yordania.",
        "Sungai Afrin meluap setelah hujan deras.",
        "Sungai Barada tercemar limbah.",
        "Petani di sepanjang Sungai Balikh kekurangan air.",
        "Hizbullah mundur ke utara Sungai Litani.",
    ],
)
def test_a_river_named_alone_yields_no_place(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the river beside a town on it: the town, not a point 150-250 km down the valley
        ("Manbij terletak di sebelah barat Sungai Efrat.", {MANBIJ}),
        ("Kota Tabqa terletak di Sungai Efrat.", {TABQA}),
        ("Pasukan Turki masuk ke Jarablus di tepi Sungai Eufrat.", {JARABLUS}),
        ("Deir ez-Zor dibelah oleh sungai Efrat.", {DEIR_EZ_ZOR}),
    ],
)
def test_a_river_beside_a_town_leaves_the_town_alone(text: str, expected: set[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Sisa-sisa ISIS bertahan di Lembah Efrat.", EUPHRATES_VALLEY),
        (
            "Sisa-sisa ISIS bertahan di Lembah Sungai Efrat.",
            EUPHRATES_VALLEY,
        ),  # longer than the river
        ("Koalisi menggempur ISIS di Middle Euphrates.", EUPHRATES_VALLEY),
        ("Desa-desa Asyur di Lembah Khabur direbut ISIS.", KHABUR_VALLEY),
        ("Desa-desa Asyur di Lembah Sungai Khabur direbut ISIS.", KHABUR_VALLEY),
        ("Petani di Lembah Orontes memanen gandum.", ORONTES_VALLEY),
        ("Pertempuran berkecamuk di Sahl al-Ghab.", "region:sahl-al-ghab"),
        ("Militan bertahan di Lembah Yarmouk.", "feature:daraa-yarmouk-basin"),
        ("Air meluap dari Bendungan Efrat.", "feature:raqqa-tabqa-dam"),  # a dam is a point
    ],
)
def test_a_valley_plain_or_dam_of_a_river_still_resolves(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Warga kota Afrin mengungsi ke Tal Rifaat.", AFRIN),
        ("Bantuan tiba di kamp Yarmouk, Damaskus.", YARMOUK_CAMP),
        ("Serangan udara menghantam desa Jubb al-Asi di utara Aleppo.", "gn:10309240"),
    ],
)
def test_a_town_named_with_a_rivers_word_is_still_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_every_river_row_blocks_its_words_in_the_matcher() -> None:
    # a place row with the same folded name would be overwritten silently: each river phrase
    # must end up as a blocker of category "river" in the automaton's entries
    index = ToponymIndex(GAZ)
    rivers = [row.phrase for row in lexicon.not_places() if row.category == "river"]
    assert len(rivers) >= 40
    assert {p: index.entries[name_key(p)].blocker for p in rivers} == dict.fromkeys(rivers, "river")


def test_no_place_row_is_named_after_a_river_itself() -> None:
    # the river names left the valley rows: a place's name that folds like a river row would be
    # hidden by the blocker, so none may remain (valleys say "Lembah …", "… valley")
    rivers = {name_key(row.phrase) for row in lexicon.not_places() if row.category == "river"}
    named = {
        place.id
        for place in GAZ.places.values()
        for name in (place.name, *place.names)
        if name_key(name) in rivers
    }
    assert named == set()
