"""Split a file into article records: one per .txt, per JSON object, per JSONL line, per CSV row.

A record is the raw material of :func:`dashboard.text.read.make_article`; a broken, undecodable or
oversized line or row becomes an :class:`~dashboard.errors.ArticleReadError` naming the file and
line, and the records around it are still read. ``.txt`` and ``.json`` files are parsed whole;
``.jsonl`` and ``.csv`` exports are streamed from a :class:`~dashboard.text.lines.LineReader`, so
an export of any length holds one record in memory at a time.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from json.decoder import WHITESPACE  # type: ignore[attr-defined]  # not in typeshed
from typing import Any

from dashboard.errors import ArticleReadError
from dashboard.text.decoding import decode_line
from dashboard.text.lines import BadRecord, CsvLines, LineReader, too_large

#: One article (a .txt file, a lone .json object, one JSONL line or CSV row) is at most this big.
MAX_BYTES = 10 * 1024 * 1024

#: Field names an export may use, first match wins (compared case-insensitively).
FIELDS = {
    "title": ("title", "judul", "headline"),
    "raw_body": ("text", "body", "content", "isi", "article", "artikel"),
    "url": ("url", "link", "source_url", "href"),
    "published": ("published", "date", "published_at", "publish_date", "tanggal", "datetime"),
    "outlet": ("outlet", "source", "media", "site", "publisher", "sumber"),
}


@dataclass(frozen=True, slots=True)
class Record:
    path: str  # "file.jsonl:12" for a line of an export, else the file
    line: int | None
    fields: dict[str, Any]  # keyword arguments for make_article
    warnings: tuple[str, ...] = ()  # e.g. this line was decoded as cp1252


def _split_title(text: str) -> tuple[str, str]:
    """First non-empty line is the title, the rest the body."""
    lines = text.lstrip().split("\n", 1)
    return lines[0].strip(), (lines[1] if len(lines) > 1 else "")


def _pick(lowered: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The first of ``names`` with a value, in an object whose keys are folded (:func:`_folded`)."""
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return value
    return None


def record_fields(obj: Mapping[str, Any]) -> dict[str, Any]:
    """make_article keyword arguments from one export object; ValueError when it has no text."""
    obj = {str(k).strip().casefold(): v for k, v in obj.items()}  # "Title " is "title"
    body = _pick(obj, FIELDS["raw_body"])
    if not isinstance(body, str) or not body.strip():
        raise ValueError(f"no article text (expected a field {'/'.join(FIELDS['raw_body'])})")
    title = _pick(obj, FIELDS["title"])
    if not isinstance(title, str) or not title.strip():
        title, body = _split_title(body)
    fields: dict[str, Any] = {"title": title, "raw_body": body}
    for key in ("url", "published", "outlet"):
        value = _pick(obj, FIELDS[key])
        fields[key] = str(value).strip() if value is not None else None
    return fields


def _from_object(
    name: str, obj: Any, line: int | None, warnings: tuple[str, ...] = ()
) -> Record | ArticleReadError:
    if not isinstance(obj, Mapping):
        return ArticleReadError(name, f"expected a JSON object, got {type(obj).__name__}", line)
    try:
        fields = record_fields(obj)
    except ValueError as exc:
        return ArticleReadError(name, str(exc), line)
    return Record(name if line is None else f"{name}:{line}", line, fields, warnings)


# --- whole files: .txt and .json ---------------------------------------------------------------


