"""The app's article panel: the place picker, the cards of the articles in view (only those on
screen are read from the store), the undated ones listed apart, and the opened article.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from dashboard import htmlsafe
from dashboard.app.data import (
    article_detail,
    article_rows,
    columns,
    governorate_names,
    place_choices,
    place_rows,
)
from dashboard.app.state import open_article, place_link
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.store import query
from dashboard.store.query import Selection
from dashboard.view import cards, highlight

PAGE_SIZE = 20


def place_picker(db: str, version: tuple) -> None:
    """Every place the map can show, searchable by typing; choosing one selects it (as a click
    on its pin does), and the selected place is named under it with a button back to all places.

    The picker only chooses: the selection is ``selected_place``, and the picker is emptied
    again once it has chosen. So it is the same element on every rerun of a store version (no
    counts, no value that a map click changes), and Streamlit sends its ~100 KB of names once
    per page; a click that set its value made the browser redraw it, ~40 % of the browser's
    work for a pin click at 100,000 articles."""
    ss = st.session_state
    choices = place_choices(db, version)
    st.selectbox(
        "Tempat (ketik untuk mencari)",
        list(choices),
        index=None,
        key="place_select",
        placeholder="Pilih tempat …",
        format_func=lambda pid: choices.get(pid, pid),
        on_change=_picked,
    )
    selected = ss.get("selected_place")
    if selected:
        name = choices.get(selected, selected)  # a link to a place this store does not have
        st.html(
            f'<div class="snm-selected-place" data-place-id="{htmlsafe.text(selected)}">'
            f"Tempat terpilih: <bdi>{htmlsafe.text(name)}</bdi></div>"
        )
        st.button("Semua tempat", key="clear_place", on_click=_choose, args=(None,))


def _picked() -> None:
    """The picker's callback: select the place chosen in it and frame it, empty the picker."""
    ss = st.session_state
    pid = ss.get("place_select")
    ss["place_select"] = None
    if pid:
        _choose(pid)
        ss["_frame_place"] = True  # chosen by name: show where it is


def _choose(pid: str | None) -> None:
    """Select ``pid`` (``None``: every place) for this run: its articles listed, none open."""
    ss = st.session_state
    ss["selected_place"] = pid
    ss["open_article"] = None
    ss["card_limit"] = PAGE_SIZE


def mappable_places(links: list[PlaceRow]) -> list[PlaceRow]:
    """An article's Syrian places, best confidence first (the card's chips)."""
    own = [p for p in links if p.mappable]
    return sorted(own, key=lambda p: (-p.confidence, p.display_name))


def _cards(db: str, version: tuple, sel: Selection, ids: list[str], selected: str | None) -> None:
    """One card per story (``ids``: the newest copy of each), naming the story's other copies
    ("juga dimuat di: …"), each of which opens from the card."""
    others = _copy_ids(sel.columns, ids)
    wanted = tuple(dict.fromkeys([*ids, *(i for more in others.values() for i in more)]))
    rows = article_rows(db, version, wanted)
    links = place_rows(db, version, tuple(ids))
    names = governorate_names()
    for aid in ids:
        row = rows.get(aid)
        if row is None:
            continue
        copies = [rows[i] for i in others[aid] if i in rows]
        with st.container(border=True):
            chips = mappable_places(links.get(aid, []))
            st.html(cards.card_html(row, chips, selected, names, href=place_link, copies=copies))
            st.button("Buka artikel", key=f"open_{aid}", on_click=open_article, args=(aid,))
            _copy_buttons(aid, copies)


#: A card has a button for each of its story's first copies; "all N copies" shows the rest.
COPY_BUTTONS = 3


def _copy_buttons(aid: str, copies: list[ArticleRow]) -> None:
    """A button opening each copy: the first :data:`COPY_BUTTONS`, or all of them once asked
    (a wire story carried by dozens of outlets would otherwise be dozens of buttons, each a
    widget on every rerun)."""
    ss = st.session_state
    shown = copies if ss.get("all_copies_of") == aid else copies[:COPY_BUTTONS]
    for copy in shown:
        st.button(
            f"Buka salinan: {cards.copy_label(copy)}",
            key=f"copy_{copy.id}_in_{aid}",
            on_click=open_article,
            args=(copy.id,),
        )
    if len(shown) < len(copies):
        st.button(
            f"Semua {len(copies)} salinan",
            key=f"all_copies_{aid}",
            on_click=lambda: ss.__setitem__("all_copies_of", aid),
        )


