"""The store, on SQLite and PostgreSQL: idempotent saves, sources and replacement, atomic
batches, fast flat reads."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import event, text
from storehelp import as_before_migrations

from dashboard.errors import StoreError
from dashboard.model import Article, Geotag, Mention, Place, TaggedPlace
from dashboard.store.archive import SaveCounts, Store
from dashboard.text.article import make_article

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DAMASCUS = Place(
    "gn:170654",
    "Damascus",
    "populated_place",
    33.51,
    36.29,
    True,
    admin1="Damascus",
    admin1_pcode="SY01",
    population=1_569_394,
    geonames_id=170654,
    feature_code="PPLC",
)
GHOUTA = Place(
    "region:eastern-ghouta",
    "Eastern Ghouta",
    "region",
    33.53,
    36.38,
    True,
    admin1="Rural Damascus",
    admin1_pcode="SY03",
    radius_km=12.0,
)
RUSSIA = Place("foreign:russia", "Russia", "country", 61.5, 105.3, False)


def article(
    body: str = "DAMASKUS - Serangan di Ghutah Timur, Senin (27/05/2019).",
    path: str = "a.txt",
    title: str = "Serangan di Damaskus",
) -> Article:
    return make_article(title=title, raw_body=body, path=path)


def geotag_for(a: Article) -> Geotag:
    """Mentions found by hand in the test article's text (no gazetteer needed)."""

    def mention(word: str, place: Place, conf: float) -> Mention:
        start = a.text.index(word)
        return Mention(start, start + len(word), word, place.id, conf, None, ("test",))

    damascus = TaggedPlace(DAMASCUS, (mention("DAMASKUS", DAMASCUS, 0.9),), 0.9)
    ghouta = TaggedPlace(GHOUTA, (mention("Ghutah Timur", GHOUTA, 0.8),), 0.8, "timur")
    return Geotag((damascus, ghouta), DAMASCUS)


@pytest.fixture
def store(store_url) -> Store:
    s = Store(store_url)
    yield s
    s.close()


def test_a_new_article_is_stored_and_read_back_unchanged(store):
    a = article()
    assert store.save([(a, None)]) == SaveCounts(stored=1)
    assert store.count() == 1
    assert store.article(a.id) == a


def test_an_unknown_id_reads_as_none(store):
    assert store.article("0" * 16) is None


def test_seeds_round_trip_with_dates_credits_and_event_dates(store):
    from dashboard.text.read import read_paths

    seeds = list(read_paths([SEEDS]))
    store.save([(a, None) for a in seeds])
    for a in seeds:
        assert store.article(a.id) == a


def test_saving_the_same_content_again_changes_nothing(store):
    a = article()
    store.save([(a, geotag_for(a))])
    before = store.article_rows(), store.place_rows(), store.mention_rows(a.id)
    assert store.save([(a, geotag_for(a))]) == SaveCounts(unchanged=1)
    assert (store.article_rows(), store.place_rows(), store.mention_rows(a.id)) == before


def test_the_same_content_under_another_path_is_stored_once(store):
    store.save([(article(path="a.txt"), None)])
    assert store.save([(article(path="copy/a.txt"), None)]) == SaveCounts(unchanged=1)
    assert [r.path for r in store.article_rows()] == ["a.txt"]


def test_an_edited_file_replaces_its_older_version_with_its_places(store):
    old = article()
    store.save([(old, geotag_for(old))])
    new = article(body="DAMASKUS - Serangan baru di Ghutah Timur, Selasa (28/05/2019).")
    assert store.save([(new, geotag_for(new))]) == SaveCounts(replaced=1)
    assert store.article(old.id) is None
    assert [r.id for r in store.article_rows()] == [new.id]
    assert {r.article_id for r in store.place_rows()} == {new.id}
    assert store.mention_rows(old.id) == []


def test_an_edited_file_keeps_content_another_file_still_holds(store):
    shared = article(path="a.txt")
    store.save([(shared, None), (article(path="b.txt"), None)])  # the same text in two files
    edited = article(path="a.txt", body="IDLIB - Versi baru.")
    assert store.save([(edited, None)]) == SaveCounts(stored=1)
    assert {r.id: r.path for r in store.article_rows()} == {
        shared.id: "b.txt",  # shown where it still is
        edited.id: "a.txt",
    }


