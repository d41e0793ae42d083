"""Benchmark geotagging against hand annotations, beside the off-the-shelf alternative.

    .venv/bin/python benchmarks/bench_geotag.py [--corpus ../shared/dev-corpus] [--seconds 3]
    .venv/bin/python benchmarks/bench_geotag.py --predictions out.jsonl   # score `geotag` output
    .venv/bin/python benchmarks/bench_geotag.py --verbose tune            # misses, tune part only

Articles are read by path (dev-corpus texts are never copied) with ``articles.read_paths``; the
seeds are scored against ``benchmarks/seeds_gold.jsonl``. Quality: precision, recall and F1 of
Syrian places (micro over all articles; see geoscore.py for the matching rules), median error in
km, share of dated articles with the right date, share with the right focus. Every figure is given
for the held-out part of the fixed split in ``dev_split.tsv`` (by outlet; nothing was tuned on it)
and for the whole corpus, then per outlet fold (``crossval.py``: the split's hash in three folds,
their spread, and a bootstrap interval over the held-out outlets). Speed: articles per CPU-second
on one core for geotagging alone (process start and gazetteer load excluded), over the corpus
repeated for ``--seconds`` with the word caches emptied before every pass (each pass reads the
articles as unseen text), and with them emptied before every article; the slowest article; peak
memory; and the worst case on long inputs (articles joined, the seeds repeated, synthetic articles
from ``synthetic_corpus.py`` joined, up to 400 KB), CPU time of the slowest of a few runs each. The
baseline, in the same run: geotext for places (its Syrian hits, placed with geotext's own GeoNames
table) and dateparser's ``search_dates(text, languages=["id"])`` (first result) for dates; its
speed is that of both together, as the quality column uses both.
"""

from __future__ import annotations

import argparse
import functools
import gc
import itertools
import json
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import crossval  # noqa: E402
import geoscore  # noqa: E402
from devsplit import load_split, outlet_key  # noqa: E402
from geoscore import Point, Tally  # noqa: E402

from dashboard.errors import ArticleReadError  # noqa: E402
from dashboard.geo.gazetteer import load_gazetteer, normalize  # noqa: E402
from dashboard.geo.parse.geotag import Geoparser, article_json  # noqa: E402
from dashboard.geo.parse.scoring import scored  # noqa: E402
from dashboard.text.read import read_paths  # noqa: E402

DEFAULT_CORPUS = next(
    (d / "shared" / "dev-corpus" for d in ROOT.parents if (d / "shared" / "dev-corpus").is_dir()),
    ROOT.parent / "shared" / "dev-corpus",
)
PARTS = ("heldout", "all", "tune")


def part_of(gold: dict[str, dict], split: dict[str, str], part: str) -> dict[str, dict]:
    """The gold entries of one part ("all" is every one)."""
    return {k: v for k, v in gold.items() if part == "all" or split.get(k, "tune") == part}


def load_gold(corpus: Path, seeds: bool = True) -> dict[str, dict]:
    gold = {}
    extra = [ROOT / "benchmarks" / "seeds_gold.jsonl"] if seeds else []
    for path in (corpus / "gold.jsonl", *extra):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                gold[entry["file"]] = entry
    return gold


def load_articles(corpus: Path, seeds: bool = True) -> list:
    articles = []
    for item in read_paths([corpus / "articles", *([ROOT / "seeds"] if seeds else [])]):
        if isinstance(item, ArticleReadError):
            print(f"skipped {item}", file=sys.stderr)
        else:
            articles.append(item)
    return articles


def our_records(parser: Geoparser, articles: list) -> dict[str, dict]:
    return {Path(a.path).name: article_json(a, parser.geotag_article(a)) for a in articles}


