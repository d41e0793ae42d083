"""The analyst's flows that only a browser shows: framing ``?article=`` links on a phone,
opening an article from a map popup, the keyboard on the map, Back after opening an article,
and the map's loading state.

One server for the module, on the store of :mod:`analyst_e2e` (the two seeds, and two articles:
Douma and Damascus, close together; Aleppo and al-Bab). Every page is guarded: requests leaving
localhost are aborted and recorded.
"""

# The fixtures imported from analyst_e2e are test parameters of the same names (pytest's way).
# ruff: noqa: F811
from __future__ import annotations

import json

import pytest
from analyst_e2e import (  # the fixtures: this module's own store and server
    dashboard_url,  # noqa: F401
    guarded,  # noqa: F401
    page_at,
    query_of,
    view_when_settled,
    wait_url,
    world,  # noqa: F401
)
from e2e_helpers import artifacts_dir, map_content_frame, map_frame, visible, wait_for_map

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 720), (1400, 900)])
def test_an_article_link_frames_the_map_on_its_places_on_any_screen(
    browser, dashboard_url, world, width, height
):
    _db, by_title, places = world
    article = by_title["Warga Douma kembali ke rumah"]
    context, page, watch = page_at(browser, width, height)
    try:
        page.goto(dashboard_url)
        wait_for_map(page)
        whole = view_when_settled(page)
        page.goto(f"{dashboard_url}?article={article}")
        wait_for_map(page)
        view = view_when_settled(page)
        page.screenshot(path=str(artifacts_dir() / f"e2e-article-link-{width}.png"))
    finally:
        context.close()
    assert view["zoom"] > whole["zoom"], (view, whole)
    for p in places[article]:
        assert view["south"] < p.lat < view["north"] and view["west"] < p.lon < view["east"], p
    assert watch.forbidden_outside() == [] and watch.page_errors == []


#: The open popup's text without the app's hidden id lines: what a reader sees.
SHOWN_POPUP_TEXT_JS = """() => {
    const popup = document.querySelector('.leaflet-popup-content').cloneNode(true);
    popup.querySelectorAll('.snm-id').forEach(e => e.remove());
    return popup.textContent;
}"""


def test_back_after_opening_an_article_returns_to_the_list(guarded, dashboard_url):
    from playwright.sync_api import expect

    page, _watch = guarded
    page.goto(dashboard_url)
    wait_for_map(page)
    page.get_by_role("button", name="Buka artikel").first.click()
    wait_url(page, "return q.has('article');")
    expect(page.get_by_role("button", name="← Kembali ke daftar")).to_be_visible()
    page.go_back()
    wait_url(page, "return !q.has('article');")
    expect(page.get_by_role("button", name="← Kembali ke daftar")).to_have_count(0)
    expect(page.get_by_role("button", name="Buka artikel").first).to_be_visible()
    page.wait_for_timeout(1000)  # the list stays: the app does not put the article back
    assert "article" not in query_of(page)


def test_an_article_opens_from_its_title_in_a_map_popup(guarded, dashboard_url, world):
    from playwright.sync_api import expect

    page, _watch = guarded
    _db, by_title, places = world
    article = by_title["Warga Douma kembali ke rumah"]
    douma = next(p.place_id for p in places[article] if p.name == "Douma")
    page.goto(f"{dashboard_url}?place={douma}")
    wait_for_map(page)
    frame = map_frame(page)
    pin = visible(frame.locator(".snm-pin.snm-selected"))
    expect(pin).to_have_count(1)
    pin.click()
    link = frame.locator(".leaflet-popup a.snm-art", has_text="Warga Douma kembali ke rumah")
    expect(link).to_be_visible()
    # No technical id is shown: only in the app's hidden line (1 px, clipped, aria-hidden).
    shown = map_content_frame(page).evaluate(SHOWN_POPUP_TEXT_JS)
    assert douma not in shown and article not in shown and "Warga Douma" in shown
    for hidden in frame.locator(".leaflet-popup .snm-id").all():
        assert hidden.get_attribute("aria-hidden") == "true"
        assert hidden.bounding_box()["width"] <= 1
    link.click()
    wait_url(page, f"return q.get('article') === {json.dumps(article)};")
    expect(page.locator(f'.snm-card[data-article-id="{article}"] h3')).to_be_visible()


