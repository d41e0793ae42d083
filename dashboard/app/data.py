"""The app's cached loaders over the store (Streamlit caches, keyed on the store's version).

Every loader takes what it uses as arguments: the store path or URL and its version, so a change
to the store (an ingest, an upload) is a new cache key and nothing stale is shown.
"""

from __future__ import annotations

import streamlit as st

from dashboard.errors import GazetteerError
from dashboard.map import data as mapdata
from dashboard.map.basemap import load_boundaries
from dashboard.store.location import configured_db
from dashboard.view import snapshot as viewdata


def db_location() -> str:
    """The store the app shows: ``SYRIA_NEWS_DB`` or ``SYRIA_NEWS_DB_FILE``, else the default."""
    return configured_db()


@st.cache_resource(show_spinner=False)
def open_store(db: str):
    from dashboard.store.archive import Store

    return Store(db)  # a file's folder is made when missing


def store_version(db: str) -> tuple:
    return viewdata.store_version(open_store(db))


@st.cache_resource(show_spinner="Memuat artikel …", max_entries=2)
def load_rows(db: str, version: tuple) -> tuple[tuple[dict, ...], tuple[dict, ...]]:
    """All article and place rows, keyed on the store's version; shared, never modified.

    A resource cache, not ``st.cache_data``: at 20,000 articles (≈90,000 place links) copying
    the rows out of a data cache on every run costs ≈0.2 s, a fifth of the re-render budget.
    ``serve`` may already have read them (see :mod:`dashboard.view.snapshot`).
    """
    return viewdata.load_rows(open_store(db), db, version)


@st.cache_data(show_spinner=False, max_entries=64)
def search_ids(db: str, version: tuple, query: str) -> frozenset[str]:
    return frozenset(open_store(db).search(query))


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
def governorate_names() -> dict[str, str]:
    """Governorate P-code → Indonesian name from the gazetteer; ``{}`` (canonical names shown)
    when the gazetteer cannot be read, since names are display only."""
    from dashboard.geo.gazetteer import load_gazetteer

    try:
        return mapdata.governorate_names(load_gazetteer().places.values())
    except GazetteerError:
        return {}
