"""Saved web pages and WARC archives: extracted by trafilatura, filtered, dated, kept raw."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dashboard.errors import ArticleReadError, KeptOut
from dashboard.pipeline import ingest_paths, no_geotagger
from dashboard.store.archive import Store
from dashboard.text.web.charset import decode_page
from dashboard.text.web.extract import extract_page
from dashboard.text.web.language import guess_language, primary
from dashboard.text.web.read import read_page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic_pages import BOILERPLATE, ENGLISH_PAGE, OFF_TOPIC_PAGE, make_page  # noqa: E402

ENGLISH, JAKARTA = ENGLISH_PAGE, OFF_TOPIC_PAGE


@pytest.mark.unit
def test_extraction_keeps_the_article_and_drops_the_boilerplate():
    page = make_page(3)
    article = read_page("p.html", page.html)
    assert article.title == page.title
    assert article.body.split("\n\n") == list(page.paragraphs)
    for line in BOILERPLATE:
        assert line not in article.body


@pytest.mark.unit
def test_page_metadata_outranks_the_text():
    page = make_page(4, site="Kabar Uji")
    article = read_page("p.html", page.html, url="https://kabar.example/x?utm=1")
    assert article.outlet == "Kabar Uji"  # og:site_name
    assert (
        article.url
        == "https://warta.example/internasional/" + page.published.strftime("%Y/%m/%d") + "/kabar-4"
    )  # the canonical URL
    assert (article.published.date, article.published.method) == (page.published, "metadata")
    assert article.page.language == "id" and article.page.canonical_url == article.url


@pytest.mark.unit
def test_a_page_date_far_from_the_text_date_is_noted():
    page = make_page(5, url="https://warta.example/kabar-5")  # no date in the URL
    moved = page.html.replace(
        page.published.isoformat().encode(), b"2009-01-01"
    )  # JSON-LD and article:published_time now say 2009-01-01
    article = read_page("p.html", moved)
    assert str(article.published.date) == "2009-01-01"
    assert any("berbeda dengan tanggal di teks" in w for w in article.warnings)
    assert str(page.published) in article.published.note
    assert not read_page("q.html", page.html).warnings  # the same day: nothing to note


@pytest.mark.unit
def test_a_page_without_metadata_is_dated_by_its_text():
    page = make_page(6, metadata=False)
    article = read_page("p.html", page.html)
    assert (article.published.date, article.published.method) == (page.published, "explicit")
    assert article.outlet is None and article.page.canonical_url is None


@pytest.mark.unit
def test_language_declared_or_guessed():
    assert primary("id-ID") == "id" and primary("in_ID") == "id" and primary(" ") is None
    assert isinstance(read_page("e.html", ENGLISH), KeptOut)
    assert "declares 'en'" in read_page("e.html", ENGLISH).reason
    assert "looks like 'en'" in read_page("e.html", ENGLISH.replace(b" lang='en'", b"")).reason
    undeclared = make_page(7, lang=None, metadata=False)
    assert extract_page(undeclared.html).language == "id"
    assert not extract_page(undeclared.html).language_declared
    assert guess_language("123 456 !!") is None


@pytest.mark.unit
def test_wrong_declared_charset_is_read_as_what_the_bytes_are():
    text, warnings = decode_page("Ḥalab".encode(), "text/html; charset=iso-8859-1")
    assert text == "Ḥalab" and "bytes are UTF-8" in warnings[0]
    latin = "café".encode("latin-1")
    assert decode_page(latin, "text/html; charset=iso-8859-1") == ("café", ())
    assert decode_page(latin)[0] == "café" and "cp1252" in decode_page(latin)[1][0]


@pytest.mark.unit
def test_a_page_with_no_text_is_a_clear_error():
    item = read_page("kosong.html", b"<html><body><nav>Beranda</nav></body></html>")
    assert isinstance(item, ArticleReadError) and "no article text" in item.reason


def _warc(pages: list[tuple[str, bytes, str]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, body, ctype in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.integration
def test_ingest_reads_html_and_warc_counts_what_it_keeps_out_and_keeps_the_raw_page(tmp_path):
    saved = make_page(11)
    (tmp_path / "halaman.html").write_bytes(saved.html)
    (tmp_path / "arsip.warc.gz").write_bytes(
        _warc(
            [
                ("https://warta.example/a", make_page(12).html, "text/html; charset=utf-8"),
                ("https://warta.example/logo.png", b"\x89PNG", "image/png"),
                ("https://warta.example/en", ENGLISH, "text/html"),
                ("https://warta.example/jkt", JAKARTA, "text/html"),
            ]
        )
    )
    (tmp_path / "rusak.warc").write_bytes(b"bukan arsip")
    store = Store(str(tmp_path / "s.sqlite"))
    report = ingest_paths([tmp_path], store, geotagger=no_geotagger)
    assert (report.read, report.stored) == (2, 2)
    head = report.lines()[0]
    assert "1 skipped; 2 kept out (1 not Indonesian, 1 not about Syria)" in head
    assert any(x.startswith("kept out") and "arsip.warc.gz:3" in x for x in report.lines())
    assert any("rusak.warc" in x and "not a readable WARC" in x for x in report.lines())
    row = next(r for r in store.article_rows() if r.title == saved.title)
    assert store.page_html(row.id) == saved.html
    warc_row = next(r for r in store.article_rows() if r.path.endswith("arsip.warc.gz:1"))
    assert store.page_html(warc_row.id) == make_page(12).html
    again = ingest_paths([tmp_path], store, geotagger=no_geotagger)
    assert (again.stored, again.unchanged, again.removed) == (0, 2, 0)
