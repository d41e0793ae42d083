"""One polite HTTP GET: robots.txt asked first, per-host pacing, timeouts, retries, a size cap.

Retries (with exponential backoff, or the server's ``Retry-After``) on 429, 5xx, timeouts and
dropped connections; redirects followed by hand, each hop asked of robots.txt, a loop named as
such. A body over ``max_bytes`` is not read further (a declared Content-Length over it is not
read at all). A conditional request (ETag / Last-Modified) may come back 304.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error

from dashboard.collect.hosts import HostGate
from dashboard.collect.robots import Robots
from dashboard.collect.settings import Settings

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional request with nothing new
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class FetchError(Exception):
    """A URL not fetched: ``kind`` is "skipped" (our rule said no) or "failed" (it did not work)."""

    def __init__(self, reason: str, kind: str = "failed"):
        self.reason, self.kind = reason, kind
        super().__init__(reason)


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class Fetcher:
    def __init__(self, settings: Settings, sleep=time.sleep):
        self.settings = settings
        self.sleep = sleep
        self.pool = urllib3.PoolManager(
            num_pools=50,
            maxsize=max(1, settings.per_host),
            headers={"User-Agent": settings.user_agent},
        )
        self.gate = HostGate(settings.delay, settings.per_host)
        self.robots = Robots(settings.user_agent, self.request)

    def get(self, url: str, validators: Mapping[str, str] | None = None) -> Fetched:
        """The page at ``url`` after redirects, or FetchError saying why not."""
        seen = [url]
        current = url
        for _ in range(self.settings.max_redirects + 1):
            refused = self.robots.refusal(current)
            if refused:
                raise FetchError(refused, "skipped")
            got = self.request(current, validators)
            location = got.headers.get("location")
            if got.status not in REDIRECTS or not location:
                return self._accept(got)
            current = urljoin(current, location)
            if current in seen:
                raise FetchError("redirect loop: " + " → ".join([*seen, current]))
            seen.append(current)
        raise FetchError(f"more than {self.settings.max_redirects} redirects")

    def _accept(self, got: Fetched) -> Fetched:
        if got.status in (200, 304):
            return got
        raise FetchError(
            f"HTTP {got.status}" + (" (not found)" if got.status in (404, 410) else "")
        )

    def request(self, url: str, validators: Mapping[str, str] | None = None) -> Fetched:
        """One URL, no redirects followed, retried on 429, 5xx and network errors."""
        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                with self.gate.slot(url):
                    got = self._once(url, validators or {})
            except (Urllib3Error, OSError) as exc:
                if last:
                    raise FetchError(f"{_describe(exc)} (after {attempt + 1} tries)") from exc
                self.sleep(s.backoff * 2**attempt)
                continue
            if got.status not in RETRY_STATUSES or last:
                if got.status in RETRY_STATUSES:
                    raise FetchError(f"HTTP {got.status} (after {attempt + 1} tries)")
                return got
            wait = retry_after(got.headers.get("retry-after"))
            if wait is not None and wait > s.max_retry_after:
                raise FetchError(f"HTTP {got.status}, Retry-After {wait:.0f} s is too long")
            self.sleep(s.backoff * 2**attempt if wait is None else wait)
        raise AssertionError("unreachable")

    def _once(self, url: str, validators: Mapping[str, str]) -> Fetched:
        s = self.settings
        resp = self.pool.request(
            "GET",
            url,
            headers={"User-Agent": s.user_agent, **validators},
            redirect=False,
            retries=False,
            preload_content=False,
            timeout=urllib3.Timeout(connect=s.connect_timeout, read=s.read_timeout),
        )
        headers = {k.casefold(): v for k, v in resp.headers.items()}
        try:
            body = _read_capped(resp, headers, s.max_bytes) if resp.status == 200 else b""
            if resp.status != 200:
                resp.drain_conn()
        except BaseException:
            resp.close()  # a cut-off body: drop the connection rather than read the rest
            raise
        resp.release_conn()
        return Fetched(url, resp.status, headers, body)


def _read_capped(resp, headers: Mapping[str, str], limit: int) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"too large: {int(declared):,} bytes declared, limit {limit:,}", "skipped")
    chunks, size = [], 0
    for chunk in resp.stream(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise FetchError(
                f"too large: stopped reading at the limit of {limit:,} bytes", "skipped"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    if "timed out" in text.casefold() or isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {text}"[:200]
