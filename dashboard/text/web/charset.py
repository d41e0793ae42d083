"""Page bytes → text, trusting the bytes over a declared charset that does not fit them.

Servers and saved pages often declare a charset the bytes are not in (``iso-8859-1`` over UTF-8
is the common case). UTF-8 that decodes strictly is taken as UTF-8 whatever was declared (a
legacy 8-bit text with non-ASCII letters almost never happens to be valid UTF-8); otherwise the
declared charset, then cp1252, which decodes any byte.
"""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The charset a Content-Type header or the page's first <meta> declares, if a known one."""
    found = None
    if header:
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", header, re.I)
        found = m.group(1) if m else None
    if found is None:
        m = _META_CHARSET.search(data[:4096])
        found = m.group(1).decode("ascii", "replace") if m else None
    try:
        return codecs.lookup(found).name if found else None
    except LookupError:
        return None


def decode_page(data: bytes, header: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The page's text and a warning when the declared charset did not fit the bytes."""
    declared = declared_charset(data, header)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if declared in (None, "utf-8") or text.isascii():
            return text, ()
        return text, (f"declared {declared} but the bytes are UTF-8: read as UTF-8",)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), ()
        except UnicodeDecodeError:
            pass
    what = f"declared {declared}, " if declared else ""
    return data.decode("cp1252", "replace"), (f"{what}not valid UTF-8: read as cp1252",)
