"""The geotagger an ingest uses: geoparse over the bundled gazetteer, one given, or none."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from dashboard.errors import GazetteerError
from dashboard.model import Article, Geotag
from dashboard.pipeline.report import IngestReport

if TYPE_CHECKING:
    from dashboard.geo.gazetteer import Gazetteer

Geotagger = Callable[[Article], Geotag | None]


def no_geotagger(article: Article) -> None:
    """Store articles without places (they are geotagged when saved again with a geotagger)."""
    return None


class _GazetteerTagger:
    """geoparse over one gazetteer; ``places`` lets worker processes send geotags back as ids."""

    def __init__(
        self, geotag_article: Callable[[Article, Gazetteer], Geotag], gazetteer: Gazetteer
    ):
        self.geotag_article, self.gazetteer = geotag_article, gazetteer
        self.places = gazetteer.places

    def __call__(self, article: Article) -> Geotag:
        return self.geotag_article(article, self.gazetteer)


def default_geotagger() -> tuple[Geotagger, str | None]:
    """geoparse over the bundled gazetteer; without them, no places and a reason why."""
    try:
        geoparse = importlib.import_module("dashboard.geo.parse.geotag")
        gazetteer = importlib.import_module("dashboard.geo.gazetteer").load_gazetteer()
    except (ImportError, GazetteerError, OSError) as exc:
        return no_geotagger, f"geotagging is off ({type(exc).__name__}: {exc})"
    return _GazetteerTagger(geoparse.geotag_article, gazetteer), None


def resolve_geotagger(geotagger: Geotagger | None) -> tuple[Geotagger, str | None]:
    """The geotagger to use (the default one for None) and why geotagging is off, if it is."""
    return (geotagger, None) if geotagger is not None else default_geotagger()


def resolve(geotagger: Geotagger | None, report: IngestReport) -> Geotagger:
    if geotagger is not None:
        return geotagger
    tagger, why_not = default_geotagger()
    if why_not:
        report.warnings.append(("geotagger", why_not))
    return tagger
