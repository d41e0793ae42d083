"""The places layer: thousands of places as one compact folium element.

One folium ``Marker`` + ``Popup`` + ``Tooltip`` per place would make megabytes of script and
seconds of rendering. :class:`PlaceLayer` instead embeds the places once as named columns and
its script (:mod:`dashboard.map.placescript`) builds markers (or dashed circles for vague places)
in the browser, with the clusters of every zoom (:mod:`dashboard.map.clusters`). Each popup
carries its place id (``data-place-id``, and an "ID tempat: …" line hidden from sight but part
of the popup's text, which is what streamlit-folium returns as the clicked popup's text).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from jinja2 import Template

from dashboard import htmlsafe
from dashboard.map.clicks import ARTICLE_ID_LABEL, PLACE_ID_LABEL
from dashboard.map.clusters import MAX_CLUSTER_ZOOM, MIN_CLUSTER_ZOOM, Clustering
from dashboard.map.data import PlaceSummary, bounds
from dashboard.map.element import DataElement
from dashboard.map.placescript import PLACES_JS
from dashboard.map.placetable import PlaceTable
from dashboard.rowtypes import ArticleRow

#: The map's loading sign, shown while its markers are being drawn.
LOADING_TEXT = "Memuat peta …"


def _payload(
    places: Sequence[PlaceSummary],
    marked: dict[str, int],
    clustering: Clustering,
    open_selected: bool,
    recency: Mapping[str, int] | None = None,
    table: PlaceTable | None = None,
) -> dict:
    articles: dict[str, ArticleRow] = {}
    for p in places:
        articles.update((ref.id, ref) for ref in p.listed)
    index = {aid: i for i, aid in enumerate(articles)}
    marks = [marked.get(p.id, 0) for p in places]
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
            "mark": marks,
            "from": [
                MIN_CLUSTER_ZOOM if m or p.radius_km else alone.get(p.id, MIN_CLUSTER_ZOOM)
                for p, m in zip(places, marks, strict=True)
            ],
            "top": [[index[ref.id] for ref in p.listed] for p in places],
            "more": [int(p.n_unlisted) for p in places],
            "ok": [int(p.n_confirmed) for p in places],  # analyst-confirmed articles
            "age": [(recency or {}).get(p.id) for p in places],
        },
        "clusters": _cluster_tables(clustering),
        "minClusterZoom": MIN_CLUSTER_ZOOM,
        "maxClusterZoom": MAX_CLUSTER_ZOOM,
        "openSelected": open_selected,
        "label": PLACE_ID_LABEL,
        "articleLabel": ARTICLE_ID_LABEL,
        "loading": LOADING_TEXT,
    }


def _cluster_tables(clustering: Clustering) -> dict[str, dict[str, list]]:
    """The clusters of each zoom as named columns, keyed by the zoom."""
    by_zoom: dict[str, list] = {}
    for c in clustering.clusters:
        by_zoom.setdefault(str(c.zoom), []).append(c)
    return {
        zoom: {
            "lat": [c.lat for c in cs],
            "lon": [c.lon for c in cs],
            "n": [c.n_articles for c in cs],
            "places": [c.n_places for c in cs],
            "zoom": [c.zoom for c in cs],
            "box": [[round(v, 3) for v in c.box] for c in cs],
        }
        for zoom, cs in by_zoom.items()
    }


class PlaceLayer(DataElement):
    """Places added to the parent layer group, with the clusters of each zoom.

    Pins are drawn alone from the zoom ``clustering`` says; below it their cluster's icon stands
    for them, with the distinct articles under it. ``selected`` is drawn in the selection colour
    and ``focus`` (the open article's places) in a lighter one, both always alone (never inside a
    cluster). ``recency`` (place id → 0, 1, 2: :mod:`dashboard.map.recency`) colours the other
    pins by how recent their newest article is. Vague places (with ``radius_km``) become dashed
    circles, never pins or clusters. With ``table`` (:mod:`dashboard.map.placetable`) a place's
    fixed fields are not sent: the browser reads them from the table, fetched once per page.
    """

    _template = Template(PLACES_JS)

    def __init__(
        self,
        places: Sequence[PlaceSummary],
        *,
        clustering: Clustering | None = None,
        selected: str | None = None,
        focus: Collection[str] = (),
        open_selected: bool = False,
        recency: Mapping[str, int] | None = None,
        table: PlaceTable | None = None,
    ):
        super().__init__()
        self._name = "PlaceLayer"
        marked = {pid: 1 for pid in focus}
        if selected:
            marked[selected] = 2
        self.places = tuple(places)
        payload = _payload(
            self.places, marked, clustering or Clustering({}, ()), open_selected, recency, table
        )
        self.payload = htmlsafe.script_json(payload)
        self.payload_bytes = len(self.payload.encode())

    def _get_self_bounds(self) -> list[list[float | None]]:
        box = bounds([(p.lat, p.lon) for p in self.places])
        if box is None:
            return [[None, None], [None, None]]
        (south, west), (north, east) = box
        return [[south, west], [north, east]]
