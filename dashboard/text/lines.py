"""The physical lines of a streamed export (``.jsonl``, ``.csv``), one record in memory at most.

:class:`LineReader` numbers the lines of a binary stream from 1 and holds at most ``limit`` bytes
of any one of them: a longer line is read past in chunks and comes out with ``raw=None`` and its
size, so an oversized record is reported and skipped without ever being held whole.
:class:`CsvLines` feeds those lines, decoded, to :func:`csv.reader`, and stops a record that grows
too large or cannot be decoded (raising :class:`BadRecord` after skipping to the record's end).
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from dashboard.text.decoding import decode_line

_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class RawLine:
    number: int  # 1-based physical line
    raw: bytes | None  # the line with its newline; None when over the limit
    size: int  # bytes, newline included
    quotes: int  # how many '"' it holds (for finding where a CSV record ends)


def too_large(size: int, limit: int) -> str:
    return f"record too large ({size:,} bytes; the limit for one article is {limit:,})"


class LineReader:
    """Numbered lines of ``stream``; a UTF-8 byte-order mark on the first line is dropped."""

    def __init__(self, stream: BinaryIO, limit: int):
        self._stream = stream
        self.limit = limit
        self.number = 0  # the last line read

    def __iter__(self) -> Iterator[RawLine]:
        while raw := self._stream.readline(self.limit + 1):
            self.number += 1
            if self.number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if len(raw) <= self.limit:
                yield RawLine(self.number, raw, len(raw), raw.count(b'"'))
                continue
            size, quotes = len(raw), raw.count(b'"')
            while not raw.endswith(b"\n") and (raw := self._stream.readline(_CHUNK)):
                size, quotes = size + len(raw), quotes + raw.count(b'"')
            yield RawLine(self.number, None, size, quotes)


class BadRecord(Exception):
    """The CSV record in progress was skipped; ``reason`` says why, ``end`` is its last line."""

    def __init__(self, reason: str, end: int):
        super().__init__(reason)
        self.reason = reason
        self.end = end


class CsvLines:
    """Decoded lines for :func:`csv.reader`, accounted record by record (call :meth:`begin`).

    A record ends on a line where its count of quote characters is even (every quoted field
    closed): that is how CSV writers quote, and how a skipped record is read past.
    """

    def __init__(self, lines: LineReader):
        self._lines = iter(lines)
        self._reader = lines
        self.size = self.quotes = 0
        self.warnings: list[str] = []

    def begin(self) -> int:
        """Start a new record; returns the number its first line will have."""
        self.size = self.quotes = 0
        self.warnings = []
        return self._reader.number + 1

    def __iter__(self) -> CsvLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)  # StopIteration: the end of the data
        self.size += line.size
        self.quotes += line.quotes
        if line.raw is None or self.size > self._reader.limit:
            raise BadRecord(too_large(self.skip_rest(), self._reader.limit), self._reader.number)
        try:
            text, warning = decode_line(line.raw)
        except ValueError as exc:
            self.skip_rest()
            raise BadRecord(str(exc), self._reader.number) from None
        if warning:
            self.warnings.append(warning)
        return text

    def skip_rest(self) -> int:
        """Read past the rest of the record in progress; returns its size in bytes."""
        while self.quotes % 2:
            line = next(self._lines, None)
            if line is None:
                break
            self.size += line.size
            self.quotes += line.quotes
        return self.size

    @property
    def last_line(self) -> int:
        return self._reader.number
