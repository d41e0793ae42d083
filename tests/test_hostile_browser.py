"""Hostile input in real Chromium: Jinja syntax in titles, bidi overrides beside dates, crafted
upload names, deeply nested and 20,000-bad-line uploads (issue 9, items 1, 2, 8, 9 and 12).

One ``serve`` on a store of made-up articles; every page is guarded (requests leaving localhost
aborted and recorded, dialogs and page errors kept).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_helpers import (
    DashboardServer,
    PageWatch,
    chromium_session,
    guarded_context,
    visible,
    wait_for_map,
    watch_page,
)

pytestmark = pytest.mark.e2e

TIMEOUT_MS = 90_000
RLO = "\u202e"
JINJA_TITLE = "Kode {% raw %} Idlib {{ x {# {% if %}"
JINJA_OUTLET = "Media {{ x"
BIDI_OUTLET = f"Kabar{RLO}Terbalik"
BODY = "IDLIB - Serangan di Idlib pada Senin (27/05/2019), kata warga."
EXCEPTION = '[data-testid="stException"]'
UPLOAD_INPUT = '[data-testid="stFileUploaderDropzoneInput"]'


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    yield from chromium_session()


@pytest.fixture(scope="module")
def dashboard_url(browser, tmp_path_factory) -> Iterator[str]:
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store

    folder = tmp_path_factory.mktemp("hostile-e2e")
    records = [
        {"title": JINJA_TITLE, "text": BODY, "outlet": JINJA_OUTLET},
        {"title": "Laporan biasa", "text": BODY + " Lagi.", "outlet": BIDI_OUTLET},
    ]
    export = folder / "feed.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    db = folder / "e2e.sqlite"
    report = ingest_paths([export], Store(str(db)))
    assert report.stored == 2, report.lines()
    with DashboardServer(db=db, log=folder / "serve.log") as server:
        yield server.url


@pytest.fixture
def page(browser, dashboard_url) -> Iterator[tuple[object, PageWatch]]:
    watch = PageWatch()
    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch_page(page, watch)
    page.goto(dashboard_url, timeout=TIMEOUT_MS)
    wait_for_map(page, timeout_ms=TIMEOUT_MS)
    yield page, watch
    context.close()


def _expect_text(page, text: str) -> None:
    from playwright.sync_api import expect

    expect(visible(page.get_by_text(text, exact=False))).not_to_have_count(0, timeout=TIMEOUT_MS)


def test_jinja_syntax_in_a_title_shows_as_text_with_the_map(page):
    page, watch = page
    _expect_text(page, JINJA_TITLE)
    assert page.locator(EXCEPTION).count() == 0
    assert watch.page_errors == [] and watch.dialogs == []


#: Left edges of the first and last character of the first text node holding ``date`` inside
#: the card whose outlet is the bidi one.
_DATE_EDGES_JS = """([outlet, date]) => {
    const card = [...document.querySelectorAll('.snm-card')]
        .find(c => c.textContent.includes(outlet));
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(date);
        if (at < 0) continue;
        const edge = (i) => { const r = document.createRange(); r.setStart(node, i);
            r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
        return [edge(at), edge(at + date.length - 1)];
    }
    return null;
}"""


def test_a_bidi_override_in_an_outlet_does_not_reverse_the_date_beside_it(page):
    page, _watch = page
    _expect_text(page, "Laporan biasa")
    edges = page.evaluate(_DATE_EDGES_JS, [BIDI_OUTLET, "2019-05-27"])
    assert edges is not None
    first, last = edges
    assert first < last, "the date is drawn right to left"


def _upload(page, name: str, data: bytes) -> None:
    page.locator(UPLOAD_INPUT).set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}]
    )


def test_twenty_thousand_bad_lines_show_one_summary_and_a_download(page):
    page, _watch = page
    good = json.dumps({"title": "Baris unggahan baik", "text": BODY + " Unggah."})
    _upload(page, "ekspor.jsonl", "\n".join([good] + ["{rusak"] * 20_000).encode())
    _expect_text(page, "20,000 baris dilewati")
    alerts = page.locator('[data-testid="stAlertContentError"]')
    assert alerts.count() == 1
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.get_by_text("Unduh daftar lengkap", exact=False).click()
    listed = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert len(listed) == 20_000 and all("baris JSON rusak" in line for line in listed)
    assert page.locator(EXCEPTION).count() == 0


def test_a_crafted_upload_name_is_text_and_fetches_nothing(page):
    page, watch = page
    name = "![gambar](pelacak.png) **tebal** :red[merah].txt"
    _upload(page, name, b"")
    _expect_text(page, f"\u2068{name}\u2069: file kosong")  # the name isolated, as text
    assert not [url for url in watch.requests if "pelacak" in url]
    assert page.locator('[data-testid="stAlertContentError"] img').count() == 0
    assert page.locator(EXCEPTION).count() == 0


def test_a_deeply_nested_upload_is_one_message_and_the_session_goes_on(page):
    page, _watch = page
    _upload(page, "dalam.json", b"[" * 100_000 + b"]" * 100_000)
    _expect_text(page, "nested too deeply")
    assert page.locator(EXCEPTION).count() == 0
    assert "Traceback" not in page.content()
    page.get_by_text("Laporan biasa", exact=False).first.wait_for(timeout=TIMEOUT_MS)
