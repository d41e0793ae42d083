"""Which articles and place links are in view, and what the map, picker and timeline count:
the dashboard's filters as array operations over :class:`~dashboard.store.columns.Columns`.

One definition of each number, used everywhere it is shown:

- the view holds the **dated** articles inside the date range that pass the other filters; the
  undated ones that pass them are counted and listed apart, never inside a range;
- what is counted is **stories**, not copies: near-duplicate articles (a wire text five outlets
  republished) share a story (:mod:`dashboard.store.stories`) and count once; a story is in view
  when any of its copies is, and names the places any copy in view names;
- a place counts the distinct stories in view that name it;
- a governorate counts the distinct stories in view that name a place inside it (the
  governorate itself included): the picker, the choropleth, its popup and its list agree.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field

import numpy as np

from dashboard.store.columns import UNDATED, Columns, date_of


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """The filters the user set; an empty collection means "no filter"."""

    start: dt.date | None = None
    end: dt.date | None = None
    outlets: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()  # governorate names (OCHA English)
    matching: frozenset[str] | None = None  # article ids of a search; None = no search
    min_confidence: float = 0.0  # place links below it are neither drawn nor counted


@dataclass(frozen=True, eq=False)
class Selection:
    """The masks and counts of one filter over one store version."""

    columns: Columns
    base: np.ndarray  # articles passing every filter but the date range (dated or not)
    view: np.ndarray  # ... and dated inside the range: what is counted and drawn
    undated: np.ndarray  # ... undated: listed apart
    link_ok: np.ndarray  # links above the confidence, mappable, inside the chosen governorates
    place_counts: np.ndarray = field(repr=False)  # distinct stories in view per place
    gov_counts: dict[str, int] = field(default_factory=dict)  # per governorate P-code

    @property
    def n_view(self) -> int:
        return int(self.view.sum())

    @property
    def n_undated(self) -> int:
        return int(self.undated.sum())

    @property
    def n_view_stories(self) -> int:
        return n_stories(self.columns, self.view)

    def links_of(self, articles: np.ndarray) -> np.ndarray:
        """The link mask of the articles in ``articles`` (a mask over articles)."""
        return self.link_ok & articles[self.columns.link_article]

    def at_place(self, place_id: str | None, articles: np.ndarray) -> np.ndarray:
        """``articles`` narrowed to those naming the place (for a governorate, any place in it)."""
        c = self.columns
        idx = c.place_index.get(place_id or "")
        if idx is None:
            return articles
        links = self.links_of(articles)
        info = c.places[idx]
        if info.kind == "admin1" and c.gov[idx] >= 0:
            links &= c.gov[c.link_place] == c.gov[idx]
        else:
            links &= c.link_place == idx
        out = np.zeros_like(articles)
        out[c.link_article[links]] = True
        return out

    def listed(self, place_id: str | None, with_undated: bool) -> np.ndarray:
        """What the list shows and the exports hold: the dated articles in view (at the place),
        and the undated ones that pass the same filters when they are shown."""
        mask = self.at_place(place_id, self.view)
        if with_undated:
            mask = mask | self.at_place(place_id, self.undated)
        return mask

    def place_count(self, place_id: str) -> int:
        """What the picker and a pin say for a place: governorates by the governorate rule."""
        c = self.columns
        idx = c.place_index.get(place_id)
        if idx is None:
            return 0
        if c.places[idx].kind == "admin1" and c.gov[idx] >= 0:
            return self.gov_counts.get(c.govs[c.gov[idx]], 0)
        return int(self.place_counts[idx])


def _article_mask(c: Columns, f: ViewFilter) -> np.ndarray:
    mask = np.ones(c.n_articles, dtype=bool)
    if f.outlets:
        codes = [i for i, name in enumerate(c.outlets) if name in f.outlets]
        mask &= np.isin(c.outlet, np.asarray(codes, dtype=np.int32))
    if f.matching is not None:
        hits = np.zeros(c.n_articles, dtype=bool)
        found = [c.index[a] for a in f.matching if a in c.index]
        hits[np.asarray(found, dtype=np.int64)] = True
        mask &= hits
    return mask


def _link_mask(c: Columns, f: ViewFilter) -> np.ndarray:
    ok = c.mappable[c.link_place] & (c.link_confidence >= np.float32(f.min_confidence) - 1e-6)
    if f.admin1:
        chosen = [i for i, name in enumerate(c.gov_names) if name in f.admin1]
        ok &= np.isin(c.gov[c.link_place], np.asarray(chosen, dtype=np.int32))
    return ok


def select(c: Columns, f: ViewFilter) -> Selection:
    """Apply ``f``: every mask and count the page shows (see the module doc)."""
    base = _article_mask(c, f)
    link_ok = _link_mask(c, f)
    if f.admin1:
        named = np.zeros(c.n_articles, dtype=bool)
        named[c.link_article[link_ok]] = True
        base &= named
    dated = c.day != UNDATED
    view = base & dated
    if f.start:
        view &= c.day >= c.day_of(f.start)
    if f.end:
        view &= c.day <= c.day_of(f.end)
    links = link_ok & view[c.link_article]
    return Selection(
        columns=c,
        base=base,
        view=view,
        undated=base & ~dated,
        link_ok=link_ok,
        place_counts=place_story_counts(c, links),
        gov_counts=governorate_counts(c, links),
    )


def grouped(c: Columns) -> bool:
    """Do some articles share a story (else every count by story is one by article)?"""
    return c.n_stories < c.n_articles


#: Per store version (its Columns): each link's (story, place) pair and each pair's place.
_PAIRS: weakref.WeakKeyDictionary[Columns, tuple[np.ndarray, np.ndarray]] = (
    weakref.WeakKeyDictionary()
)


def story_place_pairs(c: Columns) -> tuple[np.ndarray, np.ndarray]:
    """Per link, the number of its (story, place) pair (the links of one story's copies to one
    place share it); per pair, its place. Found once per store version (a sort of the links),
    so a rerun counts distinct stories with two linear passes and no sort."""
    found = _PAIRS.get(c)
    if found is None:
        n = max(len(c.places), 1)
        keys = c.story[c.link_article].astype(np.int64) * n + c.link_place
        pairs, pair = np.unique(keys, return_inverse=True)
        found = _PAIRS[c] = (pair.astype(np.int32), (pairs % n).astype(np.int32))
    return found


def place_story_counts(c: Columns, links: np.ndarray) -> np.ndarray:
    """Per place, the distinct stories among the links in the mask ``links``."""
    if not grouped(c):
        return np.bincount(c.link_place[links], minlength=len(c.places))
    pair, pair_place = story_place_pairs(c)
    present = np.zeros(len(pair_place), dtype=bool)
    present[pair[links]] = True
    return np.bincount(pair_place[present], minlength=len(c.places))


def n_stories(c: Columns, articles: np.ndarray) -> int:
    """How many distinct stories the articles in the mask ``articles`` make."""
    if not grouped(c):
        return int(articles.sum())
    return len(np.unique(c.story[articles]))


def governorate_counts(c: Columns, links: np.ndarray) -> dict[str, int]:
    """Distinct stories per governorate P-code among the links in ``links``.

    Links are sorted by article (see ``Columns``), so each article's links are one run: an
    article's governorates are OR-ed into a bit mask per run (and the masks of one story's
    copies into one), and each bit counted, with no sort of the links on a rerun."""
    gov = c.gov[c.link_place[links]]
    inside = gov >= 0
    if not inside.any() or not c.govs:
        return {}
    art, gov = c.link_article[links][inside], gov[inside]
    if len(c.govs) > _MASK_BITS:  # more governorates than bits: count distinct pairs
        keys = c.story[art].astype(np.int64) * len(c.govs) + gov
        per_gov = np.bincount(np.unique(keys) % len(c.govs), minlength=len(c.govs))
    else:
        starts = np.flatnonzero(np.r_[True, art[1:] != art[:-1]])
        masks = np.bitwise_or.reduceat(np.left_shift(np.uint64(1), gov.astype(np.uint64)), starts)
        if grouped(c):  # one mask per story: its copies' governorates together
            merged = np.zeros(c.n_stories, dtype=np.uint64)
            np.bitwise_or.at(merged, c.story[art[starts]], masks)
            masks = merged
        per_gov = np.array(
            [np.count_nonzero(masks & np.uint64(1 << g)) for g in range(len(c.govs))]
        )
    return {c.govs[i]: int(n) for i, n in enumerate(per_gov) if n}


_MASK_BITS = 64


def ids(c: Columns, mask: np.ndarray, start: int = 0, stop: int | None = None) -> list[str]:
    """Ids of the articles in ``mask``, newest first, from ``start`` to ``stop``."""
    found = np.flatnonzero(mask)[start:stop]
    return [c.ids[i] for i in found]


def first_of_each_story(c: Columns, articles: np.ndarray) -> np.ndarray:
    """The mask ``articles`` with only the newest article of each story in it (the list shows
    one card per story)."""
    if not grouped(c):
        return articles
    idx = np.flatnonzero(articles)
    _, first = np.unique(c.story[idx], return_index=True)
    out = np.zeros_like(articles)
    out[idx[first]] = True
    return out


def copies(c: Columns, index: int) -> list[int]:
    """The other articles of article ``index``'s story, newest first."""
    if not grouped(c):
        return []
    found = np.flatnonzero(c.story == c.story[index])
    return [int(i) for i in found if i != index]


def ids_of(c: Columns, indices: list[int]) -> list[str]:
    return [c.ids[i] for i in indices]


def date_bounds(c: Columns, sure_only: bool = False) -> tuple[dt.date, dt.date] | None:
    """First and last publication date; with ``sure_only``, of the dates not too doubtful to set
    the default range (when there are any)."""
    dated = c.day != UNDATED
    if sure_only and (dated & ~c.doubtful).any():
        dated &= ~c.doubtful
    if not dated.any():
        return None
    days = c.day[dated]
    return date_of(days.min()), date_of(days.max())
