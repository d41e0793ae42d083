"""What the analyst sees of the map, checked in a browser: nothing hidden under the page's header or
the legend, a clicked pin's popup and view kept through the rerun the click causes, and an open
article's small pin not buried under a larger one.

The server and store are those of :mod:`analyst_e2e` (the seeds, an article naming Douma and
Damascus, one naming Aleppo and al-Bab), started again for this module. Every page is guarded.
"""

# The fixtures imported from analyst_e2e are test parameters of the same names (pytest's way).
# ruff: noqa: F811
from __future__ import annotations

import pytest
from analyst_e2e import (  # the fixtures: this module's own store and server
    VIEW_JS,
    dashboard_url,  # noqa: F401
    guarded,  # noqa: F401
    page_at,
    view_when_settled,
    wait_url,
    world,  # noqa: F401
)
from e2e_helpers import (
    map_content_frame,
    map_frame,
    set_map_zoom,
    visible,
    wait_for_map,
)

pytestmark = pytest.mark.e2e


#: Is the element matching ``selector`` the topmost thing at a point just inside its top left?
ON_TOP_JS = """(selector) => {
    const e = document.querySelector(selector);
    const r = e.getBoundingClientRect();
    return e.contains(document.elementFromPoint(r.left + 4, r.top + 4));
}"""
#: Each focus pin: its number, size, and whether it is the topmost thing at its own centre.
FOCUS_PINS_JS = """() => [...document.querySelectorAll('.snm-pin.snm-focus')].map(pin => {
    const r = pin.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {n: pin.textContent, size: r.width, onTop: pin.contains(top)};
})"""


@pytest.mark.parametrize(("width", "height"), [(390, 844), (700, 800), (1280, 720)])
def test_the_title_and_the_numbers_above_the_map_are_not_under_the_header(
    browser, dashboard_url, width, height
):
    context, page, watch = page_at(browser, width, height)
    try:
        page.goto(dashboard_url)
        wait_for_map(page)
        title = page.evaluate(ON_TOP_JS, "h1")
        numbers = page.evaluate(ON_TOP_JS, '[data-testid="stCaptionContainer"]')
    finally:
        context.close()
    assert title and numbers, (title, numbers)
    assert watch.forbidden_outside() == [] and watch.page_errors == []


def test_the_legend_stays_as_the_reader_left_it_across_reruns(browser, dashboard_url):
    context, page, _watch = page_at(browser, 1280, 720)
    try:
        page.goto(dashboard_url)
        wait_for_map(page)
        frame = map_frame(page)
        legend = frame.locator("details.snm-legend", has_text="Penanda")
        assert legend.evaluate("e => e.open") is False  # folded on this 480 px map
        legend.locator("summary").click()
        assert legend.evaluate("e => e.open") is True
        map_content_frame(page).evaluate("() => { document.querySelector('.snm-legend').old = 1; }")
        page.locator(".st-key-search input").fill("al-Bab")
        page.keyboard.press("Enter")
        wait_url(page, "return q.get('q') === 'al-Bab';")
        # The rerun replaces the layer group and its legend: wait for the new one.
        map_content_frame(page).wait_for_function(
            "() => { const l = document.querySelector('.snm-legend'); return l && !l.old; }"
        )
        assert legend.evaluate("e => e.open") is True
    finally:
        context.close()


#: Pans the map so a pin sits in the middle, 130 px under the centre.
LOWER_PIN_JS = """(pin) => {
    const map = Object.keys(window).map(k => window[k]).find(v => v instanceof L.Map);
    const r = pin.getBoundingClientRect();
    const box = map.getContainer().getBoundingClientRect();
    map.panBy([r.left + r.width / 2 - box.left - box.width / 2,
               r.top + r.height / 2 - box.top - box.height / 2 - 130], {animate: false});
}"""
#: Marks the pins (not clusters) inside the map that nothing covers at their centre.
MARK_CLICKABLE_JS = """() => {
    const box = document.querySelector('.leaflet-container').getBoundingClientRect();
    let n = 0;
    document.querySelectorAll('.snm-pin').forEach(pin => {
        const r = pin.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
        const inside = r.width && x > box.left + 40 && x < box.right - 40 && y > box.top + 80
            && y < box.bottom - 40;
        if (inside && pin.contains(document.elementFromPoint(x, y))) {
            pin.classList.add('test-clickable');
            n += 1;
        }
    });
    return n;
}"""


def test_a_pin_click_keeps_its_popup_open_and_the_view_the_user_chose(guarded, dashboard_url):
    from playwright.sync_api import expect

    page, _watch = guarded
    page.goto(dashboard_url)
    wait_for_map(page)
    set_map_zoom(page, 7)
    assert map_content_frame(page).evaluate(MARK_CLICKABLE_JS) > 0
    pin = map_frame(page).locator(".snm-pin.test-clickable").first
    # The pin low in the map, so its popup opens without panning the map (Leaflet's autoPan).
    map_content_frame(page).evaluate(LOWER_PIN_JS, pin.element_handle())
    chosen = view_when_settled(page)
    pin.click()
    wait_url(page, "return q.has('place');")
    frame = map_frame(page)
    # The rerun the click caused has drawn its layer: the clicked pin, now the selected one.
    expect(visible(frame.locator(".snm-pin.snm-selected"))).to_have_count(1)
    expect(frame.locator(".snm-loading")).to_be_hidden()
    place = page.evaluate("() => new URL(location.href).searchParams.get('place')")
    # Its popup open (the one the click opened fades out as the redrawn pin opens its own).
    popup = frame.locator(f'.leaflet-popup .snm-popup[data-place-id="{place}"]')
    expect(popup).to_have_count(1)
    expect(popup).to_be_visible()
    assert view_when_settled(page) == chosen


def test_an_open_articles_small_pin_is_drawn_above_its_larger_neighbour(
    guarded, dashboard_url, world
):
    from playwright.sync_api import expect

    page, _watch = guarded
    _db, by_title, _places = world
    page.goto(f"{dashboard_url}?article={by_title['Warga Douma kembali ke rumah']}")
    wait_for_map(page)
    expect(visible(map_frame(page).locator(".snm-pin.snm-focus"))).to_have_count(2)
    set_map_zoom(page, 6)  # Douma and Damascus, 12 km apart, now overlap
    pins = map_content_frame(page).evaluate(FOCUS_PINS_JS)
    small, large = sorted(pins, key=lambda p: p["size"])
    assert small["size"] < large["size"], pins  # Damascus has more stories than Douma
    assert small["onTop"], pins
    assert map_content_frame(page).evaluate(VIEW_JS)["zoom"] == 6
