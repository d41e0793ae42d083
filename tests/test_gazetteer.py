"""The gazetteer: name normalisation, ranking and nearest in a tiny hand-made world, and reading
places.tsv (the built data itself is tested in test_geodata.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.errors import GazetteerError
from dashboard.geo.gazetteer import (
    COLUMNS,
    Gazetteer,
    distance_km,
    normalize,
    read_places,
)
from dashboard.model import Place

# --- normalize -------------------------------------------------------------------------------


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Damaskus", "DAMASKUS"),  # datelines are upper case
        ("Ma'arrat an-Nu'man", "Maarat al-Numan"),  # ayn marks, sun-letter article, doubled r
        ("Maʿarrat al-Nuʿmān", "Maarrat an Numan"),  # ʿ and macrons
        ("Khan Shaykhun", "Khan Sheikhoun"),  # kh/h, ei/ay, ou/u
        ("Khan Syaikhun", "Khan Shaykhun"),  # Indonesian sy for sh
        ("Kafr Nabudah", "Kfar Nabouda"),  # Kafr/Kfar, ou/u, final -ah/-a
        ("Kafar Nabuda", "Kafr Nabudah"),
        ("Raqqa", "Ar-Raqqah"),  # article, q/k, doubled letters, final -ah
        ("Hasakah", "Al-Hasakeh"),  # final -eh
        ("Deir ez-Zor", "Deir ez Zor"),  # hyphen or space
        ("Latakia", "Lattakia"),
        ("Ghutah Timur", "Ghouta Timur"),  # Indonesian and French spellings of the Ghouta
        ("Ras al-Ain", "Ra's al 'Ayn"),  # ai/ay
        ("Ḩalab", "Halab"),  # dot-below letters
        ("Deir", "Dayr"),
    ],
)
def test_spelling_variants_share_one_key(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Damaskus", "damaskus"),
        ("Al-Bab", "bab"),  # the article goes, the name stays
        ("AS", "as"),  # a lone "as" is no article: it is the abbreviation of Amerika Serikat
        ("Al", "al"),  # a lone article is kept, never an empty key
        ("", ""),
        ("  ", ""),
        ("Tal Abyad", "talabyad"),  # spaces vanish: multi-word names are one key
        ("Ar Raqqah", "raka"),
    ],
)
def test_normalize_gives_the_expected_key(name: str, key: str) -> None:
    assert normalize(name) == key


@pytest.mark.unit
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Homs", "Hama"),
        ("Douma", "Dama"),
        ("Idlib", "Adlib"),
        ("Tal Abyad", "Tal Aswad"),
        ("Afrin", "Arbin"),
    ],
)
def test_different_places_keep_different_keys(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


# --- a tiny world ------------------------------------------------------------------------------


def _place(pid: str, name: str, kind: str = "populated_place", **kw) -> Place:
    defaults = {"lat": 33.0, "lon": 36.0, "in_syria": True}
    return Place(id=pid, name=name, kind=kind, **{**defaults, **kw})


TINY = [
    _place("gn:1", "Duma", population=None, feature_code="PPL", lat=35.34, lon=37.0),
    _place("gn:2", "Douma", population=110_000, feature_code="PPLA2", lat=33.57, lon=36.40),
    _place("gn:3", "Douma", kind="admin2", population=430_000, lat=33.43, lon=37.6),
    _place("gn:4", "Idlib", population=165_000, feature_code="PPLA", lat=35.93, lon=36.63),
    _place("gn:5", "Idlib", kind="admin1", population=1_400_000, lat=35.77, lon=36.67),
    _place("region:x", "Ghouta", kind="region", radius_km=15.0, lat=33.51, lon=36.33),
    _place("gn:6", "Syria", kind="country", names=("Suriah",), lat=35.0, lon=38.5),
    _place("foreign:RU", "Russia", kind="country", in_syria=False, names=("Rusia",)),
]


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    return Gazetteer.from_places(TINY)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "ids"),
    [
        # the populous seat first, then the district, then the small village of the same name
        ("Duma", ["gn:2", "gn:3", "gn:1"]),
        ("Idlib", ["gn:4", "gn:5"]),  # the city before the governorate of the same name
        ("Suriah", ["gn:6"]),
        ("Rusia", ["foreign:RU"]),
    ],
)
def test_lookup_ranks_candidates_best_first(tiny: Gazetteer, name: str, ids: list[str]) -> None:
    assert [p.id for p in tiny.lookup(name)] == ids
    assert tiny.keys()[normalize(name)] == tuple(ids)


@pytest.mark.unit
def test_lookup_of_an_unknown_name_is_an_empty_list(tiny: Gazetteer) -> None:
    assert tiny.lookup("Atlantis") == []


@pytest.mark.unit
def test_get_of_an_unknown_id_raises_key_error(tiny: Gazetteer) -> None:
    with pytest.raises(KeyError):
        tiny.get("gn:999")


@pytest.mark.unit
def test_a_duplicate_place_id_is_refused() -> None:
    with pytest.raises(GazetteerError, match="gn:1"):
        Gazetteer.from_places([TINY[0], TINY[0]])


@pytest.mark.unit
@pytest.mark.parametrize(
    ("lat", "lon", "kinds", "expected"),
    [
        (33.56, 36.41, None, "gn:2"),
        (33.51, 36.34, None, "region:x"),  # regions are mappable, so they count
        (33.51, 36.34, ["populated_place"], "gn:2"),
        (35.0, 38.5, ["country"], None),  # the country is never a point on the map
        (33.0, 36.0, None, "region:x"),  # Russia sits right here in this world, but is foreign
    ],
)
def test_nearest_finds_the_closest_mappable_place(
    tiny: Gazetteer, lat: float, lon: float, kinds: list[str] | None, expected: str | None
) -> None:
    found = tiny.nearest(lat, lon, kinds=kinds)
    assert (found.id if found else None) == expected


@pytest.mark.unit
def test_distance_between_damascus_and_aleppo_is_about_310_km() -> None:
    assert 300 < distance_km(33.51, 36.29, 36.20, 37.16) < 320


# --- reading places.tsv ------------------------------------------------------------------------


@pytest.mark.unit
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id\tname\n", r"places.tsv:1: expected the columns"),
        (
            "\t".join(COLUMNS)
            + "\n"
            + "\t".join(["gn:1", "X", "populated_place", "north", "36"] + [""] * 11)
            + "\n",
            r"places.tsv:2: ",
        ),
        ("\t".join(COLUMNS) + "\ngn:1\tX\n", r"places.tsv:2: "),  # too few columns
    ],
)
def test_a_malformed_places_file_is_reported_with_its_line(
    tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "places.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.load(tmp_path)


@pytest.mark.unit
def test_a_missing_places_file_names_the_build_command(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="build-geodata"):
        read_places(tmp_path / "places.tsv")


# --- reading names_id.tsv ----------------------------------------------------------------------


def _one_place_dir(tmp_path: Path, names_id: str) -> Path:
    row = ["gn:170654", "Damascus", "populated_place", "33.5", "36.3", "1", *[""] * 11]
    (tmp_path / "places.tsv").write_text(
        "\t".join(COLUMNS) + "\n" + "\t".join(row) + "\n", encoding="utf-8"
    )
    (tmp_path / "names_id.tsv").write_text(names_id, encoding="utf-8")
    return tmp_path


@pytest.mark.unit
def test_load_gives_a_place_its_reviewed_indonesian_name(tmp_path: Path) -> None:
    directory = _one_place_dir(tmp_path, "place_id\tname_id\treason\ngn:170654\tDamaskus\tKBBI\n")
    assert Gazetteer.load(directory).get("gn:170654").name_id == "Damaskus"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("place_id\tname\n", r"names_id.tsv:1: expected the columns"),
        # a typo in an id must not silently leave a place in English
        ("place_id\tname_id\treason\ngn:1\tX\twhy\n", r"names_id.tsv:2: unknown place id 'gn:1'"),
        # every name is a judgement: it needs its reason
        ("place_id\tname_id\treason\ngn:170654\tDamaskus\t\n", r"names_id.tsv:2: expected"),
        (
            "place_id\tname_id\treason\ngn:170654\tA\tx\ngn:170654\tB\ty\n",
            r"names_id.tsv:3: 'gn:170654' already has a name on .*names_id.tsv:2",
        ),
    ],
)
def test_a_malformed_names_id_file_is_reported_with_its_line(
    tmp_path: Path, content: str, message: str
) -> None:
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.load(_one_place_dir(tmp_path, content))
