"""Where `collect` finds article URLs: feeds, sitemaps, URL files and outlet TOML files (pure).

Feeds (RSS, Atom) are parsed by feedparser; sitemaps (``urlset``, ``sitemapindex``, with the
Google News extension's ``news:publication_date``) by the standard XML parser, DTDs and entities
refused. Each listed page carries the date its list gave it, when any, for ``--since``.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import feedparser

from dashboard.dates.publication import parse_date_string


@dataclass(frozen=True, slots=True)
class Listed:
    url: str
    date: dt.date | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class SitemapPage:
    pages: tuple[Listed, ...]
    children: tuple[str, ...] = ()  # further sitemaps, from a sitemap index


@dataclass(frozen=True, slots=True)
class Sources:
    feeds: tuple[tuple[str, str | None], ...] = ()  # (url, outlet)
    sitemaps: tuple[tuple[str, str | None], ...] = ()
    pages: tuple[Listed, ...] = ()  # article URLs given directly
    problems: tuple[str, ...] = field(default=())

    def __add__(self, other: Sources) -> Sources:
        return Sources(
            self.feeds + other.feeds,
            self.sitemaps + other.sitemaps,
            self.pages + other.pages,
            self.problems + other.problems,
        )


def _date(value: str | None) -> dt.date | None:
    return parse_date_string(value) if value else None


def parse_feed(data: bytes, outlet: str | None = None) -> tuple[Listed, ...]:
    """The entries of an RSS or Atom feed; ValueError when it is not a feed at all."""
    feed = feedparser.parse(data)
    if not feed.entries and (feed.bozo or not feed.version):
        raise ValueError(f"not a feed ({getattr(feed, 'bozo_exception', 'no entries')})")
    found = []
    for entry in feed.entries:
        link = entry.get("link")
        if link and link.startswith(("http://", "https://")):
            stamp = entry.get("published") or entry.get("updated")
            found.append(Listed(link.strip(), _date(stamp), outlet))
    return tuple(found)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(node: ElementTree.Element, name: str) -> str | None:
    for child in node.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(data: bytes, outlet: str | None = None) -> SitemapPage:
    """A sitemap's pages (with news:publication_date or lastmod) or a sitemap index's sitemaps."""
    if b"<!DOCTYPE" in data[:2048].upper() or b"<!ENTITY" in data.upper():
        raise ValueError("sitemap with a DTD or entities refused")
    try:
        root = ElementTree.fromstring(data)  # noqa: S314 - no DTD/entities (checked above)
    except ElementTree.ParseError as exc:
        raise ValueError(f"not a sitemap (XML error: {exc})") from exc
    kind = _local(root.tag)
    locs = [
        (node, _child_text(node, "loc")) for node in root if _local(node.tag) in ("url", "sitemap")
    ]
    if kind == "sitemapindex":
        return SitemapPage((), tuple(loc for _, loc in locs if loc))
    if kind != "urlset":
        raise ValueError(f"not a sitemap (root element <{kind}>)")
    pages = tuple(
        Listed(
            loc,
            _date(_child_text(node, "publication_date") or _child_text(node, "lastmod")),
            outlet,
        )
        for node, loc in locs
        if loc
    )
    return SitemapPage(pages)


def read_url_file(path: Path) -> Sources:
    """One article URL a line; blank lines and ``#`` comments ignored, other lines reported."""
    pages, problems = [], []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("http://", "https://")):
            pages.append(Listed(line.split()[0]))
        else:
            problems.append(f"{path}:{n}: not an http(s) URL: {line[:80]!r}")
    return Sources(pages=tuple(pages), problems=tuple(problems))


def read_outlets(path: Path) -> Sources:
    """An outlets TOML file: ``[[outlet]]`` tables of name, feeds, sitemaps and urls."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        return Sources(problems=(f"{path}: not valid TOML: {exc}",))
    feeds, sitemaps, pages, problems = [], [], [], []
    for i, outlet in enumerate(data.get("outlet", []), start=1):
        name = outlet.get("name")
        if not isinstance(name, str):
            problems.append(f"{path}: outlet {i} has no name")
            continue
        feeds += [(u, name) for u in outlet.get("feeds", [])]
        sitemaps += [(u, name) for u in outlet.get("sitemaps", [])]
        pages += [Listed(u, None, name) for u in outlet.get("urls", [])]
    return Sources(tuple(feeds), tuple(sitemaps), tuple(pages), tuple(problems))
