"""Which namesake a name reaches when the gazetteer's order says nothing (issue 10, s30): of
hamlets of one name that fit the article equally (each in a governorate it names, near one of
its places), the one in the district of most of its places, then the nearest; and a name only a
subdistrict bears, in a spelling its seat's row lacks, is that seat, the town ("kota al-Dhamir"
is Ad Dumayr, not the centroid of Nahiyat ad Dumayr 45 km east). Sentences are our own; ids are
the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.parse.admin_seats import seat_of
from tests.geotaghelp import GAZ, found

pytestmark = pytest.mark.integration

ZAFARANAH_RASTAN, ZAFARANAH_TALKALAKH = "gn:172058", "gn:162579"  # Ar-Rastan's; Tall Kalakh's
ZAFARANIYAH_HOMS = "gn:162580"  # a third hamlet of the name, in Homs district
SARJAH_MAARA, SARJAH_ARIHA = "gn:164791", "gn:164796"  # two hamlets Sarjah of Idlib governorate
DUMAYR, DHAMEER_SUBDISTRICT = "gn:170589", "gn:7895197"
MARI, MARE_SUBDISTRICT = "gn:167245", "gn:8605829"  # Mari' (PPLA3) and Nahiyat Mari'
BDAMA, BADAMA_SUBDISTRICT = "gn:171494", "gn:7894835"


@pytest.mark.parametrize(
    ("text", "wanted", "namesakes"),
    [
        # three hamlets Za'faranah in Homs governorate, all within 40 km of Rastan: the one of
        # Ar-Rastan district, where Rastan and Talbiseh lie, not the first by id
        (
            "Pasukan menyerang Rastan, Talbiseh dan Zafaraneh di provinsi Homs.",
            ZAFARANAH_RASTAN,
            {ZAFARANAH_TALKALAKH, ZAFARANIYAH_HOMS},
        ),
        # the district of the places named decides, each way: Kafr Nabl's (Maarat al-Numan) …
        (
            "Pesawat membom Kafr Nabl dan Sarjah di provinsi Idlib.",
            SARJAH_MAARA,
            {SARJAH_ARIHA},
        ),
        # … or Ariha's
        (
            "Pesawat membom Ariha, Mhambal dan Sarjah di provinsi Idlib.",
            SARJAH_ARIHA,
            {SARJAH_MAARA},
        ),
    ],
)
def test_equal_hamlets_go_to_the_district_and_nearest_of_the_articles_places(
    text: str, wanted: str, namesakes: set[str]
) -> None:
    places = found(text)
    assert wanted in places
    assert not places & namesakes


@pytest.mark.parametrize(
    ("text", "wanted", "area"),
    [
        # the subdistrict alone is spelt Dhameer; the town, its seat, is the place news means
        ("Serangan udara di dekat al-Dhamir, timur laut Damaskus.", DUMAYR, DHAMEER_SUBDISTRICT),
        ("Bentrokan terjadi di pinggiran ibukota, di kota al-Dhamir.", DUMAYR, DHAMEER_SUBDISTRICT),
        # "Mare'" is the subdistrict's spelling; the town's row has Mari' (Nahiyat Mari')
        ("Pasukan menguasai kota Mare' dan Azaz.", MARI, MARE_SUBDISTRICT),
        ("Bentrokan di Bidama dan Jisr al-Shughur.", BDAMA, BADAMA_SUBDISTRICT),
    ],
)
def test_a_name_only_a_subdistrict_bears_is_its_seat(text: str, wanted: str, area: str) -> None:
    places = found(text)
    assert wanted in places
    assert area not in places


def test_a_subdistrict_word_keeps_the_subdistrict() -> None:
    # guard: "kecamatan X" names the area, not its seat
    places = found("Warga kecamatan Bidama mengungsi ke Jisr al-Shughur.")
    assert BADAMA_SUBDISTRICT in places
    assert BDAMA not in places


@pytest.mark.parametrize(
    ("area", "seat"),
    [
        (DHAMEER_SUBDISTRICT, DUMAYR),  # shares the folded name Dumayr
        (MARE_SUBDISTRICT, MARI),  # "Nahiyat Mari`" without its area word
        ("gn:7887239", "gn:169138"),  # Ar-Ra'ee subdistrict: its seat, al-Rai (Tchoban Bey)
    ],
)
def test_a_subdistricts_seat_is_the_town_of_its_name_in_its_district(area: str, seat: str) -> None:
    found_seat = seat_of(GAZ, GAZ.places[area])
    assert found_seat is not None
    assert found_seat.id == seat


@pytest.mark.parametrize(
    "area",
    [
        # guards: no town of the district bears the name, so no seat is made up (al-Mukharram:
        # the month Muharram folds alike; Jebel Saman: Aleppo's district, named for no town)
        "Al-Mukharram",
        "Jebel Saman",
    ],
)
def test_an_area_named_for_no_town_has_no_seat(area: str) -> None:
    areas = [p for p in GAZ.places.values() if p.name == area and p.kind in ("admin2", "admin3")]
    assert areas
    assert all(seat_of(GAZ, p) is None for p in areas)