@pytest.mark.parametrize(
    ("later", "paths"),
    [
        # the file was read again as a list: the lone object it held is no longer there
        (["x.json:1", "x.json:2"], ["x.json:1", "x.json:2"]),
        # and back: a whole file holds one article, its records go at once
        (["x.json"], ["x.json"]),
    ],
)
def test_a_file_read_whole_or_as_records_keeps_only_what_it_holds_now(store, later, paths):
    first = ["x.json"] if later != ["x.json"] else ["x.json:1", "x.json:2"]
    store.save([(article(path=p, title=f"Awal {p}"), None) for p in first], run="1")
    store.save([(article(path=p, title=f"Baru {p}"), None) for p in later], run="2")
    store.remove_unseen("x.json", "2")
    assert sorted(r.path for r in store.article_rows()) == paths
    assert all(r.title.startswith("Baru") for r in store.article_rows())


def test_remove_unseen_forgets_only_what_earlier_runs_read(store):
    old, kept, newer = (article(path=f"x.jsonl:{i}", title=f"Judul {i}") for i in (1, 2, 3))
    store.save([(old, None), (kept, None)], run="1")
    store.save([(kept, None)], run="2")  # the run reconciling x.jsonl
    store.save([(newer, None)], run="3")  # a later run, still reading x.jsonl: not ours to drop
    assert store.remove_unseen("x.jsonl", "2") == 1
    assert sorted(r.title for r in store.article_rows()) == ["Judul 2", "Judul 3"]
    assert store.remove_unseen("x.jsonl", "2") == 0  # done once: nothing left to forget


def test_two_runs_reading_one_file_at_once_forget_nothing_the_file_holds(store):
    """Run "2" saves the records, then run "1" (begun earlier, still reading) saves them again;
    run "2" has read the whole file: nothing it saw may be forgotten."""
    records = [article(path=f"x.jsonl:{i}", title=f"Judul {i}") for i in (1, 2)]
    store.save([(a, None) for a in records], run="2")
    store.save([(a, None) for a in records], run="1")
    assert store.remove_unseen("x.jsonl", "2") == 0
    assert store.count() == 2


def test_a_store_written_before_sources_gets_them_from_article_paths(store_url):
    a, b = article(path="/x/feed.jsonl:3"), article(path="/x/b.txt", title="Lain")
    old = Store(store_url)
    old.save([(a, None), (b, None)])
    as_before_migrations(old)
    with old.engine.begin() as conn:  # as an older version left it
        conn.execute(text("DELETE FROM article_sources"))
        conn.execute(text("DELETE FROM store_meta WHERE key = 'sources'"))
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        rows = conn.execute(text("SELECT file, line, article_id FROM article_sources")).all()
    assert sorted(rows) == [("/x/b.txt", None, b.id), ("/x/feed.jsonl", 3, a.id)]
    assert reopened.remove_unseen("/x/feed.jsonl", "1") == 1 and reopened.count() == 1


def test_within_one_batch_a_repeat_is_unchanged_and_a_later_version_replaces(store):
    first = article(path="a.txt")
    edited = article(path="a.txt", body="IDLIB - Versi kedua dari berita yang sama.")
    counts = store.save([(first, None), (first, geotag_for(first)), (edited, None)])
    assert counts == SaveCounts(stored=1, unchanged=1, replaced=1)
    assert [r.id for r in store.article_rows()] == [edited.id]
    assert store.place_rows() == []


def test_a_batch_is_one_transaction(store):
    kept = article(path="kept.txt", title="Tetap")
    store.save([(kept, None)])
    good = article(path="good.txt", title="Baik")
    broken = dataclasses.replace(article(path="bad.txt", title="Rusak"), title=None)  # NOT NULL
    with pytest.raises(StoreError, match="could not save 2 articles"):
        store.save([(good, None), (broken, None)])
    assert [r.id for r in store.article_rows()] == [kept.id]  # nothing of the batch


