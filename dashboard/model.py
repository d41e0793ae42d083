"""Small immutable value types shared by every pipeline stage.

articles → dates → gazetteer → geoparse → store → mapview → app: each stage takes and returns
these, so a stage can be tested on its own with values built by hand.

Conventions: ``()`` / ``[]`` means "looked, found nothing"; ``None`` means "not known".
Character spans are ``(start, end)`` offsets into :attr:`Article.text` (title, a blank line, then
the cleaned body), so a highlighted mention always points at the sentence it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Kinds of place the gazetteer knows, most to least specific.
#: "other": a point that is no settlement (a city quarter, border crossing, camp, base, square).
PLACE_KINDS = ("populated_place", "other", "admin3", "admin2", "admin1", "region", "country")


def article_text(title: str, body: str) -> str:
    """The string every span points into: title, blank line, cleaned body (no title: body)."""
    return f"{title}\n\n{body}" if title else body


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date found in the text: the publication date candidate or a relative event date."""

    date: dt.date | None
    span: tuple[int, int]  # into Article.text
    surface: str  # the exact text, e.g. "Rabu (8/2)" or "Senin lalu"
    kind: str  # "absolute" | "partial" (no year) | "relative"


@dataclass(frozen=True, slots=True)
class DateGuess:
    """The article's publication date and how sure we are of it."""

    date: dt.date | None
    confidence: float  # 0.0 … 1.0; 0.0 when date is None
    method: str  # "metadata" | "explicit" | "inferred" | "none"
    evidence: str = ""  # the sentence fragment it came from
    span: tuple[int, int] | None = None  # into Article.text, None for metadata
    candidates: tuple[dt.date, ...] = ()  # every date the evidence allows, best first
    weekday_conflict: bool = False  # the text's weekday contradicts the stated date
    note: str = ""  # human-readable reasoning, shown in the dashboard


@dataclass(frozen=True, slots=True)
class PageSource:
    """Where a web page's article came from: the page's metadata and its raw HTML, compressed."""

    url: str | None  # where it was read (fetched URL, or the WARC record's target URI)
    canonical_url: str | None  # <link rel="canonical"> / og:url, when the page names one
    language: str | None  # "id", "en" … from the page's markup or guessed from its text
    site_name: str | None = None  # og:site_name / JSON-LD publisher
    author: str | None = None
    html_gz: bytes = b""  # the page as read, gzip-compressed (for re-extraction and tracing)
    extractor: str = ""  # "trafilatura 2.3.1"

    @property
    def key(self) -> str | None:
        """The page's identity: its canonical URL when it names one, else where it was read."""
        return self.canonical_url or self.url


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned article, as read from a file or an export row."""

    id: str  # stable: derived from the cleaned content (see articles.article_id)
    path: str  # source file; "file.jsonl:12" for the 12th line of an export
    title: str
    body: str  # cleaned text: boilerplate dropped, never reworded
    outlet: str | None = None
    url: str | None = None
    published: DateGuess = field(default_factory=lambda: DateGuess(None, 0.0, "none"))
    cited_sources: tuple[str, ...] = ()  # "Sputnik", "Arabi21.com": cited, not the outlet
    credits: tuple[str, ...] = ()  # "Sumber: Arabi21.com", "Redaktur: …" lines, kept as metadata
    event_dates: tuple[EventDate, ...] = ()
    warnings: tuple[str, ...] = ()  # e.g. "decoded as cp1252"
    page: PageSource | None = None  # set for articles extracted from a web page

    @property
    def text(self) -> str:
        """The string every span points into: title, blank line, cleaned body."""
        return article_text(self.title, self.body)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a Syrian place, a region, a governorate, or a foreign place."""

    id: str  # "gn:170654", "wof:…", "region:eastern-ghouta", "foreign:RU"
    name: str  # canonical English name
    kind: str  # one of PLACE_KINDS
    lat: float
    lon: float
    in_syria: bool
    admin1: str | None = None  # governorate, OCHA English name ("Rural Damascus")
    admin1_pcode: str | None = None  # "SY03"
    admin2: str | None = None
    admin2_pcode: str | None = None
    population: int | None = None
    geonames_id: int | None = None
    feature_code: str | None = None  # GeoNames feature code (PPLA, PPLC, …)
    radius_km: float | None = None  # how vague: regions and areas; None for points
    names: tuple[str, ...] = ()  # every name and spelling variant we match on
    name_id: str | None = None  # reviewed Indonesian display name ("Damaskus"); None: not known

    @property
    def display_name(self) -> str:
        """The name shown to users: the Indonesian one where reviewed, else the canonical one."""
        return self.name_id or self.name

    @property
    def mappable(self) -> bool:
        """Only Syrian places below the country are drawn on the map."""
        return self.in_syria and self.kind != "country"


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a place name in Article.text."""

    start: int
    end: int
    surface: str  # exactly Article.text[start:end]
    place_id: str
    confidence: float
    qualifier: str | None = None  # compass word kept: "timur", "utara" …
    evidence: tuple[str, ...] = ()  # rules that fired: "dateline", "preposition:di", …


@dataclass(frozen=True, slots=True)
class TaggedPlace:
    """A place an article speaks of, with every mention of it."""

    place: Place
    mentions: tuple[Mention, ...]
    confidence: float
    qualifier: str | None = None

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((m.start, m.end) for m in self.mentions)


@dataclass(frozen=True, slots=True)
class Geotag:
    """Geotagging result for one article: its places, best first, and its focus."""

    places: tuple[TaggedPlace, ...]
    focus: Place | None  # the Syrian place the article is about, or None

    @property
    def syrian(self) -> tuple[TaggedPlace, ...]:
        return tuple(p for p in self.places if p.place.in_syria)
