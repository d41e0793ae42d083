"""Word lists the geoparser reads: Indonesian stopwords and phrases that only look like places.

They are data (reviewed lists with a reason per row), loaded once from the files beside this module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class NotPlace:
    """A phrase that holds or resembles a place name but names something else."""

    phrase: str
    category: str  # faction | organisation | outlet | currency | phrase | ethnonym
    reason: str


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def stopwords() -> frozenset[str]:
    """Lowercase Indonesian words never taken as a one-word place name."""
    return frozenset(ln.strip().lower() for ln in _lines("stopwords_id.txt"))


@functools.cache
def given_names() -> frozenset[str]:
    """Lowercase given names that are also village names (a person is the likelier reading)."""
    return frozenset(ln.strip().lower() for ln in _lines("given_names.txt"))


@functools.cache
def not_places() -> tuple[NotPlace, ...]:
    """Faction, organisation, outlet and currency names that contain place words."""
    rows = []
    for ln in _lines("not_places.tsv"):
        phrase, category, reason = (ln.split("\t") + ["", ""])[:3]
        rows.append(NotPlace(phrase.strip(), category.strip(), reason.strip()))
    return tuple(rows)
