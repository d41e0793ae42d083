"""Benchmark the gazetteer: load time, lookup speed, and name coverage on the annotated dev corpus.

    .venv/bin/python benchmarks/bench_gazetteer.py [--gold ../shared/dev-corpus/gold.jsonl]

Load time is measured in fresh processes (import excluded) and in-process; the target is < 0.5 s.
Coverage reads only the annotated place mentions of gold.jsonl (never the article texts) and asks
``lookup(mention)``: is the best candidate within 25 km of the gold point (75 km for regions and
governorates), is any candidate, and do foreign names come back foreign (in_syria False)?
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.geo.gazetteer import Gazetteer, distance_km  # noqa: E402
from dashboard.geo.names import normalize  # noqa: E402

DEFAULT_GOLD = next(
    (d / "shared" / "dev-corpus" / "gold.jsonl" for d in ROOT.parents if (d / "shared").is_dir()),
    ROOT.parent / "shared" / "dev-corpus" / "gold.jsonl",
)
_COLD = (
    "import time,dashboard.geo.gazetteer as g;t=time.perf_counter();g.Gazetteer.load();"
    "print(time.perf_counter()-t)"
)


def cold_load_seconds(runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        res = subprocess.run(
            [sys.executable, "-c", _COLD], cwd=ROOT, capture_output=True, text=True, check=True
        )
        out.append(float(res.stdout.strip()))
    return out


def warm_load_seconds(runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        Gazetteer.load()
        out.append(time.perf_counter() - start)
    return out


def lookup_rate(gaz: Gazetteer) -> tuple[float, float]:
    """Lookups per second over all keys, and normalize() calls per second (uncached)."""
    names = [p.name for p in gaz.places.values()]
    start = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    lookups = len(names) / (time.perf_counter() - start)
    raw = normalize.__wrapped__
    start = time.perf_counter()
    for name in names:
        raw(name)
    return lookups, len(names) / (time.perf_counter() - start)


def gold_coverage(gaz: Gazetteer, gold: Path) -> dict[str, list]:
    result: dict[str, list] = {k: [] for k in ("top", "any", "miss", "foreign_ok", "foreign_bad")}
    for line in gold.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for loc in article["locations"]:
            if loc.get("uncertain") or loc["kind"] == "other":
                continue
            for mention in [loc["mention"], *loc.get("other_mentions", [])]:
                _score(gaz, article["file"], loc, mention, result)
    return result


def _score(gaz: Gazetteer, file: str, loc: dict, mention: str, result: dict[str, list]) -> None:
    found = gaz.lookup(mention)
    label = (file, mention, loc["place"])
    if not loc["in_syria"]:
        ok = bool(found) and not found[0].in_syria
        result["foreign_ok" if ok else "foreign_bad"].append(
            (*label, found[0].id if found else None)
        )
        return
    if loc["kind"] == "country":
        result["top" if found and found[0].kind == "country" else "miss"].append(label)
        return
    tol = 25.0 if loc["kind"] == "populated_place" else 75.0
    dists = [distance_km(p.lat, p.lon, loc["lat"], loc["lon"]) for p in found]
    if dists and dists[0] <= tol:
        result["top"].append(label)
    elif any(d <= tol for d in dists):
        result["any"].append((*label, found[0].id, round(dists[0])))
    else:
        result["miss"].append((*label, found[0].id if found else None))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cold = cold_load_seconds(args.runs)
    warm = warm_load_seconds(args.runs)
    gaz = Gazetteer.load()
    print(f"places: {len(gaz.places)}, names: {len(gaz.keys())}")
    print(
        f"load, fresh process: median {statistics.median(cold):.3f} s, max {max(cold):.3f} s "
        f"(target < 0.5 s)"
    )
    print(f"load, in process:    median {statistics.median(warm):.3f} s")
    lookups, norms = lookup_rate(gaz)
    print(f"lookup: {lookups:,.0f}/s (cached keys), normalize uncached: {norms:,.0f}/s")
    if not args.gold.is_file():
        print(f"no gold file at {args.gold}: coverage skipped")
        return
    cov = gold_coverage(gaz, args.gold)
    syrian = len(cov["top"]) + len(cov["any"]) + len(cov["miss"])
    print(
        f"Syrian gold mentions: {syrian}; best candidate in tolerance {len(cov['top'])}, "
        f"another candidate {len(cov['any'])}, missed {len(cov['miss'])}"
    )
    foreign = len(cov["foreign_ok"]) + len(cov["foreign_bad"])
    print(f"foreign gold mentions: {foreign}; recognised as foreign {len(cov['foreign_ok'])}")
    for key in ("any", "miss", "foreign_bad"):
        for item in cov[key]:
            print(f"  {key}: {item}")


if __name__ == "__main__":
    main()
