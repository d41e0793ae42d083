"""Two ingests of the same export at once: nothing is lost, nothing stored twice, no error.

Each process reads the whole export and saves it in batches into one store, started together;
writers queue on the store's version row and insert with ON CONFLICT, so every batch is saved.
"""

from __future__ import annotations

import json
import multiprocessing as mp

import pytest

from dashboard.model import Article, Geotag, Mention, Place, TaggedPlace
from dashboard.pipeline import ingest_paths
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration

N = 600
IDLIB = Place("gn:169388", "Idlib", "populated_place", 35.93, 36.63, True, admin1="Idlib")


def idlib_tagger(article: Article) -> Geotag:
    start = article.text.find("Idlib")
    mention = Mention(start, start + 5, "Idlib", IDLIB.id, 0.9)
    return Geotag((TaggedPlace(IDLIB, (mention,), 0.9),), IDLIB)


def _ingest(db: str, export: str, barrier, results) -> None:
    try:
        barrier.wait(timeout=60)
        store = Store(db)
        report = ingest_paths([export], store, geotagger=idlib_tagger, batch_size=100)
        results.put((report.stored, report.unchanged, report.removed, report.skipped))
    except BaseException as exc:  # reported to the test, never a silent hang
        results.put(repr(exc))


@pytest.mark.parametrize("fresh", [True, False], ids=["new-store", "opened-store"])
def test_two_processes_ingesting_one_export_at_once_store_it_once(tmp_path, fresh):
    export = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"title": f"Laporan {i}", "text": f"Serangan di Idlib, laporan nomor {i}."})
        for i in range(N)
    ]
    export.write_text("\n".join(lines), encoding="utf-8")
    db = str(tmp_path / "store.sqlite")
    if not fresh:
        Store(db).close()
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_ingest, args=(db, str(export), barrier, results)) for _ in "ab"]
    for p in procs:
        p.start()
    reports = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    assert all(not isinstance(r, str) for r in reports), reports  # no process failed
    assert [r[3] for r in reports] == [[], []]  # nothing skipped, no "not saved"
    assert sum(r[0] for r in reports) == N  # each article stored by exactly one of them
    assert all(r[0] + r[1] == N and r[2] == 0 for r in reports)
    store = Store(db)
    assert store.count() == N and len(store.place_rows()) == N
    assert sum(len(store.mention_rows(r.id)) for r in store.article_rows()) == N
    assert {r.path.rsplit(":", 1)[0] for r in store.article_rows()} == {str(export)}


def test_mentions_kept_per_place_are_capped_and_counted(tmp_path):
    from dashboard.store.mentionpack import MAX_MENTIONS_PER_PLACE
    from dashboard.text.read import make_article

    article = make_article(title="Daftar", raw_body="Idlib " * 120, path="/x/daftar.txt")
    spans = [(i, i + 5) for i in range(0, 120 * 6, 6)]
    assert all(article.body[a:b] == "Idlib" for a, b in spans)
    offset = len(article.title) + 2  # Article.text is title, blank line, body
    mentions = tuple(Mention(a + offset, b + offset, "Idlib", IDLIB.id, 0.9) for a, b in spans)
    store = Store(str(tmp_path / "s.sqlite"))
    store.save([(article, Geotag((TaggedPlace(IDLIB, mentions, 0.9),), IDLIB))])
    assert len(store.mention_rows(article.id)) == MAX_MENTIONS_PER_PLACE == 50
    assert [p.n_mentions for p in store.place_rows()] == [120]


def test_highlights_drawn_per_article_are_capped():
    from dashboard.view.highlight import MAX_MARKS, highlight, marked_count

    text = "Idlib " * 3000
    mentions = [
        {"start": i, "end": i + 5, "surface": "Idlib", "place_id": "gn:1", "confidence": 0.9}
        for i in range(0, len(text) - 1, 6)
    ]
    html = highlight(text, mentions, {})
    assert html.count("<mark") == MAX_MARKS == marked_count(text, mentions) == 2000
    assert html.count("Idlib") == 3000  # the rest is still there, as plain text
