"""Adding a missed place by selecting its words with the mouse in the article's text, in Chromium
against the real ``serve --edit`` (on localhost: a reviewer name). The selection comes back from
the component's iframe as offsets in the text; the form proposes the gazetteer's places for the
words, and the saved correction anchors on them: the place shows on the card and on the map.

Hostile text (script and image tags, bidi overrides, a character outside the BMP) is shown as
text, runs nothing, and its offsets still point at the words selected.
"""

from __future__ import annotations

import datetime as dt

import pytest
from e2e_helpers import PageWatch, map_frame, visible, wait_for_map
from test_app import DOUMA, _article
from test_e2e_corrections import EditingServer, open_as

from dashboard.store.archive import Store

pytestmark = pytest.mark.e2e
COMPONENT = 'iframe[title$="snm_mark_words"]'
PLAIN = "Konvoi bantuan tiba di Jarablus dan Douma pagi ini."
HOSTILE = (
    "🚚"
    * 10  # ten emoji: two UTF-16 units each, one character each
    + ' <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
    "\u202eKonvoi\u202c \u2067ditahan\u2069 lalu tiba di Jarablus dan Douma `${1+1}`."
)
WORD_BOX_JS = """(word) => {
    const walker = document.createTreeWalker(document.getElementById('text'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        node.parentElement.closest('#text').scrollTop = 0;
        const box = range.getBoundingClientRect();
        return {left: box.left, right: box.right, top: box.top, bottom: box.bottom};
    }
    return null;
}"""


@pytest.fixture(scope="module")
def served(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e-markwords")
    db = folder / "store.sqlite"
    store = Store(str(db))
    day = dt.date(2018, 3, 1)
    store.save(
        [
            _article("m1", "Konvoi bantuan", PLAIN, [(DOUMA, "Douma")], published=day),
            _article("h1", "Teks <b>aneh</b>", HOSTILE, [(DOUMA, "Douma")], published=day),
        ]
    )
    with EditingServer(db=db, log=folder / "serve.log") as server:
        yield server.url, store
    store.close()


def select_by_mouse(page, word: str) -> None:
    """Drag the mouse over ``word`` in the component's text: from inside its first letters to
    just past its end (the app widens a selection to whole words)."""
    frame_box = page.locator(COMPONENT).bounding_box()
    frame = page.locator(COMPONENT).element_handle().content_frame()
    frame.wait_for_function("() => document.getElementById('text').textContent.length > 0")
    box = frame.evaluate(WORD_BOX_JS, word)
    assert box, f"{word!r} is not in the component's text"
    y = frame_box["y"] + (box["top"] + box["bottom"]) / 2
    page.mouse.move(frame_box["x"] + box["left"] + 3, y)
    page.mouse.down()
    page.mouse.move(frame_box["x"] + box["right"] - 3, y, steps=5)
    page.mouse.up()


def first_hit(name: str) -> str:
    """The gazetteer place the form proposes first for ``name``."""
    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.geo.placesearch import search_places

    return search_places(load_gazetteer(), name)[0].id


def add_marked_place(page, word: str) -> None:
    from playwright.sync_api import expect

    select_by_mouse(page, word)
    expect(page.locator(".snm-meta", has_text="Kata ditandai")).to_contain_text(word)
    add = page.get_by_role("button", name="Tambah hasil cari")
    expect(add).to_be_enabled()
    add.click()
    expect(page.locator(".snm-fix-msg", has_text="Tersimpan")).to_be_visible()


def test_words_selected_by_mouse_add_the_place_on_the_card_and_the_map(browser, served):
    from playwright.sync_api import expect

    url, store = served
    watch = PageWatch()
    context, page = open_as(browser, url, "m1", "Rina", watch)
    try:
        wait_for_map(page)
        expect(visible(map_frame(page).locator(".snm-pin.snm-confirmed"))).to_have_count(0)
        add_marked_place(page, "Jarablus")
        (entry,) = store.corrections()
        text = store.article("m1").text
        place = first_hit("Jarablus")
        assert (entry.action, entry.place_id, entry.anchor) == ("add_place", place, "Jarablus")
        assert entry.anchor_span == (text.index("Jarablus"), text.index("Jarablus") + 8)
        chip = page.locator(f'.snm-chip.snm-confirmed[data-place-id="{place}"]')
        expect(visible(chip)).to_have_count(1)
        pin = visible(map_frame(page).locator(".snm-pin.snm-confirmed"))
        expect(pin).to_have_count(1)  # the added place, ringed as analyst-confirmed
        assert watch.dialogs == [] and watch.page_errors == [] and watch.forbidden_outside() == []
    finally:
        context.close()


def test_hostile_text_in_the_component_is_inert_and_its_offsets_hold(browser, served):
    from playwright.sync_api import expect

    url, store = served
    watch = PageWatch()
    context, page = open_as(browser, url, "h1", "Budi", watch)
    try:
        frame = page.locator(COMPONENT).element_handle().content_frame()
        frame.wait_for_function("() => document.getElementById('text').textContent.length > 0")
        text = store.article("h1").text
        shown = frame.evaluate(
            """() => ({text: document.getElementById('text').textContent,
                scripts: document.scripts.length, images: document.images.length,
                elements: [...document.getElementById('text').querySelectorAll('*')]
                    .map(e => e.tagName), pwned: window.__pwned === undefined})"""
        )
        assert shown["text"] == text  # every character, as text
        assert shown["scripts"] == 1 and shown["images"] == 0  # only the component's own script
        assert set(shown["elements"]) == {"MARK"}  # the marks the app put in, nothing else
        assert shown["pwned"] and page.evaluate("() => window.__pwned === undefined")
        add_marked_place(page, "Jarablus")
        (entry,) = [e for e in store.corrections() if e.article_id == "h1"]
        # Offsets are in characters (code points) after the emoji and the bidi controls.
        assert entry.anchor_span == (text.index("Jarablus"), text.index("Jarablus") + 8)
        marked = page.locator(".snm-meta", has_text="Kata ditandai").locator("bdi")
        expect(marked).to_have_text("Jarablus")
        assert watch.dialogs == [] and watch.page_errors == [] and watch.forbidden_outside() == []
    finally:
        context.close()
