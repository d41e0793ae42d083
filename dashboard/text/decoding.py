"""Bytes → text for article files: UTF-8, UTF-16 with a byte-order mark, or clean cp1252.

A whole file (a ``.txt`` article, a ``.json`` document) is decoded at once by :func:`decode`; a
streamed export is checked on its first bytes by :func:`check_head` and decoded a line at a time by
:func:`decode_line`, so one badly encoded line costs that line only.
"""

from __future__ import annotations

import codecs

from dashboard.errors import ArticleReadError

#: How many leading bytes decide whether a file is text at all.
HEAD_BYTES = 8192
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: Bytes cp1252 leaves undefined: text holding them is not cp1252 either.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _looks_utf16(sample: bytes) -> bool:
    """Mostly-ASCII UTF-16 text: NUL in nearly every other byte, on one side only."""
    if len(sample) < 4:
        return False
    halves = (sample[0::2], sample[1::2])
    nul = [h.count(0) / len(h) for h in halves if h]
    return max(nul) > 0.7 and min(nul) < 0.1


def check_head(name: str, head: bytes, *, whole: bool, streamed: bool = False) -> None:
    """Refuse an empty or binary file from its first bytes (``whole``: they are all of it).

    A ``streamed`` export may hold a stray NUL byte on a line (that line is skipped when read);
    a whole file may not.
    """
    if whole and not head.strip():
        raise ArticleReadError(name, "empty file")
    sample = head[:HEAD_BYTES]
    if _looks_utf16(sample):
        raise ArticleReadError(
            name, "binary file, not text (possibly UTF-16 without a byte-order mark)"
        )
    nul_limit = len(sample) // 100 if streamed else 0
    if sample.count(0) > nul_limit or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) // 20:
        raise ArticleReadError(name, "binary file, not text")


def decode(name: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """A whole file's bytes → text: UTF-8, else cp1252 where it decodes cleanly (with a warning)."""
    if data.startswith(UTF16_BOMS):  # Windows "Unicode" text
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleReadError(name, f"broken UTF-16 at byte {exc.start}") from exc
        if not text.strip():
            raise ArticleReadError(name, "empty file")
        return text, ("decoded as UTF-16 (byte-order mark)",)
    check_head(name, data, whole=True)
    try:
        text, bad_byte = utf8_or_cp1252(data, "utf-8-sig")
    except ValueError as exc:
        raise ArticleReadError(
            name, f"not UTF-8 (invalid byte at offset {exc.args[0]}) and not cp1252 either"
        ) from None
    if bad_byte is None:
        return text, ()
    return text, (f"not UTF-8 (byte {bad_byte}); decoded as cp1252",)


def decode_line(raw: bytes) -> tuple[str, str | None]:
    """One line of a streamed export → (text, warning or None); ValueError when undecodable."""
    try:
        text, bad_byte = utf8_or_cp1252(raw, "utf-8")
    except ValueError as exc:
        raise ValueError(
            f"not UTF-8 (invalid byte at offset {exc.args[0]} of the line) and not cp1252 either"
        ) from None
    if bad_byte is None:
        return text, None
    return text, f"not UTF-8 (byte {bad_byte} of the line); decoded as cp1252"


def utf8_or_cp1252(data: bytes, utf8: str = "utf-8") -> tuple[str, int | None]:
    """``data`` as UTF-8 (codec ``utf8``), else as cp1252 where every byte is defined there.

    Returns the text and None, or the cp1252 text and the offset of the first byte that is not
    UTF-8. Raises ``ValueError(offset)`` when the bytes are neither. The one fallback behind
    :func:`decode` (whole files) and :func:`decode_line` (export lines).
    """
    try:
        return data.decode(utf8), None
    except UnicodeDecodeError as exc:
        bad_byte = exc.start
    if _CP1252_UNDEFINED.isdisjoint(data):
        return data.decode("cp1252"), bad_byte
    raise ValueError(bad_byte)
