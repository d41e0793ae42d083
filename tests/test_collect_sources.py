"""The pure parts of `collect`: feed, sitemap, URL-file and outlets parsers; Retry-After."""

from __future__ import annotations

import datetime as dt
import email.utils
from pathlib import Path

import pytest

from dashboard.collect.fetch import retry_after
from dashboard.collect.settings import Settings
from dashboard.collect.sources import parse_feed, parse_sitemap, read_outlets, read_url_file

pytestmark = pytest.mark.unit
OUTLETS = Path(__file__).resolve().parent.parent / "outlets.toml"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Uji</title>
<entry><title>Satu</title><link href="https://warta.example/satu"/>
<updated>2024-03-04T08:00:00+07:00</updated></entry>
<entry><title>Tanpa tautan</title></entry></feed>"""


def test_feed_entries_with_their_dates():
    found = parse_feed(ATOM, "Warta")
    assert [(x.url, x.date, x.outlet) for x in found] == [
        ("https://warta.example/satu", dt.date(2024, 3, 4), "Warta")
    ]
    with pytest.raises(ValueError, match="not a feed"):
        parse_feed(b"<html><body>bukan umpan</body></html>")


def test_sitemap_index_news_sitemap_and_refusals():
    index = parse_sitemap(
        b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>'
        b"<loc> https://w.example/s1.xml </loc></sitemap></sitemapindex>"
    )
    assert index.children == ("https://w.example/s1.xml",) and index.pages == ()
    news = parse_sitemap(
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:n="http://www.google.'
        b'com/schemas/sitemap-news/0.9"><url><loc>https://w.example/a</loc><lastmod>2020-01-01'
        b"</lastmod><n:news><n:publication_date>2024-03-05</n:publication_date></n:news></url>"
        b"</urlset>"
    )
    assert [(x.url, x.date) for x in news.pages] == [("https://w.example/a", dt.date(2024, 3, 5))]
    with pytest.raises(ValueError, match="DTD or entities"):
        parse_sitemap(b'<!DOCTYPE x [<!ENTITY a "b">]><urlset>&a;</urlset>')
    with pytest.raises(ValueError, match="root element <rss>"):
        parse_sitemap(b"<rss/>")


def test_url_file_reports_lines_that_are_not_urls(tmp_path):
    listing = tmp_path / "u.txt"
    listing.write_text("# komentar\nhttps://w.example/a\n\nftp://w.example/b\n")
    found = read_url_file(listing)
    assert [x.url for x in found.pages] == ["https://w.example/a"]
    assert found.problems == (f"{listing}:4: not an http(s) URL: 'ftp://w.example/b'",)


def test_outlets_file_and_the_shipped_starter():
    shipped = read_outlets(OUTLETS)
    assert not shipped.problems and len(shipped.feeds) >= 5
    assert all(url.startswith("https://") and outlet for url, outlet in shipped.feeds)


def test_retry_after_seconds_or_date():
    assert retry_after("7") == 7.0
    when = email.utils.formatdate(1_000_030, usegmt=True)
    assert retry_after(when, now=1_000_000) == pytest.approx(30.0)
    assert retry_after("kapan-kapan") is None and retry_after(None) is None


def test_user_agent_is_honest_without_a_contact():
    assert "no contact given" in Settings(contact=None).user_agent
