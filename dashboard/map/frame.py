"""Framing the map on the places that matter (an opened article's, a shared place), in the
browser, at the map's real size: a 358 px wide phone map needs a smaller zoom than a desktop one.

:class:`FrameView` fits the map to its box when the box differs from the one it last fitted, so
the user's own panning and zooming stay until the frame itself changes (an article opened or
closed). Fitting is not animated: an animated zoom still running would swallow the next view change
(Leaflet drops a zoom asked for while one is animating), which left ``?article=`` links on the
whole of Syria. :func:`frame_box` says what to frame and :func:`zoom_to_fit` the zoom the
server assumes for it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.data import PlaceSummary, bounds
from dashboard.map.element import DataElement

#: Syria with a small margin: [[south, west], [north, east]].
SYRIA_BOUNDS = [[32.2, 35.5], [37.5, 42.5]]
MIN_ZOOM = 5

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


def center_of(box: Sequence[Sequence[float]]) -> tuple[float, float]:
    (south, west), (north, east) = box
    return (round((south + north) / 2, 5), round((west + east) / 2, 5))


def frame_box(
    places: Sequence[PlaceSummary], selected: str | None, focus: Collection[str]
) -> list[list[float]]:
    wanted = set(focus) or ({selected} if selected else set())
    points = [(p.lat, p.lon) for p in places if p.id in wanted]
    box = bounds(points)
    if box is None:
        return SYRIA_BOUNDS
    pad = 0.6  # degrees: a single place is shown with its surroundings, not at street level
    return [[box[0][0] - pad, box[0][1] - pad], [box[1][0] + pad, box[1][1] + pad]]
