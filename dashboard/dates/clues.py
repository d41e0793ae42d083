"""What a text says about its own years: the eras it names, the latest year it names, and how
long it says the war has lasted. Each becomes a :class:`Clue`, a set of date windows the article
fits; :mod:`dashboard.dates.years` weighs a candidate date against every clue.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick

from dashboard.dates.mentions import MONTHS, NUMBER_WORDS, alternation, find_mentions
from dashboard.dates.tables import eras
from dashboard.wordscan import WordScan, first_words

__all__ = [
    "WAR_START",
    "Clue",
    "era_clues",
    "find_clues",
    "war_decades",
    "war_window",
    "war_years",
    "year_hints",
]

WAR_START = dt.date(2011, 3, 15)  # the Syrian uprising: the first year news of this corpus covers
#: A date before an era began is ruled out firmly (the thing did not exist yet); a date after it
#: ended only weakly (articles look back). Both grow a little with the distance, in years.
BEFORE_PENALTY = 3.0
AFTER_PENALTY = 1.0
PER_YEAR = 0.05

Window = tuple[dt.date, dt.date | None]

#: A year the text names: four digits, 19xx or 20xx, not part of a longer number or word
#: ("2.015", "12.2015", "x2013", "20199", "/2019/" are not years; "2012-2013", "2023-11",
#: "(2016)", "2016." are). Its sides are checked in Python (:func:`_named_years`): a pattern that
#: starts with a look-behind is tried at every character.
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_BEFORE_YEAR = frozenset("/_")
_NOT_AFTER_YEAR = frozenset("/_")
#: A copyright line's year ("2024 © PT …", "© 2025 Suara.com", "Copyright 2019") is the page's
#: footer, not the article's.
#: The words that put an event in the year after them ("pada 2016", "sejak 2012", "Maret 2011").
_PLACING_WORDS = frozenset(
    ("tahun", "pada", "sejak", "awal", "akhir", "pertengahan", "medio", *MONTHS)
)
_COPYRIGHT = re.compile(r"(?i)(?:©|\(c\)|copyright|hak\s+cipta)")
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:hingga|sampai|target|menjelang|jelang|rencana)\s+(?:pada\s+)?(?:tahun\s+)?$"
)
_FUTURE_AFTER = re.compile(r"(?i)^\s*(?:mendatang|nanti|depan)\b")
_N = rf"(?P<n>\d{{1,2}}|{alternation(NUMBER_WORDS)})"
_FRACTION = r"(?:[,.]\d)?"  # "2,5 tahun": the whole years count
_WAR_WORDS = ("konflik", "perang", "revolusi", "krisis", "pemberontakan")
_WAR = f"(?:{'|'.join(_WAR_WORDS)})"
_SINCE_WAR = rf"\bsejak\s+(?:\w+\s+){{0,2}}{_WAR}\b"
#: (a part every match holds, fast to look for; the patterns): the patterns are tried only when
#: the part is in the text (a number word tried at every word is slow). Each is tried only where
#: its first words (or a number) start (:class:`~dashboard.wordscan.WordScan`).
_NUMBER_STARTS = {word.split()[0] for word in NUMBER_WORDS}
_DIGITS = re.compile(r"\d+")


def _scan(pattern: str, words: Iterable[str]) -> WordScan:
    """*pattern* (case-insensitive) tried where one of *words* starts, and where a number does
    when *words* are the number words."""
    return WordScan(
        re.compile(f"(?i:{pattern})"), words, also=_DIGITS if words is _NUMBER_STARTS else None
    )


_COUNT = rf"(?:lebih\s+dari\s+)?{_N}{_FRACTION}\s+tahun\b"  # "lebih dari 2,5 tahun"
_WAR_YEARS = (
    # "lima tahun terakhir, atau sejak konflik di Suriah pecah"
    (
        _scan(_SINCE_WAR, ("sejak",)),
        (_scan(rf"\b{_N}\s+tahun\b[^.]{{0,60}}?{_SINCE_WAR}", _NUMBER_STARTS),),
    ),
    # "perang saudara yang telah berlangsung enam tahun": tried where a war word starts
    (
        None,
        (
            _scan(
                rf"\b{_WAR}\s+(?:\w+\s+){{0,6}}?(?:berlangsung|berjalan|berkecamuk|memasuki)"
                rf"\s+(?:selama\s+)?{_COUNT}",
                _WAR_WORDS,
            ),
        ),
    ),
    # "hampir sembilan tahun konflik" (the count before the war word), "konflik 2,5 tahun
    # terakhir", "perang selama tujuh tahun ini" (after it): one look for "tahun" first
    (
        _scan(rf"\btahun\s+(?:{_WAR}|terakhir|ini)\b", ("tahun",)),
        (
            _scan(rf"\b{_N}{_FRACTION}\s+tahun\s+{_WAR}\b", _NUMBER_STARTS),
            _scan(rf"\b{_WAR}\s+(?:selama\s+)?{_COUNT}\s+(?:terakhir|ini)\b", _WAR_WORDS),
        ),
    ),
)

#: Another war or crisis ("tahun ketiga perang Ukraina", "satu dekade konflik di Yaman"): its age
#: is not Syria's.
_OTHER_WAR = (
    r"(?!\s+(?:di\s+|dengan\s+|antara\s+)?(?:ukraina|rusia|gaza|israel|palestina|irak|yaman|"
    r"sudan|libya|afghanistan|lebanon|iran|teluk|dunia|ekonomi|keuangan)\b)"
)
#: The war's age as its length, after the war word: "perang delapan tahun antara …", "perang
#: saudara Suriah selama enam tahun" (the eight-year war). Read last, after the forms above: a
#: count not of the war's age ("konflik dua tahun lalu", "perang dua tahun kemudian") or of
#: another war's ("perang delapan tahun Iran-Irak") is left out.
_NOT_AGE = (
    r"(?!\s+(?:lalu|silam|yang\s+lalu|lagi|mendatang|ke\s+depan|kemudian|sebelum|sebelumnya|"
    r"setelah|sesudah|sesudahnya|berikutnya|penjara)\b)"
)
_WAR_LENGTHS = (
    _scan(
        rf"\b{_WAR}\s+(?:(?:saudara|sipil)\s+)?(?:(?:di\s+)?suriah\s+)?(?:selama\s+)?"
        rf"{_N}{_FRACTION}\s+tahun\b{_NOT_AGE}{_OTHER_WAR}",
        _WAR_WORDS,
    ),
)
#: The war's age as an ordinal, "tahun ke-12 perang", "perang yang memasuki tahun kesepuluh": the
#: N-th year is N - 1 years after the war began.
_WAR_ORDINALS = (
    _scan(rf"\btahun\s+ke-?\s*{_N}\s+(?:\w+\s+){{0,2}}?{_WAR}\b{_OTHER_WAR}", ("tahun",)),
    _scan(
        rf"\b{_WAR}\b{_OTHER_WAR}\s+(?:\w+\s+){{0,6}}?memasuki\s+tahun\s+ke-?\s*{_N}\b",
        _WAR_WORDS,
    ),
)
#: An anniversary, "ulang tahun ke-14 revolusi", "peringatan ke-10 revolusi Suriah": the N-th is
#: N years after the war began (read before the ordinal year, whose "tahun ke-14" it holds).
_WAR_ANNIVERSARIES = (
    _scan(
        rf"\b(?:ulang\s+tahun|peringatan|hari\s+jadi)\s+(?:tahun\s+)?ke-?\s*{_N}\s+"
        rf"(?:\w+\s+){{0,2}}?{_WAR}\b{_OTHER_WAR}",
        ("ulang", "peringatan", "hari"),
    ),
)
#: The war's age in decades: "satu dekade lebih perang Suriah", "lebih dari satu dekade perang
#: saudara", "perang yang telah berlangsung lebih dari satu dekade". Tried only in a text holding
#: one of these words (few do).
_DECADE_WORDS = ("dekade", "dasawarsa")
_DECADE = r"(?P<q>lebih\s+dari\s+|hampir\s+)?(?:satu\s+|se)(?:dekade|dasawarsa)(?:\s+lebih)?"
_WAR_DECADES = (
    re.compile(rf"(?i)\b{_DECADE}\s+{_WAR}\b{_OTHER_WAR}"),
    re.compile(
        rf"(?i)\b{_WAR}\b{_OTHER_WAR}\s+(?:\w+\s+){{0,5}}?(?:selama|berlangsung|berjalan|berkecamuk)\s+"
        rf"{_DECADE}\b"
    ),
)
#: Years since the war began that a decade says at least: "hampir satu dekade" is nine. There
#: is no upper end (a decade is said of ten years to nineteen).
DECADE_YEARS = 10
ALMOST_DECADE_YEARS = 9


@dataclass(frozen=True, slots=True)
class Clue:
    """One thing the text names and the windows of dates it allows."""

    label: str  # for the note, in Indonesian: "'Presiden Donald Trump'", "tahun 2016"
    windows: tuple[Window, ...]
    firm: bool = True  # False: a rough count ("lima tahun"), as weak before a window as after

    def penalty(self, date: dt.date) -> float:
        """0 inside a window; more the firmer and the farther outside the best one."""
        return min(_outside(date, first, last, self.firm) for first, last in self.windows)

    def describe(self) -> str:
        spans = " atau ".join(f"{a} s.d. {b or 'kini'}" for a, b in self.windows)
        return f"{self.label} ({spans})"


def _outside(date: dt.date, first: dt.date, last: dt.date | None, firm: bool) -> float:
    if date < first:
        return (BEFORE_PENALTY if firm else AFTER_PENALTY) + PER_YEAR * (first - date).days / 365
    if last is not None and date > last:
        return AFTER_PENALTY + PER_YEAR * (date - last).days / 365
    return 0.0


def war_window(war: int) -> tuple[dt.date, dt.date]:
    """The year (start inclusive, end exclusive) that is *war* years after the war began."""
    return (
        WAR_START.replace(year=WAR_START.year + war),
        WAR_START.replace(year=WAR_START.year + war + 1),
    )


def year_hints(text: str, latest: int) -> list[int]:
    """Years the text names ("Maret 2011", "pada tahun 2016", "gempa 2023", "2012-2013"), up
    to ``latest``: none is later than the article, save a plan ("hingga tahun 2030", "pada 2030
    mendatang") and a page footer's copyright."""
    return sorted({year for year, _ in _hints(text, latest)})


def _hints(text: str, latest: int) -> set[tuple[int, bool]]:
    """(year, placed) for every year :func:`year_hints` finds: placed when an event is put in it
    (a full date, "pada 2016", "tahun 2016", "Maret 2016"), not when the year only stands beside
    a name ("gempa 2023", "Piala Dunia 2022": an event's name may be of a year still to come)."""
    found = {(m.year, True) for m in find_mentions(text) if m.year and m.date}
    for m in _named_years(text):
        if _FUTURE_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "hingga tahun 2030": a plan, not an event
        if _FUTURE_AFTER.match(text[m.end() : m.end() + 15]):
            continue  # "pada 2030 mendatang"
        if _COPYRIGHT.search(text[max(0, m.start() - 12) : m.end() + 3]):
            continue  # "2024 © PT Dynamo Media Network"
        words = text[max(0, m.start() - 14) : m.start()].split()
        placed = bool(words) and words[-1].casefold() in _PLACING_WORDS
        found.add((int(m.group()), placed))
    return {(year, placed) for year, placed in found if 1900 < year <= latest}


def _named_years(text: str) -> Iterator[re.Match[str]]:
    """Each four-digit 19xx/20xx number that stands alone: no letter, digit, slash or
    underscore beside it, no digit group before it ("12.2015") or after it ("2015,5")."""
    for m in _YEAR.finditer(text):
        start, end = m.start(), m.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() or before in _NOT_BEFORE_YEAR:
            continue
        if after.isalnum() or after in _NOT_AFTER_YEAR:
            continue
        if before in ".," and start > 1 and text[start - 2].isdecimal():
            continue  # "12.2015", "1,2015": a number's digit group
        if after in ".," and end + 1 < len(text) and text[end + 1].isdecimal():
            continue  # "2015,5", "2.015.000"
        yield m


def war_years(text: str) -> int | None:
    """Years since the Syrian war began, as the text counts them ("lima tahun … sejak konflik",
    "tahun ke-12 perang": eleven, "ulang tahun ke-14 revolusi": fourteen, "perang delapan tahun":
    eight)."""
    for part, finders in _WAR_YEARS:
        if part is not None and part.search(text) is None:
            continue
        for finder in finders:
            if m := finder.search(text):
                return _count(m)
    for finder in _WAR_ANNIVERSARIES:
        if m := finder.search(text):
            return _count(m)
    for finder in _WAR_ORDINALS:
        if m := finder.search(text):
            return max(_count(m) - 1, 0)
    for finder in _WAR_LENGTHS:
        if m := finder.search(text):
            return _count(m)
    return None


def _count(m: re.Match[str]) -> int:
    raw = " ".join(m.group("n").casefold().split())
    return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]


