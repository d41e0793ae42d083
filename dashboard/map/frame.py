"""Framing the map on the places that matter (an opened article's, a shared place), in the
browser, at the map's real size: a 358 px wide phone map needs a smaller zoom than a desktop one.

:class:`FrameView` fits the map to its box when the box differs from the one it last fitted, so
the user's own panning and zooming stay until the frame itself changes (an article opened or
closed). Fitting is not animated: an animated zoom still running would swallow the next view change
(Leaflet drops a zoom asked for while one is animating), which left ``?article=`` links on the
whole of Syria.
"""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.element import DataElement

_FRAME_JS = """
{% macro script(this, kwargs) %}
(function() {
    var group = {{ this._parent.get_name() }};
    var box = {{ this.box }}, key = JSON.stringify(box);
    function fit() {
        var map = group._map;
        if (!map || window.__snmFrame === key) { return; }
        window.__snmFrame = key;
        map.fitBounds(box, {animate: false, maxZoom: {{ this.max_zoom }}});
    }
    if (group._map) { fit(); } else { group.once('add', fit); }
})();
{% endmacro %}
"""


class FrameView(DataElement):
    """Fit the map to ``box`` ([[south, west], [north, east]]) once, when it changes."""

    _template = Template(_FRAME_JS)

    def __init__(self, box: Sequence[Sequence[float]], *, max_zoom: int):
        super().__init__()
        self._name = "FrameView"
        self.box = htmlsafe.script_json([[round(v, 4) for v in corner] for corner in box])
        self.max_zoom = int(max_zoom)
