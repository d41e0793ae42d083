"""A legend control drawn from (colour, label) rows as text nodes, on the map or with a layer."""

from __future__ import annotations

from collections.abc import Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.element import DataElement

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
