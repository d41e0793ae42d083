"""The store's rows held in memory for the dashboard: one copy per store version, per process.

The app reads every article and place row once per version of the store (a counter the store
bumps with every write, see :mod:`dashboard.store.upsert`) and filters them in memory on each
page view. Keeping them here, outside Streamlit,
lets ``python -m dashboard serve`` read them before the server starts, so the first visitor does
not wait for the load. The rows are shared: callers must not modify them.

Each place row gets its reviewed Indonesian display name (``name_id``, None when not known) from
the bundled gazetteer here, looked up by place id when read: the store keeps what the geotagger
found, so stores written before a name was reviewed show it too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping

from dashboard.geo.gazetteer import display_names

_LOCK = threading.Lock()
_ROWS: dict[tuple[str, tuple], tuple[tuple[dict, ...], tuple[dict, ...]]] = {}


def store_version(store) -> tuple:
    """The cache key of ``store``'s rows: its version counter, bumped in the same transaction as
    every write that changes them (by any process), so an edited article shows at once."""
    return ("version", store.version())


def load_rows(store, db: str, version: tuple) -> tuple[tuple[dict, ...], tuple[dict, ...]]:
    """``(article_rows, place_rows)`` of ``store`` at ``version``; read once, then shared."""
    key = (db, version)
    with _LOCK:
        if key not in _ROWS:
            places = with_display_names(store.place_rows(), display_names())
            rows = (tuple(store.article_rows()), tuple(places))
            for old in [k for k in _ROWS if k[0] == db]:
                del _ROWS[old]  # only the newest version of a store is kept
            _ROWS[key] = rows
        return _ROWS[key]


def with_display_names(place_rows: Iterable[dict], names: Mapping[str, str]) -> list[dict]:
    """The place rows, each with ``name_id``: its display name in ``names`` (None if absent)."""
    return [{**row, "name_id": names.get(row["place_id"])} for row in place_rows]
