"""A map click is applied in streamlit-folium's on_change callback, before the rerun it causes.

The callback reads the last run's places from session state and sets the place to select, so the
rerun that follows shows it (the panel drawn before the map shows it)."""

from __future__ import annotations

import pytest
import streamlit

from dashboard.app import panels
from dashboard.map.data import PlaceSummary

pytestmark = pytest.mark.unit

PLACES = [PlaceSummary("gn:1", "Douma", "populated_place", 33.57, 36.40, None, None, None, 1)]
POPUP = "Douma\n3 artikel\nID tempat: gn:1"


@pytest.fixture
def session(monkeypatch):
    state: dict = {"_map_context": (PLACES, None)}
    monkeypatch.setattr(streamlit, "session_state", state)
    return state


@pytest.mark.parametrize(
    ("before", "click", "pending"),
    [
        ({}, {"last_object_clicked_popup": POPUP}, "gn:1"),  # a new click selects the place
        ({"selected_place": "gn:1"}, {"last_object_clicked_popup": POPUP}, None),  # already chosen
        ({}, {"last_object_clicked": {"lat": 30.0, "lng": 30.0}}, None),  # no place there
        ({}, None, None),  # the component's first value: nothing clicked
    ],
)
def test_the_callback_sets_the_place_for_the_next_run(session, before, click, pending):
    session.update(before, map=click)
    panels._on_map_change()
    assert session.get("_pending_place") == pending


def test_the_run_after_the_callback_does_not_apply_the_click_again(session):
    session["map"] = {"last_object_clicked_popup": POPUP}
    panels._on_map_change()
    session.pop("_pending_place")  # the run consumed it before the picker
    assert panels._apply_click(session["map"], PLACES, None) is False
    assert "_pending_place" not in session


def test_no_context_yet_means_nothing_happens(session):
    session.pop("_map_context")
    session["map"] = {"last_object_clicked_popup": POPUP}
    panels._on_map_change()
    assert "_pending_place" not in session
