"""Names written on the base map (cities, neighbouring countries): text in a pane of its own,
above the outlines and below the pins, never clickable, so the map reads with no tiles at all.

Labels are DOM text nodes (``textContent``), in a pane that takes no pointer events; they come
from the gazetteer and the neighbours table, never from article text.
"""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.basemap import Label
from dashboard.map.element import DataElement

LABEL_STYLE = """
<style>
.leaflet-snm-labels-pane { pointer-events: none; }
.snm-label { white-space: nowrap; font: 600 11px/1 system-ui, sans-serif; color: #37474f;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; transform: translate(6px, -50%); }
.snm-label.snm-city::before { content: ""; display: inline-block; width: 5px; height: 5px;
  border-radius: 50%; background: #37474f; margin: 0 4px 1px -9px; vertical-align: middle; }
.snm-label.snm-country { font: italic 500 13px/1 system-ui, sans-serif; color: #8d8672;
  letter-spacing: .08em; transform: translate(-50%, -50%); }
</style>
"""

_LABELS_JS = """
{% macro script(this, kwargs) %}
(function() {
    var map = {{ this._parent.get_name() }};
    var pane = map.createPane('snm-labels');
    pane.style.zIndex = 450;  // over the outlines and areas (400), under the pins (600)
    {{ this.labels }}.forEach(function(l) {
        var span = document.createElement('span');
        span.className = 'snm-label snm-' + l[3];
        span.textContent = l[0];
        L.marker([l[1], l[2]], {pane: 'snm-labels', interactive: false, keyboard: false,
            icon: L.divIcon({className: '', html: span.outerHTML, iconSize: null})}).addTo(map);
    });
})();
{% endmacro %}
"""


class BaseLabels(DataElement):
    """City and country names on the base map (add it to the ``folium.Map`` itself)."""

    _template = Template(
        "{% macro header(this, kwargs) %}" + LABEL_STYLE + "{% endmacro %}" + _LABELS_JS
    )

    def __init__(self, labels: Sequence[Label]):
        super().__init__()
        self._name = "BaseLabels"
        rows = [[lb.text, round(lb.lat, 4), round(lb.lon, 4), lb.kind] for lb in labels]
        self.labels = htmlsafe.script_json(rows)
