"""Recall and false places on the spelling stress list (benchmarks/spelling_stress.tsv).

Each positive row is one sentence naming one gazetteer place in a spelling Indonesian media
plausibly use (the transliteration classes of issue 10, applied to the GeoNames name by hand;
the sentences are our own). A meant place is found when a Syrian place below the country within
25 km of it (75 km for a region or governorate) is tagged; every other Syrian place below the
country is a false place, unless the row lists it in ``also``. Guard rows mean no place: all they
bring is false places. From batch 4 on a row may mean several places (ids joined by "|"), each
counted; an id the gazetteer lacks ("missing:…") is a place the reader sees that we cannot find,
and "at:LAT,LON" is a place the gazetteer may lack, given by its coordinate (found like any other).

    .venv/bin/python benchmarks/spelling_stress.py            # totals and figures by class
    .venv/bin/python benchmarks/spelling_stress.py --misses   # and each miss and false place
    .venv/bin/python benchmarks/spelling_stress.py --geotext  # the baseline: geotext's cities
    .venv/bin/python benchmarks/spelling_stress.py --file OTHER.tsv   # another list, same columns
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard.geo.gazetteer import Gazetteer, distance_km, load_gazetteer
from dashboard.geo.parse.geotag import geotag
from dashboard.model import Place

DATA = Path(__file__).with_name("spelling_stress.tsv")
AREA_KINDS = frozenset({"region", "admin1"})


@dataclass(frozen=True)
class Row:
    place_ids: tuple[str, ...]  # () for a guard row
    spelling: str
    kind: str  # the variant class
    sentence: str
    also: tuple[str, ...]
    batch: str  # "1", "2": read while the rules were written; "3", "5": never tuned on


def read_rows(path: Path = DATA) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        return [
            Row(
                tuple(filter(None, r["id"].split("|"))),
                r["spelling"],
                r["class"],
                r["sentence"],
                tuple(filter(None, r["also"].split("|"))),
                r["batch"],
            )
            for r in csv.DictReader(lines, delimiter="\t")
        ]


def near(a: Place, b: Place) -> bool:
    limit = 75.0 if a.kind in AREA_KINDS or b.kind in AREA_KINDS else 25.0
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= limit


def ours(sentence: str, gaz: Gazetteer) -> list[Place]:
    """Our Syrian places below the country in *sentence*."""
    found = geotag(sentence, gaz).places
    return [tp.place for tp in found if tp.place.in_syria and tp.place.kind != "country"]


def geotext_tagger() -> Callable[[str, Gazetteer], list[Place]]:
    """The baseline of bench_geotag.py: geotext's Syrian cities, placed by its own table."""
    from bench_geotag import _geotext_places
    from geotext import GeoText

    table = _geotext_places()

    def tag(sentence: str, gaz: Gazetteer) -> list[Place]:
        found = GeoText(sentence)
        hits = [c.lower() for c in found.cities if found.index.cities.get(c.lower()) == "SY"]
        rows = [table[c] for c in dict.fromkeys(hits) if c in table]
        return [
            Place(f"geotext:{r['name']}", r["name"], r["kind"], r["lat"], r["lon"], True)
            for r in rows
        ]

    return tag


def meant_place(place_id: str, gaz: Gazetteer) -> Place | None:
    """The place an id of the list means: a gazetteer id, or "at:LAT,LON" (a point); else None."""
    if place_id.startswith("at:"):
        lat, lon = (float(v) for v in place_id[3:].split(","))
        return Place(place_id, place_id, "other", lat, lon, True)
    return gaz.places.get(place_id)


def judge(
    row: Row, gaz: Gazetteer, tagger: Callable[[str, Gazetteer], list[Place]] = ours
) -> tuple[int, list[str], list[Place]]:
    """(meant places found, the ids of those missed, the false places) for one row."""
    found = tagger(row.sentence, gaz)
    known = {i: meant_place(i, gaz) for i in (*row.place_ids, *row.also)}
    meant = [p for p in known.values() if p is not None]
    missed = [
        i for i in row.place_ids if (m := known[i]) is None or not any(near(p, m) for p in found)
    ]
    false = [p for p in found if not any(p.id == m.id or near(p, m) for m in meant)]
    return len(row.place_ids) - len(missed), missed, false


Judged = tuple[Row, int, list[str], list[Place]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each miss and false place")
    parser.add_argument("--geotext", action="store_true", help="score the geotext baseline")
    parser.add_argument("--file", type=Path, default=DATA, help="the list to score")
    args = parser.parse_args()
    gaz = load_gazetteer()
    tagger = geotext_tagger() if args.geotext else ours
    judged: list[Judged] = [(row, *judge(row, gaz, tagger)) for row in read_rows(args.file)]
    if args.misses:
        print_misses(judged)
    batches = sorted({j[0].batch for j in judged})
    for batch in (*batches, None):
        part = [j for j in judged if batch is None or j[0].batch == batch]
        print(summary("all" if batch is None else f"batch {batch}", part))
    print("by class (all batches): found/meant places, false places")
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    false_by: Counter[str] = Counter()
    for row, hit, _, false in judged:
        totals[row.kind] += len(row.place_ids)
        hits[row.kind] += hit
        false_by[row.kind] += len(false)
    for kind in sorted(totals):
        print(f"  {kind:12} {hits[kind]:3}/{totals[kind]:<3} false {false_by[kind]}")
    return 0


def print_misses(judged: list[Judged]) -> None:
    for row, _, missed, false in judged:
        if missed or false:
            what = "miss " if missed else "false"
            names = ", ".join(f"{p.name} ({p.id})" for p in false)
            meant = "|".join(missed)
            print(f"{what} [{row.batch} {row.kind}] {row.spelling!r} -> {meant}; {names}")


def summary(label: str, judged: list[Judged]) -> str:
    positives = sum(len(row.place_ids) for row, *_ in judged)
    guards = sum(1 for row, *_ in judged if not row.place_ids)
    found = sum(hit for _, hit, _, _ in judged)
    false_n = sum(len(false) for *_, false in judged)
    in_guards = sum(len(false) for row, *_, false in judged if not row.place_ids)
    precision = found / max(1, found + false_n)
    return (
        f"{label}: recall {found}/{positives} = {found / max(1, positives):.3f}, "
        f"false places {false_n} ({in_guards} in {guards} guard rows), precision {precision:.3f}"
    )


if __name__ == "__main__":
    sys.exit(main())
