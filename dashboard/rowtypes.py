"""Typed rows from the store to the page: what the dashboard reads, as frozen values.

The store's ``article_rows()`` and ``place_rows()`` return these instead of plain dicts, so the
view, the map and the exports read attributes (``row.published``) that a type checker follows,
not string keys with ``or 0.0`` guards. Pure values, no behaviour but a few derived facts.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A publication date below this confidence is an estimate ("perkiraan") wherever it is shown.
SURE_DATE = 0.7
#: Below this (or with a weekday conflict) a date is too doubtful to set the timeline's default
#: range: one wrong guess years away would otherwise stretch it (the dev corpus's wrong estimate
#: scored 0.45; a year inferred from the war's timeline scores 0.65).
RANGE_DATE = 0.5


def is_mappable(in_syria: bool, kind: str, lat: float | None, lon: float | None) -> bool:
    """The one rule for what the map draws: a Syrian place below the country, with coordinates."""
    return in_syria and kind != "country" and lat is not None and lon is not None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article as the dashboard lists it (no body: the open article reads it on demand)."""

    id: str
    title: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, None when undated
    published_confidence: float = 0.0
    published_method: str = "none"
    weekday_conflict: bool = False
    date_note: str = ""
    path: str = ""
    focus_place_id: str | None = None
    n_places: int = 0
    date_correction: int | None = None  # the analyst's correction that set the date, if any
    corrections: tuple[int, ...] = ()  # the corrections in force on this article
    story_id: str | None = None  # near-duplicates share one (dashboard.store.stories)

    @property
    def story(self) -> str:
        """The story this article belongs to: its own id until it is grouped."""
        return self.story_id or self.id

    @property
    def estimated(self) -> bool:
        """A date the reader should double-check: low confidence or a weekday conflict."""
        if not self.published:
            return False
        return self.weekday_conflict or self.published_confidence < SURE_DATE


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One article's link to one place, with the place's fields copied (no gazetteer needed)."""

    article_id: str
    place_id: str
    name: str
    kind: str = "populated_place"
    lat: float | None = None
    lon: float | None = None
    in_syria: bool = True
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    geonames_id: int | None = None
    radius_km: float | None = None
    confidence: float = 0.0
    qualifier: str | None = None
    is_focus: bool = False
    n_mentions: int = 0
    name_id: str | None = None  # the reviewed Indonesian name, when the gazetteer has one
    correction: int | None = None  # the analyst's correction that put or confirmed it
    confirmed: bool = False  # analyst-confirmed (see dashboard.store.corrections)

    @property
    def display_name(self) -> str:
        """The name shown: Indonesian where reviewed, else the stored name, else the id."""
        return self.name_id or self.name or self.place_id

    @property
    def mappable(self) -> bool:
        """Syrian places below the country with coordinates; foreign places never reach the map."""
        return is_mappable(self.in_syria, self.kind, self.lat, self.lon)
