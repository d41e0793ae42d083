"""Hostile article text on the map: Jinja syntax in a title or outlet is data, never template.

branca renders each element's script and then parses the result again as a Jinja template, so
text such as ``{% raw %}`` spliced into a script used to raise ``TemplateSyntaxError`` and take
the page down. The texts below are made up for these tests.
"""

from __future__ import annotations

import dataclasses
import json
import re

import folium
import pytest
import streamlit_folium
from layerdata import layer_views

from dashboard.map.assets import local_urls
from dashboard.map.data import PlaceSummary
from dashboard.map.layers import PlaceLayer
from dashboard.map.render import build_map, build_map_parts
from dashboard.rowtypes import ArticleRow

pytestmark = pytest.mark.unit

LOCAL = local_urls("../app.assets/")
JINJA = [
    "Kode {% raw %} Idlib",
    "Kode {{ x",
    "Komentar {# terbuka",
    "{% if %} di Homs",
    "{{ this.__class__ }} {%- endraw -%} {{{%#",
    "}} %} #} penutup",
]


def _rows(title: str, outlet: str):
    article = ArticleRow("a1", title, outlet, published="2019-05-27", published_confidence=0.9)
    place = PlaceSummary(
        "gn:1", "Idlib", "populated_place", 35.93, 36.63, "Idlib", "SY07", None, 1, (article,)
    )
    region = dataclasses.replace(
        place, id="region:x", name="Wilayah", kind="region", radius_km=10.0
    )
    return [place, region]


def _embedded_titles(script: str) -> set[str]:
    found = set()
    for view in layer_views(script):
        data = view["articles"]
        found |= set(data.get("title", [])) | set(data.get("outlet", []))
    return found


@pytest.mark.parametrize("text", JINJA)
def test_jinja_syntax_in_a_title_or_outlet_renders_as_the_same_text(text):
    places = _rows(text, text)
    html = build_map(places, assets=LOCAL).get_root().render()
    assert text in _embedded_titles(html)


@pytest.mark.parametrize("text", JINJA)
def test_the_layers_streamlit_folium_sends_keep_jinja_text_as_data(text):
    parts = build_map_parts(_rows(text, text), assets=LOCAL, layers=("markers",))
    parts.base.render()
    script = "".join(
        streamlit_folium._get_feature_group_string(g, parts.base, i)
        for i, g in enumerate(parts.layers)
    )
    assert text in _embedded_titles(script)


def test_no_template_tag_opener_survives_in_the_embedded_json():
    html = build_map(_rows(JINJA[4], JINJA[0]), assets=LOCAL).get_root().render()
    data = re.findall(r"var D = (\{.*?\});\n", html)
    assert data and not any(re.search(r"\{[{%#]", d) for d in data)


@pytest.mark.parametrize("text", JINJA)
def test_a_layer_script_is_never_parsed_again_as_a_template(text):
    # Even with the JSON escaping bypassed, the rendered script is printed, not compiled.
    m = folium.Map(tiles=None)
    layer = PlaceLayer(_rows("t", None))
    layer.payload = '{"a":[],"p":[],"label":' + json.dumps(text) + "}"
    layer.add_to(folium.FeatureGroup().add_to(m))
    assert json.dumps(text) in m.get_root().render()
