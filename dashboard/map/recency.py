"""Time on the map: each pin coloured by how recent the newest article naming it is, within the
date range in view (its last third, middle third or first third), so change over time shows on
the map itself and not only in the histogram under it.

Pure numpy over the view engine's :class:`~dashboard.store.query.Selection`: one pass over the
links of the articles in view, whatever the size of the archive.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from dashboard.store.query import Selection

#: Classes, oldest first: the newest article at a place fell in this third of the range.
OLD, MIDDLE, RECENT = 0, 1, 2
#: What each class means, for the legend (colour, label), newest first.
LEGEND = (
    ("rgba(191, 54, 12, .88)", "Merah: berita terbarunya di ⅓ akhir rentang"),
    ("rgba(239, 108, 0, .85)", "Jingga: … di ⅓ tengah"),
    ("rgba(141, 110, 99, .8)", "Cokelat: … hanya di ⅓ awal"),
)


def newest_days(sel: Selection) -> np.ndarray:
    """Per place index, the day of the newest article in view naming it (-1 when none)."""
    c = sel.columns
    links = sel.links_of(sel.view)
    newest = np.full(len(c.places), -1, dtype=np.int64)
    np.maximum.at(newest, c.link_place[links], c.day[c.link_article[links]].astype(np.int64))
    return newest


def recency_classes(
    sel: Selection, place_ids: list[str], chosen: tuple[dt.date, dt.date] | None
) -> dict[str, int]:
    """Place id → :data:`OLD`, :data:`MIDDLE` or :data:`RECENT` for ``place_ids``: where its
    newest article in view falls in the range ``chosen`` (start, end). Empty without a range."""
    if not chosen or not place_ids:
        return {}
    c = sel.columns
    start, end = c.day_of(chosen[0]), c.day_of(chosen[1])
    span = max(1, end - start + 1)
    newest = newest_days(sel)
    out = {}
    for pid in place_ids:
        idx = c.place_index.get(pid)
        if idx is None or newest[idx] < 0:
            continue
        third = (int(newest[idx]) - start) * 3 // span
        out[pid] = min(RECENT, max(OLD, third))
    return out
