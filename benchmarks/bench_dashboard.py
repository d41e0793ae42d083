"""Time the dashboard at scale: 20,000 synthetic articles, ingest → timeline change → page load.

    python benchmarks/bench_dashboard.py                  # 20,000 articles, everything
    python benchmarks/bench_dashboard.py --n 5000 --no-browser
    python benchmarks/bench_dashboard.py --db /tmp/big.sqlite   # reuse a store ingested before

Measures, on a temporary store filled from ``synthetic_corpus.py`` (marked "[SINTETIS]", for
timing only):

1. ingest throughput (``dashboard.pipeline.ingest_paths``: read, date, geotag, store);
2. the server-side re-render of a timeline change: ``streamlit.testing.v1.AppTest`` runs
   ``dashboard/app/main.py`` against the store once, then the ``date_range`` slider is moved to
   several new ranges and each ``.run()`` is timed (the whole script: filters, map, widgets);
3. the map sent to the browser: the size of the streamlit-folium component's arguments (its
   script, HTML and header) in that AppTest run, and all websocket bytes of a real first page load;
4. the first page load in headless Chromium (``python -m dashboard serve`` on localhost,
   Playwright driving ``/usr/bin/chromium``, every non-localhost request blocked) until the
   Leaflet map is visible with its markers: the first page after the server starts (cold caches)
   and a second page (warm); then, in the browser, the time from moving the timeline's start
   thumb until the map shows the new marker total (server run + websocket + Leaflet redraw):
   the total that then holds for 2 s (not a state the map passes through), checked against a
   fresh page opened on the view's URL; and the websocket bytes the page received for the move
   (what a rerun sends again), and the bytes of the place files it fetched (the view's place
   layer is a file since the selection became a patch over it);
5. a pin click, on a fresh page: the time from clicking a pin a user sees until the article
   panel lists that place's stories (the caption counts the pin's number of stories and every
   card carries the place's chip, selected), and until the map also draws that pin as the
   selected one, with the server's CPU seconds, the websocket bytes of the rerun and the bytes
   of place files fetched for it.

``--no-apptest`` skips step 2 (for runs that compare two versions of the page, alternated).

Targets (issue 13, at 100,000 articles): a timeline move redraws the map in < 1 s in the browser
(< 0.3 s of server time), a pin click fills the panel in < 1 s, the first load draws markers in
< 3 s and the server starts in < 5 s, the map payload < 1 MB, the server process < 400 MB. The
machine is shared: every time comes with the load average and the server's CPU seconds, which a
busy machine does not inflate as much.
"""

from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = REPO_ROOT / "dashboard" / "app" / "main.py"
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks"), str(REPO_ROOT / "tests")]

import e2e_helpers  # noqa: E402
import synthetic_corpus  # noqa: E402

