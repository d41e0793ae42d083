"""Analysts' corrections, applied on top of the machine's rows (pure functions, no I/O).

A correction is one entry of an append-only log: who, when, what, why. Kinds:

* ``remove_place`` (``place_id``): the place is not in the article;
* ``replace_place`` (``place_id`` → ``place``): the right gazetteer place instead;
* ``add_place`` (``place``, optional ``anchor``: the words of the article that name it, and
  ``value``: where they start in its text, in characters, when the page knew it);
* ``set_date`` (``value``: an ISO date, or empty for "no date");
* ``set_focus`` (``place_id``);
* ``same_story`` (``value``: the other article's key, or id): the two articles' stories are one;
* ``split_story``: the article leaves the story it was grouped into and is a story of its own;
* ``undo`` (``undoes``: the id of an earlier entry; undoing an undo brings the entry back).

The two story kinds act on the machine's grouping (``story_id``, see
:mod:`dashboard.store.stories`) through :func:`story_ids`.

Corrections are kept apart from the machine's output and applied when rows are read, so they
last through a re-geotag, and through a re-ingest: an article whose content changed (a new id)
gets the corrections of its earlier version by its key (its URL, else where it was read). A
correction that no longer fits (its place or anchor text is gone) is *stale*: listed with the
reason, never dropped, and not applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

ACTIONS = (
    "remove_place",
    "replace_place",
    "add_place",
    "set_date",
    "set_focus",
    "same_story",
    "split_story",
    "undo",
)
STORY_ACTIONS = ("same_story", "split_story")
#: The Place fields a correction carries for the place it adds (the store needs no gazetteer).
PLACE_FIELDS = (
    "place_id",
    "name",
    "kind",
    "lat",
    "lon",
    "in_syria",
    "admin1",
    "admin1_pcode",
    "admin2",
    "geonames_id",
    "radius_km",
)


@dataclass(frozen=True, slots=True)
class Correction:
    id: int | None
    article_id: str
    action: str
    reviewer: str
    article_key: str = ""
    place_id: str | None = None
    place: Mapping | None = None  # PLACE_FIELDS of the place added or put in
    anchor: str | None = None
    value: str | None = None
    undoes: int | None = None
    reason: str = ""
    created_at: dt.datetime | None = None

    @property
    def anchor_span(self) -> tuple[int, int] | None:
        """(start, end) of an added place's anchor words in the text they were marked in."""
        if self.action != "add_place" or not self.anchor or not (self.value or "").isdigit():
            return None
        start = int(self.value or 0)
        return start, start + len(self.anchor)

    def __post_init__(self):
        if self.action not in ACTIONS:
            raise ValueError(f"unknown correction {self.action!r} (one of {', '.join(ACTIONS)})")
        if not self.reviewer.strip():
            raise ValueError("a correction needs a reviewer name")


@dataclass
class Applied:
    """Corrected rows, and what became of each correction ("applied", "undone", "stale: …")."""

    articles: list[dict]
    places: list[dict]
    status: dict[int | None, str] = field(default_factory=dict)


def active_ids(log: Iterable[Correction]) -> set[int]:
    """Entries in force: newest first, an undo in force cancels the entry it names."""
    undone: set[int] = set()
    active: set[int] = set()
    for c in sorted(log, key=lambda c: c.id or 0, reverse=True):
        if c.id is None or c.id in undone:
            continue
        active.add(c.id)
        if c.action == "undo" and c.undoes is not None:
            undone.add(c.undoes)
    return active


def for_articles(log: Iterable[Correction], articles: Sequence[Mapping]) -> dict[str, list]:
    """Each current article's corrections: by its id, else by its key (a re-ingested edit)."""
    by_id = {a["id"] for a in articles}
    key_to_id: dict[str, str] = {}
    for a in articles:
        key_to_id.setdefault(article_key(a), a["id"])
    out: dict[str, list[Correction]] = {}
    for c in log:
        target = c.article_id if c.article_id in by_id else key_to_id.get(c.article_key)
        if target is not None:
            out.setdefault(target, []).append(c)
    return out


def article_key(article: Mapping) -> str:
    """What names an article across edits: its URL, else the file (and line) it was read from."""
    return article.get("url") or article.get("path") or article["id"]