def war_decades(text: str) -> tuple[int, str] | None:
    """The fewest years since the war began that the text's decades say ("lebih dari satu
    dekade perang saudara": ten), with the words that say it."""
    lowered = text.lower()
    if not any(word in lowered for word in _DECADE_WORDS):
        return None
    for pattern in _WAR_DECADES:
        if m := pattern.search(text):
            years = ALMOST_DECADE_YEARS if (m.group("q") or "").lower().startswith("h") else None
            return years or DECADE_YEARS, " ".join(m.group().split())
    return None


@functools.cache
def _needs_automaton() -> ahocorasick.Automaton:
    """Every era's ``needs`` words, found in one pass over a text (overlapping ones too), each
    with the numbers of the eras (rows of :func:`eras`) that need it."""
    needing: dict[str, list[int]] = {}
    for number, era in enumerate(eras()):
        for word in era.needs:
            needing.setdefault(word, []).append(number)
    automaton = ahocorasick.Automaton()
    for word, numbers in needing.items():
        automaton.add_word(word, tuple(numbers))
    automaton.make_automaton()
    return automaton


@functools.cache
def _era_finders() -> tuple[re.Pattern[str] | WordScan, ...]:
    """Each era's pattern, tried only where one of the words its matches start with starts
    (read from the pattern, :func:`~dashboard.wordscan.first_words`): ``re`` tries a
    case-insensitive pattern at every character (about 0.03 ms a pattern on a news article)."""
    return tuple(
        WordScan(era.pattern, words) if (words := first_words(era.pattern)) else era.pattern
        for era in eras()
    )


