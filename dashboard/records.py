"""Split decoded file text into article records: one per .txt, per JSON object, per CSV row.

A record is the raw material of :func:`dashboard.articles.make_article`; a broken line or row
becomes an :class:`~dashboard.errors.ArticleReadError` naming the file and line, and the records
around it are still read.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from dashboard.errors import ArticleReadError

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


def _split_title(text: str) -> tuple[str, str]:
    """First non-empty line is the title, the rest the body."""
    lines = text.lstrip().split("\n", 1)
    return lines[0].strip(), (lines[1] if len(lines) > 1 else "")


def _pick(obj: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).strip().casefold(): v for k, v in obj.items()}
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return value
    return None


def record_fields(obj: Mapping[str, Any]) -> dict[str, Any]:
    """make_article keyword arguments from one export object; ValueError when it has no text."""
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


def _from_object(name: str, obj: Any, line: int | None, path: str) -> Record | ArticleReadError:
    if not isinstance(obj, Mapping):
        return ArticleReadError(name, f"expected a JSON object, got {type(obj).__name__}", line)
    try:
        return Record(path, line, record_fields(obj))
    except ValueError as exc:
        return ArticleReadError(name, str(exc), line)


def _parse_txt(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    title, body = _split_title(text)
    if not body.strip():
        yield ArticleReadError(name, "only a title line, no article text")
        return
    yield Record(name, None, {"title": title, "raw_body": body})


def _parse_json(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ArticleReadError(name, f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno)
        return
    if isinstance(data, list):
        for i, obj in enumerate(data, 1):
            yield _from_object(name, obj, i, f"{name}:{i}")
    else:
        yield _from_object(name, data, None, name)


def _parse_jsonl(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleReadError(name, f"malformed JSON line: {exc.msg} (column {exc.colno})", n)
            continue
        yield _from_object(name, obj, n, f"{name}:{n}")


def _parse_csv(name: str, text: str) -> Iterator[Record | ArticleReadError]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        yield ArticleReadError(name, f"no CSV header row ({exc})", 1)
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ArticleReadError(name, f"malformed CSV: {exc}", start)
            return  # the parser cannot resynchronise after a broken quote
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield ArticleReadError(
                name, f"CSV row has {len(row)} fields, the header has {len(header)}", start
            )
            continue
        yield _from_object(name, dict(zip(header, row, strict=True)), start, f"{name}:{start}")


_PARSERS = {".txt": _parse_txt, ".json": _parse_json, ".jsonl": _parse_jsonl, ".csv": _parse_csv}


def parse(name: str, suffix: str, text: str) -> Iterator[Record | ArticleReadError]:
    """Records of one decoded file; ``suffix`` is one of .txt .json .jsonl .csv."""
    return _PARSERS[suffix](name, text)
