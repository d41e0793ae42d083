"""Compact folium elements for the places layer, its styles and the choropleth legend.

Thousands of places as one folium ``Marker`` + ``Popup`` + ``Tooltip`` each would make megabytes
of script and seconds of rendering. :class:`PlaceLayer` instead embeds the places once as JSON and
builds markers (or dashed circles for vague places) in a loop. Popups and tooltips are DOM nodes
filled with ``textContent``, so article text is never parsed as HTML or JavaScript; each popup
carries its place id (``data-place-id`` and a visible "ID tempat: …" line, which is what
streamlit-folium returns as the clicked popup's text).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from folium.elements import JSCSSMixin
from folium.plugins import HeatMap, MarkerCluster
from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.data import PlaceSummary, bounds, is_governorate_id
from dashboard.map.element import DataElement

#: Prefix of the popup line naming the place id; the app parses clicks with it.
PLACE_ID_LABEL = "ID tempat: "

_STYLE = """
<style>
.leaflet-container { background: #cad9e4; }
.snm-pin { background: rgba(191, 54, 12, .88); border: 2px solid #fff; border-radius: 50%;
  color: #fff; font: 600 11px/1 system-ui, sans-serif; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 4px rgba(0, 0, 0, .45); }
.snm-pin.snm-selected { background: rgba(21, 101, 192, .95); border-color: #ffeb3b; }
.snm-pin.snm-focus { background: rgba(21, 101, 192, .85); }
.snm-cluster { background: rgba(191, 54, 12, .35); border-radius: 50%; }
.snm-cluster div { background: rgba(191, 54, 12, .85); color: #fff; border-radius: 50%;
  width: 30px; height: 30px; margin: 5px; display: flex; align-items: center;
  justify-content: center; font: 600 11px/1 system-ui, sans-serif; }
.snm-popup { font: 13px/1.35 system-ui, sans-serif; max-height: 260px; overflow-y: auto; }
.snm-popup .snm-title { font-weight: 700; font-size: 14px; }
.snm-popup .snm-sub, .snm-popup .snm-id, .snm-popup .snm-meta { color: #555; font-size: 12px; }
.snm-popup ul { margin: 4px 0; padding-left: 16px; }
.snm-popup .snm-more { font-style: italic; font-size: 12px; }
.snm-legend { background: rgba(255, 255, 255, .9); padding: 6px 8px; border-radius: 4px;
  font: 12px/1.4 system-ui, sans-serif; }
.snm-legend i { display: inline-block; width: 14px; height: 10px; margin-right: 4px; }
</style>
"""

#: Cluster icons show the sum of their places' article counts, not how many markers they hold.
CLUSTER_ICON_JS = """
function(cluster) {
    var total = 0;
    cluster.getAllChildMarkers().forEach(function(m) { total += m.options.n || 0; });
    var size = total < 10 ? 34 : total < 100 ? 40 : 48;
    var label = document.createElement('div');
    label.textContent = String(total);
    return L.divIcon({html: label.outerHTML, className: 'snm-cluster',
                      iconSize: L.point(size, size)});
}
"""

_PLACES_JS = """
{% macro script(this, kwargs) %}
(function() {
    var D = {{ this.payload }};
    var group = {{ this._parent.get_name() }};
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = String(text); }
        return e;
    }
    function iso(t) { return '\u2068' + t + '\u2069'; }  // isolated: no bidi reordering
    function popup(p) {
        var d = el('div', 'snm-popup');
        d.setAttribute('data-place-id', p[0]);
        d.appendChild(el('div', 'snm-title', p[1]));
        d.appendChild(el('div', 'snm-sub', (p[2] ? p[2] + ' · ' : '') + p[5] + ' artikel'));
        var ul = el('ul');
        p[7].forEach(function(i) {
            var a = D.a[i];
            var li = el('li');
            li.setAttribute('data-article-id', a[0]);
            li.appendChild(el('span', 'snm-art', iso(a[1])));
            var meta = [a[2] && iso(a[2]), a[3]].filter(function(x) { return x; }).join(', ');
            if (meta) { li.appendChild(el('span', 'snm-meta', ' — ' + meta)); }
            ul.appendChild(li);
        });
        d.appendChild(ul);
        if (p[8] > 0) { d.appendChild(el('div', 'snm-more', 'dan ' + p[8] + ' artikel lainnya')); }
        d.appendChild(el('div', 'snm-id', D.label + p[0]));
        return d;
    }
    function tip(p) {
        var vague = p[6] ? ' (±' + p[6] + ' km)' : '';
        return el('span', null, p[1] + ' · ' + p[5] + ' artikel' + vague);
    }
    var layers = D.p.map(function(p) {
        var layer;
        if (p[6]) {
            layer = L.circle([p[3], p[4]], {radius: p[6] * 1000, dashArray: '6 6',
                color: p[9] ? '#1565c0' : '#6a1b9a', weight: p[9] ? 3 : 1.5, fillOpacity: 0.05,
                n: p[5], placeId: p[0]});
        } else {
            var s = Math.round(22 + 6 * Math.log2(Math.max(1, p[5])));
            var cls = 'snm-pin' + (p[9] === 2 ? ' snm-selected' : p[9] === 1 ? ' snm-focus' : '');
            layer = L.marker([p[3], p[4]], {n: p[5], placeId: p[0], alt: p[1], riseOnHover: true,
                zIndexOffset: p[9] ? 1000 : 0,
                icon: L.divIcon({className: cls, html: String(p[5]), iconSize: [s, s]})});
        }
        layer.bindPopup(popup(p), {maxWidth: 340});
        layer.bindTooltip(tip(p), {sticky: !!p[6]});
        return layer;
    });
    if (group.addLayers) {
        group.addLayers(layers);
    } else {
        layers.forEach(function(l) { group.addLayer(l); });
    }
})();
{% endmacro %}
"""


def _payload(places: Sequence[PlaceSummary], marked: dict[str, int]) -> dict:
    articles: list[list] = []
    index: dict[str, int] = {}
    rows = []
    for p in places:
        refs = []
        for ref in p.listed:
            if ref.id not in index:
                index[ref.id] = len(articles)
                articles.append([ref.id, ref.title, ref.outlet or "", ref.published or ""])
            refs.append(index[ref.id])
        radius = round(p.radius_km, 1) if p.radius_km else 0
        rows.append(
            [
                p.id,
                p.name,
                p.admin1 or "",
                round(p.lat, 5),
                round(p.lon, 5),
                int(p.n_articles),
                radius,
                refs,
                int(p.n_unlisted),
                marked.get(p.id, 0),
            ]
        )
    return {"a": articles, "p": rows, "label": PLACE_ID_LABEL}


class PlaceLayer(DataElement):
    """Places added to the parent layer (a MarkerCluster or a FeatureGroup) in one loop.

    ``selected`` is drawn in the selection colour, ``focus`` (the open article's places) in a
    lighter one. Vague places (with ``radius_km``) become dashed circles, never pins.
    """

    _template = Template(_PLACES_JS)

    def __init__(
        self,
        places: Sequence[PlaceSummary],
        *,
        selected: str | None = None,
        focus: Collection[str] = (),
    ):
        super().__init__()
        self._name = "PlaceLayer"
        marked = {pid: 1 for pid in focus}
        if selected:
            marked[selected] = 2
        self.places = tuple(places)
        self.payload = htmlsafe.script_json(_payload(self.places, marked))

    def _get_self_bounds(self) -> list[list[float | None]]:
        box = bounds([(p.lat, p.lon) for p in self.places])
        if box is None:
            return [[None, None], [None, None]]
        (south, west), (north, east) = box
        return [[south, west], [north, east]]


class Styles(DataElement):
    """The map's own CSS (pins, clusters, popups, legend, background), in the page header."""

    _template = Template("{% macro header(this, kwargs) %}" + _STYLE + "{% endmacro %}")

    def __init__(self):
        super().__init__()
        self._name = "Styles"


class PluginScripts(JSCSSMixin, DataElement):
    """Declares the markercluster and leaflet.heat scripts on the base map, so data layers that
    need them can be added later without reloading the map."""

    default_js = [*MarkerCluster.default_js, *HeatMap.default_js]
    default_css = [*MarkerCluster.default_css]

    def __init__(self):
        super().__init__()
        self._name = "PluginScripts"


_LEGEND_JS = """
{% macro script(this, kwargs) %}
(function() {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function() {
        var div = L.DomUtil.create('div', 'snm-legend');
        var title = document.createElement('b');
        title.textContent = {{ this.title }};
        div.appendChild(title);
        {{ this.rows }}.forEach(function(r) {
            var line = document.createElement('div');
            var box = document.createElement('i');
            box.style.background = r[0];
            line.appendChild(box);
            line.appendChild(document.createTextNode(r[1]));
            div.appendChild(line);
        });
        return div;
    };
    var parent = {{ this._parent.get_name() }};
    if (parent instanceof L.Map) { legend.addTo(parent); return; }
    // In a layer group: shown while the group is on a map (streamlit-folium swaps data layers).
    if (parent._map) { legend.addTo(parent._map); }
    parent.on('add', function() { legend.addTo(parent._map); });
    parent.on('remove', function() { legend.remove(); });
})();
{% endmacro %}
"""


class Legend(DataElement):
    """A small legend control: a title and (colour, label) rows, built as text nodes.

    Added to a map, it stays; added to a layer group, it comes and goes with the group."""

    _template = Template(_LEGEND_JS)

    def __init__(self, title: str, rows: Sequence[tuple[str, str]]):
        super().__init__()
        self._name = "Legend"
        self.title = htmlsafe.script_json(title)
        self.rows = htmlsafe.script_json([list(r) for r in rows])


_CLICKED_ID = re.compile(re.escape(PLACE_ID_LABEL) + r"(\S+)")


def clicked_place_id(result: Mapping | None, places: Sequence[PlaceSummary]) -> str | None:
    """The place a streamlit-folium click result points at, or ``None``.

    The popup's text carries "ID tempat: <id>"; without a popup (or with an unknown id) the
    clicked point is matched to a place at the same coordinates.
    """
    if not result:
        return None
    known = {p.id for p in places}
    popup = result.get("last_object_clicked_popup") or ""
    found = _CLICKED_ID.search(popup)
    if found and (found.group(1) in known or is_governorate_id(found.group(1))):
        return found.group(1)
    point = result.get("last_object_clicked") or {}
    lat, lng = point.get("lat"), point.get("lng")
    if lat is None or lng is None:
        return None
    for p in places:
        if not p.radius_km and abs(p.lat - lat) < 1e-4 and abs(p.lon - lng) < 1e-4:
            return p.id
    return None
