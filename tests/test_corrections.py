"""Analysts' corrections on both backends: applied on top of the machine's rows, kept through a
re-geotag and a re-ingest, stale when their anchor is gone, undone by another entry, saved only
against the version seen, moved between stores as JSON Lines, and scored by ``evaluate``."""

from __future__ import annotations

import json

import pytest
from test_store import DAMASCUS, GHOUTA, article, geotag_for

from dashboard import cli
from dashboard.store import review
from dashboard.store.archive import Store
from dashboard.store.corrections import Correction, article_key, place_fields

pytestmark = pytest.mark.integration

IDLIB = dict(place_fields(DAMASCUS), place_id="gn:169389", name="Idlib", lat=35.93, lon=36.63)


def entry(a, action, **kw) -> Correction:
    return Correction(
        None, a.id, action, kw.pop("reviewer", "rina"), article_key=a.path, reason="uji", **kw
    )


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


@pytest.fixture
def tagged(store):
    a = article()
    store.save([(a, geotag_for(a))])
    return a


def places_of(store) -> dict[str, dict]:
    return {p["place_id"]: p for p in store.corrected_rows()[1]}


def test_without_corrections_the_rows_are_the_machines(store, tagged):
    articles, places = store.corrected_rows()
    assert [a["corrections"] for a in articles] == [()]
    assert all(p["correction"] is None and not p["confirmed"] for p in places)
    assert {p["place_id"] for p in places} == {p.place_id for p in store.place_rows()}


def test_remove_replace_add_date_and_focus_apply_on_top_of_the_machine(store, tagged):
    a = tagged
    removed = store.correct(entry(a, "remove_place", place_id=GHOUTA.id), 0)
    added = store.correct(entry(a, "add_place", place=IDLIB, place_id=IDLIB["place_id"]), 1)
    dated = store.correct(entry(a, "set_date", value="2019-05-28"), 2)
    focus = store.correct(entry(a, "set_focus", place_id="gn:169389"), 3)
    (row,), places = store.corrected_rows()
    assert set(row["corrections"]) == {removed.id, added.id, dated.id, focus.id}
    assert (row["published"], row["published_method"], row["date_correction"]) == (
        "2019-05-28",
        "corrected",
        dated.id,
    )
    by_id = {p["place_id"]: p for p in places}
    assert set(by_id) == {DAMASCUS.id, "gn:169389"}
    assert by_id["gn:169389"]["confirmed"] and by_id["gn:169389"]["is_focus"]
    assert not by_id[DAMASCUS.id]["is_focus"] and row["focus_place_id"] == "gn:169389"


def test_replace_puts_the_right_place_in_the_wrong_ones_stead(store, tagged):
    c = store.correct(
        entry(tagged, "replace_place", place_id=GHOUTA.id, place=IDLIB, anchor="Ghutah Timur"), 0
    )
    places = places_of(store)
    assert GHOUTA.id not in places and places["gn:169389"]["correction"] == c.id


def test_corrections_survive_a_re_geotag(store):
    a = article()
    store.save([(a, None)])  # stored without places, geotagged later
    store.correct(entry(a, "remove_place", place_id=GHOUTA.id), 0)
    store.save([(a, geotag_for(a))])
    assert set(places_of(store)) == {DAMASCUS.id}


def test_an_edited_article_keeps_its_corrections_and_a_lost_anchor_is_stale(store, tagged):
    store.correct(entry(tagged, "remove_place", place_id=GHOUTA.id), 0)
    store.correct(entry(tagged, "add_place", place=IDLIB, anchor="Serangan di Ghutah"), 1)
    edited = article(body="DAMASKUS - Kabar lain dari Ghutah Timur, Senin (27/05/2019).")
    store.save([(edited, geotag_for(edited))])  # same file, new content: a new id
    assert store.article(tagged.id) is None
    assert set(places_of(store)) == {DAMASCUS.id}  # the removal followed; the anchor is gone
    log = store.correction_log(edited.id)
    assert [s.split(":")[0] for _, s in log] == ["applied", "stale"]
    assert "Serangan di Ghutah" in log[1][1]


def test_undo_is_an_entry_and_an_undo_can_be_undone(store, tagged):
    c = store.correct(entry(tagged, "remove_place", place_id=GHOUTA.id), 0)
    undo = store.correct(entry(tagged, "undo", undoes=c.id), 1)
    assert GHOUTA.id in places_of(store)
    store.correct(entry(tagged, "undo", undoes=undo.id), 2)
    assert GHOUTA.id not in places_of(store)
    assert [s for _, s in store.correction_log(tagged.id)] == ["applied", "undone", "applied"]
    assert len(store.corrections()) == 3  # nothing is ever deleted


