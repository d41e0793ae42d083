"""The offline base map: country and governorate outlines read from ``geodata/boundaries/``, the
neighbouring countries as land, and the labels of major Syrian cities from the gazetteer, so the
map reads with no tiles at all."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import folium
from folium.utilities import get_bounds

from dashboard.data import geodata_dir
from dashboard.errors import GazetteerError
from dashboard.geo.gazetteer import distance_km
from dashboard.model import Place

BOUNDARIES_DIR = geodata_dir() / "boundaries"


@dataclass(frozen=True, slots=True)
class Boundaries:
    """GeoJSON FeatureCollections: the country outline and the governorates (OCHA P-codes)."""

    country: Mapping | None = None
    governorates: Mapping | None = None
    neighbours: Mapping | None = None  # clipped to the window around Syria, with label points


COUNTRY_FILE = "syria_adm0_ocha.geojson"
GOVERNORATES_FILE = "syria_adm1_ocha.geojson"
#: Natural Earth 1:50m countries (public domain) via npm world-atlas 2.0.2 (ISC); built by
#: ``python -m dashboard.geo.build.neighbours`` from ``geodata/neighbours.tsv``.
NEIGHBOURS_FILE = "neighbours_ne50m.geojson"
#: Governorate seats are always labelled; other district seats from this population on.
LABEL_MIN_POPULATION = 50_000
#: A city closer than this to a larger labelled one is left unlabelled (Douma beside Damascus).
LABEL_SPACING_KM = 40.0


@dataclass(frozen=True, slots=True)
class Label:
    """A name written on the base map: a city (``kind`` "city") or a neighbouring country."""

    text: str
    lat: float
    lon: float
    kind: str


def city_labels(
    places: Iterable[Place],
    *,
    min_population: int = LABEL_MIN_POPULATION,
    spacing_km: float = LABEL_SPACING_KM,
) -> tuple[Label, ...]:
    """The major Syrian cities to label: the capital and governorate seats, then the district
    seats of ``min_population`` or more, largest first, none within ``spacing_km`` of a larger
    one (so labels do not pile up around Damascus or Aleppo). Names are the Indonesian ones."""

    def rank(p: Place) -> tuple:
        return (p.feature_code not in ("PPLC", "PPLA"), -(p.population or 0), p.id)

    wanted = [
        p
        for p in places
        if p.in_syria
        and p.kind == "populated_place"
        and (
            p.feature_code in ("PPLC", "PPLA")
            or (p.feature_code == "PPLA2" and (p.population or 0) >= min_population)
        )
    ]
    chosen: list[Place] = []
    for p in sorted(wanted, key=rank):
        if all(distance_km(p.lat, p.lon, q.lat, q.lon) >= spacing_km for q in chosen):
            chosen.append(p)
    return tuple(Label(p.display_name, p.lat, p.lon, "city") for p in chosen)


def country_labels(neighbours: Mapping | None) -> tuple[Label, ...]:
    """The neighbouring countries' Indonesian names at their label points."""
    out = []
    for feature in (neighbours or {}).get("features", []):
        props = feature.get("properties") or {}
        if props.get("label") and props.get("name_id"):
            lat, lon = props["label"]
            out.append(Label(props["name_id"], float(lat), float(lon), "country"))
    return tuple(out)


def _read(path: Path) -> dict | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: not readable GeoJSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection")
    return data


def load_boundaries(directory: Path = BOUNDARIES_DIR) -> Boundaries:
    """Both outlines; a missing file gives ``None`` for that part (the map still draws)."""
    return Boundaries(
        country=_read(directory / COUNTRY_FILE),
        governorates=_read(directory / GOVERNORATES_FILE),
        neighbours=_read(directory / NEIGHBOURS_FILE),
    )


#: Bounds of the outlines already walked, by the identity of their GeoJSON (held here with it).
_BOUNDS: dict[int, tuple[Mapping, list]] = {}
_BOUNDS_KEPT = 8


def geojson_bounds(data: Mapping) -> list:
    """``[[south, west], [north, east]]`` of a GeoJSON mapping, walked once per mapping: the
    outlines are loaded once per process and asked for their bounds on every rerun."""
    hit = _BOUNDS.get(id(data))
    if hit is None or hit[0] is not data:
        if len(_BOUNDS) >= _BOUNDS_KEPT:
            _BOUNDS.clear()
        hit = _BOUNDS[id(data)] = (data, get_bounds(data, lonlat=True))
    return hit[1]


class OutlineGeoJson(folium.GeoJson):
    """``folium.GeoJson`` whose bounds come from :func:`geojson_bounds` (of ``bounds_of``, the
    mapping it was copied from, when given): folium would walk every coordinate of the outlines
    each time streamlit-folium asks the map for its bounds, on every rerun."""

    def __init__(self, data: Mapping, *, bounds_of: Mapping | None = None, **options):
        super().__init__(data, **options)
        self._known_bounds = geojson_bounds(data if bounds_of is None else bounds_of)

    def _get_self_bounds(self) -> list:
        return self._known_bounds
