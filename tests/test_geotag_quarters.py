"""A quarter or square named with a quarter word beside its city is a place in that city
(dashboard/geo/parse/quarters.py). Tables on the test world (tests/world.py, real ids) and on
the bundled gazetteer; the sentences are our own."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag
from dashboard.geo.parse.quarters import CONFIDENCE
from tests.world import tiny_world

WORLD = tiny_world()
DAMASCUS, HOMS, ALEPPO, SUWAYDA = "gn:170654", "gn:169577", "gn:170063", "gn:172408"
MAZRAA_VILLAGE = "gn:172441"  # Al Mazra'ah in as-Suwayda, 90 km from Damascus


def places(text: str, gazetteer=WORLD) -> dict[str, object]:
    """The Syrian places below the country found in *text*, by id."""
    tag = geotag(text, gazetteer)
    return {tp.place.id: tp for tp in tag.places if tp.place.mappable}


@pytest.mark.parametrize(
    ("text", "city", "quarter"),
    [
        # a namesake village far away is not what the text means
        ("Ledakan terjadi di distrik Mazraa, Damaskus, Kamis pagi.", DAMASCUS, "Mazraa"),
        ("Sebuah masjid di kawasan Mazraa di Damaskus rusak.", DAMASCUS, "Mazraa"),
        # a name no table has
        ("Ribuan orang berkumpul di alun-alun Karamah di kota Suwayda.", SUWAYDA, "Karamah"),
        ("Serangan udara menghantam distrik Jalloum di kota Aleppo.", ALEPPO, "Jalloum"),
        ("Penembak jitu aktif di lingkungan Khalidiya, Homs.", HOMS, "Khalidiya"),
        ("Massa berkumpul di Bundaran Saba Bahrat, Damaskus.", DAMASCUS, "Saba Bahrat"),
        ("Bom meledak di kawasan Bab Sharqi di Damaskus.", DAMASCUS, "Bab Sharqi"),
        ("Ledakan di distrik Mazraa di pusat ibu kota Damaskus.", DAMASCUS, "Mazraa"),
        ("Demonstran berkumpul di lapangan Sa'a, di Homs.", HOMS, "Sa'a"),
        # the one city of its sentence, named elsewhere in it
        ("Warga Suwayda berdemonstrasi di Lapangan Karama.", SUWAYDA, "Karama"),
        ("Di Aleppo, serangan menghantam kawasan Jalloum.", ALEPPO, "Jalloum"),
    ],
)
def test_a_quarter_beside_its_city_is_a_place_in_that_city(
    text: str, city: str, quarter: str
) -> None:
    found = places(text)
    assert MAZRAA_VILLAGE not in found
    inside = [tp for pid, tp in found.items() if pid.startswith(f"in:{city}:")]
    assert len(inside) == 1
    (tp,) = inside
    town = WORLD.places[city]
    assert (tp.place.lat, tp.place.lon, tp.place.admin1) == (town.lat, town.lon, town.admin1)
    assert tp.place.kind == "other" and tp.place.feature_code == "quarter"
    assert [m.surface for m in tp.mentions] == [quarter]
    assert tp.confidence == CONFIDENCE
    assert city in found  # the city itself stays


def test_every_mention_of_the_far_reading_moves_into_the_city() -> None:
    text = "Bom meledak di distrik Mazraa, Damaskus. Warga Mazraa mengungsi ke Damaskus."
    found = places(text)
    assert MAZRAA_VILLAGE not in found
    assert len(found[f"in:{DAMASCUS}:mazraa"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the village itself, with no city beside it, or its own governorate's name
        ("Warga mengungsi dari desa Mazraa di pedesaan Suwayda.", MAZRAA_VILLAGE),
        ("Ledakan terjadi di kawasan Mazraa, Suwayda.", MAZRAA_VILLAGE),
        ("Pertempuran di kawasan Mazraa kemarin.", MAZRAA_VILLAGE),
        # a reading in the city's governorate, or beside Damascus in Rural Damascus, is kept
        ("Pasukan masuk ke kawasan Zabadani, Damaskus.", "gn:172059"),
        ("Serangan di distrik Kafr Nabudah, Hama.", "gn:168660"),
    ],
)
def test_a_reading_that_may_be_meant_is_kept(text: str, kept: str) -> None:
    found = places(text)
    assert kept in found
    assert not any(pid.startswith("in:") for pid in found)


@pytest.mark.parametrize(
    "text",
    [
        "Konflik di kawasan Timur Tengah, Damaskus menolak.",  # a compass word
        "Warga di kawasan Industri, Aleppo mengungsi.",  # Indonesian words
        "Kantor di distrik Pusat di kota Homs ditutup.",
        "Ia tinggal di lingkungan Kristen di Damaskus.",
        "Protes di Lapangan Merdeka di Damaskus.",
        "Laporan dari kawasan Ahmad, Aleppo.",  # a given name alone
        "Pejabat di kawasan itu, Damaskus menolak.",  # no capitalised name
        "Warga kawasan Sumber di Damaskus.",  # a stopword
        "Serangan di kawasan Mazraa selatan Damaskus.",  # a compass word: outside the city
        "Dari Damaskus pasukan bergerak ke kawasan Salihin.",  # where the move started
        "Pasukan dari Homs dan Hama masuk ke kawasan Salihin.",  # two cities in the sentence
        "Ledakan di kawasan Salihin. Aleppo membantah.",  # the city in another sentence
    ],
)
def test_no_quarter_from_common_words_or_without_a_city(text: str) -> None:
    assert not any(pid.startswith("in:") for pid in places(text))


GAZ = load_gazetteer()


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        # quarters and squares no reviewed table has (Mazraa and Karamah are rows since the
        # afternoon of 2026-12-06: see the test below)
        ("Ulama itu tewas di sebuah masjid di distrik Zahira, Damaskus.", f"in:{DAMASCUS}:zahira"),
        ("Warga berdemonstrasi di alun-alun Fakhri di kota Suwayda.", f"in:{SUWAYDA}:fakhri"),
    ],
)
def test_on_the_gazetteer_the_quarter_is_placed_in_its_city(text: str, quarter: str) -> None:
    found = places(text, GAZ)
    assert [pid for pid in found if pid.startswith("in:")] == [quarter]
    assert MAZRAA_VILLAGE not in found


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Bom meledak di distrik Mazzeh di Damaskus.", "wof:421190383"),  # a table has it
        (
            "Ulama itu tewas di sebuah masjid di distrik Mazraa, Damaskus.",
            "feature:damascus-mazraa",
        ),
        (
            "Warga berdemonstrasi di alun-alun Karamah di kota Suwayda.",
            "feature:sweida-karamah-square",
        ),
        ("Serangan di lingkungan Sheikh Maqsoud di Aleppo.", "feature:aleppo-sheikh-maqsoud"),
        ("Roket jatuh di distrik al-Suqaylabiyah, Hama.", "gn:163921"),  # a district of Hama
    ],
)
def test_on_the_gazetteer_a_known_quarter_or_district_is_kept(text: str, place_id: str) -> None:
    found = places(text, GAZ)
    assert place_id in found
    assert not any(pid.startswith("in:") for pid in found)
