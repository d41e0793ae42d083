"""Hostile uploads and article text in the app (AppTest, no browser; see test_hostile_browser.py
for the same in Chromium). All names and texts are made up here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.htmlsafe import plain_markdown
from dashboard.pipeline import ingest_paths, ingest_upload, no_geotagger
from dashboard.rowtypes import ArticleRow
from dashboard.store.archive import Store
from dashboard.view.cards import article_header_html, card_html

pytestmark = pytest.mark.integration

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app" / "main.py"
BODY = "IDLIB - Serangan di Idlib pada Senin (27/05/2019), kata warga."


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "app.sqlite"
    Store(str(path)).close()
    monkeypatch.setenv("SYRIA_NEWS_DB", str(path))
    monkeypatch.setattr("streamlit_folium.st_folium", lambda *a, **k: {})
    return path


def _upload(name: str, data: bytes) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    at.file_uploader(key="uploader").set_value([(name, data, "text/plain")]).run()
    return at


def _shown(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2068", "").replace("\u2069", "")


def test_an_upload_named_like_a_stored_file_never_replaces_it(tmp_path):
    store = Store(str(tmp_path / "s.sqlite"))
    seed = tmp_path / "000_seed.txt"
    seed.write_text(f"Judul asli\n{BODY}", encoding="utf-8")
    ingest_paths([seed], store, geotagger=no_geotagger)
    data = f"Judul unggahan\n{BODY} Lain.".encode()
    report = ingest_upload(str(seed), data, store, geotagger=no_geotagger)
    assert (report.stored, report.replaced) == (1, 0)
    paths = {r.title: r.path for r in store.article_rows()}
    assert paths["Judul asli"] == str(seed)
    assert paths["Judul unggahan"].startswith("upload:") and store.count() == 2


def test_twenty_thousand_bad_lines_are_summarised_with_the_full_list_to_download(db):
    good = json.dumps({"title": "Baris baik", "text": BODY})
    data = "\n".join([good] + ["{rusak"] * 20_000).encode()
    at = _upload("ekspor.jsonl", data)
    assert not at.exception
    errors = [_shown(e.value) for e in at.error]
    assert len(errors) == 1 and "20,000 baris dilewati di ekspor.jsonl" in errors[0]
    assert errors[0].count("baris JSON rusak") == 5  # the first few, not 20,000 boxes
    assert any("ekspor.jsonl: 1 baru" in _shown(s.value) for s in at.success)
    assert Store(str(db)).count() == 1


def test_an_upload_name_is_plain_text_never_markdown(db):
    name = "![x](http://127.0.0.1:9/p.png) **tebal** :red[merah] $x$.txt"
    at = _upload(name, b"")
    (error,) = at.error
    assert error.value == plain_markdown(f"\u2068{name}\u2069: file kosong")
    assert _shown(error.value) == f"{name}: file kosong"


def test_a_file_of_another_type_is_refused_in_indonesian_naming_it_and_storing_nothing(db):
    at = _upload("laporan.pdf", b"%PDF-1.4 bukan artikel")
    assert not at.exception
    (error,) = at.error
    assert _shown(error.value).startswith("laporan.pdf: jenis file ini tidak didukung")
    assert ".warc.gz" in _shown(error.value)
    assert Store(str(db)).count() == 0


def test_an_internal_error_shows_a_short_message_and_no_traceback(db, monkeypatch, caplog):
    def broken(*_a, **_k):
        raise RuntimeError("/srv/rahasia/path.py exploded")

    monkeypatch.setattr("dashboard.pipeline.ingest_upload", broken)
    at = _upload("a.txt", f"Judul\n{BODY}".encode())
    assert not at.exception
    (error,) = at.error
    assert "kesalahan internal" in _shown(error.value)
    assert "rahasia" not in error.value and "Traceback" not in error.value
    assert "exploded" in caplog.text  # the traceback is in the server log


RLO = "\u202e"


def test_untrusted_text_beside_other_text_is_bidi_isolated():
    row = ArticleRow(
        "a1",
        f"{RLO}Judul",
        f"Media{RLO}",
        published="2019-05-27",
        published_confidence=0.9,
        published_method="explicit",
        path=f"/x/{RLO}.txt",
    )
    card = card_html(row, [])
    assert f"<bdi>Media{RLO}</bdi> · 2019-05-27" in card
    assert f"<h4><bdi>{RLO}Judul</bdi></h4>" in card
    assert f"<bdi>/x/{RLO}.txt</bdi>" in article_header_html(row)
