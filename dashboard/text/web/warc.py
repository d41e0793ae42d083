"""The HTML responses in a WARC file (``.warc`` or ``.warc.gz``), read a record at a time by warcio.

Only ``response`` records with status 200 and an HTML content type are pages; requests, metadata,
redirects and other media are passed over. Each page is numbered by its place among the file's
records (1-based), so ``crawl.warc.gz:7`` names one page the way ``export.jsonl:7`` names a line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class WarcPage:
    record: int  # 1-based position among the file's records
    url: str | None
    content_type: str
    data: bytes | None  # None: over the size limit (not read)


class WarcError(ValueError):
    """The file is not a readable WARC archive."""


def is_html(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().casefold() in HTML_TYPES


def warc_pages(stream: BinaryIO, max_bytes: int) -> Iterator[WarcPage]:
    """Every HTML response in the archive, its body read up to ``max_bytes``."""
    try:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if not is_html(ctype):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read(max_bytes + 1)
            yield WarcPage(n, url, ctype, body if len(body) <= max_bytes else None)
    except ArchiveLoadFailed as exc:
        raise WarcError(f"not a readable WARC archive: {exc}") from exc
