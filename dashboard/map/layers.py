"""The places layer: thousands of places as one compact folium element.

One folium ``Marker`` + ``Popup`` + ``Tooltip`` per place would make megabytes of script and
seconds of rendering. :class:`PlaceLayer` instead embeds the places once as named columns and
its script (:mod:`dashboard.map.placescript`) builds markers (or dashed circles for vague places)
in the browser, with the clusters of every zoom (:mod:`dashboard.map.clusters`). Each popup
carries its place id (``data-place-id``, and an "ID tempat: …" line hidden from sight but part
of the popup's text, which is what streamlit-folium returns as the clicked popup's text).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.clicks import ARTICLE_ID_LABEL, PLACE_ID_LABEL
from dashboard.map.clusters import MAX_CLUSTER_ZOOM, MIN_CLUSTER_ZOOM, Clustering
from dashboard.map.data import PlaceSummary, bounds
from dashboard.map.element import DataElement
from dashboard.map.placescript import PLACES_JS
from dashboard.map.placetable import PlaceTable
from dashboard.map.selection import cluster_tables, selection_patch
from dashboard.rowtypes import ArticleRow

#: The map's loading sign, shown while its markers are being drawn.
LOADING_TEXT = "Memuat peta …"


def view_data(
    places: Sequence[PlaceSummary],
    clustering: Clustering | None = None,
    recency: Mapping[str, int] | None = None,
    table: PlaceTable | None = None,
) -> dict:
    """The place layer of a view, without the selection (:mod:`dashboard.map.selection`): the
    places as named columns (only their rows of ``table`` when it holds them all), the articles
    their popups list, and the clusters of every zoom."""
    clustering = clustering or Clustering({}, ())
    articles: dict[str, ArticleRow] = {}
    for p in places:
        articles.update((ref.id, ref) for ref in p.listed)
    index = {aid: i for i, aid in enumerate(articles)}
    alone = clustering.alone_from
    rows = table.rows if table else {}
    fixed = (
        {"at": [rows[p.id] for p in places]}
        if table and all(p.id in rows for p in places)
        else {
            "id": [p.id for p in places],
            "name": [p.name for p in places],
            "gov": [p.admin1 or "" for p in places],
            "lat": [round(p.lat, 5) for p in places],
            "lon": [round(p.lon, 5) for p in places],
            "radius": [round(p.radius_km, 1) if p.radius_km else 0 for p in places],
        }
    )
    return {
        "table": table.url if table and "at" in fixed else None,
        "articles": {
            "id": list(articles),
            "title": [a.title or "(tanpa judul)" for a in articles.values()],
            "outlet": [a.outlet or "" for a in articles.values()],
            "date": [a.published or "" for a in articles.values()],
            "estimated": [a.estimated for a in articles.values()],
        },
        "places": {
            **fixed,
            "n": [int(p.n_articles) for p in places],
            "from": [
                MIN_CLUSTER_ZOOM if p.radius_km else alone.get(p.id, MIN_CLUSTER_ZOOM)
                for p in places
            ],
            "top": [[index[ref.id] for ref in p.listed] for p in places],
            "more": [int(p.n_unlisted) for p in places],
            "ok": [int(p.n_confirmed) for p in places],  # analyst-confirmed articles
            "age": [(recency or {}).get(p.id) for p in places],
        },
        "clusters": cluster_tables(clustering.clusters),
    }


def view_json(view: dict) -> bytes:
    """A view's layer as the file the page fetches (parsed as JSON, never as HTML or script,
    and its strings only ever put on the page as text)."""
    return json.dumps(view, ensure_ascii=False, separators=(",", ":")).encode()


class PlaceLayer(DataElement):
    """Places added to the parent layer group, with the clusters of each zoom.

    Pins are drawn alone from the zoom ``clustering`` says; below it their cluster's icon stands
    for them, with the distinct articles under it. ``selected`` is drawn in the selection colour
    and ``focus`` (the open article's places) in a lighter one, both always alone (never inside a
    cluster: ``pinned`` is the clustering without them, sent as a patch over ``clustering``).
    ``recency`` (place id → 0, 1, 2: :mod:`dashboard.map.recency`) colours the other pins by how
    recent their newest article is. Vague places (with ``radius_km``) become dashed circles,
    never pins or clusters. With ``table`` (:mod:`dashboard.map.placetable`) a place's fixed
    fields are not sent: the browser reads them from the table, fetched once per page. With
    ``view_url`` the layer of the view (:func:`view_data` of the same places, clustering,
    recency and table, written by the caller) is not sent either: the page fetches it once and
    keeps it, and this element carries only the selection.
    """

    _template = Template(PLACES_JS)

    def __init__(
        self,
        places: Sequence[PlaceSummary],
        *,
        clustering: Clustering | None = None,
        pinned: Clustering | None = None,
        selected: str | None = None,
        focus: Collection[str] = (),
        open_selected: bool = False,
        recency: Mapping[str, int] | None = None,
        table: PlaceTable | None = None,
        view_url: str | None = None,
    ):
        super().__init__()
        self._name = "PlaceLayer"
        marked = {pid: 1 for pid in focus}
        if selected:
            marked[selected] = 2
        self.places = tuple(places)
        clustering = clustering or Clustering({}, ())
        payload = {
            "view": None if view_url else view_data(self.places, clustering, recency, table),
            "viewUrl": view_url,
            "sel": selection_patch(self.places, marked, clustering, pinned),
            "minClusterZoom": MIN_CLUSTER_ZOOM,
            "maxClusterZoom": MAX_CLUSTER_ZOOM,
            "openSelected": open_selected,
            "label": PLACE_ID_LABEL,
            "articleLabel": ARTICLE_ID_LABEL,
            "loading": LOADING_TEXT,
        }
        self.payload = htmlsafe.script_json(payload)
        self.payload_bytes = len(self.payload.encode())

    def _get_self_bounds(self) -> list[list[float | None]]:
        box = bounds([(p.lat, p.lon) for p in self.places])
        if box is None:
            return [[None, None], [None, None]]
        (south, west), (north, east) = box
        return [[south, west], [north, east]]