def test_a_correction_on_a_version_someone_else_changed_is_refused(store, tagged):
    seen = store.review_version(tagged.id)
    store.correct(entry(tagged, "set_date", value="2019-05-28", reviewer="budi"), seen)
    with pytest.raises(review.StaleVersionError, match="corrected meanwhile"):
        store.correct(entry(tagged, "set_date", value="2019-05-29"), seen)
    assert store.corrected_rows()[0][0]["published"] == "2019-05-28"
    store.correct(entry(tagged, "set_date", value="2019-05-29"), store.review_version(tagged.id))
    assert store.corrected_rows()[0][0]["published"] == "2019-05-29"


def test_a_correction_needs_a_reviewer_and_a_known_kind(tagged):
    with pytest.raises(ValueError, match="reviewer"):
        entry(tagged, "set_date", value="2019-01-01", reviewer=" ")
    with pytest.raises(ValueError, match="unknown correction"):
        entry(tagged, "delete_everything")


def test_export_and_import_move_corrections_between_stores(store, tagged, tmp_path, capsys):
    c = store.correct(entry(tagged, "remove_place", place_id=GHOUTA.id), 0)
    store.correct(entry(tagged, "undo", undoes=c.id), 1)
    store.correct(entry(tagged, "set_date", value="2019-05-28"), 2)
    assert cli.main(["corrections", "export", "--db", store.url]) == 0
    dump = tmp_path / "corrections.jsonl"
    dump.write_text(capsys.readouterr().out, encoding="utf-8")
    other = Store(str(tmp_path / "other.sqlite"))
    other.save([(tagged, geotag_for(tagged))])
    other.correct(entry(tagged, "add_place", place=IDLIB), 0)  # ids differ between the stores
    assert cli.main(["corrections", "import", str(dump), "--db", other.url]) == 0
    assert "3 corrections imported" in capsys.readouterr().out
    assert cli.main(["corrections", "import", str(dump), "--db", other.url]) == 0
    assert "0 corrections imported, 3 already" in capsys.readouterr().out
    assert GHOUTA.id in places_of(other)  # the undo points at the imported removal
    assert other.corrected_rows()[0][0]["published"] == "2019-05-28"


def test_a_bad_import_line_is_named_and_nothing_is_added(store, tagged, tmp_path, capsys):
    good = json.dumps({"article_id": tagged.id, "action": "set_date", "reviewer": "r"})
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good + "\n{not json\n", encoding="utf-8")
    assert cli.main(["corrections", "import", str(bad), "--db", store.url]) == 2
    assert f"{bad}:2: not a correction" in capsys.readouterr().err
    assert store.corrections() == []


def test_evaluate_scores_the_geotagger_against_the_corrected_articles(store, tmp_path, capsys):
    from dashboard.pipeline import ingest_paths

    doc = tmp_path / "a.txt"
    doc.write_text("Serangan\nPesawat menyerang Douma dan Homs, Senin (27/05/2019).", "utf-8")
    ingest_paths([doc], store)
    (row,) = store.article_rows()
    machine = {p.place_id for p in store.place_rows()}
    assert "gn:169577" in machine  # Homs
    a = store.article(row.id)
    store.correct(entry(a, "remove_place", place_id="gn:169577"), 0)  # say Homs is wrong
    store.correct(entry(a, "add_place", place=IDLIB), 1)  # and Idlib was missed
    assert cli.main(["evaluate", "--json", "--db", store.url]) == 0
    result = json.loads(capsys.readouterr().out)
    gold, found = len(machine) - 1 + 1, len(machine)
    tp = len(machine) - 1
    assert (result["articles"], result["gold"], result["found"], result["tp"]) == (
        1,
        gold,
        found,
        tp,
    )
    assert result["precision"] == pytest.approx(tp / found)
    assert result["recall"] == pytest.approx(tp / gold)


def test_article_key_is_the_url_else_the_path():
    assert article_key({"id": "x", "url": "https://a.test/1", "path": "a.txt"}) == (
        "https://a.test/1"
    )
    assert article_key({"id": "x", "url": None, "path": "a.txt"}) == "a.txt"
