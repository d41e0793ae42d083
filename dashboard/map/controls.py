"""The map's controls in Indonesian, a mouse-down guard so marker clicks are not lost, and the
tile fallback.

Leaflet's own controls speak English ("Zoom in", "Zoom out") and its scale shows miles beside
kilometres; :class:`Controls` adds them with Indonesian titles and a metric scale (build the
``folium.Map`` with ``zoom_control=False`` and without ``control_scale``). :class:`ClickGuard`
fixes a lost first click: on mouse-down Leaflet focuses the map container and Chromium the
marker, the parent page scrolls the partly hidden map iframe into view, and the mouse-up lands
elsewhere. Focusing without scrolling (and not letting the browser focus the marker) keeps the
pointer on what it pressed. :class:`TileFallback` removes the OpenStreetMap tile layer on its
first failed tile (no internet, or tiles blocked), so an offline page shows the clean outline base
map instead of grey squares, and says so in the attribution line.
"""

from __future__ import annotations

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.element import DataElement

ZOOM_IN_TITLE = "Perbesar"
ZOOM_OUT_TITLE = "Perkecil"
TILES_UNREACHABLE = "Ubin peta tidak terjangkau — garis batas saja"

_CONTROLS_JS = """
{% macro script(this, kwargs) %}
(function() {
    var map = {{ this._parent.get_name() }};
    L.control.zoom({zoomInTitle: {{ this.zoom_in }}, zoomOutTitle: {{ this.zoom_out }}})
        .addTo(map);
    L.control.scale({imperial: false}).addTo(map);
})();
{% endmacro %}
"""

_CLICK_GUARD_JS = """
{% macro script(this, kwargs) %}
(function() {
    var c = {{ this._parent.get_name() }}.getContainer();
    c.addEventListener('mousedown', function(e) {
        if (e.target.closest && e.target.closest('.leaflet-marker-icon')) { e.preventDefault(); }
        c.focus({preventScroll: true});
    }, true);
})();
{% endmacro %}
"""


_TILE_FALLBACK_JS = """
{% macro script(this, kwargs) %}
(function() {
    var map = {{ this._parent.get_name() }}, tiles = {{ this.layer_name }};
    var reached = false;  // one tile loaded: the server is reachable, a stray error is not
    tiles.once('tileload', function() { reached = true; });
    tiles.on('tileerror', function fallback() {
        if (reached) { return; }
        tiles.off('tileerror', fallback);
        map.removeLayer(tiles);
        if (map.attributionControl) { map.attributionControl.addAttribution({{ this.notice }}); }
    });
})();
{% endmacro %}
"""


class Controls(DataElement):
    """A zoom control with Indonesian titles and a kilometre-only scale."""

    _template = Template(_CONTROLS_JS)

    def __init__(self, *, zoom_in: str = ZOOM_IN_TITLE, zoom_out: str = ZOOM_OUT_TITLE):
        super().__init__()
        self._name = "Controls"
        self.zoom_in = htmlsafe.script_json(zoom_in)
        self.zoom_out = htmlsafe.script_json(zoom_out)


class ClickGuard(DataElement):
    """Focus the map on mouse-down without scrolling the page, so a marker click is not lost."""

    _template = Template(_CLICK_GUARD_JS)

    def __init__(self):
        super().__init__()
        self._name = "ClickGuard"


class TileFallback(DataElement):
    """When a tile fails before any tile has loaded (tile server unreachable): drop the layer
    and add ``notice`` to the attribution line. Add it to the map after ``layer``."""

    _template = Template(_TILE_FALLBACK_JS)

    def __init__(self, layer, *, notice: str = TILES_UNREACHABLE):
        super().__init__()
        self._name = "TileFallback"
        self.layer_name = layer.get_name()
        self.notice = htmlsafe.script_json(htmlsafe.text(notice))
