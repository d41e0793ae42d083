"""Analysts' "same story" and "split story" corrections over the machine's grouping (pure)."""

from __future__ import annotations

import pytest

from dashboard.store.corrections import Correction, story_ids

pytestmark = pytest.mark.unit

# The machine grouped a1, a2 and a3 (a wire story; a3 wrongly), b1 and b2; c1 is alone.
ARTICLES = [
    {"id": "a1", "story_id": "a1", "url": "https://x.example/a1"},
    {"id": "a2", "story_id": "a1", "url": None, "path": "/in/a2.txt"},
    {"id": "a3", "story_id": "a1", "url": "https://x.example/a3"},
    {"id": "b1", "story_id": "b1", "url": None, "path": "/in/b1.txt"},
    {"id": "b2", "story_id": "b1", "url": None, "path": "/in/b2.txt"},
    {"id": "c1", "story_id": None, "url": None, "path": "/in/c1.txt"},
]


def fix(cid, aid, action, value=None, undoes=None, key=""):
    return Correction(cid, aid, action, "rina", article_key=key, value=value, undoes=undoes)


CASES = [
    ("no corrections: the machine's stories", [], {"a3": "a1", "b2": "b1", "c1": "c1"}, {}),
    (
        "split a wrongly grouped article out",
        [fix(1, "a3", "split_story")],
        {"a1": "a1", "a2": "a1", "a3": "a3"},
        {1: "applied"},
    ),
    (
        "same story joins both whole stories",
        [fix(1, "c1", "same_story", value="b2")],
        {"c1": "b1", "b1": "b1", "b2": "b1", "a1": "a1"},
        {1: "applied"},
    ),
    (
        "the other article named by its key (URL or path)",
        [fix(1, "b1", "same_story", value="https://x.example/a3")],
        {"b1": "a1", "b2": "a1", "a3": "a1"},
        {1: "applied"},
    ),
    (
        "split, then joined elsewhere, in the order made",
        [fix(1, "a3", "split_story"), fix(2, "a3", "same_story", value="c1")],
        {"a3": "c1", "a1": "a1", "c1": "c1"},
        {1: "applied", 2: "applied"},
    ),
    (
        "an undone split leaves the machine's story",
        [fix(1, "a3", "split_story"), fix(2, "a3", "undo", undoes=1)],
        {"a3": "a1"},
        {1: "undone"},
    ),
    (
        "an article no longer stored: followed by its key, else stale",
        [
            fix(1, "gone", "split_story", key="/in/b2.txt"),
            fix(2, "lost", "split_story", key="/nowhere.txt"),
            fix(3, "c1", "same_story", value="/nowhere.txt"),
        ],
        {"b2": "b2", "b1": "b1", "c1": "c1"},
        {1: "applied", 2: "stale: the article is no longer stored", 3: "stale"},
    ),
]


@pytest.mark.parametrize("label, log, expected, statuses", CASES, ids=[c[0] for c in CASES])
def test_story_corrections_override_the_machines_grouping(label, log, expected, statuses):
    stories, status = story_ids(ARTICLES, log)
    assert {k: stories[k] for k in expected} == expected, label
    for cid, what in statuses.items():
        assert status[cid].startswith(what), (label, status)


@pytest.mark.integration
def test_the_map_reads_the_stories_with_the_analysts_corrections(store_url, tmp_path):
    from test_stories import WIRE, rewrapped

    from dashboard.pipeline import ingest_paths, no_geotagger
    from dashboard.store.archive import Store

    (tmp_path / "a.txt").write_text("Bantuan tiba\n\n" + WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Konvoi masuk\n\n" + rewrapped(WIRE), encoding="utf-8")
    store = Store(store_url)
    ingest_paths([tmp_path], store, geotagger=no_geotagger)
    articles = store.shown_engine_rows()[0]
    assert len({r[5] for r in articles}) == 1  # the machine grouped the two copies
    second = next(r for r in store.article_rows() if r.title == "Konvoi masuk")
    store.correct(Correction(None, second.id, "split_story", "rina", article_key=second.path), None)
    articles = store.shown_engine_rows()[0]
    assert {r[0]: r[5] for r in articles}[second.id] == second.id
    assert len({r[5] for r in articles}) == 2
