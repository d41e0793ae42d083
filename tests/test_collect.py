"""`collect` against a real HTTP server on 127.0.0.1 serving synthetic pages written here, into
a store on each backend (SQLite and PostgreSQL, conftest's ``store_url``).

Each fault gets its own line in the summary; nothing stored before is lost; a second run over the
same server fetches no page again; an interrupted run resumes with what it had not fetched.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from webserver import LocalServer

from dashboard.collect.run import collect
from dashboard.collect.settings import Settings
from dashboard.collect.sources import Sources, read_url_file
from dashboard.pipeline import ingest_paths
from dashboard.store.archive import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from synthetic_pages import ENGLISH_PAGE, OFF_TOPIC_PAGE, make_page  # noqa: E402

pytestmark = pytest.mark.integration
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FAST = Settings(
    contact="tests@example.invalid",
    delay=0.0,
    per_host=2,
    workers=4,
    read_timeout=0.5,
    connect_timeout=2.0,
    retries=2,
    backoff=0.01,
    max_bytes=1024 * 1024,
)
ROBOTS = b"User-agent: *\nDisallow: /rahasia/\n"


@pytest.fixture
def server():
    srv = LocalServer().start()
    srv.page("/robots.txt", ROBOTS, "text/plain")
    yield srv
    srv.stop()


@pytest.fixture
def store(store_url):
    """A store on each backend (SQLite, PostgreSQL: conftest's ``store_url``)."""
    return Store(store_url)


def _article(server: LocalServer, path: str, n: int, **kw) -> None:
    server.page(path, make_page(n, url=server.url(path), **kw).html)


def _feed(server: LocalServer, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Kabar {i}</title><link>{server.url(p)}</link>"
        f"<pubDate>Mon, 04 Mar 2024 08:00:00 +0700</pubDate></item>"
        for i, p in enumerate(paths)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Contoh - Internasional'
        f"</title><link>{server.base}</link>{items}</channel></rss>"
    ).encode()


def _with_etag(body: bytes, etag: str, ctype: str):
    def route(handler):
        if handler.headers.get("If-None-Match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": ctype, "ETag": etag}, body

    return route


def _sitemaps(server: LocalServer) -> None:
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{server.url('/sm/news.xml')}</loc></sitemap>"
        f"<sitemap><loc>{server.url('/sm/lama.xml')}</loc></sitemap></sitemapindex>"
    )
    news = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{server.url('/a/3')}</loc><news:news><news:publication_date>"
        "2024-03-05T10:00:00+07:00</news:publication_date></news:news></url></urlset>"
    )
    old = (
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{server.url('/a/4')}</loc><lastmod>2016-01-02</lastmod></url></urlset>"
    )
    server.page("/sm/index.xml", index.encode(), "application/xml")
    server.routes["/sm/news.xml"] = _with_etag(news.encode(), '"n1"', "application/xml")
    server.page("/sm/lama.xml", old.encode(), "application/xml")


def _listing(server: LocalServer) -> Sources:
    for n in range(1, 5):
        _article(server, f"/a/{n}", n)
    server.routes["/feed.xml"] = _with_etag(
        _feed(server, ["/a/1", "/a/2"]), '"f1"', "application/rss+xml"
    )
    _sitemaps(server)
    return Sources(
        feeds=((server.url("/feed.xml"), "Warta Contoh"),),
        sitemaps=((server.url("/sm/index.xml"), "Warta Contoh"),),
    )


def test_feed_sitemap_index_and_news_sitemap_then_nothing_new(server, store):
    sources = _listing(server)
    first = collect(sources, store, FAST)
    assert (first.fetched, first.new, first.failed) == (4, 4, [])
    assert first.lists_read == 4  # the feed, the index and its two sitemaps
    assert store.count() == 4
    pages_before = [e[0] for e in server.log if e[0].startswith("/a/")]
    second = collect(sources, store, FAST)
    assert (second.fetched, second.new, second.listed_new) == (0, 0, 0)
    assert second.lists_unchanged == 2  # feed and news sitemap answered 304 to their ETag
    assert [e[0] for e in server.log if e[0].startswith("/a/")] == pages_before
    assert "fetched 0 pages: 0 new" in second.lines()[0]


def test_since_skips_listed_pages_dated_before(server, store):
    sources = _listing(server)
    report = collect(sources, store, FAST, since=__import__("datetime").date(2020, 1, 1))
    assert server.requested("/a/4") == 0  # its sitemap dates it 2016
    assert any("dated before --since 2020-01-01" in line for line in report.lines())


