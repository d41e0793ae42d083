"""What the frame around a name says of its kind (issue 10, blind batch 6's open classes): a list
in a place frame, the countryside or desert of a town or governorate, a village word before a
name a city quarter shares. Tables on the test world (tests/world.py, real ids); the sentences
are our own."""

from __future__ import annotations

import pytest

from dashboard.geo.parse.geotag import geotag
from tests.world import tiny_world

WORLD = tiny_world()
AIN_ISSA, TALL_TAMR, TAL_ABYAD = "gn:172134", "gn:163434", "gn:163750"
RAQQA_GOV, HOMS_GOV, IDLIB_GOV = "gn:172957", "gn:169575", "gn:169387"
HOMS, PALMYRA, ALEPPO, JUBB = "gn:169577", "gn:163808", "gn:170063", "gn:168958"
JDEYDEH_QUARTER, JUDAYDAH_VILLAGE = "feature:aleppo-jdeydeh", "gn:168902"


def places(text: str) -> set[str]:
    """Ids of the Syrian places below the country found in *text*."""
    return {tp.place.id for tp in geotag(text, WORLD).places if tp.place.mappable}


# --- a list in a place frame: its items are no evidence against each other -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two towns 130 km apart, one place word before the list: both are meant
        ("Ribuan warga mengungsi dari Ain Issa dan Tel Tamer pekan lalu.", {AIN_ISSA, TALL_TAMR}),
        ("Konvoi bantuan tiba di Tel Tamer dan Ain Issa.", {TALL_TAMR, AIN_ISSA}),
        (
            "Pasukan bergerak antara Ain Issa, Tal Abyad dan Tel Tamer.",
            {AIN_ISSA, TAL_ABYAD, TALL_TAMR},
        ),
    ],
)
def test_a_list_in_a_place_frame_keeps_its_far_items(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pernyataan itu datang dari Bashar dan Rahman, dua pejabat senior.",
        "Keluarga itu pindah dari Jalan Merdeka dan Pasar Baru.",
        "Bantuan datang dari Sumber Rejeki dan Anda semua.",
        "Salah satu pejabat datang dari Bashar dan Salah.",
    ],
)
def test_names_and_words_in_a_frame_stay_unmatched(text: str) -> None:
    assert places(text) == set()


# --- the countryside or desert of a town is the town; of a governorate's seat the governorate --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasukan Turki memasuki desa-desa di pedesaan Tal Abyad.", {TAL_ABYAD}),
        ("Serangan udara menghantam pedesaan Homs.", {HOMS_GOV}),
        ("Seorang penggembala tewas di gurun timur Homs.", {HOMS_GOV}),
        ("Ledakan terjadi di pedesaan barat laut Idlib.", {IDLIB_GOV}),
        ("Sel ISIS bersembunyi di gurun Palmira.", {PALMYRA}),
        # a village and the governorate's desert: the governorate, not its seat
        ("Penggembala dari desa Jub al-Wudayhi tewas di gurun timur Homs.", {JUBB, HOMS_GOV}),
    ],
)
def test_countryside_and_desert_words(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasukan bergerak ke timur Homs.", {HOMS}),  # no countryside word: the city
        ("Gurun Sahara dilanda badai pasir.", set()),
        ("Warga pedesaan Anda bisa mendaftar.", set()),
    ],
)
def test_without_a_countryside_word_nothing_changes(text: str, expected: set[str]) -> None:
    assert places(text) == expected


# --- a village word means a village, a quarter word beside its city the quarter ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warga desa Jdeideh mengungsi ke utara.", JUDAYDAH_VILLAGE),
        ("Peluru mortir jatuh di kawasan Jdeideh di kota Aleppo.", JDEYDEH_QUARTER),
    ],
)
def test_a_village_word_is_no_city_quarter(text: str, expected: str) -> None:
    found = places(text)
    assert expected in found
    assert not {JDEYDEH_QUARTER, JUDAYDAH_VILLAGE} - {expected} & found


# --- a governorate seat listed beside a plain town is the town ------------------------------

HAMA, HAMA_GOV = "gn:170017", "gn:170015"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governorate's point lies by Palmyra, yet a pair of points is meant
        ("Israel menyerang pangkalan udara di antara Homs dan Palmira.", {HOMS, PALMYRA}),
        ("Jalan yang menghubungkan Palmira dan Homs ditutup.", {PALMYRA, HOMS}),
        # a governorate word still wins: "provinsi Homs dan Palmira" is no list of towns
        ("Serangan udara menghantam provinsi Homs dan kota Palmira.", {HOMS_GOV, PALMYRA}),
    ],
)
def test_a_seat_listed_with_a_town_is_the_town(text: str, expected: set[str]) -> None:
    assert places(text) == expected


# --- a border joins two places of one kind ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pasukan bergerak menuju perbatasan provinsi Hama dengan Homs.", {HAMA_GOV, HOMS_GOV}),
        (
            "Ranjau ditemukan di perbatasan provinsi Homs dengan provinsi Hama.",
            {HOMS_GOV, HAMA_GOV},
        ),
        # no border word: "dengan" joins nothing
        ("Gubernur provinsi Hama bertemu dengan Homs pekan lalu.", {HAMA_GOV, HOMS}),
        ("Pos itu di perbatasan Suriah dengan Turki.", set()),
    ],
)
def test_the_other_side_of_a_border_is_of_the_same_kind(text: str, expected: set[str]) -> None:
    assert places(text) == expected