def test_enter_on_a_focused_pin_selects_its_place(guarded, dashboard_url):
    page, _watch = guarded
    page.goto(dashboard_url)
    wait_for_map(page)
    pin = visible(map_frame(page).locator(".snm-pin")).first
    pin.focus()
    page.keyboard.press("Enter")
    wait_url(page, "return q.has('place');")
    from playwright.sync_api import expect

    expect(page.locator(".snm-selected-place")).to_contain_text("Tempat terpilih: ")


def test_a_place_chip_selects_its_place(guarded, dashboard_url):
    from playwright.sync_api import expect

    page, _watch = guarded
    page.goto(dashboard_url)
    wait_for_map(page)
    chip = page.locator("a.snm-chip").first
    place = chip.get_attribute("data-place-id")
    chip.click()
    wait_url(page, f"return q.get('place') === {json.dumps(place)};")
    wait_for_map(page)
    expect(visible(map_frame(page).locator(".snm-pin.snm-selected"))).to_have_count(1)


def test_a_highlighted_name_in_an_article_selects_its_place(guarded, dashboard_url, world):
    page, _watch = guarded
    _db, by_title, _places = world
    article = by_title["Pasar al-Bab dibuka"]
    page.goto(f"{dashboard_url}?article={article}")
    wait_for_map(page)
    mark = page.locator("a.snm-place-link mark").first
    place = mark.get_attribute("data-place-id")
    mark.click()
    wait_url(page, f"return q.get('place') === {json.dumps(place)} && !q.has('article');")


#: Records every change of the map's loading sign (created on the first draw, shown and hidden
#: again on every later one).
WATCH_LOADING_JS = """() => {
    window.__snmSigns = [];
    const box = document.querySelector('.leaflet-container');
    new MutationObserver(() => {
        const sign = box.querySelector('.snm-loading');
        if (sign) { window.__snmSigns.push(sign.style.display + '|' + sign.textContent); }
    }).observe(box, {subtree: true, childList: true, attributes: true,
                     attributeFilter: ['style']});
}"""


def test_the_map_shows_a_loading_sign_until_its_new_markers_are_drawn(guarded, dashboard_url):
    from playwright.sync_api import expect

    page, _watch = guarded
    page.goto(dashboard_url)
    wait_for_map(page)
    frame = map_content_frame(page)
    before = frame.evaluate("() => document.querySelectorAll('.snm-pin, .snm-cluster').length")
    frame.evaluate(WATCH_LOADING_JS)
    page.locator(".st-key-search input").fill("al-Bab")
    page.keyboard.press("Enter")
    # The new markers drawn: their number changed and the sign went again. (The number alone
    # also changes when the old layer goes, before the new one is attached, under load.)
    frame.wait_for_function(
        """(n) => {
            const s = window.__snmSigns;
            return document.querySelectorAll('.snm-pin, .snm-cluster').length !== n
                && s.length > 0 && s[s.length - 1].startsWith('none|');
        }""",
        arg=before,
    )
    signs = frame.evaluate("() => window.__snmSigns")
    assert "flex|Memuat peta …" in signs, signs  # shown while the map was behind
    assert signs[-1].startswith("none|"), signs  # and gone once the markers are drawn
    expect(map_frame(page).locator(".snm-loading")).to_be_hidden()


@pytest.mark.parametrize(
    ("width", "height", "unfolded"), [(390, 844, False), (1400, 900, False), (1920, 1080, True)]
)
def test_the_legend_is_open_only_on_a_map_wide_enough_for_it(
    browser, dashboard_url, width, height, unfolded
):
    context, page, _watch = page_at(browser, width, height)
    try:
        page.goto(dashboard_url)
        wait_for_map(page)
        legend = map_frame(page).locator("details.snm-legend", has_text="Penanda")
        assert legend.evaluate("e => e.open") is unfolded
        assert "Merah: berita terbarunya" in legend.text_content()  # pins coloured by recency
    finally:
        context.close()
