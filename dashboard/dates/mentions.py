"""Find date expressions in Indonesian news text: the raw material of
:mod:`dashboard.dates.publication` and :mod:`dashboard.dates.events`.

Recognised: "Senin (27/05/2019)", "Rabu (8/2)", "(21/8)", "27 Mei 2019", "Sabtu, 30 November",
"Senin, 27/05/2019 14:05 WIB", "14:28 WIB | Minggu, 29 September 2024", "KAMIS, 14 MARET 2019",
"Selasa 16 Dec 2014", "Jan 17, 2019 17:46", "Ahad malam (9/7/2017)", "Sabtu (4/3) malam", and
what relates a date to the day of writing: "kemarin (28/5)", "Jumat (3/3) kemarin", "hari ini
(5/6)", "Senin lalu (6/3)", "Sabtu (6/2) pekan lalu", "sejak 29 Desember 2017" (a period's
first day); "Selasa, 7/2" (a bare day and month only after a weekday). A malformed date is kept
and says why: "7//9/2016" is read as 7/9/2016, "31/09" is a day that does not exist (``problem``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.dates.tables import calendar_words, shown_names
from dashboard.wordscan import CharScan

_WORDS = calendar_words()
WEEKDAYS = _WORDS["weekday"]  # "senin" → 0 … "ahad" → 6 (calendar_words.tsv)
MONTHS = _WORDS["month"]  # "januari", "jan", "pebruari" … → 1 … 12
NUMBER_WORDS = _WORDS["number"]  # "lima" → 5
DAYPARTS = _WORDS["daypart"]  # "pagi", "malam", "dini hari" → a typical hour


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of *words*, longest first ("agustus" before "agu")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_WD = rf"(?P<wd>{alternation(WEEKDAYS)})"
_MON = rf"(?P<mon>{alternation(MONTHS)})"
#: A month's name misspelt by one letter ("Agutus"), read only in a full date: a day, the word,
#: a four-digit year (tried after the names written right fail at that place).
_MISSPELT_WORD = r"(?P<typo>[^\W\d_]{5,10})(?=\.?\s*,?\s*(?:19|20)\d\d(?!\w))"
_PARTS = alternation(DAYPARTS)
_PART = rf"(?:\s+(?P<part>{_PARTS}))?"
_LALU = r"(?:\s+(?P<lalu>(?:pekan\s+|minggu\s+|bulan\s+)?lalu|kemarin))?"
#: What may stand before a date: "Senin (", "Ahad malam (", "Minggu lalu ", "RABU, ", "hari ini (".
_LEAD_BEFORE = re.compile(rf"(?i)(?:\b{_WD}{_PART}{_LALU}|\b(?P<today>hari\s+ini))\s*,?\s*$")
_LEAD_WINDOW = 40
_SLASH = r"\s*/{1,2}\s*"  # "7//9/2016", "7 / 9": read, and flagged as malformed
#: Date cores, matched from their first digit (or bracket) so the scan stays fast: ``re`` skips
#: to the next possible first character at C speed only when a pattern starts with a character
#: (class), not with ``\b`` or an optional group, so a leading ``\b`` is written as a look-behind
#: after the first digit (``\d(?<!\w\d)``: no word character before it), and the pattern with an
#: optional bracket first is tried only where a bracket or digit is (:data:`_FINDERS`).
_PATTERNS = (
    # "(8/2)", "(27/05/2019)", "(6/2/23)", "(7//9/2016)"
    re.compile(
        rf"\(\s*(?P<d>\d{{1,2}}){_SLASH}(?P<m>\d{{1,2}})(?:{_SLASH}(?P<y>\d{{4}}|\d{{2}}))?\s*\)"
    ),
    # "27/05/2019", "18.08.2012", "27-05-2019", "7//9/2016"
    re.compile(
        r"(?P<d>\d(?<!\w\d)\d?)(?P<sep>/{1,2}|[.-])(?P<m>\d{1,2})(?:/{1,2}|[.-])(?P<y>\d{4})\b"
    ),
    # "27 Mei 2019", "30 November", "(5 Juli)", "15 Dec 2014", "12 Sept. 2016"; and "25 Agutus
    # 2019": a word in a month's place, with a four-digit year after it, is kept by _mention only
    # when it is one letter from the name of one month (:func:`misspelt_month`)
    re.compile(
        rf"(?i:(?P<open>\(\s*)?\b(?P<d>\d{{1,2}})\s+(?:{_MON}\b|{_MISSPELT_WORD})\.?"
        r"(?:\s*,?\s*(?P<y>\d{4})\b)?(?(open)\s*\)))"
    ),
    # "Jan 17, 2019", "May 27, 2019": the English order some page headers use
    # (any word first, for speed; _mention keeps it only when it is a month)
    re.compile(r"\b(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})\b"),
    # "Selasa, 7/2": day and month bare, kept by _mention only after a weekday
    re.compile(r"(?P<d>\d(?<!\w\d)\d?)(?P<bare>)/(?P<m>\d{1,2})(?![/\d]|[.,]\d)"),
)
#: A misspelt name is looked for only among names this long: a letter from a short one ("Mei",
#: "Juli", "Jun") is another word or month too often.
MISSPELT_MIN_LEN = 5
_ISO = re.compile(r"(?P<y>(?:19|20)(?<!\w\d\d)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
#: What finds each pattern's matches, in the order they are looked for.
#: The third starts at a bracket or at a number's first digit (``\b`` before it), so a digit
#: after a letter or digit is no place to try it.
_FINDERS = (
    _PATTERNS[0],
    _PATTERNS[1],
    CharScan(_PATTERNS[2], r"[(\d](?<!\w\d)"),
    _PATTERNS[3],
    _ISO,
    CharScan(_PATTERNS[4], "/", back=(2, 1)),  # a "/" is rarer than a digit
)
#: A part every match of the English order holds ("17, 2019"): rare in Indonesian text, and
#: fast to look for, so the pattern (tried at every word) runs only when it is there.
_ENGLISH_ORDER_PART = re.compile(r"\d,\s*\d{4}\b")
_ZONE = r"(?:WIB|WITA|WIT|GMT|UTC|Asia/\w+)"
#: A clock time beside a date marks a page's stamp: "… 16:33 WIB", "… 08:01" (line end),
#: "14:28 WIB | Minggu, …".
_TIME_AFTER = re.compile(
    rf"^\s*[,|–—•-]?\s*(?:pukul\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*{_ZONE}\b|(?=\s*(?:\n|$|\|)))"
)
_TIME_BEFORE = re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*{_ZONE}?\s*[|,–—•-]\s*$")
#: "kemarin (28/5)", "Kemarin, Rabu (27/5)"; "Hari ini, Rabu (5/6)": before the weekday.
_KEMARIN_BEFORE = re.compile(r"(?i)\bkemarin\s*,?\s*$")
_TODAY_BEFORE = re.compile(r"(?i)\bhari\s+ini\s*,?\s*$")
#: "Pekan lalu, Sabtu (8/3)": last week's day, before the weekday.
_LAST_WEEK_BEFORE = re.compile(r"(?i)\b(?:pekan|minggu|bulan)\s+lalu\s*,?\s*$")
#: "dikepung sejak 29 Desember 2017": the first day of a period, an earlier day than the writing.
_SINCE_BEFORE = re.compile(
    rf"(?i)\b(?:{alternation(_WORDS['since'])})\s+(?:(?:hari|pada|tanggal)\s+)?$"
)
#: A sentence that opens by saying it tells of something earlier ("Sebelumnya, pada Minggu (8/12)
#: …", "Sehari sebelumnya …", "Sebelum itu …"): its dates are earlier days than the news (the lead
#: tells the latest), not the day of writing. Read in the sentence up to the date (the text after
#: its last full stop or line break, at most :data:`_SENTENCE_BACK` characters back).
_EARLIER_SENTENCE = re.compile(
    r"(?i)\s*(?:(?:sehari|dua\s+hari|beberapa\s+hari|sepekan|seminggu)\s+)?"
    r"(?:sebelumnya|sebelum\s+itu)\b"
)
#: A sentence's end: a full stop (or ! ?) before a space, or before a capitalised word when a
#: page ran its sentences together ("… mereka.Sebelumnya …"); a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|(?=[A-Z][a-z]))|\n")
_SENTENCE_BACK = 300
#: What may follow a date: "(4/3) malam", "(3/3) kemarin", "(6/2) pekan lalu", "(6/3) lalu".
_AFTER = re.compile(
    rf"(?i)(?:\s+(?P<part>{_PARTS}))?(?:,?\s+(?P<kemarin>kemarin)\b|\s+(?P<lalu>(?:pekan|minggu|bulan)\s+lalu|lalu)\b(?!\s+lintas))?"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression: its parts as written, where it is, and what surrounds it."""

    start: int
    end: int
    surface: str
    day: int
    month: int
    year: int | None  # None: the text gives no year
    weekday: int | None  # 0 = Monday … 6 = Sunday, as the text names it
    part: str | None = None  # "malam", "pagi", …: the time of day written with it
    past: bool = False  # "Senin lalu (6/3)", "(6/2) pekan lalu", "sejak (6/2)": an earlier day
    yesterday: bool = False  # "kemarin (28/5)", "Jumat (3/3) kemarin": the day before writing
    today: bool = False  # "hari ini (5/6)": the day of writing
    time_beside: bool = False  # "… 16:33 WIB", "14:28 WIB | …": a page's stamp
    problem: str = ""  # why the date is malformed ("" when it is not), in Indonesian

    @property
    def valid(self) -> bool:
        return valid_date(self.year or 2012, self.month, self.day) is not None  # 2012: leap

    @property
    def date(self) -> dt.date | None:
        return valid_date(self.year, self.month, self.day) if self.year else None

    @property
    def weekday_conflict(self) -> bool:
        d = self.date
        return d is not None and self.weekday is not None and d.weekday() != self.weekday


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if y < 100 else y


