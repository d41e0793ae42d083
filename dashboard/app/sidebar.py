"""The app's sidebar: filters and export (the upload panel is :mod:`dashboard.app.upload`).

:func:`filter_widgets` returns the user's choices as a plain dict the page filters with.
"""

from __future__ import annotations

import streamlit as st

from dashboard.app.data import governorate_names
from dashboard.app.state import DEFAULTS
from dashboard.map import data as mapdata
from dashboard.map.render import LAYERS
from dashboard.store.columns import Columns
from dashboard.view import export

LAYER_LABELS = {"markers": "Penanda", "heat": "Peta panas", "choropleth": "Kegubernuran"}
#: Streamlit refuses a file over its upload limit (200 MB) in the browser, with an English error
#: in the file's tooltip ("File must be 200.0MB or smaller."); the only other error a file can
#: show there is a failed upload. Both read, on screen, as this (the app shows no other error
#: tooltip).
UPLOAD_REFUSED = "File ini tidak terunggah: lebih dari 200 MB, atau unggahannya gagal."
#: Streamlit's file uploader has no text options; its English button and limit line are replaced
#: by Indonesian ones on screen (if Streamlit renames its test ids, the English text returns),
#: and so is the error of a refused file.
UPLOADER_STYLE = """
<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {
  font-size: 0; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "Pilih file"; font-size: .875rem; }
[data-testid="stFileUploaderDropzoneInstructions"] span { font-size: 0; }
[data-testid="stFileUploaderDropzoneInstructions"] span::after {
  content: "Maks. 200 MB per file"; font-size: .875rem; }
[data-testid="stFileChip"][aria-invalid="true"] [data-testid="stFileChipName"] + div::after {
  content: " · tidak terunggah"; }
[data-testid="stTooltipErrorContent"] { font-size: 0; }
[data-testid="stTooltipErrorContent"]::after {
  content: "UPLOAD_REFUSED"; font-size: .875rem; }
</style>
""".replace("UPLOAD_REFUSED", UPLOAD_REFUSED)
#: The same for Streamlit's other fixed English texts (it has no option for them): the hint under
#: a text box, the multiselect's "Select all" and "No results"; the chart's toolbar ("Show data",
#: "Download as PNG", "Copy Vega-Lite spec", "Fullscreen", as icons with English names) is hidden.
WIDGET_TEXT_STYLE = """
<style>
.st-key-search [data-testid="InputInstructions"],
.st-key-place_search [data-testid="InputInstructions"],
.st-key-url_box [data-testid="InputInstructions"] { font-size: 0; }
.st-key-search [data-testid="InputInstructions"]::after,
.st-key-place_search [data-testid="InputInstructions"]::after {
  content: "Tekan Enter untuk menerapkan"; font-size: 12px; }
.st-key-url_box [data-testid="InputInstructions"]::after {
  content: "Ctrl+Enter untuk mengirim"; font-size: 12px; }
[role="listbox"] [data-key="__select_all__"] [data-item-hl] { font-size: 0; }
[role="listbox"] [data-key="__select_all__"] [data-item-hl]::after {
  content: "Pilih semua"; font-size: 1rem; }
[role="listbox"] [role="option"] > span { font-size: 0; }
[role="listbox"] [role="option"] > span::after { content: "Tidak ada hasil"; font-size: 1rem; }
[data-testid="stElementContainer"]:has([data-testid="stVegaLiteChart"])
  [data-testid="stElementToolbar"] { display: none; }
</style>
"""


def filter_widgets(cols: Columns) -> dict:
    """Outlet, governorate, search, confidence, layers and tiles; returns the choices.

    Their values start from the URL (see :mod:`dashboard.app.state`), else the defaults."""
    ss = st.session_state
    for key, value in DEFAULTS.items():
        if key not in ("selected_place", "open_article"):
            ss.setdefault(key, value)
    st.header("Saring")
    outlets = st.multiselect(
        "Media", list(cols.outlets), key="outlet_filter", placeholder="Semua media"
    )
    pairs = list(zip(cols.govs, cols.gov_names, strict=True))
    options = [name for _pcode, name in pairs]
    options += [c for c in ss.get("admin1_filter", []) if c not in options]
    # The values stay the canonical names the filter matches; only their labels are Indonesian.
    labels = mapdata.admin1_labels(pairs, governorate_names())
    options.sort(key=lambda name: str(labels.get(name, name)).casefold())
    admin1 = st.multiselect(
        "Kegubernuran",
        options,
        key="admin1_filter",
        format_func=lambda name: labels.get(name, name),
        placeholder="Semua kegubernuran",
    )
    query = st.text_input(
        "Cari di judul, teks dan nama tempat",
        key="search",
        help="Nama tempat dicari lewat gazeter, dengan ejaan apa pun: Suwayda, Kobani …",
    ).strip()
    min_conf = st.slider("Keyakinan tempat minimum", 0.0, 1.0, step=0.05, key="min_confidence")
    layers = st.pills(
        "Lapisan peta",
        LAYERS,
        selection_mode="multi",
        format_func=lambda layer: LAYER_LABELS.get(layer, layer),
        key="layers",
    )
    tiles = st.checkbox(
        "Ubin OpenStreetMap (perlu internet)",
        key="osm_tiles",
        help="Mati secara bawaan: peta luring (garis batas, negara tetangga, nama kota) tidak "
        "meminta apa pun ke server ubin. Pilihan ini disimpan di URL (tiles=1).",
    )
    return {
        "outlets": frozenset(outlets),
        "admin1": frozenset(admin1),
        "query": query,
        "min_confidence": float(min_conf),
        "layers": tuple(layers or ()),
        "tiles": tiles,
    }


def _export(write, rows_of) -> bytes:
    articles, places = rows_of()
    return write(articles, places, governorate_names())


def export_buttons(rows_of, map_html) -> None:
    """CSV, GeoJSON and a standalone HTML map of the articles in view; ``rows_of()`` gives
    (articles, place links) read from the store, ``map_html()`` the map file, each only when its
    button is pressed."""
    st.header("Ekspor")
    st.download_button(
        "CSV",
        lambda: _export(export.to_csv, rows_of),
        "artikel.csv",
        "text/csv",
        key="export_csv",
        on_click="ignore",
    )
    st.download_button(
        "GeoJSON",
        lambda: _export(export.to_geojson, rows_of),
        "artikel.geojson",
        "application/geo+json",
        key="export_geojson",
        on_click="ignore",
    )
    st.download_button(
        "Peta (HTML)",
        map_html,
        "peta-suriah.html",
        "text/html",
        key="export_map",
        on_click="ignore",
        help="Peta dalam satu file; skrip peta dimuat dari CDN saat dibuka (perlu internet).",
    )
