"""Clusters of nearby places at each zoom, counting the distinct stories under them.

A cluster icon that added up its places' counts would count an article naming Damascus and
Douma twice (and a story five outlets carried five times). Here places are grouped on a pixel
grid per zoom (cells of :data:`CELL_PX` screen pixels, nested from one zoom to the next, so a
place alone at one zoom stays alone when zooming in), and each cluster counts the distinct
stories in view (near-duplicate copies once) that name any of its places, from the link
columns. The browser only picks the clusters of its zoom (see ``layers.PlaceLayer``).
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np

from dashboard.store.columns import Columns
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
    n_articles: int  # distinct stories in view naming any of its places (copies once)
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


@dataclass(frozen=True, eq=False)
class _Grid:
    """Per store version: every place's cell at :data:`MAX_CLUSTER_ZOOM` as a Morton code (its
    cell at a coarser zoom is the code shifted right by two bits a zoom), and the links in
    (story, code) order, so a story's links in one cell are neighbours at every zoom."""

    lat: np.ndarray
    lon: np.ndarray
    code: np.ndarray  # uint64 per place
    order: np.ndarray  # link indices


_GRIDS: weakref.WeakKeyDictionary[Columns, _Grid] = weakref.WeakKeyDictionary()


def _spread(v: np.ndarray) -> np.ndarray:
    """The bits of ``v`` (< 2^16) spread to every other bit (for a Morton code)."""
    v = v.astype(np.uint64) & np.uint64(0xFFFF)
    for shift, mask in ((8, 0x00FF00FF), (4, 0x0F0F0F0F), (2, 0x33333333), (1, 0x55555555)):
        v = (v | (v << np.uint64(shift))) & np.uint64(mask)
    return v


def _grid(c: Columns) -> _Grid:
    grid = _GRIDS.get(c)
    if grid is None:
        lat = np.array([p.lat or 0.0 for p in c.places], dtype=np.float64)
        lon = np.array([p.lon or 0.0 for p in c.places], dtype=np.float64)
        x, y = world_xy(lat, lon)
        scale = 256.0 * 2**MAX_CLUSTER_ZOOM / CELL_PX  # cells across the world at that zoom
        ix = np.clip(np.floor(x * scale), 0, 0xFFFF)  # 2^13 cells: within _spread's 16 bits
        iy = np.clip(np.floor(y * scale), 0, 0xFFFF)
        code = (_spread(ix) << np.uint64(1)) | _spread(iy)
        order = np.lexsort((code[c.link_place], c.story[c.link_article]))
        grid = _GRIDS[c] = _Grid(lat, lon, code, order)
    return grid


def cluster_places(sel: Selection, place_idx: np.ndarray) -> Clustering:
    """Cluster the places ``place_idx`` (indices into the selection's columns) at every zoom."""
    c = sel.columns
    place_idx = np.asarray(place_idx, dtype=np.int64)
    alone = np.full(len(place_idx), MAX_CLUSTER_ZOOM + 1, dtype=np.int64)
    if len(place_idx) == 0:
        return Clustering({}, ())
    grid = _grid(c)
    lat, lon, code = grid.lat[place_idx], grid.lon[place_idx], grid.code[place_idx]
    weight = sel.place_counts[place_idx].astype(np.float64)
    pos = np.full(len(c.places), -1, dtype=np.int64)
    pos[place_idx] = np.arange(len(place_idx))
    links = grid.order[sel.links_of(sel.view)[grid.order]]  # in (story, code) order
    link_pos = pos[c.link_place[links]]
    keep = link_pos >= 0
    link_pos, links = link_pos[keep], links[keep]
    link_code = code[link_pos]
    story = c.story[c.link_article[links]]
    new_story = np.r_[True, story[1:] != story[:-1]]
    clusters: list[Cluster] = []
    for zoom in range(MIN_CLUSTER_ZOOM, MAX_CLUSTER_ZOOM + 1):
        shift = np.uint64(2 * (MAX_CLUSTER_ZOOM - zoom))
        _, inverse, counts = np.unique(code >> shift, return_inverse=True, return_counts=True)
        multi = counts[inverse] > 1
        alone[(~multi) & (alone > zoom)] = zoom
        if multi.any():
            cell = link_code >> shift
            first = new_story | np.r_[True, cell[1:] != cell[:-1]]  # a story once a cell
            distinct = np.bincount(inverse[link_pos[first]], minlength=len(counts))
            clusters += _clusters_at(zoom, inverse, counts, lat, lon, weight, distinct)
    ids = {c.places[int(i)].id: int(z) for i, z in zip(place_idx, alone, strict=True)}
    return Clustering(ids, tuple(clusters))


def _clusters_at(zoom, inverse, counts, lat, lon, weight, distinct) -> list[Cluster]:
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
