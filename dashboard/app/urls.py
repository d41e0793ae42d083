"""The "add from URL" box beside the uploader: fetch pages, extract, geotag and store them.

The only part of the dashboard that goes online, and only when the button is pressed; the
fetching, extraction and ingest are `collect`'s (robots.txt obeyed, one message per URL).
"""

from __future__ import annotations

import streamlit as st

from dashboard.app.data import open_store
from dashboard.htmlsafe import plain_markdown


def url_panel(db: str) -> None:
    ss = st.session_state
    with st.form("add_urls", clear_on_submit=False, border=False):
        text = st.text_area(
            "Tambah dari URL (satu per baris; perlu internet)",
            key="url_box",
            height=80,
            placeholder="https://…",
        )
        pressed = st.form_submit_button("Ambil artikel", key="url_submit")
    if pressed:
        ss["_url_messages"] = _add(text, db)
    for ok, message in ss.get("_url_messages", []):
        (st.success if ok else st.error)(plain_markdown(message))  # text, never Markdown


def _add(text: str, db: str) -> list[tuple[bool, str]]:
    from dashboard.collect.single import add_urls, split_urls

    urls, bad = split_urls(text)
    messages = [(False, f"{word[:80]}: bukan URL http(s)") for word in bad]
    if not urls:
        return messages or [(False, "Tidak ada URL.")]
    bar = st.progress(0.0, text=f"0/{len(urls)} halaman")
    done = []

    def step(url: str) -> None:
        done.append(url)
        bar.progress(len(done) / len(urls), text=f"{len(done)}/{len(urls)} halaman")

    try:
        outcomes = add_urls(urls, open_store(db), on_page=step)
    except Exception as exc:  # a store or network failure: say so, lose nothing
        return [*messages, (False, f"Gagal mengambil: {type(exc).__name__}: {exc}")]
    return messages + [(o.ok, o.message) for o in outcomes]
