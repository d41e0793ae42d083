"""The Syria gazetteer: built tables in ``geodata/`` loaded as immutable :class:`Place` values.

``geodata/places.tsv`` is produced by ``python -m dashboard build-geodata SOURCES`` from the
sources and the reviewed tables (aliases, regions, foreign places, bad variants) beside it; this
module only reads it. Lookups go through :func:`normalize`, and candidates come back ranked:
reviewed aliases first, then by kind (towns that are seats or large, governorates and regions,
districts and subdistricts, then villages), population and administrative seat.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType

from dashboard.data import geodata_dir
from dashboard.errors import GazetteerError
from dashboard.geo.names import normalize
from dashboard.model import Place

__all__ = [
    "GEODATA_DIR",
    "NAMES_ID_FILE",
    "PLACES_FILE",
    "Gazetteer",
    "distance_km",
    "display_names",
    "load_gazetteer",
    "normalize",
    "rank_key",
    "read_names_id",
]

GEODATA_DIR = geodata_dir()
PLACES_FILE = "places.tsv"
#: Reviewed Indonesian display names (place_id, name_id, reason); optional, read at load time.
NAMES_ID_FILE = "names_id.tsv"
_NAMES_ID_COLUMNS = ("place_id", "name_id", "reason")

#: Columns of places.tsv, in order. ``names``, ``preferred`` and ``keys`` are "|"-joined;
#: ``preferred`` holds the names a reviewed alias row points at this place (they rank it first for
#: that name); ``keys`` are the normalised names, computed by the build so loading is fast.
COLUMNS = (
    "id",
    "name",
    "kind",
    "lat",
    "lon",
    "in_syria",
    "admin1",
    "admin1_pcode",
    "admin2",
    "admin2_pcode",
    "population",
    "geonames_id",
    "feature_code",
    "radius_km",
    "names",
    "preferred",
    "keys",
)

#: GeoNames codes of administrative seats, most important first (PPLC capital … PPLA3 nahiya seat).
SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3}
_TOWN_POPULATION = 10_000
_KIND_TIER = {"country": 0, "admin1": 1, "region": 1, "admin2": 2, "admin3": 2}


#: Mean Earth radius in km, for every great-circle distance in the package.
EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres: the package's one implementation."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def is_major(feature_code: str | None, population: int | None) -> bool:
    """A town that is an administrative seat or has 10,000 people."""
    return (feature_code or "") in SEAT_RANK or (population or 0) >= _TOWN_POPULATION


def rank_key(place: Place) -> tuple:
    """Sort key, best first: kind tier, population, seat rank, then the id for determinism.

    Towns that are seats or have 10,000 people come first ("Idlib" the city before the
    governorate), then governorates and regions, districts and subdistricts, then villages.
    """
    seat = SEAT_RANK.get(place.feature_code or "", 9)
    if place.kind == "populated_place":
        tier = 0 if is_major(place.feature_code, place.population) else 3
    else:
        tier = _KIND_TIER.get(place.kind, 3)
    return (tier, -(place.population or 0), seat, place.id)


class Gazetteer:
    """Places by id and a normalised-name index over them. Immutable once built."""

    def __init__(
        self,
        places: Iterable[Place],
        preferred: Mapping[str, Iterable[str]] | None = None,
        keys: Mapping[str, Iterable[str]] | None = None,
    ):
        """*preferred*: place id → names that rank it first; *keys*: place id → its normalised
        names when already known (the built file carries them), else computed here."""
        by_id: dict[str, Place] = {}
        for place in places:
            if place.id in by_id:
                raise GazetteerError(f"duplicate place id {place.id!r}")
            by_id[place.id] = place
        self.places: Mapping[str, Place] = MappingProxyType(by_id)
        self._index = MappingProxyType(_build_index(by_id, preferred or {}, keys or {}))
        self._points = [(p.lat, p.lon, p) for p in by_id.values() if p.mappable]

    @classmethod
    def load(cls, directory: Path = GEODATA_DIR) -> Gazetteer:
        """Read ``places.tsv`` from *directory*; GazetteerError names the file and line."""
        places, preferred, keys = read_places(Path(directory) / PLACES_FILE)
        names_id = read_names_id(Path(directory) / NAMES_ID_FILE)
        known = {p.id for p in places}
        for place_id, (where, _name) in names_id.items():
            if place_id not in known:
                raise GazetteerError(f"{where}: unknown place id {place_id!r}")
        places = [_with_name_id(p, names_id.get(p.id)) for p in places]
        return cls(places, preferred, keys)

    @classmethod
    def from_places(cls, places: Iterable[Place]) -> Gazetteer:
        """A gazetteer over hand-made places (tiny test worlds)."""
        return cls(places)

    def get(self, place_id: str) -> Place:
        return self.places[place_id]

    def lookup(self, name: str) -> list[Place]:
        """Places called *name* (any spelling that normalises alike), best first; [] if none."""
        return [self.places[i] for i in self._index.get(normalize(name), ())]

    def keys(self) -> Mapping[str, tuple[str, ...]]:
        """Every normalised name → the ids of its places, best first."""
        return self._index

    def nearest(
        self, lat: float, lon: float, *, kinds: Iterable[str] | None = None
    ) -> Place | None:
        """The mappable place closest to (lat, lon), optionally only of *kinds*; None if none."""
        wanted = None if kinds is None else frozenset(kinds)
        scale = math.cos(math.radians(lat)) ** 2
        best, best_d = None, math.inf
        for plat, plon, place in self._points:
            if wanted is not None and place.kind not in wanted:
                continue
            d = (plat - lat) ** 2 + scale * (plon - lon) ** 2
            if d < best_d:
                best, best_d = place, d
        return best

    def __len__(self) -> int:
        return len(self.places)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self.places)} places, {len(self._index)} names>"


def place_keys(place: Place) -> tuple[str, ...]:
    """The distinct normalised names of a place, sorted."""
    return tuple(sorted({k for k in map(normalize, (place.name, *place.names)) if k}))


def _build_index(
    places: Mapping[str, Place],
    preferred: Mapping[str, Iterable[str]],
    known_keys: Mapping[str, Iterable[str]],
) -> dict[str, tuple[str, ...]]:
    buckets: dict[str, list[str]] = {}
    for place in places.values():
        keys = known_keys.get(place.id)
        for key in place_keys(place) if keys is None else keys:
            buckets.setdefault(key, []).append(place.id)
    favoured = {(key, pid) for pid, names in preferred.items() for key in map(normalize, names)}
    rank = {pid: rank_key(place) for pid, place in places.items()}
    return {
        key: tuple(ids)
        if len(ids) == 1
        else tuple(sorted(ids, key=lambda i: ((key, i) not in favoured, rank[i])))
        for key, ids in buckets.items()
    }


def _opt_int(text: str) -> int | None:
    return int(text) if text else None


def _opt_float(text: str) -> float | None:
    return float(text) if text else None


def _place_from_row(row: list[str]) -> Place:
    pid, name, kind, lat, lon, in_syria, a1, a1p, a2, a2p, pop, gn, fcode, radius, names = row[:15]
    if len(row) != len(COLUMNS):
        raise ValueError(f"expected {len(COLUMNS)} columns, found {len(row)}")
    return Place(
        id=pid,
        name=name,
        kind=kind,
        lat=float(lat),
        lon=float(lon),
        in_syria=in_syria == "1",
        admin1=a1 or None,
        admin1_pcode=a1p or None,
        admin2=a2 or None,
        admin2_pcode=a2p or None,
        population=_opt_int(pop),
        geonames_id=_opt_int(gn),
        feature_code=fcode or None,
        radius_km=_opt_float(radius),
        names=tuple(names.split("|")) if names else (),
    )


def read_places(path: Path) -> tuple[list[Place], dict[str, tuple[str, ...]], dict[str, list]]:
    """Places, their reviewed preferred names and their keys, from a places.tsv file."""
    if not path.is_file():
        raise GazetteerError(
            f"{path}: gazetteer file missing (run `python -m dashboard build-geodata SOURCES`)"
        )
    places, preferred, keys = [], {}, {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != COLUMNS:
            raise GazetteerError(f"{path}:1: expected the columns {', '.join(COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            try:
                place = _place_from_row(row)
            except ValueError as exc:  # wrong column count or a bad number
                raise GazetteerError(f"{path}:{line}: {exc}") from exc
            places.append(place)
            if row[-2]:
                preferred[place.id] = tuple(row[-2].split("|"))
            keys[place.id] = row[-1].split("|") if row[-1] else []
    return places, preferred, keys


def _with_name_id(place: Place, entry: tuple[str, str] | None) -> Place:
    return place if entry is None else dataclasses.replace(place, name_id=entry[1])


def read_names_id(path: Path) -> dict[str, tuple[str, str]]:
    """place id → (``file:line``, Indonesian display name) from a names_id.tsv; {} if no file.

    Every row needs a place id, a name and a reason; a place named twice is refused.
    """
    if not path.is_file():
        return {}
    out: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(next(reader, ())) != _NAMES_ID_COLUMNS:
            raise GazetteerError(f"{path}:1: expected the columns {', '.join(_NAMES_ID_COLUMNS)}")
        for line, row in enumerate(reader, start=2):
            where = f"{path}:{line}"
            cells = [c.strip() for c in row]
            if len(cells) != len(_NAMES_ID_COLUMNS) or not all(cells):
                raise GazetteerError(f"{where}: expected a place id, a name and a reason")
            if cells[0] in out:
                first = out[cells[0]][0]
                raise GazetteerError(f"{where}: {cells[0]!r} already has a name on {first}")
            out[cells[0]] = (where, cells[1])
    return out


@functools.cache
def display_names(directory: Path = GEODATA_DIR) -> Mapping[str, str]:
    """place id → reviewed Indonesian display name, from the bundled names_id.tsv (cached)."""
    entries = read_names_id(Path(directory) / NAMES_ID_FILE)
    return MappingProxyType({pid: name for pid, (_where, name) in entries.items()})


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded once per process."""
    return Gazetteer.load()
