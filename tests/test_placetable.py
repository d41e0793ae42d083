"""Each place's fixed fields in a table served once per store version; the layer names rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from test_mapview import ARTICLES, BOUNDARIES, HOSTILE, LOCAL, ROWS, payload, place_row, summaries

from dashboard.map.clusters import cluster_places
from dashboard.map.placetable import PlaceTable, process_folder, table_json, write_table
from dashboard.map.render import build_map

pytestmark = pytest.mark.unit

NAMES = {"SY01": "Damaskus", "SY03": "Pedesaan Damaskus"}  # P-code → Indonesian name


def table_of(rows=ROWS):
    _, sel = summaries(rows, ARTICLES)
    data, index = table_json(sel.columns, NAMES)
    return json.loads(data), index


def test_the_table_holds_every_mappable_place_and_no_other():
    table, index = table_of()
    # Russia (abroad) and Syria itself are never on the map, so not in the table either.
    assert set(table["id"]) == {"gn:170654", "gn:169577", "region:eastern-ghouta"}
    assert all(table["id"][row] == pid for pid, row in index.items())


def test_a_rows_fields_are_the_places_as_the_map_shows_them():
    table, index = table_of()
    ghouta, homs = index["region:eastern-ghouta"], index["gn:169577"]
    assert table["name"][ghouta] == "Eastern Ghouta"
    assert (table["lat"][ghouta], table["lon"][ghouta]) == (33.53, 36.38)
    assert table["radius"][ghouta] == 12.0 and table["radius"][homs] == 0  # a town is a point
    # Governorates by their Indonesian name when there is one, else the stored one.
    assert table["govs"][table["gov"][ghouta]] == "Pedesaan Damaskus"
    assert table["govs"][table["gov"][homs]] == "Homs"


def test_untrusted_names_stay_data():
    rows = [*ROWS, place_row("a1", "gn:1", HOSTILE, lat=35.0, lon=38.0)]
    table, index = table_of(rows)
    assert table["name"][index["gn:1"]] == HOSTILE  # JSON the browser parses, shown as text


def test_the_file_is_named_by_its_content_and_written_once(tmp_path):
    first = write_table(tmp_path, b'{"id": []}')
    assert write_table(tmp_path, b'{"id": []}') == first
    assert write_table(tmp_path, b'{"id": ["x"]}') != first
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [first, write_table(tmp_path, b'{"id": ["x"]}')]
    )  # no partial file left behind


def render_with(table: PlaceTable | None) -> str:
    places, sel = summaries()
    c = sel.columns
    points = [c.place_index[p.id] for p in places if p.kind != "admin1" and not p.radius_km]
    m = build_map(
        places,
        assets=LOCAL,
        boundaries=BOUNDARIES,
        clustering=cluster_places(sel, points),
        place_table=table,
    )
    return m.get_root().render()


def test_with_a_table_the_layer_sends_rows_not_fixed_fields():
    table, index = table_of()
    html = render_with(PlaceTable("../snm_places/places-x.json", index))
    sent = payload(html)["places"]
    assert all(set(p) & {"id", "name", "gov", "lat", "lon", "radius"} == set() for p in sent)
    # Joined on its rows, the layer names exactly the places it drew without a table.
    inline = payload(render_with(None))["places"]
    assert [table["id"][p["at"]] for p in sent] == [p["id"] for p in inline]
    assert [p["n"] for p in sent] == [p["n"] for p in inline]
    assert '"table":"../snm_places/places-x.json"' in html


def test_a_place_missing_from_the_table_sends_every_field_inline():
    _, index = table_of()
    partial = {k: v for k, v in index.items() if k != "gn:169577"}
    html = render_with(PlaceTable("../snm_places/places-x.json", partial))
    assert {p["id"] for p in payload(html)["places"]} >= {"gn:169577", "gn:170654"}
    assert '"table":null' in html


def test_a_killed_processs_folder_is_removed_by_the_next_one(tmp_path):
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = tmp_path / f"snm-places-{int(gone.stdout)}-abc"
    live = tmp_path / f"snm-places-{os.getpid()}-def"
    other = tmp_path / "snm-places-x"  # not one of these folders: left alone
    for folder in (dead, live, other):
        folder.mkdir()
        (folder / "places-1.json").write_text("{}")
    mine = process_folder(tmp_path)
    assert not dead.exists() and live.exists() and other.exists()
    assert mine.is_dir() and mine.name.startswith(f"snm-places-{os.getpid()}-")