def records_from_file(path: Path) -> dict[str, dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {Path(r["path"]).name: r for r in map(json.loads, filter(str.strip, lines))}


def baseline_records(articles: list) -> dict[str, dict]:
    """geotext's Syrian cities and "Syria", dateparser's first date."""
    from dateparser.search import search_dates
    from geotext import GeoText

    places = _geotext_places()
    out = {}
    for a in articles:
        found = GeoText(a.text)
        hits = [c for c in found.cities if found.index.cities.get(c.lower()) == "SY"]
        locations = [places[c.lower()] for c in dict.fromkeys(hits) if c.lower() in places]
        if any(c.lower() == "syria" for c in found.countries):
            locations.append(
                {"name": "Syria", "kind": "country", "lat": None, "lon": None, "in_syria": True}
            )
        dates = search_dates(a.text, languages=["id"]) or []
        counts = Counter(h.lower() for h in hits)
        top = places.get(counts.most_common(1)[0][0]) if counts else None
        out[Path(a.path).name] = {
            "locations": locations,
            "published": dates[0][1].date().isoformat() if dates else None,
            "focus": top,
        }
    return out


def _geotext_places() -> dict[str, dict]:
    """Positions of geotext's Syrian city names, from the GeoNames table it ships."""
    import geotext

    table = Path(geotext.__file__).parent / "data" / "cities15000.txt"
    places = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) > 8 and cols[8] == "SY":
            places[cols[1].lower()] = {
                "name": cols[1],
                "kind": "populated_place",
                "lat": float(cols[4]),
                "lon": float(cols[5]),
                "in_syria": True,
            }
    return places


def score(records: dict[str, dict], gold: dict[str, dict]) -> dict:
    places, below, dates, focus, focus50 = Tally(), Tally(), [], [], []
    for name, entry in gold.items():
        rec = records.get(name)
        if rec is None:
            continue
        required, optional = geoscore.gold_points(entry)
        predicted = [_point(loc) for loc in rec["locations"] if loc.get("in_syria")]
        places.add(geoscore.score_places(required, optional, predicted))
        below.add(geoscore.score_places(*map(_sub_country, (required, optional, predicted))))
        if entry.get("published"):
            dates.append(geoscore.date_right(rec.get("published"), entry))
        pred_focus = _point(rec["focus"]) if rec.get("focus") else None
        focus.append(geoscore.focus_right(pred_focus, entry))
        focus50.append(geoscore.focus_within(pred_focus, entry, FOCUS_KM))
    errors = places.errors_km
    return {
        "articles": len(focus),
        "precision": places.precision,
        "recall": places.recall,
        "f1": places.f1,
        "tp": places.tp,
        "fp": places.fp,
        "fn": places.fn,
        "sub_precision": below.precision,
        "sub_recall": below.recall,
        "sub_f1": below.f1,
        "sub_counts": f"{below.tp} / {below.fp} / {below.fn}",
        "focus_50km": sum(focus50) / len(focus50) if focus50 else None,
        "median_error_km": statistics.median(errors) if errors else None,
        "dates_right": sum(dates) / len(dates) if dates else None,
        "dated": len(dates),
        "focus_right": sum(focus) / len(focus) if focus else None,
    }


FOCUS_KM = 50.0  # the focus target: within 50 km


def article_scores(records: dict[str, dict], gold: dict[str, dict]) -> dict:
    """file → crossval.ArticleScore: below-country tp/fp/fn and focus within 50 km."""
    out = {}
    for name, entry in gold.items():
        if (rec := records.get(name)) is None:
            continue
        required, optional = geoscore.gold_points(entry)
        predicted = [_point(loc) for loc in rec["locations"] if loc.get("in_syria")]
        t = geoscore.score_places(*map(_sub_country, (required, optional, predicted)))
        pred_focus = _point(rec["focus"]) if rec.get("focus") else None
        ok = geoscore.focus_within(pred_focus, entry, FOCUS_KM)
        out[name] = crossval.ArticleScore(t.tp, t.fp, t.fn, ok)
    return out


