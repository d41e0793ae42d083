"""The built gazetteer in geodata/: the places Indonesian news name, under their Indonesian and
variant spellings, with exact GeoNames ids; regions; foreign places; the cleaning the build does;
and that the committed files are what the build makes from the sources."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from dashboard.geo.build.geodata import build
from dashboard.geo.gazetteer import (
    GEODATA_DIR,
    Gazetteer,
    distance_km,
    load_gazetteer,
    normalize,
    read_places,
)
from dashboard.geo.parse.geotag import location_json
from dashboard.model import TaggedPlace

#: ../shared/geodata-sources beside the checkout (or beside a folder of worktrees)
SOURCES_DIR = next(
    (
        d / "shared" / "geodata-sources"
        for d in Path(__file__).resolve().parents[1:]
        if (d / "shared" / "geodata-sources").is_dir()
    ),
    Path(__file__).resolve().parents[2] / "shared" / "geodata-sources",
)
pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "geonames_id"),
    [
        ("Damaskus", 170654),  # Indonesian
        ("DAMASKUS", 170654),  # dateline
        ("Damascus", 170654),
        ("Aleppo", 170063),  # the city before the governorate
        ("Halab", 170063),
        ("Homs", 169577),
        ("Hims", 169577),
        ("Kegubernuran Aleppo", 170062),  # Indonesian name of the governorate
        ("Provinsi Aleppo", 170062),
        ("Idlib", 169389),
        ("Idleb", 169389),
        ("Kafr Nabudah", 168660),  # the Hama town
        ("Kafranbudah", 168660),  # written as one word
        ("Douma", 170592),  # the Rural Damascus one, not those in Hama and Suwayda
        ("Duma", 170592),
        ("Khan Shaykhun", 168325),
        ("Khan Sheikhoun", 168325),
        ("Maarat al-Numan", 167611),
        ("Ma'arrat an-Nu'man", 167611),
        ("Saraqib", 164816),
        ("Qamishli", 173377),
        ("Kamishli", 173377),
        ("Manbij", 167357),
        ("Menbij", 167357),
        ("Kobani", 172256),
        ("Kobane", 172256),
        ("Ain al-Arab", 172256),
        ("Palmyra", 163808),
        ("Palmira", 163808),
        ("Tadmur", 163808),
        ("Raqqa", 172955),
        ("Ar Raqqah", 172955),
        ("Deir ez-Zor", 170794),
        ("Deir Ezzor", 170794),
        ("Dayr az Zawr", 170794),
        ("Suriah", 163843),
        ("Hama", 170017),
        ("Hamah", 170017),
        ("Latakia", 173576),
        ("Lattakia", 173576),
        ("Tartous", 163345),
        ("Hasakah", 173811),
        ("Daraa", 170905),
        ("Deraa", 170905),
        ("Afrin", 174186),
        ("Jarabulus", 169179),
        ("A'zaz", 172082),
        ("Tal Abyad", 163750),
        ("Al-Bab", 174018),
        ("Al-Bukamal", 174448),
        ("Mayadin", 173480),
        ("Harasta", 169897),
        ("Darayya", 170892),
        ("Yarmouk", 166716),
        ("Zabadani", 172059),
        ("Pedesaan Damaskus", 170652),  # Rural Damascus governorate
    ],
)
def test_news_spelling_finds_the_place_first(gaz: Gazetteer, name: str, geonames_id: int) -> None:
    assert gaz.lookup(name)[0].geonames_id == geonames_id


def test_aleppo_also_offers_the_governorate(gaz: Gazetteer) -> None:
    assert [p.geonames_id for p in gaz.lookup("Aleppo")][:2] == [170063, 170062]


def test_douma_lists_the_other_doumas_after_the_ghouta_town(gaz: Gazetteer) -> None:
    towns = [p for p in gaz.lookup("Douma") if p.kind == "populated_place"]
    assert towns[0].id == "gn:170592"
    assert {p.admin1 for p in towns[1:]} >= {"Hama", "As-Sweida"}


@pytest.mark.parametrize(
    ("name", "region_id", "lat", "lon", "within_km"),
    [
        ("Ghutah Timur", "region:eastern-ghouta", 33.53, 36.38, 5),
        ("Ghouta Timur", "region:eastern-ghouta", 33.53, 36.38, 5),
        ("Ghouta Barat", "region:western-ghouta", 33.46, 36.22, 8),
        ("Ghutah Damaskus", "region:ghouta", 33.50, 36.35, 8),  # the Ghouta, not the city
        ("Ghouta", "region:ghouta", 33.50, 36.35, 8),
        ("Qalamoun", "region:qalamoun", 33.95, 36.60, 20),
        ("Qalamoun timur", "region:eastern-qalamoun", 33.75, 36.75, 20),
        ("Wadi Barada", "region:wadi-barada", 33.62, 36.15, 8),
        ("Houla", "region:houla", 34.89, 36.50, 5),
        ("Jabal al-Zawiya", "region:jabal-al-zawiya", 35.68, 36.55, 10),
        ("Jabal al-Akrad", "region:jabal-al-akrad", 35.72, 36.17, 10),
        ("Jabal Turkman", "region:jabal-turkman", 35.80, 36.03, 10),
        ("Sahl al-Ghab", "region:sahl-al-ghab", 35.52, 36.34, 15),
        ("Hauran", "region:hauran", 32.82, 36.18, 30),
        ("Jazira", "region:jazira", 36.9, 41.0, 60),
        ("Dataran Tinggi Golan", "region:golan-heights", 33.0, 35.78, 15),
        ("Lembah Efrat", "region:euphrates-valley", 34.85, 40.6, 60),
        ("Badia", "region:badia", 34.6, 38.5, 100),
    ],
)
def test_regions_are_placed_where_the_news_means_them(
    gaz: Gazetteer, name: str, region_id: str, lat: float, lon: float, within_km: float
) -> None:
    region = gaz.lookup(name)[0]
    assert (region.id, region.kind, region.in_syria) == (region_id, "region", True)
    assert distance_km(region.lat, region.lon, lat, lon) <= within_km
    assert region.radius_km and region.radius_km > 0  # a vague place says how vague


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Rusia", "foreign:RU"),
        ("Turki", "foreign:TR"),
        ("Iran", "foreign:IR"),
        ("Irak", "foreign:IQ"),
        ("Yordania", "foreign:JO"),
        ("Libanon", "foreign:LB"),
        ("Lebanon", "foreign:LB"),
        ("Israel", "foreign:IL"),
        ("Amerika Serikat", "foreign:US"),
        ("AS", "foreign:US"),
        ("Arab Saudi", "foreign:SA"),
        ("Qatar", "foreign:QA"),
        ("Kazakhstan", "foreign:KZ"),
        ("Indonesia", "foreign:ID"),
        ("Inggris", "foreign:GB"),
        ("Astana", "foreign:astana"),
        ("Jenewa", "foreign:geneva"),
        ("Moskow", "foreign:moscow"),
        ("Ankara", "foreign:ankara"),
        ("Teheran", "foreign:tehran"),
        ("BEIRUT", "foreign:beirut"),
        ("Amman", "foreign:amman"),
        ("Baghdad", "foreign:baghdad"),
        ("Mosul", "foreign:mosul"),
        ("Jakarta", "foreign:jakarta"),
        ("Timur Tengah", "foreign:middle-east"),  # a region outside Syria
    ],
)
def test_foreign_names_come_back_foreign(gaz: Gazetteer, name: str, place_id: str) -> None:
    place = gaz.lookup(name)[0]
    assert (place.id, place.in_syria, place.mappable) == (place_id, False, False)


def test_syria_is_the_country_and_never_a_point_on_the_map(gaz: Gazetteer) -> None:
    syria = gaz.lookup("Suriah")[0]
    assert (syria.kind, syria.in_syria, syria.mappable) == ("country", True, False)


def test_the_admin_units_are_all_there_with_ocha_pcodes(gaz: Gazetteer) -> None:
    by_kind: dict[str, list] = {}
    for place in gaz.places.values():
        if place.in_syria:
            by_kind.setdefault(place.kind, []).append(place)
    assert sorted(p.admin1_pcode for p in by_kind["admin1"]) == [f"SY{i:02d}" for i in range(1, 15)]
    assert (len(by_kind["admin2"]), len(by_kind["admin3"])) == (62, 272)
    assert len(by_kind["populated_place"]) > 9_500
    assert all(p.admin1_pcode for p in by_kind["admin2"] + by_kind["admin3"])


@pytest.mark.parametrize(
    ("name", "wrong_id"),
    [
        ("Kobanî", "gn:174186"),  # WOF puts Kobani's Kurdish name on Afrin
        ("Dosa", "gn:172438"),  # a bad Wikidata link: the village Sin ↔ "sin" (dosa)
        ("Syam", "gn:163843"),  # the Levant, and part of faction names (Ahrar Syam)
    ],
)
def test_known_bad_variants_are_discarded(gaz: Gazetteer, name: str, wrong_id: str) -> None:
    assert wrong_id not in [p.id for p in gaz.lookup(name)]


@pytest.mark.parametrize("word", ["Saya", "Bisa", "Rabu", "Bukan", "Tanah", "Ada"])
def test_ordinary_indonesian_words_are_not_villages(gaz: Gazetteer, word: str) -> None:
    # capitalised at the start of a sentence these would otherwise become tiny villages
    assert gaz.lookup(word) == []


def test_abandoned_places_are_dropped(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.places.values() if p.feature_code == "PPLQ"] == []


@pytest.mark.parametrize("name", ["Ma`arrat an Nu`man", "Al Qamishli", "Afrin"])
def test_duplicate_records_of_one_town_are_merged(gaz: Gazetteer, name: str) -> None:
    # WOF holds Quattroshapes twins of these GeoNames towns a few km apart
    first = gaz.lookup(name)[0]
    twins = [
        p
        for p in gaz.lookup(name)
        if p.kind == "populated_place"
        and p.id != first.id
        and distance_km(p.lat, p.lon, first.lat, first.lon) < 6
    ]
    assert twins == []


def test_every_name_of_a_place_finds_that_place(gaz: Gazetteer) -> None:
    keys = gaz.keys()
    missing = [
        (p.id, n)
        for p in gaz.places.values()
        for n in (p.name, *p.names)
        if normalize(n) and p.id not in keys[normalize(n)]
    ]
    assert missing == []


@pytest.mark.skipif(not SOURCES_DIR.is_dir(), reason="gazetteer sources not on this machine")
def test_the_committed_geodata_is_what_the_build_makes(tmp_path: Path) -> None:
    for reviewed in GEODATA_DIR.glob("*.t[sx][vt]"):
        shutil.copy(reviewed, tmp_path / reviewed.name)
    build(SOURCES_DIR, tmp_path)
    assert filecmp.cmp(tmp_path / "places.tsv", GEODATA_DIR / "places.tsv", shallow=False)


def test_the_keys_stored_by_the_build_match_normalize(gaz: Gazetteer) -> None:
    # the file carries each place's normalised names so loading is fast; a change to normalize()
    # without a rebuild must not go unnoticed
    places, preferred, _keys = read_places(GEODATA_DIR / "places.tsv")
    assert Gazetteer(places, preferred).keys() == gaz.keys()


# --- Indonesian display names (geodata/names_id.tsv) ---------------------------------------------


@pytest.mark.parametrize(
    ("place_id", "shown"),
    [
        ("gn:163843", "Suriah"),
        ("gn:170654", "Damaskus"),
        ("gn:170062", "Provinsi Aleppo"),  # the governorate, told apart from the city
        ("gn:170063", "Aleppo"),  # the city: Indonesian media use the English name
        ("gn:170652", "Pedesaan Damaskus"),
        ("region:eastern-ghouta", "Ghouta Timur"),
        ("region:golan-heights", "Dataran Tinggi Golan"),
        ("foreign:US", "Amerika Serikat"),
        ("gn:169577", "Homs"),  # no Indonesian name reviewed: falls back to the name
        ("gn:172438", "Sine"),  # WOF's name_ind "Dosa" (a bad Wikidata link) is not taken
    ],
)
def test_places_are_shown_under_their_reviewed_indonesian_name(
    gaz: Gazetteer, place_id: str, shown: str
) -> None:
    assert gaz.get(place_id).display_name == shown


def test_a_place_without_a_reviewed_indonesian_name_has_none(gaz: Gazetteer) -> None:
    assert gaz.get("gn:169577").name_id is None  # None: not known, the name stands in


def test_the_geotag_contract_keeps_the_canonical_name(gaz: Gazetteer) -> None:
    out = location_json(TaggedPlace(gaz.get("gn:170654"), (), 0.9))
    assert out["name"] == "Damascus" and "name_id" not in out
