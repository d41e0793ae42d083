"""Build the dashboard's ``folium.Map`` from place summaries: pure, no Streamlit, no network.

Base map: the country and governorate outlines from ``geodata/``, with OpenStreetMap tiles on top
by default; the country's fill is translucent so loaded tiles show through, and the first failed
tile removes the tile layer (:class:`~dashboard.map.controls.TileFallback`), so an offline page
shows the outlines alone. ``tiles=False`` requests no tile at all (e.g. for source protection).

Layers: ``markers`` (one per place, clustered; vague places as dashed circles), ``heat`` (a heat
map weighted by article counts) and ``choropleth`` (articles per governorate), each a
``FeatureGroup`` apart from the base map (:func:`build_map_parts`): the app hands them to
streamlit-folium, which swaps them in the open map instead of rebuilding its iframe, so the base
map must not depend on the data (it declares every plugin script up front). Every script and
stylesheet is pointed at ``assets`` (see :mod:`dashboard.map.assets`).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import folium
from folium.plugins import HeatMap

from dashboard import htmlsafe
from dashboard.map.assets import AssetUrls, localize
from dashboard.map.basemap import Boundaries, Label, OutlineGeoJson, country_labels
from dashboard.map.clusters import Clustering
from dashboard.map.controls import ClickGuard, ClickNow, Controls, TileFallback
from dashboard.map.data import PlaceSummary, bounds, governorate_id
from dashboard.map.frame import FrameView
from dashboard.map.labels import BaseLabels
from dashboard.map.layers import (
    PLACE_ID_LABEL,
    Legend,
    PlaceLayer,
    PluginScripts,
    Styles,
)
from dashboard.map.outlines import NEIGHBOUR_STYLE, outline_layers
from dashboard.map.placetable import PlaceTable
from dashboard.map.recency import LEGEND as RECENCY_LEGEND

LAYERS = ("markers", "heat", "choropleth")
__all__ = ["NEIGHBOUR_STYLE", "build_base_map", "build_map", "build_map_parts"]
#: Syria with a small margin: [[south, west], [north, east]].
SYRIA_BOUNDS = [[32.2, 35.5], [37.5, 42.5]]
SYRIA_CENTER = (34.8, 38.9)
MAX_ZOOM = 18  # folium drops max_zoom when tiles=None; Leaflet needs it for clustering
MIN_ZOOM = 5
#: Sequential palette (light → dark) for the governorate choropleth.
PALETTE = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")
NO_DATA = "#f2f2f2"


@dataclass(frozen=True, slots=True)
class MapParts:
    """The map as streamlit-folium can update it in place: ``base`` is the same on every run
    (outlines, tiles, controls, plugin scripts), ``layers`` hold the data, and ``center``/``zoom``
    frame Syria or the focus places (Leaflet moves there only when they change)."""

    base: folium.Map
    layers: list[folium.FeatureGroup]
    center: tuple[float, float]
    zoom: int
    bounds: list[list[float]]  # [[south, west], [north, east]] that center/zoom approximate


def build_map_parts(
    places: Sequence[PlaceSummary],
    *,
    assets: AssetUrls,
    boundaries: Boundaries | None = None,
    layers: Collection[str] = ("markers",),
    admin1_counts: Mapping[str, int] | None = None,
    selected: str | None = None,
    focus: Collection[str] = (),
    tiles: bool = True,
    governorate_names: Mapping[str, str] | None = None,
    clustering: Clustering | None = None,
    frame_selected: bool = True,
    labels: Sequence[Label] = (),
    recency: Mapping[str, int] | None = None,
    outlines_url: str | None = None,
    place_table: PlaceTable | None = None,
) -> MapParts:
    """The base map and the data layers of ``places`` (see :func:`build_map` for the options).

    Governorates (kind ``admin1``) are drawn as their polygons only (the choropleth), never as
    a pin or a circle. ``frame_selected=False`` keeps the view on a selection made on the map.
    ``place_table``: the places' fixed fields are in that table (served once per store version,
    :mod:`dashboard.map.placetable`), not in the layer."""
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown map layers: {sorted(unknown)}; choose from {LAYERS}")
    base = build_base_map(
        assets=assets, boundaries=boundaries, tiles=tiles, labels=labels, outlines_url=outlines_url
    )
    groups = []
    if "choropleth" in layers and boundaries and boundaries.governorates:
        groups.append(
            _choropleth_group(
                boundaries.governorates, admin1_counts or {}, places, governorate_names or {}
            )
        )
    drawn = [p for p in places if p.kind != "admin1"]
    if "heat" in layers and drawn:
        groups.append(_heat_group(drawn))
    if "markers" in layers:
        groups.append(
            _places_group(
                drawn,
                selected=selected,
                focus=focus,
                clustering=clustering,
                opened=not frame_selected,
                recency=recency,
                table=place_table,
            )
        )
    box = _frame(places, selected if frame_selected else None, focus)
    groups.append(_frame_group(box))
    for group in groups:
        localize(group, assets)
    return MapParts(base, groups, _center(box), zoom_to_fit(box), box)


def _frame_group(box: list[list[float]]) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="Bingkai", control=False)
    FrameView(box, max_zoom=MAX_FOCUS_ZOOM).add_to(group)
    return group


def build_base_map(
    *,
    assets: AssetUrls,
    boundaries: Boundaries | None = None,
    tiles: bool = True,
    labels: Sequence[Label] = (),
    outlines_url: str | None = None,
) -> folium.Map:
    """Outlines (the neighbours as land), tiles with their fallback, controls, every plugin
    script, and the names of ``labels`` (cities) and of the neighbouring countries, framed on
    Syria. ``outlines_url``: where the browser fetches the outline files (``boundaries/`` served
    there); without it they are written into the map (a map saved as one file)."""
    m = folium.Map(location=SYRIA_CENTER, zoom_start=7, tiles=None, zoom_control=False)
    m.options["maxZoom"] = MAX_ZOOM
    m.options["minZoom"] = MIN_ZOOM
    Styles().add_to(m)
    PluginScripts().add_to(m)
    Controls().add_to(m)
    ClickGuard().add_to(m)
    ClickNow().add_to(m)
    if tiles:
        layer = folium.TileLayer("OpenStreetMap", max_zoom=MAX_ZOOM, control=False).add_to(m)
        TileFallback(layer).add_to(m)
    b = boundaries or Boundaries()
    outlines = outline_layers(b, tiles=tiles, url=outlines_url)
    if outlines is not None:
        outlines.add_to(m)
    BaseLabels([*country_labels(b.neighbours), *labels]).add_to(m)
    fit = folium.map.FitBounds(SYRIA_BOUNDS)
    fit.options["animate"] = False  # an animated zoom still running swallows the next view
    m.add_child(fit)
    return localize(m, assets)


def build_map(places: Sequence[PlaceSummary], **options) -> folium.Map:
    """The map of ``places`` in one piece; framed on Syria, or on the ``focus`` places (or the
    ``selected`` one) when there are any.

    Options: ``assets`` (required), ``boundaries``, ``layers`` (of :data:`LAYERS`),
    ``admin1_counts``, ``selected``, ``focus``, ``tiles``, ``governorate_names`` (P-code →
    Indonesian name, for the choropleth)."""
    parts = build_map_parts(places, **options)
    for group in parts.layers:
        group.add_to(parts.base)
    return parts.base


#: Leaflet's tile size and the map's assumed size in pixels (its width follows the page).
_TILE_PX = 256
_VIEW_PX = (700, 560)
MAX_FOCUS_ZOOM = 12


def zoom_to_fit(box: Sequence[Sequence[float]], view_px: tuple[int, int] = _VIEW_PX) -> int:
    """The largest whole zoom at which ``box`` ([[south, west], [north, east]]) fits the view."""
    (south, west), (north, east) = box
    width = max(east - west, 1e-6) / 360
    height = max(_mercator(north) - _mercator(south), 1e-9) / (2 * math.pi)
    fit = min(
        math.log2(view_px[0] / (_TILE_PX * width)), math.log2(view_px[1] / (_TILE_PX * height))
    )
    return max(MIN_ZOOM, min(MAX_FOCUS_ZOOM, math.floor(fit)))


def _mercator(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _center(box: Sequence[Sequence[float]]) -> tuple[float, float]:
    (south, west), (north, east) = box
    return (round((south + north) / 2, 5), round((west + east) / 2, 5))


def _frame(
    places: Sequence[PlaceSummary], selected: str | None, focus: Collection[str]
) -> list[list[float]]:
    wanted = set(focus) or ({selected} if selected else set())
    points = [(p.lat, p.lon) for p in places if p.id in wanted]
    box = bounds(points)
    if box is None:
        return SYRIA_BOUNDS
    pad = 0.6  # degrees: a single place is shown with its surroundings, not at street level
    return [[box[0][0] - pad, box[0][1] - pad], [box[1][0] + pad, box[1][1] + pad]]


def class_breaks(counts: Collection[int], k: int = len(PALETTE)) -> list[int]:
    """Lower bounds of up to ``k`` classes over the positive counts (quantiles of the values)."""
    values = sorted({c for c in counts if c > 0})
    if not values:
        return []
    k = min(k, len(values))
    return sorted({values[(i * len(values)) // k] for i in range(k)})


def _colour(count: int, breaks: Sequence[int]) -> str:
    if count <= 0 or not breaks:
        return NO_DATA
    idx = max(i for i, low in enumerate(breaks) if count >= low)
    # Spread fewer classes over the whole palette so the darkest colour is the top class.
    return PALETTE[round(idx * (len(PALETTE) - 1) / max(1, len(breaks) - 1))]


def _legend_rows(breaks: Sequence[int], top: int) -> list[tuple[str, str]]:
    rows = []
    for i, low in enumerate(breaks):
        high = breaks[i + 1] - 1 if i + 1 < len(breaks) else top
        label = f"{low}" if low == high else f"{low}–{high}"
        rows.append((_colour(low, breaks), label))
    return rows


def _governorate_ids(places: Sequence[PlaceSummary]) -> dict[str, str]:
    # A governorate's own gazetteer place (kind admin1) when it is on the map, else its P-code.
    return {p.admin1_pcode: p.id for p in places if p.kind == "admin1" and p.admin1_pcode}


def _choropleth_group(
    governorates: Mapping,
    counts: Mapping[str, int],
    places: Sequence[PlaceSummary],
    names: Mapping[str, str],
) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name=CHOROPLETH_TITLE, control=False)
    breaks = class_breaks(counts.values())
    ids = _governorate_ids(places)
    data = copy.deepcopy(dict(governorates))
    for feature in data.get("features", []):
        props = feature.setdefault("properties", {})
        pcode = props.get("adm1_pcode") or ""
        name = names.get(pcode) or props.get("adm1_name") or pcode
        n = int(counts.get(pcode, 0))
        pid = ids.get(pcode) or governorate_id(pcode)
        props["snm_n"] = n
        props["snm_fill"] = _colour(n, breaks)
        props["snm_tip"] = f"{htmlsafe.text(name)} · {n} cerita"
        props["snm_popup"] = (
            f'<div class="snm-popup" data-place-id="{htmlsafe.text(pid)}">'
            f'<div class="snm-title">{htmlsafe.text(name)}</div>'
            f'<div class="snm-sub">Kegubernuran · {n} cerita</div>'
            f'<div class="snm-id">{PLACE_ID_LABEL}{htmlsafe.text(pid)}</div></div>'
        )
    OutlineGeoJson(
        data,
        bounds_of=governorates,
        name=CHOROPLETH_TITLE,
        style_function=lambda f: {
            "fillColor": f["properties"]["snm_fill"],
            "color": "#78909c",
            "weight": 1,
            "fillOpacity": 0.7,
        },
        highlight_function=lambda _f: {"weight": 3, "color": "#37474f"},
        tooltip=folium.GeoJsonTooltip(fields=["snm_tip"], labels=False),
        popup=folium.GeoJsonPopup(fields=["snm_popup"], labels=False),
        control=False,
    ).add_to(group)
    if breaks:
        Legend(CHOROPLETH_TITLE, _legend_rows(breaks, max(counts.values()))).add_to(group)
    return group


def _heat_group(places: Sequence[PlaceSummary]) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="Peta panas", control=False)
    top = max(p.n_articles for p in places)
    data = [[round(p.lat, 4), round(p.lon, 4), round(p.n_articles / top, 3)] for p in places]
    # max_zoom=8: leaflet.heat divides weights by 2^(maxZoom - zoom); 18 fades Syria-wide views.
    HeatMap(
        data, name="Peta panas", radius=22, blur=18, min_opacity=0.3, max_zoom=8, control=False
    ).add_to(group)
    return group


#: The choropleth's name and legend title: what it counts (near-duplicate copies once).
CHOROPLETH_TITLE = "Kegubernuran: jumlah cerita (salinan dihitung sekali)"
#: What the marker layer's symbols mean (colour, label), shown in its legend.
MARKER_LEGEND = (
    (
        "rgba(191, 54, 12, .88)",
        "Pin: angka = cerita yang menyebut tempat itu (salinan dihitung sekali)",
    ),
    ("rgba(191, 54, 12, .35)", "Kelompok: angka = cerita berbeda di bawahnya (bukan jumlah pin)"),
    ("#6a1b9a", "Lingkaran putus-putus: wilayah samar (±km)"),
    ("rgba(21, 101, 192, .95)", "Biru: tempat terpilih / tempat artikel yang dibuka"),
)


def _places_group(
    places: Sequence[PlaceSummary],
    *,
    selected: str | None,
    focus: Collection[str],
    clustering: Clustering | None,
    opened: bool,
    recency: Mapping[str, int] | None = None,
    table: PlaceTable | None = None,
) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="Tempat", control=False)
    PlaceLayer(
        places,
        clustering=clustering,
        selected=selected,
        focus=focus,
        open_selected=opened,
        recency=recency,
        table=table,
    ).add_to(group)
    rows = MARKER_LEGEND if not recency else (MARKER_LEGEND[0], *RECENCY_LEGEND, *MARKER_LEGEND[1:])
    Legend("Penanda", rows).add_to(group)
    return group
