"""The app's shared state: every filter, the layers, the range, the place and the article live in
the URL, and selections made by a map click are applied before their widgets exist.

The URL's query parameters are read on a session's first run and written back at the end of
every run, so a view can be shared by its link: what the sender saw is what the recipient sees.
"""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from dashboard.view import timeline

#: Query parameter → (widget key, kind). Lists are repeated parameters (``?gov=A&gov=B``).
URL_KEYS = {
    "outlet": ("outlet_filter", "list"),
    "gov": ("admin1_filter", "list"),
    "q": ("search", "text"),
    "conf": ("min_confidence", "float"),
    "layers": ("layers", "list"),
    "tiles": ("osm_tiles", "flag"),
    "undated": ("show_undated", "flag"),
    "place": ("selected_place", "text"),
    "article": ("open_article", "text"),
}
DEFAULTS = {
    "outlet_filter": [],
    "admin1_filter": [],
    "search": "",
    "min_confidence": 0.0,
    "layers": ["markers"],
    "osm_tiles": False,  # offline by default: no request to a tile server unless chosen
    "show_undated": True,
    "selected_place": None,
    "open_article": None,
}


def _read(qp, name: str, kind: str):
    if kind == "list":
        return [v for v in qp.get_all(name) if v]
    value = qp.get(name)
    if kind == "float":
        try:
            return min(1.0, max(0.0, float(value)))
        except (TypeError, ValueError):
            return None
    if kind == "flag":
        return value not in ("0", "false", "")
    return value or None


def _url_now() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in st.query_params}


def apply_query_params(bounds, default_range) -> None:
    """Take every filter, the range, place and article from the URL: on a session's first run,
    and whenever the URL is not the one this app wrote last (the browser's Back or Forward
    button: the view goes back with it, an opened article closes)."""
    ss = st.session_state
    first = not ss.get("_snm_started")
    if not first and _url_now() == ss.get("_snm_written", _url_now()):
        return
    ss["_snm_started"] = True
    qp = st.query_params
    for name, (key, kind) in URL_KEYS.items():
        value = _read(qp, name, kind) if name in qp else None
        if value is not None:
            ss[key] = value
        elif not first:  # gone from the URL: back to its default
            ss[key] = DEFAULTS[key]
    start, end = timeline.parse_day(qp.get("start")), timeline.parse_day(qp.get("end"))
    if bounds and (start or end):
        low, high = default_range or bounds
        ss["date_range"] = timeline.clamp_range((start or low, end or high), bounds)
    elif not first:
        ss["date_range"] = None  # the default range (see app.panels.prepare_range)
    if ss.get("selected_place"):
        ss["_frame_place"] = True  # a shared place is framed; a click on the map keeps the view


def view_params(default_range, chosen) -> dict[str, str | list[str]]:
    """The view as query parameters: what differs from the defaults (lists as lists)."""
    ss = st.session_state
    params: dict[str, str | list[str]] = {}
    if default_range and chosen and tuple(chosen) != tuple(default_range):
        params["start"], params["end"] = chosen[0].isoformat(), chosen[1].isoformat()
    for name, (key, kind) in URL_KEYS.items():
        value = ss.get(key, DEFAULTS[key])
        if value == DEFAULTS[key] or value is None:
            continue
        if kind == "list":
            params[name] = [str(v) for v in value]
        elif kind == "flag":
            params[name] = "1" if value else "0"
        else:
            params[name] = str(value)
    return params


def remember_range(default_range, chosen) -> None:
    """Keep this run's range, for links built before the run ends (:func:`place_link`)."""
    st.session_state["_link_range"] = (default_range, chosen)


def place_link(place_id: str) -> str:
    """A link to this view with ``place_id`` selected and no article open (a chip's or a
    highlighted name's): the page loads it as a shared link, so every filter stays."""
    params = view_params(*st.session_state.get("_link_range", (None, None)))
    params.pop("article", None)
    params["place"] = place_id
    return "?" + urlencode(params, doseq=True)


def write_query_params(default_range, chosen) -> None:
    params = view_params(default_range, chosen)
    wanted = {k: v if isinstance(v, list) else [v] for k, v in params.items()}
    if _url_now() != wanted:
        st.query_params.from_dict(params)
    st.session_state["_snm_written"] = wanted


def apply_pending() -> None:
    """Selections made by a map click in the last run, applied before their widgets exist."""
    ss = st.session_state
    if "_pending_place" in ss:
        ss["selected_place"] = ss.pop("_pending_place")
    if "_pending_admin1" in ss:
        ss["admin1_filter"] = ss.pop("_pending_admin1")


def open_article(article_id: str | None) -> None:
    """Button callback: open an article (``None`` goes back to the list)."""
    st.session_state["open_article"] = article_id
