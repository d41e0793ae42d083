"""An article's publication date, from an export's metadata, its URL and its Indonesian text.

Order of evidence: metadata (an export's date field) → a byline stamp in the text ("Kamis, 31 Mei
2012 – 07:15 WIB") when the URL's date is within a day of it (a URL keeps the creation time) → a
date in the URL (/2015/07/06/) → the text: a byline stamp, a dated credit line taken out by the
cleaner ("Penulis: … 14:28 WIB | Minggu, 29 September 2024"), then the first weekday-and-date
("Senin (27/05/2019)", "Rabu (8/2)"), then dates without a weekday. When the year is missing it is
chosen (:mod:`dashboard.dates.years`) from the weekday and everything dated the text names: the
era table, the latest year named, the war's age. A date whose weekday contradicts it is flagged
(``weekday_conflict``), a malformed one is read or named in the note, never silently dropped.
Everything here is a pure function of its arguments (``today`` only bounds the candidate years).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dashboard.dates import banners, latest, ranking
from dashboard.dates.clues import BEFORE_PENALTY, Clue, era_clues, find_clues
from dashboard.dates.events import find_event_dates
from dashboard.dates.mentions import (
    WEEKDAYS,
    DateMention,
    alternation,
    find_mentions,
    starts_period,
    valid_date,
)
from dashboard.dates.pictures import without_pictures
from dashboard.dates.soon_after import SOON_AFTER_CONFIDENCE, day_soon_after
from dashboard.dates.stamps import date_from_url, month_clue, parse_date_string
from dashboard.dates.weekdays import find_weekdays
from dashboard.dates.years import WEEKDAY_NAMES, choose_year
from dashboard.model import DateGuess

__all__ = [
    "choose_year",
    "date_from_url",
    "find_event_dates",
    "find_published",
    "parse_date_string",
]

BORROWED_WEEKDAY_FACTOR = 0.8  # an inferred date whose weekday came from elsewhere in the text
#: … and at most this sure: the bare weekday ("Sabtu", "Jumat pagi") is often another event's day,
#: not the date's ("9 Desember."): such guesses were right 2 times of 11 on the readable sets
#: (dev tune, s22/s23 tune, s24-s27) and gave a date to 5 texts the annotators found undated.
BORROWED_WEEKDAY_MAX = 0.3
TIER_CONFIDENCE = {0: 0.95, 1: 0.8, 2: 0.6}
CREDIT_CONFIDENCE = 0.9
ERA_CONFLICT_CONFIDENCE = 0.3  # a stated date before a named era began (the year may be a typo)
PERIOD_CONFIDENCE = 0.3  # a text whose only dated day starts a period ("sejak Minggu (27/3)")
BANNER_CONFIDENCE = 0.45  # the lead's day under a site's date banner (an estimate)
MALFORMED_COST = 0.15  # a date read though not written as dates are ("7//9/2016")
#: A text read without its URL whose day is the first one its prose names, not a byline's
#: ("Militer merebut kota itu pada Minggu (26/11/2023)."): the day of an event it tells, often the
#: day before the writing. On the readable sets such a date, when it was the text's only one, was
#: right 59 times of 70 read without the URL (every wrong one a day or three early); beside other
#: dates (s29 T and dev tune) 12 times of 15, the 3 wrong ones a day early: an estimate either
#: way. With a URL the URL's date wins when it has one, and when it has none the lone date was
#: right 50 times of 50: it stays as sure as a weekday's date.
LONE_DATE_CONFIDENCE = 0.65
#: The text names the day with another weekday too ("Sabtu (27/8)" and "Kamis (27/8)"): one is a
#: slip, and which is not known. A stated date keeps its year; an inferred one, chosen by the
#: weekday, is a guess.
CONTRADICTED_CONFIDENCE = {"explicit": 0.6, "inferred": 0.3}


def _conflict_guess(
    m: DateMention, stated: dt.date, evidence: str, span: tuple[int, int]
) -> DateGuess:
    assert m.weekday is not None
    fits = [
        d
        for y in range(stated.year - 2, stated.year + 3)
        if (d := valid_date(y, m.month, m.day)) and d.weekday() == m.weekday and d != stated
    ]
    note = (
        f"teks menyebut {WEEKDAY_NAMES[m.weekday]} {m.surface!r}, padahal {stated} jatuh pada "
        f"hari {WEEKDAY_NAMES[stated.weekday()]}"
        + (f"; {fits[0]} jatuh pada hari {WEEKDAY_NAMES[m.weekday]}" if fits else "")
    )
    return DateGuess(
        stated,
        0.3,
        "explicit",
        candidates=(stated, *fits[:1]),
        weekday_conflict=True,
        note=note,
        evidence=evidence,
        span=span,
    )


def _complete_guess(text: str, m: DateMention, tier: int, said: str = "") -> DateGuess:
    stated = m.date
    assert stated is not None
    evidence, span = ranking.evidence(text, m.start, m.end), (m.start, m.end)
    if m.weekday_conflict:
        return _conflict_guess(m, stated, evidence, span)
    days, why = ranking.shift(m, tier)
    date = stated + dt.timedelta(days=days)
    confidence = TIER_CONFIDENCE.get(tier, 0.4) - (0.15 if days else 0.0)
    confidence -= MALFORMED_COST if m.problem else 0.0
    note = "baris tanggal terbit" if tier == 0 else f"tanggal pertama yang disebut {m.surface!r}"
    note = said or note
    return DateGuess(
        date,
        round(confidence, 2),
        "explicit",
        candidates=(date, stated) if days else (date,),
        note="; ".join(filter(None, (note, m.problem, why))),
        evidence=evidence,
        span=span,
    )


def _inferred_guess(
    text: str,
    m: DateMention,
    tier: int,
    weekday: int | None,
    today: dt.date,
    hint_note: str,
    url_clues: tuple[Clue, ...] = (),
) -> DateGuess:
    clues = find_clues(text, today) + url_clues
    choice = choose_year(
        m.day, m.month, weekday, clues=clues, today=today, borrowed=bool(hint_note)
    )
    if not choice.dates:
        return DateGuess(None, 0.0, "none", note="; ".join(choice.reasons))
    confidence = choice.confidence
    if hint_note:
        confidence = min(confidence * BORROWED_WEEKDAY_FACTOR, BORROWED_WEEKDAY_MAX)
    confidence -= MALFORMED_COST if m.problem else 0.0
    days, why = ranking.shift(m, tier)
    dates = [d + dt.timedelta(days=days) for d in choice.dates]
    inferred = f"tahun diperkirakan untuk {m.surface!r}"
    note = "; ".join(filter(None, (inferred, m.problem, hint_note, *choice.reasons, why)))
    return DateGuess(
        dates[0],
        round(confidence, 2),
        "inferred",
        evidence=ranking.evidence(text, m.start, m.end),
        span=(m.start, m.end),
        candidates=tuple(dates),
        note=note,
    )


def _before_its_eras(guess: DateGuess, text: str) -> DateGuess:
    """A stated date before something the text names had begun ("HTS" in a text dated 2016):
    the date stands, but less sure, and the note says which clue it contradicts. (After an era
    ended is no conflict: articles look back.) Only the eras are looked for: of the other clues,
    the latest year named only bounds a guess from below and the war's age is a rough count."""
    if guess.date is None:
        return guess
    early = [c.describe() for c in era_clues(text) if c.penalty(guess.date) >= BEFORE_PENALTY]
    if not early:
        return guess
    note = f"petunjuk bertentangan: {guess.date} lebih awal dari " + ", ".join(early)
    confidence = min(guess.confidence, ERA_CONFLICT_CONFIDENCE)
    return replace(guess, confidence=confidence, note="; ".join(filter(None, (guess.note, note))))


