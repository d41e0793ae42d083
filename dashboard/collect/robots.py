"""robots.txt, asked once per host and obeyed (RFC 9309 for the answers that are not a file).

200: its rules apply. 4xx (none there): everything allowed. 5xx or no answer: nothing allowed
for this run, as the RFC asks (the site may be in trouble).
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from dashboard.collect.hosts import host_of


class Robots:
    def __init__(self, user_agent: str, request):
        self.agent = user_agent.split("/")[0]
        self.request = request  # url → Fetched (no robots check, no redirects)
        self._lock = threading.Lock()
        self._rules: dict[str, tuple[RobotFileParser, str]] = {}

    def refusal(self, url: str) -> str | None:
        """None when ``url`` may be fetched, else why not."""
        if urlsplit(url).path == "/robots.txt":
            return None
        rules, unreadable = self._for(host_of(url))
        if rules.can_fetch(self.agent, url):
            return None
        return unreadable or f"robots.txt disallows {url}"

    def _for(self, host: str) -> tuple[RobotFileParser, str]:
        with self._lock:
            if host not in self._rules:
                self._rules[host] = self._load(host)
            return self._rules[host]

    def _load(self, host: str) -> tuple[RobotFileParser, str]:
        from dashboard.collect.fetch import FetchError

        rules = RobotFileParser()
        try:
            got = self.request(f"{host}/robots.txt")
        except FetchError as exc:
            rules.disallow_all = True
            return (
                rules,
                f"robots.txt could not be read ({exc.reason}): nothing fetched from {host}",
            )
        if got.status == 200:
            rules.parse(got.body.decode("utf-8", "replace").splitlines())
        elif 400 <= got.status < 500:
            rules.allow_all = True
        else:
            rules.disallow_all = True
            return rules, f"robots.txt answered HTTP {got.status}: nothing fetched from {host}"
        return rules, ""