def test_places_and_mentions_are_persisted(store):
    a = article()
    tag = geotag_for(a)
    store.save([(a, tag)])
    assert store.geotag(a.id) == tag
    rows = {r.place_id: r for r in store.place_rows()}
    assert dataclasses.asdict(rows["gn:170654"]) == {
        "article_id": a.id,
        "place_id": "gn:170654",
        "name": "Damascus",
        "kind": "populated_place",
        "lat": 33.51,
        "lon": 36.29,
        "admin1": "Damascus",
        "admin1_pcode": "SY01",
        "admin2": None,
        "in_syria": True,
        "geonames_id": 170654,
        "radius_km": None,
        "confidence": 0.9,
        "qualifier": None,
        "is_focus": True,
        "n_mentions": 1,
        "name_id": None,  # not stored: the view adds it (view.snapshot.with_display_names)
        "correction": None,  # the machine's: no analyst's correction (store.corrected adds it)
        "confirmed": False,
    }
    assert (
        rows["region:eastern-ghouta"].qualifier,
        rows["region:eastern-ghouta"].is_focus,
        rows["region:eastern-ghouta"].radius_km,
    ) == ("timur", False, 12.0)
    spans = [(m["start"], m["end"]) for m in store.mention_rows(a.id)]
    assert [a.text[s:e] for s, e in spans] == ["DAMASKUS", "Ghutah Timur"]


def test_a_focus_named_by_no_mention_is_still_stored(store):
    a = article()
    store.save([(a, Geotag((), RUSSIA))])
    assert store.article_rows()[0].focus_place_id == "foreign:russia"
    assert store.geotag(a.id).focus == RUSSIA


def test_an_article_stored_without_places_gets_them_on_a_later_save(store):
    a = article()
    store.save([(a, None)])
    assert store.geotag(a.id) is None
    assert store.save([(a, geotag_for(a))]) == SaveCounts(retagged=1)
    assert store.geotag(a.id) == geotag_for(a)
    assert store.article_rows()[0].n_places == 2


def test_article_rows_are_flat_and_typed(store):
    a = article()
    store.save([(a, geotag_for(a))])
    (row,) = store.article_rows()
    assert dataclasses.asdict(row) == {
        "id": a.id,
        "path": "a.txt",
        "title": "Serangan di Damaskus",
        "outlet": None,
        "url": None,
        "published": "2019-05-27",
        "published_confidence": 0.65,  # the text's one date, read without a URL: an estimate
        "published_method": "explicit",
        "date_note": a.published.note,
        "weekday_conflict": False,
        "focus_place_id": "gn:170654",
        "n_places": 2,
        "date_correction": None,  # the machine's rows (store.corrected applies corrections)
        "corrections": (),
        "story_id": a.id,  # its own story: nothing like it is stored
    }


def test_flat_reads_are_a_single_query_whatever_the_size(store):
    items = [
        article(body=f"DAMASKUS - Serangan ke-{i} di Ghutah Timur.", path=f"{i}.txt")
        for i in range(50)
    ]
    store.save([(a, geotag_for(a)) for a in items])
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert len(store.article_rows()) == 50 and len(store.place_rows()) == 100
    assert len([q for q in statements if not q.startswith("BEGIN")]) == 2  # BEGIN: SQLite's


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("Ghutah", {"a"}),
        ("ghutah timur", {"a"}),
        ("GHUT", {"a"}),  # case, prefix
        ("Damaskus", {"a", "b"}),  # title of a, body of b
        ("Idlib", {"b"}),
        ("Aleppo", set()),
        ('"AND* OR -x', set()),  # FTS syntax in user input is text, not an error
        ("  ", {"a", "b"}),  # an empty query filters nothing
    ],
)
def test_search_finds_words_in_title_and_body(store, query, found):
    a = article()
    b = article(body="IDLIB - Pasukan dari Damaskus tiba.", path="b.txt", title="Idlib")
    store.save([(a, None), (b, None)])
    names = {a.id: "a", b.id: "b"}
    assert {names[i] for i in store.search(query)} == found


TRICKY = {  # what PostgreSQL's own parser would keep whole (dates, numbers, URLs), diacritics
    "a": ("Al-Qaeda di Deir ez-Zor", "Al-Qaeda menyerang Deir ez-Zor, 27/05/2019 pukul 14.05 WIB."),
    "b": (
        "Jabhat al-Nusra",
        "Mundur ke-5 kalinya dari Ma'arrat al-Nu'man; https://contoh.test/berita",
    ),
    "c": ("Kota Ḥalab", "Ḥalab dan Ġūṭa; surel redaksi@contoh.test; 1.200 orang; Suriah's warga."),
}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("al-qaeda", {"a"}),
        ("deir ez-zor", {"a"}),
        ("27/05/2019", {"a"}),
        ("2019", {"a"}),
        ("14.05", {"a"}),
        ("ke-5", {"b"}),
        ("5", {"b"}),
        ("Nu'man", {"b"}),
        ("contoh.test", {"b", "c"}),
        ("berita", {"b"}),
        ("halab", {"c"}),  # diacritics ignored, both ways
        ("Ḥalab", {"c"}),
        ("guta", {"c"}),
        ("redaksi@contoh.test", {"c"}),
        ("200", {"c"}),
        ("Suriah's", {"c"}),
        ("zor 27", {"a"}),  # a phrase across punctuation
        ("27 zor", set()),  # in order only
    ],
)
def test_search_cuts_and_folds_words_the_same_on_both_backends(store, query, found):
    items = [make_article(title=t, raw_body=b, path=f"{k}.txt") for k, (t, b) in TRICKY.items()]
    store.save([(a, None) for a in items])
    names = {a.id: k for a, k in zip(items, TRICKY, strict=True)}
    assert {names[i] for i in store.search(query)} == found