def era_clues(text: str) -> list[Clue]:
    """The eras the text names (``eras.tsv``), each a firm clue: the part of :func:`find_clues`
    that a stated date is checked against."""
    return list(_era_clues(text))


@functools.lru_cache(maxsize=4)  # one text's date step asks several times (ranking, year, doubt)
def _era_clues(text: str) -> tuple[Clue, ...]:
    found: dict[str, tuple[str, list[Window]]] = {}
    table, finders = eras(), _era_finders()
    # only the eras one of whose needs words is in the text: no match can lack all of them
    named = {number for _, numbers in _needs_automaton().iter(text.lower()) for number in numbers}
    for number in sorted(named):
        era = table[number]
        m = finders[number].search(text)
        if m is None:
            continue
        label, windows = found.setdefault(era.id, (f"{' '.join(m.group().split())!r}", []))
        windows.append((era.first, era.last))
    return tuple(Clue(label, tuple(windows)) for label, windows in found.values())


def find_clues(text: str, today: dt.date) -> tuple[Clue, ...]:
    """Every clue to the article's years: eras named, the latest year named, the war's age."""
    clues = era_clues(text)
    hints = _hints(text, today.year)
    floor = max((year for year, placed in hints if placed), default=None)
    if floor is not None:
        clues.append(Clue(f"tahun {floor}", ((dt.date(floor, 1, 1), None),)))
    named = max((year for year, _ in hints), default=None)
    if named is not None and (floor is None or named > floor):
        # a year beside a name: an event's name may hold a year still to come ("Piala Dunia
        # 2022" in 2018), so it weighs like a rough count, enough to break a tie, not a weekday
        clues.append(Clue(f"tahun {named}", ((dt.date(named, 1, 1), None),), firm=False))
    war = war_years(text)
    if war is not None and war > today.year - WAR_START.year:
        war = None  # longer than Syria's war has lasted: another war's ("perang 30 tahun")
    if war is not None:
        # "lima tahun" is a rounded count: the year it ends in and the next both fit
        window = (dt.date(WAR_START.year + war, 1, 1), dt.date(WAR_START.year + war + 1, 12, 31))
        label = f"'{war} tahun' sejak perang pecah (Maret 2011)"
        clues.append(Clue(label, (window,), firm=False))
    elif (decades := war_decades(text)) is not None:
        # "lebih dari satu dekade": at least ten years, maybe many more
        years, said = decades
        label = f"{said!r}: perang sudah {years} tahun lebih (sejak Maret 2011)"
        clues.append(Clue(label, ((dt.date(WAR_START.year + years, 1, 1), None),), firm=False))
    return tuple(clues)
