"""The place search box: a name looked up in the offline gazetteer through its geopy geocoder.

The answer lists the places of that name (best first), each with its number of articles in view;
choosing one with articles selects it as a map click would (its articles listed, the map framed
on it). Nothing leaves this machine: :class:`~dashboard.geo.geocoder.OfflineGeocoder` runs with
no online fallback here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from dashboard.errors import GazetteerError
from dashboard.geo.geocoder import OfflineGeocoder
from dashboard.map.data import PlaceSummary

MAX_RESULTS = 5


@st.cache_resource(show_spinner=False)
def geocoder() -> OfflineGeocoder | str:
    """The offline geocoder over the bundled gazetteer, or why it could not be loaded."""
    from dashboard.geo.gazetteer import load_gazetteer

    try:
        return OfflineGeocoder(load_gazetteer())
    except GazetteerError as exc:
        return str(exc)


def place_search(summaries: Callable[[], Sequence[PlaceSummary]]) -> str | None:
    """Draw the box and its answers; the id of the place the user chose, if any.
    ``summaries()`` gives the places in view (asked only when there is a query)."""
    query = st.text_input("Cari tempat", key="place_search", placeholder="mis. Douma, Idlib")
    if not query.strip():
        return None
    coder = geocoder()
    if isinstance(coder, str):
        st.warning(f"Pencarian tempat tidak tersedia: gazetir tidak dapat dimuat ({coder}).")
        return None
    found = coder.geocode(query, exactly_one=False) or []
    if not found:
        st.caption(f"Tidak ada tempat bernama «{query}» di gazetir.")
        return None
    in_view = {p.id: p.n_articles for p in summaries()}
    chosen = None
    for location in found[:MAX_RESULTS]:
        place = location.raw
        n = in_view.get(place.id, 0)
        label = f"{place.name_id or place.name} — {location.address} · {n} artikel"
        if not n:
            st.caption(label)
        elif st.button(label, key=f"search_{place.id}", width="stretch"):
            chosen = place.id
    return chosen
