"""The dashboard's "add from URL" box, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from webserver import LocalServer

from dashboard.pipeline import ingest_paths
from dashboard.store.archive import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic_pages import make_page  # noqa: E402

pytestmark = pytest.mark.integration
APP = Path(__file__).resolve().parent.parent / "dashboard" / "app" / "main.py"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def shown(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


@pytest.fixture
def server():
    srv = LocalServer().start()
    srv.page("/robots.txt", b"User-agent: *\nDisallow: /rahasia/\n", "text/plain")
    srv.page("/a/1", make_page(1, url=srv.url("/a/1")).html)
    srv.page("/a/2", make_page(2, url=srv.url("/a/2")).html)
    srv.page("/rahasia/3", make_page(3).html)
    yield srv
    srv.stop()


def test_urls_are_fetched_stored_and_each_failure_named(tmp_path, server, monkeypatch):
    db = tmp_path / "app.sqlite"
    ingest_paths([SEEDS], Store(str(db)))
    monkeypatch.setenv("SYRIA_NEWS_DB", str(db))
    monkeypatch.setenv("SYRIA_NEWS_FETCH_DELAY", "0")
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    box = "\n".join(
        [server.url("/a/1"), server.url("/a/2"), server.url("/hilang"), server.url("/rahasia/3")]
    )
    at.text_area(key="url_box").input(box + "\nbukan-url")  # sent with the form
    at.button(key="url_submit").click().run()
    assert not at.exception
    ok = [shown(s.value) for s in at.success]  # plain text, escaped as Markdown
    errors = [shown(e.value) for e in at.error]
    assert ok == [f"{server.url('/a/1')}: tersimpan", f"{server.url('/a/2')}: tersimpan"]
    assert f"{server.url('/hilang')}: gagal (HTTP 404 (not found))" in errors
    assert any(e.startswith(server.url("/rahasia/3") + ": dilewati (robots.txt") for e in errors)
    assert "bukan-url: bukan URL http(s)" in errors
    assert Store(str(db)).count() == 4  # the two seeds and the two pages


def test_a_saved_page_can_be_uploaded_and_an_english_one_is_kept_out(tmp_path, monkeypatch):
    from synthetic_pages import ENGLISH_PAGE

    db = tmp_path / "app.sqlite"
    ingest_paths([SEEDS], Store(str(db)))
    monkeypatch.setenv("SYRIA_NEWS_DB", str(db))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    page = ("halaman.html", make_page(5).html, "text/html")
    at.file_uploader(key="uploader").set_value([page, ("en.html", ENGLISH_PAGE, "text/html")])
    at.run()
    assert not at.exception
    errors = [shown(e.value) for e in at.error]
    assert errors == [  # the name isolated, the reason in Indonesian
        "\u2068en.html\u2069: bukan berbahasa Indonesia (halaman menyatakan bahasa 'en')"
    ]
    titles = {r.title for r in Store(str(db)).article_rows()}
    assert make_page(5).title in titles and Store(str(db)).count() == 3
