"""Date evidence and event dates stored compactly (dashboard.store.datepack)."""

from __future__ import annotations

import datetime as dt
import json

from dashboard.model import EventDate, article_text
from dashboard.store import datepack

TEXT = article_text(
    "Serangan di Idlib", "IDLIB - Warga mengungsi, Kamis (22/8/2019), kata aktivis."
)
KAMIS = (TEXT.index("Kamis"), TEXT.index("),") + 1)
EVENTS = (
    EventDate(dt.date(2019, 8, 22), KAMIS, "Kamis (22/8/2019)", "absolute"),
    # a surface that is not the text at its span (and no date) is kept as it was
    EventDate(None, (0, 8), "Senin lalu", "relative"),
)


def test_event_dates_come_back_with_surfaces_left_out_when_the_text_holds_them():
    value = datepack.events_value(EVENTS, TEXT)
    assert json.loads(value) == [
        ["2019-08-22", *KAMIS, "absolute"],
        [None, 0, 8, "relative", "Senin lalu"],
    ]
    assert datepack.events_from(value, TEXT) == EVENTS


def test_event_dates_convert_to_and_from_the_form_before_0010():
    old = datepack.legacy_events(EVENTS)
    assert json.loads(old)[0] == {
        "date": "2019-08-22",
        "span": list(KAMIS),
        "surface": "Kamis (22/8/2019)",
        "kind": "absolute",
    }
    assert datepack.legacy_events_from(old) == EVENTS


def test_evidence_in_the_text_is_stored_as_offsets_and_other_evidence_as_it_is():
    fragment = TEXT[KAMIS[0] - 10 : KAMIS[1] + 5]
    found = datepack.evidence_values(fragment, TEXT)
    assert found["published_evidence"] == ""
    at = (found["published_evidence_start"], found["published_evidence_end"])
    assert datepack.evidence_from("", *at, TEXT) == fragment
    for other in ("2019-08-22", ""):  # an export's date field; no evidence
        kept = datepack.evidence_values(other, TEXT)
        assert kept == {
            "published_evidence": other,
            "published_evidence_start": None,
            "published_evidence_end": None,
        }
        assert datepack.evidence_from(other, None, None, TEXT) == other


def test_candidates_are_left_out_when_the_date_is_the_one_candidate():
    day, other = dt.date(2019, 8, 22), dt.date(2019, 8, 21)
    for candidates, published, stored in (
        ((day,), day, ""),
        ((day, other), day, '["2019-08-22", "2019-08-21"]'),
        ((), day, "[]"),  # an export's date field gives no candidates
        ((), None, "[]"),
    ):
        assert datepack.candidates_value(candidates, published) == stored
        assert datepack.candidates_from(stored, published) == candidates
