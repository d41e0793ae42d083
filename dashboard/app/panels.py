"""The app's map and timeline: what a map click selects, and the histogram with its slider.

``st_folium`` is looked up on its module at call time, so tests can stand in for it.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import streamlit as st
import streamlit_folium

from dashboard.app.data import (
    article_rows,
    boundaries,
    city_labels,
    governorate_names,
    layer_file,
    layer_file_kept,
)
from dashboard.map import assets
from dashboard.map.clicks import clicked_article_id, clicked_place_id
from dashboard.map.clusters import Clustering, cluster_places
from dashboard.map.data import (
    PlaceSummary,
    governorate_pcode,
    listed_articles,
    listed_cap,
    places_in_view,
    summarize,
)
from dashboard.map.layers import view_data, view_json
from dashboard.map.placetable import PlaceTable
from dashboard.map.recency import recency_classes
from dashboard.map.render import build_map_parts
from dashboard.store import query
from dashboard.store.columns import UNDATED
from dashboard.store.query import Selection
from dashboard.view import timeline

PAGE_SIZE = 20
MAP_HEIGHT = 520


def prepare_range(bounds, default_range) -> tuple | None:
    """The chosen (start, end): the slider's state, else the default range (sure dates only)."""
    ss = st.session_state
    if bounds is None:
        return None
    low, high = timeline.slider_bounds(bounds)
    default = tuple(default_range or bounds)
    untouched = ss.get("date_range") is None or tuple(ss["date_range"]) == ss.get("_default_range")
    # A range the user never moved follows the data (an upload may widen it).
    ss["date_range"] = default if untouched else timeline.clamp_range(ss["date_range"], (low, high))
    ss["_default_range"] = default
    return tuple(ss["date_range"])


def timeline_section(sel: Selection, bounds) -> None:
    """Histogram (distinct stories among the dated articles passing the other filters) and the
    range slider."""
    ss = st.session_state
    if bounds is None:
        st.caption("Belum ada artikel bertanggal.")
        return
    low, high = timeline.slider_bounds(bounds)
    c = sel.columns
    dated = sel.base & (c.day != UNDATED)
    unit = timeline.bin_unit(*bounds)
    stories = c.story[dated] if query.grouped(c) else None  # counted as the map counts
    bins = timeline.histogram(c.day[dated], c.estimated[dated], unit, stories)
    st.vega_lite_chart(timeline.histogram_spec(bins, ss["date_range"], unit), width="stretch")
    st.slider(
        "Rentang tanggal", min_value=low, max_value=high, key="date_range", format="DD/MM/YYYY"
    )


def map_summaries(db: str, version: tuple, sel: Selection) -> list[PlaceSummary]:
    """Every place in view (most articles first), popups listing their newest articles."""
    idx = places_in_view(sel)
    listed = listed_articles(sel, idx, listed_cap(len(idx)))
    ids = tuple(sorted({sel.columns.ids[a] for refs in listed.values() for a in refs}))
    # Popups name the governorate in Indonesian.
    return summarize(sel, idx, listed, article_rows(db, version, ids), governorate_names())


def map_section(
    sel: Selection,
    places: list[PlaceSummary],
    choices: dict,
    focus: list[str],
    bases: tuple[str, str, str],
    table: PlaceTable | None = None,
    view_key: tuple | None = None,
) -> None:
    """Draw the map of ``places``; a click on a pin selects its place (the view stays).
    ``bases``: the URLs at which Leaflet's files, the outline files and the place files are
    served; ``table``: the places' fixed fields, served once per store version; ``view_key``:
    what the view's place layer depends on (store version and filters): while it stays the
    same, the layer file written for it is reused and only the selection is sent."""
    ss = st.session_state
    urls = assets.choose_urls(bases[0])
    if not urls.local and not ss.get("_cdn_notice"):
        ss["_cdn_notice"] = True
        st.warning(
            "Leaflet belum terpasang di mesin ini, jadi peta memuat skripnya dari CDN "
            "(perlu internet). Jalankan `python -m dashboard install-assets`."
        )
    selected = ss.get("selected_place")
    layer: dict = {}
    if "markers" in choices["layers"]:
        base = bases[2] if view_key else None
        layer = _layer_view(sel, places, table, base, view_key)
        layer["pinned"] = _pinned(sel, places, set(focus) | ({selected} if selected else set()))
    parts = build_map_parts(
        places,
        assets=urls,
        boundaries=boundaries(),
        layers=choices["layers"],
        admin1_counts=sel.gov_counts,
        selected=selected,
        focus=focus,
        tiles=choices["tiles"],
        governorate_names=governorate_names(),
        frame_selected=bool(ss.get("_frame_place")) or bool(focus),
        labels=city_labels(),
        outlines_url=bases[1],
        place_table=table,
        **layer,
    )
    # The base map is the same on every run, so streamlit-folium keeps its iframe and only swaps
    # the data layers; their frame (map.frame.FrameView) moves the view only when it changes (a
    # focus opened/closed), fitted in the browser at the map's real size.
    result = streamlit_folium.st_folium(
        parts.base,
        key="map",
        height=MAP_HEIGHT,
        use_container_width=True,
        feature_group_to_add=parts.layers,
        returned_objects=["last_object_clicked", "last_object_clicked_popup"],
        on_change=_on_map_change,
    )
    # What the callback reads on the next click: this run's places and selection.
    st.session_state["_map_context"] = (places, sel)
    if _apply_click(result, places, sel):  # a click the callback did not see (tests' stand-ins)
        st.rerun()
    if not places:
        st.caption("Tidak ada tempat di Suriah pada artikel yang tampil.")


