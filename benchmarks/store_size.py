"""Where a SQLite store's bytes go, per article: each table and index from SQLite's ``dbstat``.

    python benchmarks/store_size.py store.sqlite [more.sqlite …]

Prints, per store, the size beyond the articles' text (title and body, UTF-8) per article, as
``bench_ingest.py`` reports it, then each table's and index's pages (KB per article) and the
bytes of its rows' payload. The file is checkpointed first (WAL); pages on the free list (after
a migration dropped a table, say, until ``VACUUM``) are counted in the file and listed apart.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path


def size_beyond_text(db: Path, *, free_pages: bool = False) -> dict:
    """The store's size beyond the articles' text (title and body, UTF-8), per article, after a
    checkpoint (WAL): ``articles``, ``text_bytes``, ``file_bytes``, ``store_mb``,
    ``beyond_text_kb`` and, with ``free_pages``, the bytes on SQLite's free list
    (``free_bytes``, counted in the file)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        n, text = conn.execute(
            "SELECT count(*), sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) "
            "FROM articles"
        ).fetchone()
        if free_pages:
            page = conn.execute("PRAGMA page_size").fetchone()[0]
            free = conn.execute("PRAGMA freelist_count").fetchone()[0] * page
    size, text = db.stat().st_size, text or 0
    found = {
        "articles": n,
        "text_bytes": text,
        "file_bytes": size,
        "store_mb": size / 1e6,
        "beyond_text_kb": (size - text) / max(n, 1) / 1000,
    }
    return {**found, "free_bytes": free} if free_pages else found


def breakdown(db: Path) -> list[str]:
    size = size_beyond_text(db, free_pages=True)
    n = max(size["articles"], 1)
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT name, sum(pgsize), sum(payload) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    lines = [
        f"{db}: {n:,} articles, {size['file_bytes'] / 1e6:.2f} MB, "
        f"text {size['text_bytes'] / 1e6:.2f} MB, "
        f"beyond the text {size['beyond_text_kb']:.3f} KB an article",
        "| table or index | KB per article | payload, KB per article |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {pg / n / 1000:.3f} | {pay / n / 1000:.3f} |" for name, pg, pay in rows]
    lines.append(f"| (free pages) | {size['free_bytes'] / n / 1000:.3f} | |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stores", type=Path, nargs="+")
    for db in parser.parse_args(argv).stores:
        print(*breakdown(db), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
