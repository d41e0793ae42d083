"""What the mark-words component sends back becomes a span of whole words, or nothing."""

from __future__ import annotations

import pytest

from dashboard.app.marking import MAX_CHARS, selection_span, word_span
from dashboard.store.corrections import Correction

pytestmark = pytest.mark.unit
TEXT = "Konvoi tiba di Deir ez-Zor, lalu 'Jarablus'."


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ({"start": 3, "end": 9}, (3, 9)),
        ({"start": 9, "end": 3}, (3, 9)),  # selected right to left
        ({"start": 0, "end": len(TEXT)}, (0, len(TEXT))),
        ({"start": 3, "end": 3}, None),  # nothing selected
        ({"start": -1, "end": 4}, None),
        ({"start": 2, "end": len(TEXT) + 1}, None),  # past the text
        ({"start": "3", "end": 9}, None),
        ({"start": True, "end": 9}, None),
        ({"end": 9}, None),
        ([3, 9], None),
        (None, None),
    ],
)
def test_only_a_span_inside_the_text_is_taken(value, span):
    assert selection_span(value, len(TEXT)) == span


def words(start: int, end: int) -> str | None:
    span = word_span(TEXT, start, end)
    return TEXT[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        ("Deir ez-Zor", "Deir ez-Zor"),
        ("eir ez-Zo", "Deir ez-Zor"),  # part of a word: the whole word
        (" Deir ez-Zor, ", "Deir ez-Zor"),  # spaces and punctuation around it: dropped
        ("'Jarablus'", "Jarablus"),  # quotes around a name are no part of it
        ("arab", "Jarablus"),
        (", ", None),  # no word
    ],
)
def test_a_selection_becomes_the_whole_words_it_touches(selected, expected):
    start = TEXT.index(selected)
    assert words(start, start + len(selected)) == expected


def test_a_selection_longer_than_a_place_name_is_refused():
    text = "kata " * MAX_CHARS
    assert word_span(text, 0, len(text)) is None
    assert word_span(text, 0, 4) == (0, 4)


def test_an_added_place_knows_where_its_anchor_words_start():
    entry = Correction(None, "a1", "add_place", "Rina", anchor="Jarablus", value="12")
    assert entry.anchor_span == (12, 20)
    assert Correction(None, "a1", "add_place", "Rina", anchor="Jarablus").anchor_span is None
    assert Correction(None, "a1", "set_date", "Rina", value="2020-01-01").anchor_span is None
