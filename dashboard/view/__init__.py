"""Stage 6, view: what the dashboard's panels show, as pure functions over the store's rows.

Public: :class:`ViewFilter` and :func:`apply` (the filters → the articles and places in view),
:func:`load_rows` and :func:`store_version` (rows read once per store version, with their
Indonesian display names), :func:`histogram` (the timeline), :func:`to_csv` and
:func:`to_geojson` (export). The ``highlight`` module marks an article's place mentions (its
function is not re-exported: it would hide the module). Internals: ``filter``, ``snapshot``,
``timeline``, ``cards``, ``export``.
"""

from dashboard.view.export import to_csv, to_geojson
from dashboard.view.filter import View, ViewFilter, apply
from dashboard.view.snapshot import load_rows, store_version
from dashboard.view.timeline import histogram

__all__ = [
    "View",
    "ViewFilter",
    "apply",
    "histogram",
    "load_rows",
    "store_version",
    "to_csv",
    "to_geojson",
]
