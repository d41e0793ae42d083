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
        self._rules: dict[str, RobotFileParser] = {}

    def allowed(self, url: str) -> bool:
        if urlsplit(url).path == "/robots.txt":
            return True
        return self._for(host_of(url)).can_fetch(self.agent, url)

    def _for(self, host: str) -> RobotFileParser:
        with self._lock:
            if host not in self._rules:
                self._rules[host] = self._load(host)
            return self._rules[host]

    def _load(self, host: str) -> RobotFileParser:
        from dashboard.collect.fetch import FetchError

        rules = RobotFileParser()
        try:
            got = self.request(f"{host}/robots.txt")
        except FetchError:
            got = None
        if got is not None and got.status == 200:
            rules.parse(got.body.decode("utf-8", "replace").splitlines())
        elif got is not None and 400 <= got.status < 500:
            rules.allow_all = True
        else:
            rules.disallow_all = True
        return rules
