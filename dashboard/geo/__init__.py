"""Stage 3, geo: the Syria gazetteer and everything that finds places in it.

Public here: :class:`Gazetteer` and :func:`load_gazetteer` (the bundled ``geodata/``, loaded
once), :func:`display_names` (reviewed Indonesian names by place id), :func:`distance_km`,
:func:`normalize` (the folded key every lookup goes through) and :class:`OfflineGeocoder` (a geopy
geocoder over the gazetteer). Below it: ``geo.parse`` (text → places, pure), ``geo.build``
(rebuild ``geodata/`` from its sources) and ``geo.lexicon`` (the word lists the parser reads).
"""

from dashboard.geo.gazetteer import Gazetteer, display_names, distance_km, load_gazetteer
from dashboard.geo.geocoder import OfflineGeocoder
from dashboard.geo.names import normalize

__all__ = [
    "Gazetteer",
    "OfflineGeocoder",
    "display_names",
    "distance_km",
    "load_gazetteer",
    "normalize",
]
