"""The bundled gazetteer and the question the geotagging class tables ask of a text."""

from __future__ import annotations

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

GAZ = load_gazetteer()


def found(text: str) -> set[str]:
    """Ids of the Syrian places below the country that *text* names."""
    return {
        tp.place.id
        for tp in geotag(text, GAZ).places
        if tp.place.in_syria and tp.place.kind != "country"
    }
