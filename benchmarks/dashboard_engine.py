"""Server-side cost of the dashboard's view engine, measured in process (no Streamlit):
building the columns once per store version, then what one timeline change computes (the
selection, the place summaries with their popup rows, the clusters, the map's data layers), each
step in CPU seconds (the ``_s`` figures of the steps), which a busy machine inflates far less
than wall time.

Used by ``bench_dashboard.py``; also runs alone:

    python benchmarks/dashboard_engine.py --db /tmp/bench/bench.sqlite
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_engine(db: Path, windows) -> dict:
    """Columns build, then each window's selection → summaries → clusters → map layers."""
    from dashboard.geo.gazetteer import display_names
    from dashboard.map.assets import local_urls
    from dashboard.map.clusters import cluster_places
    from dashboard.map.data import listed_articles, listed_cap, places_in_view, summarize
    from dashboard.map.render import build_map_parts
    from dashboard.store import columns, query
    from dashboard.store.archive import Store

    store = Store(str(db))
    before = _rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    cols = columns.build(*store.engine_rows(), display_names())
    build_s, build_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    grown = _rss_mb() - before
    steps: dict[str, list[float]] = {
        k: [] for k in ("select", "summaries", "clusters", "layers", "total")
    }
    payloads = []
    for start, end in windows:
        t0 = _now()
        sel = query.select(cols, query.ViewFilter(start=start, end=end))
        t1 = _now()
        idx = places_in_view(sel)
        listed = listed_articles(sel, idx, listed_cap(len(idx)))
        ids = sorted({cols.ids[a] for refs in listed.values() for a in refs})
        rows = {r.id: r for r in store.article_rows(ids)}
        places = summarize(sel, idx, listed, rows)
        t2 = _now()
        points = [cols.place_index[p.id] for p in places if p.kind != "admin1" and not p.radius_km]
        clustering = cluster_places(sel, points)
        t3 = _now()
        parts = build_map_parts(
            places,
            assets=local_urls("../x/"),
            outlines_url="../outlines/",  # as the app: the page fetches them
            layers=("markers",),
            clustering=clustering,
            admin1_counts=sel.gov_counts,
        )
        html = "".join(_layer_script(g, parts) for g in parts.layers)
        t4 = _now()
        for key, value in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0), strict=True):
            steps[key].append(value)
        payloads.append(len(html.encode()))
    return {
        "articles": cols.n_articles,
        "places": len(cols.places),
        "links": int(len(cols.link_article)),
        "columns_build_s": build_s,
        "columns_build_cpu_s": build_cpu_s,
        "columns_rss_mb": grown,
        **{f"{k}_median_s": statistics.median(v) for k, v in steps.items()},
        "total_max_s": max(steps["total"]),
        "layers_bytes_max": max(payloads),
    }


def _now() -> float:
    """CPU seconds of this process: the steps' cost on a shared, busy machine (wall time there
    mostly measures the other jobs)."""
    return time.process_time()


def _layer_script(group, parts) -> str:
    import streamlit_folium

    parts.base.render()
    return streamlit_folium._get_feature_group_string(group, parts.base, 0)


def main() -> int:
    import datetime as dt

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("SYRIA_NEWS_DB", str(args.db))
    windows = (
        (dt.date(2011, 1, 1), dt.date(2030, 1, 1)),
        (dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
    )
    from store_size import size_beyond_text  # the one store-size query (checkpoints the WAL)

    found = {**time_engine(args.db, windows), **size_beyond_text(args.db)}
    for key, value in found.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
