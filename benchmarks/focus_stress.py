"""Focus on short articles of our own (benchmarks/focus_stress.tsv), an unseen focus estimate.

Each row is a title and a short text written for this benchmark in the style of Indonesian news
(no article's sentences), with the main Syrian place a reader would pin (its gazetteer id, or
"at:LAT,LON" for a place the gazetteer may lack), or
none when the story has no Syrian place at its centre, and the other answers a fair reader would
accept. A predicted focus is right within 50 km of the gold focus or an alternative; no focus is
right only when the gold says none (as benchmarks/geoscore.focus_within scores the dev corpus).

    .venv/bin/python benchmarks/focus_stress.py [--misses] [--file OTHER.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

from spelling_stress import meant_place

from dashboard.geo.gazetteer import Gazetteer, distance_km, load_gazetteer
from dashboard.geo.parse.geotag import geotag

DATA = Path(__file__).with_name("focus_stress.tsv")
LIMIT_KM = 50.0


@dataclass(frozen=True)
class Case:
    focus: str  # a gazetteer id, or "" for no focus
    alternatives: tuple[str, ...]
    title: str
    text: str
    batch: str


def read_cases(path: Path = DATA) -> list[Case]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        return [
            Case(
                r["focus"],
                tuple(filter(None, r["alternatives"].split("|"))),
                r["title"],
                r["text"],
                r["batch"],
            )
            for r in csv.DictReader(lines, delimiter="\t")
        ]


def judge(case: Case, gaz: Gazetteer) -> tuple[bool, str]:
    """(the focus is right, the focus chosen) for one case."""
    tagged = geotag(f"{case.title}\n\n{case.text}", gaz, title_len=len(case.title))
    focus = tagged.focus
    if focus is None:
        return not case.focus, "none"
    wanted = [p for i in (case.focus, *case.alternatives) if i and (p := meant_place(i, gaz))]
    ok = any(distance_km(p.lat, p.lon, focus.lat, focus.lon) <= LIMIT_KM for p in wanted)
    return ok, focus.name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each wrong focus")
    parser.add_argument("--file", type=Path, default=DATA, help="the cases to score")
    args = parser.parse_args()
    gaz = load_gazetteer()
    cases = read_cases(args.file)
    judged = [(case, *judge(case, gaz)) for case in cases]
    if args.misses:
        for case, ok, chosen in judged:
            if not ok:
                print(f"miss [{case.batch}] {case.title!r}: chose {chosen}, gold {case.focus}")
    for batch in (*sorted({c.batch for c in cases}), None):
        part = [j for j in judged if batch is None or j[0].batch == batch]
        right = sum(ok for _, ok, _ in part)
        label = "all" if batch is None else f"batch {batch}"
        share = f"{right}/{len(part)} = {right / len(part):.0%}"
        print(f"{label}: focus within {LIMIT_KM:.0f} km {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
