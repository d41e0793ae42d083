"""Geotagging (part of stage 3, geo): text → toponym mentions → places → the article's focus.

Pure: a gazetteer and a text in, a :class:`~dashboard.model.Geotag` out. Public:
:func:`geotag_article` (``geotag.geotag`` takes a bare text), :class:`Geoparser` and
:func:`parser_for` (a parser bound to one gazetteer, its automaton built once),
:func:`article_json` and :func:`location_json` (the ``geotag`` command's output), and ``BUILD``
(which build runs: this package's modules compiled with mypyc when ``python -m dashboard
compile`` built them from exactly these sources, see ``dashboard.geo.compiled``, else pure
Python). Internals, in pipeline order: ``toponyms`` (names found), ``context`` (what the words
around them say), ``anchors`` and ``resolve`` (which place each name means), ``focus``.
This file is never compiled: it chooses the build before any other module here is imported,
and imports ``geotag`` only when one of its names is asked for (``names``, the gazetteer's key,
lives here too and is imported by the gazetteer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dashboard.geo.compiled.fingerprint import install

BUILD = install(__path__)

if TYPE_CHECKING:
    from dashboard.geo.parse.geotag import (
        Geoparser,
        article_json,
        geotag_article,
        location_json,
        parser_for,
    )

#: What this package exports from ``geotag``, imported on first use: ``dashboard.geo.names``
#: (which the gazetteer imports) lives here, so importing this package must not import the
#: parser, which imports the gazetteer.
_FROM_GEOTAG = frozenset(
    {"Geoparser", "article_json", "geotag_article", "location_json", "parser_for"}
)


def __getattr__(name: str) -> Any:  # noqa: ANN401  (the attribute asked for)
    if name in _FROM_GEOTAG:
        from dashboard.geo.parse import geotag

        return getattr(geotag, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "BUILD",
    "Geoparser",
    "article_json",
    "geotag_article",
    "location_json",
    "parser_for",
]
