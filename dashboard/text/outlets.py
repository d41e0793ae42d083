"""Who published an article (the outlet) and whom it quotes (cited sources).

The outlet comes from the dateline ("KIBLAT.NET, Idlib –", "DAMASKUS (Arrahmah.id) –",
"Jakarta, CNN Indonesia"), else from the URL's host. A source the text cites ("seperti dilansir
Sputnik", "dikutip Reuters") is never the outlet: it is listed separately.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from urllib.parse import urlsplit

from dashboard.wordscan import WordScan

_DOMAIN = r"[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,6}){1,2}"
#: A brand written with an acronym and a word: "IDN Times", "VOA Indonesia".
_BRAND = r"[A-Z]{2,6}\s+[A-Z][a-z]+"
_DASH = r"\s*(?:--|[-–—])"
_SECOND_LEVEL = {"co", "or", "ac", "go", "web", "my", "sch", "net"}  # "republika.co.id"


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def outlet_names() -> dict[str, str]:
    """Display names of outlets, keyed by the lower-cased name or domain pages write
    (``outlets.tsv``)."""
    names = {}
    for number, line in enumerate(_lines("outlets.tsv"), 1):
        key, sep, display = line.partition("\t")
        if not sep or not display.strip():
            raise ValueError(f"outlets.tsv row {number}: expected key<TAB>display name")
        names[key.strip().casefold()] = display.strip()
    return names


@functools.cache
def _datelines() -> tuple[re.Pattern[str], ...]:
    names = sorted((k for k in outlet_names() if "." not in k), key=len, reverse=True)
    named = "|".join(r"\s+".join(map(re.escape, k.split())) for k in names)
    known = rf"(?i:{named})"
    return (
        # "KIBLAT.NET, Idlib –", "REPUBLIKA.CO.ID, ALEPPO --", "Bisnis.com, JAKARTA –"
        re.compile(rf"^(?P<outlet>{_DOMAIN}|{known}),\s*[A-Za-z][\w .']{{1,40}}?{_DASH}"),
        # "DAMASKUS, SATUHARAPAN.COM -", "Jakarta, CNN Indonesia", "Rukban, Suriah, MINA –"
        re.compile(rf"^[A-Z][\w ,.']{{1,40}}?,\s*(?P<outlet>{_DOMAIN}|{known})(?:{_DASH}|$)"),
        re.compile(rf"^[A-Z][\w .']{{1,40}}?,\s*(?P<outlet>{_BRAND}){_DASH}"),
        # "DAMASKUS (Arrahmah.id) –", "LONDON, INGGRIS (voa-islam.com) -", "Beirut (ANTARA News) -"
        re.compile(rf"^[A-Z][\w ,.']{{1,40}}?\((?P<outlet>{_DOMAIN}|{known})\){_DASH}"),
        # "KOMPAS.com -", "Kompas.com - 18/08/2012", "RMOL. Moskow …"
        re.compile(rf"^(?P<outlet>{_DOMAIN}|{known})(?:{_DASH}|\.\s)"),
        # "Outlet.com (25/5/2018)- …", "Outlet.com 2023-02-06 14:01:44": a byline
        re.compile(
            rf"^(?P<outlet>{_DOMAIN})\s*\(\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*\){_DASH}"
        ),
        re.compile(rf"^(?P<outlet>{_DOMAIN})\s+\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}\b"),
        # "… - detikNews"
        re.compile(rf"^[\w .']{{3,60}}{_DASH}\s*(?P<outlet>detikNews|detikcom|{_DOMAIN})$"),
    )


_DATELINE_ZONE = 6  # datelines and bylines sit in the first paragraphs

_CITE_PHRASES = (
    *("dilansir", "melansir", "dikutip", "mengutip", "seperti dilaporkan", "dilaporkan oleh"),
    *("menurut laporan", "menurut kantor berita", "kepada kantor berita", "dari kantor berita"),
)
_CITE_TRIGGER = "(?i:" + "|".join(p.replace(" ", r"\s+") for p in _CITE_PHRASES) + ")"
_CITE_FILLER = r"(?:(?i:dari|oleh|laman|situs|media|harian|surat\s+kabar|kantor\s+berita)\s+)*"
_WORD = r"[A-Z][\w\-]*(?:\.[\w\-]+)*"  # "Sputnik", "Arabi21.com": no sentence-final dot
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_CITED = re.compile(
    rf"\b{_CITE_TRIGGER}\s+{_CITE_FILLER}(?P<names>{_NAME}(?:\s+(?:dan|serta)\s+{_NAME})*)"
)
_CITED_SCAN = WordScan(_CITED, (p.split()[0] for p in _CITE_PHRASES))  # tried where they start


@functools.cache
def _not_a_source() -> frozenset[str]:
    """Words after "dilansir" … that are not a source's name (``cite_stopwords.txt``)."""
    return frozenset(w.strip().casefold() for w in _lines("cite_stopwords.txt"))


def canonical_outlet(name: str) -> str:
    """The display name of an outlet ("REPUBLIKA.CO.ID" → "Republika"); unknown ones as written."""
    cleaned = " ".join(name.split()).strip(" .,-–—")
    return outlet_names().get(cleaned.casefold(), cleaned)


def outlet_from_dateline(paragraphs: list[str]) -> str | None:
    """The outlet a dateline or byline in the first paragraphs names, or None."""
    for para in paragraphs[:_DATELINE_ZONE]:
        for pattern in _datelines():
            m = pattern.match(para)
            if m:
                return canonical_outlet(m.group("outlet"))
    return None


def registered_domain(host: str) -> str:
    """ "story.merdeka.com" → "merdeka.com", "m.republika.co.id" → "republika.co.id"."""
    labels = host.casefold().removeprefix("www.").split(".")
    keep = 3 if len(labels) > 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by a URL's host ("https://www.kiblat.net/…" → "Kiblat.net"); a host
    not in the table gives its registered domain ("https://beta.example.co.id/…" →
    "example.co.id")."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    if not host:
        return None
    labels = host.split(".")
    names = outlet_names()
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in names:
            return names[candidate]
    return registered_domain(host)


def cited_sources(text: str) -> tuple[str, ...]:
    """Sources the text quotes ("dilansir Sputnik" → "Sputnik"), in order of first mention."""
    found: list[str] = []
    for m in _CITED_SCAN.finditer(text):
        for name in re.split(r"\s+(?:dan|serta)\s+", m.group("names")):
            name = name.strip(" .,;:")
            if name and name.split()[0].casefold() not in _not_a_source() and name not in found:
                found.append(name)
    return tuple(found)
