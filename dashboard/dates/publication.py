"""An article's publication date and the event dates it names, from Indonesian text.

Order of evidence: metadata (an export's date field) → a date in the URL (/2015/07/06/) → the
text: a byline stamp ("Kamis, 31 Mei 2012 – 07:15 WIB"), then the first weekday-and-date
("Senin (27/05/2019)", "Rabu (8/2)"), then dates without a weekday. When the year is missing it is
inferred (:mod:`dashboard.dates.years`): the weekday must agree with day and month, years the text
names set a floor, and phrases like "lima tahun … sejak konflik di Suriah pecah" count from the
war's start (March 2011); every candidate is kept, and the confidence falls with their number. A
date whose weekday contradicts it is flagged (``weekday_conflict``), never silently accepted.
Everything here is a pure function of its arguments (``today`` only bounds the candidate years).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dashboard.dates import mentions as dm
from dashboard.dates.events import find_event_dates
from dashboard.dates.years import WEEKDAY_NAMES, infer_dates, inferred_confidence, war_window
from dashboard.model import DateGuess

__all__ = [
    "date_from_url",
    "find_event_dates",
    "find_published",
    "infer_dates",
    "inferred_confidence",
    "parse_date_string",
    "war_window",
]

BORROWED_WEEKDAY_FACTOR = 0.8  # an inferred date whose weekday came from elsewhere in the text
_BYLINE_PARAGRAPHS = 8  # bylines sit above the lead
_BYLINE_MAX_LEN = 140
_URL_DATE = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=/|$|[?#._-])"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=/|$)"),
)
_ISO_START = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_ENGLISH = re.compile(  # "May 27, 2019"
    rf"(?i)\b(?P<mon>{'|'.join(dm.MONTHS)})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
)


def parse_date_string(value: str) -> dt.date | None:
    """A date from a metadata field: ISO, "27/05/2019", "Senin, 27 Mei 2019", "May 27, 2019"."""
    m = _ISO_START.match(value) or _ENGLISH.search(value)
    if m:
        mon = m.groupdict().get("mon")
        month = dm.MONTHS[mon.casefold()] if mon else int(m.group("m"))
        return dm.valid_date(int(m.group("y")), month, int(m.group("d")))
    return next((x.date for x in dm.find_mentions(value) if x.date), None)


def date_from_url(url: str | None) -> tuple[dt.date, str] | None:
    """The date a URL's path carries ("/read/2018/06/08/…", "/read/20230209/…") and its text."""
    if not url:
        return None
    for pattern in _URL_DATE:
        for m in pattern.finditer(url):
            d = dm.valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d and d.year >= 1990:
                return d, m.group().strip("/")
    return None


def _weekday_name(d: dt.date) -> str:
    return WEEKDAY_NAMES[d.weekday()]


