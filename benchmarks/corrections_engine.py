"""What analysts' corrections cost the view engine: reading its rows with the corrections applied
(``Store.shown_engine_rows``) against the machine's rows alone (``Store.engine_rows``), on a
synthetic store of N articles (two places each) with K corrections (remove, add, date, focus).

    python benchmarks/corrections_engine.py --n 20000 --corrections 0 200 2000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "tests")]


def build(db: str, n: int):
    from test_store import article, geotag_for

    from dashboard.store.archive import Store

    store = Store(db)
    batch = []
    for i in range(n):
        day = 1 + i % 28
        body = f"DAMASKUS - Serangan ke-{i} di Ghutah Timur, Senin ({day:02d}/05/2019)."
        a = article(body=body, path=f"{i}.txt", title=f"Judul {i}")
        batch.append((a, geotag_for(a)))
        if len(batch) == 2000:
            store.save(batch)
            batch = []
    store.save(batch)
    return store


def correct(store, k: int) -> None:
    from dashboard.store.corrections import Correction
    from dashboard.store.listing import article_rows

    with store.engine.connect() as conn:
        rows = article_rows(conn)[:k]
    idlib = {"place_id": "gn:169389", "name": "Idlib", "kind": "populated_place", "lat": 35.93,
             "lon": 36.63, "in_syria": True, "admin1": "Idlib", "admin1_pcode": "SY07"}  # fmt: skip
    kinds = (
        {"action": "remove_place", "place_id": "region:eastern-ghouta"},
        {"action": "add_place", "place_id": "gn:169389", "place": idlib},
        {"action": "set_date", "value": "2019-06-15"},
        {"action": "set_focus", "place_id": "gn:170654"},
    )
    for n, r in enumerate(rows):
        entry = Correction(None, r.id, reviewer="bench", article_key=r.path, **kinds[n % 4])
        store.correct(entry, None)


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--corrections", type=int, nargs="+", default=[0, 200, 2000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = build(str(Path(tmp) / "bench.sqlite"), args.n)
        done = 0
        for k in sorted(args.corrections):
            correct(store, k - done)
            done = k
            machine = timed(store.engine_rows)
            shown = timed(store.shown_engine_rows)
            print(
                f"{args.n} articles, {k} corrections: engine_rows {machine * 1000:.0f} ms, "
                f"shown_engine_rows {shown * 1000:.0f} ms (+{(shown - machine) * 1000:.0f} ms)"
            )
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
