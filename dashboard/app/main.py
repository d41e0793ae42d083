"""The Streamlit dashboard: map, timeline and article panels over the store in ``SYRIA_NEWS_DB``.

The entry point (``streamlit run dashboard/app/main.py``): it lays the page out from the app layer's
modules (``app_data`` cached loaders, ``app_state`` URL and session state, ``app_sidebar``,
``app_panels``), the only modules that import Streamlit. Everything they show comes from pure
modules (viewfilter, timeline, mapdata, mapview, cards, highlight, export).
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run dashboard/app/main.py` without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import streamlit as st
import streamlit.components.v1 as components

from dashboard.app import data as app_data
from dashboard.app import panels as app_panels
from dashboard.app import search as app_search
from dashboard.app import sidebar as app_sidebar
from dashboard.app import state as app_state
from dashboard.app import upload as app_upload
from dashboard.app import urls as app_urls
from dashboard.map import assets
from dashboard.map.data import is_mappable
from dashboard.view import cards, timeline
from dashboard.view import filter as viewfilter

#: Serves dashboard/map/static (Leaflet and plugins) at /component/<name>/… with real MIME types.
_ASSET_COMPONENT = components.declare_component("snm_assets", path=str(assets.STATIC_DIR))
log = logging.getLogger("dashboard.app")
ASSET_BASE = f"../{_ASSET_COMPONENT.name}/"  # relative to streamlit-folium's iframe


def base_filter(db: str, version: tuple, choices: dict) -> viewfilter.ViewFilter:
    """Every filter but the date range (the histogram shows all dates of what they keep)."""
    matching = app_data.search_ids(db, version, choices["query"]) if choices["query"] else None
    return viewfilter.ViewFilter(
        outlets=choices["outlets"],
        admin1=choices["admin1"],
        matching=matching,
        min_confidence=choices["min_confidence"],
    )


def filtered_view(base: viewfilter.View, f: viewfilter.ViewFilter, chosen) -> viewfilter.View:
    """``base`` narrowed to the chosen date range and the undated checkbox."""
    start, end = chosen if chosen else (None, None)
    ranged = dataclasses.replace(
        f, start=start, end=end, show_undated=st.session_state.get("show_undated", True)
    )
    return viewfilter.apply(base.articles, base.places, ranged)


def summary_caption(view: viewfilter.View, n_articles: int) -> None:
    n_places = len({p["place_id"] for p in view.places if is_mappable(p)})
    st.caption(
        f"{len(view.articles)} dari {n_articles} artikel · {n_places} tempat di Suriah · "
        f"{view.n_undated} tanpa tanggal"
    )


def guarded(what: str, fallback, section, *args):
    """Run one section of the page; if it fails, a short message in its place (the traceback goes
    to the server log only) and the rest of the page still works."""
    try:
        return section(*args)
    except st.errors.StreamlitAPIException:
        raise
    except Exception:
        log.exception("%s section failed", what)
        st.error(f"{what} tidak dapat ditampilkan karena kesalahan internal (lihat log server).")
        return fallback


def main() -> None:
    st.set_page_config(page_title="Peta Berita Suriah", layout="wide")
    st.html(cards.STYLE + app_sidebar.UPLOADER_STYLE)
    db = app_data.db_location()
    app_state.apply_pending()
    with st.sidebar:
        app_upload.upload_panel(db)
        app_urls.url_panel(db)
    version = app_data.store_version(db)
    articles, places = app_data.load_rows(db, version)
    bounds = timeline.date_bounds(articles)
    app_state.apply_query_params(bounds)
    with st.sidebar:
        choices = app_sidebar.filter_widgets(articles, places)
    st.title("Peta Berita Suriah")
    if not articles:
        st.info("Belum ada artikel. Tambahkan file lewat panel kiri.")
    f = base_filter(db, version, choices)
    base = viewfilter.apply(articles, places, f)
    chosen = app_panels.timeline_section(base, bounds)
    view = filtered_view(base, f, chosen)
    summary_caption(view, len(articles))
    open_row = app_state.opened_row(view.articles, articles)
    open_places = viewfilter.places_of(open_row["id"], places) if open_row else []
    left, right = st.columns([3, 2], gap="medium")
    with left:
        focus = [p["place_id"] for p in open_places]
        summaries = guarded("Peta", [], app_panels.map_section, view, choices, focus, ASSET_BASE)
    with right:
        if open_row:
            guarded("Artikel", None, app_panels.article_view, db, version, open_row, places)
        else:
            app_panels.place_picker(summaries)
            chosen_place = app_search.place_search(summaries)
            if chosen_place:
                app_panels.select_place(chosen_place)
            app_panels.article_list(view)
    with st.sidebar:
        app_sidebar.export_buttons(view)
    app_state.write_query_params(bounds, chosen)


main()