def apply(
    articles: Sequence[Mapping],
    places: Sequence[Mapping],
    log: Sequence[Correction],
    texts: Mapping[str, str] | None = None,
) -> Applied:
    """The rows with every correction in force applied, each changed value naming its entry.

    ``texts`` (article id → its text) checks the anchors of added places; without it anchors are
    taken as present. Rows gain ``corrections`` (ids applied to the article), ``date_correction``
    and, on places, ``correction`` (the id that put or confirmed it) and ``confirmed``.
    """
    active = active_ids(log)
    grouped = for_articles(log, articles)
    out = Applied([], [])
    by_article: dict[str, list[dict]] = {}
    for p in places:
        by_article.setdefault(p["article_id"], []).append(
            {**p, "correction": None, "confirmed": False}
        )
    for a in articles:
        row = {**a, "corrections": (), "date_correction": None}
        own = by_article.get(a["id"], [])
        entries = sorted(grouped.get(a["id"], []), key=lambda c: c.id or 0)
        for c in entries:
            if c.id not in active:
                out.status[c.id] = "undone"
            elif c.action != "undo":
                text = (texts or {}).get(a["id"])
                out.status[c.id] = _apply_one(c, row, own, text)
            else:
                out.status[c.id] = "applied"
        row["corrections"] = tuple(c.id for c in entries if out.status[c.id] == "applied")
        out.articles.append(row)
        out.places.extend(own)
    return out


def _apply_one(c: Correction, row: dict, own: list[dict], text: str | None) -> str:
    if c.action in STORY_ACTIONS:
        return "applied"  # across articles: story_ids()
    present = {p["place_id"]: p for p in own}
    if c.action == "set_date":
        row["published"] = c.value or None
        row["published_confidence"] = 1.0 if c.value else 0.0
        row["published_method"] = "corrected"
        row["weekday_conflict"] = False
        row["date_correction"] = c.id
        return "applied"
    if c.action in ("remove_place", "replace_place", "set_focus") and c.place_id not in present:
        if c.action != "replace_place":
            return f"stale: {c.place_id} is no longer among the article's places"
    if c.action == "add_place" and c.anchor and text is not None and c.anchor not in text:
        return f"stale: the words {c.anchor!r} are no longer in the article"
    if c.action in ("remove_place", "replace_place") and c.place_id in present:
        own.remove(present[c.place_id])
    if c.action in ("replace_place", "add_place"):
        _put(own, row, c)
    if c.action == "set_focus":
        for p in own:
            p["is_focus"] = p["place_id"] == c.place_id
        present[c.place_id].update(correction=c.id, confirmed=True)
        row["focus_place_id"] = c.place_id
    return "applied"


def _put(own: list[dict], row: dict, c: Correction) -> None:
    place = dict(c.place or {})
    for p in own:
        if p["place_id"] == place.get("place_id"):
            p.update(correction=c.id, confirmed=True, confidence=1.0)
            return
    own.append(
        {
            **{k: None for k in ("admin2", "geonames_id", "radius_km", "qualifier", "name_id")},
            **place,
            "article_id": row["id"],
            "confidence": 1.0,
            "is_focus": False,
            "n_mentions": 0,
            "correction": c.id,
            "confirmed": True,
        }
    )


def place_fields(place) -> dict:
    """What a correction carries of a gazetteer Place it puts in an article."""
    values = {name: getattr(place, name) for name in PLACE_FIELDS if name != "place_id"}
    return {"place_id": place.id, **values}


def story_ids(
    articles: Sequence[Mapping], log: Iterable[Correction]
) -> tuple[dict[str, str], dict[int | None, str]]:
    """Each article's story as shown: the machine's (``story_id``, else its own id) with the
    story corrections in force applied, oldest first; and what became of each of them.

    ``same_story`` joins the whole of both stories (under the other article's story);
    ``split_story`` takes the article alone out of its story (its id becomes its story's). One
    naming an article no longer stored is stale."""
    log = list(log)
    active = active_ids(log)
    story = {a["id"]: a.get("story_id") or a["id"] for a in articles}
    by_key: dict[str, str] = {}
    for a in articles:
        by_key.setdefault(article_key(a), a["id"])
    owner = {
        c.id: target for target, entries in for_articles(log, articles).items() for c in entries
    }
    status: dict[int | None, str] = {}
    for c in sorted((c for c in log if c.action in STORY_ACTIONS), key=lambda c: c.id or 0):
        target = owner.get(c.id)
        other = story_key(c.value, story, by_key)
        if c.id not in active:
            status[c.id] = "undone"
        elif target is None:
            status[c.id] = "stale: the article is no longer stored"
        elif c.action == "split_story":
            story[target] = target
            status[c.id] = "applied"
        elif other is None:
            status[c.id] = f"stale: no stored article {c.value!r} to join"
        else:
            old, new = story[target], story[other]
            for aid, s in story.items():
                if s == old:
                    story[aid] = new
            status[c.id] = "applied"
    return story, status


def story_key(value: str | None, story: Mapping[str, str], by_key: Mapping[str, str]) -> str | None:
    """The stored article a ``same_story`` entry names: by id, else by key (its URL or path)."""
    if not value:
        return None
    return value if value in story else by_key.get(value)
