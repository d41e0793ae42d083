"""The real dashboard in headless Chromium: map visible, timeline, marker clicks, hostile text.

One server (``python -m dashboard serve``) runs for the whole module on a temporary store holding
the two bundled seeds and one hostile article written here. Every page is guarded: requests that
leave localhost are aborted and recorded, dialogs, page errors and console errors are kept.
Chromium comes from Debian (``/usr/bin/chromium``); without it these tests skip, unless
``REQUIRE_BROWSER=1`` (CI), where they fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from e2e_helpers import (
    MAP_IFRAME,
    MARKERS,
    DashboardServer,
    PageWatch,
    artifacts_dir,
    guarded_context,
    icon_numbers,
    map_content_frame,
    map_frame,
    set_map_zoom,
    visible,
    wait_for_map,
    wait_marker_total,
    watch_page,
)

pytestmark = pytest.mark.e2e

TIMEOUT_MS = 60_000  # CI is a 2-core machine; the first run loads the gazetteer and the store
# Hostile text: if any of it were parsed as HTML or run as JavaScript, a dialog would open.
HOSTILE_TITLE = "Serangan di Aleppo <script>alert(1)</script> `${alert(3)}`"
HOSTILE_BODY = (
    "ALEPPO - Kamis (14/01/2021), warga Aleppo melaporkan ledakan <img src=x onerror=alert(2)> "
    "di pinggiran kota.\n\n"
    "Konvoi bantuan bergerak dari Homs menuju Aleppo dan kota al-Bab, kata relawan "
    "`${alert(3)}` dan "
    "<script>alert(1)</script> dengan tanda ` terbuka.\n\n"
    "Warga Homs juga melaporkan pemadaman listrik."
)
HOSTILE_OUTLET = "Uji <b>Keamanan</b> ${alert(5)}"
#: Nodes the hostile text would have created had it been parsed as HTML: a <script> holding only
#: one of its alerts, the <img src=x>, the outlet's <b>, or a javascript: link from its URL.
INJECTED_NODES_JS = """() => [
    ...[...document.querySelectorAll('script')].filter(e => /^alert\\(\\d\\)$/.test(e.text.trim())),
    ...document.querySelectorAll('img[src="x"], a[href^="javascript:"]'),
    ...[...document.querySelectorAll('b')].filter(e => e.textContent === 'Keamanan'),
].map(e => e.outerHTML.slice(0, 200))"""


@dataclass(frozen=True)
class World:
    """The e2e store and what it holds, read back from the store itself."""

    db: Path
    articles: dict[str, dict]  # article id -> article row
    places: list[dict]  # place rows (article, place)
    hostile_id: str

    def titles_at(self, place_id: str) -> set[str]:
        ids = {p.article_id for p in self.places if p.place_id == place_id}
        return {self.articles[i].title for i in ids}

    def seed_titles(self) -> list[str]:
        return [a.title for i, a in self.articles.items() if i != self.hostile_id]

    def last_day(self) -> str:
        """The newest publication day in the store (the timeline's end)."""
        return max(a.published[:10] for a in self.articles.values() if a.published)

    def pins_dated(self, day: str | None = None) -> int:
        """The marker total with nothing clustered: one per (dated article, Syrian town) link,
        of the articles published on ``day`` (all dated ones when None). Each article is its
        own story here, so a pin's number is its links."""
        return sum(
            1
            for p in self.places
            if p.in_syria
            and p.kind == "populated_place"
            and (published := self.articles[p.article_id].published)
            and (day is None or published[:10] == day)
        )


@dataclass
class Guarded:
    page: object
    watch: PageWatch

    def assert_offline_and_quiet(self) -> None:
        assert self.watch.forbidden_outside() == [], "the page asked the internet for code"
        assert self.watch.dialogs == [], "a dialog opened: some text ran as code"
        assert self.watch.page_errors == [], "a script failed on the page"


def _write_hostile_article(folder: Path) -> Path:
    path = folder / "hostile.json"
    record = {
        "title": HOSTILE_TITLE,
        "body": HOSTILE_BODY,
        "outlet": HOSTILE_OUTLET,
        "url": "javascript:alert(4)",
        "published": "2021-01-14",
    }
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def world(tmp_path_factory) -> World:
    from dashboard.cli import SEEDS_DIR
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store

    folder = tmp_path_factory.mktemp("e2e")
    db = folder / "e2e.sqlite"
    store = Store(str(db))
    report = ingest_paths([SEEDS_DIR, _write_hostile_article(folder)], store)
    assert report.skipped == [], report.skipped
    articles = {row.id: row for row in store.article_rows()}
    hostile = [i for i, row in articles.items() if "<script>" in row.title]
    assert len(articles) == 3 and len(hostile) == 1, articles
    return World(db=db, articles=articles, places=store.place_rows(), hostile_id=hostile[0])


@pytest.fixture(scope="module")
def dashboard_url(browser, world, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("e2e-server") / "serve.log"
    with DashboardServer(db=world.db, log=log) as server:
        yield server.url


@pytest.fixture
def guarded(browser) -> Iterator[Guarded]:
    watch = PageWatch()
    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch_page(page, watch)
    yield Guarded(page, watch)
    context.close()


def _open(guarded: Guarded, url: str) -> None:
    guarded.page.goto(url, timeout=TIMEOUT_MS)
    wait_for_map(guarded.page, timeout_ms=TIMEOUT_MS)


def _query(page) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def _wait_visible(page, text: str, *, shown: bool = True) -> None:
    """Wait until ``text`` is shown in the page itself (somewhere), or shown nowhere."""
    from playwright.sync_api import expect

    on_screen = expect(visible(page.get_by_text(text, exact=False)))
    if shown:
        on_screen.not_to_have_count(0, timeout=TIMEOUT_MS)
    else:
        on_screen.to_have_count(0, timeout=TIMEOUT_MS)


def test_the_leaflet_map_is_drawn_visible_with_markers(guarded, dashboard_url, world):
    _open(guarded, dashboard_url)
    page = guarded.page
    iframe = page.locator(MAP_IFRAME).first.bounding_box()
    # A script error in the map leaves streamlit-folium's iframe at height 0 with an empty
    # .leaflet-container inside: existing is not enough, it must take up room on the screen.
    assert iframe["height"] > 200 and iframe["width"] > 200, iframe
    container = map_frame(page).locator(".leaflet-container").first.bounding_box()
    assert container["height"] > 200 and container["width"] > 200, container
    drawn = visible(map_frame(page).locator(MARKERS)).count()
    assert drawn > 0, "no marker, cluster or area drawn on the map"
    # One pin per Syrian town, labelled with its article count; vague areas (regions, districts)
    # are dashed circles; governorates are polygons only, foreign places and the country never.
    points = [p for p in world.places if p.in_syria and p.kind == "populated_place"]
    areas = {
        p.place_id
        for p in world.places
        if p.in_syria and p.kind not in ("populated_place", "country", "admin1")
    }
    set_map_zoom(page, 12)  # nothing clusters from zoom 12 on: each pin shows its own count
    wait_marker_total(page, lambda total: total == len(points))
    circles = map_frame(page).locator("path.leaflet-interactive")
    assert circles.count() == len(areas), sorted(areas)
    page.screenshot(path=str(artifacts_dir() / "e2e-map.png"), full_page=True)
    guarded.assert_offline_and_quiet()


TILE_HOST = "tile.openstreetmap.org"
TILES_GONE_NOTICE = "Ubin peta tidak terjangkau"
#: The map iframe's base-map state: tile images in the DOM, the attribution line, markers drawn.
BASE_MAP_STATE_JS = """() => ({
    tiles: document.querySelectorAll('.leaflet-tile-pane img').length,
    attribution: (document.querySelector('.leaflet-control-attribution') || {}).textContent || '',
    markers: [...document.querySelectorAll('.snm-pin, .snm-cluster')]
        .filter(e => e.getBoundingClientRect().width > 0).length,
})"""


def _base_map_state(page, accept, *, timeout_s: float = 30) -> dict:
    """Poll the map iframe until ``accept(state)``; the iframe is replaced when the app reruns."""
    from playwright.sync_api import Error as PlaywrightError

    state: dict = {}
    for _ in range(int(timeout_s * 10)):
        try:
            frame = page.locator(MAP_IFRAME).first.element_handle().content_frame()
            state = frame.evaluate(BASE_MAP_STATE_JS)
        except (PlaywrightError, AttributeError):  # the iframe is being replaced; look again
            state = {}
        if state and accept(state):
            return state
        page.wait_for_timeout(100)
    raise AssertionError(f"the base map never reached the expected state: {state}")


def _failed_tile_loads_only(watch: PageWatch) -> list[str]:
    """Console errors other than the blocked tile images' failed loads."""
    return [e for e in watch.console_errors if not e.startswith("Failed to load resource")]


def test_offline_the_tile_layer_gives_way_to_the_outline_base_map(guarded, dashboard_url):
    page = guarded.page
    tried: list[str] = []

    def block_tile(route, request):
        tried.append(request.url)
        route.abort("internetdisconnected")

    page.route(f"https://{TILE_HOST}/**", block_tile)
    _open(guarded, dashboard_url + "?tiles=1")
    state = _base_map_state(page, lambda s: TILES_GONE_NOTICE in s["attribution"])
    assert tried, "the tiles were chosen in the URL, so tiles should have been tried"
    assert state["tiles"] == 0, "the failed tile layer was not removed"
    assert state["markers"] > 0 and "OpenStreetMap" not in state["attribution"]
    container = map_frame(page).locator(".leaflet-container").first.bounding_box()
    assert container["height"] > 200 and container["width"] > 200, container
    page.locator(MAP_IFRAME).first.screenshot(path=str(artifacts_dir() / "e2e-map-offline.png"))
    guarded.assert_offline_and_quiet()
    assert _failed_tile_loads_only(guarded.watch) == []


def test_by_default_not_one_request_goes_to_a_tile_server(guarded, dashboard_url):
    page = guarded.page
    _open(guarded, dashboard_url)
    _base_map_state(page, lambda s: s["markers"] > 0)
    page.wait_for_timeout(1500)  # time for any tile request the map would make
    assert [u for u in guarded.watch.requests if TILE_HOST in u] == []
    assert not page.locator(".st-key-osm_tiles input").first.is_checked()
    assert "tiles" not in _query(page)
    guarded.assert_offline_and_quiet()


#: Where a point (lat, lon) of the map is on screen, in the iframe's pixels.
POINT_OF_JS = """([lat, lon]) => {
    const map = Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map);
    const pt = map.latLngToContainerPoint([lat, lon]);
    const box = map.getContainer().getBoundingClientRect();
    return [Math.round(box.left + pt.x), Math.round(box.top + pt.y)];
}"""
MAP_AT_REST_JS = """() => {
    const map = Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map);
    return Boolean(map) && !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress);
}"""
LAND = (0xEC, 0xE8, 0xDC)  # render.NEIGHBOUR_STYLE's fill
SEA = (0xCA, 0xD9, 0xE4)  # the map's background


def _colour_at(page, lat: float, lon: float) -> tuple[int, int, int]:
    """The colour a user sees at (lat, lon) on the map, read from a screenshot."""
    import io

    from PIL import Image

    iframe = page.locator(MAP_IFRAME).first
    frame = iframe.element_handle().content_frame()
    # Under load the first fitBounds may still be animating: read the point, take the shot, and
    # read the point again until the map stood still in between.
    for _ in range(20):
        frame.wait_for_function(MAP_AT_REST_JS)
        x, y = frame.evaluate(POINT_OF_JS, [lat, lon])
        shot = Image.open(io.BytesIO(iframe.screenshot())).convert("RGB")
        if frame.evaluate(POINT_OF_JS, [lat, lon]) == [x, y]:
            break
    # Pillow reads a negative index from the far edge: a point off the map must fail, not wrap.
    assert 0 <= x < shot.width and 0 <= y < shot.height, f"({lat}, {lon}) is off the map at {x},{y}"
    return shot.getpixel((x, y))


def _near(colour, wanted, tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, wanted, strict=True))


def test_with_no_tiles_the_neighbours_are_land_and_the_cities_are_named(guarded, dashboard_url):
    page = guarded.page
    _open(guarded, dashboard_url)
    frame = map_frame(page)
    from playwright.sync_api import expect

    for name in ("Damaskus", "Aleppo", "Turki", "Irak"):
        expect(visible(frame.locator(".snm-label", has_text=name))).to_have_count(1)
    for outline in ("neighbours", "country", "governorates"):  # fetched from the server
        expect(frame.locator(f"path.snm-outline-{outline}")).not_to_have_count(0)
    assert _near(_colour_at(page, 37.6, 37.8), LAND)  # Turkey near Gaziantep: land, not sea
    assert _near(_colour_at(page, 34.6, 41.9), LAND)  # Iraq
    assert _near(_colour_at(page, 34.3, 34.6), SEA)  # the Mediterranean
    page.locator(MAP_IFRAME).first.screenshot(path=str(artifacts_dir() / "e2e-map-no-tiles.png"))
    guarded.assert_offline_and_quiet()


def test_with_the_tiles_checkbox_off_no_tile_is_requested(guarded, dashboard_url):
    page = guarded.page
    _open(guarded, dashboard_url + "?tiles=1")
    _base_map_state(page, lambda s: TILES_GONE_NOTICE in s["attribution"])  # on, then fell back
    page.locator(".st-key-osm_tiles label").first.click()
    asked_before = len(guarded.watch.requests)
    state = _base_map_state(
        page, lambda s: s["markers"] > 0 and TILES_GONE_NOTICE not in s["attribution"]
    )
    page.wait_for_timeout(1500)  # time for any tile request the new map would make
    later = [u for u in guarded.watch.requests[asked_before:] if TILE_HOST in u]
    assert later == [], later
    assert state["tiles"] == 0 and "OpenStreetMap" not in state["attribution"]
    assert not page.locator(".st-key-osm_tiles input").first.is_checked()
    guarded.assert_offline_and_quiet()


def test_the_page_loads_no_script_style_or_font_from_the_internet(guarded, dashboard_url):
    _open(guarded, dashboard_url)
    guarded.page.wait_for_timeout(1000)  # late plugin loads and lazy chunks
    assert guarded.watch.forbidden_outside() == []
    local_map_assets = [u for u in guarded.watch.requests if "leaflet" in u.lower()]
    assert local_map_assets, "Leaflet was not loaded from the local server"


@pytest.mark.parametrize(
    ("layer", "drawn"),
    [
        ("Peta panas", "canvas.leaflet-heatmap-layer"),  # needs the leaflet.heat plugin script
        ("Kegubernuran", ".snm-legend"),  # choropleth over the governorate boundaries
    ],
)
def test_each_extra_map_layer_draws_from_local_scripts(guarded, dashboard_url, layer, drawn):
    from playwright.sync_api import expect

    _open(guarded, dashboard_url)
    page = guarded.page
    page.locator(".st-key-layers button", has_text=layer).click()
    expect(visible(map_frame(page).locator(drawn))).not_to_have_count(0)
    assert page.locator(MAP_IFRAME).first.bounding_box()["height"] > 200
    guarded.assert_offline_and_quiet()


def test_a_cluster_shows_its_distinct_articles_not_the_sum_of_its_pins(
    guarded, dashboard_url, world
):
    _open(guarded, dashboard_url)
    page = guarded.page
    set_map_zoom(page, 5)  # Syria in a few cells: places named by the same article share one
    visible(map_frame(page).locator(".snm-cluster")).first.wait_for(state="visible")
    clusters = icon_numbers(page, ".snm-cluster")
    pins = len([p for p in world.places if p.in_syria and p.kind == "populated_place"])
    assert clusters and all(0 < n <= len(world.articles) for n in clusters), clusters
    # Adding up the pins would count an article once per place it names.
    assert sum(clusters) + sum(icon_numbers(page, ".snm-pin")) < pins
    set_map_zoom(page, 12)
    wait_marker_total(page, lambda total: total == pins)
    guarded.assert_offline_and_quiet()


def test_moving_the_timeline_start_to_its_end_hides_the_older_articles(
    guarded, dashboard_url, world
):
    _open(guarded, dashboard_url)
    page = guarded.page
    for title in world.seed_titles():  # the seeds (2017, 2019) are shown at first
        _wait_visible(page, title)
    set_map_zoom(page, 12)  # nothing clusters from zoom 12 on: the total is the sum over pins
    wait_marker_total(page, lambda total: total == world.pins_dated())
    start = page.locator(".st-key-date_range input[type=range]").first
    start.focus()
    start.press("End")  # the range shrinks to its last day, after both seeds
    for title in world.seed_titles():
        _wait_visible(page, title, shown=False)
    last = world.last_day()  # the map follows the range: only the pins of that day's articles
    assert 0 < world.pins_dated(last) < world.pins_dated(), "the store should test a real change"
    wait_marker_total(page, lambda total: total == world.pins_dated(last))
    assert "start" in _query(page), "the range should live in the URL's query parameters"
    start.press("Home")  # and back: the seeds return
    for title in world.seed_titles():
        _wait_visible(page, title)
    wait_marker_total(page, lambda total: total == world.pins_dated())
    guarded.assert_offline_and_quiet()


def _click(page, marker) -> None:
    """Click a map marker with the real mouse, the map iframe scrolled fully into view first.

    These tests check what a click does, not where the map sits; a click on a partly hidden map
    has its own test below.
    """
    page.locator(MAP_IFRAME).first.scroll_into_view_if_needed()
    marker.click()


OPEN_POPUP = ".leaflet-popup:not([style*='opacity: 0']) .leaflet-popup-content [data-place-id]"


def _click_a_place_marker(page) -> str:
    """Click markers (zooming into clusters) until a place popup opens; return its place id."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    frame = map_frame(page)
    for _ in range(8):
        pins = visible(frame.locator(".snm-pin")).all()
        if pins:
            # A popup closed by the rerun the click causes fades out for 200 ms at opacity 0.
            popup = visible(frame.locator(OPEN_POPUP))
            for _attempt in range(3):  # a click that lands while the map redraws is lost
                _click(page, pins[0])
                try:
                    popup.wait_for(state="visible", timeout=TIMEOUT_MS // 3)
                    return popup.get_attribute("data-place-id")
                except PlaywrightTimeoutError:
                    pins = visible(frame.locator(".snm-pin")).all() or pins
            raise AssertionError("a place marker was clicked three times and no popup opened")
        clusters = visible(frame.locator(".snm-cluster")).all()
        assert clusters, "neither a pin nor a cluster is shown on the map"
        _click(page, clusters[0])  # a cluster zooms in when clicked
        page.wait_for_timeout(800)
    raise AssertionError("no single place marker could be reached on the map")


def test_clicking_a_marker_fills_the_panel_with_that_places_articles(guarded, dashboard_url, world):
    _open(guarded, dashboard_url)
    page = guarded.page
    place_id = _click_a_place_marker(page)
    expected = world.titles_at(place_id)
    assert expected, f"the clicked marker {place_id} has no article in the store"
    page.wait_for_function(
        "(id) => new URL(location.href).searchParams.get('place') === id",
        arg=place_id,
        timeout=TIMEOUT_MS,
    )
    for title in expected:
        _wait_visible(page, title)
    others = set(world.seed_titles()) - expected
    for title in others:  # the panel lists only the clicked place's articles
        _wait_visible(page, title, shown=False)
    guarded.assert_offline_and_quiet()


#: In the map's iframe: click the first pin (the event Leaflet reads, dispatched synchronously) and
#: return, in the same task, its place id and the value streamlit-folium has handed to the app.
CLICK_AND_READ_SENT_JS = """() => {
    const icon = document.querySelector('.snm-pin');
    const layer = Object.values(window.map._layers).find(l => l._icon === icon);
    icon.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
    const sent = window.__GLOBAL_DATA__.previous_data || {};
    return [layer.options.placeId, sent.last_object_clicked_popup || null];
}"""


def test_a_marker_click_is_handed_to_the_app_at_once(guarded, dashboard_url):
    # streamlit-folium sends a click 250 ms after it (debounced); map.controls.ClickNow sends it
    # in the click's own task, so the value is already handed over when the click returns.
    _open(guarded, dashboard_url)
    page = guarded.page
    set_map_zoom(page, 12)  # nothing clusters: pins are drawn
    frame = map_frame(page)
    visible(frame.locator(".snm-pin")).first.wait_for(state="visible", timeout=TIMEOUT_MS)
    place_id, sent = map_content_frame(page).evaluate(CLICK_AND_READ_SENT_JS)
    assert sent is not None and f"ID tempat: {place_id}" in sent
    page.wait_for_function(  # and the app selects that place
        "(id) => new URL(location.href).searchParams.get('place') === id",
        arg=place_id,
        timeout=TIMEOUT_MS,
    )
    guarded.assert_offline_and_quiet()


def test_a_places_fixed_fields_come_from_a_table_fetched_once_per_page(
    guarded, dashboard_url, world
):
    # Names, governorates and coordinates are not resent with every rerun's layer: the page
    # fetches them once (map.placetable) and every later layer names table rows.
    from playwright.sync_api import expect

    from dashboard.geo.gazetteer import display_names
    from dashboard.view.snapshot import with_display_names

    _open(guarded, dashboard_url)
    page = guarded.page
    set_map_zoom(page, 12)  # nothing clusters from zoom 12 on: the total is the sum over pins
    wait_marker_total(page, lambda total: total == world.pins_dated())
    start = page.locator(".st-key-date_range input[type=range]").first
    start.focus()
    start.press("End")  # two reruns, two new place layers
    wait_marker_total(page, lambda total: total == world.pins_dated(world.last_day()))
    start.press("Home")
    wait_marker_total(page, lambda total: total == world.pins_dated())
    set_map_zoom(page, 7)  # Syria in view again: the pins are on screen
    views = [u for u in guarded.watch.requests if "snm_places/layer-" in u]
    place_id = _click_a_place_marker(page)
    rows = with_display_names([p for p in world.places if p.place_id == place_id], display_names())
    title = visible(map_frame(page).locator(OPEN_POPUP.replace("[data-place-id]", ".snm-title")))
    assert title.inner_text() == rows[0].display_name
    fetched = [u for u in guarded.watch.requests if "snm_places/places-" in u]
    assert len(fetched) == 1, fetched
    # Each view's place layer is fetched once, and a click (the selection) fetches none.
    expect(visible(map_frame(page).locator(".snm-pin.snm-selected"))).to_have_count(1)
    assert [u for u in guarded.watch.requests if "snm_places/layer-" in u] == views
    assert len(set(views)) == len(views) >= 2, views
    guarded.assert_offline_and_quiet()


def test_a_marker_click_counts_when_the_map_is_partly_below_the_fold(browser, dashboard_url):
    # A user sees a pin and clicks it while the map's lower edge is still below the window's.
    # Without the map's mouse-down guard (mapcontrols.ClickGuard) the focus change scrolled the
    # page between mouse-down and mouse-up and this first click was lost.
    watch = PageWatch()
    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(dashboard_url, timeout=TIMEOUT_MS)
        wait_for_map(page, timeout_ms=TIMEOUT_MS)
        wait_marker_total(page, lambda total: total > 0)
        page.wait_for_timeout(2000)  # clustering settled
        box = page.locator(MAP_IFRAME).first.bounding_box()
        pins = sorted(
            visible(map_frame(page).locator(".snm-pin")).all(),
            key=lambda m: m.bounding_box()["y"],
        )
        top_pin = pins[0].bounding_box()
        fold = int(max(top_pin["y"] + top_pin["height"] + 40, box["y"] + box["height"] / 2))
        page.set_viewport_size({"width": 1400, "height": fold})  # the pin shows, the map's foot not
        pins[0].click()
        page.wait_for_function(
            "() => new URL(location.href).searchParams.has('place')", timeout=10_000
        )
    finally:
        context.close()


def test_a_hostile_article_renders_as_text_and_runs_nothing(guarded, dashboard_url, world):
    _open(guarded, f"{dashboard_url}?article={world.hostile_id}")
    page = guarded.page
    _wait_visible(page, "<script>alert(1)</script>")
    _wait_visible(page, "<img src=x onerror=alert(2)>")
    _wait_visible(page, "${alert(3)}")
    page.wait_for_timeout(1500)  # give any injected handler time to fire
    for frame in page.frames:
        injected = frame.evaluate(INJECTED_NODES_JS)
        assert injected == [], f"hostile markup became live DOM in {frame.url[:80]}: {injected}"
    assert not [u for u in guarded.watch.requests if u.rstrip("/").endswith("/x")], (
        "the hostile <img src=x> was loaded"
    )
    page.screenshot(path=str(artifacts_dir() / "e2e-hostile.png"), full_page=True)
    guarded.assert_offline_and_quiet()


def test_the_hostile_article_in_a_map_popup_is_text(guarded, dashboard_url, world):
    from playwright.sync_api import expect

    hostile_places = sorted(
        p.place_id
        for p in world.places
        if p.article_id == world.hostile_id and p.in_syria and p.kind != "country"
    )
    assert hostile_places, "the hostile article should be geotagged (it names Aleppo and Homs)"
    _open(guarded, f"{dashboard_url}?place={hostile_places[0]}")
    page = guarded.page
    frame = map_frame(page)
    selected = visible(frame.locator(".snm-pin.snm-selected"))  # the URL's place, drawn apart
    expect(selected).to_have_count(1)
    _click(page, selected)
    popup = frame.locator(f'.leaflet-popup-content [data-place-id="{hostile_places[0]}"]')
    expect(popup).to_be_visible()
    assert "<script>alert(1)</script>" in popup.inner_text()
    assert "${alert(3)}" in popup.inner_text()
    page.wait_for_timeout(1000)
    for each in page.frames:
        assert each.evaluate(INJECTED_NODES_JS) == []
    page.screenshot(path=str(artifacts_dir() / "e2e-hostile-popup.png"))
    guarded.assert_offline_and_quiet()


ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "May",
    "June",
    "July",
    "August",
    "October",
    "December",
)
INDONESIAN_MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
UPLOADER_BUTTON_TEXT_JS = """() => getComputedStyle(document.querySelector(
    '[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] p'),
    '::after').content"""


def test_the_page_speaks_indonesian_where_streamlit_vega_and_leaflet_default_to_english(
    guarded, dashboard_url
):
    _open(guarded, dashboard_url)
    page = guarded.page
    assert page.evaluate(UPLOADER_BUTTON_TEXT_JS) == '"Pilih file"'
    frame = map_frame(page)
    titles = frame.locator(".leaflet-control-zoom a").evaluate_all("els => els.map(e => e.title)")
    assert titles == ["Perbesar", "Perkecil"]
    assert "mi" not in frame.locator(".leaflet-control-scale").inner_text().split()
    # Vega describes its time axis with the locale's long date format: days and months by name.
    axis = page.locator("[data-testid=stVegaLiteChart] [aria-label^='X-axis']").first
    label = axis.get_attribute("aria-label")
    assert any(month in label for month in INDONESIAN_MONTHS), label
    assert not any(month in label for month in ENGLISH_MONTHS), label
    # Streamlit's own fixed texts, replaced on screen (app.sidebar.WIDGET_TEXT_STYLE).
    page.locator(".st-key-search input").fill("Homs")
    hint = ".st-key-search [data-testid=InputInstructions]"
    page.wait_for_selector(hint)
    assert page.evaluate(AFTER_TEXT_JS, hint) == '"Tekan Enter untuk menerapkan"'
    assert page.locator(hint).evaluate("e => getComputedStyle(e).fontSize") == "0px"
    page.locator(".st-key-outlet_filter input").first.click()
    select_all = "[role=listbox] [data-key=__select_all__] [data-item-hl]"
    page.wait_for_selector(select_all)
    assert page.evaluate(AFTER_TEXT_JS, select_all) == '"Pilih semua"'
    page.keyboard.type("tidak ada media bernama begini")
    no_results = "[role=listbox] [role=option] > span"
    page.wait_for_selector(no_results)
    assert page.evaluate(AFTER_TEXT_JS, no_results) == '"Tidak ada hasil"'
    page.keyboard.press("Escape")
    page.locator("[data-testid=stVegaLiteChart]").first.hover()
    page.wait_for_timeout(500)  # the toolbar shows on hover
    assert visible(page.locator("[data-testid=stElementToolbar]")).count() == 0
    guarded.assert_offline_and_quiet()


AFTER_TEXT_JS = """(selector) => getComputedStyle(document.querySelector(selector), '::after')
    .content"""


def test_a_file_over_the_upload_limit_is_refused_in_indonesian(
    browser, world, tmp_path, monkeypatch
):
    # Streamlit refuses it in the browser with an English tooltip; the page shows Indonesian
    # (app.sidebar.UPLOAD_REFUSED). The limit is lowered to 1 MB here, as a deployment may.
    from dashboard.app.sidebar import UPLOAD_REFUSED

    monkeypatch.setenv("STREAMLIT_SERVER_MAX_UPLOAD_SIZE", "1")
    big = tmp_path / "besar.jsonl"
    big.write_bytes(b" " * 1_500_000)
    watch = PageWatch()
    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    with DashboardServer(db=world.db, log=tmp_path / "serve.log") as server:
        page.goto(server.url, timeout=TIMEOUT_MS)
        wait_for_map(page, timeout_ms=TIMEOUT_MS)
        page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(big))
        chip = page.locator("[data-testid=stFileChip][aria-invalid=true]")
        chip.wait_for(timeout=TIMEOUT_MS)
        size = "[data-testid=stFileChip][aria-invalid=true] [data-testid=stFileChipName] + div"
        assert page.evaluate(AFTER_TEXT_JS, size) == '" · tidak terunggah"'
        chip.hover()
        tip = page.locator("[data-testid=stTooltipErrorContent]")
        tip.wait_for(timeout=TIMEOUT_MS)
        assert "or smaller" in tip.inner_text()  # Streamlit's text, still in the page …
        assert tip.evaluate("e => getComputedStyle(e).fontSize") == "0px"  # … but not shown
        shown = '"' + UPLOAD_REFUSED + '"'
        assert page.evaluate(AFTER_TEXT_JS, "[data-testid=stTooltipErrorContent]") == shown
    context.close()
    assert watch.forbidden_outside() == [] and watch.page_errors == []