def _credit_guess(credits: tuple[str, ...]) -> DateGuess | None:
    found = ranking.byline_date(credits)
    if found is None:
        return None
    m, line = found
    assert m.date is not None
    note = "tanggal pada baris penulis (dipindah dari teks sebagai kredit)"
    return DateGuess(
        m.date, CREDIT_CONFIDENCE, "explicit", evidence=line, candidates=(m.date,), note=note
    )


def _invalid_note(mentions: list[DateMention]) -> str:
    bad = [m.problem for m in mentions if not m.valid]
    return "; ".join(bad)


def _from_text(
    text: str,
    today: dt.date,
    credits: tuple[str, ...] = (),
    url_clues: tuple[Clue, ...] = (),
    *,
    url_known: bool = False,
) -> DateGuess:
    mentions = find_mentions(text)
    ranked = sorted(
        (
            (t, m.start, m)
            for m in mentions
            if (t := ranking.tier(text, m)) is not None and (t == 0 or not latest.to_come(text, m))
        ),
        key=lambda x: x[:2],
    )
    if (not ranked or ranked[0][0] > 0) and (glued := ranking.glued_byline(text)):
        ranked.insert(0, (0, glued.start, glued))  # "Nama Penulis25 Juni 2013"
    if not ranked or ranked[0][0] > 0:
        credit = _credit_guess(credits)
        if credit is not None:
            return credit
    recent: list[DateMention] | None = None  # read only where needed: not on the common path
    earlier: list[DateMention] | None = None
    if url_clues:  # a month in the URL: the dates that can lie in it, when any can
        recent, earlier = _period_starts(text, mentions), _earlier_days(text, mentions)
        inside = [r for r in ranked if _in_windows(r[2], url_clues, today)]
        recent_in = [m for m in recent if _in_windows(m, url_clues, today)]
        earlier_in = [m for m in earlier if _in_windows(m, url_clues, today)]
        if inside or recent_in or earlier_in:
            ranked, recent, earlier = inside, recent_in, earlier_in
    if not ranked:
        recent = _period_starts(text, mentions) if recent is None else recent
        earlier = _earlier_days(text, mentions) if earlier is None else earlier
        if recent:
            return _period_guess(text, mentions, recent[-1], today, url_clues)
        if earlier:
            return _after_earlier_guess(text, mentions, earlier[-1], today, url_clues)
        coming = _days_to_come(text, mentions)
        if coming:
            return _before_coming_guess(text, mentions, coming[0], today, url_clues)
        bad = _invalid_note(mentions)
        return DateGuess(None, 0.0, "none", note=bad or "tidak ada tanggal dalam teks")
    tier, _, m = ranked[0]
    tiers = [(t, x) for t, _, x in ranked]
    if tier == 0 and (lead := banners.lead_day(text, m, tiers)):
        return _banner_guess(text, tiers, m, *lead)
    guess = _first_guess(text, mentions, m, tier, today, url_clues)
    if tier > 0:
        guess = _soon_after(text, mentions, _to_latest(text, tiers, m, guess))
        guess = guess if url_known else _event_day(text, guess, m)
    guess = _other_weekday(guess, mentions)
    return _before_its_eras(guess, text) if guess.method == "explicit" else guess