def _parse_txt(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    title, body = _split_title(text)
    if not body.strip():
        yield ArticleReadError(name, "only a title line, no article text")
        return
    yield Record(name, None, {"title": title, "raw_body": body})


def _oversized(text: str, start: int, end: int) -> int | None:
    """The size in bytes of ``text[start:end]`` when it is over MAX_BYTES, else None."""
    if (end - start) * 4 <= MAX_BYTES:  # fits even at four bytes a character
        return None
    size = len(text[start:end].encode())
    return size if size > MAX_BYTES else None


def _malformed(name: str, exc: json.JSONDecodeError) -> ArticleReadError:
    return ArticleReadError(name, f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno)


def _json_value(
    name: str, text: str, pos: int, number: int | None
) -> tuple[Record | ArticleReadError, int]:
    """The record of the JSON value at ``pos`` and where it ends (JSONDecodeError if broken)."""
    obj, end = json.JSONDecoder().raw_decode(text, pos)
    size = _oversized(text, pos, end)
    if size is not None:
        return ArticleReadError(name, too_large(size, MAX_BYTES), number), end
    return _from_object(name, obj, number), end


#: Python's JSON parser recurses once per nesting level; past the interpreter's recursion limit
#: (about 1,000 levels, far beyond any article) it raises RecursionError. No export nests deep.
TOO_DEEP = "JSON nested too deeply (more than about 1,000 levels); not an article export"


def _parse_json(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    """One object, or a list of them read one by one (those before a syntax error are kept)."""
    try:
        yield from _json_items(name, text)
    except RecursionError:
        yield ArticleReadError(name, TOO_DEEP)


def _json_items(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    pos = WHITESPACE.match(text, 0).end()
    is_list = text.startswith("[", pos)
    number = 0
    try:
        if not is_list:
            item, pos = _json_value(name, text, pos, None)
            yield item
        elif text.startswith("]", pos := WHITESPACE.match(text, pos + 1).end()):
            pos += 1
            yield ArticleReadError(name, "an empty JSON list: no article")
        else:
            while True:
                number += 1
                item, pos = _json_value(name, text, pos, number)
                yield item
                pos = WHITESPACE.match(text, pos).end()
                if text.startswith("]", pos):
                    pos += 1
                    break
                if not text.startswith(",", pos):
                    raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
                pos = WHITESPACE.match(text, pos + 1).end()
        if text[pos:].strip():
            raise json.JSONDecodeError("Extra data", text, WHITESPACE.match(text, pos).end())
    except json.JSONDecodeError as exc:
        yield _malformed(name, exc)


def parse(name: str, suffix: str, text: str) -> Iterator[Record | ArticleReadError]:
    """Records of one decoded ``.txt`` or ``.json`` file."""
    return _parse_txt(name, text) if suffix == ".txt" else _parse_json(name, text)


# --- streamed exports: .jsonl and .csv ---------------------------------------------------------


def _jsonl_record(name: str, number: int, raw: bytes) -> Record | ArticleReadError | None:
    try:
        line, warning = decode_line(raw)
    except ValueError as exc:
        return ArticleReadError(name, str(exc), number)
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        why = f"malformed JSON line: {exc.msg} (column {exc.colno})"
        return ArticleReadError(name, why, number)
    except RecursionError:
        return ArticleReadError(name, TOO_DEEP, number)
    return _from_object(name, obj, number, (warning,) if warning else ())


def _parse_jsonl(name: str, lines: LineReader) -> Iterator[Record | ArticleReadError]:
    found = False
    for line in lines:
        if line.raw is None:
            found = True
            yield ArticleReadError(name, too_large(line.size, lines.limit), line.number)
            continue
        item = _jsonl_record(name, line.number, line.raw)
        if item is not None:
            found = True
            yield item
    if not found:
        yield ArticleReadError(name, "empty file")


def _csv_rows(name: str, lines: CsvLines) -> Iterator[tuple[int, list[str]] | ArticleReadError]:
    """(first line, cells) of each non-blank CSV record; a bad one is skipped to its end."""
    reader = csv.reader(lines, strict=True)
    while True:
        start = lines.begin()
        try:
            row = next(reader)
        except StopIteration:
            return
        except BadRecord as exc:
            reason, end = exc.reason, exc.end
        except csv.Error as exc:
            lines.skip_rest()
            reason, end = f"malformed CSV: {exc}", lines.last_line
        else:
            if any(cell.strip() for cell in row):
                yield start, row
            continue
        if end > start:
            reason += f" (lines {start}–{end} skipped)"
        yield ArticleReadError(name, reason, start)


def _parse_csv(name: str, lines: LineReader) -> Iterator[Record | ArticleReadError]:
    if csv.field_size_limit() < lines.limit:  # the default (131,072) is less than an article
        csv.field_size_limit(lines.limit)
    source = CsvLines(lines)
    rows = _csv_rows(name, source)
    header = next(rows, None)
    if not isinstance(header, tuple):
        why = header.reason if isinstance(header, ArticleReadError) else "the file is empty"
        yield ArticleReadError(name, f"no CSV header row ({why})", 1)
        return
    names = header[1]
    for row in rows:
        if isinstance(row, ArticleReadError):
            yield row
            continue
        start, cells = row
        if len(cells) != len(names):
            why = f"CSV row has {len(cells)} fields, the header has {len(names)}"
            yield ArticleReadError(name, why, start)
            continue
        obj = dict(zip(names, cells, strict=True))
        yield _from_object(name, obj, start, tuple(source.warnings))


def parse_lines(name: str, suffix: str, lines: LineReader) -> Iterator[Record | ArticleReadError]:
    """Records of one streamed ``.jsonl`` or ``.csv`` export."""
    return _parse_jsonl(name, lines) if suffix == ".jsonl" else _parse_csv(name, lines)
