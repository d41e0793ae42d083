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
map instead of grey squares, and says so in the attribution line. :class:`ClickNow` hands a click
on a pin to the app at once: streamlit-folium sends the clicked object 250 ms later (its updates
are debounced for panning), a quarter of the time from a pin click to the filled panel.
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


_CLICK_NOW_JS = """
{% macro script(this, kwargs) %}
(function() {
    // streamlit-folium (0.24-0.27) records a clicked layer in window.__GLOBAL_DATA__ and sends
    // it after a 250 ms debounce, only if it differs from what it sent last. Sending that same
    // value at once (and recording it as sent) makes its debounced send a no-op. Only the two
    // values this app asks for are sent; with any other shape the debounce stays in charge.
    var wanted = ['last_object_clicked', 'last_object_clicked_popup'];
    function sendNow() {
        var g = window.__GLOBAL_DATA__, S = window.Streamlit;
        if (!g || !S || !g.returned_objects) { return; }
        if (g.returned_objects.slice().sort().join() !== wanted.join()) { return; }
        var data = {last_object_clicked: g.last_object_clicked,
                    last_object_clicked_popup: g.last_object_clicked_popup};
        if (JSON.stringify(g.previous_data) !== JSON.stringify(data)) {
            g.previous_data = data;
            S.setComponentValue(data);
        }
    }
    window.snmSendClick = sendNow;  // for clicks fired by the map's own scripts
    var c = {{ this._parent.get_name() }}.getContainer();
    // After Leaflet's own listener on the container, which has run the layer's click handlers.
    c.addEventListener('click', sendNow);
    c.addEventListener('keypress', sendNow);
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


class ClickNow(DataElement):
    """Send a click on a map layer to the app at once, not after streamlit-folium's debounce."""

    _template = Template(_CLICK_NOW_JS)

    def __init__(self):
        super().__init__()
        self._name = "ClickNow"


class TileFallback(DataElement):
    """When a tile fails before any tile has loaded (tile server unreachable): drop the layer
    and add ``notice`` to the attribution line. Add it to the map after ``layer``."""

    _template = Template(_TILE_FALLBACK_JS)

    def __init__(self, layer, *, notice: str = TILES_UNREACHABLE):
        super().__init__()
        self._name = "TileFallback"
        self.layer_name = layer.get_name()
        self.notice = htmlsafe.script_json(htmlsafe.text(notice))
