"""Stage 1, dates: an article's publication date and the event dates it names (pure, no I/O).

Public: :func:`find_published` (text, URL, metadata → a :class:`~dashboard.model.DateGuess`),
:func:`find_event_dates`, :func:`date_from_url`, :func:`parse_date_string`, and the year choice
behind a date written without its year (:func:`choose_year`, weighed against the clues of
:func:`find_clues`: the era table ``eras.tsv``, years named, the war's age), and
:func:`ends_in_glued_date` (a byline whose date is glued to the author's name, which the text
stage keeps among page furniture). Internals:
``mentions`` (date expressions in text), ``weekdays``, ``clues``, ``years``, ``ranking``
(which date speaks for the day of writing), ``stamps`` (URL and metadata dates), ``events``,
``tables`` (the data files: ``calendar_words.tsv``, ``eras.tsv``).
"""

from dashboard.dates.clues import find_clues
from dashboard.dates.publication import (
    choose_year,
    date_from_url,
    find_event_dates,
    find_published,
    parse_date_string,
)
from dashboard.dates.ranking import ends_in_glued_date

__all__ = [
    "choose_year",
    "date_from_url",
    "ends_in_glued_date",
    "find_clues",
    "find_event_dates",
    "find_published",
    "parse_date_string",
]
