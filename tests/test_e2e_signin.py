"""Editing off localhost, in Chromium against the real ``serve --edit --address 0.0.0.0`` with an
accounts file: a visitor who has not signed in sees the article and its correction log but no
control to correct with; an editor who signs in (streamlit-authenticator's form in the sidebar)
gets the form and saves a correction, logged under the account's name; and signing in draws the
article panel in one place through every run it causes (no faded stale copy beside it).
"""

from __future__ import annotations

import datetime as dt

import pytest
from e2e_helpers import DashboardServer, PageWatch, guarded_context, watch_page
from test_app import DOUMA, _article
from test_app_corrections import accounts

from dashboard.store.archive import Store

pytestmark = pytest.mark.e2e
TIMEOUT_MS = 90_000
PASSWORD = "rahasia-panjang"  # noqa: S105 - the test account's, see test_app_corrections.accounts
CONTROLS = ("Hapus tempat", "Tetapkan fokus", "Tambah hasil cari", "Simpan tanggal")


class SharedServer(DashboardServer):
    """``serve --edit`` on every interface: editors must sign in."""

    editors: str = ""

    def command(self) -> list[str]:
        everywhere = "0.0.0.0"  # noqa: S104 - the point of the test: serving off localhost
        return [*super().command(), "--edit", "--address", everywhere, "--editors", self.editors]


@pytest.fixture(scope="module")
def served(browser, tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e-signin")
    db = folder / "store.sqlite"
    store = Store(str(db))
    text = "Pesawat menyerang Douma pagi ini."
    store.save(
        [_article("d1", "Serangan", text, [(DOUMA, "Douma")], published=dt.date(2018, 3, 1))]
    )
    server = SharedServer(db=db, log=folder / "serve.log")
    server.editors = str(accounts(folder))
    with server:
        yield server.url, store
    store.close()


def open_article(browser, url: str, watch: PageWatch):
    from playwright.sync_api import expect

    context = guarded_context(browser, watch, viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    watch_page(page, watch)
    page.goto(f"{url}?article=d1", timeout=TIMEOUT_MS)
    expect(page.get_by_role("button", name="← Kembali ke daftar")).to_be_visible()
    expect(page.get_by_label("Username")).to_be_visible()  # the sign-in form, in the sidebar
    return context, page


def assert_no_controls(page) -> None:
    from playwright.sync_api import expect

    for name in CONTROLS:
        expect(page.get_by_role("button", name=name)).to_have_count(0)
    expect(page.get_by_text("Koreksi analis")).to_have_count(0)
    expect(page.get_by_label("Nama peninjau (untuk log koreksi)")).to_have_count(0)
    expect(page.locator('iframe[title$="snm_mark_words"]')).to_have_count(0)


#: On every change of the page: the copies of the open article's header on screen (faded stale
#: ones included; the largest count seen), the main area's top-level element holding each (every
#: distinct element seen: a run that draws the panel where the last one did keeps that element),
#: and when a script run was last seen.
PANEL_COPIES_JS = """() => {
    window.__snmMaxPanels = 0;
    window.__snmPanelHolders = [];
    window.__snmLastRun = performance.now();
    const app = document.querySelector('[data-testid="stApp"]');
    const count = () => {
        const heads = document.querySelectorAll('.snm-card[data-article-id="d1"] h3');
        window.__snmMaxPanels = Math.max(window.__snmMaxPanels, heads.length);
        const main = document.querySelector(
            '[data-testid="stMain"] [data-testid="stVerticalBlock"]');
        heads.forEach(h => {
            let e = h;
            while (e && e.parentElement !== main) { e = e.parentElement; }
            if (!window.__snmPanelHolders.includes(e)) { window.__snmPanelHolders.push(e); }
        });
        if (app.getAttribute('data-test-script-state') !== 'notRunning') {
            window.__snmLastRun = performance.now();
        }
    };
    count();
    new MutationObserver(count).observe(document.body, {subtree: true, childList: true,
                                                        attributes: true});
}"""
#: True once no script run has been seen for 3 s: every run the sign-in causes is over (the
#: cookie it sets comes back as one more run).
SETTLED_JS = """() => document.querySelector('[data-testid="stApp"]')
    .getAttribute('data-test-script-state') === 'notRunning'
    && performance.now() - window.__snmLastRun > 3000"""


def test_a_visitor_not_signed_in_sees_no_controls_and_a_signed_in_editor_saves(browser, served):
    from playwright.sync_api import expect

    url, store = served
    watch = PageWatch()
    visitor, page = open_article(browser, url, watch)
    editor, other = open_article(browser, url, watch)
    try:
        assert_no_controls(page)
        other.get_by_label("Username").fill("rina")
        other.get_by_role("textbox", name="Password").fill("salah-sekali")
        other.get_by_role("button", name="Login").click()
        expect(other.get_by_text("Nama pengguna atau kata sandi salah.")).to_be_visible()
        assert_no_controls(other)  # a wrong password opens nothing
        other.evaluate(PANEL_COPIES_JS)
        other.get_by_role("textbox", name="Password").fill(PASSWORD)
        other.get_by_role("button", name="Login").click()
        expect(other.get_by_text("Masuk sebagai")).to_be_visible()
        # Signing in takes more than one run (the cookie it sets comes back as one more): a
        # picker opened while a run is still coming is closed by it.
        other.wait_for_function(SETTLED_JS, polling=250)
        other.get_by_label("Tempat di artikel").click()
        other.get_by_role("option").filter(has_text=f"· {DOUMA.id}").click()
        other.get_by_role("button", name="Tetapkan fokus").click()
        expect(other.locator(".snm-log", has_text="rina")).to_have_count(1)
        (entry,) = store.corrections()
        assert (entry.reviewer, entry.action, entry.place_id) == ("rina", "set_focus", DOUMA.id)
        page.reload()  # the visitor now sees the entry in the log, and still no control
        expect(page.locator(".snm-log", has_text="rina")).to_have_count(1)
        assert_no_controls(page)
        expect(page.get_by_role("button", name=f"Batalkan #{entry.id}")).to_have_count(0)
        assert watch.dialogs == [] and watch.page_errors == [] and watch.forbidden_outside() == []
    finally:
        visitor.close()
        editor.close()


def test_signing_in_draws_the_article_panel_once_never_a_stale_copy_beside_it(browser, served):
    from playwright.sync_api import expect

    url, _store = served
    watch = PageWatch()
    context, page = open_article(browser, url, watch)
    try:
        page.evaluate(PANEL_COPIES_JS)
        page.get_by_label("Username").fill("rina")
        page.get_by_role("textbox", name="Password").fill(PASSWORD)
        page.get_by_role("button", name="Login").click()
        expect(page.get_by_role("button", name="Tetapkan fokus")).to_have_count(1)
        page.wait_for_function(SETTLED_JS, polling=250)
        expect(page.get_by_role("button", name="Tetapkan fokus")).to_have_count(1)
        # The runs of the sign-in drew the panel in one place, so it stayed one element (before,
        # the run that signed in drew it two places further down and the next one back: new
        # elements each time, and a faded copy beside the new one while a run drew it).
        assert page.evaluate("() => window.__snmPanelHolders.length") == 1
        assert page.evaluate("() => window.__snmMaxPanels") == 1
        assert watch.page_errors == [] and watch.forbidden_outside() == []
    finally:
        context.close()