def test_search_without_fts_falls_back_to_like(tmp_path):
    store = Store(str(tmp_path / "news.sqlite"))  # SQLite built without FTS5
    a = article()
    store.save([(a, None)])
    store.has_fts = False
    assert store.search("ghutah tim") == {a.id} and store.search("Aleppo") == set()


def test_search_forgets_replaced_versions(store):
    store.save([(article(), None)])
    new = article(body="IDLIB - Serangan baru.")
    store.save([(new, None)])
    assert store.search("Ghutah") == set() and store.search("Idlib") == {new.id}


def _fts_matches_the_articles(store: Store) -> bool:
    """FTS5's own check of the index against the articles' title and body (rank 1: against the
    content table too); raises on a mismatch."""
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        )
    return True


def test_a_batchs_new_articles_are_indexed_for_search_in_one_statement(tmp_path):
    """Since 0013 the FTS5 rows of a batch's new articles go in with one INSERT … SELECT: the
    index matches the articles after new batches, a replaced version and a copy already stored,
    and finds the words of every batch."""
    store = Store(str(tmp_path / "news.sqlite"))
    first = [
        article(body=f"DAMASKUS - Serangan ke-{i} di Ghutah Timur.", path=f"{i}.txt")
        for i in range(30)
    ]
    store.save([(a, None) for a in first])
    statements = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    second = [
        article(body=f"IDLIB - Konvoi ke-{i} tiba di Idlib.", path=f"b{i}.txt") for i in range(20)
    ]
    store.save([(a, None) for a in second + first[:3]])  # three already stored
    assert sum("INSERT INTO articles_fts" in q for q in statements) == 1
    store.save([(article(body="IDLIB - Versi baru.", path="0.txt"), None)])  # 0.txt replaced
    assert _fts_matches_the_articles(store)
    assert len(store.search("Ghutah Timur")) == 29 and len(store.search("konvoi")) == 20
    assert store.search("ke-0 di") == set() and len(store.search("versi baru")) == 1


def test_the_store_is_a_wal_mode_sqlite_file_that_persists(tmp_path):
    path = tmp_path / "news.sqlite"
    first = Store(str(path))
    a = article()
    first.save([(a, None)])
    with first.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    first.close()
    assert Store(str(path)).article(a.id) == a


def test_a_sqlalchemy_url_works_in_place_of_a_path(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'url.sqlite'}")
    store.save([(article(), None)])
    assert store.count() == 1


def test_an_unopenable_store_raises_store_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot open"):
        Store(str(tmp_path / "file" / "news.sqlite"))


def test_a_pre_migration_store_of_another_schema_version_is_refused(store_url):
    old = Store(store_url)
    as_before_migrations(old)
    with old.engine.begin() as conn:
        conn.execute(text("UPDATE store_meta SET value = '999' WHERE key = 'schema'"))
    with pytest.raises(StoreError, match="schema version 999"):
        Store(store_url)


def test_a_store_from_a_newer_program_is_refused(store_url):
    with Store(store_url).engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="schema revision 9999, written by a newer version"):
        Store(store_url)


def test_geocode_cache_keeps_answers_and_misses(store):
    cache = store.geocode_cache()
    assert cache.get("douma", "missing") == "missing"
    cache.set("douma", {"lat": 33.57, "lon": 36.4})
    cache.set("nowhere", None)  # asked, nothing found
    cache.set("douma", {"lat": 33.58, "lon": 36.4})  # overwrite
    assert cache.get("douma") == {"lat": 33.58, "lon": 36.4}
    assert cache.get("nowhere", "missing") is None


def test_ingested_dates_survive_as_dates(store):
    a = article()
    store.save([(a, None)])
    assert store.article(a.id).published.date == dt.date(2019, 5, 27)