def outlet_folds(gold: dict[str, dict]) -> tuple[dict[str, str], bool]:
    """file → outlet key for the folds, and whether the articles are the dev corpus: its split
    (seeds left out) when it lists any of them, else another annotated set (``--corpus``), cut
    into folds by the same hash of each gold ``outlet`` field's key."""
    split = crossval.load_outlets()
    if any(name in split for name in gold):
        return split, True
    return {name: outlet_key(entry.get("outlet") or name) for name, entry in gold.items()}, False


def _sub_country(points: list[Point]) -> list[Point]:
    return [p for p in points if p.kind != "country"]


def _point(loc: dict) -> Point:
    return Point(loc["name"], loc.get("kind", "populated_place"), loc.get("lat"), loc.get("lon"))


def throughput(fn, texts: list, seconds: float, reset=None, *, every_article=False) -> dict:
    """Articles per CPU-second over *texts* repeated for about *seconds*, the slowest one, p99.

    *reset* (outside the timed part) empties the word caches before every pass, or before every
    article with *every_article*, so the texts are read as unseen text each time. CPU time of this
    process (not wall time), so other work on the machine does not count; the garbage left by
    earlier steps (dateparser) is collected first so no one article pays for it.
    """
    gc.collect()
    clock = time.process_time
    times: list[float] = []
    start = clock()
    while sum(times) < seconds and clock() - start < 20 * seconds:
        if reset:
            reset()
        for text in texts:
            if reset and every_article:
                reset()
            t0 = clock()
            fn(text)
            times.append(clock() - t0)
    elapsed = sum(times)
    times.sort()
    return {
        "articles_per_s": len(times) / elapsed,
        "max_ms": times[-1] * 1000,
        "p99_ms": times[int(0.99 * (len(times) - 1))] * 1000,
        "p50_ms": times[(len(times) - 1) // 2] * 1000,
        "runs": len(times),
    }


def peak_memory(fn, texts: list) -> float:
    """Peak Python allocation (MB) while geotagging every text once."""
    tracemalloc.start()
    for text in texts:
        fn(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def forget_words(parser: Geoparser) -> None:
    """Empty every cache that keeps what earlier texts taught: the token folds, normalize's LRU,
    and the confidence of each combination of cues met (scoring.scored). What is left is built
    from the gazetteer alone, as the automaton is: each place's prior, each name's candidates."""
    parser.index.fold.clear()
    normalize.cache_clear()
    scored.cache_clear()


def speed(parser: Geoparser, articles: list, seconds: float) -> dict:
    from dateparser.search import search_dates
    from geotext import GeoText

    def baseline(pair: tuple[str, int]) -> None:
        GeoText(pair[0])
        search_dates(pair[0], languages=["id"])

    pairs = [(a.text, len(a.title)) for a in articles]
    ours_fn = lambda p: parser.geotag(p[0], title_len=p[1])  # noqa: E731
    reset = functools.partial(forget_words, parser)
    ours = throughput(ours_fn, pairs, seconds, reset)
    ours["cold_article_per_s"] = throughput(ours_fn, pairs, seconds, reset, every_article=True)[
        "articles_per_s"
    ]
    ours["warm_per_s"] = throughput(ours_fn, pairs, seconds)["articles_per_s"]
    ours["peak_mb"] = peak_memory(ours_fn, pairs)
    theirs = throughput(baseline, pairs, min(seconds, 1.0))  # dateparser runs at ~30/s
    theirs["peak_mb"] = peak_memory(baseline, pairs[:10])
    theirs["geotext_per_s"] = throughput(lambda p: GeoText(p[0]), pairs, seconds)["articles_per_s"]
    return {
        "ours": ours,
        "geotext": theirs,
        "ratio": ours["articles_per_s"] / theirs["geotext_per_s"],
    }


LONG_KB = (100, 400)  # sizes of the long inputs
LONG_RUNS = 3


def long_inputs(articles: list) -> dict[str, str]:
    """Texts far longer than any article, to find the worst case: (label → text)."""
    import synthetic_corpus

    synthetic = [f"{a['title']}\n\n{a['body']}" for a in synthetic_corpus.generate(500, seed=0)]
    seeds = [a.text for a in articles if Path(a.path).parent.name == "seeds"]
    texts = {
        "10 corpus articles joined": "\n\n".join(a.text for a in articles[:10]),
        "10 synthetic articles joined": "\n\n".join(synthetic[:10]),
    }
    for kb in LONG_KB:
        texts[f"seeds repeated to {kb} KB"] = _joined(seeds, kb * 1000, repeat=True)
        texts[f"synthetic articles joined to {kb} KB"] = _joined(synthetic, kb * 1000)
    # the resolver's worst case: thousands of different places, each compared with the others
    names = sorted(set(synthetic_corpus.load_name_pool().names))
    random.Random(0).shuffle(names)  # noqa: S311 - a reproducible order, not security
    listed = [f"Warga desa {name} mengungsi." for name in names]
    texts[f"distinct place names listed to {LONG_KB[0]} KB"] = _joined(listed, LONG_KB[0] * 1000)
    return texts


def _joined(texts: list[str], size: int, *, repeat: bool = False) -> str:
    """*texts* joined by blank lines (again and again if *repeat*) until *size* characters."""
    parts: list[str] = []
    total = 0
    for text in itertools.cycle(texts) if repeat else texts:
        if total >= size:
            break
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)


def long_speed(parser: Geoparser, texts: dict[str, str]) -> list[dict]:
    """Each long input: size, places found, and the CPU time of its slowest of LONG_RUNS runs."""
    rows = []
    for label, text in texts.items():
        times = []
        for _ in range(LONG_RUNS):
            gc.collect()
            t0 = time.process_time()
            tag = parser.geotag(text)
            times.append(time.process_time() - t0)
        rows.append(
            {
                "input": label,
                "kb": len(text) / 1000,
                "places": len(tag.places),
                "mentions": sum(len(tp.mentions) for tp in tag.places),
                "max_ms": max(times) * 1000,
            }
        )
    return rows


def long_report(rows: list[dict]) -> str:
    lines = ["| long input | KB | places / mentions | slowest of 3, ms |", "|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['input']} | {r['kb']:.0f} | {r['places']} / {r['mentions']} | "
            f"{r['max_ms']:.1f} |"
        )
    return "\n".join(lines)


QUALITY_ROWS = (
    ("Syrian places below country, precision", "sub_precision", "{:.3f}"),
    ("Syrian places below country, recall", "sub_recall", "{:.3f}"),
    ("Syrian places below country, F1", "sub_f1", "{:.3f}"),
    ("below country tp / fp / fn", "sub_counts", "{}"),
    ("Syrian places with the country, P / R", "pr", "{}"),
    ("Syrian places with the country, F1 (micro)", "f1", "{:.3f}"),
    ("median error km", "median_error_km", "{:.1f}"),
    ("dates right (of dated)", "dates_right", "{:.0%}"),
    ("focus right (gold tolerance)", "focus_right", "{:.0%}"),
    ("focus within 50 km", "focus_50km", "{:.0%}"),
    ("articles (dated)", "n", "{}"),
)


def report(scores: dict[str, tuple[dict, dict]]) -> str:
    """One column per (part, tool): ours and geotext + dateparser on each part of the split."""
    cols = [(part, tool) for part in scores for tool in (0, 1)]
    head = [f"{'ours' if t == 0 else 'geotext + dateparser'} ({part})" for part, t in cols]
    lines = ["| measure | " + " | ".join(head) + " |", "|---" * (len(cols) + 1) + "|"]
    for label, key, fmt in QUALITY_ROWS:
        cells = []
        for part, t in cols:
            q = dict(scores[part][t])
            q["pr"] = f"{q['precision']:.3f} / {q['recall']:.3f}"
            q["n"] = f"{q['articles']} ({q['dated']})"
            cells.append(fmt.format(q[key]) if q.get(key) is not None else "n/a")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def speed_report(perf: dict, index_s: float, index_mb: float) -> str:
    o, g = perf["ours"], perf["geotext"]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from dashboard.geo.parse import BUILD

    return "\n".join(
        [
            BUILD.line(),
            "| speed, one core | ours | geotext + dateparser |",
            "|---|---|---|",
            f"| articles per CPU-second, caches emptied every pass | {o['articles_per_s']:,.0f} | "
            f"{g['articles_per_s']:,.0f} |",
            f"| … caches emptied before every article | {o['cold_article_per_s']:,.0f} | |",
            f"| … warm caches (the old figure) | {o['warm_per_s']:,.0f} | "
            f"geotext alone {g['geotext_per_s']:,.0f} |",
            f"| slowest article (p99), ms | {o['max_ms']:.1f} ({o['p99_ms']:.2f}) | "
            f"{g['max_ms']:.1f} ({g['p99_ms']:.2f}) |",
            f"| median article, ms | {o['p50_ms']:.2f} | {g['p50_ms']:.2f} |",
            f"| peak memory while tagging, MB | {o['peak_mb']:.1f} | {g['peak_mb']:.1f} |",
            f"\nthroughput ratio ours (cold) / geotext alone: {perf['ratio']:.2f}; automaton "
            f"build {index_s:.2f} s, {index_mb:.0f} MB of Python objects (built once, excluded); "
            f"process max RSS {rss:.0f} MB",
        ]
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--seconds", type=float, default=3.0, help="timing run length per tool")
    ap.add_argument("--predictions", type=Path, help="score this `geotag` JSONL output instead")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--verbose", choices=PARTS, help="per-article misses of this part")
    ap.add_argument("--no-speed", action="store_true", help="quality only")
    ap.add_argument("--no-seeds", action="store_true", help="the corpus alone, without the seeds")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    seeds = not args.no_seeds
    gold, articles = load_gold(args.corpus, seeds), load_articles(args.corpus, seeds)
    split = load_split()
    gazetteer = load_gazetteer()
    t0 = time.perf_counter()
    parser = Geoparser(gazetteer)
    index_s = time.perf_counter() - t0
    tracemalloc.start()  # a second build, traced, for its memory (tracing slows it down)
    Geoparser(gazetteer)
    index_mb = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    if args.predictions:
        records = records_from_file(args.predictions)
    else:
        records = our_records(parser, articles)
    base = baseline_records(articles)
    scores = {
        part: (score(records, part_of(gold, split, part)), score(base, part_of(gold, split, part)))
        for part in PARTS
    }
    speedy = not (args.predictions or args.no_speed)
    perf = speed(parser, articles, args.seconds) if speedy else None
    long = long_speed(parser, long_inputs(articles)) if speedy else None
    if args.verbose:
        _explain(records, part_of(gold, split, args.verbose))
    print(report(scores))
    outlets, dev = outlet_folds(gold)
    print("\n" + crossval.report(article_scores(records, gold), outlets, dev=dev))
    if perf:
        print("\n" + speed_report(perf, index_s, index_mb))
    if long:
        print("\n" + long_report(long))
    if args.json:
        figures = {"quality": scores, "speed": perf, "long_inputs": long}
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


def _explain(records: dict[str, dict], gold: dict[str, dict]) -> None:
    for name, entry in sorted(gold.items()):
        rec = records.get(name)
        if rec is None:
            print(f"{name}: not read")
            continue
        required, optional = geoscore.gold_points(entry)
        predicted = [_point(loc) for loc in rec["locations"] if loc.get("in_syria")]
        t = geoscore.score_places(required, optional, predicted)
        focus = rec["focus"]["name"] if rec.get("focus") else None
        print(
            f"{name}: tp {t.tp} fp {t.fp} fn {t.fn} | date {rec.get('published')} gold "
            f"{entry.get('published')} | focus {focus} gold {entry.get('focus')}"
        )
        print(f"    gold: {[g.name for g in required]} optional {[g.name for g in optional]}")
        print(f"    ours: {[(p.name, p.kind) for p in predicted]}")


if __name__ == "__main__":
    sys.exit(main())
