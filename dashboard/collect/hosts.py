"""Per-host politeness: at most ``per_host`` requests in flight to a host; after each one ends,
``delay`` seconds before the next starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".casefold()


class HostGate:
    def __init__(self, delay: float, per_host: int):
        self.delay, self.per_host = delay, per_host
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next: dict[str, float] = {}

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold one of the host's slots, starting ``delay`` or more after its last request ended."""
        host = host_of(url)
        with self._lock:
            sem = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with sem:
            while True:
                with self._lock:
                    now = time.monotonic()
                    start = self._next.get(host, 0.0)
                    if now >= start:
                        self._next[host] = now + self.delay
                        break
                time.sleep(start - now)
            try:
                yield
            finally:
                with self._lock:  # counted from the end: a slow answer is not followed at once
                    self._next[host] = max(self._next[host], time.monotonic() + self.delay)
