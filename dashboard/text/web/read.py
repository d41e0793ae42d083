"""Web pages → Articles: a saved .html/.htm file, each page of a WARC archive, a fetched page.

Each page goes through :func:`~dashboard.text.web.extract.extract_page` and then the same
:func:`~dashboard.text.article.make_article` as text files, with the page's metadata as metadata:
its site name is the outlet, its markup date the publication date, its canonical URL the URL.
A page that is not in Indonesian is kept out here (:class:`~dashboard.errors.KeptOut`); whether it
is about Syria is decided once it is geotagged (:mod:`dashboard.text.web.relevance`).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from dashboard.errors import ArticleReadError, KeptOut
from dashboard.model import Article, PageSource
from dashboard.text.article import make_article
from dashboard.text.paths import PAGE_SUFFIXES
from dashboard.text.web.extract import extract_page, extractor_name
from dashboard.text.web.warc import WarcError, warc_pages

MAX_PAGE_BYTES = 10 * 1024 * 1024
MAX_WARC_BYTES = 20 * 1024 * 1024 * 1024  # streamed a record at a time


def page_suffix(name: str) -> str | None:
    lowered = name.casefold()
    return next(
        (s for s in sorted(PAGE_SUFFIXES, key=len, reverse=True) if lowered.endswith(s)), None
    )


def read_page(
    name: str, data: bytes, url: str | None = None, content_type: str | None = None
) -> Article | ArticleReadError:
    """One page's article. ``name`` is where it is stored from: a file, ``file:N`` or a URL."""
    page = extract_page(data, url=url, content_type=content_type)
    if page is None:
        return ArticleReadError(name, "no article text found on the page")
    if page.language != "id":
        said = "declares" if page.language_declared else "looks like"
        why = f"{said} {page.language!r}" if page.language else "language not recognised"
        return KeptOut(name, f"not Indonesian ({why})", kind="not Indonesian")
    source = PageSource(
        url=url,
        canonical_url=page.canonical_url,
        language=page.language,
        site_name=page.site_name,
        author=page.author,
        html_gz=gzip.compress(data, compresslevel=6, mtime=0),
        extractor=extractor_name(),
    )
    try:
        return make_article(
            title=page.title,
            raw_body=page.text,
            path=name,
            outlet=page.site_name,
            url=page.canonical_url or url,
            published=page.published,
            warnings=page.warnings,
            page=source,
        )
    except ValueError as exc:
        return ArticleReadError(name, f"cannot use the page: {exc}")


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page read from its file whose article is not made yet (extraction, cleaning, dating:
    ingest may do it in a worker process, see :mod:`dashboard.workers`)."""

    name: str  # the file
    data: bytes
    record: int | None = None  # the WARC record's number; None: a saved page
    url: str | None = None
    content_type: str | None = None

    def make(self) -> Article | ArticleReadError:
        if self.record is None:
            return read_page(self.name, self.data)
        where = f"{self.name}:{self.record}"
        item = read_page(where, self.data, url=self.url, content_type=self.content_type)
        return _at(item, self.name, self.record) if isinstance(item, ArticleReadError) else item

    def failure(self, why: str) -> ArticleReadError:
        """The page skipped for ``why``, named by its file (and record)."""
        return ArticleReadError(self.name, why, self.record)


def read_page_stream_deferred(
    name: str, stream: BinaryIO, size: int
) -> Iterator[PendingPage | ArticleReadError]:
    """The pages of one saved page or WARC archive (``name``'s suffix says which), each one's
    article left to make (:class:`PendingPage`)."""
    suffix = page_suffix(name)
    if suffix in (".html", ".htm"):
        if size > MAX_PAGE_BYTES:
            yield ArticleReadError(
                name, f"file too large ({size:,} bytes; the limit for a page is {MAX_PAGE_BYTES:,})"
            )
            return
        yield PendingPage(name, stream.read())
        return
    if size > MAX_WARC_BYTES:
        yield ArticleReadError(
            name,
            f"file too large ({size:,} bytes; the limit for a WARC file is {MAX_WARC_BYTES:,})",
        )
        return
    yield from _warc_pages(name, stream)


def _warc_pages(name: str, stream: BinaryIO) -> Iterator[PendingPage | ArticleReadError]:
    found = 0
    try:
        for page in warc_pages(stream, MAX_PAGE_BYTES):
            found += 1
            if page.data is None:
                yield ArticleReadError(
                    name, f"page {page.url} over {MAX_PAGE_BYTES:,} bytes", page.record
                )
                continue
            yield PendingPage(name, page.data, page.record, page.url, page.content_type)
    except WarcError as exc:
        yield ArticleReadError(name, str(exc))
        return
    if not found:
        yield ArticleReadError(name, "no HTML page in the WARC archive")


def _at(item: ArticleReadError, name: str, line: int) -> ArticleReadError:
    """The same problem, named by the archive and the record's number."""
    if isinstance(item, KeptOut):
        return KeptOut(name, item.reason, line, kind=item.kind)
    return ArticleReadError(name, item.reason, line)