def _huge(handler):
    """50 MB with no Content-Length: the client must stop reading at its limit."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")
    handler.end_headers()
    chunk = b"<p>" + b"x" * (1024 * 1024 - 7) + b"</p>\n"
    handler.server.owner.huge_sent = 0
    try:
        for _ in range(50):
            handler.wfile.write(chunk)
            handler.server.owner.huge_sent += len(chunk)
    except OSError:
        pass
    handler.close_connection = True


def _faults(server: LocalServer, tmp_path: Path) -> Path:
    tries = {"429": 0}

    def too_many(handler):
        tries["429"] += 1
        if tries["429"] == 1:
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"pelan-pelan"
        return 200, {"Content-Type": "text/html"}, make_page(429, url=server.url("/e/429")).html

    def slow(handler):
        time.sleep(2)
        return 200, {"Content-Type": "text/html"}, make_page(7).html

    wrong = make_page(8, url=server.url("/e/charset")).html.replace(
        b"Kabar dari", "Kabar dari Ḥalab é dari".encode()
    )
    server.routes["/e/404"] = lambda h: (404, {"Content-Type": "text/html"}, b"hilang")
    server.routes["/e/500"] = lambda h: (500, {"Content-Type": "text/html"}, b"rusak")
    server.routes["/e/429"] = too_many
    server.routes["/e/loop1"] = lambda h: (302, {"Location": "/e/loop2"}, b"")
    server.routes["/e/loop2"] = lambda h: (302, {"Location": "/e/loop1"}, b"")
    server.routes["/e/slow"] = slow
    server.routes["/e/huge"] = _huge
    server.page("/e/pdf", b"%PDF-1.4 bukan halaman", "application/pdf")
    server.page("/e/charset", wrong, "text/html; charset=iso-8859-1")
    server.page("/rahasia/1", make_page(9).html)
    server.page("/e/english", ENGLISH_PAGE)
    server.page("/e/jakarta", OFF_TOPIC_PAGE)
    _article(server, "/a/1", 1)
    server.page("/a/dup", make_page(1, url=server.url("/a/1")).html)
    server.page("/e/nometa", make_page(10, metadata=False).html)
    paths = [
        "/a/1",
        "/a/dup",
        "/e/404",
        "/e/500",
        "/e/429",
        "/e/loop1",
        "/e/slow",
        "/e/huge",
        "/e/pdf",
        "/e/charset",
        "/rahasia/1",
        "/e/english",
        "/e/jakarta",
        "/e/nometa",
    ]
    listing = tmp_path / "urls.txt"
    listing.write_text("# daftar uji\n" + "\n".join(server.url(p) for p in paths) + "\n")
    return listing


def _line(report, start: str, path: str, server: LocalServer) -> str:
    found = [x for x in report.lines() if x.startswith(f"{start} {server.url(path)}:")]
    assert len(found) == 1, (path, report.lines())
    return found[0]


def test_every_fault_gets_its_line_and_nothing_stored_is_lost(server, store, tmp_path):
    ingest_paths([SEEDS], store)
    seeds = {r.id for r in store.article_rows()}
    listing = _faults(server, tmp_path)
    report = collect(read_url_file(listing), store, FAST)
    assert "HTTP 404 (not found)" in _line(report, "failed", "/e/404", server)
    assert "HTTP 500 (after 3 tries)" in _line(report, "failed", "/e/500", server)
    assert "redirect loop" in _line(report, "failed", "/e/loop1", server)
    assert "timed out" in _line(report, "failed", "/e/slow", server)
    assert "stopped reading at the limit" in _line(report, "skipped", "/e/huge", server)
    assert server.huge_sent < 50 * 1024 * 1024
    assert "not HTML (application/pdf)" in _line(report, "skipped", "/e/pdf", server)
    assert "robots.txt disallows" in _line(report, "skipped", "/rahasia/1", server)
    assert server.requested("/rahasia/1") == 0
    assert "not Indonesian (declares 'en')" in _line(report, "kept out", "/e/english", server)
    assert "not about Syria" in _line(report, "kept out", "/e/jakarta", server)
    # 429 then 200: retried after the server's Retry-After (1 s), and stored
    times = [t for p, _, t in server.log if p == "/e/429"]
    assert len(times) == 2 and times[1] - times[0] >= 0.95
    assert report.outcomes[server.url("/e/429")] == "done"
    # wrong declared charset: read as the UTF-8 it is, with a warning
    titles = {r.title for r in store.article_rows()}
    assert any("Ḥalab é" in t for t in titles)
    assert any("bytes are UTF-8" in line for line in report.lines())
    # the same article at two URLs is stored once
    pair = sorted(report.outcomes[server.url(p)] for p in ("/a/1", "/a/dup"))
    assert pair[0] == "done" and pair[1].startswith("unchanged: ")
    assert [r.path for r in store.article_rows()].count(server.url("/a/1")) == 1
    assert report.new == 4  # /a/1, /e/429, /e/charset, /e/nometa
    assert seeds <= {r.id for r in store.article_rows()}
    assert store.count() == len(seeds) + 4
    again = collect(read_url_file(listing), store, FAST)
    assert (again.fetched, again.new, again.failed, again.skipped) == (0, 0, [], [])


def test_interrupted_run_resumes_where_it_stopped(server, store, tmp_path):
    paths = [f"/a/{n}" for n in range(1, 9)]
    for n, p in enumerate(paths, start=1):
        _article(server, p, n)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(server.url(p) for p in paths))
    handled = []

    def stop_after_three(url):
        handled.append(url)
        if len(handled) == 3:
            raise KeyboardInterrupt

    one = FAST
    first = collect(read_url_file(listing), store, one, on_page=stop_after_three)
    assert first.interrupted and first.new == 3 and first.pending >= 1
    assert any("still pending (interrupted)" in line for line in first.lines())
    second = collect(read_url_file(listing), store, one)
    assert not second.interrupted and second.pending == 0
    assert store.count() == 8
    assert second.new == 8 - 3
    done_first = {u.removeprefix(server.base) for u in handled}
    for p in paths:  # what the first run stored is not fetched again; pages in flight may be
        assert server.requested(p) == 1 if p in done_first else server.requested(p) <= 2, p


def test_max_bounds_a_run(server, store, tmp_path):
    for n in range(1, 6):
        _article(server, f"/a/{n}", n)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(server.url(f"/a/{n}") for n in range(1, 6)))
    first = collect(read_url_file(listing), store, FAST, max_pages=2)
    assert (first.fetched, first.pending) == (2, 3)
    assert "3 URLs still pending (--max reached)" in first.lines()[-1]
    assert collect(read_url_file(listing), store, FAST).fetched == 3


def test_user_agent_names_the_program_and_contact(server, store, tmp_path):
    _article(server, "/a/1", 1)
    listing = tmp_path / "urls.txt"
    listing.write_text(server.url("/a/1"))
    collect(read_url_file(listing), store, FAST)
    agents = {h.get("User-Agent") for _, h, _ in server.log}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("syria-news-map/") and "tests@example.invalid" in agent


def test_a_host_whose_robots_txt_fails_is_not_fetched(store, tmp_path):
    down = LocalServer().start()
    try:
        down.routes["/robots.txt"] = lambda h: (503, {"Content-Type": "text/plain"}, b"sibuk")
        down.page("/a/1", make_page(1).html)
        listing = tmp_path / "urls.txt"
        listing.write_text(down.url("/a/1"))
        report = collect(read_url_file(listing), store, FAST)
        assert "robots.txt could not be read (HTTP 503" in _line(report, "skipped", "/a/1", down)
        assert down.requested("/a/1") == 0
    finally:
        down.stop()


def test_the_collect_command_prints_its_summary(server, store_url, tmp_path, capsys):
    from dashboard.cli import main

    _article(server, "/a/1", 1)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{server.url('/a/1')}\n{server.url('/hilang')}\nbukan-url\n")
    argv = ["collect", "--urls", str(listing), "--db", store_url]
    argv += ["--delay", "0", "--retries", "0", "--contact", "uji@example.invalid", "--no-progress"]
    assert main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("fetched 1 pages: 1 new, 0 unchanged; 0 kept out, 0 skipped, 1 failed")
    assert f"failed {server.url('/hilang')}: HTTP 404 (not found)" in out
    assert f"warning sources: {listing}:3: not an http(s) URL: 'bukan-url'" in out
    assert main(["collect", "--db", store_url]) == 2


def test_one_host_gets_one_request_at_a_time_delay_apart(server, store, tmp_path):
    active, peak, starts = [0], [0], []

    def slow_page(n):
        def route(handler):
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            starts.append(time.monotonic())
            time.sleep(0.1)
            active[0] -= 1
            return 200, {"Content-Type": "text/html"}, make_page(n, metadata=False).html

        return route

    for n in range(1, 5):
        server.routes[f"/a/{n}"] = slow_page(n)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(server.url(f"/a/{n}") for n in range(1, 5)))
    polite = Settings(**{**_fields(FAST), "per_host": 1, "delay": 0.3})
    report = collect(read_url_file(listing), store, polite)
    assert report.new == 4
    assert peak[0] == 1  # four workers, but never two requests to the host at once
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.1 + 0.3 - 0.02  # the answer's 0.1 s, then the delay (timer slack)


def test_a_page_without_a_site_name_takes_the_outlet_it_was_listed_under(server, store):
    server.page("/a/1", make_page(1, metadata=False).html)
    server.page("/feed.xml", _feed(server, ["/a/1"]), "application/rss+xml")
    collect(Sources(feeds=((server.url("/feed.xml"), "Kabar Uji"),)), store, FAST)
    assert [r.outlet for r in store.article_rows()] == ["Kabar Uji"]


def _fields(settings: Settings) -> dict:
    from dataclasses import fields

    return {f.name: getattr(settings, f.name) for f in fields(settings)}
