"""Two ingests at once into one store, and the dashboard's reads during an ingest, per backend.

Each ingest is a real process (``ingest_paths`` with the bundled gazetteer, small batches so the
two interleave), held at a start line until both are ready. Afterwards every table is checked
against the same files ingested one after the other into a fresh SQLite store: the same articles,
sources, places and mentions, none lost, none doubled.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text
from storehelp import mention_table

from dashboard.pipeline import ingest_paths
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration

PLACES = ("Douma", "Homs", "Aleppo", "Idlib", "Raqqa", "Deir ez-Zor", "Daraa", "Palmyra")
WORKER = """
import json, sys, time
from pathlib import Path
from dashboard.pipeline import ingest_paths
from dashboard.store.archive import Store

url, go, *paths = sys.argv[1:]
store = Store(url)
from dashboard.pipeline import default_geotagger
tagger, _ = default_geotagger()
print("ready", flush=True)
while not Path(go).exists():
    time.sleep(0.01)
start = time.time()
report = ingest_paths([Path(p) for p in paths], store, geotagger=tagger, batch_size=7)
print(json.dumps({"start": start, "end": time.time(), "read": report.read,
                  "skipped": report.skipped, "warnings": report.warnings}), flush=True)
"""


def _body(i: int) -> str:
    a, b = PLACES[i % len(PLACES)], PLACES[(i * 3 + 1) % len(PLACES)]
    return f"{a.upper()} - Laporan nomor {i}: warga {a} mengungsi ke {b}, Senin (27/05/2019)."


def make_corpus(root: Path) -> tuple[list[Path], list[Path]]:
    """Two inputs that overlap: one export both read, and folders sharing some texts."""
    root.mkdir()
    export = root / "shared.jsonl"
    lines = [json.dumps({"title": f"Ekspor {i}", "text": _body(i)}) for i in range(90)]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, numbers in (("a", range(100, 160)), ("b", range(140, 200))):  # 140-159 in both
        folder = root / name
        folder.mkdir()
        for i in numbers:
            (folder / f"{i}.txt").write_text(f"Berita {i}\n{_body(i)}", encoding="utf-8")
    return [export, root / "a"], [export, root / "b"]


def table_contents(store: Store) -> dict[str, Counter]:
    """Each table as a multiset of the columns that do not depend on timing or run order."""
    queries = {
        "articles": "SELECT id, title, body, n_places, focus_place_id FROM articles",
        "sources": "SELECT file, article_id, line FROM article_sources",
        "places": "SELECT article_id, place_id, rank, is_focus, n_mentions FROM article_places",
    }
    with store.engine.connect() as conn:
        found = {k: Counter(map(tuple, conn.execute(text(q)))) for k, q in queries.items()}
        found["mentions"] = Counter(m[:5] for m in mention_table(conn))
    return found


def start_workers(url: str, inputs: list[list[Path]], go: Path) -> list[subprocess.Popen]:
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, str(go), *map(str, paths)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in inputs
    ]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    go.touch()
    return procs


def finish(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return json.loads(out.strip().splitlines()[-1])


def expected(tmp_path: Path, inputs: list[list[Path]]) -> dict[str, Counter]:
    reference = Store(str(tmp_path / "reference.sqlite"))
    for paths in inputs:
        ingest_paths(paths, reference)
    return table_contents(reference)


def test_two_ingests_at_once_lose_and_double_nothing(store_url, tmp_path):
    inputs = make_corpus(tmp_path / "in")
    store = Store(store_url)
    results = [finish(p) for p in start_workers(store_url, inputs, tmp_path / "go")]
    assert [r["read"] for r in results] == [150, 150]
    assert all(not r["skipped"] and not r["warnings"] for r in results)
    first, second = sorted(results, key=lambda r: r["start"])
    assert second["start"] < first["end"], "the two ingests did not overlap"

    found, want = table_contents(store), expected(tmp_path, inputs)
    assert found == want
    assert store.count() == 90 + 100  # the export, and the folders' 100 distinct texts
    assert len(found["sources"]) == 90 + 120  # the shared texts have a source in each folder
    assert all(n == 1 for table in found.values() for n in table.values())  # nothing doubled
    assert sum(found["places"].values()) >= 190 and sum(found["mentions"].values()) >= 190


def test_the_dashboard_reads_while_an_ingest_writes(store_url, tmp_path):
    inputs = make_corpus(tmp_path / "in")
    store = Store(store_url)
    (proc,) = start_workers(store_url, [inputs[0] + [inputs[1][1]]], tmp_path / "go")
    seen, errors = [], []
    while proc.poll() is None:
        try:
            articles, places = store.article_rows(), store.place_rows()
            store.search("mengungsi")
            seen.append((len(articles), len(places)))
        except Exception as exc:  # noqa: BLE001 — any error while reading fails the test
            errors.append(repr(exc))
        time.sleep(0.005)
    result = finish(proc)
    assert errors == [] and result["read"] == 210
    counts = [n for n, _ in seen]
    assert counts == sorted(counts), "a reader saw articles disappear"
    assert any(0 < n < 190 for n in counts), "no read happened during the ingest"
    assert table_contents(store) == expected(tmp_path, [inputs[0] + [inputs[1][1]]])
    assert len(store.search("mengungsi")) == 190
