"""Corrections reach what the dashboard reads, on both backends: the view engine's columns (map
counts, filters, the list's order), the typed rows of the cards and the open article, and the
exports with their provenance."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_corrections import IDLIB, entry
from test_store import DAMASCUS, GHOUTA, article, geotag_for

from dashboard.store import query
from dashboard.store.archive import Store
from dashboard.view import export
from dashboard.view import snapshot as viewdata

pytestmark = pytest.mark.integration


@pytest.fixture
def store(store_url):
    s = Store(store_url)
    yield s
    s.close()


@pytest.fixture
def three(store):
    """Three tagged articles on 27, 26 and 25 May 2019 (newest first: a, b, c)."""
    days = ("Senin (27/05/2019)", "Minggu (26/05/2019)", "Sabtu (25/05/2019)")
    made = [
        article(f"DAMASKUS - Serangan di Ghutah Timur, {day}.", f"{n}.txt", f"Judul {n}")
        for n, day in zip("abc", days, strict=True)
    ]
    store.save([(a, geotag_for(a)) for a in made])
    return made


def view(store) -> query.Selection:
    cols = viewdata.load_columns(store, store.url, viewdata.store_version(store))
    return query.select(cols, query.ViewFilter())


def test_the_view_engine_counts_the_corrected_places(store, three):
    a, b, _ = three
    assert view(store).place_count(GHOUTA.id) == 3
    store.correct(entry(a, "remove_place", place_id=GHOUTA.id), 0)
    store.correct(entry(b, "replace_place", place_id=GHOUTA.id, place=IDLIB), 0)
    sel = view(store)
    assert sel.place_count(GHOUTA.id) == 1
    assert sel.place_count("gn:169389") == 1  # Idlib, a place no machine row has
    assert sel.place_count(DAMASCUS.id) == 3
    c = sel.columns
    confirmed = {
        (c.ids[a], c.places[p].id)
        for a, p, ok in zip(c.link_article, c.link_place, c.link_confirmed, strict=True)
        if ok
    }
    assert confirmed == {(b.id, "gn:169389")}


def test_a_corrected_date_moves_the_article_in_the_list_and_the_range(store, three):
    a, b, c = three
    assert query.ids(view(store).columns, view(store).view) == [a.id, b.id, c.id]
    store.correct(entry(c, "set_date", value="2019-06-01"), 0)
    sel = view(store)
    assert query.ids(sel.columns, sel.view) == [c.id, a.id, b.id]
    assert query.date_bounds(sel.columns) == (dt.date(2019, 5, 26), dt.date(2019, 6, 1))
    store.correct(entry(b, "set_date", value=""), 0)  # "no date": listed apart, not counted
    sel = view(store)
    assert query.ids(sel.columns, sel.view) == [c.id, a.id]
    assert query.ids(sel.columns, sel.undated) == [b.id]
    assert sel.place_count(DAMASCUS.id) == 2


def test_a_date_moved_onto_a_busy_day_is_ordered_by_title_as_the_sql_orders(store, three):
    a, b, c = three
    late = article("DAMASKUS - Lagi di Ghutah Timur, Senin (27/05/2019).", "z.txt", "Judul 0")
    store.save([(late, geotag_for(late))])  # 27 May: "Judul 0" before "Judul a"
    store.correct(entry(c, "set_date", value="2019-05-27"), 0)  # "Judul c": after both
    sel = view(store)
    assert query.ids(sel.columns, sel.view) == [late.id, a.id, c.id, b.id]


def test_undo_gives_the_machine_its_place_back_in_the_counts(store, three):
    a = three[0]
    removed = store.correct(entry(a, "remove_place", place_id=GHOUTA.id), 0)
    assert view(store).place_count(GHOUTA.id) == 2
    store.correct(entry(a, "undo", undoes=removed.id), 1)
    assert view(store).place_count(GHOUTA.id) == 3


def test_shown_rows_are_typed_and_carry_provenance(store, three):
    a, b, _ = three
    dated = store.correct(entry(a, "set_date", value="2019-06-02"), 0)
    added = store.correct(entry(a, "add_place", place=IDLIB, place_id="gn:169389"), 1)
    focus = store.correct(entry(a, "set_focus", place_id=DAMASCUS.id), 2)
    articles, places = store.shown_rows([a.id, b.id])
    assert [r.id for r in articles] == [a.id, b.id]
    assert store.shown_articles([a.id, b.id]) == articles  # the same rows, read without places
    row = articles[0]
    assert (row.published, row.date_correction, row.estimated) == ("2019-06-02", dated.id, False)
    assert set(row.corrections) == {dated.id, added.id, focus.id}
    assert articles[1].corrections == () and articles[1].published == "2019-05-26"
    own = {p.place_id: p for p in places if p.article_id == a.id}
    assert own["gn:169389"].confirmed and own["gn:169389"].correction == added.id
    assert own[DAMASCUS.id].confirmed and own[DAMASCUS.id].correction == focus.id
    assert not own[GHOUTA.id].confirmed and own[GHOUTA.id].correction is None
    assert [p.place_id for p in places if p.article_id == b.id] == [DAMASCUS.id, GHOUTA.id]
    csv = export.to_csv(articles, places).decode("utf-8-sig").splitlines()
    assert csv[0].endswith("published_provenance,place_provenance")
    first = csv[1].split(",")
    assert first[-2] == f"corrected:{dated.id}"
    assert first[-1] == f"corrected:{focus.id}; machine; corrected:{added.id}"
    assert csv[2].split(",")[-2:] == ["machine", "machine; machine"]
    geo = json.loads(export.to_geojson(articles, places))
    provenance = {
        (f["properties"]["article_id"], f["properties"]["place_id"]): f["properties"]["provenance"]
        for f in geo["features"]
    }
    assert provenance[(a.id, "gn:169389")] == f"corrected:{added.id}"
    assert provenance[(b.id, GHOUTA.id)] == "machine"


def test_a_correction_follows_a_re_ingested_edit_into_the_counts(store, three):
    a = three[0]
    store.correct(entry(a, "remove_place", place_id=GHOUTA.id), 0)
    edited = article("DAMASKUS - Serangan baru di Ghutah Timur, Senin (27/05/2019).", "a.txt")
    store.save([(edited, geotag_for(edited))])  # the edited file replaces `a`
    assert a.id not in {r.id for r in store.article_rows()}
    sel = view(store)
    assert sel.place_count(GHOUTA.id) == 2 and sel.place_count(DAMASCUS.id) == 3
    (row,), places = store.shown_rows([edited.id])
    assert row.corrections and GHOUTA.id not in {p.place_id for p in places}
    assert store.shown_articles([edited.id]) == [row]


def test_the_map_summaries_count_the_analyst_confirmed_articles(store, three):
    from dashboard.map.data import places_in_view, summarize

    a, b, _ = three
    store.correct(entry(a, "add_place", place=IDLIB, place_id="gn:169389"), 0)
    store.correct(entry(b, "set_focus", place_id=DAMASCUS.id), 0)
    sel = view(store)
    summaries = {p.id: p for p in summarize(sel, places_in_view(sel), {}, {})}
    assert summaries["gn:169389"].n_confirmed == 1 and summaries[DAMASCUS.id].n_confirmed == 1
    assert summaries[GHOUTA.id].n_confirmed == 0
    narrowed = query.select(sel.columns, query.ViewFilter(end=dt.date(2019, 5, 26)))  # a is out
    summaries = {p.id: p for p in summarize(narrowed, places_in_view(narrowed), {}, {})}
    assert "gn:169389" not in summaries and summaries[DAMASCUS.id].n_confirmed == 1
