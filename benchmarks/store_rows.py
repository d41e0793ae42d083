"""Every row of a store, for checking that a faster ingest stores exactly what the slower one did.

    python benchmarks/store_rows.py dump seeds/ /work/shared/dev-corpus --workers 2 --out a.jsonl
    python benchmarks/store_rows.py compare a.jsonl b.jsonl
    python benchmarks/store_rows.py rows store.sqlite --out c.jsonl

``dump`` ingests the paths into a new SQLite store (default geotagger) and writes every row of
every table, sorted, one JSON line each; the columns that differ between any two runs by design
(``articles.ingested_at``, ``article_sources.run``) are left out. ``compare`` says, table by
table, how many rows the two dumps hold and which differ; it exits non-zero when any do. ``rows``
writes the rows of a store as it is (one before a migration and after it, say). Packed columns
are compared decoded: ``articles.mentions`` (migration 0009) as the rows of the mentions table it
replaced, and the date evidence, candidates and event dates (0010) as stored before, so dumps
from before and after them compare. Run
``dump`` once with the code before a change (a copy of that commit: the script puts its own
checkout first on ``sys.path``) and once after.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT)]

VARYING = {("articles", "ingested_at"), ("article_sources", "run")}
#: Columns compared decoded: an article's packed mentions are the mentions table's rows.
PACKED = {("articles", "mentions")}
#: Columns compared decoded, as they were stored before migration 0010 (dashboard.store.datepack).
OFFSETS = {("articles", "published_evidence_start"), ("articles", "published_evidence_end")}


def _plain(value):
    if isinstance(value, bytes):
        return "b64:" + base64.b64encode(value).decode()
    return value


def table_rows(db: Path) -> dict[str, list[str]]:
    """Every table's rows as sorted JSON strings, without the columns in :data:`VARYING`."""
    out: dict[str, list[str]] = {}
    with sqlite3.connect(db) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_") and "_fts" not in name
        ]
        for table in sorted(tables):
            cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the db
            names = [d[0] for d in cursor.description]
            keep = [i for i, n in enumerate(names) if (table, n) not in VARYING | PACKED | OFFSETS]
            rows = [dict(zip(names, row, strict=True)) for row in cursor]
            if table == "articles" and "published_evidence_start" in names:
                rows = [_dates_as_before(row) for row in rows]
            out[table] = sorted(
                json.dumps({names[i]: _plain(row[names[i]]) for i in keep}, ensure_ascii=False)
                for row in rows
            )
            if table == "articles" and "mentions" in names:
                out["mentions"] = _unpacked(rows, _place_ids(conn))
    return out


def _dates_as_before(row: dict) -> dict:
    """An articles row with its date evidence and event dates as stored before 0010."""
    from dashboard.model import article_text
    from dashboard.store import datepack

    text = article_text(row["title"], row["body"])
    at = (row["published_evidence_start"], row["published_evidence_end"])
    day = dt.date.fromisoformat(row["published"][:10]) if row["published"] else None
    candidates = datepack.candidates_from(row["published_candidates"], day)
    return {
        **row,
        "published_evidence": datepack.evidence_from(row["published_evidence"], *at, text),
        "published_candidates": json.dumps([d.isoformat() for d in candidates]),
        "event_dates": datepack.legacy_events(datepack.events_from(row["event_dates"], text)),
    }


def _place_ids(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Each article's place ids in rank order (packed mentions name places by number)."""
    found: dict[str, list[str]] = defaultdict(list)
    query = "SELECT article_id, place_id FROM article_places ORDER BY article_id, rank"
    for aid, place_id in conn.execute(query):
        found[aid].append(place_id)
    return found


def _unpacked(articles: list[dict], places: dict[str, list[str]]) -> list[str]:
    """The rows of the mentions table, from the articles' packed mentions (migration 0009)."""
    from dashboard.store.mentionpack import unpack

    found = (
        {"article_id": a["id"], **m}
        for a in articles
        for m in unpack(a["mentions"], a["title"], a["body"], places.get(a["id"], []))
    )
    return sorted(json.dumps(m, ensure_ascii=False) for m in found)


def write_rows(db: Path, out: Path, first: dict | None = None) -> None:
    with out.open("w", encoding="utf-8") as f:
        if first is not None:
            f.write(json.dumps(first, ensure_ascii=False) + "\n")
        for table, rows in table_rows(db).items():
            for row in rows:
                f.write(json.dumps({"table": table, "row": row}, ensure_ascii=False) + "\n")


def dump(paths: list[Path], workers: int, out: Path) -> None:
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store

    db = Path(tempfile.mkdtemp(prefix="store-rows-")) / "store.sqlite"
    store = Store(str(db))
    report = ingest_paths(paths, store, workers=workers)
    store.close()
    write_rows(db, out, {"report": report.lines()})
    print(report.lines()[0], f"→ {out}")


def _load(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    report: list[str] = []
    tables: dict[str, list[str]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            if "report" in entry:
                report = entry["report"]
            else:
                tables[entry["table"]].append(entry["row"])
    return report, tables


def compare(a: Path, b: Path) -> int:
    report_a, rows_a = _load(a)
    report_b, rows_b = _load(b)
    differ = 0
    for table in sorted(set(rows_a) | set(rows_b)):
        left, right = set(rows_a.get(table, [])), set(rows_b.get(table, []))
        only = len(left - right) + len(right - left)
        differ += only
        print(
            f"{table}: {len(rows_a.get(table, []))} / {len(rows_b.get(table, []))} rows, "
            f"{only} differ"
        )
        for row in sorted(left - right)[:3]:
            print(f"  only in {a.name}: {row[:300]}")
        for row in sorted(right - left)[:3]:
            print(f"  only in {b.name}: {row[:300]}")
    if report_a != report_b:
        differ += 1
        print("the reports differ:", *sorted(set(report_a) ^ set(report_b))[:6], sep="\n  ")
    print("identical" if not differ else f"{differ} rows differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="ingest into a new store and write its rows")
    d.add_argument("paths", type=Path, nargs="+")
    d.add_argument("--workers", type=int, default=1)
    d.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("rows", help="write the rows of a store as it is (no ingest)")
    r.add_argument("db", type=Path)
    r.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("compare", help="compare two dumps, table by table")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.paths, args.workers, args.out)
        return 0
    if args.command == "rows":
        write_rows(args.db, args.out)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
