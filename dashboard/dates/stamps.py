"""Dates stated outside the article's prose: a metadata field, or the page's URL.

URLs carry dates in several shapes: "/read/2018/06/08/…", "/read/20230209/…", "/26/07/2018/…",
"/2014/02/140207_…" (a yymmdd name under its year and month folder), a creation stamp
"/20150524141531-120-…" (yyyymmddhhmmss), and an object id ("/610301b806310e77c1151392/"): 24 hex
digits whose first eight are the second it was made, counted from 1970 (the MongoDB ObjectId, as
its manual describes it), read as the day in Western Indonesia (UTC+7), as Indonesian outlets date
their pages. A slug ending in ten digits ("…-loyalis-assad-1735197130", as Sindonews makes them)
ends in the second the page was made, counted from 1970 (a Unix time), read as a WIB day the same
way; so does one opening the title with the ten digits glued to its first word or before a
hyphen ("/baca/1576638582Tragis-Puluhan-…", "/baca/1609119373-warga-…", as Riau24 makes them).
Republika's article code ("/berita/ngm9wf/…", "/berita/t3qjzz320/…", "/15/01/28/niw6p7-…",
"/berita/internasional/timur-tengah/po7w0u320/…", "/amp/rfest8370/…") opens with the second the
page was made written in base 36 (six digits, then maybe decimal ones): read the same way, on
that outlet's pages only (six letters and digits are a word as often), Ihram's (ihram.co.id, its
hajj and umrah site) included. A
URL that holds only a year and a month ("/2012/02/slug.html", as blogs and some outlets make
them) dates no day, but bounds the year of a date the text writes without one
(:func:`month_from_url`).
"""

from __future__ import annotations

import datetime as dt
import re

from dashboard.dates.clues import Clue
from dashboard.dates.mentions import MONTHS, alternation, find_mentions, valid_date

__all__ = ["date_from_url", "month_clue", "month_from_url", "parse_date_string"]

_FILE_END = r"\.[a-z]{2,5}(?:$|[?#])"  # "/2015/07/06.html": the day as the page's name
_URL_DATE = (
    # the day a path segment of its own: "/2016/08/12-tank-…" opens a title with a number
    re.compile(
        rf"/(?P<y>(?:19|20)\d{{2}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})(?=/|$|[?#]|{_FILE_END})"
    ),
    re.compile(r"/(?P<y>(?:19|20)(?P<yy>\d{2}))/(?P<m>\d{2})/(?P=yy)(?P=m)(?P<d>\d{2})(?=[/_.-])"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:[0-2]\d[0-5]\d[0-5]\d)?(?=/|$|-)"),
    re.compile(r"/(?P<d>\d{2})/(?P<m>\d{2})/(?P<y>20\d{2})(?=/)"),
)
#: "/yyyy/mm/" with no day segment after it: a number opening the slug ("/2016/08/12-tank-…") is
#: the title's, not a day (a day is a path segment of its own, as WordPress and every dated URL of
#: the readable sets make it).
_URL_MONTH = re.compile(
    rf"/(?P<y>(?:19|20)\d{{2}})/(?P<m>0[1-9]|1[0-2])/(?!\d{{1,2}}(?:/|$|[?#]|{_FILE_END}))"
)
_OBJECT_ID = re.compile(r"/(?P<id>[0-9a-f]{24})(?=/|$|[?#])")
#: A Unix time closing a slug: ten digits from 1200000000 (January 2008) on, after a hyphen; or
#: opening a path segment before the title's first word, glued to it or after a hyphen
#: ("/1576638582Tragis-…", "/baca/1609119373-warga-sipil-…", as Riau24 makes both). An
#: article's serial is shorter: the serials before a title in the readable sets' URLs have six or
#: seven digits ("/read/466909-korban-…", "/dunia/1413457-anak-…"); a ten-digit one would count
#: past a billion articles.
_UNIX_TIME = re.compile(
    r"-(?P<ts>1[2-9]\d{8})(?=$|[/?#])|/(?P<glued>1[2-9]\d{8})(?=[^\W\d_]|-[^\W\d_])"
)
#: A URL's month ("/2012/02/") holds the day the page was made: the text's day may be an event
#: some days before that month began, never one after it ended (only weakly: a later update).
URL_MONTH_LEAD_DAYS = 10
#: Republika's article code: six base-36 digits, the Unix second the page was made, then maybe
#: three decimal ones (or ten: "/berita/r6n5uo1592936279"). Read from its URLs: the three in the
#: dev corpus's tune part give their gold dates, old ones holding both a code and "/yy/mm/dd/"
#: agree ("/15/01/28/niw6p7-…": 28 January 2015, 21:53 WIB), and so do the codes after section
#: folders or "/amp/" and Ihram's of the readable sets (s24, s26, s27). Only on the hosts named
#: here: elsewhere "/berita/palestina/" is a section.
_BASE36_TIME_HOSTS = ("republika.co.id", "ihram.co.id")
_BASE36_CODE = r"(?P<code>[0-9a-z]{6})"
_SLUG = r"[^\W_]+(?:-[^\W_]+){2,}(?=$|[/?#.])"  # a title's words: "pemerintah-ambil-alih-aleppo"
#: The code right after "/berita/", before the title ("/berita/ngm9wf/pemerintah-ambil-alih-…")
#: or with its three digits alone ("/berita/tk3rz0370"), or after the "/yy/mm/dd/" of an old URL
#: ("/berita/dunia/15/01/28/niw6p7-judul"). A section's name there ("/berita/sports/liga",
#: "/berita/sports/sepakbola/15/…") is followed by neither and is not read. After section folders
#: ("/berita/internasional/timur-tengah/po7w0u320/judul") or "/amp/" ("/amp/rfest8370/judul") the
#: code is read only with its decimal digits: a section word alone ("/berita/global/…") is none.
_BASE36_DIGITS = r"(?:\d{3}|\d{10})"
_BASE36_TIME = (
    re.compile(rf"/berita/{_BASE36_CODE}(?:{_BASE36_DIGITS}(?=$|[/?#])|(?:\d{{3}})?/{_SLUG})"),
    re.compile(rf"/berita/(?:[\w-]+/)+\d\d/\d\d/\d\d/{_BASE36_CODE}(?:\d{{3}})?-"),
    re.compile(rf"/(?:berita/(?:[a-z-]+/)+|amp/){_BASE36_CODE}\d{{3}}(?=$|[/?#])"),
)
_HOST = re.compile(r"^(?:https?://)?(?:[\w-]+\.)*?(?P<host>[\w-]+\.co\.id)(?=[/:?#]|$)")
_OBJECT_ID_FIRST = dt.date(2009, 1, 1)  # the year ObjectIds came into use: older is no id's
_WIB = dt.timezone(dt.timedelta(hours=7))
_ISO_START = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_ENGLISH = re.compile(  # "May 27, 2019"
    rf"(?i)\b(?P<mon>{alternation(MONTHS)})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
)


