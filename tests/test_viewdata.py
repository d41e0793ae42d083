"""Rows held in memory per store version."""

from __future__ import annotations

import pytest

from dashboard.view import snapshot as viewdata

pytestmark = pytest.mark.unit


class CountingStore:
    def __init__(self):
        self.reads = 0

    def article_rows(self):
        self.reads += 1
        return [{"id": f"a{self.reads}"}]

    def place_rows(self):
        return [{"place_id": "gn:170654", "name": "Damascus"}, {"place_id": "x:1", "name": "X"}]


def test_rows_are_read_once_per_version_and_shared():
    store = CountingStore()
    first = viewdata.load_rows(store, "t1.sqlite", (("", 1, 10),))
    again = viewdata.load_rows(store, "t1.sqlite", (("", 1, 10),))
    assert again is first and store.reads == 1


def test_place_rows_get_their_indonesian_display_name_from_the_gazetteer_when_read():
    _, places = viewdata.load_rows(CountingStore(), "t3.sqlite", (("", 1, 10),))
    # geodata/names_id.tsv names Damascus "Damaskus"; an unknown id has no display name
    names = [(p["place_id"], p["name_id"]) for p in places]
    assert names == [("gn:170654", "Damaskus"), ("x:1", None)]


def test_a_new_version_is_read_again():
    store = CountingStore()
    viewdata.load_rows(store, "t2.sqlite", (("", 1, 10),))
    rows, _ = viewdata.load_rows(store, "t2.sqlite", (("", 2, 20),))
    assert rows == ({"id": "a2"},) and store.reads == 2


def test_the_version_changes_when_the_file_is_written(tmp_path):
    db = tmp_path / "s.sqlite"
    db.write_bytes(b"x")
    before = viewdata.store_version(str(db))
    (tmp_path / "s.sqlite-wal").write_bytes(b"page")
    assert viewdata.store_version(str(db)) != before


def test_an_empty_wal_left_by_a_reader_is_not_a_change(tmp_path):
    # SQLite creates an empty -wal file when a reader connects; the data did not change.
    db = tmp_path / "s.sqlite"
    db.write_bytes(b"x")
    before = viewdata.store_version(str(db))
    (tmp_path / "s.sqlite-wal").write_bytes(b"")
    assert viewdata.store_version(str(db)) == before


def test_a_database_url_is_versioned_by_its_count():
    assert viewdata.store_version("postgresql://h/db", 5) == ("count", 5)
