"""The selection as a patch over a view's place layer: applied as the page's script applies it,
it gives the layer a full rebuild with the selection would give (marked places alone, the
clusters counted without them), and a layer that names its view's file carries only the patch."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest
from test_mapview import ARTICLES, place_row, summaries

from dashboard.map.clusters import MIN_CLUSTER_ZOOM, cluster_places
from dashboard.map.layers import PlaceLayer, view_data
from dashboard.map.selection import selection_patch
from dashboard.rowtypes import ArticleRow

pytestmark = pytest.mark.unit

DAMASCUS, DOUMA, HARASTA, HOMS = "gn:170654", "gn:170592", "gn:170017", "gn:169577"
ROWS = [
    place_row("a1", DAMASCUS, "Damascus"),
    place_row("a2", DAMASCUS, "Damascus"),
    place_row("a3", DAMASCUS, "Damascus"),
    place_row("a1", DOUMA, "Douma", lat=33.57, lon=36.40),
    place_row("a4", DOUMA, "Douma", lat=33.57, lon=36.40),
    place_row("a4", HARASTA, "Harasta", lat=33.56, lon=36.37),
    place_row("a2", HOMS, "Homs", lat=34.73, lon=36.71, admin1="Homs", pcode="SY04"),
]
WORLD_ARTICLES = [*ARTICLES, ArticleRow("a4", "Douma dan Harasta", "Uji", published="2018-03-01")]


def world():
    places, sel = summaries(ROWS, WORLD_ARTICLES)
    return places, sel


def clustered(sel, places, leave_out=()):
    c = sel.columns
    idx = [c.place_index[p.id] for p in places if not p.radius_km and p.id not in leave_out]
    return cluster_places(sel, np.asarray(idx, dtype=np.int64))


def applied(view: dict, patch: dict) -> tuple[dict, list, list]:
    """The clusters per zoom (as sets of rows), the marks and the first alone zooms once
    ``patch`` is applied to ``view``, as the place layer's script does."""
    clusters = {}
    for zoom in set(view["clusters"]) | set(patch["add"]):
        base = view["clusters"].get(zoom, {})
        dropped = set(patch["drop"].get(zoom, []))
        rows = [
            tuple(json.dumps(base[k][n]) for k in sorted(base))
            for n in range(len(base.get("n", [])))
        ]
        kept = [r for n, r in enumerate(rows) if n not in dropped]
        add = patch["add"].get(zoom, {})
        kept += [
            tuple(json.dumps(add[k][n]) for k in sorted(add)) for n in range(len(add.get("n", [])))
        ]
        clusters[zoom] = sorted(kept)
    n = len(view["places"]["n"])
    marks = [patch["mark"].get(str(i), 0) for i in range(n)]
    start = [patch["from"].get(str(i), z) for i, z in enumerate(view["places"]["from"])]
    return {z: rows for z, rows in clusters.items() if rows}, marks, start


def test_without_a_selection_the_patch_is_empty():
    places, sel = world()
    assert selection_patch(places, {}, clustered(sel, places)) == {
        "mark": {},
        "from": {},
        "drop": {},
        "add": {},
    }


@pytest.mark.parametrize(
    "marked",
    [{DOUMA: 2}, {DOUMA: 2, HARASTA: 1}, {HOMS: 2}, {DAMASCUS: 1, DOUMA: 1, HARASTA: 2}],
)
def test_the_patched_layer_is_the_layer_rebuilt_with_the_selection(marked):
    places, sel = world()
    everything = clustered(sel, places)
    pinned = clustered(sel, places, marked)
    view = view_data(places, everything)
    clusters, marks, start = applied(view, selection_patch(places, marked, everything, pinned))
    rebuilt, _, _ = applied(view_data(places, pinned), selection_patch(places, {}, pinned))
    assert clusters == rebuilt  # the clusters counted without the marked places
    ids = [p.id for p in places]
    assert {ids[i]: m for i, m in enumerate(marks) if m} == marked
    for i, pid in enumerate(ids):
        expected = MIN_CLUSTER_ZOOM if pid in marked else pinned.alone_from[pid]
        assert start[i] == expected, pid


def test_a_marked_place_inside_a_cluster_leaves_it():
    places, sel = world()
    everything = clustered(sel, places)
    pinned = clustered(sel, places, {DOUMA})
    patch = selection_patch(places, {DOUMA: 2}, everything, pinned)
    assert patch["drop"], "Douma was clustered with its neighbours at the opening zooms"
    view = view_data(places, everything)
    clusters, _, _ = applied(view, patch)
    assert clusters != applied(view, selection_patch(places, {}, everything))[0]


def _layer_data(layer: PlaceLayer) -> dict:
    return json.loads(layer.payload)


def test_a_layer_naming_its_views_file_carries_only_the_selection():
    places, sel = world()
    everything = clustered(sel, places)
    one = PlaceLayer(places, clustering=everything, view_url="../snm_places/layer-x.json")
    other = PlaceLayer(
        places,
        clustering=everything,
        pinned=clustered(sel, places, {DOUMA}),
        selected=DOUMA,
        view_url="../snm_places/layer-x.json",
    )
    inline = PlaceLayer(places, clustering=everything)
    assert _layer_data(one)["view"] is None and _layer_data(other)["view"] is None
    assert {k for k in _layer_data(one) if _layer_data(one)[k] != _layer_data(other)[k]} == {"sel"}
    assert not re.search("Serangan|Douma dan Harasta", one.payload)  # no popup line is sent
    assert _layer_data(inline)["view"] == view_data(places, everything)
    assert one.payload_bytes < inline.payload_bytes / 2
