"""Schema migrations (Alembic): new stores, stores written before migrations, and the schema.

``fixtures/store-pre-migrations.sqlite`` is a real store written by the program as it was before
migrations (commit 9521528): the two seeds and a three-line JSONL export ingested, one geocoding
answer cached. It is opened here as a copy, upgraded in place, and checked row for row.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import event, inspect, text
from storehelp import articles_as_before, as_before_migrations, mention_table

from dashboard.pipeline import ingest_paths
from dashboard.store import fingerprint_v1, migrate, schema, search
from dashboard.store import stories as stories_
from dashboard.store.archive import Store
from dashboard.store.schema import metadata

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
OLD_STORE = Path(__file__).parent / "fixtures" / "store-pre-migrations.sqlite"
TABLES = ("articles", "article_places", "article_sources", "geocode_cache", "mentions")
MENTION_COLUMNS = "article_id, place_id, span_start, span_end, surface, confidence, qualifier"
MENTION_COLUMNS += ", evidence"
#: article columns added after the baseline
LATER = ("search_doc", "story_id", "minhash", "seq", "signature", "mentions")


def _dump(conn) -> dict[str, list[tuple]]:
    """Every row of every table (the baseline's columns), sorted, as the database gives them."""
    out = {"mentions": sorted(mention_table(conn), key=repr)}
    for table in TABLES[:-1]:
        names = ", ".join(c.name for c in metadata.tables[table].columns if c.name not in LATER)
        out[table] = sorted(
            map(tuple, conn.execute(text(f"SELECT {names} FROM {table}"))), key=repr
        )
    return out


def _raw_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, the columns of the old store only, read by sqlite3 itself."""
    out = {}
    fixture = f"file:{OLD_STORE}?immutable=1"  # read as is: no -wal or -shm file beside it
    with sqlite3.connect(fixture, uri=True) as old, sqlite3.connect(path) as raw:
        for table in TABLES:
            names = ", ".join(r[1] for r in old.execute(f"PRAGMA table_info({table})"))
            if table == "mentions" and not _has_table(raw, "mentions"):
                out[table] = sorted(mention_table(raw), key=repr)
                continue
            if table == "articles" and _has_column(raw, "articles", "published_evidence_start"):
                found = articles_as_before(raw, names.split(", "))
                out[table] = sorted(found, key=repr)
                continue
            out[table] = sorted(raw.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)
    return out


def _has_column(raw, table: str, name: str) -> bool:
    return any(r[1] == name for r in raw.execute(f"PRAGMA table_info({table})"))


def _has_table(raw, name: str) -> bool:
    found = raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def test_a_store_written_before_migrations_upgrades_in_place_with_nothing_lost(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_STORE, path)
    with sqlite3.connect(path) as raw:
        found = raw.execute("SELECT name FROM sqlite_master WHERE name = 'alembic_version'")
        assert not found.fetchall()
    before = _raw_dump(path)
    assert len(before["articles"]) == 5 and len(before["mentions"]) == 36

    store = Store(str(path))
    with store.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
    assert _raw_dump(path) == before
    assert store.count() == 5
    assert store.search("Maarat") and store.search("konvoi bantuan") == {
        r.id for r in store.article_rows() if r.title == "Bantuan tiba di Aleppo"
    }
    assert store.geocode_cache().get("douma") == {"lat": 33.57, "lon": 36.4}
    first = store.article_rows()[0].id
    assert store.article(first).id == first and store.geotag(first) is not None


def test_reopening_an_upgraded_store_runs_no_migration(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_STORE, path)
    Store(str(path)).close()

    def no_migration(*args):
        raise AssertionError("migrated again")

    monkeypatch.setattr(migrate, "upgrade", no_migration)
    assert Store(str(path)).count() == 5


def test_the_migrations_build_exactly_the_tables_the_code_declares(store_url):
    store = Store(store_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # Indexes the code does not declare: the search indexes, and FTS5's own shadow tables.
    diff = [d for d in diff if not _search_index(d)]
    assert diff == []


def _search_index(change) -> bool:
    kind, obj = change[0], change[1]
    if kind == "remove_index":
        return obj.name == "ix_articles_fts"
    if kind == "remove_table":
        return obj.name.startswith("articles_fts")
    return False


def test_postgres_full_text_search_has_its_gin_index(store_url):
    store = Store(store_url)
    if store.backend != "postgresql":
        with store.engine.connect() as conn:
            assert inspect(conn).has_table("articles_fts")  # SQLite: FTS5
        return
    with store.engine.connect() as conn:
        (definition,) = conn.execute(
            text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_fts'"
                " AND schemaname = current_schema()"
            )
        ).one()
        assert "USING gin" in definition and "'simple'" in definition
        conn.execute(text("SET enable_seqscan = off"))  # the planner's choice on 0 rows aside
        plans = []
        listen = "before_cursor_execute"

        def explain(conn_, cursor, statement, params, context, many):
            if statement.startswith("SELECT articles.id"):
                cursor.execute("EXPLAIN " + statement, params)
                plans.extend(row[0] for row in cursor.fetchall())

        event.listen(store.engine, listen, explain)
        search.matching(conn, "ghutah tim")
        event.remove(store.engine, listen, explain)
    assert any("ix_articles_fts" in line for line in plans), plans


def test_a_store_from_before_migrations_is_stamped_and_upgraded_on_both_backends(store_url):
    """The baseline's tables with rows and no alembic_version, as today's code leaves a store
    (on PostgreSQL too), upgrade in place; search works on the articles already stored."""
    store = Store(store_url)
    assert ingest_paths([SEEDS], store).stored == 2
    with store.engine.connect() as conn:
        before = _dump(conn)
    as_before_migrations(store)
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert _dump(conn) == before
    assert len(reopened.search("Suriah")) == 2 and len(reopened.search("qalamoun tim")) == 1


def test_a_store_from_before_migrations_with_pages_and_ledger_keeps_them(store_url):
    """Stores written just before migrations already had article_pages and collect_urls."""
    store = Store(store_url)
    assert ingest_paths([SEEDS], store).stored == 2
    as_before_migrations(store)
    with store.engine.begin() as conn:
        aid = conn.execute(text("SELECT min(id) FROM articles")).scalar()
        for table in (schema.article_pages, schema.collect_urls):
            table.create(conn)
        conn.execute(
            schema.article_pages.insert().values(article_id=aid, extractor="x", html_gz=b"\x1f")
        )
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        pages = conn.execute(text("SELECT article_id, html_gz FROM article_pages")).all()
    assert [(p[0], bytes(p[1])) for p in pages] == [(aid, b"\x1f")]


def test_links_are_stored_in_key_order_and_0006_goes_down_and_up_with_nothing_lost(tmp_path):
    """Migration 0006: places, mentions and sources as WITHOUT ROWID tables (no second copy of
    their key: the store's size, issue 13); down to 0004 and up again keeps every row."""
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_STORE, path)
    Store(str(path)).close()
    before = _raw_dump(path)
    clustered = ("article_places", "mentions", "article_sources")
    at_head = {"article_places": True, "article_sources": True}  # mentions packed since 0009

    def layout() -> dict[str, bool]:
        with sqlite3.connect(path) as raw:
            rows = raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
            return {n: "WITHOUT ROWID" in sql for n, sql in rows if n in clustered}

    def indexes() -> set[str]:
        with sqlite3.connect(path) as raw:
            return {n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}

    assert layout() == at_head
    assert "ix_mentions_article" not in indexes()
    engine = Store(str(path)).engine
    with engine.begin() as conn:
        command.downgrade(migrate._config(conn), "0005")
    assert layout() == dict.fromkeys(clustered, False)
    assert {"ix_mentions_article", "ix_article_places_place"} <= indexes()
    assert _raw_dump(path) == before
    engine.dispose()
    store = Store(str(path))  # upgraded again at open
    assert layout() == at_head and _raw_dump(path) == before
    first = store.article_rows()[0].id
    assert store.geotag(first) is not None


def _bands(conn) -> set[tuple[int, str]]:
    """The stories' LSH index: (band key, article id) pairs."""
    query = "SELECT b.key, a.id FROM story_bands b JOIN articles a ON a.seq = b.seq"
    return set(map(tuple, conn.execute(text(query))))


def test_0007_indexes_the_stored_fingerprints_and_goes_down_and_up(store_url, tmp_path):
    """A store from before the band table (0006) gets its LSH index from the stored
    fingerprints when it is upgraded: the same (key, article) rows ingest writes, every article
    kept, and copies ingested afterwards join the stored stories."""
    from test_stories import OTHER_DAY, SAME_TOPIC, WIRE, edited, rewrapped

    folder = tmp_path / "in"
    folder.mkdir()
    for name, body in (("a", WIRE), ("b", rewrapped(WIRE)), ("c", SAME_TOPIC), ("d", OTHER_DAY)):
        (folder / f"{name}.txt").write_text(f"Judul {name}\n\n{body}\n", encoding="utf-8")
    store = Store(store_url)
    ingest_paths([folder, SEEDS], store)
    with store.engine.begin() as conn:
        before, rows = _bands(conn), _dump(conn)
        stories = dict(conn.execute(text("SELECT id, story_id FROM articles")).all())
        command.downgrade(migrate._config(conn), "0006")
        assert not inspect(conn).has_table("story_bands")
    assert len(before) == 32 * 6 and len({aid for _, aid in before}) == 6
    store.close()
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert _bands(conn) == before and _dump(conn) == rows
        assert dict(conn.execute(text("SELECT id, story_id FROM articles")).all()) == stories
    (folder / "e.txt").write_text(f"Judul e\n\n{edited(WIRE)}\n", encoding="utf-8")
    ingest_paths([folder / "e.txt"], reopened)
    with reopened.engine.connect() as conn:
        found = dict(conn.execute(text("SELECT title, story_id FROM articles")).all())
    assert found["Judul e"] == found["Judul a"] == found["Judul b"] != found["Judul c"]


def _prints(conn) -> dict[str, tuple[bytes | None, frozenset[int]]]:
    """Each grouped article's stored signature and band keys, by title."""
    query = "SELECT a.title, a.signature, b.key FROM articles a JOIN story_bands b ON a.seq = b.seq"
    out: dict[str, tuple[bytes | None, set[int]]] = {}
    for title, sig, key in conn.execute(text(query)):
        out.setdefault(title, (bytes(sig), set()))[1].add(key)
    return {t: (sig, frozenset(keys)) for t, (sig, keys) in out.items()}


def _expected(body: str, values, keys) -> tuple[bytes, frozenset[int]]:
    found = values(body)
    return stories_.pack(stories_.short(found)), frozenset(keys(found))


def test_0012_computes_every_signature_and_band_key_again_and_goes_down_and_up(store_url, tmp_path):
    """Going down to 0011 gives each grouped article the signature and band keys of the code
    before (datasketch's MinHash, BLAKE2b keys); going up, those of the numpy fingerprint, as a
    new ingest writes them; stories and numbers stay, and a copy ingested after joins its story."""
    from test_stories import OTHER_DAY, SAME_TOPIC, WIRE, edited, rewrapped

    folder = tmp_path / "in"
    folder.mkdir()
    for name, body in (("a", WIRE), ("b", rewrapped(WIRE)), ("c", SAME_TOPIC), ("d", OTHER_DAY)):
        (folder / f"{name}.txt").write_text(f"Judul {name}\n\n{body}\n", encoding="utf-8")
    store = Store(store_url)
    ingest_paths([folder], store)
    with store.engine.begin() as conn:
        bodies = dict(conn.execute(text("SELECT title, body FROM articles")).all())
        fresh, rows = _prints(conn), _dump(conn)
        command.downgrade(migrate._config(conn), "0011")
        old = _prints(conn)
    assert set(fresh) == set(bodies) and len(bodies) == 4
    for title, body in bodies.items():
        assert fresh[title] == _expected(body, stories_.fingerprint, stories_.band_keys)
        assert old[title] == _expected(body, fingerprint_v1.values, fingerprint_v1.band_keys)
        assert old[title] != fresh[title]
    store.close()
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert _prints(conn) == fresh and _dump(conn) == rows
    (folder / "e.txt").write_text(f"Judul e\n\n{edited(WIRE)}\n", encoding="utf-8")
    ingest_paths([folder / "e.txt"], reopened)
    with reopened.engine.connect() as conn:
        found = dict(conn.execute(text("SELECT title, story_id FROM articles")).all())
    assert found["Judul e"] == found["Judul a"] == found["Judul b"] != found["Judul c"]


def _triggers(conn) -> set[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    return set(conn.execute(text(query)).scalars())


def test_0013_indexes_new_articles_per_batch_and_goes_down_and_up(tmp_path):
    """0013 drops FTS5's per-row insert trigger (ingest indexes a batch in one statement); going
    down brings it back, and articles stored either way are found and match the index."""
    store = Store(str(tmp_path / "news.sqlite"))
    ingest_paths([SEEDS], store)
    with store.engine.begin() as conn:
        assert _triggers(conn) == {"articles_fts_ad", "articles_fts_au"}
        command.downgrade(migrate._config(conn), "0012")
        assert _triggers(conn) == {"articles_fts_ai", "articles_fts_ad", "articles_fts_au"}
    seeds_found = store.search("Suriah")
    store.close()
    reopened = Store(str(tmp_path / "news.sqlite"))
    with reopened.engine.begin() as conn:
        assert migrate.current(conn) == migrate.head()
        assert _triggers(conn) == {"articles_fts_ad", "articles_fts_au"}
    (tmp_path / "new.txt").write_text("Judul baru\n\nKonvoi tiba di Suriah utara.\n", "utf-8")
    ingest_paths([tmp_path / "new.txt"], reopened)
    with reopened.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        )
    assert len(reopened.search("Suriah")) == len(seeds_found) + 1 and seeds_found


def test_an_old_store_is_grouped_and_indexed_at_its_first_write(tmp_path):
    """The real pre-migration store (no fingerprints): its articles get their story, number and
    band keys at the next write, and only those long enough to group."""
    path = tmp_path / "old.sqlite"
    shutil.copy(OLD_STORE, path)
    store = Store(str(path))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM story_bands")).scalar() == 0
    assert ingest_paths([SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]], store).read == 1
    with store.engine.connect() as conn:
        counts = conn.execute(
            text("SELECT COUNT(*), COUNT(story_id), COUNT(signature), COUNT(seq) FROM articles")
        ).one()
        assert tuple(counts)[:2] == (5, 5) and counts[2] == counts[3] >= 2
        assert len(_bands(conn)) == 32 * counts[3]


