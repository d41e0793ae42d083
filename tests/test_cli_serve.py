"""`serve` on first start: the bundled seeds are stored and geotagged, or serve says why not.

Streamlit itself is replaced by a stand-in that records being started, so these tests check
what ``serve`` does before the server runs without starting one.
"""

from __future__ import annotations

import pytest

from dashboard import cli
from dashboard.geo import gazetteer
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration


@pytest.fixture
def streamlit_started(monkeypatch) -> list[list[str]]:
    import sys

    from streamlit.web import cli as streamlit_cli

    started: list[list[str]] = []
    monkeypatch.setattr(streamlit_cli, "main", lambda: started.append(list(sys.argv)) or 0)
    monkeypatch.setattr(sys, "argv", list(sys.argv))  # serve sets it for streamlit
    monkeypatch.setenv("SYRIA_NEWS_DB", "")  # serve sets it; restored (removed) afterwards
    return started


def test_first_start_stores_the_geotagged_seeds_and_starts_the_app(
    tmp_path, streamlit_started, capsys
):
    db = tmp_path / "fresh.sqlite"
    assert cli.main(["serve", "--db", str(db), "--headless"]) == 0
    (argv,) = streamlit_started
    assert argv[:2] == ["streamlit", "run"] and argv[2].endswith("app/main.py")
    assert "--server.headless" in argv and "localhost" in argv  # this machine only by default
    assert argv[argv.index("--runner.postScriptGC") + 1] == "false"  # no full GC a rerun
    assert argv[argv.index("--server.fileWatcherType") + 1] == "none"
    assert "first start: stored 2 bundled seed article(s)" in capsys.readouterr().err
    assert Store(str(db)).place_rows(), "the seeds were stored without places"


def test_first_start_with_a_broken_gazetteer_fails_saying_why_and_stores_nothing(
    tmp_path, streamlit_started, capsys, monkeypatch
):
    broken = tmp_path / "geodata"
    broken.mkdir()
    (broken / gazetteer.PLACES_FILE).write_text("id\tname\nnot a gazetteer\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "load_gazetteer", lambda: gazetteer.Gazetteer.load(broken))
    db = tmp_path / "fresh.sqlite"
    assert cli.main(["serve", "--db", str(db), "--headless"]) == 1
    err = capsys.readouterr().err
    assert "serve: first start stopped, nothing stored" in err
    assert str(broken / gazetteer.PLACES_FILE) in err  # the file at fault is named
    assert streamlit_started == []  # the map never opens silently empty
    assert Store(str(db)).count() == 0
