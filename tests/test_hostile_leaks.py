"""What must not leak: a database password in any message, and the server to a rebound host name.

The DNS-rebinding test speaks raw HTTP to a real ``serve``: a WebSocket handshake to
``/_stcore/stream`` with a forged ``Host`` (and a matching ``Origin``) must not be accepted.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys

import pytest
from e2e_helpers import REPO_ROOT, DashboardServer

from dashboard.errors import StoreError
from dashboard.hosts import allowed_hosts
from dashboard.store.archive import Store
from dashboard.store.location import configured_db, redact_url, scrub

SECRET = "s3cr3t-Kata"  # noqa: S105 - a made-up password the messages must not show
URL = f"postgresql://analis:{SECRET}@127.0.0.1:1/berita"


@pytest.mark.unit
def test_a_url_is_shown_without_its_password():
    assert SECRET not in redact_url(URL) and "analis:***@127.0.0.1:1" in redact_url(URL)
    assert redact_url("data/x.sqlite") == "data/x.sqlite"
    message = f"connection to {URL} failed for analis ({SECRET})"
    assert SECRET not in scrub(message, URL)


@pytest.mark.integration
def test_a_store_error_never_holds_the_password():
    with pytest.raises(StoreError) as caught:
        Store(URL)
    assert SECRET not in str(caught.value) and "***" in str(caught.value)


@pytest.mark.integration
def test_the_cli_prints_no_password_and_takes_the_url_from_a_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Judul\nIDLIB - Serangan di Idlib pada Senin (27/05/2019).", "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYRIA_NEWS_DB")}
    run = [sys.executable, "-m", "dashboard", "ingest", "--no-progress", str(article)]
    typed = subprocess.run(
        [*run, "--db", URL], capture_output=True, text=True, env=env, cwd=REPO_ROOT, check=False
    )
    assert typed.returncode == 2 and SECRET not in typed.stdout + typed.stderr
    assert "visible to other users" in typed.stderr
    secret_file = tmp_path / "db-url"
    secret_file.write_text(URL + "\n", encoding="utf-8")
    env["SYRIA_NEWS_DB_FILE"] = str(secret_file)
    hidden = subprocess.run(
        run, capture_output=True, text=True, env=env, cwd=REPO_ROOT, check=False
    )
    assert hidden.returncode == 2 and "analis:***@127.0.0.1:1" in hidden.stderr
    assert SECRET not in hidden.stdout + hidden.stderr
    assert "visible to other users" not in hidden.stderr


@pytest.mark.unit
def test_the_url_comes_from_the_environment_or_a_file(tmp_path, monkeypatch):
    monkeypatch.delenv("SYRIA_NEWS_DB", raising=False)
    monkeypatch.delenv("SYRIA_NEWS_DB_FILE", raising=False)
    assert configured_db() == "data/syria-news.sqlite"
    (tmp_path / "url").write_text("sqlite:///x.sqlite\n", encoding="utf-8")
    monkeypatch.setenv("SYRIA_NEWS_DB_FILE", str(tmp_path / "url"))
    assert configured_db() == "sqlite:///x.sqlite"
    monkeypatch.setenv("SYRIA_NEWS_DB", "y.sqlite")
    assert configured_db() == "y.sqlite"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("address", "extra", "allowed", "refused"),
    [
        ("localhost", [], ["localhost", "127.0.0.1", "::1"], ["rebind.attacker.test"]),
        ("192.0.2.7", ["peta.example"], ["192.0.2.7", "peta.example"], ["192.0.2.8"]),
    ],
)
def test_allowed_hosts_are_the_served_interface_and_named_ones(address, extra, allowed, refused):
    hosts = allowed_hosts(address, extra)
    assert all(h in hosts for h in allowed) and not any(h in hosts for h in refused)


def _handshake(port: int, host: str) -> str:
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        "GET /_stcore/stream HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        f"Origin: http://{host}:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request.encode())
        return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]


@pytest.mark.integration
def test_a_forged_host_header_gets_no_websocket(tmp_path):
    with DashboardServer(tmp_path / "store.sqlite", tmp_path / "serve.log") as server:
        forged = _handshake(server.port, "rebind.attacker.test")
        genuine = _handshake(server.port, "localhost")
    assert " 101 " not in forged + " ", forged
    assert genuine.startswith("HTTP/1.1 101"), genuine  # the check itself can see a 101
