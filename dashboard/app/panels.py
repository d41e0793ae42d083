"""The app's main panels: the timeline, the map (and what a click on it selects), the place
picker, the article cards and the opened article.

``st_folium`` is looked up on its module at call time, so tests can stand in for it.
"""

from __future__ import annotations

import streamlit as st
import streamlit_folium

from dashboard.app.data import article_detail, boundaries, governorate_names
from dashboard.app.state import open_article
from dashboard.map import assets
from dashboard.map.data import governorate_counts, governorate_pcode, summarize_places
from dashboard.map.layers import clicked_place_id
from dashboard.map.render import build_map_parts
from dashboard.view import cards, highlight, timeline
from dashboard.view import filter as viewfilter

PAGE_SIZE = 20
MAX_PLACE_CHOICES = 500
MAP_HEIGHT = 560


def timeline_section(base: viewfilter.View, bounds) -> tuple | None:
    """Histogram, range slider and the undated checkbox; returns the chosen (start, end)."""
    ss = st.session_state
    n_undated = base.n_undated
    st.checkbox(f"Tampilkan artikel tanpa tanggal ({n_undated})", value=True, key="show_undated")
    if bounds is None:
        st.caption("Belum ada artikel bertanggal.")
        return None
    low, high = timeline.slider_bounds(bounds)
    if "date_range" in ss:
        ss["date_range"] = timeline.clamp_range(ss["date_range"], (low, high))
    else:
        ss["date_range"] = bounds
    unit = timeline.bin_unit(*bounds)
    bins = timeline.histogram(base.articles, unit)
    st.vega_lite_chart(timeline.histogram_spec(bins, ss["date_range"], unit), width="stretch")
    chosen = st.slider(
        "Rentang tanggal", min_value=low, max_value=high, key="date_range", format="DD/MM/YYYY"
    )
    return tuple(chosen)  # type: ignore[arg-type]  # a two-ended slider returns a pair


def map_section(view: viewfilter.View, choices: dict, focus: list[str], asset_base: str) -> list:
    """Draw the map; returns the place summaries it shows (most articles first).

    ``asset_base`` is the URL (relative to the map's iframe) where Leaflet is served.
    """
    ss = st.session_state
    by_id = {a["id"]: a for a in view.articles}
    places = summarize_places(view.places, by_id)
    urls = assets.choose_urls(asset_base)
    if not urls.local and not ss.get("_cdn_notice"):
        ss["_cdn_notice"] = True
        st.warning(
            "Leaflet belum terpasang di mesin ini, jadi peta memuat skripnya dari CDN "
            "(perlu internet). Jalankan `python -m dashboard install-assets`."
        )
    parts = build_map_parts(
        places,
        assets=urls,
        boundaries=boundaries(),
        layers=choices["layers"],
        admin1_counts=governorate_counts(view.places),
        selected=ss.get("place_select"),
        focus=focus,
        tiles=choices["tiles"],
        governorate_names=governorate_names(),
    )
    # The base map is the same on every run, so streamlit-folium keeps its iframe and only swaps
    # the data layers; center/zoom move the view only when they change (a focus opened/closed).
    result = streamlit_folium.st_folium(
        parts.base,
        key="map",
        height=MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=parts.layers,
        center=parts.center,
        zoom=parts.zoom,
        returned_objects=["last_object_clicked", "last_object_clicked_popup"],
    )
    _handle_click(result, places, view)
    if not places:
        st.caption("Tidak ada tempat di Suriah pada artikel yang tampil.")
    return places


def _handle_click(result, places, view) -> None:
    ss = st.session_state
    result = result or {}
    click = (result.get("last_object_clicked_popup"), str(result.get("last_object_clicked")))
    if click == (None, "None") or click == ss.get("_last_click"):
        return
    ss["_last_click"] = click
    pid = clicked_place_id(result, places)
    if pid is None:
        return
    pcode = governorate_pcode(pid)
    if pcode is not None:  # a governorate area: filter on it
        names = {p.get("admin1_pcode"): p.get("admin1") for p in view.places}
        if names.get(pcode):
            ss["_pending_admin1"] = [names[pcode]]
            st.rerun()
        return
    select_place(pid)


def select_place(pid: str) -> None:
    """Select ``pid`` as a map click does: its articles listed, the open article closed."""
    ss = st.session_state
    if pid != ss.get("place_select"):
        ss["_pending_place"] = pid
        ss["open_article"] = None
        ss["card_limit"] = PAGE_SIZE
        st.rerun()


def place_picker(summaries: list) -> None:
    ss = st.session_state
    places = summaries[:MAX_PLACE_CHOICES]
    labels = {p.id: f"{p.name} ({p.n_articles})" for p in places}
    current = ss.get("place_select")
    if current and current not in labels:
        labels[current] = current
    st.selectbox(
        "Tempat",
        [None, *labels],
        key="place_select",
        placeholder="Semua tempat",
        format_func=lambda pid: "Semua tempat" if pid is None else labels[pid],
    )


def article_list(view: viewfilter.View) -> None:
    """Cards of the articles in view (at the selected place, if any), a page at a time."""
    ss = st.session_state
    selected = ss.get("place_select")
    rows = view.articles
    if selected:
        at = viewfilter.articles_at(selected, view.places)
        rows = tuple(a for a in rows if a["id"] in at)
    st.caption(f"{len(rows)} artikel")
    by_article: dict[str, list] = {}
    for p in view.places:
        by_article.setdefault(p["article_id"], []).append(p)
    limit = ss.setdefault("card_limit", PAGE_SIZE)
    names = governorate_names()
    for a in rows[:limit]:
        with st.container(border=True):
            places = viewfilter.places_of(a["id"], by_article.get(a["id"], []))
            st.html(cards.card_html(a, places, selected, names))
            st.button("Buka artikel", key=f"open_{a['id']}", on_click=open_article, args=(a["id"],))
    if len(rows) > limit:
        st.button(
            f"Tampilkan {min(PAGE_SIZE, len(rows) - limit)} lagi",
            key="more_cards",
            on_click=lambda: ss.__setitem__("card_limit", limit + PAGE_SIZE),
        )


def article_view(db: str, version: tuple, article: dict, all_places) -> None:
    """The opened article: header, place chips and its text with every mention highlighted.

    ``all_places`` are the store's place rows (any article); the chips show the article's
    mappable places, the marks name every place read in it (foreign ones and the country too).
    """
    links = [p for p in all_places if p["article_id"] == article["id"]]
    places = viewfilter.places_of(article["id"], links)
    st.button("← Kembali ke daftar", key="close_article", on_click=open_article, args=(None,))
    st.html(cards.article_header_html(article))
    names = governorate_names()
    st.html(cards.chips_html(places, st.session_state.get("place_select"), names))
    detail = article_detail(db, version, article["id"])
    if detail is None:
        st.error("Artikel ini tidak ada lagi di penyimpanan.")
        return
    text, mentions = detail
    labels = {p["place_id"]: cards.place_label(p, names) for p in links}
    selected = st.session_state.get("place_select")
    body = highlight.highlight(text, mentions, labels, selected=selected)
    st.html(f'<div class="snm-text">{body}</div>')
    st.caption(f"{highlight.marked_count(text, mentions)} sebutan tempat ditandai.")