#: Timeline windows the slider is moved to, one new range per timed run.
WINDOWS = (
    (dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
    (dt.date(2011, 3, 15), dt.date(2018, 6, 30)),
    (dt.date(2020, 3, 1), dt.date(2020, 3, 31)),
    (dt.date(2012, 6, 1), dt.date(2024, 6, 1)),
    (dt.date(2019, 1, 1), dt.date(2019, 1, 7)),
)


def ingest(n: int, seed: int, workdir: Path) -> tuple[Path, dict]:
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store

    corpus = workdir / "synthetic"  # 1,000-article shards (one big .jsonl export reads as well)
    started = time.perf_counter()
    synthetic_corpus.write_corpus(synthetic_corpus.generate(n, seed=seed), corpus)
    generated = time.perf_counter() - started
    db = workdir / "bench.sqlite"
    store = Store(str(db))
    started = time.perf_counter()
    report = ingest_paths([corpus], store, batch_size=500)
    seconds = time.perf_counter() - started
    stored = store.count()
    if report.skipped or stored != n:
        raise RuntimeError(f"stored {stored} of {n} synthetic articles; skipped: {report.skipped}")
    return db, {
        "corpus_mb": sum(f.stat().st_size for f in corpus.iterdir()) / 1e6,
        "generate_s": generated,
        "ingest_s": seconds,
        "stored": stored,
        "skipped": len(report.skipped),
        "ingest_per_s": stored / seconds if seconds else float("nan"),
    }


def _component_bytes(at) -> int:
    """Bytes of the streamlit-folium component's arguments (script + HTML + header) in a run."""
    sizes = [len(el.proto.json_args.encode()) for el in at.get("component_instance")]
    if not sizes:
        raise RuntimeError("no streamlit-folium component in the app run: is the map drawn?")
    return max(sizes)


def _fail_on_exception(at, what: str) -> None:
    if at.exception:
        raise RuntimeError(f"{what}: the app raised {[e.message for e in at.exception]}")


def time_timeline(db: Path) -> dict:
    """AppTest: a first run, then each window set on the ``date_range`` slider and re-run."""
    from streamlit.testing.v1 import AppTest

    os.environ["SYRIA_NEWS_DB"] = str(db)
    at = AppTest.from_file(str(APP), default_timeout=600)
    started = time.perf_counter()
    at.run()
    first = time.perf_counter() - started
    _fail_on_exception(at, "first run")
    full_map = _component_bytes(at)
    slider = at.slider(key="date_range")
    low, high = slider.value
    changes, map_sizes = [], []
    for start, end in WINDOWS:
        start, end = max(start, low), min(end, high)
        started = time.perf_counter()
        at.slider(key="date_range").set_range(start, end).run()
        changes.append(time.perf_counter() - started)
        _fail_on_exception(at, f"timeline {start}…{end}")
        map_sizes.append(_component_bytes(at))
        if at.slider(key="date_range").value != (start, end):
            raise RuntimeError(f"slider did not keep {start}…{end}")
    return {
        "first_run_s": first,
        "change_median_s": statistics.median(changes),
        "change_max_s": max(changes),
        "changes": changes,
        "map_full_bytes": full_map,
        "map_window_max_bytes": max(map_sizes),
    }


def _load_once(browser, url: str) -> tuple[float, int, e2e_helpers.PageWatch]:
    watch = e2e_helpers.PageWatch()
    context = e2e_helpers.guarded_context(browser, watch, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    e2e_helpers.watch_page(page, watch)
    received = _count_websocket_bytes(page)
    started = time.perf_counter()
    page.goto(url, timeout=120_000)
    e2e_helpers.wait_for_map(page, timeout_ms=120_000)
    seconds = time.perf_counter() - started
    page.wait_for_timeout(500)  # let the last frames of the run arrive before counting bytes
    context.close()
    return seconds, received[0], watch


def _serve_and_load(db: Path, workdir: Path) -> dict:
    """One fresh server: a cold first page, a warm second page, timeline moves in the browser."""
    from playwright.sync_api import sync_playwright

    load = [_load()]
    with e2e_helpers.DashboardServer(db=db, log=workdir / "serve.log") as server:
        pid = server.process.pid
        start_cpu = _cpu_seconds(pid)
        with sync_playwright() as playwright:
            browser = e2e_helpers.launch_chromium(playwright)
            cold, ws_bytes, watch = _load_once(browser, server.url)
            cold_cpu = _cpu_seconds(pid) - start_cpu
            warm, _, _ = _load_once(browser, server.url)
            moves = _timeline_in_browser(browser, server.url, pid)
            clicks = [_pin_click(browser, server.url, pid, i) for i in range(PIN_CLICKS)]
            browser.close()
        rss = _rss_mb(pid)
    load.append(_load())
    return {
        "rss_mb": rss,
        "start": server.start_seconds,
        "start_cpu": start_cpu,
        "cold": cold,
        "cold_cpu": cold_cpu,
        "warm": warm,
        "timeline": [m["seconds"] for m in moves],
        "timeline_cpu": [m["server_cpu_s"] for m in moves],
        "timeline_bytes": [m["bytes"] for m in moves],
        "timeline_http": [m["http"] for m in moves],
        "clicks": clicks,
        "ws_bytes": ws_bytes,
        "outside": watch.forbidden_outside(),
        "load": load,
    }


#: A marker total counts as drawn once it has held this long (a state the map passes through
#: while it redraws does not), and the same total must then show on a fresh page of that view.
SETTLED_S = 2.0
#: Timeline moves per fresh server: the start thumb one big step forward, again, and back.
MOVES = ("PageUp", "PageUp", "PageDown")


def _settled_total(page, before: int, timeout_s: float = 90) -> tuple[float, int]:
    """Seconds until the marker total changed from ``before`` to the value it then kept for
    :data:`SETTLED_S`, and that value. Polled every 25 ms; a total the map only passes through
    (a rebuilt iframe before it draws, pins before their clusters) does not stop the clock."""
    started = time.perf_counter()
    changed_at, total = None, before
    while time.perf_counter() - started < timeout_s:
        try:
            now = e2e_helpers.marker_total(page)
        except Exception:  # noqa: BLE001 - the iframe is being replaced: no total yet
            now = -1
        if now != total:
            changed_at, total = time.perf_counter(), now
        elif changed_at and total > 0 and time.perf_counter() - changed_at >= SETTLED_S:
            return changed_at - started, total
        page.wait_for_timeout(25)
    raise RuntimeError(f"the marker total never settled after a timeline move (last {total})")


def _timeline_in_browser(browser, url: str, pid: int) -> list[dict]:
    """Each of :data:`MOVES` on the timeline's start thumb: seconds until the map shows the new
    marker total, checked against a fresh page of the view it leads to (its URL), and the
    server's CPU seconds meanwhile."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    received, fetched = _count_websocket_bytes(page), _count_layer_bytes(page, pid)
    page.goto(url, timeout=120_000)
    e2e_helpers.wait_for_map(page, timeout_ms=120_000)
    _, before = _settled_total(page, 0)
    moves = []
    for key in MOVES:
        thumb = page.locator(".st-key-date_range input[type=range]").first
        thumb.focus()
        cpu, sent, http = _cpu_seconds(pid), received[0], fetched[0]
        thumb.press(key)
        seconds, total = _settled_total(page, before)
        used = _cpu_seconds(pid) - cpu  # the settling wait adds nothing: the server is idle
        sent = received[0] - sent  # what the server sent for this move (the rerun's deltas)
        http = fetched[0] - http  # and the view's place layer, fetched as a file
        fresh = context.new_page()
        fresh.goto(page.url, timeout=120_000)
        e2e_helpers.wait_for_map(fresh, timeout_ms=120_000)
        _, expected = _settled_total(fresh, 0)  # a first page passes through other zooms
        fresh.close()
        if total != expected:
            raise RuntimeError(f"after {key} the map showed {total}, a fresh page {expected}")
        moves.append(
            {"seconds": seconds, "server_cpu_s": used, "total": total, "bytes": sent, "http": http}
        )
        before = total
    context.close()
    return moves


#: Pin clicks per fresh server, each on a fresh page (no place selected yet), on the
#: first, second … pin a user sees at the opening zoom (or the first zoom showing one).
PIN_CLICKS = 3
#: The place id of a pin's icon (its Leaflet marker's ``placeId``), in the map's iframe.
PIN_PLACE_JS = """(icon) => Object.values(window.map._layers)
    .find(layer => layer._icon === icon).options.placeId"""
#: True once the article panel lists the stories of place ``pid``: the caption counts as many
#: stories as the pin said, and every card on the page (as many as that, up to one page)
#: carries that place's chip marked selected. Before the click no chip is selected.
PANEL_LISTS_JS = """([pid, n, page]) => {
    const caption = `${n} cerita bertanggal dalam rentang`;
    const captions = [...document.querySelectorAll('[data-testid=stCaptionContainer]')];
    if (!captions.some(e => e.innerText.startsWith(caption))) { return false; }
    const cards = [...document.querySelectorAll('.snm-card')];
    const chip = `.snm-chip.snm-selected[data-place-id="${CSS.escape(pid)}"]`;
    return cards.length === Math.min(n, page) && cards.every(c => c.querySelector(chip));
}"""


#: True once the map draws place ``pid``'s pin as the selected one (in the map's iframe).
SELECTED_PIN_JS = """(pid) => Object.values(window.map._layers).some(layer => layer._icon
    && layer.options.placeId === pid && layer._icon.classList.contains('snm-selected')
    && layer._icon.offsetWidth > 0)"""


#: True when a click at the middle of the element lands on it (no legend or control above it).
ON_TOP_JS = """(e) => { const r = e.getBoundingClientRect();
    return e.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)); }"""


def _visible_pins(page, want: int):
    """The pins a user sees and can click; zoomed in one step at a time until there are more
    than ``want``."""
    frame = e2e_helpers.map_frame(page)
    for _ in range(6):
        pins = e2e_helpers.visible(frame.locator(".snm-pin")).all()
        pins = [pin for pin in pins if pin.evaluate(ON_TOP_JS)]
        if len(pins) > want:
            return pins
        zoom = e2e_helpers.map_content_frame(page).evaluate("() => window.map.getZoom()")
        e2e_helpers.set_map_zoom(page, zoom + 1)
        page.wait_for_timeout(300)
    raise RuntimeError(f"fewer than {want + 1} pins are shown alone on the map, even zoomed in")


def _pin_click(browser, url: str, pid: int, which: int) -> dict:
    """Seconds from a click on a pin until the panel lists that place's stories
    (:data:`PANEL_LISTS_JS`), the server's CPU seconds and the websocket bytes meanwhile, and
    when the page's rerun request left (streamlit-folium waits before it sends a click)."""
    from dashboard.app.articles import PAGE_SIZE

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    received, sent_at, fetched = _count_websocket_bytes(page), [], _count_layer_bytes(page, pid)
    page.on(
        "websocket", lambda ws: ws.on("framesent", lambda _: sent_at.append(time.perf_counter()))
    )
    page.goto(url, timeout=120_000)
    e2e_helpers.wait_for_map(page, timeout_ms=120_000)
    _settled_total(page, 0)  # the first page's map has settled at its zoom
    pin = _visible_pins(page, which)[which]
    place = pin.evaluate(PIN_PLACE_JS)
    n = int(pin.inner_text())
    cpu, bytes_before, http = _cpu_seconds(pid), received[0], fetched[0]
    sent_at.clear()
    started = time.perf_counter()
    pin.click()
    page.wait_for_function(PANEL_LISTS_JS, arg=[place, n, PAGE_SIZE], timeout=120_000, polling=25)
    seconds = time.perf_counter() - started
    e2e_helpers.map_content_frame(page).wait_for_function(
        SELECTED_PIN_JS, arg=place, timeout=120_000, polling=25
    )
    both = time.perf_counter() - started  # the panel, and the map's pin drawn as selected
    page.wait_for_timeout(300)  # the last frames of the run, for the byte count
    click = {
        "seconds": seconds,
        "map_s": both,
        "server_cpu_s": _cpu_seconds(pid) - cpu,
        "bytes": received[0] - bytes_before,
        "http": fetched[0] - http,
        "request_s": (sent_at[0] - started) if sent_at else float("nan"),
        "place": place,
        "stories": n,
    }
    context.close()
    return click


