"""Corrections in the page (AppTest, both backends): read-only by default, a reviewer name on
localhost, nothing for a visitor who has not signed in elsewhere (not even a forged call), and
two sessions correcting one article at once."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import test_app
from streamlit.testing.v1 import AppTest
from test_app import html_of

from dashboard.store.archive import Store

pytestmark = pytest.mark.integration
db = test_app.db  # the app tests' fixture (folium_map is in conftest)


session = test_app.run  # a fresh app session at a URL, checked for exceptions


def fix_keys(at: AppTest) -> list[str]:
    return [b.key for b in at.button if b.key and b.key.startswith(("fix_", "undo_"))]


@pytest.fixture
def local_editing(monkeypatch):
    monkeypatch.setenv("SYRIA_NEWS_EDIT", "1")
    monkeypatch.setenv("SYRIA_NEWS_EDIT_LOCAL", "1")


def off_localhost(monkeypatch, editors=None) -> None:
    monkeypatch.setenv("SYRIA_NEWS_EDIT", "1")
    monkeypatch.setenv("SYRIA_NEWS_EDIT_LOCAL", "0")
    if editors is not None:
        monkeypatch.setenv("SYRIA_NEWS_EDITORS", str(editors))


def accounts(tmp_path, password: str = "rahasia-panjang"):  # noqa: S107 - a test account
    import bcrypt

    editors = tmp_path / "editors.yaml"
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(4)).decode()
    editors.write_text(
        "cookie: {name: syria_news_editor, expiry_days: 1,"
        " key: test-key-for-the-editors-cookie-0123456789}\n"
        f"credentials: {{usernames: {{rina: {{name: Rina, email: rina@localhost,"
        f" password: '{hashed}'}}}}}}\n",
        encoding="utf-8",
    )
    return editors


def map_places(fake) -> dict[str, dict]:
    """The last map's place rows (its payload's ``places`` table), by id."""
    (table,) = fake.place_tables()
    return {pid: {k: table[k][n] for k in table} for n, pid in enumerate(table["id"])}


def log_html(at: AppTest) -> str:
    return "\n".join(h for h in html_of(at).split("\n") if "snm-log" in h or "snm-fix-msg" in h)


def test_the_server_is_read_only_unless_editing_is_on(db, folium_map, monkeypatch):
    monkeypatch.delenv("SYRIA_NEWS_EDIT", raising=False)
    at = session({"article": "a1"})
    assert fix_keys(at) == [] and not [t for t in at.text_input if t.key == "reviewer"]


def test_on_localhost_a_reviewer_name_is_enough_and_the_map_follows(db, folium_map, local_editing):
    at = session({"article": "a1"})
    assert fix_keys(at) == []  # no name yet: nothing to correct with
    at.text_input(key="reviewer").input("Rina").run()
    at.selectbox(key="fix_place").select("gn:170592").run()  # Douma
    at.text_input(key="fix_reason").input("salah baca").run()
    at.button(key="fix_remove").click().run()
    assert not at.exception
    (entry,) = Store(db).corrections()
    assert (entry.reviewer, entry.action, entry.place_id, entry.reason) == (
        "Rina",
        "remove_place",
        "gn:170592",
        "salah baca",
    )
    assert "gn:170592" not in folium_map.placed_ids()
    assert f'data-correction="{entry.id}"' in log_html(at)
    at.button(key=f"undo_{entry.id}").click().run()  # undo is a correction too
    assert "gn:170592" in folium_map.placed_ids() and len(Store(db).corrections()) == 2
    assert 'data-status="undone"' in log_html(at)


def test_a_place_found_by_name_is_added_confirmed_and_counted(db, folium_map, local_editing):
    at = session({"article": "a3"})  # names Damascus only
    at.text_input(key="reviewer").input("Rina").run()
    at.text_input(key="fix_search").input("Douma").run()
    at.selectbox(key="fix_pick").select("gn:170592").run()
    at.button(key="fix_add").click().run()
    (entry,) = Store(db).corrections()
    assert (entry.action, entry.place_id, entry.place["name"]) == (
        "add_place",
        "gn:170592",
        "Douma",
    )
    # A chip is a link that selects its place (app.state.place_link), so <a>, not <span>.
    chip = re.search(r'<a class="snm-chip[^"]*"[^>]* data-place-id="gn:170592"[^>]*>', html_of(at))
    assert chip and "snm-confirmed" in chip.group(0) and "dikonfirmasi analis" in chip.group(0)
    at.selectbox(key="fix_place").select("gn:170592").run()
    at.button(key="fix_focus").click().run()
    assert [e.action for e in Store(db).corrections()] == ["add_place", "set_focus"]


def test_a_place_added_from_words_marked_in_the_text_is_anchored(db, folium_map, local_editing):
    missed = test_app._article(
        "a9",
        "Konvoi bantuan",
        "Konvoi tiba di Jarablus dan Douma.",
        [(test_app.DOUMA, "Douma")],
        published=dt.date(2018, 3, 1),
    )
    Store(db).save([missed])
    at = session({"article": "a9"})
    at.text_input(key="reviewer").input("Rina").run()
    words = at.selectbox(key="fix_anchor")
    assert "Jarablus" in words.options and "Douma" not in words.options  # Douma is marked
    words.select("Jarablus").run()  # the marked words search the gazetteer
    at.selectbox(key="fix_pick").select("gn:8605289").run()
    at.button(key="fix_add").click().run()
    (entry,) = Store(db).corrections()
    assert (entry.action, entry.place_id, entry.anchor) == ("add_place", "gn:8605289", "Jarablus")
    assert 'data-place-id="gn:8605289"' in html_of(at)
    assert "gn:8605289" in folium_map.placed_ids()
    assert map_places(folium_map)["gn:8605289"]["ok"] == 1  # the pin says analyst-confirmed


@pytest.fixture
def mouse(monkeypatch) -> dict:
    """Stands in for the mark-words component: what its browser side last sent (``value``)."""
    sent: dict = {"value": None, "shown": []}

    def component(*, text, marks, key, default):
        sent["shown"].append((text, marks, key))
        return sent["value"]

    monkeypatch.setattr("dashboard.app.marking._component", component)
    return sent


def test_words_selected_by_mouse_propose_places_and_anchor_the_added_one(
    db, folium_map, local_editing, mouse
):
    text = "Konvoi tiba di Jarablus dan Douma."
    day = dt.date(2018, 3, 1)
    a9 = test_app._article("a9", "Konvoi bantuan", text, [(test_app.DOUMA, "Douma")], published=day)
    Store(db).save([a9])
    full = Store(db).article("a9").text
    at = session({"article": "a9"})
    at.text_input(key="reviewer").input("Rina").run()
    shown, marks, _ = mouse["shown"][-1]
    douma = full.index("Douma")
    assert shown == full and marks == [[douma, douma + 5]]  # the text, its mention marked
    at_jarablus = full.index("Jarablus")
    mouse["value"] = {"start": at_jarablus + 2, "end": at_jarablus + 5}  # "rab": the whole word
    at.run()
    assert "Kata ditandai: <bdi>Jarablus</bdi>" in html_of(at)
    proposed = at.selectbox(key="fix_pick").options  # the gazetteer's places for the words
    assert any(o.endswith("· gn:8605289") for o in proposed), proposed
    at.selectbox(key="fix_pick").select("gn:8605289").run()
    at.button(key="fix_add").click().run()
    (entry,) = Store(db).corrections()
    assert (entry.anchor, entry.anchor_span) == ("Jarablus", (at_jarablus, at_jarablus + 8))
    assert "gn:8605289" in folium_map.placed_ids()
    # The keyboard's pick list still works, and the newer choice wins: the list over the mouse,
    at.selectbox(key="fix_anchor").select("Konvoi").run()
    assert "Kata ditandai" not in html_of(at)
    # ... and a new mouse selection over the list.
    mouse["value"] = {"start": douma, "end": douma + 5}
    at.run()
    assert at.selectbox(key="fix_anchor").value is None
    assert "Kata ditandai: <bdi>Douma</bdi>" in html_of(at)


def test_a_forged_anchor_not_at_its_place_in_the_text_is_refused(db, monkeypatch):
    monkeypatch.setenv("SYRIA_NEWS_EDIT", "1")
    monkeypatch.setenv("SYRIA_NEWS_EDIT_LOCAL", "1")

    def forged(db_url: str):
        import streamlit as st

        from dashboard.app import review

        st.session_state["reviewer"] = "mallory"
        place = {"place_id": "gn:170654", "name": "Damascus"}
        fields = {"article_id": "a1", "action": "add_place", "place_id": "gn:170654"}
        review.save(db_url, 0, **fields, place=place, anchor="Douma", value="0")
        st.write(st.session_state["_fix_message"][1])

    at = AppTest.from_function(forged, args=(db,), default_timeout=60).run()
    assert not at.exception
    assert "tidak ada di teks artikel" in at.markdown[0].value
    assert Store(db).corrections() == []


def test_a_date_fixed_in_the_page_shows_on_the_card_and_moves_the_count(
    db, folium_map, local_editing
):
    at = session({"article": "a3"})  # undated
    at.text_input(key="reviewer").input("Budi").run()
    at.date_input(key="fix_date").set_value(dt.date(2018, 6, 1)).run()
    at.button(key="fix_set_date").click().run()
    at.button(key="close_article").click().run()
    card = re.search(r'<div class="snm-card" data-article-id="a3">.*?</div></div>', html_of(at))
    assert card and "2018-06-01" in card.group(0) and "dikoreksi analis" in card.group(0)
    assert "(0)" in at.checkbox(key="show_undated").label  # no undated article left


def test_off_localhost_a_visitor_who_has_not_signed_in_cannot_correct(
    db, folium_map, monkeypatch, tmp_path
):
    off_localhost(monkeypatch, accounts(tmp_path))
    at = session({"article": "a1"})
    at.session_state["reviewer"] = "mallory"  # a name is not enough here
    at.run()
    assert fix_keys(at) == []
    assert any(t.label == "Username" for t in at.text_input)  # the sign-in form instead
    assert Store(db).corrections() == []


def test_a_forged_save_from_a_session_not_signed_in_changes_nothing(db, monkeypatch, tmp_path):
    off_localhost(monkeypatch, accounts(tmp_path))

    def forged(db_url: str):
        import streamlit as st

        from dashboard.app import review

        st.session_state["reviewer"] = "mallory"
        review.save(db_url, 0, article_id="a1", action="remove_place", place_id="gn:170592")
        st.write(st.session_state["_fix_message"][1])
        # a session state claiming a sign-in for a name that is no account
        st.session_state["authentication_status"] = True
        st.session_state["username"] = "mallory"
        review.save(db_url, 0, article_id="a1", action="remove_place", place_id="gn:170592")
        st.write(st.session_state["_fix_message"][1])

    at = AppTest.from_function(forged, args=(db,), default_timeout=60).run()
    assert not at.exception
    assert [m.value for m in at.markdown] == ["Koreksi hanya untuk editor yang sudah masuk."] * 2
    assert Store(db).corrections() == []


def test_with_editing_off_a_forged_save_changes_nothing(db, monkeypatch):
    monkeypatch.setenv("SYRIA_NEWS_EDIT", "0")
    monkeypatch.setenv("SYRIA_NEWS_EDIT_LOCAL", "1")

    def forged(db_url: str):
        import streamlit as st

        from dashboard.app import review

        st.session_state["reviewer"] = "mallory"
        review.save(db_url, 0, article_id="a1", action="set_date", value="")

    assert not AppTest.from_function(forged, args=(db,), default_timeout=60).run().exception
    assert Store(db).corrections() == []


def test_two_sessions_correcting_one_article_lose_nothing(db, folium_map, local_editing):
    first, second = session({"article": "a4"}), session({"article": "a4"})
    for at, name in ((first, "Rina"), (second, "Budi")):
        at.text_input(key="reviewer").input(name).run()
    first.selectbox(key="fix_place").select("region:eastern-ghouta").run()
    second.selectbox(key="fix_place").select("region:eastern-ghouta").run()
    second.button(key="fix_focus").click().run()
    # the first page still shows the version before Budi's change: its save is refused ...
    first.button(key="fix_remove").click().run()
    assert "analis lain baru saja mengoreksi" in log_html(first)
    assert [e.reviewer for e in Store(db).corrections()] == ["Budi"]
    assert "Budi" in log_html(first) and "baru" in log_html(first)  # ... and shows Budi's entry
    first.button(key="fix_remove").click().run()  # saved on the version it now shows
    assert [e.reviewer for e in Store(db).corrections()] == ["Budi", "Rina"]


def test_reviewer_names_and_reasons_are_escaped_in_the_log(db, folium_map, local_editing):
    at = session({"article": "a1"})
    at.text_input(key="reviewer").input("<img src=x onerror=alert(1)>").run()
    at.text_input(key="fix_reason").input("<script>alert(2)</script>").run()
    at.button(key="fix_no_date").click().run()
    log = log_html(at)
    assert "&lt;img src=x onerror=alert(1)&gt;" in log and "<img" not in log
    assert "&lt;script&gt;" in log and "<script" not in log


def test_editors_add_stores_a_bcrypt_hash_the_sign_in_accepts(tmp_path, monkeypatch):
    import argparse

    import yaml
    from streamlit_authenticator import Hasher

    from dashboard import cli, editors_cli

    answers = iter(["rahasia-panjang", "rahasia-panjang"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    file = tmp_path / "editors.yaml"
    assert cli.main(["editors", "add", "rina", "--file", str(file)]) == 0
    text = file.read_text(encoding="utf-8")
    assert "rahasia" not in text and oct(file.stat().st_mode)[-3:] == "600"
    stored = yaml.safe_load(text)["credentials"]["usernames"]["rina"]["password"]
    assert Hasher.check_pw("rahasia-panjang", stored)
    assert not Hasher.check_pw("salah", stored)
    args = argparse.Namespace(
        edit=True,
        address="0.0.0.0",  # noqa: S104 - a name, nothing listens
        editors=tmp_path / "none.yaml",
        allow_host=[],
    )
    env: dict[str, str] = {}
    assert "needs editor accounts" in editors_cli.editing_env(args, env)
    args.editors = file
    assert editors_cli.editing_env(args, env) is None
    assert (env["SYRIA_NEWS_EDIT"], env["SYRIA_NEWS_EDIT_LOCAL"]) == ("1", "0")
    args.address, args.allow_host = "localhost", ["proxy.example"]  # a proxy: not local
    assert editors_cli.editing_env(args, env) is None and env["SYRIA_NEWS_EDIT_LOCAL"] == "0"
    args.allow_host = []
    assert editors_cli.editing_env(args, env) is None and env["SYRIA_NEWS_EDIT_LOCAL"] == "1"
    args.edit = False
    assert editors_cli.editing_env(args, env) is None and env["SYRIA_NEWS_EDIT"] == "0"


def test_a_short_or_mistyped_password_adds_no_editor(tmp_path, monkeypatch):
    from dashboard import cli

    answers = iter(["kurang", "kurang", "rahasia-panjang", "rahasia-lain"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    file = tmp_path / "editors.yaml"
    assert cli.main(["editors", "add", "rina", "--file", str(file)]) == 1
    assert cli.main(["editors", "add", "rina", "--file", str(file)]) == 1
    assert not file.exists()


def test_an_editor_who_signs_in_off_localhost_may_correct(db, folium_map, monkeypatch, tmp_path):
    off_localhost(monkeypatch, accounts(tmp_path))
    at = session({"article": "a1"})
    [user] = [t for t in at.text_input if t.label == "Username"]
    [password] = [t for t in at.text_input if t.label == "Password"]
    user.input("rina")
    password.input("salah-sekali")
    [submit] = [b for b in at.button if b.label == "Login"]
    submit.click().run()
    assert fix_keys(at) == []  # a wrong password: still nothing
    [user] = [t for t in at.text_input if t.label == "Username"]
    [password] = [t for t in at.text_input if t.label == "Password"]
    user.input("rina")
    password.input("rahasia-panjang")
    [submit] = [b for b in at.button if b.label == "Login"]
    submit.click().run()
    assert not at.exception
    assert "fix_remove" in fix_keys(at)
    at.selectbox(key="fix_place").select("gn:170592").run()
    at.button(key="fix_remove").click().run()
    assert [e.reviewer for e in Store(db).corrections()] == ["rina"]


def test_a_correction_whose_words_are_gone_after_an_edit_is_shown_stale(
    db, folium_map, local_editing
):
    import dataclasses

    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.store.corrections import Correction, place_fields

    first = test_app._article(
        "a9", "Konvoi bantuan", "Konvoi tiba di Jarablus.", [], published=dt.date(2018, 3, 1)
    )
    store = Store(db)
    store.save([first])
    jarablus = place_fields(load_gazetteer().get("gn:8605289"))
    store.correct(
        Correction(
            None,
            "a9",
            "add_place",
            "Rina",
            article_key="https://example.org/a9",
            place=jarablus,
            place_id="gn:8605289",
            anchor="Jarablus",
            reason="<b>terlewat</b>",
        ),
        0,
    )
    edited, tag = test_app._article(
        "a9b", "Konvoi bantuan", "Konvoi tiba di Azaz.", [], published=dt.date(2018, 3, 1)
    )
    edited = dataclasses.replace(edited, path="a9.txt", url="https://example.org/a9")
    store.save([(edited, tag)])  # the same file, edited: a new id, the words are gone
    at = session({"article": "a9b"})
    log = log_html(at)
    assert 'data-status="stale"' in log and "Jarablus" in log  # shown, not dropped
    assert "&lt;b&gt;terlewat&lt;/b&gt;" in log
    assert "gn:8605289" not in folium_map.placed_ids()  # and not applied


def test_every_kind_of_correction_has_a_label_in_the_log() -> None:
    from dashboard.app.review import ACTION_LABELS
    from dashboard.store.corrections import ACTIONS

    assert set(ACTION_LABELS) == set(ACTIONS)


def _story_of(db: str) -> dict[str, str]:
    articles = Store(db).shown_engine_rows()[0]
    return {a[0]: a[5] for a in articles}  # column 5: the story (corrected._restoried)


def test_an_analyst_joins_two_articles_into_one_story_and_splits_it_again(
    db, folium_map, local_editing
):
    assert _story_of(db)["a3"] != _story_of(db)["a1"]
    at = session({"article": "a3"})
    at.text_input(key="reviewer").input("Rina").run()
    assert at.button(key="fix_same_story").disabled  # nothing named yet
    at.text_input(key="fix_same").input("a1").run()
    at.button(key="fix_same_story").click().run()
    assert not at.exception
    (entry,) = Store(db).corrections()
    assert (entry.action, entry.value, entry.article_id) == ("same_story", "a1", "a3")
    assert _story_of(db)["a3"] == _story_of(db)["a1"]
    assert "gabungkan cerita dengan" in log_html(at)
    at.button(key="fix_split_story").click().run()
    assert [e.action for e in Store(db).corrections()] == ["same_story", "split_story"]
    assert _story_of(db)["a3"] == "a3" != _story_of(db)["a1"]


def test_a_same_story_naming_no_stored_article_is_kept_stale_and_escaped(
    db, folium_map, local_editing
):
    hostile = "<script>alert(3)</script> \u202e\ufffd https://x.example/tidak-ada"
    at = session({"article": "a3"})
    at.text_input(key="reviewer").input("Rina").run()
    at.text_input(key="fix_same").input(hostile).run()
    at.button(key="fix_same_story").click().run()
    assert not at.exception
    (entry,) = Store(db).corrections()
    assert entry.action == "same_story" and entry.value and "<script>" in entry.value
    log = log_html(at)
    assert "&lt;script&gt;" in log and "<script" not in log and 'data-status="stale"' in log
    assert _story_of(db)["a3"] != _story_of(db)["a1"]  # nothing joined
