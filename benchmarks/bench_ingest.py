"""Ingest one big export: throughput and peak memory (RSS), each run in a fresh process.

    python benchmarks/bench_ingest.py --n 20000 60000      # synthetic JSONL exports of these sizes
    python benchmarks/bench_ingest.py --n 3000 --mode ingest --workers 1 2   # 1 and 2 workers
    python benchmarks/bench_ingest.py --file /tmp/syn20k.jsonl --mode read
    python benchmarks/bench_ingest.py --n 20000 --mode store   # no geotagging: story grouping cost

Exports come from ``synthetic_corpus.py`` (marked "[SINTETIS]", for timing only) as ONE ``.jsonl``
file each. Modes: ``ingest`` is ``dashboard.pipeline.ingest_paths`` with the default geotagger into
a new SQLite store (read, clean, date, geotag, store); ``read`` is ``articles.read_paths`` alone
(read, clean, date); ``store`` is ``ingest`` without the geotagger (read, clean, date, group into
stories, store), reporting the CPU seconds spent grouping and how long a new process takes to build
the story index from the stored signatures. Each run is a child process that loads what it needs
(the gazetteer, and one warm-up article through the geotagger), notes its resident memory, then
ingests and reports its peak resident memory (``ru_maxrss``). Streaming shows as a peak that does
not grow with the export. Throughput is given per second of wall time and per CPU-second (the
parent's and the workers' together: on a machine shared with other jobs wall time says little), and
the store's size beyond the articles' text per article.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed_grouping() -> list[float]:
    """Count the CPU time of every ``stories.group`` call from now on (in this process)."""
    from dashboard.store import stories

    spent = [0.0]
    group = stories.group

    def timed(index, articles):
        started = time.process_time()
        try:
            return group(index, list(articles))
        finally:
            spent[0] += time.process_time() - started

    stories.group = timed
    return spent


def _rebuild(db: Path) -> dict:
    """A new process's first write builds the story index from the stored signatures: timed."""
    from dashboard.store import stories
    from dashboard.store.archive import Store

    store = Store(str(db))
    started = time.perf_counter()
    with store.engine.begin() as conn:
        store.stories.sync(conn)
    return {
        "stories": len(set(store.stories.story.values())),
        "rebuild_s": time.perf_counter() - started,
        "threshold": stories.THRESHOLD,
    }


def store_bytes(db: Path) -> dict:
    """The SQLite store's size beyond the articles' text (title and body, UTF-8), per article."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        n, text = conn.execute(
            "SELECT count(*), sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) "
            "FROM articles"
        ).fetchone()
    size = db.stat().st_size
    return {"store_mb": size / 1e6, "beyond_text_kb": (size - (text or 0)) / max(n, 1) / 1000}


def child(file: Path, mode: str, db: Path, workers: int = 1) -> dict:
    """One measured run, in this process (and *workers* worker processes)."""
    from dashboard.pipeline import default_geotagger, ingest_paths, no_geotagger
    from dashboard.store.archive import Store
    from dashboard.text.read import make_article, read_paths

    warm = make_article(title="Judul", raw_body="DAMASKUS - Serangan di Douma.", path="warm.txt")
    tagger, why_not = default_geotagger()
    tagger(warm)
    base = _rss_mb()
    started, cpu = time.perf_counter(), _cpu_s()
    sizes = {}
    if mode == "read":
        counts = {"read": sum(1 for a in read_paths([file]) if hasattr(a, "id"))}
    else:
        grouping = _timed_grouping()
        chosen = tagger if mode == "ingest" else no_geotagger
        report = ingest_paths([file], Store(str(db)), geotagger=chosen, workers=workers)
        counts = {"read": report.read, "stored": report.stored, "skipped": len(report.skipped)}
        counts["grouping_cpu_s"] = grouping[0]
    seconds, cpu = time.perf_counter() - started, _cpu_s() - cpu
    if mode != "read":
        sizes = store_bytes(db)
    if mode == "store":
        counts.update(_rebuild(db))
    return {
        **sizes,
        "workers": workers if mode != "read" else 1,
        "cpu_s": cpu,
        "per_cpu_s": counts["read"] / cpu if cpu else float("nan"),
        "file": str(file),
        "file_mb": file.stat().st_size / 1e6,
        "mode": mode,
        "geotagger": why_not or "geoparse",
        **counts,
        "seconds": seconds,
        "per_s": counts["read"] / seconds if seconds else float("nan"),
        "rss_before_mb": base,
        "peak_rss_mb": _peak_mb(),
    }


def measure(file: Path, mode: str, workdir: Path, workers: int = 1) -> dict:
    db = workdir / f"{file.stem}-{mode}-{workers}.sqlite"
    cmd = [sys.executable, __file__, "--child", str(file), "--mode", mode, "--db", str(db)]
    cmd += ["--workers", str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="*", default=[], help="synthetic export sizes")
    parser.add_argument("--file", type=Path, action="append", default=[], help="an export")
    parser.add_argument("--mode", choices=("ingest", "store", "read", "both"), default="both")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--workers", type=int, nargs="*", default=[1], help="worker processes (ingest), each"
    )
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.mode, args.db, args.workers[0])))
        return 0
    import synthetic_corpus

    workdir = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    files = list(args.file)
    for n in args.n or ([] if files else [20_000]):
        out = workdir / f"synthetic-{n}.jsonl"
        synthetic_corpus.write_corpus(synthetic_corpus.generate(n, seed=0), out)
        files.append(out)
    modes = ("read", "ingest") if args.mode == "both" else (args.mode,)
    print(
        "| export | MB | mode | workers | articles | wall s | articles/s wall | CPU s "
        "| articles per CPU-s | store beyond text, KB/article | RSS before, MB | peak RSS, MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for file in files:
        for mode in modes:
            for workers in args.workers if mode != "read" else [1]:
                r = measure(file, mode, workdir, workers)
                beyond = f"{r['beyond_text_kb']:.2f}" if "beyond_text_kb" in r else ""
                print(
                    f"| {Path(r['file']).name} | {r['file_mb']:.1f} | {r['mode']} "
                    f"| {r['workers']} | {r['read']:,} | {r['seconds']:.1f} | {r['per_s']:,.0f} "
                    f"| {r['cpu_s']:.1f} | {r['per_cpu_s']:,.0f} | {beyond} "
                    f"| {r['rss_before_mb']:.0f} | {r['peak_rss_mb']:.0f} |"
                )
                if mode == "store":
                    print(
                        f"|   stories: {r['stories']:,}, grouping {r['grouping_cpu_s']:.1f} CPU s "
                        f"({1000 * r['grouping_cpu_s'] / max(r['read'], 1):.2f} ms an article), "
                        f"index built by a new process in {r['rebuild_s']:.1f} s "
                        f"(threshold {r['threshold']}) |"
                    )
    print(f"(work files in {workdir}; geotagger: {r['geotagger']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
