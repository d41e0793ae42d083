"""Geotagging (part of stage 3, geo): text → toponym mentions → places → the article's focus.

Pure: a gazetteer and a text in, a :class:`~dashboard.model.Geotag` out. Public:
:func:`geotag_article` (``geotag.geotag`` takes a bare text), :class:`Geoparser` and
:func:`parser_for` (a parser bound to one gazetteer, its automaton built once),
:func:`article_json` and :func:`location_json` (the ``geotag`` command's output), and ``BUILD``
(which build runs: this package's modules compiled with mypyc when ``python -m dashboard
compile`` built them from exactly these sources, see ``dashboard.geo.compiled``, else pure
Python). Internals, in pipeline order: ``toponyms`` (names found), ``context`` (what the words
around them say), ``anchors`` and ``resolve`` (which place each name means), ``focus``.
This file is never compiled: it chooses the build before any other module here is imported.
"""

from dashboard.geo.compiled.fingerprint import install

BUILD = install(__path__)

from dashboard.geo.parse.geotag import (  # noqa: E402  (after the build is chosen)
    Geoparser,
    article_json,
    geotag_article,
    location_json,
    parser_for,
)

__all__ = [
    "BUILD",
    "Geoparser",
    "article_json",
    "geotag_article",
    "location_json",
    "parser_for",
]
