"""Two analysts correcting one article at once, in two Chromium browser contexts against the real
``serve --edit`` (on localhost: a reviewer name each). The second save, made on the version
before the first one's, is refused; that page then shows the first one's entry, and its next
save lands: both entries are in the log, nothing lost.
"""

from __future__ import annotations

import pytest
from e2e_helpers import (
    DashboardServer,
    PageWatch,
    guarded_context,
    script_idle,
    visible,
    watch_page,
)

from dashboard.store.archive import Store

pytestmark = pytest.mark.e2e
TIMEOUT_MS = 90_000
SAVED_MS = 30_000  # a save's rerun on a loaded 2-core CI host: well over expect's 5 s default


class EditingServer(DashboardServer):
    def command(self) -> list[str]:
        return [*super().command(), "--edit"]


@pytest.fixture(scope="module")
def served(browser, tmp_path_factory):
    from dashboard.cli import SEEDS_DIR
    from dashboard.pipeline import ingest_paths

    folder = tmp_path_factory.mktemp("e2e-corrections")
    db = folder / "store.sqlite"
    store = Store(str(db))
    ingest_paths([SEEDS_DIR], store)
    rows = {r.id: r for r in store.article_rows()}
    places = [p for p in store.place_rows() if p.mappable]
    assert places, "the seeds name mappable places"
    with EditingServer(db=db, log=folder / "serve.log") as server:
        yield server.url, store, rows[places[0].article_id], places[0]
    store.close()


def open_as(browser, url: str, article_id: str, reviewer: str, watch: PageWatch):
    from playwright.sync_api import expect

    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch_page(page, watch)
    page.goto(f"{url}?article={article_id}", timeout=TIMEOUT_MS)
    name = page.get_by_label("Nama peninjau (untuk log koreksi)")
    expect(name).to_be_visible()
    name.fill(reviewer)
    name.press("Enter")
    expect(page.get_by_role("button", name="Hapus tempat")).to_be_visible()
    script_idle(page)
    return context, page


def choose_place(page, place_id: str) -> None:
    """Pick the place in "Tempat di artikel" (each option ends with its place id)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    option = page.get_by_role("option").filter(has_text=f"· {place_id}")
    for _ in range(5):  # a rerun still under way may close the list just opened: open it again
        page.get_by_label("Tempat di artikel").click()
        try:
            option.wait_for(state="visible", timeout=10_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    option.click()
    expect(page.get_by_role("button", name="Hapus tempat")).to_be_enabled()
    script_idle(page)


def test_two_analysts_correcting_one_article_at_once_lose_nothing(browser, served):
    from playwright.sync_api import expect

    url, store, article, place = served
    watch = PageWatch()
    (c1, first), (c2, second) = (
        open_as(browser, url, article.id, name, watch) for name in ("Rina", "Budi")
    )
    try:
        choose_place(first, place.place_id)
        choose_place(second, place.place_id)
        second.get_by_role("button", name="Tetapkan fokus").click()
        expect(visible(second.locator(".snm-log"))).to_have_count(1, timeout=SAVED_MS)
        assert [e.reviewer for e in store.corrections()] == ["Budi"]
        # Rina's page still shows the version before Budi's entry: her save is refused ...
        first.get_by_role("button", name="Hapus tempat").click()
        refused = first.get_by_text("analis lain baru saja mengoreksi")
        expect(refused).to_be_visible(timeout=SAVED_MS)
        budi = first.locator(".snm-log", has_text="Budi")
        expect(budi).to_have_count(1, timeout=SAVED_MS)
        expect(budi).to_contain_text("tetapkan fokus")  # ... and now shows what Budi did
        assert [e.reviewer for e in store.corrections()] == ["Budi"]
        script_idle(first)  # the refused save's rerun has drawn the whole page
        first.get_by_role("button", name="Hapus tempat").click()  # on the version it now shows
        expect(first.get_by_text("Tersimpan: hapus tempat")).to_be_visible(timeout=SAVED_MS)
        expect(visible(first.locator(".snm-log"))).to_have_count(2, timeout=SAVED_MS)
        log = store.corrections()
        assert [(e.reviewer, e.action) for e in log] == [
            ("Budi", "set_focus"),
            ("Rina", "remove_place"),
        ]
        # Budi's page, reloaded, shows Rina's entry and no chip for the removed place.
        second.reload()
        expect(second.locator(".snm-log", has_text="Rina")).to_have_count(1, timeout=SAVED_MS)
        chip = second.locator(f'.snm-chip[data-place-id="{place.place_id}"]')
        expect(chip).to_have_count(0)
        assert watch.dialogs == [] and watch.page_errors == []
    finally:
        c1.close()
        c2.close()
