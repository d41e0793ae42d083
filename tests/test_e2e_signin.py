"""Editing off localhost, in Chromium against the real ``serve --edit --address 0.0.0.0`` with an
accounts file: a visitor who has not signed in sees the article and its correction log but no
control to correct with; an editor who signs in (streamlit-authenticator's form in the sidebar)
gets the form and saves a correction, logged under the account's name.
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
        other.get_by_role("textbox", name="Password").fill(PASSWORD)
        other.get_by_role("button", name="Login").click()
        expect(other.get_by_text("Masuk sebagai")).to_be_visible()
        # Signing in takes more than one run, and while a run draws the panel Streamlit keeps
        # the previous run's copy on the page, marked stale: act on the current run's widgets.
        current = other.locator('[data-testid="stElementContainer"][data-stale="false"]')
        current.get_by_label("Tempat di artikel").click()
        other.get_by_role("option").filter(has_text=f"· {DOUMA.id}").click()
        current.get_by_role("button", name="Tetapkan fokus").click()
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