def _paragraph(text: str, pos: int) -> tuple[int, int, int]:
    """Start, end and index of the paragraph (line) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    return start, end, sum(1 for line in text[:start].split("\n") if line.strip())


def _is_byline(text: str, m: dm.DateMention) -> bool:
    start, end, index = _paragraph(text, m.start)
    if index >= _BYLINE_PARAGRAPHS or end - start > _BYLINE_MAX_LEN:
        return False
    if m.time_follows:
        return True  # "… 16:33 WIB"
    rest = (text[start : m.start] + text[m.end : end]).strip()
    return sum(c.isalpha() for c in rest) <= 15 and not rest.endswith((".", "!", "?"))


def _tier(text: str, m: dm.DateMention) -> int | None:
    """How strongly a mention speaks for the day of writing: 0 best; None = not at all."""
    if m.past:
        return None  # "Senin lalu (6/3)": an earlier event
    if _is_byline(text, m):
        return 0
    if m.weekday_conflict:
        return 3
    if m.weekday is not None or m.yesterday:
        return 1
    if m.year is not None or m.surface.startswith("("):
        return 2  # "(21/8)": the news style for "on that day", weekday maybe said elsewhere
    return 4  # "pada 20 Januari": usually an earlier event


def _evidence(text: str, start: int, end: int) -> str:
    p_start, p_end, _ = _paragraph(text, start)
    return " ".join(text[max(p_start, start - 50) : min(p_end, end + 30)].split())


def _shift(m: dm.DateMention, tier: int) -> tuple[int, str]:
    """Days from the mentioned date to the day of writing, and why."""
    if m.yesterday:
        return 1, "'kemarin' berarti sehari sebelum ditulis"
    if m.part == "malam" and tier > 0:
        return 1, (
            "malam di Suriah sudah lewat tengah malam di Indonesia (UTC+7): "
            "kemungkinan terbit esok harinya"
        )
    return 0, ""


def _complete_guess(text: str, m: dm.DateMention, tier: int) -> DateGuess:
    stated = m.date
    assert stated is not None
    common = {"evidence": _evidence(text, m.start, m.end), "span": (m.start, m.end)}
    if m.weekday_conflict:
        fits = [
            d
            for y in range(stated.year - 2, stated.year + 3)
            if (d := dm.valid_date(y, m.month, m.day)) and d.weekday() == m.weekday and d != stated
        ]
        note = (
            f"teks menyebut {WEEKDAY_NAMES[m.weekday]} {m.surface!r}, padahal {stated} jatuh pada "
            f"hari {_weekday_name(stated)}"
            + (f"; {fits[0]} jatuh pada hari {WEEKDAY_NAMES[m.weekday]}" if fits else "")
        )
        return DateGuess(
            stated,
            0.3,
            "explicit",
            candidates=(stated, *fits[:1]),
            weekday_conflict=True,
            note=note,
            **common,
        )
    days, why = _shift(m, tier)
    date = stated + dt.timedelta(days=days)
    confidence = {0: 0.95, 1: 0.8, 2: 0.6}.get(tier, 0.4) - (0.15 if days else 0.0)
    note = "baris tanggal terbit" if tier == 0 else f"tanggal pertama yang disebut {m.surface!r}"
    candidates = (date, stated) if days else (date,)
    return DateGuess(
        date,
        round(confidence, 2),
        "explicit",
        candidates=candidates,
        note="; ".join(filter(None, (note, why))),
        **common,
    )


def _inferred_guess(
    text: str, m: dm.DateMention, tier: int, weekday: int | None, today: dt.date, hint_note: str
) -> DateGuess:
    floor = max(dm.year_hints(text, today.year), default=None)
    war = dm.war_years(text)
    dates, reasons = infer_dates(m.day, m.month, weekday, floor=floor, war=war, today=today)
    if not dates:
        return DateGuess(None, 0.0, "none", note="; ".join(reasons))
    confidence = inferred_confidence(dates, weekday, floor=floor, war=war)
    if hint_note:
        confidence *= BORROWED_WEEKDAY_FACTOR
    days, why = _shift(m, tier)
    dates = [d + dt.timedelta(days=days) for d in dates]
    inferred = f"tahun diperkirakan untuk {m.surface!r}"
    note = "; ".join(filter(None, (inferred, hint_note, *reasons, why)))
    return DateGuess(
        dates[0],
        round(confidence, 2),
        "inferred",
        evidence=_evidence(text, m.start, m.end),
        span=(m.start, m.end),
        candidates=tuple(dates),
        note=note,
    )


def _from_text(text: str, today: dt.date) -> DateGuess:
    mentions = dm.find_mentions(text)
    ranked = sorted(
        ((t, m.start, m) for m in mentions if (t := _tier(text, m)) is not None),
        key=lambda x: x[:2],
    )
    if not ranked:
        return DateGuess(None, 0.0, "none", note="tidak ada tanggal dalam teks")
    tier, _, m = ranked[0]
    if m.date is not None:
        return _complete_guess(text, m, tier)
    weekday, hint_note = m.weekday, ""
    if weekday is None:
        taken = [(x.start, x.end) for x in mentions]
        bare = next((w for w in dm.find_weekdays(text, taken) if w.direction == "recent"), None)
        if bare is not None:
            weekday = bare.weekday
            hint_note = f"nama hari dari {bare.surface!r} di bagian lain teks"
    return _inferred_guess(text, m, tier, weekday, today, hint_note)


def find_published(
    text: str,
    *,
    url: str | None = None,
    metadata: str | None = None,
    today: dt.date | None = None,
) -> DateGuess:
    """The article's publication date, with how it was found and how sure it is."""
    today = today or dt.date.today()
    meta_note = ""
    if metadata:
        d = parse_date_string(metadata)
        if d:
            note = "kolom tanggal pada rekaman"
            return DateGuess(d, 1.0, "metadata", evidence=metadata, note=note)
        meta_note = f"tanggal metadata {metadata!r} tidak dipahami"
    guess = _from_text(text, today)
    from_url = date_from_url(url)
    if from_url:
        d, fragment = from_url
        agrees = guess.date == d
        note = "; ".join(
            filter(
                None,
                (
                    f"tanggal di URL ({fragment})",
                    "teks sesuai" if agrees else guess.date and f"teks menunjukkan {guess.date}",
                    meta_note,
                ),
            )
        )
        return DateGuess(
            d, 0.98 if agrees else 0.95, "explicit", evidence=fragment, candidates=(d,), note=note
        )
    if meta_note:
        return replace(guess, note="; ".join(filter(None, (meta_note, guess.note))))
    return guess
