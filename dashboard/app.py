"""The Streamlit dashboard: map, timeline and article panels over the store in ``SYRIA_NEWS_DB``.

The only module that imports Streamlit. Everything it shows comes from pure modules (viewfilter,
timeline, mapdata, mapview, cards, highlight, export); loaders are cached on their arguments (the
store path and its version), and widgets have stable keys (see the UI contract in the README).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

if __package__ in (None, ""):  # `streamlit run dashboard/app.py` without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st
import streamlit.components.v1 as components
from streamlit_folium import st_folium

from dashboard import assets, cards, export, highlight, timeline, viewdata, viewfilter
from dashboard.basemap import load_boundaries
from dashboard.errors import DashboardError
from dashboard.mapdata import governorate_counts, is_mappable, summarize_places
from dashboard.maplayers import clicked_place_id
from dashboard.mapview import LAYERS, build_map

DEFAULT_DB = "data/syria-news.sqlite"
LAYER_LABELS = {"markers": "Penanda", "heat": "Peta panas", "choropleth": "Kegubernuran"}
PAGE_SIZE = 20
MAX_PLACE_CHOICES = 500
UPLOAD_TYPES = ["txt", "json", "jsonl", "csv"]
#: Serves dashboard/static (Leaflet and plugins) at /component/<name>/… with real MIME types.
_ASSET_COMPONENT = components.declare_component("snm_assets", path=str(assets.STATIC_DIR))
ASSET_BASE = f"../{_ASSET_COMPONENT.name}/"  # relative to streamlit-folium's iframe
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


# ---------------------------------------------------------------- cached loaders

@st.cache_resource(show_spinner=False)
def open_store(db: str):
    from dashboard.store import Store

    if "://" not in db:
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    return Store(db)


def store_version(db: str) -> tuple:
    return viewdata.store_version(db, open_store(db).count() if "://" in db else None)


@st.cache_resource(show_spinner="Memuat artikel …", max_entries=2)
def load_rows(db: str, version: tuple) -> tuple[tuple[dict, ...], tuple[dict, ...]]:
    """All article and place rows, keyed on the store's version; shared, never modified.

    A resource cache, not ``st.cache_data``: at 20,000 articles (≈90,000 place links) copying
    the rows out of a data cache on every run costs ≈0.2 s, a fifth of the re-render budget.
    ``serve`` may already have read them (see :mod:`dashboard.viewdata`).
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


# ---------------------------------------------------------------- state and URL

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


def _open(article_id: str | None) -> None:
    st.session_state["open_article"] = article_id


def _select_place(place_id: str | None) -> None:
    st.session_state["place_select"] = place_id


# ---------------------------------------------------------------- sidebar

def upload_panel(db: str) -> None:
    ss = st.session_state
    files = st.file_uploader("Tambah artikel (.txt, .json, .jsonl, .csv)", type=UPLOAD_TYPES,
                             accept_multiple_files=True, key="uploader")
    done = ss.setdefault("_uploaded", set())
    new = [f for f in files or [] if f.file_id not in done]
    if new:
        from dashboard.ingest import ingest_upload

        bar = st.progress(0.0, text="Membaca dan menandai tempat …")
        messages = []
        for i, f in enumerate(new):
            messages += _ingest_one(ingest_upload, f.name, f.getvalue(), open_store(db))
            done.add(f.file_id)
            bar.progress((i + 1) / len(new), text=f"{i + 1}/{len(new)} file")
        ss["_upload_messages"] = messages
    for kind, text in ss.get("_upload_messages", []):
        (st.error if kind == "error" else st.success)(text)


def _ingest_one(ingest_upload, name: str, data: bytes, store) -> list[tuple[str, str]]:
    try:
        report = ingest_upload(name, data, store)
    except (DashboardError, ValueError, UnicodeError) as exc:
        return [("error", f"{name}: {exc}")]
    messages = [("error", f"{where}: {reason}") for where, reason in report.skipped]
    summary = (f"{name}: {report.stored} baru, {report.replaced} diperbarui, "
               f"{report.unchanged} sudah ada")
    if report.stored or report.replaced or report.unchanged:
        messages.insert(0, ("ok", summary))
    elif not messages:
        messages.append(("error", f"{name}: tidak ada artikel yang terbaca"))
    return messages


