"""Harness for driving the real dashboard in headless Chromium (end-to-end tests and benchmarks).

Starts the app the way a user does (``python -m dashboard serve``) on a free localhost port, waits
until Streamlit answers, and stops it afterwards. Browser pages are guarded: every request that
leaves localhost is recorded and aborted, and dialogs, page errors and console errors are kept, so
a test can assert that the page ran offline and ran nothing it should not have.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Debian's Chromium; CHROMIUM_PATH points elsewhere (never a browser downloaded by a test tool).
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-error"}
#: Map tile images may be tried (the base map falls back to the bundled outlines); code may not.
TILE_RESOURCE_TYPES = {"image"}
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
MARKERS = ".leaflet-marker-icon, path.leaflet-interactive"
#: A place's pin or a cluster of pins, each labelled with its article count. Area circles
#: (path.leaflet-interactive) are left out: Leaflet keeps a circle outside the view in the DOM as a
#: hidden, zero-size path (d="M0 0"), so "a marker is drawn" must not be read from them.
PINS = ".snm-pin, .snm-cluster"
SERVER_START_TIMEOUT_S = 120.0


def browser_missing_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DashboardServer:
    """``python -m dashboard serve`` on a temporary store; use as a context manager."""

    db: Path
    log: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    start_seconds: float | None = None  # from launching the command to Streamlit answering

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "dashboard",
            "serve",
            "--db",
            str(self.db),
            "--port",
            str(self.port),
            "--headless",
        ]

    def __enter__(self) -> DashboardServer:
        env = {**os.environ, "SYRIA_NEWS_DB": str(self.db), "PYTHONUNBUFFERED": "1"}
        started = time.monotonic()
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                self.command(),
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_healthy()
        self.start_seconds = time.monotonic() - started
        return self

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        health = f"{self.url}_stcore/health"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise RuntimeError(f"dashboard exited with {code}:\n{self.tail()}")
            with contextlib.suppress(OSError):
                with urllib.request.urlopen(health, timeout=2) as answer:  # noqa: S310 - localhost
                    if answer.status == 200:
                        return
            time.sleep(0.25)
        self.__exit__(None, None, None)
        raise TimeoutError(f"dashboard not up after {SERVER_START_TIMEOUT_S:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)


def chromium_session() -> Iterator[object]:
    """Debian's Chromium under Playwright for one test module, closed after it; skips without
    Chromium, and fails instead when ``REQUIRE_BROWSER=1`` (as in ``.ci/run``)."""
    import pytest

    reason = browser_missing_reason()
    if reason:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import expect, sync_playwright

    # A rerun on a loaded 2-core CI host can outlast expect()'s 5 s default; an assertion that
    # holds returns as soon as it holds, so only a failing one waits this long.
    expect.set_options(timeout=20_000)
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


def launch_chromium(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))


@dataclass
class PageWatch:
    """What a guarded page tried and showed: outside requests, dialogs, errors."""

    outside: list[tuple[str, str]] = field(default_factory=list)  # (resource type, url)
    requests: list[str] = field(default_factory=list)  # every URL asked for, local ones too
    dialogs: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def forbidden_outside(self) -> list[tuple[str, str]]:
        """Outside requests other than map tile images: scripts, styles, fonts, XHR …"""
        return [(kind, url) for kind, url in self.outside if kind not in TILE_RESOURCE_TYPES]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


def guarded_context(browser, watch: PageWatch, **context_options):
    """A browser context that aborts and records every non-localhost request."""
    context = browser.new_context(**context_options)

    def route(route, request):
        watch.requests.append(request.url)
        if is_local(request.url):
            route.continue_()
        else:
            watch.outside.append((request.resource_type, request.url))
            route.abort("blockedbyclient")

    context.route("**/*", route)
    return context


def watch_page(page, watch: PageWatch) -> None:
    def on_dialog(dialog):
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def on_console(message):
        if message.type == "error":
            watch.console_errors.append(message.text)

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))
    page.on("console", on_console)


def map_frame(page):
    """The streamlit-folium iframe's content (a Playwright FrameLocator)."""
    return page.frame_locator(MAP_IFRAME).first


def map_content_frame(page):
    """The streamlit-folium iframe as a Playwright Frame (to evaluate scripts in it)."""
    return page.locator(MAP_IFRAME).first.element_handle().content_frame()


def wait_for_map(page, *, timeout_ms: float = 60_000) -> None:
    """Block until the map iframe has a height and Leaflet shows at least one visible pin."""
    from playwright.sync_api import expect

    page.wait_for_function(
        """(selector) => {
            const frame = document.querySelector(selector);
            return frame !== null && frame.getBoundingClientRect().height > 50;
        }""",
        arg=MAP_IFRAME,
        timeout=timeout_ms,
    )
    frame = map_frame(page)
    expect(frame.locator(".leaflet-container")).to_be_visible(timeout=timeout_ms)
    expect(visible(frame.locator(PINS))).not_to_have_count(0, timeout=timeout_ms)


def script_idle(page, *, timeout_ms: float = 60_000) -> None:
    """Wait until the page's script run has ended (Streamlit marks its state on ``stApp``).

    Call it after the outcome of an action is on screen and before the next click: a click made
    while the rerun is still drawing the page (a component above the button growing, the
    layout shifting) can land beside the button, and the action is never sent.
    """
    from playwright.sync_api import expect

    app = page.locator('[data-testid="stApp"]')
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout_ms)


def visible(locator):
    """Only the elements of ``locator`` a user can see (a size, not display:none/hidden)."""
    return locator.filter(visible=True)


MARKER_TOTAL_JS = """() => [...document.querySelectorAll('.snm-pin, .snm-cluster')]
    .reduce((total, icon) => total + (parseInt(icon.textContent, 10) || 0), 0)"""


SET_ZOOM_JS = """(zoom) => {
    const map = Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map);
    map.setZoom(zoom, {animate: false});
    return map.getZoom();
}"""
ICON_NUMBERS_JS = """(selector) => [...document.querySelectorAll(selector)]
    .map(icon => parseInt(icon.textContent, 10) || 0)"""


def set_map_zoom(page, zoom: int) -> int:
    """Zoom the Leaflet map in the iframe (as the zoom buttons would); returns the new zoom."""
    return map_content_frame(page).evaluate(SET_ZOOM_JS, zoom)


def icon_numbers(page, selector: str) -> list[int]:
    """The numbers shown on the map's icons matching ``selector`` (pins or clusters)."""
    return map_content_frame(page).evaluate(ICON_NUMBERS_JS, selector)


def marker_total(page) -> int:
    """Articles counted on the map's pins and cluster icons (a cluster shows its distinct
    articles, so at a zoom where nothing clusters this is the sum over places)."""
    return map_content_frame(page).evaluate(MARKER_TOTAL_JS)


def wait_marker_total(page, accept, *, timeout_s: float = 30) -> int:
    """Poll the marker total until ``accept(total)``; the map re-renders after each app run."""
    from playwright.sync_api import Error as PlaywrightError

    total = -1
    for _ in range(int(timeout_s * 20)):
        try:
            total = marker_total(page)
        except (PlaywrightError, AttributeError):  # the iframe is being replaced; look again
            total = -1
        if accept(total):
            return total
        page.wait_for_timeout(50)
    raise AssertionError(f"marker total {total} never became acceptable")


def artifacts_dir() -> Path:
    path = REPO_ROOT / "test-artifacts"
    path.mkdir(exist_ok=True)
    return path


@contextlib.contextmanager
def temp_dir(prefix: str) -> Iterator[Path]:
    import tempfile

    path = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
