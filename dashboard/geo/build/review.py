"""The hand-reviewed gazetteer tables in geodata/: aliases, regions, features, foreign places, bad
variants.

They are data a person edits (each row carries its reason); the build reads them and folds them
into the built ``places.tsv``. Every problem is reported with the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dashboard.errors import GazetteerError
from dashboard.geo.build.sources import Record, read_tsv
from dashboard.geo.names import normalize
from dashboard.model import PLACE_KINDS

ALIASES_FILE = "aliases.tsv"
REGIONS_FILE = "regions.tsv"
FOREIGN_FILE = "foreign.tsv"
FEATURES_FILE = "features.tsv"
#: What a features.tsv row may be: a point ("other") or an area with a radius ("region").
FEATURE_KINDS = ("other", "region")
BAD_VARIANTS_FILE = "bad_variants.tsv"
OLD_NAMES_FILE = "old_names.tsv"
STOPWORDS_FILE = "stopwords_id.txt"

_HEADERS = {
    ALIASES_FILE: ("name", "place_id", "display", "reason"),
    BAD_VARIANTS_FILE: ("place_id", "name", "reason"),
    OLD_NAMES_FILE: ("adm2_pcode", "district", "reason"),
    REGIONS_FILE: ("id", "name", "names", "members", "lat", "lon", "radius_km", "reason"),
    FOREIGN_FILE: ("id", "name", "kind", "lat", "lon", "names", "reason"),
    FEATURES_FILE: (
        "id",
        "name",
        "names",
        "kind",
        "feature",
        "lat",
        "lon",
        "radius_km",
        "admin1_pcode",
        "source",
        "licence",
        "reason",
    ),
}


@dataclass(frozen=True)
class Alias:
    name: str
    place_id: str
    where: str  # "aliases.tsv:12", for messages
    display: bool = False  # this name becomes the place's shown name


@dataclass(frozen=True)
class RegionRow:
    record: Record
    members: tuple[str, ...]
    where: str


def _rows(path: Path) -> list[tuple[str, dict[str, str]]]:
    expected = _HEADERS[path.name]
    rows = []
    for line, row in read_tsv(path, comments=True):
        if tuple(row) != expected:
            raise GazetteerError(f"{path}:1: expected the columns {', '.join(expected)}")
        if not row[expected[0]] or row[expected[0]].startswith("#"):
            continue
        if not row["reason"].strip():
            raise GazetteerError(f"{path}:{line}: every reviewed row needs a reason")
        rows.append((f"{path.name}:{line}", row))
    return rows


def _float(where: str, text: str) -> float | None:
    try:
        return float(text) if text.strip() else None
    except ValueError as exc:
        raise GazetteerError(f"{where}: not a number: {text!r}") from exc


def read_aliases(directory: Path) -> list[Alias]:
    aliases = []
    for where, r in _rows(directory / ALIASES_FILE):
        if r["display"].strip() not in ("", "yes"):
            raise GazetteerError(f"{where}: display is 'yes' or empty, not {r['display']!r}")
        aliases.append(
            Alias(r["name"].strip(), r["place_id"].strip(), where, r["display"].strip() == "yes")
        )
    return aliases


def read_bad_variants(directory: Path) -> list[tuple[str, str]]:
    """(place id or "*", name) pairs to discard."""
    return [
        (r["place_id"].strip(), r["name"].strip())
        for _where, r in _rows(directory / BAD_VARIANTS_FILE)
    ]


def read_old_name_districts(directory: Path) -> frozenset[str]:
    """OCHA P-codes of the districts whose villages keep every alternate name of their source."""
    return frozenset(r["adm2_pcode"].strip() for _where, r in _rows(directory / OLD_NAMES_FILE))


def read_regions(directory: Path) -> list[RegionRow]:
    """Regions the sources lack; lat/lon may be empty (then the mean of the members is used)."""
    regions = []
    for where, r in _rows(directory / REGIONS_FILE):
        radius = _float(where, r["radius_km"])
        if radius is None or radius <= 0:
            raise GazetteerError(f"{where}: a region needs a positive radius_km")
        lat, lon = _float(where, r["lat"]), _float(where, r["lon"])
        members = tuple(m.strip() for m in r["members"].split("|") if m.strip())
        if (lat is None or lon is None) and not members:
            raise GazetteerError(f"{where}: give lat/lon or member places")
        record = Record(
            id=r["id"].strip(),
            name=r["name"].strip(),
            kind="region",
            lat=lat if lat is not None else 0.0,
            lon=lon if lon is not None else 0.0,
            radius_km=radius,
            source="regions" if lat is None else "regions-fixed",
        )
        record.add_names([n for n in r["names"].split("|")])
        regions.append(RegionRow(record, members, where))
    return regions


def read_foreign(directory: Path) -> list[Record]:
    """Places outside Syria as Indonesian media name them (in_syria False)."""
    records = []
    for where, r in _rows(directory / FOREIGN_FILE):
        kind = r["kind"].strip()
        if kind not in PLACE_KINDS:
            raise GazetteerError(f"{where}: unknown kind {kind!r}")
        lat, lon = _float(where, r["lat"]), _float(where, r["lon"])
        if lat is None or lon is None:
            raise GazetteerError(f"{where}: a foreign place needs lat and lon")
        record = Record(
            id=r["id"].strip(),
            name=r["name"].strip(),
            kind=kind,
            lat=lat,
            lon=lon,
            in_syria=False,
            source="foreign",
        )
        record.add_names(r["names"].split("|"))
        records.append(record)
    return records


def read_features(directory: Path) -> list[Record]:
    """Quarters, crossings, camps, bases, squares and landforms (features.tsv): Syrian places
    with a coordinate source each; every name of a row ranks it first for that name."""
    records = []
    for where, r in _rows(directory / FEATURES_FILE):
        kind, radius = r["kind"].strip(), _float(where, r["radius_km"])
        if kind not in FEATURE_KINDS:
            raise GazetteerError(
                f"{where}: kind is one of {', '.join(FEATURE_KINDS)}, not {kind!r}"
            )
        if (kind == "region") != (radius is not None and radius > 0):
            raise GazetteerError(f"{where}: a region needs a positive radius_km, a point none")
        lat, lon = _float(where, r["lat"]), _float(where, r["lon"])
        if lat is None or lon is None or not r["source"].strip() or not r["licence"].strip():
            raise GazetteerError(f"{where}: a feature needs lat, lon, a source and a licence")
        record = Record(
            id=r["id"].strip(),
            name=r["name"].strip(),
            kind=kind,
            lat=lat,
            lon=lon,
            admin1_pcode=r["admin1_pcode"].strip() or None,
            feature_code=r["feature"].strip() or None,
            radius_km=radius,
            source="features",
        )
        names = [n.strip() for n in r["names"].split("|") if n.strip()]
        record.add_names(names)
        record.preferred.extend(dict.fromkeys(names))
        records.append(record)
    return records


def read_stopwords(directory: Path) -> frozenset[str]:
    """Normalised keys of ordinary Indonesian words (stopwords_id.txt, '#' starts a comment)."""
    path = directory / STOPWORDS_FILE
    if not path.is_file():
        raise GazetteerError(f"{path}: reviewed table missing")
    words = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(normalize(w) for w in words if w and not w.startswith("#"))