def _count_layer_bytes(page, pid: int) -> list[int]:
    """A one-item list holding the bytes of the place files (the place table and the views'
    layers, ``snm_places/``) the page has fetched so far: map data that no longer comes through
    the websocket (each file's size in the folder server ``pid`` serves them from)."""
    received = [0]
    folder = f"{tempfile.gettempdir()}/snm-places-{pid}-*"

    def on_response(response):
        if "snm_places/" in response.url:  # the component is named after its module
            name = response.url.split("?")[0].rsplit("/", 1)[1]
            for path in glob.glob(f"{folder}/{name}"):
                received.__setitem__(0, received[0] + Path(path).stat().st_size)

    page.on("response", on_response)
    return received


def _count_websocket_bytes(page) -> list[int]:
    """A one-item list holding the bytes the page's websockets have received so far."""
    received = [0]

    def on_websocket(ws):
        ws.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload)))

    page.on("websocket", on_websocket)
    return received


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _load() -> float:
    """The machine's one-minute load average (it has 2 cores, shared)."""
    return os.getloadavg()[0]


def _rss_mb(pid: int) -> float:
    """Resident memory of the server process and its children, MB (Linux /proc)."""
    total = 0.0
    for each in [pid, *_children(pid)]:
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    return total


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids = (task / "children").read_text().split()
        found += [int(k) for k in kids]
    return found + [g for k in found for g in _children(k)]


