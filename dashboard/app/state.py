"""The app's shared state: the range, place and article in the URL, and pending selections.

The URL's query parameters (``start``, ``end``, ``place``, ``article``) are read on a session's
first run and written back at the end of every run, so a view can be shared by its link.
"""

from __future__ import annotations

import streamlit as st

from dashboard.view import timeline


def apply_query_params(bounds) -> None:
    """On a session's first run, take the range, place and article from the URL."""
    ss = st.session_state
    if ss.get("_snm_started"):
        return
    ss["_snm_started"] = True
    qp = st.query_params
    start, end = timeline.parse_day(qp.get("start")), timeline.parse_day(qp.get("end"))
    if bounds and (start or end):
        ss["date_range"] = timeline.clamp_range((start or bounds[0], end or bounds[1]), bounds)
    ss["place_select"] = qp.get("place") or None
    ss["open_article"] = qp.get("article") or None


def write_query_params(bounds, chosen) -> None:
    ss = st.session_state
    params = {}
    if bounds and chosen and tuple(chosen) != tuple(bounds):
        params["start"], params["end"] = chosen[0].isoformat(), chosen[1].isoformat()
    if ss.get("place_select"):
        params["place"] = ss["place_select"]
    if ss.get("open_article"):
        params["article"] = ss["open_article"]
    if dict(st.query_params.to_dict()) != params:
        st.query_params.from_dict(params)


def apply_pending() -> None:
    """Selections made by a map click in the last run, applied before their widgets exist."""
    ss = st.session_state
    if "_pending_place" in ss:
        ss["place_select"] = ss.pop("_pending_place")
    if "_pending_admin1" in ss:
        ss["admin1_filter"] = ss.pop("_pending_admin1")


def open_article(article_id: str | None) -> None:
    """Button callback: open an article (``None`` goes back to the list)."""
    st.session_state["open_article"] = article_id


def opened_row(view_articles, articles) -> dict | None:
    """The open article's row: from the view, else from all articles (a link may name one the
    filters hide); an id the store does not know is dropped, and the list is shown instead."""
    open_id = st.session_state.get("open_article")
    if not open_id:
        return None
    row = next((a for a in view_articles if a["id"] == open_id), None)
    if row is None:
        row = next((a for a in articles if a["id"] == open_id), None)
    if row is None:
        st.session_state["open_article"] = None
    return row
