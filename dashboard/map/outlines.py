"""The base map's outlines (neighbouring countries, Syria, governorates), drawn in one fixed order.

In the app the browser fetches each outline from a file the server serves (``url``), so the
~120 KB of GeoJSON is not part of the map's script, which streamlit-folium sends again on every
rerun: the iframe keeps its map, and a file is fetched once per page. A map saved as one HTML
file (the export) has no server behind it and carries the outlines inline (``data``).

The outlines are loaded first and then added in the order given, whatever order the fetches
finish in: a later layer is drawn over an earlier one (the country's fill over the neighbours,
the governorate lines over the country). A file that cannot be fetched leaves its outline out
and the rest of the map works.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.basemap import COUNTRY_FILE, GOVERNORATES_FILE, NEIGHBOURS_FILE, Boundaries
from dashboard.map.element import DataElement

#: Land outside Syria: neighbouring countries, so they do not read as sea with no tiles.
NEIGHBOUR_STYLE = {"color": "#b8b2a0", "weight": 1, "fillColor": "#ece8dc", "fillOpacity": 1.0}
#: The country's fill: light enough over the sea-coloured background to read as land with no
#: tiles, translucent enough that loaded tiles show through.
COUNTRY_STYLE = {"color": "#455a64", "weight": 2, "fillColor": "#fbfaf6", "fillOpacity": 0.6}
GOVERNORATE_LINES = {"color": "#90a4ae", "weight": 1, "fillOpacity": 0.0}

_OUTLINES_JS = """
{% macro script(this, kwargs) %}
(function() {
    var map = {{ this._parent.get_name() }};
    var outlines = {{ this.outlines }};
    function load(o) {
        if (o.data) { return Promise.resolve(o.data); }
        return fetch(o.url).then(function(r) { return r.ok ? r.json() : null; })
            .catch(function() { return null; });
    }
    Promise.all(outlines.map(load)).then(function(found) {
        found.forEach(function(data, i) {
            if (!data) { return; }
            var style = Object.assign(
                {className: 'snm-outline snm-outline-' + outlines[i].key}, outlines[i].style);
            L.geoJSON(data, {style: function() { return style; }, interactive: false})
                .addTo(map);
        });
    });
})();
{% endmacro %}
"""


@dataclass(frozen=True, slots=True)
class Outline:
    """One outline layer: its GeoJSON inline (``data``) or the URL the browser fetches it from,
    and its Leaflet path style. Its paths have the classes ``snm-outline snm-outline-<key>``."""

    key: str
    style: Mapping[str, object]
    url: str | None = None
    data: Mapping | None = None


class Outlines(DataElement):
    """Outline layers drawn in the order of ``outlines`` (add it to the ``folium.Map``)."""

    _template = Template(_OUTLINES_JS)

    def __init__(self, outlines: Sequence[Outline]):
        super().__init__()
        self._name = "Outlines"
        rows = [
            {"key": o.key, "style": dict(o.style), "url": o.url, "data": o.data} for o in outlines
        ]
        self.outlines = htmlsafe.script_json(rows)


def outline_layers(b: Boundaries, *, tiles: bool, url: str | None = None) -> Outlines | None:
    """The outlines of ``b`` that exist, neighbours first, then Syria, then its governorates;
    fetched from ``url`` + file name when given, else inline. ``None`` when there are none."""
    # Over loaded tiles only the neighbours' borders are drawn: the tiles show the land themselves.
    neighbours = {**NEIGHBOUR_STYLE, "fillOpacity": 0.0} if tiles else NEIGHBOUR_STYLE
    drawn = [
        Outline(key, style, url=url + file) if url else Outline(key, style, data=shapes)
        for shapes, file, key, style in (
            (b.neighbours, NEIGHBOURS_FILE, "neighbours", neighbours),
            (b.country, COUNTRY_FILE, "country", COUNTRY_STYLE),
            (b.governorates, GOVERNORATES_FILE, "governorates", GOVERNORATE_LINES),
        )
        if shapes
    ]
    return Outlines(drawn) if drawn else None