def time_page_load(db: Path, workdir: Path, repeat: int) -> dict:
    """``repeat`` fresh servers; medians and worst cases (the machine may be busy)."""
    runs = [_serve_and_load(db, workdir) for _ in range(repeat)]

    def pick(key: str) -> list[float]:
        return [run[key] for run in runs]

    def every(key: str) -> list[float]:
        return [v for run in runs for v in run[key]]

    return {
        "repeat": repeat,
        "server_start_s": statistics.median(pick("start")),
        "server_start_max_s": max(pick("start")),
        "server_start_cpu_s": statistics.median(pick("start_cpu")),
        "load_cold_s": statistics.median(pick("cold")),
        "load_cold_max_s": max(pick("cold")),
        "load_cold_cpu_s": statistics.median(pick("cold_cpu")),
        "load_warm_s": statistics.median(pick("warm")),
        "timeline_browser_s": statistics.median(every("timeline")),
        "timeline_browser_max_s": max(every("timeline")),
        "timeline_moves": len(every("timeline")),
        "timeline_cpu_s": statistics.median(every("timeline_cpu")),
        "timeline_bytes": statistics.median(every("timeline_bytes")),
        "timeline_http": statistics.median(every("timeline_http")),
        "ws_bytes": max(pick("ws_bytes")),
        "clicks": [c for run in runs for c in run["clicks"]],
        "rss_mb": max(pick("rss_mb")),
        "outside_requests": [u for run in runs for u in run["outside"]],
        "load": (min(every("load")), max(every("load"))),
    }


