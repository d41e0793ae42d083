"""Read article files and exports into cleaned, dated :class:`~dashboard.model.Article` values.

Inputs: ``.txt`` (first non-empty line is the title), ``.json`` (an object or a list of them),
``.jsonl`` (one object a line) and ``.csv`` (a header row). A file or record that cannot be read
comes out as an :class:`~dashboard.errors.ArticleReadError` in the stream, in its place, so one bad
file never stops the others.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from dashboard import cleaning, dates, outlets, records
from dashboard.errors import ArticleReadError
from dashboard.model import Article

SUFFIXES = (".txt", ".json", ".jsonl", ".csv")
MAX_BYTES = 10 * 1024 * 1024  # larger files are exports gone wrong, not articles
_BINARY_SAMPLE = 8192
#: Bytes cp1252 leaves undefined: text holding them is not cp1252 either.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def article_id(title: str, body: str) -> str:
    """A stable id from the cleaned content: the same text always gets the same id."""
    digest = hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()
    return digest[:16]


def make_article(
    *,
    title: str,
    raw_body: str,
    path: str,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.date | None = None,
    warnings: tuple[str, ...] = (),
) -> Article:
    """Clean, date and identify one article; ``outlet``/``published`` are metadata when known."""
    title = " ".join(cleaning.normalize_text(title).split())
    cleaned = cleaning.clean_body(raw_body, title=title)
    paras = cleaned.body.split("\n\n") if cleaned.body else []
    found_outlet = outlets.canonical_outlet(outlet) if outlet and outlet.strip() else None
    found_outlet = (
        found_outlet or outlets.outlet_from_dateline(paras) or outlets.outlet_from_url(url)
    )
    metadata = published.isoformat() if isinstance(published, dt.date) else published
    text = f"{title}\n\n{cleaned.body}" if title else cleaned.body
    guess = dates.find_published(text, url=url, metadata=metadata or None)
    return Article(
        id=article_id(title, cleaned.body),
        path=path,
        title=title,
        body=cleaned.body,
        outlet=found_outlet,
        url=url or None,
        published=guess,
        cited_sources=tuple(s for s in outlets.cited_sources(text) if s != found_outlet),
        credits=cleaned.credits,
        event_dates=dates.find_event_dates(text, guess.date),
        warnings=warnings,
    )


def _too_large(name: str, size: int) -> ArticleReadError:
    return ArticleReadError(name, f"file too large ({size:,} bytes; the limit is {MAX_BYTES:,})")


def decode(name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes → text: UTF-8, else cp1252 where it decodes cleanly (with a warning)."""
    if not data.strip():
        raise ArticleReadError(name, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows "Unicode" text
        try:
            return data.decode("utf-16"), ("decoded as UTF-16 (byte-order mark)",)
        except UnicodeDecodeError as exc:
            raise ArticleReadError(name, f"broken UTF-16 at byte {exc.start}") from exc
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        raise ArticleReadError(name, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _CP1252_UNDEFINED.isdisjoint(data):
        text = data.decode("cp1252")
        return text, (f"not UTF-8 (byte {utf8_error.start}); decoded as cp1252",)
    raise ArticleReadError(
        name, f"not UTF-8 (invalid byte at offset {utf8_error.start}) and not cp1252 either"
    )


def read_bytes(name: str, data: bytes) -> Iterator[Article | ArticleReadError]:
    """Articles in one file's bytes (an upload); the suffix of ``name`` picks the format."""
    suffix = os.path.splitext(name)[1].casefold()
    if suffix not in SUFFIXES:
        yield ArticleReadError(
            name,
            f"unsupported file type {suffix or '(none)'!r}; expected one of {', '.join(SUFFIXES)}",
        )
        return
    if len(data) > MAX_BYTES:
        yield _too_large(name, len(data))
        return
    try:
        text, warnings = decode(name, data)
    except ArticleReadError as exc:
        yield exc
        return
    for rec in records.parse(name, suffix, text):
        if isinstance(rec, ArticleReadError):
            yield rec
            continue
        try:
            yield make_article(**rec.fields, path=rec.path, warnings=warnings)
        except (ValueError, TypeError) as exc:  # a field of the wrong type
            yield ArticleReadError(name, f"cannot use record: {exc}", rec.line)


def list_files(paths: Iterable[Path]) -> list[Path]:
    """The files read_paths would read, in its order; a missing path is listed as given."""
    return [file for top in paths for file in _files(Path(top))]


def _files(path: Path) -> list[Path]:
    """The readable files under ``path`` (itself if a file), sorted by path, hidden ones skipped."""
    if not path.is_dir():
        return [path]  # a file, or a missing path read_paths reports
    found = []
    for root, dirs, names in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [
            Path(root, n)
            for n in names
            if not n.startswith(".") and n.casefold().endswith(SUFFIXES)
        ]
    return sorted(found, key=lambda p: p.parts)


def read_paths(paths: Iterable[Path]) -> Iterator[Article | ArticleReadError]:
    """Articles from files and folders (searched recursively, in sorted order)."""
    for file in list_files(paths):
        name = str(file)
        try:
            size = file.stat().st_size
            if size > MAX_BYTES:
                yield _too_large(name, size)
                continue
            data = file.read_bytes()
        except FileNotFoundError:
            yield ArticleReadError(name, "no such file or folder")
            continue
        except OSError as exc:
            yield ArticleReadError(name, f"cannot read: {exc.strerror or exc}")
            continue
        yield from read_bytes(name, data)
