"""Clusters of nearby places at each zoom, counting the distinct articles under them.

A cluster icon that added up its places' counts would count an article naming Damascus and
Douma twice. Here places are grouped on a pixel grid per zoom (cells of :data:`CELL_PX` screen
pixels, nested from one zoom to the next, so a place alone at one zoom stays alone when zooming
in), and each cluster counts the distinct articles in view that name any of its places, from
the link columns. The browser only picks the clusters of its zoom (see ``layers.PlaceLayer``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from dashboard.store.query import Selection

#: Zooms at which places are clustered; from ``MAX_CLUSTER_ZOOM + 1`` on every place is alone.
MIN_CLUSTER_ZOOM = 5
MAX_CLUSTER_ZOOM = 11
CELL_PX = 64  # a power of two, so the cells of one zoom split exactly into the next zoom's


@dataclass(frozen=True, slots=True)
class Cluster:
    """Two or more places drawn as one icon at ``zoom``."""

    zoom: int
    lat: float
    lon: float
    n_articles: int  # distinct articles in view naming any of its places
    n_places: int
    box: tuple[float, float, float, float]  # south, west, north, east of its places


@dataclass(frozen=True, slots=True)
class Clustering:
    alone_from: dict[str, int]  # place id → the first zoom it is drawn as its own pin
    clusters: tuple[Cluster, ...]


def world_xy(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator coordinates in [0, 1) (Leaflet's pixel space divided by 256·2^zoom)."""
    x = (lon + 180.0) / 360.0
    phi = np.radians(np.clip(lat, -85.0, 85.0))
    y = (1.0 - np.log(np.tan(phi) + 1.0 / np.cos(phi)) / math.pi) / 2.0
    return x, y


def cluster_places(sel: Selection, place_idx: np.ndarray) -> Clustering:
    """Cluster the places ``place_idx`` (indices into the selection's columns) at every zoom."""
    c = sel.columns
    place_idx = np.asarray(place_idx, dtype=np.int64)
    alone = np.full(len(place_idx), MAX_CLUSTER_ZOOM + 1, dtype=np.int64)
    if len(place_idx) == 0:
        return Clustering({}, ())
    lat = np.array([c.places[i].lat for i in place_idx], dtype=np.float64)
    lon = np.array([c.places[i].lon for i in place_idx], dtype=np.float64)
    weight = sel.place_counts[place_idx].astype(np.float64)
    x, y = world_xy(lat, lon)
    pos = np.full(len(c.places), -1, dtype=np.int64)
    pos[place_idx] = np.arange(len(place_idx))
    links = sel.links_of(sel.view)
    link_pos = pos[c.link_place[links]]
    keep = link_pos >= 0
    link_pos, link_art = link_pos[keep], c.link_article[links][keep].astype(np.int64)
    clusters: list[Cluster] = []
    for zoom in range(MIN_CLUSTER_ZOOM, MAX_CLUSTER_ZOOM + 1):
        cell = CELL_PX / (256.0 * 2**zoom)
        key = np.floor(x / cell).astype(np.int64) * (1 << 31) + np.floor(y / cell).astype(np.int64)
        _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
        multi = counts[inverse] > 1
        alone[(~multi) & (alone > zoom)] = zoom
        if multi.any():
            clusters += _clusters_at(zoom, inverse, counts, lat, lon, weight, link_pos, link_art)
    ids = {c.places[int(i)].id: int(z) for i, z in zip(place_idx, alone, strict=True)}
    return Clustering(ids, tuple(clusters))


def _clusters_at(zoom, inverse, counts, lat, lon, weight, link_pos, link_art) -> list[Cluster]:
    n_cells = len(counts)
    w = np.bincount(inverse, weights=weight, minlength=n_cells)
    clat = np.bincount(inverse, weights=weight * lat, minlength=n_cells) / np.maximum(w, 1e-9)
    clon = np.bincount(inverse, weights=weight * lon, minlength=n_cells) / np.maximum(w, 1e-9)
    south = np.full(n_cells, 90.0)
    west = np.full(n_cells, 180.0)
    north = np.full(n_cells, -90.0)
    east = np.full(n_cells, -180.0)
    np.minimum.at(south, inverse, lat)
    np.minimum.at(west, inverse, lon)
    np.maximum.at(north, inverse, lat)
    np.maximum.at(east, inverse, lon)
    link_cell = inverse[link_pos]
    in_multi = counts[link_cell] > 1
    pairs = np.unique(link_art[in_multi] * n_cells + link_cell[in_multi])
    distinct = np.bincount(pairs % n_cells, minlength=n_cells)
    return [
        Cluster(
            zoom=zoom,
            lat=round(float(clat[k]), 5),
            lon=round(float(clon[k]), 5),
            n_articles=int(distinct[k]),
            n_places=int(counts[k]),
            box=(float(south[k]), float(west[k]), float(north[k]), float(east[k])),
        )
        for k in np.flatnonzero(counts > 1)
    ]
