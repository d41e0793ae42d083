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

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

import folium

from dashboard.map.assets import AssetUrls, localize
from dashboard.map.basemap import Boundaries, Label, country_labels
from dashboard.map.choropleth import choropleth_group, heat_group
from dashboard.map.clusters import Clustering
from dashboard.map.controls import ClickGuard, ClickNow, Controls, TileFallback
from dashboard.map.data import PlaceSummary
from dashboard.map.frame import (
    MAX_FOCUS_ZOOM,
    MIN_ZOOM,
    SYRIA_BOUNDS,
    FrameView,
    center_of,
    frame_box,
    zoom_to_fit,
)
from dashboard.map.labels import BaseLabels
from dashboard.map.layers import PlaceLayer
from dashboard.map.legend import Legend
from dashboard.map.outlines import NEIGHBOUR_STYLE, outline_layers
from dashboard.map.placetable import PlaceTable
from dashboard.map.recency import LEGEND as RECENCY_LEGEND
from dashboard.map.styles import PluginScripts, Styles

LAYERS = ("markers", "heat", "choropleth")
__all__ = ["NEIGHBOUR_STYLE", "build_base_map", "build_map", "build_map_parts"]
SYRIA_CENTER = (34.8, 38.9)
MAX_ZOOM = 18  # folium drops max_zoom when tiles=None; Leaflet needs it for clustering


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
    pinned: Clustering | None = None,
    view_url: str | None = None,
) -> MapParts:
    """The base map and the data layers of ``places`` (see :func:`build_map` for the options).

    Governorates (kind ``admin1``) are drawn as their polygons only (the choropleth), never as
    a pin or a circle. ``frame_selected=False`` keeps the view on a selection made on the map.
    ``place_table``: the places' fixed fields are in that table (served once per store version,
    :mod:`dashboard.map.placetable`), not in the layer. ``clustering`` clusters every clusterable
    place, ``pinned`` the same without the selected and focus places (see
    :mod:`dashboard.map.selection`); ``view_url``: where the page fetches the place layer of
    the view (:func:`dashboard.map.layers.view_data`), which is then not in the layer."""
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown map layers: {sorted(unknown)}; choose from {LAYERS}")
    base = build_base_map(
        assets=assets, boundaries=boundaries, tiles=tiles, labels=labels, outlines_url=outlines_url
    )
    groups = []
    if "choropleth" in layers and boundaries and boundaries.governorates:
        groups.append(
            choropleth_group(
                boundaries.governorates, admin1_counts or {}, places, governorate_names or {}
            )
        )
    drawn = [p for p in places if p.kind != "admin1"]
    if "heat" in layers and drawn:
        groups.append(heat_group(drawn))
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
                pinned=pinned,
                view_url=view_url,
            )
        )
    box = frame_box(places, selected if frame_selected else None, focus)
    groups.append(_frame_group(box))
    for group in groups:
        localize(group, assets)
    return MapParts(base, groups, center_of(box), zoom_to_fit(box), box)


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
    pinned: Clustering | None = None,
    view_url: str | None = None,
) -> folium.FeatureGroup:
    group = folium.FeatureGroup(name="Tempat", control=False)
    PlaceLayer(
        places,
        clustering=clustering,
        pinned=pinned,
        view_url=view_url,
        selected=selected,
        focus=focus,
        open_selected=opened,
        recency=recency,
        table=table,
    ).add_to(group)
    rows = MARKER_LEGEND if not recency else (MARKER_LEGEND[0], *RECENCY_LEGEND, *MARKER_LEGEND[1:])
    Legend("Penanda", rows).add_to(group)
    return group