def _clusterable(p: PlaceSummary) -> bool:
    return p.kind != "admin1" and not p.radius_km


def _recency(sel: Selection, places: list[PlaceSummary]) -> dict[str, int]:
    return recency_classes(sel, [p.id for p in places], st.session_state.get("date_range"))


def _layer_view(sel, places, table, base: str | None, key) -> dict:
    """The place layer's options: the clusters of every clusterable place in view, and the URL
    of the view's layer (:func:`dashboard.map.layers.view_data`), written once per view and
    kept for the session's later runs (a pin click, an article opened); without ``base`` the
    layer is inline (with its recency classes)."""
    ss = st.session_state
    cached = ss.get("_layer_view")
    if base and cached and cached[0] == key and layer_file_kept(cached[2]):
        _, clustering, name, recency = cached
        return {"clustering": clustering, "view_url": base + name, "recency": recency}
    clustering, recency = _clustered(sel, places), _recency(sel, places)
    if not base:
        return {"clustering": clustering, "recency": recency}
    drawn = [p for p in places if p.kind != "admin1"]
    name = layer_file(view_json(view_data(drawn, clustering, recency, table)))
    ss["_layer_view"] = (key, clustering, name, recency)  # recency: for the legend
    return {"clustering": clustering, "view_url": base + name, "recency": recency}


def _clustered(sel: Selection, places, leave_out: Collection[str] = ()) -> Clustering:
    c = sel.columns
    idx = [c.place_index[p.id] for p in places if _clusterable(p) and p.id not in leave_out]
    return cluster_places(sel, np.asarray(idx, dtype=np.int64))


def _pinned(sel: Selection, places, marked: set[str]) -> Clustering | None:
    """The clusters without the marked places (never inside a cluster), when any is clustered."""
    if not marked & {p.id for p in places if _clusterable(p)}:
        return None
    return _clustered(sel, places, marked)


def _on_map_change() -> None:
    """A map click, applied before the rerun it causes, so one rerun shows its result.

    Streamlit runs this callback before the script, so the run it causes shows the selection
    (applied in the script, a second run was needed for the panel drawn before the map)."""
    ss = st.session_state
    context = ss.get("_map_context")
    if context is not None:
        _apply_click(ss.get("map"), *context)


def _apply_click(result, places, sel: Selection) -> bool:
    """Apply a new click on the map; True when the page must run again to show it."""
    ss = st.session_state
    result = result or {}
    click = (result.get("last_object_clicked_popup"), str(result.get("last_object_clicked")))
    if click == (None, "None") or click == ss.get("_last_click"):
        return False
    ss["_last_click"] = click
    article = clicked_article_id(result)
    if article is not None:  # a title in a popup: open that article (an unknown id is dropped)
        ss["open_article"] = article
        return True
    pid = clicked_place_id(result, places)
    if pid is None:
        return False
    pcode = governorate_pcode(pid)
    if pcode is not None:  # a governorate area: filter on it
        c = sel.columns
        names = dict(zip(c.govs, c.gov_names, strict=True))
        if names.get(pcode):
            ss["_pending_admin1"] = [names[pcode]]
            return True
        return False
    return _choose_place(pid)


def select_place(pid: str) -> None:
    """Select ``pid`` as a map click does: its articles listed, the open article closed."""
    if _choose_place(pid):
        st.rerun()


def _choose_place(pid: str) -> bool:
    """Set ``pid`` to be selected on the next run; True when that changes the selection."""
    ss = st.session_state
    if pid == ss.get("selected_place"):
        return False
    ss["_pending_place"] = pid
    ss["_frame_place"] = False  # the user chose the view: keep it
    ss["open_article"] = None
    ss["card_limit"] = PAGE_SIZE
    return True
