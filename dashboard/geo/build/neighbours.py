"""Syria's neighbours as land for the offline base map, from Natural Earth via world-atlas.

``python -m dashboard.geo.build.neighbours countries-50m.json OUT.geojson`` (OUT:
``geodata/boundaries/neighbours_ne50m.geojson``) reads the world-atlas TopoJSON (npm
``world-atlas`` 2.0.2: Natural Earth 1:50m admin-0 countries, public domain; the package ISC),
keeps the countries named in ``geodata/neighbours.tsv``, clips them to the window around Syria
and rounds coordinates to 0.01° (about 1 km), so the file stays small. Each feature carries the
Indonesian name and a label point from that table.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from dashboard.data import geodata_dir

#: The window kept: (west, south, east, north), wider than any view of Syria the map frames.
WINDOW = (27.0, 27.5, 50.0, 42.5)
NEIGHBOURS_TSV = geodata_dir() / "neighbours.tsv"


def read_table(path: Path = NEIGHBOURS_TSV) -> dict[str, dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return {row["ne_name"]: row for row in csv.DictReader(lines, delimiter="\t")}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantized, delta-encoded arcs as absolute (lon, lat) points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indexes: Iterable[int], arcs: Sequence[list[tuple[float, float]]]):
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _clip_edge(points, inside, cross):
    out = []
    for i, cur in enumerate(points):
        prev = points[i - 1]
        if inside(cur):
            if not inside(prev):
                out.append(cross(prev, cur))
            out.append(cur)
        elif inside(prev):
            out.append(cross(prev, cur))
    return out


def _at_x(x):
    return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))


def _at_y(y):
    return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)


def clip(points, window=WINDOW):
    """A ring clipped to the rectangle ``window`` (Sutherland–Hodgman; the window is convex)."""
    west, south, east, north = window
    edges = (
        (lambda p: p[0] >= west, _at_x(west)),
        (lambda p: p[0] <= east, _at_x(east)),
        (lambda p: p[1] >= south, _at_y(south)),
        (lambda p: p[1] <= north, _at_y(north)),
    )
    for inside, cross in edges:
        if not points:
            break
        points = _clip_edge(points, inside, cross)
    rounded = []
    for x, y in points:
        p = [round(x, 2), round(y, 2)]
        if not rounded or p != rounded[-1]:
            rounded.append(p)
    if len(rounded) < 4:
        return None
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded


def polygons(geometry: dict, arcs) -> list[list[list[list[float]]]]:
    parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    out = []
    for part in parts:
        rings = [clip(ring(r, arcs)) for r in part]
        if rings and rings[0]:
            out.append([r for r in rings if r])
    return out


def neighbours(topo: dict, table: dict[str, dict[str, str]]) -> dict:
    arcs = decode_arcs(topo)
    features = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        row = table.get(geometry["properties"]["name"])
        if row is None:
            continue
        parts = polygons(geometry, arcs)
        if not parts:
            continue
        props = {"name": geometry["properties"]["name"], "name_id": row["name_id"]}
        if row.get("label_lat"):
            props["label"] = [float(row["label_lat"]), float(row["label_lon"])]
        geom = {"type": "MultiPolygon", "coordinates": parts}
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    return {"type": "FeatureCollection", "features": features}


def main(argv: Sequence[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    data = neighbours(json.loads(source.read_text(encoding="utf-8")), read_table())
    out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{out}: {len(data['features'])} countries, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
