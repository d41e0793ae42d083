"""Ingest one big export: throughput and peak memory (RSS), each run in a fresh process.

    python benchmarks/bench_ingest.py --n 20000 60000      # synthetic JSONL exports of these sizes
    python benchmarks/bench_ingest.py --n 3000 --mode ingest --workers 1 2   # 1 and 2 workers
    python benchmarks/bench_ingest.py --file /tmp/syn20k.jsonl --mode read
    python benchmarks/bench_ingest.py --n 20000 --mode store   # no geotagging: story grouping cost

Exports come from ``synthetic_corpus.py`` (marked "[SINTETIS]", for timing only) as ONE ``.jsonl``
file each. Modes: ``ingest`` is ``dashboard.pipeline.ingest_paths`` with the default geotagger into
a new SQLite store (read, clean, date, geotag, store); ``read`` is ``articles.read_paths`` alone
(read, clean, date); ``store`` is ``ingest`` without the geotagger (read, clean, date, group into
stories, store), reporting the CPU seconds spent grouping and how long a new process's first write
(one copy of a stored article, grouped) takes. Each run is a child process that loads what it needs
(the gazetteer, and one warm-up article through the geotagger), notes its resident memory, then
ingests and reports its peak resident memory (``ru_maxrss``). Streaming shows as a peak that does
not grow with the export. Throughput is given per second of wall time and per CPU-second (the
parent's and the workers' together: on a machine shared with other jobs wall time says little), and
the store's size beyond the articles' text per article; the parent's own CPU seconds too (with
workers, the single writer: what it does for every article bounds the throughput).
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


def _build_note() -> str:
    """Which geotagger build the run used: compiled (mypyc) or pure Python, and why."""
    from dashboard.geo.parse import BUILD

    return BUILD.note


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _own_cpu_s() -> float:
    """CPU seconds of this process alone (with workers: the parent, the single writer)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _cpu_s() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    own, kids = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed_grouping() -> list[float]:
    """Count the CPU time of grouping from now on, in this process: every ``stories.group``
    (fingerprints, candidates read from the store's band table, matching) and
    ``stories.index`` (the new articles' band keys written) call."""
    from dashboard.store import stories

    spent = [0.0]

    def timed(step):
        def run(*args):
            started = time.process_time()
            try:
                return step(*args)
            finally:
                spent[0] += time.process_time() - started

        return run

    stories.group, stories.index = timed(stories.group), timed(stories.index)
    return spent


def _first_write(db: Path) -> dict:
    """A new process's first write: one copy of a stored article, grouped against the store
    (before the band table, the process built its whole story index here first): timed."""
    import sqlite3

    from dashboard.store.archive import Store
    from dashboard.store.stories import THRESHOLD
    from dashboard.text.read import make_article

    with sqlite3.connect(db) as conn:
        found = conn.execute("SELECT COUNT(DISTINCT COALESCE(story_id, id)) FROM articles")
        count = found.fetchone()[0]
        aid, body = conn.execute("SELECT id, body FROM articles ORDER BY id LIMIT 1").fetchone()
    copy = make_article(title="Salinan", raw_body=body + "\nTambahan.", path="copy.txt")
    store = Store(str(db))
    started = time.perf_counter()
    store.save([(copy, None)])
    seconds = time.perf_counter() - started
    with store.engine.connect() as conn:
        story = conn.exec_driver_sql(f"SELECT story_id FROM articles WHERE id = '{copy.id}'")
        joined = story.scalar() in {aid, _story_of(db, aid)}
    return {"stories": count, "first_write_s": seconds, "joined": joined, "threshold": THRESHOLD}


def _story_of(db: Path, article_id: str) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        query = "SELECT COALESCE(story_id, id) FROM articles WHERE id = ?"
        return conn.execute(query, (article_id,)).fetchone()[0]


def store_bytes(db: Path) -> dict:
    """The SQLite store's size beyond the articles' text (title and body, UTF-8), per article."""
    from store_size import size_beyond_text

    size = size_beyond_text(db)
    return {"store_mb": size["store_mb"], "beyond_text_kb": size["beyond_text_kb"]}


def child(file: Path, mode: str, db: Path, workers: int = 1) -> dict:
    """One measured run, in this process (and *workers* worker processes)."""
    from dashboard.pipeline import default_geotagger, ingest_paths, no_geotagger
    from dashboard.store.archive import Store
    from dashboard.text.read import make_article, read_paths

    warm = make_article(title="Judul", raw_body="DAMASKUS - Serangan di Douma.", path="warm.txt")
    tagger, why_not = default_geotagger()
    tagger(warm)
    base = _rss_mb()
    started, cpu, own = time.perf_counter(), _cpu_s(), _own_cpu_s()
    sizes = {}
    if mode == "read":
        counts = {"read": sum(1 for a in read_paths([file]) if hasattr(a, "id"))}
    else:
        grouping = _timed_grouping()
        chosen = tagger if mode == "ingest" else no_geotagger
        report = ingest_paths([file], Store(str(db)), geotagger=chosen, workers=workers)
        counts = {"read": report.read, "stored": report.stored, "skipped": len(report.skipped)}
        counts["grouping_cpu_s"] = grouping[0]
    seconds, cpu, own = time.perf_counter() - started, _cpu_s() - cpu, _own_cpu_s() - own
    if mode != "read":
        sizes = store_bytes(db)
    if mode == "store":
        counts.update(_first_write(db))
    return {
        **sizes,
        "workers": workers if mode != "read" else 1,
        "cpu_s": cpu,
        "per_cpu_s": counts["read"] / cpu if cpu else float("nan"),
        "parent_cpu_s": own,
        "file": str(file),
        "file_mb": file.stat().st_size / 1e6,
        "mode": mode,
        "geotagger": why_not or f"geoparse, {_build_note()}",
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
        "| articles per CPU-s | parent CPU s | store beyond text, KB/article | RSS before, MB "
        "| peak RSS, MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for file in files:
        for mode in modes:
            for workers in args.workers if mode != "read" else [1]:
                r = measure(file, mode, workdir, workers)
                beyond = f"{r['beyond_text_kb']:.2f}" if "beyond_text_kb" in r else ""
                print(
                    f"| {Path(r['file']).name} | {r['file_mb']:.1f} | {r['mode']} "
                    f"| {r['workers']} | {r['read']:,} | {r['seconds']:.1f} | {r['per_s']:,.0f} "
                    f"| {r['cpu_s']:.1f} | {r['per_cpu_s']:,.0f} | {r['parent_cpu_s']:.1f} "
                    f"| {beyond} "
                    f"| {r['rss_before_mb']:.0f} | {r['peak_rss_mb']:.0f} |"
                )
                if mode == "store":
                    print(
                        f"|   stories: {r['stories']:,}, grouping {r['grouping_cpu_s']:.1f} CPU s "
                        f"({1000 * r['grouping_cpu_s'] / max(r['read'], 1):.2f} ms an article), "
                        f"a new process's first write (a copy, grouped: {r['joined']}) "
                        f"{r['first_write_s']:.2f} s (threshold {r['threshold']}) |"
                    )
    print(f"(work files in {workdir}; geotagger: {r['geotagger']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
