"""The app's sidebar: filters and export (the upload panel is :mod:`dashboard.app.upload`).

:func:`filter_widgets` returns the user's choices as a plain dict the page filters with.
"""

from __future__ import annotations

import streamlit as st

from dashboard.app.data import boundaries, governorate_names
from dashboard.map import data as mapdata
from dashboard.map.render import LAYERS
from dashboard.view import export
from dashboard.view import filter as viewfilter

LAYER_LABELS = {"markers": "Penanda", "heat": "Peta panas", "choropleth": "Kegubernuran"}
#: Streamlit's file uploader has no text options; its English button and limit line are replaced
#: by Indonesian ones on screen (if Streamlit renames its test ids, the English text returns).
UPLOADER_STYLE = """
<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {
  font-size: 0; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "Pilih file"; font-size: .875rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after {
  content: "Maks. 200 MB per file"; font-size: .875rem; }
</style>
"""


def filter_widgets(articles, places) -> dict:
    """Outlet, governorate, search, confidence, layers and tiles; returns the choices."""
    st.header("Saring")
    outlets = st.multiselect(
        "Media",
        viewfilter.distinct(articles, "outlet"),
        key="outlet_filter",
        placeholder="Semua media",
    )
    admin1_options = viewfilter.distinct(places, "admin1")
    for chosen in st.session_state.get("admin1_filter", []):
        if chosen not in admin1_options:
            admin1_options.append(chosen)
    # The values stay the canonical names the filter matches; only their labels are Indonesian.
    labels = mapdata.admin1_labels(places, governorate_names())
    admin1_options.sort(key=lambda name: str(labels.get(name, name)).casefold())
    admin1 = st.multiselect(
        "Kegubernuran",
        admin1_options,
        key="admin1_filter",
        format_func=lambda name: labels.get(name, name),
        placeholder="Semua kegubernuran",
    )
    query = st.text_input("Cari di judul dan teks", key="search").strip()
    min_conf = st.slider("Keyakinan tempat minimum", 0.0, 1.0, 0.0, 0.05, key="min_confidence")
    layers = st.pills(
        "Lapisan peta",
        LAYERS,
        selection_mode="multi",
        default=["markers"],
        format_func=lambda layer: LAYER_LABELS.get(layer, layer),
        key="layers",
    )
    tiles = st.checkbox(
        "Ubin OpenStreetMap (perlu internet)",
        value=True,
        key="osm_tiles",
        help="Tanpa internet peta memakai garis batas saja. Matikan agar peta "
        "tidak meminta ubin sama sekali.",
    )
    return {
        "outlets": frozenset(outlets),
        "admin1": frozenset(admin1),
        "query": query,
        "min_confidence": float(min_conf),
        "layers": tuple(layers or ()),
        "tiles": tiles,
    }


def export_buttons(view: viewfilter.View) -> None:
    """CSV, GeoJSON and a standalone HTML map of the articles in view."""
    st.header("Ekspor")
    # Deferred: the files are built only when a button is pressed, not on every run.
    st.download_button(
        "CSV",
        lambda: export.to_csv(view.articles, view.places),
        "artikel.csv",
        "text/csv",
        key="export_csv",
        on_click="ignore",
    )
    st.download_button(
        "GeoJSON",
        lambda: export.to_geojson(view.articles, view.places),
        "artikel.geojson",
        "application/geo+json",
        key="export_geojson",
        on_click="ignore",
    )
    st.download_button(
        "Peta (HTML)",
        lambda: export.to_map_html(
            view.articles,
            view.places,
            boundaries=boundaries(),
            governorate_names=governorate_names(),
        ),
        "peta-suriah.html",
        "text/html",
        key="export_map",
        on_click="ignore",
        help="Peta dalam satu file; skrip peta dimuat dari CDN saat dibuka (perlu internet).",
    )
