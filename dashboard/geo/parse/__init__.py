"""Geotagging (part of stage 3, geo): text → toponym mentions → places → the article's focus.

Pure: a gazetteer and a text in, a :class:`~dashboard.model.Geotag` out. Public:
:func:`geotag_article` (``geotag.geotag`` takes a bare text), :class:`Geoparser` and
:func:`parser_for` (a parser bound to one gazetteer, its automaton built once),
:func:`article_json` and :func:`location_json` (the ``geotag`` command's output). Internals,
in pipeline order: ``toponyms`` (names found), ``context`` (what the words around them say),
``anchors`` and ``resolve`` (which place each name means), ``focus``.
"""

from dashboard.geo.parse.geotag import (
    Geoparser,
    article_json,
    geotag_article,
    location_json,
    parser_for,
)

__all__ = [
    "Geoparser",
    "article_json",
    "geotag_article",
    "location_json",
    "parser_for",
]
