"""What the selection changes on the place layer, as a small patch over the view's layer.

The place layer of a view (its places, counts, popup lines, clusters: :func:`~dashboard.map.
layers.view_data`) does not depend on which place is selected or which article is open, so the
app sends it once per view (a file the page fetches and keeps) and a pin click sends only this
patch: the marked places (2 the selected one, 1 an open article's), and the clusters and first
alone zooms that differ once the marked places are left out of clustering (a marked place is
never inside a cluster, and a cluster counts only the places under it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.map.clusters import MIN_CLUSTER_ZOOM, Cluster, Clustering
from dashboard.map.data import PlaceSummary


def cluster_tables(clusters: Sequence[Cluster]) -> dict[str, dict[str, list]]:
    """Clusters as named columns per zoom, keyed by the zoom, in the order given."""
    by_zoom: dict[str, list[Cluster]] = {}
    for c in clusters:
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


def selection_patch(
    places: Sequence[PlaceSummary],
    marked: Mapping[str, int],
    clustering: Clustering,
    pinned: Clustering | None = None,
) -> dict:
    """The patch for ``marked`` (place id → 1 or 2) over the layer of ``places`` clustered as
    ``clustering`` (every clusterable place); ``pinned``: the same places clustered without the
    marked ones. Rows are indices into ``places``, clusters indices into a zoom's table."""
    rows = {p.id: i for i, p in enumerate(places)}
    mark = {str(rows[pid]): m for pid, m in marked.items() if pid in rows}
    start: dict[str, int] = {row: MIN_CLUSTER_ZOOM for row in mark}  # marked: always alone
    if pinned is None:
        return {"mark": mark, "from": start, "drop": {}, "add": {}}
    for pid, zoom in pinned.alone_from.items():
        if pid in rows and clustering.alone_from.get(pid) != zoom:
            start.setdefault(str(rows[pid]), zoom)
    kept = set(pinned.clusters)
    drop: dict[str, list[int]] = {}
    at: dict[int, int] = {}
    for c in clustering.clusters:
        k = at[c.zoom] = at.get(c.zoom, -1) + 1
        if c not in kept:
            drop.setdefault(str(c.zoom), []).append(k)
    was = set(clustering.clusters)
    added = [c for c in pinned.clusters if c not in was]
    return {"mark": mark, "from": start, "drop": drop, "add": cluster_tables(added)}
