"""Analysts' corrections in the page: who may correct, the correction form and the log.

Read-only unless ``serve --edit`` switched editing on (``SYRIA_NEWS_EDIT=1``, see
:mod:`dashboard.editors_cli`). Served on this machine only (``SYRIA_NEWS_EDIT_LOCAL=1``), a
reviewer name is enough; anywhere else an editor signs in with streamlit-authenticator against
the accounts (bcrypt hashes) in ``SYRIA_NEWS_EDITORS``. Every save asks :func:`editor` again on
the server, whatever the page sent, and names the signed-in account as the reviewer. A save is
made against the article's review version the page showed: if someone corrected the article
meanwhile, nothing is saved and the page shows their entries first.

Story corrections ("same story" as another article, "split" out of the machine's story) are
buttons of the same form; :func:`dashboard.store.corrections.story_ids` applies them.
"""

from __future__ import annotations

import os

import streamlit as st

from dashboard import htmlsafe
from dashboard.app import review_form
from dashboard.app.data import open_store
from dashboard.errors import StoreError
from dashboard.rowtypes import ArticleRow

ACTION_LABELS = {
    "remove_place": "hapus tempat",
    "replace_place": "ganti tempat",
    "add_place": "tambah tempat",
    "set_date": "ubah tanggal",
    "set_focus": "tetapkan fokus",
    "same_story": "gabungkan cerita dengan",
    "split_story": "pisahkan dari cerita",
    "undo": "batalkan",
}
STYLE = """<style>
.snm-log { font-size: .85rem; border-left: 3px solid #999; padding: .1rem .5rem; margin: .2rem 0; }
.snm-log[data-status="stale"] { border-color: #b26a00; }
.snm-log[data-status="undone"] { color: #777; text-decoration: line-through; }
.snm-fix-msg { padding: .4rem .6rem; border-radius: .3rem; margin: .3rem 0; }
.snm-fix-msg.snm-success { background: #e8f5e9; } .snm-fix-msg.snm-warning { background: #fff3e0; }
.snm-fix-msg.snm-error { background: #ffebee; }
</style>"""


def editing_on() -> bool:
    return os.environ.get("SYRIA_NEWS_EDIT") == "1"


def is_local() -> bool:
    return os.environ.get("SYRIA_NEWS_EDIT_LOCAL") == "1"


def _accounts_path() -> str | None:
    return os.environ.get("SYRIA_NEWS_EDITORS") or None


def _authenticator():
    import streamlit_authenticator as stauth
    import yaml

    path = _accounts_path() or ""
    with open(path, encoding="utf-8") as f:
        cookie = yaml.safe_load(f)["cookie"]
    return stauth.Authenticate(path, cookie["name"], cookie["key"], cookie.get("expiry_days", 1))


def _account_names() -> set[str]:
    import yaml

    path = _accounts_path()
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        config = yaml.safe_load(f) or {}
    return set((config.get("credentials") or {}).get("usernames") or {})


def editor() -> str | None:
    """Who may correct in this session now: None when nobody may. Off localhost only a session
    the authenticator signed in, as an account that is in the accounts file now."""
    ss = st.session_state
    if not editing_on():
        return None
    if is_local():
        return (ss.get("reviewer") or "").strip()[:80] or None
    name = ss.get("username")
    if ss.get("authentication_status") is True and name in _account_names():
        return name
    return None


def sign_in_panel() -> None:
    """Editing on, off localhost: the sign-in form in the sidebar (or who is signed in)."""
    if not editing_on() or is_local():
        return
    if not _accounts_path():
        st.sidebar.caption("Koreksi dimatikan: tidak ada berkas akun editor.")
        return
    auth = _authenticator()
    auth.login(location="sidebar", key="editor_login")
    if st.session_state.get("authentication_status"):
        who = htmlsafe.isolated(st.session_state.get("username"))
        st.sidebar.html(f'<div class="snm-meta">Masuk sebagai {who}</div>')
        auth.logout("Keluar", location="sidebar", key="editor_logout")
    elif st.session_state.get("authentication_status") is False:
        st.sidebar.error("Nama pengguna atau kata sandi salah.")