def _row(label: str, value: str, target: str = "") -> str:
    return f"| {label:<52} | {value:>22} | {target:<8} |"


def report(n: int, ing: dict, tl: dict, load: dict | None) -> str:
    rows = [_row("measure", "value", "target"), f"|{'-' * 54}|{'-' * 24}|{'-' * 10}|"]
    if ing:
        rows += [
            _row(f"synthetic corpus ({n:,} articles)", f"{ing['corpus_mb']:.1f} MB"),
            _row(
                "ingest: read + date + geotag + store",
                f"{ing['ingest_per_s']:,.0f} art/s ({ing['ingest_s']:.1f} s)",
            ),
            _row("articles stored / skipped", f"{ing['stored']:,} / {ing['skipped']}"),
        ]
    rows += _apptest_rows(tl) if tl else []
    if load:
        rows += _browser_rows(load)
    return "\n".join(rows)


def _apptest_rows(tl: dict) -> list[str]:
    mb = 1024 * 1024
    changes = f"{tl['change_median_s']:.3f} / {tl['change_max_s']:.3f} s"
    return [
        _row("app first run, cold caches (AppTest)", f"{tl['first_run_s']:.2f} s"),
        _row(f"timeline change, AppTest rerun (median / max of {len(tl['changes'])})", changes),
        _row(
            "map sent to browser, full range (component args)",
            f"{tl['map_full_bytes'] / mb:.2f} MB",
            "< 1 MB",
        ),
        _row(
            "map sent to browser, largest window",
            f"{tl['map_window_max_bytes'] / mb:.2f} MB",
            "< 1 MB",
        ),
    ]


