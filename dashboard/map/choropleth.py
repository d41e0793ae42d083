"""The data layers besides the places: the governorate choropleth (articles per governorate,
in quantile classes, with its legend) and the heat map."""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence

import folium
from folium.plugins import HeatMap

from dashboard import htmlsafe
from dashboard.map.basemap import OutlineGeoJson
from dashboard.map.clicks import PLACE_ID_LABEL
from dashboard.map.data import PlaceSummary, governorate_id
from dashboard.map.legend import Legend

#: Sequential palette (light → dark) for the governorate choropleth.
PALETTE = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")
NO_DATA = "#f2f2f2"


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


def choropleth_group(
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


def heat_group(places: Sequence[PlaceSummary]) -> folium.FeatureGroup:
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
