"""Find date expressions in Indonesian news text: the raw material of
:mod:`dashboard.dates.publication`.

Recognised: "Senin (27/05/2019)", "Rabu (8/2)", "(21/8)", "27 Mei 2019", "Sabtu, 30 November",
"Senin, 27/05/2019 14:05 WIB", "KAMIS, 14 MARET 2019", "Selasa 16 Dec 2014", "Ahad malam
(9/7/2017)", "Sabtu (4/3) malam"; bare weekdays ("hari Rabu", "Senin lalu"); and year hints
("Maret 2011", "pada tahun 2016", "lima tahun … sejak konflik di Suriah pecah").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

# fmt: off
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "sebtember": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "sebelas": 11, "dua belas": 12, "tiga belas": 13,
    "empat belas": 14, "lima belas": 15,
}
# fmt: on


def _alternation(words) -> str:
    ordered = sorted(words, key=len, reverse=True)  # longest first: "agustus" before "agu"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_WD = rf"(?P<wd>{_alternation(WEEKDAYS)})"
_MON = rf"(?P<mon>{_alternation(MONTHS)})"
_PART = r"(?:\s+(?P<part>pagi|siang|sore|petang|malam|dini\s+hari))?"
_LALU = r"(?:\s+(?P<lalu>lalu|kemarin))?"
#: What may stand before a date: "Senin (", "Ahad malam (", "Minggu lalu ", "RABU, ".
_LEAD_BEFORE = re.compile(rf"(?i)\b{_WD}{_PART}{_LALU}\s*,?\s*$")
_LEAD_WINDOW = 40
#: Date cores, matched from their first digit (or bracket) so the scan stays fast.
_PATTERNS = (
    # "(8/2)", "(27/05/2019)", "(6/2/23)"
    re.compile(r"\(\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\s*\)"),
    # "27/05/2019", "18.08.2012", "27-05-2019"
    re.compile(r"\b(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
    # "27 Mei 2019", "30 November", "(5 Juli)", "15 Dec 2014", "12 Sept. 2016"
    re.compile(
        rf"(?i:(?P<open>\(\s*)?\b(?P<d>\d{{1,2}})\s+{_MON}\b\.?(?:\s*,?\s*(?P<y>\d{{4}})\b)?"
        r"(?(open)\s*\)))"
    ),
)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_TIME_AFTER = re.compile(r"^\s*[,|–—-]?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b")
_KEMARIN_BEFORE = re.compile(r"(?i)\bkemarin\s*$")
_PART_AFTER = re.compile(r"(?i)^\s*(?P<part>pagi|siang|sore|petang|malam|dini\s+hari)\b")
#: A weekday name written as a name (capitalised), with what qualifies it.
_BARE_WEEKDAY = re.compile(
    rf"(?i)(?<![\w(])(?P<wd>{_alternation(WEEKDAYS)})\b"
    r"(?P<qual>(?:\s+(?:pagi|siang|sore|petang|malam|dini\s+hari))?"
    r"(?:\s+(?:lalu|kemarin|depan|mendatang))?)"
)
_YEAR_HINT = re.compile(
    rf"(?i:\b(?:(?P<lead>tahun|pada|sejak|awal|akhir|pertengahan|medio)|{_MON})\s+(?P<y>(?:19|20)\d{{2}})\b)"
)
_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:hingga|sampai|target|menjelang|jelang|rencana)\s+(?:pada\s+)?(?:tahun\s+)?$"
)
_FUTURE_AFTER = re.compile(r"(?i)^\s*(?:mendatang|nanti|depan)\b")
_N = rf"(?P<n>\d{{1,2}}|{_alternation(NUMBER_WORDS)})"
_WAR = r"(?:konflik|perang|revolusi|krisis|pemberontakan)"
_WAR_YEARS = (
    # "lima tahun terakhir, atau sejak konflik di Suriah pecah"
    re.compile(rf"(?i:\b{_N}\s+tahun\b[^.]{{0,60}}?\bsejak\s+(?:\w+\s+){{0,2}}{_WAR}\b)"),
    # "perang saudara yang telah berlangsung enam tahun"
    re.compile(
        rf"(?i:\b{_WAR}\s+(?:\w+\s+){{0,6}}?(?:berlangsung|berjalan|berkecamuk|memasuki)\s+"
        rf"(?:selama\s+)?(?:lebih\s+dari\s+)?{_N}\s+tahun\b)"
    ),
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
    past: bool = False  # "Senin lalu (6/3)": a past event, not the day of writing
    yesterday: bool = False  # "kemarin (28/5)": the day before the day of writing
    time_follows: bool = False  # "… 16:33 WIB": a byline's stamp

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


def _mention(text: str, m: re.Match) -> DateMention | None:
    groups = m.groupdict()
    month = MONTHS[groups["mon"].casefold()] if groups.get("mon") else int(groups["m"])
    day, year = int(groups["d"]), _year(groups.get("y"))
    if valid_date(year or 2012, month, day) is None:  # 2012: a leap year, so 29/2 passes
        return None
    start = m.start()
    lead = _LEAD_BEFORE.search(text, max(0, start - _LEAD_WINDOW), start)
    lead_groups = lead.groupdict() if lead else {}
    if lead:
        start = lead.start()
    part = lead_groups.get("part")
    after = text[m.end() : m.end() + 40]
    if part is None and (pm := _PART_AFTER.match(after)):
        part = pm.group("part")  # "Sabtu (4/3) malam"
    wd = lead_groups.get("wd")
    return DateMention(
        start=start,
        end=m.end(),
        surface=text[start : m.end()],
        day=day,
        month=month,
        year=year,
        weekday=WEEKDAYS[wd.casefold()] if wd else None,
        part=" ".join(part.casefold().split()) if part else None,
        past=bool(lead_groups.get("lalu")),
        yesterday=bool(_KEMARIN_BEFORE.search(text[max(0, start - 12) : start])),
        time_follows=bool(_TIME_AFTER.match(after)),
    )


@functools.lru_cache(maxsize=16)
def _mentions(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for pattern in (*_PATTERNS, _ISO):
        for m in pattern.finditer(text):
            mention = _mention(text, m)
            if mention and not any(mention.start < x.end and x.start < mention.end for x in found):
                found.append(mention)
    return tuple(sorted(found, key=lambda x: x.start))


def find_mentions(text: str) -> list[DateMention]:
    """Every date expression with a day and a month, in reading order, never overlapping."""
    return list(_mentions(text))  # cached: publication and event dates read the same text


@dataclass(frozen=True, slots=True)
class WeekdayMention:
    """A weekday named without a date: "hari Rabu", "Senin lalu", "Ahad malam"."""

    start: int
    end: int
    surface: str
    weekday: int
    direction: str  # "past" ("Senin lalu"), "next" ("Senin depan"), "recent" (on or before)


def find_weekdays(text: str, taken: list[tuple[int, int]]) -> list[WeekdayMention]:
    """Capitalised weekday names outside the ``taken`` date spans."""
    out = []
    for m in _BARE_WEEKDAY.finditer(text):
        if not text[m.start()].isupper() or any(m.start() < e and s < m.end() for s, e in taken):
            continue  # lower-case "minggu" is a week, not Sunday
        qual = m.group("qual").casefold()
        direction = "past" if ("lalu" in qual or "kemarin" in qual) else "recent"
        if "depan" in qual or "mendatang" in qual:
            direction = "next"
        surface = m.group().rstrip()
        out.append(
            WeekdayMention(
                m.start(),
                m.start() + len(surface),
                surface,
                WEEKDAYS[m.group("wd").casefold()],
                direction,
            )
        )
    return out


def year_hints(text: str, latest: int) -> list[int]:
    """Years the text places events in ("Maret 2011", "pada tahun 2016"), up to ``latest``."""
    years = [m.year for m in find_mentions(text) if m.year and m.date]
    for m in _YEAR_HINT.finditer(text):
        if _FUTURE_BEFORE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "hingga tahun 2030": a plan, not an event
        if _FUTURE_AFTER.match(text[m.end() : m.end() + 15]):
            continue  # "pada 2030 mendatang"
        years.append(int(m.group("y")))
    return sorted(y for y in set(years) if 1900 < y <= latest)


def war_years(text: str) -> int | None:
    """Years since the Syrian war began, as the text counts them ("lima tahun … sejak konflik")."""
    for pattern in _WAR_YEARS:
        m = pattern.search(text)
        if m:
            raw = " ".join(m.group("n").casefold().split())
            return int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    return None
