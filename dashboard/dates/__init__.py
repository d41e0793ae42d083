"""Stage 1, dates: an article's publication date and the event dates it names (pure, no I/O).

Public: :func:`find_published` (text, URL, metadata → a :class:`~dashboard.model.DateGuess`),
:func:`find_event_dates`, :func:`date_from_url`, :func:`parse_date_string`, and the year
inference behind a date written without its year (:func:`infer_dates`,
:func:`inferred_confidence`). Internals: ``mentions`` (date expressions in text), ``years``,
``events``.
"""

from dashboard.dates.publication import (
    date_from_url,
    find_event_dates,
    find_published,
    infer_dates,
    inferred_confidence,
    parse_date_string,
)

__all__ = [
    "date_from_url",
    "find_event_dates",
    "find_published",
    "infer_dates",
    "inferred_confidence",
    "parse_date_string",
]
