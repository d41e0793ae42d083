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


#: What the engine's place query stood for before it became one lookup per place: every link
#: to a place carries the same gazetteer fields, so any link's fields are the place's.
_GROUPED_PLACES = (
    "SELECT place_id, MIN(name), MIN(kind), MIN(lat), MIN(lon),"
    " MAX(CASE WHEN in_syria THEN 1 ELSE 0 END), MIN(admin1), MIN(admin1_pcode),"
    " MIN(radius_km) FROM article_places GROUP BY place_id ORDER BY place_id"
)


@pytest.mark.integration
def test_the_engine_reads_one_row_per_place_and_every_link_on_both_backends(store_url):
    from dashboard.cli import SEEDS_DIR
    from dashboard.pipeline import ingest_paths

    store = Store(store_url)
    ingest_paths([SEEDS_DIR], store)
    articles, places, links = store.engine_rows()
    with store.engine.connect() as conn:
        grouped = conn.exec_driver_sql(_GROUPED_PLACES).all()
    assert [p[:5] + (bool(p[5]),) + p[6:] for p in places] == [
        tuple(g[:5]) + (bool(g[5]),) + tuple(g[6:]) for g in grouped
    ]
    stored = store.place_rows()
    assert sorted((a, p) for a, p, _ in links) == sorted((r.article_id, r.place_id) for r in stored)
    assert len(articles) == store.count() == 2 and len(places) == len({r.place_id for r in stored})
    store.close()


def test_opening_the_store_leaves_the_ingest_only_libraries_unimported():
    # datasketch (near-duplicate stories) imports scipy: about a second of the server's start.
    import subprocess
    import sys

    code = (
        "import sys, dashboard.store.archive\n"
        "print(sorted({'datasketch', 'scipy'} & set(sys.modules)))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