def _one_edit(a: str, b: str) -> bool:
    """Is *a* one letter from *b*: one left out, added or changed, or two side by side swapped?"""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        i = diff[0] if len(diff) == 2 else -1
        return diff == [i, i + 1] and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    pairs = zip(short, long_[: len(short)], strict=True)
    i = next((k for k, (x, y) in enumerate(pairs) if x != y), len(short))
    return short[i:] == long_[i + 1 :]


@functools.cache
def _month_names() -> dict[str, int]:
    """The Indonesian months' names as written in full (``calendar_words.tsv``), lower-cased."""
    return {name.casefold(): n for n, name in enumerate(shown_names()["month_name"], 1)}


def misspelt_month(word: str) -> int | None:
    """The month whose Indonesian name a word not in the calendar table misspells by one letter
    ("Agutus": 8, "Desmber": 12, "Okotber": 10), or None: no name is that close, or two are.
    The first letter must be the name's: a slip inside the name, not another word ("karet" is one
    letter from "maret"). English names are not looked for ("marah" is one letter from "march")."""
    word = word.casefold()
    if word in MONTHS or len(word) < MISSPELT_MIN_LEN:
        return None
    close = {
        month
        for name, month in _month_names().items()
        if len(name) >= MISSPELT_MIN_LEN and name[0] == word[0] and _one_edit(word, name)
    }
    return close.pop() if len(close) == 1 else None


