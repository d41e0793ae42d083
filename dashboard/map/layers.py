"""Compact folium elements for the places layer, its styles and the choropleth legend.

Thousands of places as one folium ``Marker`` + ``Popup`` + ``Tooltip`` each would make megabytes
of script and seconds of rendering. :class:`PlaceLayer` instead embeds the places once as JSON and
builds markers (or dashed circles for vague places) in a loop, with the clusters of every zoom
(:mod:`dashboard.map.clusters`). Popups and tooltips are DOM nodes filled with ``textContent``
when they open, so article text is never parsed as HTML or JavaScript; each popup carries its
place id (``data-place-id``, and an "ID tempat: …" line hidden from sight but part of the popup's
text, which is what streamlit-folium returns as the clicked popup's text).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from folium.elements import JSCSSMixin
from folium.plugins import HeatMap
from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.clusters import MAX_CLUSTER_ZOOM, MIN_CLUSTER_ZOOM, Clustering
from dashboard.map.data import PlaceSummary, bounds, is_governorate_id
from dashboard.map.element import DataElement
from dashboard.map.placetable import PlaceTable
from dashboard.rowtypes import ArticleRow

#: Prefix of the popup line naming the place id; the app parses clicks with it.
PLACE_ID_LABEL = "ID tempat: "
#: The map's loading sign, shown while its markers are being drawn.
LOADING_TEXT = "Memuat peta …"
#: Prefix of the line naming an article whose title was clicked in a popup (for the app only).
ARTICLE_ID_LABEL = "ID artikel: "

_STYLE = """
<style>
.leaflet-container { background: #cad9e4; }
.snm-pin { background: rgba(191, 54, 12, .88); border: 2px solid #fff; border-radius: 50%;
  color: #fff; font: 600 11px/1 system-ui, sans-serif; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 0 4px rgba(0, 0, 0, .45); }
.snm-pin.snm-age1 { background: rgba(239, 108, 0, .85); }
.snm-pin.snm-age0 { background: rgba(141, 110, 99, .8); }
.snm-pin.snm-selected { background: rgba(21, 101, 192, .95); border-color: #ffeb3b; }
.snm-pin.snm-focus { background: rgba(21, 101, 192, .85); }
.snm-pin.snm-confirmed { box-shadow: 0 0 0 3px #2e7d32; }
.snm-cluster { background: rgba(191, 54, 12, .35); border-radius: 50%; }
.snm-cluster div { background: rgba(191, 54, 12, .85); color: #fff; border-radius: 50%;
  width: 30px; height: 30px; margin: 5px; display: flex; align-items: center;
  justify-content: center; font: 600 11px/1 system-ui, sans-serif; }
.snm-popup { font: 13px/1.35 system-ui, sans-serif; max-height: 260px; overflow-y: auto; }
.snm-popup .snm-title { font-weight: 700; font-size: 14px; }
.snm-popup .snm-sub, .snm-popup .snm-meta { color: #555; font-size: 12px; }
.snm-popup .snm-id { position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.snm-popup ul { margin: 4px 0; padding-left: 16px; }
.snm-popup a.snm-art { color: #0d47a1; cursor: pointer; text-decoration: underline; }
.snm-popup .snm-more { font-style: italic; font-size: 12px; }
.snm-loading { position: absolute; inset: 0; z-index: 1000; display: none;
  align-items: center; justify-content: center; background: rgba(255, 255, 255, .55);
  font: 600 14px/1 system-ui, sans-serif; color: #37474f; pointer-events: none; }
.snm-legend { background: rgba(255, 255, 255, .9); padding: 6px 8px; border-radius: 4px;
  font: 12px/1.4 system-ui, sans-serif; }
.snm-legend summary { font-weight: 700; cursor: pointer; }
.snm-legend i { display: inline-block; width: 14px; height: 10px; margin-right: 4px; }
</style>
"""

_PLACES_JS = """
{% macro script(this, kwargs) %}
(function() {
    var D = {{ this.payload }};
    // Tables arrive as named columns (no key repeated per row); a row becomes an object only
    // when it is drawn, so a change costs the markers on screen, not every place in view.
    function row(table, i) {
        var out = {};
        Object.keys(table).forEach(function(k) { out[k] = table[k][i]; });
        return out;
    }
    function size(table) {
        var keys = Object.keys(table);
        return keys.length ? table[keys[0]].length : 0;
    }
    var group = {{ this._parent.get_name() }};
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text !== undefined && text !== null) { e.textContent = String(text); }
        return e;
    }
    function iso(t) { return '\u2068' + t + '\u2069'; }  // isolated: no bidi reordering
    function openArticle(box, layer, id) {
        // streamlit-folium sends the clicked layer's popup text: for one moment it names the
        // article, then the line goes (never shown: visually hidden and aria-hidden).
        var mark = el('span', 'snm-id', D.articleLabel + id);
        mark.setAttribute('aria-hidden', 'true');
        box.appendChild(mark);
        group.fire('click', {latlng: layer.getLatLng ? layer.getLatLng() : null,
                             sourceTarget: layer});
        if (window.snmSendClick) { window.snmSendClick(); }  // at once (map.controls.ClickNow)
        box.removeChild(mark);
    }
    function fill(box, place, layer) {
        // Built when the popup opens, so the page holds no popup it does not show.
        if (box.getAttribute('data-filled')) { return; }
        box.setAttribute('data-filled', '1');
        var head = el('div', 'snm-title', place.name);
        box.insertBefore(head, box.firstChild);
        var sub = (place.gov ? place.gov + ' · ' : '') + place.n + ' cerita';
        if (place.radius) { sub += ' · wilayah samar ±' + place.radius + ' km'; }
        if (place.ok) { sub += ' · ✓ ' + place.ok + ' dikonfirmasi analis'; }
        box.insertBefore(el('div', 'snm-sub', sub), head.nextSibling);
        var ul = el('ul');
        place.top.forEach(function(i) {
            var a = row(D.articles, i);
            var li = el('li');
            li.setAttribute('data-article-id', a.id);
            var link = el('a', 'snm-art', iso(a.title));
            link.href = '#';
            link.title = 'Buka artikel';
            link.addEventListener('click', function(ev) {
                ev.preventDefault();
                ev.stopPropagation();
                openArticle(box, layer, a.id);
            });
            li.appendChild(link);
            var when = a.date ? a.date + (a.estimated ? ' (perkiraan)' : '') : 'tanpa tanggal';
            var meta = [a.outlet && iso(a.outlet), when].filter(Boolean).join(', ');
            li.appendChild(el('span', 'snm-meta', ' — ' + meta));
            ul.appendChild(li);
        });
        box.insertBefore(ul, box.lastChild);
        if (place.more > 0) {
            box.insertBefore(el('div', 'snm-more', 'dan ' + place.more + ' cerita lainnya'),
                             box.lastChild);
        }
    }
    function popupBox(place) {
        var box = el('div', 'snm-popup');
        box.setAttribute('data-place-id', place.id);
        var id = el('span', 'snm-id', D.label + place.id);
        id.setAttribute('aria-hidden', 'true');  // for the app, not for people
        box.appendChild(id);
        return box;
    }
    function marked(mark, s) {
        // The selected place and an open article's places above the other pins, and among
        // them the smaller above the larger, so a place with few stories beside one with many
        // is not hidden under it (Leaflet stacks by screen y plus this offset).
        return mark ? (mark === 2 ? 300000 : 200000) - 1000 * s : 0;
    }
    function pin(place) {
        var layer;
        if (place.radius) {
            layer = L.circle([place.lat, place.lon], {radius: place.radius * 1000,
                dashArray: '6 6', color: place.mark ? '#1565c0' : '#6a1b9a',
                weight: place.mark ? 3 : 1.5, fillOpacity: 0.05, placeId: place.id});
        } else {
            var s = Math.round(22 + 6 * Math.log2(Math.max(1, place.n)));
            var cls = 'snm-pin' + (place.mark === 2 ? ' snm-selected' :
                                   place.mark === 1 ? ' snm-focus' : '') +
                      (place.ok ? ' snm-confirmed' : '');
            if (place.age !== undefined && place.age !== null) { cls += ' snm-age' + place.age; }
            layer = L.marker([place.lat, place.lon], {placeId: place.id, alt: place.name,
                riseOnHover: true, zIndexOffset: marked(place.mark, s),
                icon: L.divIcon({className: cls, html: String(place.n), iconSize: [s, s]})});
        }
        var box = popupBox(place);
        layer.bindPopup(box, {maxWidth: 340, autoPan: !place.mark});
        layer.on('popupopen', function() { fill(box, place, layer); });
        layer.on('keypress', function(e) {  // Enter on a focused pin selects it, as a click does
            if (e.originalEvent.keyCode === 13) {
                group.fire('click', {latlng: layer.getLatLng(), sourceTarget: layer});
                if (window.snmSendClick) { window.snmSendClick(); }
            }
        });
        var vague = place.radius ? ' (±' + place.radius + ' km)' : '';
        var ok = place.ok ? ' · ✓ ' + place.ok + ' dikonfirmasi analis' : '';
        layer.bindTooltip(el('span', null, place.name + ' · ' + place.n + ' cerita' + vague + ok),
                          {sticky: !!place.radius});
        return layer;
    }
    function clusterIcon(c) {
        var size = c.n < 10 ? 34 : c.n < 100 ? 40 : 48;
        var label = el('div', null, String(c.n));
        var icon = L.divIcon({html: label.outerHTML, className: 'snm-cluster',
                              iconSize: L.point(size, size)});
        var m = L.marker([c.lat, c.lon], {icon: icon, n: c.n, keyboard: true,
                                          alt: c.places + ' tempat'});
        m.bindTooltip(el('span', null, c.places + ' tempat · ' + c.n + ' cerita berbeda'));
        function open() {
            var b = c.box, pad = 0.02;
            m._map.fitBounds([[b[0] - pad, b[1] - pad], [b[2] + pad, b[3] + pad]],
                             {maxZoom: Math.min(D.maxClusterZoom + 1, c.zoom + 3)});
        }
        m.on('click', open);
        m.on('keypress', function(e) { if (e.originalEvent.keyCode === 13) { open(); } });
        return m;
    }
    var nPlaces = size(D.places), from = D.places.from, mark = D.places.mark;
    var pins = new Array(nPlaces);
    function pinAt(i) { return pins[i] || (pins[i] = pin(row(D.places, i))); }
    var clusterGroup = L.layerGroup();  // apart from the group: a cluster click only zooms
    var clusters = {};
    var on = {};
    function render() {
        var map = group._map;
        if (!map) { return; }
        var z = map.getZoom(), want = {};
        for (var i = 0; i < nPlaces; i++) { if (from[i] <= z) { want[i] = true; } }
        Object.keys(on).forEach(function(i) {
            if (!want[i]) { group.removeLayer(pins[i]); delete on[i]; }
        });
        Object.keys(want).forEach(function(i) {
            if (!on[i]) { group.addLayer(pinAt(i)); on[i] = true; }
        });
        clusterGroup.clearLayers();
        if (z <= D.maxClusterZoom) {
            var key = String(Math.max(D.minClusterZoom, z)), table = D.clusters[key];
            if (!clusters[key]) {
                clusters[key] = [];
                for (var k = 0; table && k < size(table); k++) {
                    clusters[key].push(clusterIcon(row(table, k)));
                }
            }
            clusters[key].forEach(function(m) { clusterGroup.addLayer(m); });
        }
        Object.keys(on).forEach(function(i) {
            if (mark[i] === 2 && D.openSelected) { pins[i].openPopup(); }
        });
    }
    function busy(map, step) {
        // "Memuat peta": shown while the map is behind the numbers beside it.
        var box = map.getContainer(), sign = box.querySelector('.snm-loading');
        map._snmBusy = Math.max(0, (map._snmBusy || 0) + step);
        if (!sign) {
            sign = el('div', 'snm-loading', D.loading);
            sign.setAttribute('role', 'status');
            box.appendChild(sign);
        }
        sign.style.display = map._snmBusy ? 'flex' : 'none';
    }
    function withTable(then) {
        // The places' fixed fields (map.placetable): one file per store version, fetched once
        // per page and kept, whatever number of reruns follow.
        if (!D.table) { then(); return; }
        var tables = window.__snmTables = window.__snmTables || {};
        if (!tables[D.table]) {
            tables[D.table] = fetch(D.table).then(function(r) {
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            });
        }
        tables[D.table].then(function(T) {
            var at = D.places.at;
            ['id', 'name', 'lat', 'lon', 'radius'].forEach(function(k) {
                D.places[k] = at.map(function(i) { return T[k][i]; });
            });
            D.places.gov = at.map(function(i) { return T.gov[i] >= 0 ? T.govs[T.gov[i]] : ''; });
            delete D.places.at;
            D.table = null;
            then();
        }, function(err) {
            delete tables[D.table];  // the next rerun asks again
            console.warn('snm: place table not loaded', err);
        });
    }
    var attachedTo = null;
    function attach() {
        var map = group._map;
        if (!map || attachedTo === map) { return; }
        attachedTo = map;
        busy(map, 1);
        // The sign is painted before the markers are built (the heavy part), and goes in the
        // same frame as they appear. Cluster icons stay out of streamlit-folium's click binding.
        withTable(function() { requestAnimationFrame(function() { setTimeout(function() {
            if (attachedTo === map && group._map === map) {
                map.on('zoomend', render);
                clusterGroup.addTo(map);
                render();
            }
            busy(map, -1);
        }, 0); }); });
    }
    if (group._map) { attach(); }
    group.on('add', attach);
    group.on('remove', function() {
        if (attachedTo) { attachedTo.off('zoomend', render); }
        attachedTo = null;
        clusterGroup.remove();
    });
})();
{% endmacro %}
"""


def _payload(
    places: Sequence[PlaceSummary],
    marked: dict[str, int],
    clustering: Clustering,
    open_selected: bool,
    recency: Mapping[str, int] | None = None,
    table: PlaceTable | None = None,
) -> dict:
    articles: dict[str, ArticleRow] = {}
    for p in places:
        articles.update((ref.id, ref) for ref in p.listed)
    index = {aid: i for i, aid in enumerate(articles)}
    marks = [marked.get(p.id, 0) for p in places]
    alone = clustering.alone_from
    rows = table.rows if table else {}
    fixed = (
        {"at": [rows[p.id] for p in places]}
        if table and all(p.id in rows for p in places)
        else {
            "id": [p.id for p in places],
            "name": [p.name for p in places],
            "gov": [p.admin1 or "" for p in places],
            "lat": [round(p.lat, 5) for p in places],
            "lon": [round(p.lon, 5) for p in places],
            "radius": [round(p.radius_km, 1) if p.radius_km else 0 for p in places],
        }
    )
    return {
        "table": table.url if table and "at" in fixed else None,
        "articles": {
            "id": list(articles),
            "title": [a.title or "(tanpa judul)" for a in articles.values()],
            "outlet": [a.outlet or "" for a in articles.values()],
            "date": [a.published or "" for a in articles.values()],
            "estimated": [a.estimated for a in articles.values()],
        },
        "places": {
            **fixed,
            "n": [int(p.n_articles) for p in places],
            "mark": marks,
            "from": [
                MIN_CLUSTER_ZOOM if m or p.radius_km else alone.get(p.id, MIN_CLUSTER_ZOOM)
                for p, m in zip(places, marks, strict=True)
            ],
            "top": [[index[ref.id] for ref in p.listed] for p in places],
            "more": [int(p.n_unlisted) for p in places],
            "ok": [int(p.n_confirmed) for p in places],  # analyst-confirmed articles
            "age": [(recency or {}).get(p.id) for p in places],
        },
        "clusters": _cluster_tables(clustering),
        "minClusterZoom": MIN_CLUSTER_ZOOM,
        "maxClusterZoom": MAX_CLUSTER_ZOOM,
        "openSelected": open_selected,
        "label": PLACE_ID_LABEL,
        "articleLabel": ARTICLE_ID_LABEL,
        "loading": LOADING_TEXT,
    }


def _cluster_tables(clustering: Clustering) -> dict[str, dict[str, list]]:
    """The clusters of each zoom as named columns, keyed by the zoom."""
    by_zoom: dict[str, list] = {}
    for c in clustering.clusters:
        by_zoom.setdefault(str(c.zoom), []).append(c)
    return {
        zoom: {
            "lat": [c.lat for c in cs],
            "lon": [c.lon for c in cs],
            "n": [c.n_articles for c in cs],
            "places": [c.n_places for c in cs],
            "zoom": [c.zoom for c in cs],
            "box": [[round(v, 3) for v in c.box] for c in cs],
        }
        for zoom, cs in by_zoom.items()
    }


class PlaceLayer(DataElement):
    """Places added to the parent layer group, with the clusters of each zoom.

    Pins are drawn alone from the zoom ``clustering`` says; below it their cluster's icon stands
    for them, with the distinct articles under it. ``selected`` is drawn in the selection colour
    and ``focus`` (the open article's places) in a lighter one, both always alone (never inside a
    cluster). ``recency`` (place id → 0, 1, 2: :mod:`dashboard.map.recency`) colours the other
    pins by how recent their newest article is. Vague places (with ``radius_km``) become dashed
    circles, never pins or clusters. With ``table`` (:mod:`dashboard.map.placetable`) a place's
    fixed fields are not sent: the browser reads them from the table, fetched once per page.
    """

    _template = Template(_PLACES_JS)

    def __init__(
        self,
        places: Sequence[PlaceSummary],
        *,
        clustering: Clustering | None = None,
        selected: str | None = None,
        focus: Collection[str] = (),
        open_selected: bool = False,
        recency: Mapping[str, int] | None = None,
        table: PlaceTable | None = None,
    ):
        super().__init__()
        self._name = "PlaceLayer"
        marked = {pid: 1 for pid in focus}
        if selected:
            marked[selected] = 2
        self.places = tuple(places)
        payload = _payload(
            self.places, marked, clustering or Clustering({}, ()), open_selected, recency, table
        )
        self.payload = htmlsafe.script_json(payload)
        self.payload_bytes = len(self.payload.encode())

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
    """Declares the leaflet.heat script on the base map, so the heat layer can be added later
    without reloading the map (the clusters are our own: no clustering plugin is loaded)."""

    default_js = [*HeatMap.default_js]

    def __init__(self):
        super().__init__()
        self._name = "PluginScripts"


_LEGEND_JS = """
{% macro script(this, kwargs) %}
(function() {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function(map) {
        // Open on a wide map only: about 450 x 150 px, it hid Damascus's pins on the 550 px map
        // beside the article panel of a 1400 px screen. A reader who opens or folds it keeps
        // that choice across reruns (each rerun replaces the layer group and this control).
        var kept = window.__snmLegendOpen = window.__snmLegendOpen || {};
        var key = {{ this.title }};
        var div = L.DomUtil.create('details', 'snm-legend');
        div.open = key in kept ? kept[key] : map.getSize().x >= 800;
        var title = document.createElement('summary');
        title.textContent = key;
        title.addEventListener('click', function() { kept[key] = !div.open; });
        div.appendChild(title);
        L.DomEvent.disableClickPropagation(div);
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
_CLICKED_ARTICLE = re.compile(re.escape(ARTICLE_ID_LABEL) + r"(\S+)")


def clicked_article_id(result: Mapping | None) -> str | None:
    """The article whose title was clicked in a map popup, or ``None`` (a plain click)."""
    found = _CLICKED_ARTICLE.search((result or {}).get("last_object_clicked_popup") or "")
    return found.group(1) if found else None


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
