"""The map's own CSS (pins, clusters, popups, legend, loading sign, background) and the plugin
scripts declared on the base map."""

from __future__ import annotations

from folium.elements import JSCSSMixin
from folium.plugins import HeatMap
from jinja2 import Template

from dashboard.map.element import DataElement

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