def _problem(surface: str, day: int, month: int, year: int | None) -> str:
    if valid_date(year or 2012, month, day) is None:
        return f"tanggal {surface!r} tidak ada (hari {day}, bulan {month})"
    if "//" in surface or re.search(r"\d\s+/|/\s+\d", surface):
        return f"tanggal {surface!r} ditulis tidak lazim, dibaca {day}/{month}" + (
            f"/{year}" if year else ""
        )
    return ""


def _mention(text: str, m: re.Match[str]) -> DateMention | None:
    groups = m.groupdict()
    if groups.get("mon") and groups["mon"].casefold() not in MONTHS:
        return None
    misspelt = ""
    if groups.get("typo"):
        found = misspelt_month(groups["typo"])
        if found is None:
            return None
        groups["m"] = str(found)
        name = shown_names()["month_name"][found - 1]
        misspelt = f"bulan {groups['typo']!r} salah eja, dibaca {name}"
    month = MONTHS[groups["mon"].casefold()] if groups.get("mon") else int(groups["m"])
    day, year = int(groups["d"]), _year(groups.get("y"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None  # "(45/3)", "12/13/2019": not a date at all (a score, a count, a code)
    start = m.start()
    lead = _LEAD_BEFORE.search(text, max(0, start - _LEAD_WINDOW), start)
    lead_groups = lead.groupdict() if lead else {}
    if lead:
        start = lead.start()
    after = _AFTER.match(text, m.end())
    end = after.end() if after and (after.group("kemarin") or after.group("lalu")) else m.end()
    part = lead_groups.get("part") or (after.group("part") if after else None)
    wd = lead_groups.get("wd")
    if groups.get("bare") is not None and not wd:
        return None  # "7/2" alone: a fraction, a score, a count as often as a date
    tail = text[m.end() : m.end() + 40]
    return DateMention(
        start=start,
        end=end,
        surface=text[start:end],
        day=day,
        month=month,
        year=year,
        weekday=WEEKDAYS[wd.casefold()] if wd else None,
        part=" ".join(part.casefold().split()) if part else None,
        past=_earlier(text, start, lead_groups, after),
        yesterday=bool(
            _KEMARIN_BEFORE.search(text[max(0, start - 12) : start])
            or (after and after.group("kemarin"))
        ),
        today=bool(
            lead_groups.get("today") or _TODAY_BEFORE.search(text[max(0, start - 12) : start])
        ),
        time_beside=bool(
            _TIME_AFTER.match(tail) or _TIME_BEFORE.search(text[max(0, start - 20) : start])
        ),
        problem=misspelt or _problem(m.group(), day, month, year),
    )


def _earlier(
    text: str, start: int, lead: dict[str, str | None], after: re.Match[str] | None
) -> bool:
    """An earlier day than the writing: "Senin lalu (6/3)", "(6/2) pekan lalu", "sejak …"."""
    if lead.get("lalu") or (after and after.group("lalu")):
        return True
    if _LAST_WEEK_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _SINCE_BEFORE.search(text, max(0, start - 25), start):
        return True
    return _in_earlier_sentence(text, start)


def _in_earlier_sentence(text: str, start: int) -> bool:
    """Does the sentence holding the date at *start* open with "Sebelumnya" (or the like)?"""
    back = max(0, start - _SENTENCE_BACK)
    if "ebelum" not in text[back:start]:
        return False  # the common case: one look, no sentence to find
    opening = back
    for end in _SENTENCE_END.finditer(text, back, start):
        opening = end.end()
    if opening == back and back > 0:
        return False  # the sentence opens farther back than is read
    return bool(_EARLIER_SENTENCE.match(text, opening))


def starts_period(text: str, m: DateMention) -> bool:
    """Is *m* the first day of a period ("sejak Minggu (27/3/2011)")?"""
    return bool(_SINCE_BEFORE.search(text, max(0, m.start - 25), m.start))


@functools.lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for pattern in _FINDERS:
        if pattern is _PATTERNS[3] and not _ENGLISH_ORDER_PART.search(text):
            continue  # no "17, 2019": no match of it
        for m in pattern.finditer(text):
            if any(m.start() < x.end and x.start < m.end() for x in found):
                continue  # a mention holds its match: it would overlap too
            mention = _mention(text, m)
            if mention and not any(mention.start < x.end and x.start < mention.end for x in found):
                found.append(mention)
    return tuple(sorted(found, key=lambda x: x.start))


def find_mentions(text: str) -> list[DateMention]:
    """Every date expression with a day and a month, in reading order, never overlapping."""
    return list(_mentions(text))  # cached: publication and event dates read the same text
