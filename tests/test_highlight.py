"""Highlighting place mentions in an article's text, escaped."""

from __future__ import annotations

import pytest

from dashboard.view.highlight import highlight, marked_count

pytestmark = pytest.mark.unit

TEXT = "Judul\n\nSerangan di Douma dan Homs."
NAMES = {"gn:1": "Douma · Rural Damascus", "gn:2": "Homs · Homs"}


def mention(start, end, pid="gn:1", surface=None):
    return {
        "start": start,
        "end": end,
        "surface": surface if surface is not None else TEXT[start:end],
        "place_id": pid,
        "confidence": 0.9,
    }


DOUMA = mention(19, 24)
HOMS = mention(29, 33, "gn:2")


def test_every_mention_is_marked_with_its_place_id_label_and_confidence():
    html = highlight(TEXT, [DOUMA, HOMS], NAMES)
    assert (
        '<mark class="snm-mention" data-place-id="gn:1" '
        'title="Douma · Rural Damascus · keyakinan 90%">Douma</mark>'
    ) in html
    assert 'data-place-id="gn:2"' in html and ">Homs</mark>" in html


def test_line_breaks_become_br_so_no_blank_line_ends_the_html():
    assert highlight(TEXT, [], NAMES).startswith("Judul<br><br>Serangan")


def test_mentions_of_the_selected_place_stand_out():
    assert 'class="snm-mention snm-selected" data-place-id="gn:2"' in highlight(
        TEXT, [DOUMA, HOMS], NAMES, selected="gn:2"
    )


@pytest.mark.parametrize(
    "bad",
    [
        mention(19, 99),  # past the end of the text
        mention(-1, 3),  # negative offset
        mention(5, 5),  # empty span
        mention(19, 24, surface="Homs"),  # stale: the text at the span is not the surface
    ],
)
def test_unusable_spans_are_left_unmarked(bad):
    assert marked_count(TEXT, [bad]) == 0
    assert "<mark" not in highlight(TEXT, [bad], NAMES)


def test_overlapping_mentions_keep_the_first_longest():
    inner = mention(20, 23, "gn:2")  # "oum" inside "Douma"
    html = highlight(TEXT, [inner, DOUMA], NAMES)
    assert html.count("<mark") == 1 and 'data-place-id="gn:1"' in html


def test_untrusted_text_around_and_inside_mentions_is_escaped():
    text = "<script>alert(1)</script> di <b>Douma</b> ${x}"
    start = text.index("<b>Douma")
    html = highlight(
        text,
        [
            {
                "start": start,
                "end": start + 12,
                "surface": "<b>Douma</b>",
                "place_id": '"><img src=x>',
                "confidence": 1.0,
            }
        ],
        {},
    )
    assert "<script>" not in html and "<b>" not in html and "${" not in html
    assert "&lt;b&gt;Douma&lt;/b&gt;</mark>" in html
    assert 'data-place-id="&quot;&gt;&lt;img src=x&gt;"' in html


def test_a_mention_of_a_place_without_a_label_is_titled_with_its_id():
    # A stale label map must not drop the link: the id still says which place it was read as.
    assert 'title="gn:2 · keyakinan 90%"' in highlight(TEXT, [HOMS], {})


def test_a_hostile_place_label_is_escaped_inside_the_title():
    html = highlight(TEXT, [DOUMA], {"gn:1": '"><script>alert(1)</script> ${x} `'})
    assert "<script>" not in html and "${" not in html
    assert (
        'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &#36;{x} &#96; · keyakinan 90%"'
    ) in html
