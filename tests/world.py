"""A tiny hand-built gazetteer for geoparser unit tests: real ids and positions, few places.

Besides the places the rules are about, it holds traps: villages whose names are Indonesian words
(Sumber, Kota, Anda, Dan, Ini) or Arabic given names and nisbas (Saleh, Tahhan, Bashar, Jaulani),
and places that share one name (three Doumas, two Nawas, two Jasims) so disambiguation has
something to choose from. The rows are data, in ``world.tsv`` beside this file.
"""

from __future__ import annotations

import csv
from pathlib import Path

from dashboard.geo.gazetteer import Gazetteer
from dashboard.model import Place

WORLD_TSV = Path(__file__).with_name("world.tsv")


def _place(row: dict[str, str]) -> Place:
    pid = row["id"]
    return Place(
        id=pid,
        name=row["name"],
        kind=row["kind"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        in_syria=row["in_syria"] == "1",
        admin1=row["admin1"] or None,
        admin1_pcode=row["admin1_pcode"] or None,
        population=int(row["population"]) if row["population"] else None,
        feature_code=row["feature_code"] or None,
        radius_km=float(row["radius_km"]) if row["radius_km"] else None,
        geonames_id=int(pid[3:]) if pid.startswith("gn:") else None,
        names=(row["name"], *filter(None, row["other_names"].split("|"))),
    )


def _read(path: Path) -> tuple[Place, ...]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return tuple(_place(row) for row in rows)


PLACES = _read(WORLD_TSV)


def tiny_world() -> Gazetteer:
    """The test world as a Gazetteer (built from Place values, like any other)."""
    return Gazetteer.from_places(PLACES)