def _copy_ids(c, ids: list[str]) -> dict[str, list[str]]:
    """Each article's story's other copies (ids, newest first); none for an id not in view."""
    return {
        aid: query.ids_of(c, query.copies(c, c.index[aid])) if aid in c.index else [] for aid in ids
    }


def _open_copies(db: str, version: tuple, article: ArticleRow) -> None:
    """The open article's story's other copies, as on its card: "juga dimuat di: …", each
    openable (the cards' buttons)."""
    others = _copy_ids(columns(db, version), [article.id])[article.id]
    rows = article_rows(db, version, tuple(others)) if others else {}
    copies = [rows[i] for i in others if i in rows]
    if copies:
        st.html(cards.also_in_html(article, copies))
        _copy_buttons(article.id, copies)


def article_list(db: str, version: tuple, sel: Selection) -> None:
    """Cards of the dated stories in view (at the selected place, if any), a page at a time;
    then the undated ones that pass the same filters, apart and counted. A story's card is its
    newest copy in view."""
    ss = st.session_state
    selected = ss.get("selected_place")
    found = sel.at_place(selected, sel.view)
    mask = query.first_of_each_story(sel.columns, found)
    n = int(mask.sum())
    st.caption(f"{n} cerita bertanggal dalam rentang ({int(found.sum())} artikel; salinan sekali)")
    limit = ss.setdefault("card_limit", PAGE_SIZE)
    _cards(db, version, sel, query.ids(sel.columns, mask, 0, limit), selected)
    if n > limit:
        st.button(
            f"Tampilkan {min(PAGE_SIZE, n - limit)} lagi",
            key="more_cards",
            on_click=lambda: ss.__setitem__("card_limit", limit + PAGE_SIZE),
        )
    undated = sel.at_place(selected, sel.undated)
    n_undated = int(undated.sum())
    st.checkbox(f"Tampilkan artikel tanpa tanggal ({n_undated})", key="show_undated")
    if n_undated and ss.get("show_undated"):
        st.caption(f"{n_undated} artikel tanpa tanggal (tidak dihitung di peta dan linimasa)")
        first = query.first_of_each_story(sel.columns, undated)
        _cards(db, version, sel, query.ids(sel.columns, first, 0, PAGE_SIZE), selected)


def listed_mask(sel: Selection) -> np.ndarray:
    """What the list shows: the dated articles in view, plus the undated when they are shown."""
    ss = st.session_state
    return sel.listed(ss.get("selected_place"), bool(ss.get("show_undated")))


def export_rows(db: str, sel: Selection, mask: np.ndarray):
    """(article rows, place links) of the articles in ``mask``, newest first, for the exports."""
    from dashboard.app.data import open_store

    return open_store(db).shown_rows(query.ids(sel.columns, mask))  # corrections applied


def article_view(db: str, version: tuple, article: ArticleRow) -> None:
    """The opened article: header, place chips and its text with every mention highlighted.

    The chips show the article's mappable places, the marks name every place read in it
    (foreign ones and the country too)."""
    links = place_rows(db, version, (article.id,)).get(article.id, [])
    st.button("← Kembali ke daftar", key="close_article", on_click=open_article, args=(None,))
    st.html(cards.article_header_html(article))
    _open_copies(db, version, article)
    names = governorate_names()
    selected = st.session_state.get("selected_place")
    chips = cards.chips_html(mappable_places(links), selected, names, href=place_link)
    if chips:  # an article naming no mappable place has none, and st.html refuses ''
        st.html(chips)
    detail = article_detail(db, version, article.id)
    if detail is None:
        st.error("Artikel ini tidak ada lagi di penyimpanan.")
        return
    text, mentions = detail
    labels = {p.place_id: cards.place_label(p, names) for p in links}
    mappable = {p.place_id for p in links if p.mappable}  # a foreign place is not on the map
    body = highlight.highlight(
        text,
        mentions,
        labels,
        selected=selected,
        href=lambda pid: place_link(pid) if pid in mappable else None,
    )
    st.html(f'<div class="snm-text">{body}</div>')
    st.caption(f"{highlight.marked_count(text, mentions)} sebutan tempat ditandai.")
