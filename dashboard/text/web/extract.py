"""A web page → its article and metadata, by trafilatura (pure: bytes in, a value out).

trafilatura keeps the main text and drops navigation, comments, share bars and widgets; its
metadata gives the title, author, site name (``og:site_name``, JSON-LD publisher), canonical URL
(``<link rel="canonical">``, ``og:url``) and, through htmldate, the publication date from the
page's markup only (``article:published_time``, JSON-LD ``datePublished``, ``<time>``…; its
guesses from free text are turned off, so a page without a date in its markup has none here and
the article's own date finder decides). The language is read from the markup or guessed
(:mod:`dashboard.text.web.language`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from urllib.parse import urlsplit

import trafilatura
from lxml import html as lxml_html

from dashboard.text.web.charset import decode_page
from dashboard.text.web.language import guess_language, primary

MIN_TEXT_CHARS = 80  # less main text than this is a menu or an index page, not an article
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_LANG_XPATHS = (
    "/html/@lang",
    "/html/@xml:lang",
    "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']"
    "/@content",
    "//meta[@property='og:locale']/@content",
)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    title: str
    text: str  # main text, paragraphs separated by blank lines (the title not repeated)
    language: str | None
    language_declared: bool  # from the markup, not guessed
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # ISO date from the page's markup
    warnings: tuple[str, ...] = ()


@cache
def extractor_name() -> str:
    return f"trafilatura {version('trafilatura')}"


def _declared_language(tree) -> str | None:
    for xpath in _LANG_XPATHS:
        found = tree.xpath(xpath, namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
        if found and primary(str(found[0])):
            return primary(str(found[0]))
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("inLanguage"), str):
                return primary(item["inLanguage"])
    return None


def _site_name(name: str | None, *hosts: str | None) -> str | None:
    """The page's site name; trafilatura falls back to the host name, which names no outlet."""
    hosts_seen = {h.casefold().removeprefix("www.") for h in hosts if h}
    if not name or name.casefold().removeprefix("www.") in hosts_seen:
        return None
    return name


def _paragraphs(text: str, title: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0].casefold() == title.casefold():
        lines = lines[1:]  # trafilatura keeps the headline as the text's first line
    return "\n\n".join(lines)


def extract_page(
    data: bytes, url: str | None = None, content_type: str | None = None
) -> ExtractedPage | None:
    """The page's article, or None when its main text is shorter than MIN_TEXT_CHARS."""
    markup, warnings = decode_page(data, content_type)
    try:
        tree = lxml_html.document_fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    declared = _declared_language(tree)
    doc = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS
    )
    if doc is None or len((doc.text or "").strip()) < MIN_TEXT_CHARS:
        return None
    title = (doc.title or "").strip()
    text = _paragraphs(doc.text, title)
    return ExtractedPage(
        title=title,
        text=text,
        language=declared or guess_language(f"{title}\n{text}"),
        language_declared=declared is not None,
        author=doc.author or None,
        site_name=_site_name(doc.sitename, doc.hostname, urlsplit(url or "").netloc),
        canonical_url=doc.url if doc.url and doc.url != url else None,
        published=doc.date or None,
        warnings=warnings,
    )