def filter_widgets(articles, places) -> dict:
    st.header("Saring")
    outlets = st.multiselect("Media", viewfilter.distinct(articles, "outlet"), key="outlet_filter",
                             placeholder="Semua media")
    admin1_options = viewfilter.distinct(places, "admin1")
    for chosen in st.session_state.get("admin1_filter", []):
        if chosen not in admin1_options:
            admin1_options.append(chosen)
    admin1 = st.multiselect("Kegubernuran", admin1_options, key="admin1_filter",
                            placeholder="Semua kegubernuran")
    query = st.text_input("Cari di judul dan teks", key="search").strip()
    min_conf = st.slider("Keyakinan tempat minimum", 0.0, 1.0, 0.0, 0.05, key="min_confidence")
    layers = st.pills("Lapisan peta", LAYERS, selection_mode="multi", default=["markers"],
                      format_func=LAYER_LABELS.get, key="layers")
    tiles = st.checkbox("Ubin OpenStreetMap (perlu internet)", key="osm_tiles")
    return {"outlets": frozenset(outlets), "admin1": frozenset(admin1), "query": query,
            "min_confidence": float(min_conf), "layers": tuple(layers or ()), "tiles": tiles}


# ---------------------------------------------------------------- timeline

def timeline_section(base: viewfilter.View, bounds) -> tuple:
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
    chosen = st.slider("Rentang tanggal", min_value=low, max_value=high, key="date_range",
                       format="DD/MM/YYYY")
    return tuple(chosen)


# ---------------------------------------------------------------- map

def map_section(view: viewfilter.View, choices: dict, focus: list[str]) -> list:
    """Draw the map; returns the place summaries it shows (most articles first)."""
    ss = st.session_state
    by_id = {a["id"]: a for a in view.articles}
    places = summarize_places(view.places, by_id)
    urls = assets.choose_urls(ASSET_BASE)
    if not urls.local and not ss.get("_cdn_notice"):
        ss["_cdn_notice"] = True
        st.warning("Leaflet belum terpasang di mesin ini, jadi peta memuat skripnya dari CDN "
                   "(perlu internet). Jalankan `python -m dashboard install-assets`.")
    m = build_map(places, assets=urls, boundaries=boundaries(), layers=choices["layers"],
                  admin1_counts=governorate_counts(view.places), selected=ss.get("place_select"),
                  focus=focus, tiles=choices["tiles"])
    result = st_folium(m, key="map", height=560, use_container_width=True,
                       returned_objects=["last_object_clicked", "last_object_clicked_popup"])
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
    if pid.startswith("ocha:"):
        names = {p.get("admin1_pcode"): p.get("admin1") for p in view.places}
        if names.get(pid[5:]):
            ss["_pending_admin1"] = [names[pid[5:]]]
            st.rerun()
        return
    if pid != ss.get("place_select"):
        ss["_pending_place"] = pid
        ss["open_article"] = None
        ss["card_limit"] = PAGE_SIZE
        st.rerun()


# ---------------------------------------------------------------- panels

def place_picker(summaries: list) -> None:
    ss = st.session_state
    places = summaries[:MAX_PLACE_CHOICES]
    labels = {p.id: f"{p.name} ({p.n_articles})" for p in places}
    current = ss.get("place_select")
    if current and current not in labels:
        labels[current] = current
    st.selectbox("Tempat", [None, *labels], key="place_select", placeholder="Semua tempat",
                 format_func=lambda pid: "Semua tempat" if pid is None else labels[pid])


def article_list(view: viewfilter.View) -> None:
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
    for a in rows[:limit]:
        with st.container(border=True):
            places = viewfilter.places_of(a["id"], by_article.get(a["id"], []))
            st.html(cards.card_html(a, places, selected))
            st.button("Buka artikel", key=f"open_{a['id']}", on_click=_open, args=(a["id"],))
    if len(rows) > limit:
        st.button(f"Tampilkan {min(PAGE_SIZE, len(rows) - limit)} lagi", key="more_cards",
                  on_click=lambda: ss.__setitem__("card_limit", limit + PAGE_SIZE))


