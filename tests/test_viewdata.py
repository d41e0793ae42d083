"""The view columns held in memory per store version."""

from __future__ import annotations

import pytest

from dashboard.model import Article
from dashboard.store.archive import Store
from dashboard.text.read import make_article
from dashboard.view import snapshot as viewdata

pytestmark = pytest.mark.unit


class CountingStore:
    """Engine rows as the store gives them: (articles, places, links)."""

    def __init__(self):
        self.reads = 0

    def engine_rows(self):
        self.reads += 1
        articles = [(f"a{self.reads}", "2017-02-08", 0.9, False, "Kiblat")]
        places = [
            (
                "gn:170654",
                "Damascus",
                "populated_place",
                33.5,
                36.3,
                True,
                "Damascus",
                "SY01",
                None,
            ),
            ("x:1", "X", "populated_place", 34.0, 37.0, True, None, None, None),
        ]
        links = [(f"a{self.reads}", "gn:170654", 0.9), (f"a{self.reads}", "x:1", 0.9)]
        return articles, places, links

    def shown_engine_rows(self):
        """What the view reads: the engine rows with corrections applied (here none), and the
        analyst-confirmed links."""
        return (*self.engine_rows(), set())


def test_columns_are_built_once_per_version_and_shared():
    store = CountingStore()
    first = viewdata.load_columns(store, "t1.sqlite", ("version", 1))
    again = viewdata.load_columns(store, "t1.sqlite", ("version", 1))
    assert again is first and store.reads == 1


def test_places_get_their_indonesian_display_name_from_the_gazetteer_when_read():
    cols = viewdata.load_columns(CountingStore(), "t3.sqlite", ("version", 1))
    # geodata/names_id.tsv names Damascus "Damaskus"; an unknown id has no display name
    assert [(p.id, p.name_id) for p in cols.places] == [("gn:170654", "Damaskus"), ("x:1", None)]


def test_a_new_version_is_built_again_and_the_old_one_let_go():
    store = CountingStore()
    viewdata.load_columns(store, "t2.sqlite", ("version", 1))
    cols = viewdata.load_columns(store, "t2.sqlite", ("version", 2))
    assert cols.ids == ("a2",) and store.reads == 2
    assert [k for k in viewdata._COLUMNS if k[0] == "t2.sqlite"] == [("t2.sqlite", ("version", 2))]


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
    cols = viewdata.load_columns(store, db, added)
    assert added != first and [r.title for r in store.article_rows(cols.ids)] == ["Judul lama"]
    counts = store.save([(_article("Judul baru", "Isi berita baru.", "/x/a.txt"), None)])
    assert counts.replaced == 1 and store.count() == 1
    edited = viewdata.store_version(store)
    cols = viewdata.load_columns(store, db, edited)
    assert edited != added and [r.title for r in store.article_rows(cols.ids)] == ["Judul baru"]
    store.save([(_article("Judul baru", "Isi berita baru.", "/x/a.txt"), None)])
    assert viewdata.store_version(store) == edited  # nothing changed: the cache stays
    store.close()


def test_a_write_by_another_store_object_is_seen(tmp_path):
    db = str(tmp_path / "s.sqlite")
    reader, writer = Store(db), Store(db)
    before = viewdata.store_version(reader)
    writer.save([(_article("Judul", "Isi.", "/x/b.txt"), None)])
    assert viewdata.store_version(reader) != before
