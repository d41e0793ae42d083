"""The dashboard's view engine: a few numeric columns per article, place and link, held once per
store version, so filtering, counting and aggregating cost array operations, not Python loops
over every row.

Articles are indexed by their rank newest first (dated by date descending, then title and id;
undated last), so the indices a mask keeps are already in the order the list shows them. What a
page shows in words (titles, chips, texts) is read from the store for the few articles on screen.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from dashboard.rowtypes import RANGE_DATE, SURE_DATE, is_mappable

#: ``day`` of an undated article (days since 1970-01-01 otherwise).
UNDATED = np.iinfo(np.int32).min
_EPOCH = dt.date(1970, 1, 1)


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """A place as the map shows it (the fields every link to it shares)."""

    id: str
    name: str
    kind: str
    lat: float | None
    lon: float | None
    in_syria: bool
    admin1: str | None
    admin1_pcode: str | None
    radius_km: float | None
    name_id: str | None = None

    @property
    def display_name(self) -> str:
        return self.name_id or self.name or self.id

    @property
    def mappable(self) -> bool:
        return is_mappable(self.in_syria, self.kind, self.lat, self.lon)


@dataclass(frozen=True, eq=False)
class Columns:
    """Every article, place and link of one store version as arrays (see the module doc)."""

    ids: tuple[str, ...]  # article ids, newest first
    index: Mapping[str, int]  # article id → its index
    day: np.ndarray  # int32 days since 1970, UNDATED when no date
    estimated: np.ndarray  # bool: the date is an estimate
    doubtful: np.ndarray  # bool: too doubtful to set the default range (see rowtypes.RANGE_DATE)
    outlet: np.ndarray  # int32 index into outlets, -1 when unknown
    outlets: tuple[str, ...]
    places: tuple[PlaceInfo, ...]  # by place id
    place_index: Mapping[str, int]
    mappable: np.ndarray  # bool per place
    gov: np.ndarray  # int32 per place: index into govs (its governorate's P-code), -1 none
    govs: tuple[str, ...]  # governorate P-codes
    gov_names: tuple[str, ...]  # their canonical (OCHA English) names, the filter's values
    name_rank: np.ndarray  # int32 per place: its rank by (display name, id), to sort by name
    is_governorate: np.ndarray  # bool per place: a governorate (kind admin1) with its P-code
    link_article: np.ndarray  # int32 per link; links are sorted by article, then place
    link_place: np.ndarray  # int32 per link
    link_confidence: np.ndarray  # float32 per link
    #: bool per link: an analyst put the place in the article or confirmed it
    link_confirmed: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: int32 per article: its story (near-duplicates share one, see dashboard.store.stories),
    #: numbered by the story's newest article, so story order is article order
    story: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))

    @property
    def n_articles(self) -> int:
        return len(self.ids)

    @property
    def n_stories(self) -> int:
        return int(self.story.max()) + 1 if len(self.story) else 0

    def day_of(self, iso: dt.date) -> int:
        return (iso - _EPOCH).days


def day_number(value) -> int:
    """Days since 1970 of a stored date (a ``date`` or an ISO string), UNDATED when none."""
    if value is None or value == "":
        return int(UNDATED)
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        value = value.date()
    return (value - _EPOCH).days


def date_of(day: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(day))


def build(
    articles: Sequence[tuple],
    places: Sequence[tuple],
    links: Sequence[tuple],
    names_id: Mapping[str, str],
    confirmed: Collection[tuple[str, str]] = (),
) -> Columns:
    """Columns from the store's engine rows (see ``dashboard.store.listing.engine_rows``);
    ``confirmed`` the (article id, place id) links an analyst put in or confirmed."""
    arts = _article_columns(articles)
    plcs = _place_columns(tuple(_place_info(r, names_id) for r in places))
    index, place_index = arts["index"], plcs["place_index"]
    return Columns(**arts, **plcs, **_link_columns(links, index, place_index, set(confirmed)))


def _article_columns(articles: Sequence[tuple]) -> dict:
    ids = tuple(r[0] for r in articles)
    outlets = tuple(sorted({r[4] for r in articles if r[4]}, key=str.casefold))
    outlet_code = {name: i for i, name in enumerate(outlets)}
    day = np.fromiter((day_number(r[1]) for r in articles), dtype=np.int32, count=len(ids))
    conf = np.fromiter((float(r[2] or 0.0) for r in articles), dtype=np.float32, count=len(ids))
    conflict = np.fromiter((bool(r[3]) for r in articles), dtype=bool, count=len(ids))
    return {
        "ids": ids,
        "index": {aid: i for i, aid in enumerate(ids)},
        "day": day,
        "estimated": (day != UNDATED) & (conflict | (conf < SURE_DATE)),
        "doubtful": (day != UNDATED) & (conflict | (conf < RANGE_DATE)),
        "outlet": np.fromiter(
            (outlet_code.get(r[4], -1) if r[4] else -1 for r in articles),
            dtype=np.int32,
            count=len(ids),
        ),
        "outlets": outlets,
        "story": story_numbers(articles),
    }


def story_numbers(articles: Sequence[tuple]) -> np.ndarray:
    """Each article's story as a number, in order of the stories' newest articles (an article
    row without a story, column 5, is a story of its own)."""
    numbers: dict[str, int] = {}
    keys = (r[5] if len(r) > 5 and r[5] else r[0] for r in articles)
    return np.fromiter(
        (numbers.setdefault(k, len(numbers)) for k in keys), dtype=np.int32, count=len(articles)
    )


def _place_columns(infos: tuple[PlaceInfo, ...]) -> dict:
    govs = sorted({p.admin1_pcode for p in infos if p.admin1_pcode and p.mappable})
    gov_index = {g: i for i, g in enumerate(govs)}
    gov_names = {p.admin1_pcode: p.admin1 for p in infos if p.admin1_pcode and p.admin1}
    n = len(infos)
    gov = np.fromiter(
        (gov_index.get(p.admin1_pcode or "", -1) if p.mappable else -1 for p in infos),
        dtype=np.int32,
        count=n,
    )
    by_name = sorted(range(n), key=lambda i: (infos[i].display_name, infos[i].id))
    name_rank = np.empty(n, dtype=np.int32)
    name_rank[np.asarray(by_name, dtype=np.int64)] = np.arange(n, dtype=np.int32)
    admin1 = np.fromiter((p.kind == "admin1" for p in infos), dtype=bool, count=n)
    return {
        "places": infos,
        "place_index": {p.id: i for i, p in enumerate(infos)},
        "mappable": np.fromiter((p.mappable for p in infos), dtype=bool, count=n),
        "gov": gov,
        "govs": tuple(govs),
        "gov_names": tuple(gov_names.get(g) or g for g in govs),
        "name_rank": name_rank,
        "is_governorate": admin1 & (gov >= 0),
    }


def _link_columns(
    links: Sequence[tuple], index: Mapping, place_index: Mapping, confirmed: set
) -> dict:
    """The link columns, sorted by article then place: each article's links are one run. A
    link to an article or place not in the columns is left out; ``confirmed`` holds the
    (article id, place id) links an analyst put in or confirmed."""
    n = len(links)
    article = np.fromiter((index.get(r[0], -1) for r in links), dtype=np.int32, count=n)
    place = np.fromiter((place_index.get(r[1], -1) for r in links), dtype=np.int32, count=n)
    conf = np.fromiter((r[2] or 0.0 for r in links), dtype=np.float32, count=n)
    sure = np.zeros(n, dtype=bool)
    if confirmed:
        sure = np.fromiter(((r[0], r[1]) in confirmed for r in links), dtype=bool, count=n)
    known = (article >= 0) & (place >= 0)
    order = np.lexsort((place[known], article[known]))
    return {
        "link_article": article[known][order],
        "link_place": place[known][order],
        "link_confidence": conf[known][order],
        "link_confirmed": sure[known][order],
    }


def _place_info(row: tuple, names_id: Mapping[str, str]) -> PlaceInfo:
    pid, name, kind, lat, lon, in_syria, admin1, pcode, radius = row
    return PlaceInfo(
        id=pid,
        name=name,
        kind=kind or "populated_place",
        lat=None if lat is None or math.isnan(lat) else float(lat),
        lon=None if lon is None or math.isnan(lon) else float(lon),
        in_syria=bool(in_syria),
        admin1=admin1,
        admin1_pcode=pcode,
        radius_km=float(radius) if radius else None,
        name_id=names_id.get(pid),
    )