def _soon_after(text: str, mentions: list[DateMention], guess: DateGuess) -> DateGuess:
    """The day taken, when the text names a day two or three days after it with a bare weekday
    (:mod:`soon_after`): an estimate, the note says which day."""
    if guess.date is None or guess.confidence <= SOON_AFTER_CONFIDENCE:
        return guess
    found = day_soon_after(text, mentions, guess.date)
    if found is None:
        return guess
    w, days = found
    note = f"teks juga menyebut {w.surface!r}, {days} hari sesudahnya: mungkin ditulis kemudian"
    return replace(
        guess, confidence=SOON_AFTER_CONFIDENCE, note="; ".join(filter(None, (guess.note, note)))
    )


def _event_day(text: str, guess: DateGuess, first: DateMention) -> DateGuess:
    """The day taken, when it is the first day the prose of a text read without its URL names
    (no byline's, no later day reported after it): the day of an event, maybe the day before the
    writing (:data:`LONE_DATE_CONFIDENCE`). Said to be today ("hari ini (5/6)"), or the day a
    quoted source reported ("dilansir Reuters (10/3/2025)"), it stays."""
    first_named = guess.note.startswith("tanggal pertama yang disebut")
    if not first_named or guess.confidence <= LONE_DATE_CONFIDENCE:
        return guess
    if first.today or ranking.cited(text, first):
        return guess
    note = (
        "hari peristiwa yang pertama disebut, bukan baris tanggal: mungkin terbit sehari kemudian"
    )
    return replace(
        guess, confidence=LONE_DATE_CONFIDENCE, note="; ".join(filter(None, (guess.note, note)))
    )