def _browser_rows(load: dict) -> list[str]:
    mb = 1024 * 1024
    k = load["repeat"]
    return [
        _row(
            f"server start: `serve` → answering (median / max of {k})",
            f"{load['server_start_s']:.2f} / {load['server_start_max_s']:.2f} s",
            "< 5 s",
        ),
        _row("server CPU until it answers (median)", f"{load['server_start_cpu_s']:.2f} s"),
        _row(
            f"first page load until markers, cold (median / max of {k})",
            f"{load['load_cold_s']:.2f} / {load['load_cold_max_s']:.2f} s",
            "< 3 s",
        ),
        _row("server CPU for that first page (median)", f"{load['load_cold_cpu_s']:.2f} s"),
        _row("page load, second visit (median)", f"{load['load_warm_s']:.2f} s"),
        _row(
            f"timeline move → new markers drawn (median / max of {load['timeline_moves']})",
            f"{load['timeline_browser_s']:.2f} / {load['timeline_browser_max_s']:.2f} s",
            "< 1 s",
        ),
        _row("server CPU per timeline move (median)", f"{load['timeline_cpu_s']:.2f} s", "< 0.3 s"),
        _row("websocket bytes per timeline move (median)", f"{load['timeline_bytes'] / mb:.2f} MB"),
        _row(
            "place files fetched per timeline move (median)", f"{load['timeline_http'] / mb:.2f} MB"
        ),
        *_click_rows(load["clicks"]),
        _row("websocket bytes on first load", f"{load['ws_bytes'] / mb:.2f} MB"),
        _row(
            "server resident memory after the loads (max)", f"{load['rss_mb']:.0f} MB", "< 400 MB"
        ),
        _row("requests leaving localhost (not tiles)", str(len(load["outside_requests"])), "0"),
        _row(
            "load average (1 min) during the runs, 2 cores", "{:.1f} - {:.1f}".format(*load["load"])
        ),
    ]


def _click_rows(clicks: list[dict]) -> list[str]:
    def median(key: str) -> float:
        return statistics.median(c[key] for c in clicks)

    seconds = [c["seconds"] for c in clicks]
    return [
        _row(
            f"pin click → panel lists its stories (median / max of {len(clicks)})",
            f"{statistics.median(seconds):.2f} / {max(seconds):.2f} s",
            "< 1 s",
        ),
        _row("  of which: click → rerun request sent (median)", f"{median('request_s'):.2f} s"),
        _row(
            "pin click → panel and selected pin drawn (median / max)",
            f"{median('map_s'):.2f} / {max(c['map_s'] for c in clicks):.2f} s",
        ),
        _row("server CPU per pin click (median)", f"{median('server_cpu_s'):.2f} s"),
        _row("websocket bytes per pin click (median)", f"{median('bytes') / 2**20:.3f} MB"),
        _row("place files fetched per pin click (median)", f"{median('http') / 2**20:.3f} MB"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="synthetic articles to ingest")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, help="reuse this already ingested store")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the store")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium page load")
    parser.add_argument("--repeat", type=int, default=3, help="fresh servers for page loads")
    parser.add_argument(
        "--no-apptest", action="store_true", help="skip the in-process AppTest timeline timing"
    )
    args = parser.parse_args(argv)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    workdir.mkdir(parents=True, exist_ok=True)
    ing: dict = {}
    db = args.db
    if db is None:
        print(f"ingesting {args.n:,} synthetic articles into {workdir} …", file=sys.stderr)
        db, ing = ingest(args.n, args.seed, workdir)
    tl: dict = {}
    if not args.no_apptest:
        print("timing timeline changes (AppTest) …", file=sys.stderr)
        tl = time_timeline(db)
    load = None
    missing = e2e_helpers.browser_missing_reason()
    if not args.no_browser and missing is None:
        print("timing page loads in headless Chromium …", file=sys.stderr)
        load = time_page_load(db, workdir, args.repeat)
        for kind, url in load["outside_requests"]:
            print(f"warning: the page asked the internet for a {kind}: {url}", file=sys.stderr)
    elif missing:
        print(f"page load not measured: {missing}", file=sys.stderr)
    print(report(args.n, ing, tl, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
