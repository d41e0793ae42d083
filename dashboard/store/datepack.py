"""An article's date evidence and event dates, stored compactly (migration 0010).

Both are mostly the article's own text again: the publication date's evidence is a fragment of
it, and each event date's surface the text at its span. Stored as they were, they took about
0.17 KB an article of the synthetic corpus (issue 13: at most 3 KB per article beyond the text).
Now:

- ``articles.published_evidence`` is "" and ``published_evidence_start``/``_end`` say where the
  evidence is in the text, when it is there (else the evidence itself, and no offsets);
- ``articles.published_candidates`` is "" when the publication date is the one candidate (else
  the JSON list of ISO dates, as before);
- ``articles.event_dates`` is a JSON list of ``[date, start, end, kind]``, with the surface added
  as a fifth item only when it is not the text at the span (before: one object per date with
  ``date``, ``span``, ``surface`` and ``kind``, :func:`legacy_events`).

"The text" is :attr:`dashboard.model.Article.text` (title, blank line, body), which every span
points into.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from dashboard.model import EventDate
from dashboard.store import jsontext


def evidence_values(evidence: str, text: str) -> dict[str, Any]:
    """The three evidence columns of an articles row."""
    start = text.find(evidence) if evidence else -1
    if start < 0:
        return {
            "published_evidence": evidence,
            "published_evidence_start": None,
            "published_evidence_end": None,
        }
    return {
        "published_evidence": "",
        "published_evidence_start": start,
        "published_evidence_end": start + len(evidence),
    }


def evidence_from(stored: str, start: int | None, end: int | None, text: str) -> str:
    """The evidence of an articles row's three evidence columns."""
    return stored if start is None else text[start:end]


def candidates_value(candidates: tuple[dt.date, ...], published: dt.date | None) -> str:
    """``articles.published_candidates`` of a publication date's candidates."""
    if published is not None and candidates == (published,):
        return ""
    return json.dumps([d.isoformat() for d in candidates])


def candidates_from(value: str, published: dt.date | None) -> tuple[dt.date, ...]:
    """The candidates of an ``articles.published_candidates`` value."""
    if value == "":
        return (published,) if published is not None else ()
    return tuple(dt.date.fromisoformat(d[:10]) for d in json.loads(value) if d)


def events_value(events: Iterable[EventDate], text: str) -> str:
    """``articles.event_dates`` of an article's event dates."""
    items = []
    for e in events:
        item: list[Any] = [e.date.isoformat() if e.date else None, *e.span, e.kind]
        if text[e.span[0] : e.span[1]] != e.surface:
            item.append(e.surface)
        items.append(item)
    return jsontext.compact(items)


def events_from(value: str, text: str) -> tuple[EventDate, ...]:
    """The event dates of an ``articles.event_dates`` value."""
    out = []
    for date, start, end, kind, *surface in json.loads(value):
        found = surface[0] if surface else text[start:end]
        day = dt.date.fromisoformat(date) if date else None
        out.append(EventDate(day, (start, end), found, kind))
    return tuple(out)


def legacy_events(events: Iterable[EventDate]) -> str:
    """``articles.event_dates`` as it was stored before migration 0010."""
    return json.dumps(
        [
            {
                "date": e.date.isoformat() if e.date else None,
                "span": list(e.span),
                "surface": e.surface,
                "kind": e.kind,
            }
            for e in events
        ],
        ensure_ascii=False,
    )


def legacy_events_from(value: str) -> tuple[EventDate, ...]:
    """The event dates of an ``articles.event_dates`` value from before migration 0010."""
    return tuple(
        EventDate(
            dt.date.fromisoformat(e["date"][:10]) if e["date"] else None,
            tuple(e["span"]),
            e["surface"],
            e["kind"],
        )
        for e in json.loads(value)
    )