def test_0009_packs_the_mentions_into_their_articles_and_goes_down_and_up(store_url):
    """Migration 0009: the mentions table's rows become each article's packed mentions and
    come back unchanged going down; the opened article's highlights are the same."""
    store = Store(store_url)
    ingest_paths([SEEDS], store)
    ids = [r.id for r in store.article_rows()]
    shown = {aid: store.mention_rows(aid) for aid in ids}
    geotags = {aid: store.geotag(aid) for aid in ids}
    with store.engine.begin() as conn:
        packed = sorted(mention_table(conn), key=repr)
        command.downgrade(migrate._config(conn), "0008")
        table = conn.execute(text(f"SELECT {MENTION_COLUMNS} FROM mentions")).all()
        assert "mentions" not in {c["name"] for c in inspect(conn).get_columns("articles")}
    assert len(packed) > 20 and sorted(map(tuple, table), key=repr) == packed
    store.close()
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        assert not inspect(conn).has_table("mentions")
        assert sorted(mention_table(conn), key=repr) == packed
    assert {aid: reopened.mention_rows(aid) for aid in ids} == shown
    assert {aid: reopened.geotag(aid) for aid in ids} == geotags


def test_0010_stores_date_evidence_as_offsets_and_goes_down_and_up(store_url):
    """Migration 0010: going down, the evidence and event dates are stored whole again, as
    before; up again, as offsets and compact lists; the articles read back the same."""
    store = Store(store_url)
    ingest_paths([SEEDS], store)
    ids = [r.id for r in store.article_rows()]
    articles = {aid: store.article(aid) for aid in ids}
    columns = "id, published_evidence, published_evidence_start, event_dates"
    with store.engine.begin() as conn:
        compact = {r[0]: r[1:] for r in conn.execute(text(f"SELECT {columns} FROM articles"))}
        command.downgrade(migrate._config(conn), "0009")
        old = dict(conn.execute(text("SELECT id, event_dates FROM articles")).all())
        evidence = dict(conn.execute(text("SELECT id, published_evidence FROM articles")).all())
    assert all(start is not None and stored == "" for stored, start, _ in compact.values())
    for aid, article in articles.items():
        assert evidence[aid] == article.published.evidence != ""
        assert [e["surface"] for e in json.loads(old[aid])] == [
            e.surface for e in article.event_dates
        ]
    store.close()
    reopened = Store(store_url)
    with reopened.engine.connect() as conn:
        assert migrate.current(conn) == migrate.head()
        again = {r[0]: r[1:] for r in conn.execute(text(f"SELECT {columns} FROM articles"))}
    assert again == compact and {aid: reopened.article(aid) for aid in ids} == articles


def test_grouping_finds_the_articles_still_to_group_by_their_partial_index(tmp_path):
    """0011: stories.backfill's query at every write reads the index of the ungrouped articles
    (empty once all have a story), not the table; the path and story indexes are gone."""
    store = Store(str(tmp_path / "s.sqlite"))
    ingest_paths([SEEDS], store)
    plans = []

    def explain(conn_, cursor, statement, params, context, many):
        if "story_id IS NULL" in statement:
            cursor.execute("EXPLAIN QUERY PLAN " + statement, params)
            plans.extend(row[-1] for row in cursor.fetchall())

    event.listen(store.engine, "before_cursor_execute", explain)
    ingest_paths([SEEDS], store)
    event.remove(store.engine, "before_cursor_execute", explain)
    assert plans and set(plans) == {"SCAN articles USING INDEX ix_articles_ungrouped"}, plans
    with store.engine.connect() as conn:
        names = {i["name"] for i in inspect(conn).get_indexes("articles")}
    assert "ix_articles_ungrouped" in names and not names & {
        "ix_articles_path",
        "ix_articles_story_id",
    }
