"""The store's view columns held in memory for the dashboard: one copy per store version, per
process.

The app builds the numeric columns of every article, place and link once per version of the
store (a counter the store bumps with every write, see :mod:`dashboard.store.upsert`; the columns
are :mod:`dashboard.store.columns`) and filters them on each page view. Keeping them here,
outside Streamlit, lets ``python -m dashboard serve`` build them before the server starts, so the
first visitor does not wait. Only the newest version of a store is kept, so an upload does not
leave the old copy alive.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping

from dashboard.geo.gazetteer import display_names
from dashboard.rowtypes import PlaceRow
from dashboard.store import columns as cols

_LOCK = threading.Lock()
_COLUMNS: dict[tuple[str, tuple], cols.Columns] = {}


def store_version(store) -> tuple:
    """The cache key of ``store``'s rows: its version counter, bumped in the same transaction as
    every write that changes them (by any process), so an edited article shows at once."""
    return ("version", store.version())


def load_columns(store, db: str, version: tuple) -> cols.Columns:
    """The view columns of ``store`` at ``version``; built once, then shared."""
    key = (db, version)
    with _LOCK:
        if key not in _COLUMNS:
            for old in [k for k in _COLUMNS if k[0] == db]:
                del _COLUMNS[old]  # only the newest version of a store is kept
            articles, places, links, confirmed = store.shown_engine_rows()  # corrections applied
            _COLUMNS[key] = cols.build(articles, places, links, display_names(), confirmed)
        return _COLUMNS[key]


def with_display_names(rows: Iterable[PlaceRow], names: Mapping[str, str]) -> list[PlaceRow]:
    """The place rows, each with ``name_id``: its display name in ``names`` (None if absent).

    The store keeps what the geotagger found; the reviewed Indonesian name is looked up by
    place id when read, so stores written before a name was reviewed show it too."""
    return [dataclasses.replace(r, name_id=names.get(r.place_id)) for r in rows]