def save(db: str, version: int, **fields) -> None:
    """Button callback: append one correction, as the session's editor, against ``version``."""
    from dashboard.store.corrections import Correction
    from dashboard.store.review import StaleVersionError

    ss = st.session_state
    who = editor()
    if who is None:  # checked here, on the server: a crafted request changes nothing
        ss["_fix_message"] = ("error", "Koreksi hanya untuk editor yang sudah masuk.")
        return
    store = open_store(db)
    try:
        anchor, at = fields.get("anchor"), fields.get("value")
        if anchor and not review_form.anchor_in_text(store, fields["article_id"], anchor, at):
            raise ValueError(f"kata {anchor!r} tidak ada di teks artikel")
        entry = Correction(id=None, reviewer=who, reason=ss.get("fix_reason", "")[:500], **fields)
        store.correct(entry, version)
        ss["_fix_message"] = ("success", f"Tersimpan: {ACTION_LABELS[entry.action]}.")
    except StaleVersionError:
        ss["_fix_message"] = (
            "warning",
            "Tidak tersimpan: analis lain baru saja mengoreksi artikel ini (lihat log di bawah, "
            "entri terbaru di atas). Periksa lagi, lalu simpan bila masih perlu.",
        )
        ss["_fix_conflict"] = ss.get("_fix_last_seen", 0)
    except (StoreError, ValueError) as exc:
        ss["_fix_message"] = ("warning", f"Tidak tersimpan: {exc}")


def _message() -> None:
    kind, message = st.session_state.pop("_fix_message", (None, None))
    if message:  # st.html, not st.warning: the text may hold a reviewer's words
        st.html(f'<div class="snm-fix-msg snm-{kind}" role="status">{htmlsafe.text(message)}</div>')


def panel(db: str, version: tuple, article: ArticleRow) -> None:
    """The correction form (for an editor) and the article's log (for everyone)."""
    st.html(STYLE)
    ss = st.session_state
    if ss.get("_fix_article") != article.id:  # another article: its own form, nothing carried
        for key in [k for k in ss if isinstance(k, str) and k.startswith("fix_")]:
            del ss[key]
        ss["_fix_article"] = article.id
    store = open_store(db)
    seen = store.review_version(article.id)
    _message()
    if editing_on() and is_local():
        st.text_input("Nama peninjau (untuk log koreksi)", key="reviewer", max_chars=80)
    who = editor()
    if who is not None:
        with st.expander("Koreksi analis", expanded=True):
            review_form.form(db, version, seen, article, save)
    conflict = st.session_state.pop("_fix_conflict", None)
    log = store.correction_log(article.id)
    st.session_state["_fix_last_seen"] = max((e.id or 0 for e, _ in log), default=0)
    _log(db, seen, log, who is not None, article, conflict)


def _log(db: str, seen: int, log: list, may_undo: bool, article: ArticleRow, since) -> None:
    if not log:
        return
    st.markdown("**Log koreksi**")
    entries = list(log)
    if since is not None:  # a refused save: the others' newer entries first
        entries.sort(key=lambda pair: (pair[0].id or 0) <= since)
    for entry, status in entries:
        what = ACTION_LABELS[entry.action]
        target = entry.place_id or entry.value or (f"#{entry.undoes}" if entry.undoes else "")
        if entry.action == "set_date" and not entry.value:
            target = "tanpa tanggal"
        when = entry.created_at.strftime("%Y-%m-%d %H:%M") if entry.created_at else ""
        reason = f" — {htmlsafe.isolated(entry.reason)}" if entry.reason else ""
        new = " · <b>baru</b>" if since is not None and (entry.id or 0) > since else ""
        st.html(
            f'<div class="snm-log" data-correction="{entry.id}" '
            f'data-status="{htmlsafe.text(status.split(":")[0])}">#{entry.id} {htmlsafe.text(when)}'
            f" · {htmlsafe.isolated(entry.reviewer)} · {htmlsafe.text(what)} "
            f"{htmlsafe.isolated(target)}{reason} · <b>{htmlsafe.text(status)}</b>{new}</div>"
        )
        if may_undo and status == "applied" and entry.action != "undo":
            st.button(
                f"Batalkan #{entry.id}",
                key=f"undo_{entry.id}",
                on_click=save,
                args=(db, seen),
                kwargs={**review_form.base(article), "action": "undo", "undoes": entry.id},
            )
