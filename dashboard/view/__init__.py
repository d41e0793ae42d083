"""Stage 6, view: what the dashboard's panels show, as pure functions over typed rows.

Public: :func:`load_columns` and :func:`store_version` (the view engine's columns, built once per
store version; the filters and counts themselves are :mod:`dashboard.store.query`),
:func:`with_display_names` (place rows with their Indonesian names), :func:`histogram` (the
timeline), :func:`to_csv` and :func:`to_geojson` (export). The ``highlight`` module marks an
article's place mentions (its function is not re-exported: it would hide the module).
Internals: ``snapshot``, ``timeline``, ``cards``, ``export``.
"""

from dashboard.view.export import to_csv, to_geojson
from dashboard.view.snapshot import load_columns, store_version, with_display_names
from dashboard.view.timeline import histogram

__all__ = [
    "histogram",
    "load_columns",
    "store_version",
    "to_csv",
    "to_geojson",
    "with_display_names",
]
