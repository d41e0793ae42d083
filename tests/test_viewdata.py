"""Rows held in memory per store version."""

from __future__ import annotations

import pytest

from dashboard.model import Article
from dashboard.store.archive import Store
from dashboard.text.read import make_article
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


def _article(title: str, body: str, path: str) -> Article:
    return make_article(title=title, raw_body=body, path=path)


@pytest.mark.parametrize("url", [False, True])
def test_the_version_changes_with_every_write_even_when_the_count_does_not(tmp_path, url):
    # A database URL used to be versioned by its article count: an edit kept the old title.
    db = f"sqlite:///{tmp_path / 's.sqlite'}" if url else str(tmp_path / "s.sqlite")
    store = Store(db)
    first = viewdata.store_version(store)
    store.save([(_article("Judul lama", "Isi berita lama.", "/x/a.txt"), None)])
    added = viewdata.store_version(store)
    rows, _ = viewdata.load_rows(store, db, added)
    assert added != first and [r["title"] for r in rows] == ["Judul lama"]
    counts = store.save([(_article("Judul baru", "Isi berita baru.", "/x/a.txt"), None)])
    assert counts.replaced == 1 and store.count() == 1
    edited = viewdata.store_version(store)
    rows, _ = viewdata.load_rows(store, db, edited)
    assert edited != added and [r["title"] for r in rows] == ["Judul baru"]
    store.save([(_article("Judul baru", "Isi berita baru.", "/x/a.txt"), None)])
    assert viewdata.store_version(store) == edited  # nothing changed: the cache stays
    store.close()


def test_a_write_by_another_store_object_is_seen(tmp_path):
    db = str(tmp_path / "s.sqlite")
    reader, writer = Store(db), Store(db)
    before = viewdata.store_version(reader)
    writer.save([(_article("Judul", "Isi.", "/x/b.txt"), None)])
    assert viewdata.store_version(reader) != before
