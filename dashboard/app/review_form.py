"""The correction form of :mod:`dashboard.app.review`: remove, replace or add a place (found in
the gazetteer by name, or from words marked in the article's text), set the focus, fix the date,
join the article to another article's story or split it out of its story.

Every button hands its correction to ``on_save`` (``review.save``), which checks the editor and
the review version on the server; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import streamlit as st

from dashboard import htmlsafe
from dashboard.app import marking
from dashboard.app.data import article_detail, gazetteer, place_rows
from dashboard.errors import GazetteerError
from dashboard.rowtypes import ArticleRow

#: Capitalised word runs in a text: what a place name the geotagger missed looks like.
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?:[ -](?:al-|el-|ad-|as-|ar-)?[A-Z][\w'’-]+)*")
MAX_WORDS = 300


def base(article: ArticleRow) -> dict:
    from dashboard.store.corrections import article_key

    key = article_key({"id": article.id, "url": article.url, "path": article.path})
    return {"article_id": article.id, "article_key": key}


def anchor_in_text(store, article_id: str, anchor: str, start: str | None = None) -> bool:
    """Are the anchor's words in the article's text (at ``start``, when it is given)?"""
    found = store.article(article_id)
    if found is None:
        return False
    if start is None:
        return anchor in found.text
    return start.isdigit() and found.text[int(start) : int(start) + len(anchor)] == anchor


def unmarked_names(text: str, mentions: list[dict]) -> list[str]:
    """Capitalised word runs of ``text`` that no mention covers (nor names anywhere), in order,
    each once."""
    return list(unmarked_names_at(text, mentions))


def unmarked_names_at(text: str, mentions: list[dict]) -> dict[str, int]:
    """:func:`unmarked_names`, each with where its first unmarked occurrence starts."""
    marked = [(m["start"], m["end"]) for m in mentions]
    surfaces = {text[s:e] for s, e in marked}
    out: dict[str, int] = {}
    for m in _NAME_RUN.finditer(text):
        overlaps = any(s < m.end() and m.start() < e for s, e in marked)
        if not overlaps and m.group(0) not in surfaces:
            out.setdefault(m.group(0), m.start())
        if len(out) >= MAX_WORDS:
            break
    return out


def form(db: str, version: tuple, seen: int, article: ArticleRow, on_save: Callable) -> None:
    links = place_rows(db, version, (article.id,)).get(article.id, [])
    here = base(article)

    def button(label: str, key: str, disabled: bool = False, **fields) -> None:
        st.button(
            label,
            key=key,
            disabled=disabled,
            on_click=on_save,
            args=(db, seen),
            kwargs={**here, **fields},
        )

    st.text_input("Alasan (opsional)", key="fix_reason", max_chars=500)
    labels = {p.place_id: f"{p.display_name} · {p.place_id}" for p in links}
    chosen = st.selectbox(
        "Tempat di artikel",
        list(labels),
        format_func=lambda pid: labels.get(pid, pid),
        key="fix_place",
        index=None,
        placeholder="Pilih tempat yang dikoreksi",
    )
    anchor, anchor_at = _marked_words(db, version, article) or (None, None)
    found = _search(anchor)
    cols = st.columns(3)
    with cols[0]:
        button("Hapus tempat", "fix_remove", chosen is None, action="remove_place", place_id=chosen)
    with cols[1]:
        button("Tetapkan fokus", "fix_focus", chosen is None, action="set_focus", place_id=chosen)
    with cols[2]:
        button(
            "Ganti dengan hasil cari",
            "fix_replace",
            not (chosen and found),
            action="replace_place",
            place_id=chosen,
            place=found,
        )
    place_id = (found or {}).get("place_id")
    button("Tambah hasil cari", "fix_add", not found, action="add_place", place=found,
           place_id=place_id, anchor=anchor, value=anchor_at)  # fmt: skip
    _date_buttons(article, button)
    _story_buttons(article, button)


def _marked_words(db: str, version: tuple, article: ArticleRow) -> tuple[str, str] | None:
    """Words of the text to anchor an added place on, and where they start (they must stay in
    the text, or the correction is shown as stale): selected with the mouse in the text, or
    picked from the capitalised words no mark covers (the keyboard's way). The newer choice
    wins. Choosing them also searches the gazetteer for them."""
    detail = article_detail(db, version, article.id)
    if detail is None:
        return None
    text, mentions = detail
    ss = st.session_state
    st.caption("Tempat yang terlewat: pilih katanya dengan mouse di teks ini, atau dari daftar.")
    span = marking.mark_words(text, mentions, key=f"fix_mark_{article.id}")
    if span != ss.get("fix_mark_seen"):  # a new selection by mouse: it replaces the list's pick
        ss["fix_mark_seen"] = ss["fix_span"] = span
        ss["fix_anchor"] = None
    names = unmarked_names_at(text, mentions)
    picked = st.selectbox(
        "Kata di teks yang menyebut tempat (belum ditandai)",
        list(names),
        index=None,
        key="fix_anchor",
        placeholder="Pilih kata dari teks (opsional)",
        on_change=lambda: ss.__setitem__("fix_span", None),
    )
    if picked:
        return picked, str(names[picked])
    span = ss.get("fix_span")
    if not span:
        return None
    words = text[span[0] : span[1]]
    st.html(f'<div class="snm-meta">Kata ditandai: {htmlsafe.isolated(words)}</div>')
    return words, str(span[0])


def _search(anchor: str | None) -> dict | None:
    """Gazetteer search by name; the chosen place's fields (as a correction carries them)."""
    from dashboard.geo.placesearch import search_places
    from dashboard.store.corrections import place_fields

    query = st.text_input("Cari tempat di gazeter", key="fix_search", max_chars=100)
    query = query.strip() or (anchor or "")
    if not query:
        return None
    try:
        gaz = gazetteer()
    except GazetteerError:
        st.caption("Gazeter tidak dapat dibaca: tempat tidak dapat dicari.")
        return None
    hits = search_places(gaz, query)
    if not hits:
        st.caption("Tidak ada tempat dengan nama itu di gazeter.")
        return None
    labels = {p.id: f"{p.display_name} · {p.admin1 or p.kind} · {p.id}" for p in hits}
    pick = st.selectbox("Hasil", list(labels), format_func=labels.__getitem__, key="fix_pick")
    return place_fields(gaz.get(pick)) if pick else None


def _date_buttons(article: ArticleRow, button: Callable) -> None:
    day = dt.date.fromisoformat(article.published[:10]) if article.published else None
    picked = st.date_input(
        "Tanggal terbit",
        value=day,
        key="fix_date",
        format="DD/MM/YYYY",
        min_value=dt.date(1990, 1, 1),
        max_value=dt.date.today() + dt.timedelta(days=1),
    )
    value = picked.isoformat() if isinstance(picked, dt.date) else None
    left, right = st.columns(2)
    with left:
        button("Simpan tanggal", "fix_set_date", value is None, action="set_date", value=value)
    with right:
        button("Tanpa tanggal", "fix_no_date", not article.published, action="set_date", value="")


def _story_buttons(article: ArticleRow, button: Callable) -> None:
    """Same story as another article (named by its URL, file or id), or out of its story."""
    other = st.text_input(
        "Cerita yang sama dengan artikel (URL, file, atau id)", key="fix_same", max_chars=2000
    ).strip()
    left, right = st.columns(2)
    with left:
        button(
            "Gabungkan cerita",
            "fix_same_story",
            not other or other in (article.id, article.url, article.path),
            action="same_story",
            value=other or None,
        )
    with right:
        button("Pisahkan dari cerita", "fix_split_story", action="split_story")
