"""How `collect` behaves on the network: who it says it is, how fast and how far it goes."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    try:
        return version("syria-news-map")
    except PackageNotFoundError:
        return "dev"


DEFAULT_DELAY = 2.0


@dataclass(frozen=True, slots=True)
class Settings:
    contact: str | None = None  # an e-mail or URL for site owners
    delay: float = DEFAULT_DELAY  # seconds between two requests to one host
    per_host: int = 1  # requests in flight to one host at once
    workers: int = 4  # requests in flight in all
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 3  # after the first try, on 429, 5xx, timeouts and dropped connections
    backoff: float = 2.0  # seconds before the first retry, doubled each time
    max_retry_after: float = 300.0  # a longer Retry-After gives the URL up for this run
    max_bytes: int = 5 * 1024 * 1024  # a page or feed larger than this is not read further
    max_redirects: int = 5

    @classmethod
    def from_env(cls) -> Settings:
        """Defaults, with SYRIA_NEWS_CONTACT and SYRIA_NEWS_FETCH_DELAY (seconds) when set."""
        delay = os.environ.get("SYRIA_NEWS_FETCH_DELAY")
        return cls(
            contact=os.environ.get("SYRIA_NEWS_CONTACT"),
            delay=float(delay) if delay else DEFAULT_DELAY,
        )

    @property
    def user_agent(self) -> str:
        """Names the program and, when set, who runs it (``--contact`` / SYRIA_NEWS_CONTACT)."""
        contact = f"contact: {self.contact}" if self.contact else "no contact given"
        return f"syria-news-map/{_version()} (news research collector; {contact})"
