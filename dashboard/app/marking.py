"""Marking words in the article's text with the mouse: a small Streamlit component.

The component (``markwords/``: a static ``index.html``, its script and stylesheet, no build step,
shipped as package data) shows the cleaned text, the place mentions already marked, and sends back
the selection as ``{"start", "end"}``, offsets in code points. Its script sets the text as text
nodes, never as HTML. Here the selection is checked and widened to whole words
(:func:`word_span`): that span is what a correction anchors an added place on.
"""

from __future__ import annotations

from pathlib import Path

import streamlit.components.v1 as components

FRONTEND = Path(__file__).resolve().parent / "markwords"
#: Longer selections are not a place name (a sentence dragged over by mistake).
MAX_CHARS = 80
_JOINERS = "'’-"

_component = components.declare_component("snm_mark_words", path=str(FRONTEND))


def mark_words(text: str, mentions: list[dict], key: str) -> tuple[int, int] | None:
    """Show ``text`` to select words in; the selection widened to whole words, else None."""
    marks = sorted({(int(m["start"]), int(m["end"])) for m in mentions})
    value = _component(text=text, marks=[list(m) for m in marks], key=key, default=None)
    span = selection_span(value, len(text))
    return word_span(text, *span) if span else None


def selection_span(value: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` of what the browser sent, or None when it is not a span of the text."""
    if not isinstance(value, dict):
        return None
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int:  # bool is an int, and no offset
        return None
    start, end = min(start, end), max(start, end)
    return (start, end) if 0 <= start < end <= length else None


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _JOINERS


def word_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` widened to the words it touches, without the spaces and punctuation at
    its ends; None when it holds no word or is longer than :data:`MAX_CHARS`."""
    while start < end and not _word_char(text[start]):
        start += 1
    while end > start and not _word_char(text[end - 1]):
        end -= 1
    if start == end:
        return None
    while start > 0 and _word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _word_char(text[end]):
        end += 1
    while start < end and text[start] in _JOINERS:  # a quote or dash around a name is no part
        start += 1
    while end > start and text[end - 1] in _JOINERS:
        end -= 1
    return (start, end) if 0 < end - start <= MAX_CHARS else None
