"""Stage 5, map: store rows → a ``folium.Map`` (pure: no Streamlit, no browser, no network).

Public: :func:`places_in_view`, :func:`listed_articles` and :func:`summarize` (what the map
shows, from a :class:`~dashboard.store.query.Selection`), :func:`cluster_places` (clusters per
zoom counting distinct articles), :class:`PlaceSummary`, :func:`build_map_parts` (the
data-independent base map plus the data layers the app swaps in place), :data:`LAYERS`,
:func:`load_boundaries` (the offline outline map), :func:`clicked_place_id` (what a click
selected), and the offline Leaflet assets (:func:`install_assets`, :func:`missing_assets`).
Internals: ``data``, ``render``, ``layers`` (the place layer of a view) with ``placescript``
(its script) and ``selection`` (the patch a click sends), ``choropleth``, ``legend``,
``styles``, ``clicks``, ``frame``, ``controls``, ``basemap``, ``outlines``, ``labels``,
``placetable``, ``recency``, ``assets``, ``clusters``, ``element``.
"""

from dashboard.map.assets import install_assets, missing_assets
from dashboard.map.basemap import Boundaries, load_boundaries
from dashboard.map.clicks import clicked_place_id
from dashboard.map.clusters import cluster_places
from dashboard.map.data import PlaceSummary, listed_articles, places_in_view, summarize
from dashboard.map.render import LAYERS, MapParts, build_map_parts

__all__ = [
    "LAYERS",
    "Boundaries",
    "MapParts",
    "PlaceSummary",
    "build_map_parts",
    "clicked_place_id",
    "cluster_places",
    "install_assets",
    "listed_articles",
    "load_boundaries",
    "missing_assets",
    "places_in_view",
    "summarize",
]
