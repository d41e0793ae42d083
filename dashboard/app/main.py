"""The Streamlit dashboard: map, timeline and article panels over the store in ``SYRIA_NEWS_DB``.

The entry point (``streamlit run dashboard/app/main.py``): it lays the page out from the app layer's
modules (``app_data`` cached loaders, ``app_state`` URL and session state, ``app_sidebar``,
``app_panels`` map and timeline, ``app_articles`` the article panel), the only modules that import
Streamlit. Everything they show comes from pure modules (store.query, timeline, map.data,
map.render, cards, highlight, export).
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run dashboard/app/main.py` without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import streamlit as st
import streamlit.components.v1 as components

from dashboard.app import articles as app_articles
from dashboard.app import data as app_data
from dashboard.app import panels as app_panels
from dashboard.app import review as app_review
from dashboard.app import search as app_search
from dashboard.app import sidebar as app_sidebar
from dashboard.app import state as app_state
from dashboard.app import upload as app_upload
from dashboard.app import urls as app_urls
from dashboard.map import assets
from dashboard.map.basemap import BOUNDARIES_DIR
from dashboard.store import query
from dashboard.view import cards, export

#: Serves dashboard/map/static (Leaflet and plugins) at /component/<name>/… with real MIME types.
_ASSET_COMPONENT = components.declare_component("snm_assets", path=str(assets.STATIC_DIR))
log = logging.getLogger("dashboard.app")
ASSET_BASE = f"../{_ASSET_COMPONENT.name}/"  # relative to streamlit-folium's iframe
#: Serves the outline GeoJSON files the base map fetches (not sent with the map on each rerun).
_OUTLINES_COMPONENT = components.declare_component("snm_outlines", path=str(BOUNDARIES_DIR))
OUTLINES_BASE = f"../{_OUTLINES_COMPONENT.name}/"
#: Serves the place tables (each place's fixed fields, one file per store version).
_PLACES_COMPONENT = components.declare_component("snm_places", path=str(app_data.PLACE_TABLE_DIR))
PLACES_BASE = f"../{_PLACES_COMPONENT.name}/"
#: The page is the map: little space above it, the article panel beside it.
PAGE_STYLE = """
<style>
.block-container { padding-top: 1.2rem; padding-bottom: 1rem; }
h1 { font-size: 1.4rem !important; padding: 0 0 .2rem 0 !important; }
/* Below 768 px Streamlit's header (60 px, with the sidebar button) is opaque: start under it,
   or it hides the title and the numbers above the map. */
@media (max-width: 768px) { .block-container { padding-top: 4rem; } }
</style>
"""


def view_filter(db: str, version: tuple, choices: dict, chosen) -> query.ViewFilter:
    matching = app_data.search_ids(db, version, choices["query"]) if choices["query"] else None
    start, end = chosen if chosen else (None, None)
    return query.ViewFilter(
        start=start,
        end=end,
        outlets=choices["outlets"],
        admin1=choices["admin1"],
        matching=matching,
        min_confidence=choices["min_confidence"],
    )


def summary_caption(sel: query.Selection, n_places: int) -> None:
    st.caption(
        f"{sel.n_view_stories} cerita dalam {sel.n_view} dari {sel.columns.n_articles} artikel "
        "(bertanggal, dalam rentang; salinan satu cerita dihitung sekali) · "
        f"{n_places} tempat di Suriah · {sel.n_undated} tanpa tanggal, di luar hitungan"
    )


def opened_row(db: str, version: tuple):
    """The open article's row; an id the store does not know is dropped (the list is shown)."""
    open_id = st.session_state.get("open_article")
    if not open_id:
        return None
    row = app_data.article_rows(db, version, (open_id,)).get(open_id)
    if row is None:
        st.session_state["open_article"] = None
    return row


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


