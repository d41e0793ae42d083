"""Geotagging the bundled seed articles with the real gazetteer, and the `geotag` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.errors import GazetteerError
from dashboard.geo.parse.geotag import geotag_article
from dashboard.text.read import read_paths

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_1c1b4390ddce87f2.txt"
SEED_003 = ROOT / "seeds" / "003_0b1346240def0ec8.txt"
CONTRACT_KEYS = {
    "path",
    "id",
    "title",
    "outlet",
    "published",
    "published_confidence",
    "locations",
    "focus",
}


@pytest.fixture(scope="module")
def gazetteer():
    from dashboard.geo.gazetteer import load_gazetteer

    try:
        return load_gazetteer()
    except GazetteerError as exc:  # the built geodata is missing: nothing to test against
        pytest.skip(str(exc))


def _geotag(path: Path, gazetteer):
    (article,) = read_paths([path])
    return article, geotag_article(article, gazetteer)


def _by_id(geo) -> dict:
    return {tp.place.id: tp for tp in geo.places}


@pytest.mark.parametrize(
    ("seed", "place_id", "kind", "in_syria"),
    [
        (SEED_000, "gn:170654", "populated_place", True),  # Damascus, from the dateline
        (SEED_000, "region:eastern-qalamoun", "region", True),  # "Qalamoun timur"
        (SEED_000, "gn:163843", "country", True),  # Suriah
        (SEED_000, "foreign:astana", "populated_place", False),
        (SEED_000, "foreign:IR", "country", False),
        (SEED_000, "foreign:RU", "country", False),
        (SEED_000, "foreign:TR", "country", False),
        (SEED_003, "gn:169389", "populated_place", True),  # Idlib, from the dateline
        (SEED_003, "gn:168660", "populated_place", True),  # Kafr Nabudah (Hama)
        (SEED_003, "region:ghouta", "region", True),  # "Ghutah Damaskus"
        (SEED_003, "gn:163843", "country", True),  # "Suriah utara" is the country
    ],
)
def test_seed_places_are_found_with_their_kind(seed, place_id, kind, in_syria, gazetteer):
    place = _by_id(_geotag(seed, gazetteer)[1])[place_id].place
    assert (place.kind, place.in_syria) == (kind, in_syria)


@pytest.mark.parametrize(("seed", "place_id"), [(SEED_000, "gn:170654"), (SEED_003, "gn:169389")])
def test_the_seed_datelines_are_recognised(seed, place_id, gazetteer):
    place = _by_id(_geotag(seed, gazetteer)[1])[place_id]
    assert "dateline" in place.mentions[0].evidence


def test_eastern_qalamoun_keeps_its_qualifier(gazetteer):
    place = _by_id(_geotag(SEED_000, gazetteer)[1])["region:eastern-qalamoun"]
    assert place.qualifier == "timur"


def test_suriah_utara_is_only_the_country_with_a_qualifier(gazetteer):
    article, geo = _geotag(SEED_003, gazetteer)
    syria = _by_id(geo)["gn:163843"]
    assert syria.qualifier == "utara" and not syria.place.mappable
    utara = article.text.index("Suriah utara")
    covering = [tp for tp in geo.places for m in tp.mentions if m.start <= utara < m.end]
    assert [tp.place.id for tp in covering] == ["gn:163843"]


def test_ghutah_damaskus_is_the_ghouta_not_damascus(gazetteer):
    article, geo = _geotag(SEED_003, gazetteer)
    assert "gn:170654" not in _by_id(geo)  # the city is never named alone in this article


@pytest.mark.parametrize("phrase", ["Ahrar Syam", "al-Zabadani", "al-Jaulani", "Arabi21.com"])
def test_seed_003_names_that_are_not_places_give_no_place(phrase, gazetteer):
    article, geo = _geotag(SEED_003, gazetteer)
    text, start = article.text, article.text.find(phrase)
    assert start >= 0
    while start >= 0:
        end = start + len(phrase)
        assert not [m for tp in geo.places for m in tp.mentions if m.start < end and start < m.end]
        start = text.find(phrase, end)


@pytest.mark.parametrize(
    ("seed", "focus"), [(SEED_000, "region:eastern-qalamoun"), (SEED_003, "gn:169389")]
)
def test_the_seed_focus(seed, focus, gazetteer):
    assert _geotag(seed, gazetteer)[1].focus.id == focus


def _run_cli(*paths: Path) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "dashboard", "geotag", *map(str, paths)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_geotag_command_prints_one_contract_object_per_article():
    res = _run_cli(ROOT / "seeds")
    records = [json.loads(line) for line in res.stdout.splitlines()]
    assert res.returncode == 0 and len(records) == 2
    assert all(set(r) == CONTRACT_KEYS for r in records)
    first = records[0]
    assert first["published"] == "2017-02-08" and first["focus"]["name"] == "Eastern Qalamoun"
    names = {loc["name"]: loc for loc in first["locations"]}
    assert names["Damascus"]["geonames_id"] == 170654 and names["Russia"]["in_syria"] is False


def test_the_geotag_command_reports_a_bad_file_and_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    good.write_text("Serangan di Idlib\n\nKIBLAT.NET, Idlib – Pasukan menyerang.\n")
    res = _run_cli(empty, good)
    assert res.returncode == 0
    assert str(empty) in res.stderr
    (record,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert record["path"] == str(good) and record["focus"]["name"] == "Idlib"


def test_the_geotag_command_fails_when_nothing_could_be_read(tmp_path):
    res = _run_cli(tmp_path / "missing.txt")
    assert res.returncode == 1 and "missing.txt" in res.stderr and res.stdout == ""
