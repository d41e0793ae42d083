"""The reviewed tables the date finder reads: calendar words and the era table.

Both are data files beside this module (``calendar_words.tsv``, ``eras.tsv``), each row with its
source; they are read once, and a malformed row fails loudly with the file and line.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from importlib import resources

__all__ = ["Era", "calendar_words", "eras", "shown_names"]

#: Kinds of ``calendar_words.tsv`` rows that give a name as it is shown, not a word read in texts.
SHOWN_KINDS = ("weekday_name", "weekday_short", "month_name", "month_short")


@dataclass(frozen=True, slots=True)
class Era:
    """Something a text can name that existed only between two dates."""

    id: str  # rows sharing an id are alternatives: two terms of one office
    needs: tuple[str, ...]  # lower-case words one of which every match contains (a fast check)
    pattern: re.Pattern[str]
    first: dt.date
    last: dt.date | None  # None: still so
    source: str


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [
        (number, line.split("\t"))
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


@functools.cache
def calendar_words() -> dict[str, dict[str, int]]:
    """``{"weekday": {"senin": 0, …}, "month": {"januari": 1, …}, "number": {"lima": 5, …},
    "daypart": {"malam": 21, …}, "future_before": {"akan": 0, …}, "future_after": …,
    "since": {"sejak": 0, …}, "weekday_english": {"monday": 0, …}}``."""
    kinds = (
        "weekday",
        "month",
        "number",
        "daypart",
        "future_before",
        "future_after",
        "since",
        "weekday_english",
    )
    tables: dict[str, dict[str, int]] = {kind: {} for kind in kinds}
    for number, cells in _rows("calendar_words.tsv"):
        if len(cells) < 3 or cells[0] not in (*tables, *SHOWN_KINDS) or not cells[2].isdigit():
            raise ValueError(f"calendar_words.tsv line {number}: expected kind, word, number")
        if cells[0] in tables:
            tables[cells[0]][cells[1].casefold()] = int(cells[2])
    return tables


@functools.cache
def shown_names() -> dict[str, tuple[str, ...]]:
    """The names as shown, by kind and in value order: ``{"weekday_name": ("Senin", …,
    "Minggu"), "weekday_short": ("Sen", …), "month_name": ("Januari", …), "month_short": …}``
    (weekdays from Monday, as Python's ``date.weekday()``; months from January)."""
    found: dict[str, dict[int, str]] = {kind: {} for kind in SHOWN_KINDS}
    for number, cells in _rows("calendar_words.tsv"):
        if cells[0] in found:
            if len(cells) < 3 or not cells[2].isdigit() or int(cells[2]) in found[cells[0]]:
                raise ValueError(f"calendar_words.tsv line {number}: expected one name per value")
            found[cells[0]][int(cells[2])] = cells[1]
    out = {kind: tuple(names[v] for v in sorted(names)) for kind, names in found.items()}
    for kind, first, size in (("weekday", 0, 7), ("month", 1, 12)):
        for shown in (f"{kind}_name", f"{kind}_short"):
            if sorted(found[shown]) != list(range(first, first + size)):
                raise ValueError(
                    f"calendar_words.tsv: {shown} needs values {first}…{first + size - 1}"
                )
    return out


def _era(number: int, cells: list[str]) -> Era:
    try:
        ident, needs, pattern, first, last, source = cells
        words = tuple(w.strip() for w in needs.split(",") if w.strip())
        if not words or any(w != w.casefold() for w in words):
            raise ValueError(f"needs {needs!r}: expected lower-case words")
        return Era(
            ident,
            words,
            re.compile(pattern, re.IGNORECASE),
            dt.date.fromisoformat(first),
            dt.date.fromisoformat(last) if last else None,
            source,
        )
    except (ValueError, re.error) as exc:
        raise ValueError(f"eras.tsv line {number}: {exc}") from exc


@functools.cache
def eras() -> tuple[Era, ...]:
    """Every row of the era table, in file order."""
    return tuple(_era(number, cells) for number, cells in _rows("eras.tsv"))