def article_view(db: str, version: tuple, article: dict, places: list[dict]) -> None:
    st.button("← Kembali ke daftar", key="close_article", on_click=_open, args=(None,))
    st.html(cards.article_header_html(article))
    st.html(cards.chips_html(places, st.session_state.get("place_select")))
    detail = article_detail(db, version, article["id"])
    if detail is None:
        st.error("Artikel ini tidak ada lagi di penyimpanan.")
        return
    text, mentions = detail
    names = {p["place_id"]: p.get("name") or p["place_id"] for p in places}
    body = highlight.highlight(text, mentions, names, selected=st.session_state.get("place_select"))
    st.html(f'<div class="snm-text">{body}</div>')
    st.caption(f"{highlight.marked_count(text, mentions)} sebutan tempat ditandai.")


def export_buttons(view: viewfilter.View) -> None:
    # Deferred: the files are built only when a button is pressed, not on every run.
    st.download_button("CSV", lambda: export.to_csv(view.articles, view.places), "artikel.csv",
                       "text/csv", key="export_csv", on_click="ignore")
    st.download_button("GeoJSON", lambda: export.to_geojson(view.articles, view.places),
                       "artikel.geojson", "application/geo+json", key="export_geojson",
                       on_click="ignore")


# ---------------------------------------------------------------- page

def base_filter(db: str, version: tuple, choices: dict) -> viewfilter.ViewFilter:
    """Every filter but the date range (the histogram shows all dates of what they keep)."""
    matching = search_ids(db, version, choices["query"]) if choices["query"] else None
    return viewfilter.ViewFilter(outlets=choices["outlets"], admin1=choices["admin1"],
                                 matching=matching, min_confidence=choices["min_confidence"])


def main() -> None:
    st.set_page_config(page_title="Peta Berita Suriah", layout="wide")
    st.html(cards.STYLE + UPLOADER_STYLE)
    db = os.environ.get("SYRIA_NEWS_DB", DEFAULT_DB)
    apply_pending()
    with st.sidebar:
        upload_panel(db)
    version = store_version(db)
    articles, places = load_rows(db, version)
    bounds = timeline.date_bounds(articles)
    apply_query_params(bounds)
    with st.sidebar:
        choices = filter_widgets(articles, places)
    st.title("Peta Berita Suriah")
    if not articles:
        st.info("Belum ada artikel. Tambahkan file lewat panel kiri.")
    f = base_filter(db, version, choices)
    base = viewfilter.apply(articles, places, f)
    chosen = timeline_section(base, bounds)
    start, end = chosen if chosen else (None, None)
    ranged = dataclasses.replace(f, start=start, end=end,
                                 show_undated=st.session_state.get("show_undated", True))
    view = viewfilter.apply(base.articles, base.places, ranged)
    st.caption(f"{len(view.articles)} dari {len(articles)} artikel · "
               f"{len({p['place_id'] for p in view.places if is_mappable(p)})} tempat di Suriah · "
               f"{view.n_undated} tanpa tanggal")
    open_id = st.session_state.get("open_article")
    open_row = next((a for a in view.articles if a["id"] == open_id), None)
    if open_id and open_row is None:
        open_row = next((a for a in articles if a["id"] == open_id), None)
        if open_row is None:  # an unknown id in a shared link: show the list instead
            st.session_state["open_article"] = None
    open_places = viewfilter.places_of(open_id, places) if open_row else []
    left, right = st.columns([3, 2], gap="medium")
    with left:
        summaries = map_section(view, choices, [p["place_id"] for p in open_places])
    with right:
        if open_row:
            article_view(db, version, open_row, open_places)
        else:
            place_picker(summaries)
            article_list(view)
    with st.sidebar:
        st.header("Ekspor")
        export_buttons(view)
    write_query_params(bounds, chosen)


main()
