"""The app's cached loaders over the store (Streamlit caches, keyed on the store's version).

Every loader takes what it uses as arguments: the store path or URL and its version, so a change
to the store (an ingest, an upload) is a new cache key and nothing stale is shown. The view
columns of every article are held once per version; words (titles, chips, texts) are read from
the store only for what is on screen.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import streamlit as st

from dashboard.errors import GazetteerError
from dashboard.geo.gazetteer import display_names
from dashboard.map import data as mapdata
from dashboard.map.basemap import Label, load_boundaries
from dashboard.map.basemap import city_labels as _city_labels
from dashboard.map.placetable import PlaceTable, process_folder, prune, table_json, write_table
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store.columns import Columns
from dashboard.store.location import configured_db
from dashboard.view import snapshot as viewdata

#: Where this server process writes the place tables it serves (removed when it exits, or by the
#: next server when it was killed).
PLACE_TABLE_DIR = process_folder(Path(tempfile.gettempdir()))
atexit.register(shutil.rmtree, PLACE_TABLE_DIR, ignore_errors=True)
#: The views' place layers kept in that folder (0.4 MB each at 100,000 articles): older ones are
#: removed, and a session whose view lost its file writes it again on its next run.
KEEP_LAYER_FILES = 64


def db_location() -> str:
    """The store the app shows: ``SYRIA_NEWS_DB`` or ``SYRIA_NEWS_DB_FILE``, else the default."""
    return configured_db()


@st.cache_resource(show_spinner=False)
def open_store(db: str):
    from dashboard.store.archive import Store

    return Store(db)  # a file's folder is made when missing


def store_version(db: str) -> tuple:
    return viewdata.store_version(open_store(db))


def columns(db: str, version: tuple) -> Columns:
    """The view columns of the store at ``version`` (see :mod:`dashboard.view.snapshot`)."""
    return viewdata.load_columns(open_store(db), db, version)


@st.cache_resource(show_spinner=False, max_entries=4)
def place_choices(db: str, version: tuple) -> dict[str, str]:
    """The place picker's list for the store at ``version`` (see
    :func:`dashboard.map.data.place_choices`); shared, not copied: callers must not change it."""
    return mapdata.place_choices(columns(db, version))


@st.cache_resource(show_spinner=False, max_entries=4)
def place_table(db: str, version: tuple, base: str) -> PlaceTable:
    """The fixed fields of every place of the store at ``version``, written once into
    :data:`PLACE_TABLE_DIR` (served at ``base``; see :mod:`dashboard.map.placetable`)."""
    data, rows = table_json(columns(db, version), governorate_names())
    return PlaceTable(base + write_table(PLACE_TABLE_DIR, data), rows)


def layer_file(data: bytes) -> str:
    """Write a view's place layer (:func:`dashboard.map.layers.view_json`) into
    :data:`PLACE_TABLE_DIR`; its file name."""
    name = write_table(PLACE_TABLE_DIR, data, prefix="layer")
    prune(PLACE_TABLE_DIR, "layer", KEEP_LAYER_FILES)
    return name


def layer_file_kept(name: str) -> bool:
    """Whether the layer file ``name`` is still served; marks it as used (kept by the prune)."""
    try:
        os.utime(PLACE_TABLE_DIR / name)
    except FileNotFoundError:
        return False
    return True


@st.cache_data(show_spinner=False, max_entries=64)
def article_rows(db: str, version: tuple, ids: tuple[str, ...]) -> dict[str, ArticleRow]:
    """The rows of the articles ``ids`` (those on screen), by id, as corrected by analysts."""
    return {r.id: r for r in open_store(db).shown_articles(ids)}


@st.cache_data(show_spinner=False, max_entries=64)
def place_rows(db: str, version: tuple, ids: tuple[str, ...]) -> dict[str, list[PlaceRow]]:
    """The place links of the articles ``ids``, by article id (the geotagger's order, then the
    places analysts added)."""
    out: dict[str, list[PlaceRow]] = {i: [] for i in ids}
    for row in viewdata.with_display_names(open_store(db).shown_rows(ids)[1], display_names()):
        out[row.article_id].append(row)
    return out


@st.cache_data(show_spinner=False, max_entries=64)
def search_ids(db: str, version: tuple, query: str) -> frozenset[str]:
    """Articles whose text holds the query, and those naming a place the query names (any
    spelling the gazetteer folds alike: "Suwayda", "Kobani")."""
    found = set(open_store(db).search(query))
    cols = columns(db, version)
    places = [cols.place_index[p] for p in place_ids_named(query) if p in cols.place_index]
    if places:
        links = np.isin(cols.link_place, np.asarray(places, dtype=np.int32))
        found.update(cols.ids[i] for i in np.unique(cols.link_article[links]))
    return frozenset(found)


def place_ids_named(query: str) -> list[str]:
    try:
        return [p.id for p in gazetteer().lookup(query)]
    except GazetteerError:
        return []


@st.cache_data(show_spinner=False, max_entries=32)
def article_detail(db: str, version: tuple, article_id: str) -> tuple[str, list[dict]] | None:
    store = open_store(db)
    article = store.article(article_id)
    if article is None:
        return None
    return article.text, store.mention_rows(article_id)


@st.cache_resource(show_spinner=False)
def boundaries():
    return load_boundaries()


@st.cache_resource(show_spinner=False)
def city_labels() -> tuple[Label, ...]:
    """The major cities named on the base map; none when the gazetteer cannot be read."""
    try:
        return _city_labels(gazetteer().places.values())
    except GazetteerError:
        return ()


@st.cache_resource(show_spinner=False)
def gazetteer():
    from dashboard.geo.gazetteer import load_gazetteer

    return load_gazetteer()


@st.cache_resource(show_spinner=False)
def governorate_names() -> dict[str, str]:
    """Governorate P-code → Indonesian name from the gazetteer; ``{}`` (canonical names shown)
    when the gazetteer cannot be read, since names are display only."""
    try:
        return mapdata.governorate_names(gazetteer().places.values())
    except GazetteerError:
        return {}
