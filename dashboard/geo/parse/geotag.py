"""Geotag an article: toponym mentions → Syrian (and foreign) places, with evidence and a focus.

The pipeline, one module per step: :mod:`dashboard.geo.parse.toponyms` finds names with an automaton
over the gazetteer, :mod:`dashboard.geo.parse.context` reads the words around them,
:mod:`dashboard.geo.parse.resolve` picks each name's place and confidence,
:mod:`dashboard.geo.parse.focus` picks the article's main place. Everything here is a pure,
deterministic function of (text, gazetteer): no I/O."""

from __future__ import annotations

from typing import Any, Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import Gazetteer
from dashboard.geo.parse.abroad import drop_abroad
from dashboard.geo.parse.bearing import by_direction
from dashboard.geo.parse.compass_parts import compass_parts
from dashboard.geo.parse.context import read_cues
from dashboard.geo.parse.focus import choose_focus
from dashboard.geo.parse.grouping import group
from dashboard.geo.parse.indonesian import drop_indonesian
from dashboard.geo.parse.quarters import drop_lone, in_cities
from dashboard.geo.parse.resolve import prepare, resolve
from dashboard.geo.parse.tokens import WORD_RE
from dashboard.geo.parse.toponyms import ToponymIndex
from dashboard.geo.parse.variants import prepare_misspellings
from dashboard.geo.parse.within import placed_within
from dashboard.model import Article, Geotag, TaggedPlace

__all__ = ["Geoparser", "article_json", "geotag", "geotag_article", "location_json"]

_TITLE_CASE_SHARE: Final = 0.6  # this share of capitalised words makes a title "Title Case"


class Geoparser:
    """A geotagger bound to one gazetteer; builds its automaton once."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.index = ToponymIndex(gazetteer)
        prepare(self.index)  # the resolver's tables of the gazetteer alone, before any article
        lexicon.root_words()  # read by the quarter rule on first use: with the parser, too
        prepare_misspellings()  # the variant matcher's word tables, likewise

    def geotag(self, text: str, *, title_len: int = 0) -> Geotag:
        """Places named in *text* (the first *title_len* characters are the title) and its focus."""
        tokens, matches = self.index.find(text)
        if not matches:
            return Geotag(places=(), focus=None)  # what the steps below give for no name
        in_title = matches[0].start < title_len  # matches come in text order
        title_case = in_title and _title_case(text[:title_len])  # only read for title names
        cues = read_cues(tokens, matches, title_len=title_len, title_case=title_case)
        located = drop_abroad(text, resolve(self.index, matches, cues, text))
        located = drop_indonesian(text, located)
        located = by_direction(self.index, tokens, matches, located)
        located = compass_parts(self.index, text, located)
        located = placed_within(self.index, text, matches, located)
        located = drop_lone(text, in_cities(tokens, matches, located))
        places = group(located, self.index.parts)
        return Geotag(places=places, focus=choose_focus(places))

    def geotag_article(self, article: Article) -> Geotag:
        return self.geotag(article.text, title_len=len(article.title))


_PARSERS: dict[int, Geoparser] = {}  # by id(gazetteer), least recently used first
_MAX_PARSERS: Final = 4  # each entry keeps its gazetteer (and automaton) alive, so keep only a few


def parser_for(gazetteer: Gazetteer) -> Geoparser:
    """The geoparser of *gazetteer*, built on first use; the last few used are kept."""
    parser = _PARSERS.pop(id(gazetteer), None)
    if parser is None or parser.gazetteer is not gazetteer:
        parser = Geoparser(gazetteer)
    _PARSERS[id(gazetteer)] = parser
    while len(_PARSERS) > _MAX_PARSERS:
        del _PARSERS[next(iter(_PARSERS))]
    return parser


def geotag(text: str, gazetteer: Gazetteer, *, title_len: int = 0) -> Geotag:
    """Geotag *text* against *gazetteer*; pure and deterministic."""
    return parser_for(gazetteer).geotag(text, title_len=title_len)


def geotag_article(article: Article, gazetteer: Gazetteer) -> Geotag:
    """Geotag an article's text (title, blank line, cleaned body); spans point into it."""
    return parser_for(gazetteer).geotag_article(article)


def location_json(tp: TaggedPlace) -> dict[str, Any]:
    """The contract's per-location object (see the `geotag` command)."""
    p = tp.place
    return {
        "name": p.name,
        "mentions": [m.surface for m in tp.mentions],
        "spans": [[m.start, m.end] for m in tp.mentions],
        "lat": p.lat,
        "lon": p.lon,
        "kind": p.kind,
        "admin1": p.admin1,
        "geonames_id": p.geonames_id,
        "in_syria": p.in_syria,
        "confidence": tp.confidence,
    }


def article_json(article: Article, tag: Geotag) -> dict[str, Any]:
    """One line of `python -m dashboard geotag`: the article, its places and its focus."""
    published = article.published
    focus = tag.focus
    return {
        "path": article.path,
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "published": published.date.isoformat() if published.date else None,
        "published_confidence": published.confidence,
        "locations": [location_json(tp) for tp in tag.places],
        "focus": {"name": focus.name, "lat": focus.lat, "lon": focus.lon} if focus else None,
    }


def _title_case(title: str) -> bool:
    words = [w for w in WORD_RE.findall(title) if len(w) > 3 and not w.isdigit()]
    capitals = sum(1 for w in words if w[0].isupper())
    return bool(words) and capitals >= _TITLE_CASE_SHARE * len(words)