def parse_date_string(value: str) -> dt.date | None:
    """A date from a metadata field: ISO, "27/05/2019", "Senin, 27 Mei 2019", "May 27, 2019"."""
    m = _ISO_START.match(value) or _ENGLISH.search(value)
    if m:
        mon = m.groupdict().get("mon")
        month = MONTHS[mon.casefold()] if mon else int(m.group("m"))
        return valid_date(int(m.group("y")), month, int(m.group("d")))
    return next((x.date for x in find_mentions(value) if x.date), None)


def date_from_url(url: str | None, today: dt.date | None = None) -> tuple[dt.date, str] | None:
    """The date a URL's path carries ("/read/2018/06/08/…", "/read/20230209/…", an object id)
    and its text; an object id's only when its day lies between 2009 and *today*."""
    if not url:
        return None
    for pattern in _URL_DATE:
        for m in pattern.finditer(url):
            d = valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d and d.year >= 1990:
                return d, m.group().strip("/")
    today = today or dt.date.today()
    return _object_id_date(url, today) or _unix_time_date(url, today) or _base36_date(url, today)


def _unix_time_date(url: str, today: dt.date) -> tuple[dt.date, str] | None:
    for m in _UNIX_TIME.finditer(url):
        stamp = m.group("ts") or m.group("glued")
        made = dt.datetime.fromtimestamp(int(stamp), _WIB).date()
        if _OBJECT_ID_FIRST <= made <= today:
            return made, stamp
    return None


def _base36_date(url: str, today: dt.date) -> tuple[dt.date, str] | None:
    host = _HOST.match(url)
    if host is None or host.group("host") not in _BASE36_TIME_HOSTS:
        return None
    for pattern in _BASE36_TIME:
        if m := pattern.search(url):
            made = dt.datetime.fromtimestamp(int(m.group("code"), 36), _WIB).date()
            return (made, m.group("code")) if _OBJECT_ID_FIRST <= made <= today else None
    return None


def month_from_url(url: str | None, today: dt.date) -> tuple[int, int, str] | None:
    """The year and month of a URL that holds no day ("/2012/02/tentara-….html") and its text,
    or None; not a month after *today*. Only for URLs :func:`date_from_url` gives no date."""
    if not url:
        return None
    for m in _URL_MONTH.finditer(url):
        year, month = int(m.group("y")), int(m.group("m"))
        if 1990 <= year and (year, month) <= (today.year, today.month):
            return year, month, m.group().strip("/")
    return None


def _object_id_date(url: str, today: dt.date) -> tuple[dt.date, str] | None:
    for m in _OBJECT_ID.finditer(url):
        made = dt.datetime.fromtimestamp(int(m.group("id")[:8], 16), _WIB).date()
        if _OBJECT_ID_FIRST <= made <= today:
            return made, m.group("id")
    return None


def month_clue(url: str | None, today: dt.date) -> tuple[Clue, ...]:
    """The month a URL without a day names, as a clue to the year of a date without one."""
    found = month_from_url(url, today)
    if found is None:
        return ()
    year, month, fragment = found
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    window = (first - dt.timedelta(days=URL_MONTH_LEAD_DAYS), last)
    return (Clue(f"bulan di URL ({fragment})", (window,)),)