def map_column(column, numbers, view, sel, places, choices, focus, bounds) -> None:
    """The map, the numbers above it (written once the map is sent), the timeline under it.
    ``view``: the store, its version and the filters."""
    db, version, filters = view
    with column:
        table = app_data.place_table(db, version, PLACES_BASE)
        bases = (ASSET_BASE, OUTLINES_BASE, PLACES_BASE)
        args = (sel, places, choices, focus, bases, table, (version, filters))
        guarded("Peta", None, app_panels.map_section, *args)
        with numbers.container():
            summary_caption(sel, len(places))
        app_panels.timeline_section(sel, bounds)


def panel_column(column, db, version, sel, open_row, places) -> None:
    """The opened article with its corrections, or the place picker, search and article list."""
    with column:
        if open_row:
            guarded("Artikel", None, app_articles.article_view, db, version, open_row)
            guarded("Koreksi", None, app_review.panel, db, version, open_row)
        else:
            app_articles.place_picker(db, version)
            chosen_place = app_search.place_search(places)
            if chosen_place:
                app_panels.select_place(chosen_place)
            app_articles.article_list(db, version, sel)


def main() -> None:
    st.set_page_config(page_title="Peta Berita Suriah", layout="wide")
    st.html(cards.STYLE + app_sidebar.UPLOADER_STYLE + app_sidebar.WIDGET_TEXT_STYLE + PAGE_STYLE)
    db = app_data.db_location()
    app_state.apply_pending()
    with st.sidebar:
        app_upload.upload_panel(db)
        app_urls.url_panel(db)
    # Every part of the main area that some runs draw and others do not sits in a container of
    # its own, so the panels below keep their place from run to run: the sign-in draws hidden
    # cookie components in the main area, two on the run that signs in and none later, and the
    # article panel, moved down and back, showed a faded stale copy beside the new one.
    with st.container():
        app_review.sign_in_panel()  # editors off localhost (serve --edit)
    version = app_data.store_version(db)
    cols = app_data.columns(db, version)
    bounds = query.date_bounds(cols)
    default_range = query.date_bounds(cols, sure_only=True)
    app_state.apply_query_params(bounds, default_range)
    with st.sidebar:
        choices = app_sidebar.filter_widgets(cols)
    st.title("Peta Berita Suriah")
    with st.container():
        if not cols.n_articles:
            st.info("Belum ada artikel. Tambahkan file lewat panel kiri.")
    chosen = app_panels.prepare_range(bounds, default_range)
    app_state.remember_range(default_range, chosen)
    filters = view_filter(db, version, choices, chosen)
    sel = query.select(cols, filters)
    open_row = opened_row(db, version)
    focus = []
    if open_row:
        links = app_data.place_rows(db, version, (open_row.id,)).get(open_row.id, [])
        focus = [p.place_id for p in links if p.mappable]
    places = functools.cache(lambda: app_panels.map_summaries(db, version, sel))
    numbers = st.empty()  # filled once the map is sent: the numbers never run ahead of it
    left, right = st.columns([3, 2], gap="medium")
    view = (version, filters, tuple(choices["layers"]), choices["tiles"])
    sections = [
        lambda: map_column(
            left, numbers, (db, version, filters), sel, places(), choices, focus, bounds
        ),
        lambda: panel_column(right, db, version, sel, open_row, places),
    ]
    if st.session_state.get("_drawn_view") == view:
        # Only the selection, the open article or the list changed (a pin click): the panel
        # is sent first, and the map, whose numbers stay the same, follows.
        sections.reverse()
    for section in sections:
        section()
    st.session_state["_drawn_view"] = view
    with st.sidebar:
        mask = app_articles.listed_mask(sel)
        app_sidebar.export_buttons(
            lambda: app_articles.export_rows(db, sel, mask),
            lambda: export.to_map_html(
                places(),
                admin1_counts=sel.gov_counts,
                boundaries=app_data.boundaries(),
                governorate_names=app_data.governorate_names(),
            ),
        )
    app_state.write_query_params(default_range, chosen)


main()
