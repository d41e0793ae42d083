"""Read article files and exports into cleaned, dated :class:`~dashboard.model.Article` values.

Inputs: ``.txt`` (first non-empty line is the title), ``.json`` (an object or a list of them),
``.jsonl`` (one object a line) and ``.csv`` (a header row). A file or record that cannot be read
comes out as an :class:`~dashboard.errors.ArticleReadError` in the stream, in its place, so one bad
file never stops the others.

Size limits: one article is at most 10 MB (a ``.txt`` file, a lone ``.json`` object, a JSONL line,
a CSV row); a ``.json`` list is parsed whole, so at most 200 MB; ``.jsonl`` and ``.csv`` exports are
streamed line by line, up to 2 GB.

Paths are canonical: a file's resolved absolute path (``file:line`` for a record of an export),
however it was typed, so the store knows a file again whether it was named ``seeds/``,
``./seeds/000.txt`` or by its absolute path.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from dashboard.errors import ArticleReadError
from dashboard.model import Article
from dashboard.text import records
from dashboard.text.article import article_id, make_article  # noqa: F401 - re-exported
from dashboard.text.decoding import HEAD_BYTES, UTF16_BOMS, check_head, decode
from dashboard.text.lines import LineReader
from dashboard.text.paths import SUFFIXES, TEXT_SUFFIXES, list_entries, open_regular
from dashboard.text.records import MAX_BYTES
from dashboard.text.web.read import PendingPage, page_suffix, read_page_stream_deferred

STREAMED = (".jsonl", ".csv")  # read a line at a time; the others are read whole
MAX_JSON_BYTES = 200 * 1024 * 1024  # a .json list is parsed whole (and so is UTF-16 text)
MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024
FILE_LIMITS = {
    ".txt": MAX_BYTES,
    ".json": MAX_JSON_BYTES,
    ".jsonl": MAX_EXPORT_BYTES,
    ".csv": MAX_EXPORT_BYTES,
}


def _too_large(name: str, what: str, size: int, limit: int) -> ArticleReadError:
    return ArticleReadError(
        name, f"file too large ({size:,} bytes; the limit for {what} is {limit:,})"
    )


def _records(
    name: str, suffix: str, stream: BinaryIO, size: int
) -> tuple[Iterator[records.Record | ArticleReadError], tuple[str, ...]]:
    """The records of one open file, and the warnings that hold for all of them."""
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    if suffix in STREAMED and not head.startswith(UTF16_BOMS):
        check_head(name, head, whole=len(head) < HEAD_BYTES, streamed=True)
        return records.parse_lines(name, suffix, LineReader(stream, MAX_BYTES)), ()
    if size > MAX_JSON_BYTES:  # a UTF-16 export cannot be split into lines before decoding
        raise _too_large(name, "a UTF-16 file, read whole", size, MAX_JSON_BYTES)
    text, warnings = decode(name, stream.read())
    if suffix in STREAMED:
        lines = LineReader(io.BytesIO(text.encode()), MAX_BYTES)
        return records.parse_lines(name, suffix, lines), warnings
    return records.parse(name, suffix, text), warnings


@dataclass(frozen=True, slots=True)
class Pending:
    """A record read from its file whose article is not made yet.

    Making it (cleaning, dating) is most of the cost of reading, so ingest may do it in a worker
    process (:mod:`dashboard.workers`); :meth:`make` gives what :func:`read_stream` would have."""

    name: str  # the file, for a problem with the record
    record: records.Record
    warnings: tuple[str, ...] = ()  # those of the whole file

    def make(self) -> Article | ArticleReadError:
        rec = self.record
        try:
            return make_article(**rec.fields, path=rec.path, warnings=self.warnings + rec.warnings)
        except (ValueError, TypeError) as exc:  # a field of the wrong type
            return ArticleReadError(self.name, f"cannot use record: {exc}", rec.line)

    def failure(self, why: str) -> ArticleReadError:
        """The record skipped for ``why``, named by its file and line."""
        return ArticleReadError(self.name, why, self.record.line)


#: What a deferred read leaves to make: a record of a text file or export, or a web page.
Deferred = Pending | PendingPage
DEFERRED = (Pending, PendingPage)


def made(item: Article | ArticleReadError | Deferred) -> Article | ArticleReadError:
    """An item of a deferred read as :func:`read_stream` gives it."""
    return item.make() if isinstance(item, DEFERRED) else item


def read_stream(name: str, stream: BinaryIO, size: int) -> Iterator[Article | ArticleReadError]:
    """Articles in one open binary file of ``size`` bytes; the suffix of ``name`` picks the format.

    ``.jsonl``/``.csv`` are read a line at a time, so keep ``stream`` open while iterating.
    """
    return map(made, read_stream_deferred(name, stream, size))


def read_stream_deferred(
    name: str, stream: BinaryIO, size: int
) -> Iterator[Article | ArticleReadError | Deferred]:
    """:func:`read_stream` with each record's article left to make (:class:`Pending`; a web
    page's: :class:`PendingPage`)."""
    if page_suffix(name):
        yield from read_page_stream_deferred(name, stream, size)
        return
    suffix = os.path.splitext(name)[1].casefold()
    if suffix not in TEXT_SUFFIXES:
        yield ArticleReadError(
            name,
            f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}",
        )
        return
    if size > FILE_LIMITS[suffix]:
        yield _too_large(name, f"a {suffix} file", size, FILE_LIMITS[suffix])
        return
    try:
        found, warnings = _records(name, suffix, stream, size)
    except ArticleReadError as exc:
        yield exc
        return
    for rec in found:
        yield rec if isinstance(rec, ArticleReadError) else Pending(name, rec, warnings)


def read_bytes(name: str, data: bytes) -> Iterator[Article | ArticleReadError]:
    """Articles in one file's bytes (an upload, named as uploaded; the name is not resolved)."""
    return read_stream(name, io.BytesIO(data), len(data))


def read_entry(entry: Path | ArticleReadError) -> Iterator[Article | ArticleReadError]:
    """Articles in one entry of :func:`~dashboard.text.paths.list_entries` (a problem as is)."""
    return map(made, read_entry_deferred(entry))


def read_entry_deferred(
    entry: Path | ArticleReadError,
) -> Iterator[Article | ArticleReadError | Deferred]:
    """:func:`read_entry` with each record's article left to make (:class:`Pending`,
    :class:`PendingPage`)."""
    if isinstance(entry, ArticleReadError):
        yield entry
        return
    name = str(entry)
    try:
        with open_regular(entry) as stream:
            yield from read_stream_deferred(name, stream, os.fstat(stream.fileno()).st_size)
    except ArticleReadError as exc:
        yield exc
    except FileNotFoundError:
        yield ArticleReadError(name, "no such file or folder")
    except OSError as exc:
        yield ArticleReadError(name, f"cannot read: {exc.strerror or exc}")


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ArticleReadError]:
    """Articles from files and folders (searched recursively, in sorted order)."""
    for entry in list_entries(paths):
        yield from read_entry(entry)
