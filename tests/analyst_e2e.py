"""The analyst's e2e world, shared by ``test_e2e_analyst`` and ``test_e2e_map_view``: a store of
the two seeds and two articles written here (Douma and Damascus, close together; Aleppo and
al-Bab), one server per test module on it, guarded pages (requests leaving localhost are aborted
and recorded), and the helpers both modules read the map and the URL with.

A test module uses the fixtures by importing them: ``from analyst_e2e import dashboard_url,
guarded, world``; each module then gets its own store and server (module scope).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from e2e_helpers import DashboardServer, PageWatch, guarded_context, map_content_frame, watch_page

TIMEOUT_MS = 60_000
ARTICLES = [
    {
        "title": "Warga Douma kembali ke rumah",
        "body": "DAMASKUS - Senin (12/03/2018), ratusan warga Douma kembali dari Damaskus.\n\n"
        "Jalan dari Damaskus ke Douma dibuka lagi.",
        "outlet": "Uji",
        "url": "https://example.org/douma",
        "published": "2018-03-12",
    },
    {
        "title": "Pasar al-Bab dibuka",
        "body": "ALEPPO - Kamis (14/01/2021), pedagang di kota al-Bab membuka pasar.\n\n"
        "Warga Aleppo datang berbelanja di al-Bab.",
        "outlet": "Uji",
        "url": "https://example.org/albab",
        "published": "2021-01-14",
    },
]
#: The Leaflet map in the iframe: its zoom, its bounds.
VIEW_JS = """() => {
    const map = Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map);
    const b = map.getBounds();
    return {zoom: map.getZoom(), south: b.getSouth(), west: b.getWest(),
            north: b.getNorth(), east: b.getEast()};
}"""


@pytest.fixture(scope="module")
def world(tmp_path_factory, request):
    """(store path, id by title, mappable place rows by article id), one store per module."""
    return analyst_world(tmp_path_factory.mktemp(request.module.__name__.replace("_", "-")))


def analyst_world(folder):
    """The seeds and ARTICLES stored in ``folder``: (store path, id by title, mappable place
    rows by article id)."""
    from dashboard.cli import SEEDS_DIR
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store

    source = folder / "articles.json"
    source.write_text(json.dumps(ARTICLES, ensure_ascii=False), encoding="utf-8")
    store = Store(str(folder / "analyst.sqlite"))
    report = ingest_paths([SEEDS_DIR, source], store)
    assert report.skipped == [], report.skipped
    by_title = {row.title: row.id for row in store.article_rows()}
    places: dict[str, list] = {}
    for p in store.place_rows():
        if p.mappable:
            places.setdefault(p.article_id, []).append(p)
    return folder / "analyst.sqlite", by_title, places


@pytest.fixture(scope="module")
def dashboard_url(browser, world, tmp_path_factory, request) -> Iterator[str]:
    log = tmp_path_factory.mktemp(f"{request.module.__name__}-server") / "serve.log"
    with DashboardServer(db=world[0], log=log) as server:
        yield server.url


@pytest.fixture
def guarded(browser):
    """A 1400 x 900 page; after the test, nothing left localhost, no page error, no dialog."""
    context, page, watch = page_at(browser, 1400, 900)
    yield page, watch
    context.close()
    assert watch.forbidden_outside() == [] and watch.page_errors == [] and watch.dialogs == []


def page_at(browser, width: int, height: int):
    watch = PageWatch()
    context = guarded_context(browser, watch, viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch_page(page, watch)
    return context, page, watch


def query_of(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def view_when_settled(page) -> dict:
    """The map's view once it stopped changing (two reads 500 ms apart agree)."""
    last = None
    for _ in range(60):
        view = map_content_frame(page).evaluate(VIEW_JS)
        if view == last:
            return view
        last = view
        page.wait_for_timeout(500)
    raise AssertionError(f"the map never settled: {last}")


def wait_url(page, test: str) -> None:
    """Wait until the page's URL satisfies ``test`` (a JavaScript expression over ``q``, its
    URLSearchParams)."""
    page.wait_for_function(f"() => {{ const q = new URL(location.href).searchParams; {test} }}")
