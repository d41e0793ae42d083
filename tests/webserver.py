"""A real HTTP server on 127.0.0.1 for the `collect` tests, serving routes the test defines.

A route is a function of the request handler returning (status, headers, body), or doing its own
writing (returning None). Every request is logged (path and headers), so a test can check what
was, and was not, fetched.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict, bytes] | None]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 - the http.server interface
        server: LocalServer = self.server.owner
        server.log.append((self.path, dict(self.headers), time.monotonic()))
        route = server.routes.get(self.path)
        answer = route(self) if route else (404, {"Content-Type": "text/plain"}, b"not here")
        if answer is None:
            return
        status, headers, body = answer
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the client gave up (a timeout test): nothing to answer
            self.close_connection = True

    def log_message(self, *args):
        pass


class LocalServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, dict, float]] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def requested(self, path: str) -> int:
        return sum(entry[0] == path for entry in self.log)

    def page(self, path: str, body: bytes, ctype: str = "text/html; charset=utf-8", **extra):
        self.routes[path] = lambda h: (200, {"Content-Type": ctype, **extra}, body)

    def start(self) -> LocalServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