def _period_starts(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days named with their weekday that start a period ("sejak Minggu (27/3/2011)")."""
    return [m for m in mentions if m.valid and m.weekday is not None and starts_period(text, m)]


def _earlier_days(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The earlier days of this week named with their weekday ("Senin lalu (6/3)")."""
    return [
        m
        for m in mentions
        if m.valid and m.weekday is not None and m.past and not _weeks_ago(text, m)
    ]


def _in_windows(m: DateMention, clues: tuple[Clue, ...], today: dt.date) -> bool:
    """Can the mentioned day (in its year, or in any year when it names none) lie in a window of
    the clues?"""
    for clue in clues:
        for first, last in clue.windows:
            last = last or today
            for year in (m.year,) if m.year else range(first.year, last.year + 1):
                d = valid_date(year, m.month, m.day)
                if d is not None and first <= d <= last:
                    return True
    return False


def _other_weekday(guess: DateGuess, mentions: list[DateMention]) -> DateGuess:
    """The day taken, when the text names it with another weekday elsewhere ("Sabtu (27/8)" and
    "Kamis (27/8)"): the note says so and the confidence falls."""
    m = next((x for x in mentions if (x.start, x.end) == guess.span), None)
    if m is None or m.weekday is None:
        return guess
    other = next(
        (
            x
            for x in mentions
            if (x.day, x.month) == (m.day, m.month)
            and x.weekday is not None
            and x.weekday != m.weekday
            and (x.year is None or m.year is None or x.year == m.year)
        ),
        None,
    )
    if other is None:
        return guess
    note = f"teks juga menyebut {other.surface!r}: hari untuk {m.day}/{m.month} tidak konsisten"
    confidence = min(guess.confidence, CONTRADICTED_CONFIDENCE.get(guess.method, 0.3))
    return replace(guess, confidence=confidence, note="; ".join((guess.note, note)))


def _period_guess(
    text: str,
    mentions: list[DateMention],
    m: DateMention,
    today: dt.date,
    url_clues: tuple[Clue, ...],
) -> DateGuess:
    """A text whose only dates start periods: a day named with its weekday ("sejak Minggu
    (27/3/2011)") is recent, so the latest is an estimate of the day of writing."""
    guess = _first_guess(text, mentions, m, 1, today, url_clues)
    note = f"hanya awal suatu masa yang disebut ({m.surface!r}): perkiraan"
    confidence = min(guess.confidence, PERIOD_CONFIDENCE)
    return replace(guess, confidence=confidence, note="; ".join(filter(None, (note, guess.note))))


#: "pekan lalu", "bulan lalu", "Sabtu minggu lalu": a day of last week or month, which may be
#: many days before the writing ("Minggu lalu (6/3)" alone is last Sunday).
_WEEKS_AGO = re.compile(
    rf"(?i)\b(?:pekan|bulan)\s+lalu\b|\b(?:{alternation(WEEKDAYS)})\s+minggu\s+lalu\b"
)


def _weeks_ago(text: str, m: DateMention) -> bool:
    """Is *m* a day of last week or last month, not of this one?"""
    return bool(_WEEKS_AGO.search(text, max(0, m.start - 20), min(len(text), m.end + 15)))


def _after_earlier_guess(
    text: str,
    mentions: list[DateMention],
    m: DateMention,
    today: dt.date,
    url_clues: tuple[Clue, ...],
) -> DateGuess:
    """A text whose only dates are earlier days of this week named with their weekday ("Ahad
    kemarin (17/12/2017)", "Senin lalu (6/3)"): it was written after the last one it names,
    within the week; the next day is the estimate. A day of last week or month ("Sabtu (6/2)
    pekan lalu") may be many days before: no estimate."""
    note = f"hanya hari yang sudah lewat yang disebut ({m.surface!r}): perkiraan sehari sesudahnya"
    return _shifted_guess(text, mentions, m, today, url_clues, 1, note)


def _days_to_come(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The days still to come named with their weekday ("akan berakhir Sabtu (20/5)")."""
    return [
        m
        for m in mentions
        if m.valid and m.weekday is not None and not m.past and latest.to_come(text, m)
    ]


def _before_coming_guess(
    text: str,
    mentions: list[DateMention],
    m: DateMention,
    today: dt.date,
    url_clues: tuple[Clue, ...],
) -> DateGuess:
    """A text whose only dates are days still to come, named with their weekday ("diperkirakan
    akan berakhir Sabtu (20/5)", "Kamis (6/3) besok"): it was written before the first it names,
    within the week; the day before is the estimate, as the day after is for a text of earlier
    days only (:func:`_after_earlier_guess`)."""
    note = f"hanya hari yang akan datang yang disebut ({m.surface!r}): perkiraan sehari sebelumnya"
    return _shifted_guess(text, mentions, m, today, url_clues, -1, note)


def _shifted_guess(
    text: str,
    mentions: list[DateMention],
    m: DateMention,
    today: dt.date,
    url_clues: tuple[Clue, ...],
    days: int,
    note: str,
) -> DateGuess:
    """The guess for *m*'s day moved by *days* (the text was written that many days after it;
    before it when negative), at the confidence of a period's start at most, *note* first."""
    guess = _first_guess(text, mentions, m, 1, today, url_clues)
    if guess.date is None:
        return guess
    shift = dt.timedelta(days=days)
    return replace(
        guess,
        date=guess.date + shift,
        candidates=tuple(d + shift for d in guess.candidates),
        confidence=min(guess.confidence, PERIOD_CONFIDENCE),
        note="; ".join(filter(None, (note, guess.note))),
    )


def _banner_guess(
    text: str,
    ranked: list[tuple[int, DateMention]],
    stamp: DateMention,
    m: DateMention,
    day: dt.date,
) -> DateGuess:
    """The lead's day, when the line above it is a site's banner (:mod:`banners`)."""
    assert stamp.date is not None
    note = (
        f"baris {stamp.surface!r} {(stamp.date - day).days} hari sesudah {m.surface!r}: "
        "tanggal situs, bukan tanggal terbit"
    )
    guess = DateGuess(
        day,
        BANNER_CONFIDENCE,
        "explicit" if m.year is not None else "inferred",
        evidence=ranking.evidence(text, m.start, m.end),
        span=(m.start, m.end),
        candidates=(day, stamp.date),
        note=note,
    )
    return _to_latest(text, ranked, m, guess)


def _first_guess(
    text: str,
    mentions: list[DateMention],
    m: DateMention,
    tier: int,
    today: dt.date,
    url_clues: tuple[Clue, ...] = (),
) -> DateGuess:
    if m.date is not None:
        return _complete_guess(text, m, tier)
    twin = _stated_twin(m, mentions)
    if twin is not None:
        guess = _complete_guess(text, replace(m, year=twin.year), tier)
        note = f"tahun dari {twin.surface!r} di bagian lain teks"
        return replace(guess, note="; ".join((guess.note, note)))
    weekday, hint_note = m.weekday, ""
    if weekday is None:
        taken = [(x.start, x.end) for x in mentions]
        bare = next((w for w in find_weekdays(text, taken) if w.direction == "recent"), None)
        if bare is not None:
            weekday = bare.weekday
            hint_note = f"nama hari dari {bare.surface!r} di bagian lain teks"
    return _inferred_guess(text, m, tier, weekday, today, hint_note, url_clues)


def _stated_twin(m: DateMention, mentions: list[DateMention]) -> DateMention | None:
    """The same day and month stated with its year elsewhere in the text, "Jumat (21/5) malam"
    … "Sabtu (21/5/2022)": its year is the text's own, not a guess. Only when a weekday ties
    them to one year (the twin's own, or the first one's): "Kamis (15/3)" beside "15 Maret 2011"
    is an anniversary of another year."""
    for x in mentions:
        d = x.date
        if d is None or (x.day, x.month) != (m.day, m.month) or x.past:
            continue
        if (x.weekday is not None and not x.weekday_conflict) or m.weekday == d.weekday():
            return x
    return None


def _to_latest(
    text: str, ranked: list[tuple[int, DateMention]], first: DateMention, guess: DateGuess
) -> DateGuess:
    """The latest day the text reports after the first one, when it names one (:mod:`latest`)."""
    if guess.date is None:
        return guess
    later = latest.later_day(text, ranked, first, guess.date)
    if later is None:
        return guess
    m = later.mention
    said = f"hari terakhir yang dilaporkan {m.surface!r}, sesudah {first.surface!r}"
    if m.date is not None:
        found = _complete_guess(text, m, later.tier, said)
        return (
            found if found.note.startswith(said) else replace(found, note=f"{said}; {found.note}")
        )
    delta = later.date - guess.date
    return replace(
        guess,
        date=later.date,
        candidates=tuple(d + delta for d in guess.candidates),
        evidence=ranking.evidence(text, m.start, m.end),
        span=(m.start, m.end),
        note=f"{said}; {guess.note}",
    )


def _with_url(guess: DateGuess, url_date: dt.date, fragment: str, meta_note: str) -> DateGuess:
    """The URL's date, unless a byline in the text is within a day of it (the URL holds the time
    a page was created, the byline the time it went out)."""
    if guess.note.startswith("baris tanggal terbit") and guess.date and guess.date != url_date:
        if abs((guess.date - url_date).days) <= 1:
            note = f"{guess.note}; tanggal di URL ({fragment}) selisih sehari"
            return replace(guess, note=note)
    agrees = guess.date == url_date
    # the text's date contradicts itself (a weekday that does not fit): no support for the URL's
    doubted = guess.weekday_conflict or "tidak konsisten" in guess.note
    parts = (
        f"tanggal di URL ({fragment})",
        "teks sesuai" if agrees else (f"teks menunjukkan {guess.date}" if guess.date else None),
        f"catatan teks: {guess.note}" if doubted else None,
        meta_note,
    )
    return DateGuess(
        url_date,
        0.98 if agrees and not doubted else 0.95,
        "explicit",
        evidence=fragment,
        candidates=(url_date,),
        note="; ".join(filter(None, parts)),
    )


def find_published(
    text: str,
    *,
    url: str | None = None,
    metadata: str | None = None,
    today: dt.date | None = None,
    credits: tuple[str, ...] = (),
) -> DateGuess:
    """The article's publication date, with how it was found and how sure it is.

    ``credits`` are the lines the cleaner took out of the text ("Penulis: …"): a date in one of
    them is a byline's."""
    today = today or dt.date.today()
    meta_note = ""
    if metadata:
        d = parse_date_string(metadata)
        if d:
            note = "kolom tanggal pada rekaman"
            return DateGuess(d, 1.0, "metadata", evidence=metadata, note=note)
        meta_note = f"tanggal metadata {metadata!r} tidak dipahami"
    from_url = date_from_url(url, today)
    url_clues = () if from_url else month_clue(url, today)
    guess = _from_text(without_pictures(text), today, credits, url_clues, url_known=bool(url))
    if from_url:
        return _with_url(guess, *from_url, meta_note)
    if meta_note:
        return replace(guess, note="; ".join(filter(None, (meta_note, guess.note))))
    return guess
