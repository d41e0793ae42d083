"""Scoring rules for geotagging against hand annotations (gold.jsonl), shared by the benchmarks.

A predicted Syrian place matches a gold one within 25 km for towns (and other point features),
75 km for regions, governorates and the country; a country matches only a country. Matching is
one to one, closest pairs first. Gold entries marked ``uncertain`` or ``boilerplate_only`` are
optional: matching one earns nothing, missing one costs nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dashboard.geo.gazetteer import distance_km

TOWN_KM = 25.0
AREA_KM = 75.0
AREA_KINDS = frozenset({"admin1", "admin2", "admin3", "region", "country"})


@dataclass(frozen=True)
class Point:
    """A place as scored: name, kind and position."""

    name: str
    kind: str
    lat: float | None
    lon: float | None


class Rates:
    """Precision, recall and F1 of a class with ``tp``, ``fp`` and ``fn`` counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally(Rates):
    """Counts over many articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors_km.extend(other.errors_km)


def distance(gold: Point, pred: Point) -> float | None:
    """Distance in km if *pred* may stand for *gold*, else None."""
    if (gold.kind == "country") != (pred.kind == "country"):
        return None  # the country is never a point, and no point is the country
    if gold.kind == "country":
        return 0.0
    if None in (gold.lat, gold.lon, pred.lat, pred.lon):
        return None
    d = distance_km(gold.lat, gold.lon, pred.lat, pred.lon)
    return d if d <= (AREA_KM if gold.kind in AREA_KINDS else TOWN_KM) else None


def score_places(required: list[Point], optional: list[Point], predicted: list[Point]) -> Tally:
    """One article: one-to-one matching, closest first, required gold before optional gold."""
    free = set(range(len(predicted)))
    tally = Tally()
    for golds, counts in ((required, True), (optional, False)):
        pairs = sorted(
            (d, g, p)
            for g, gold in enumerate(golds)
            for p, pred in enumerate(predicted)
            if (d := distance(gold, pred)) is not None
        )
        matched: set[int] = set()
        for d, g, p in pairs:
            if g in matched or p not in free:
                continue
            matched.add(g)
            free.discard(p)
            if counts:
                tally.tp += 1
                if golds[g].kind != "country":
                    tally.errors_km.append(d)
        if counts:
            tally.fn += len(golds) - len(matched)
    tally.fp = len(free)
    return tally


def gold_points(entry: dict) -> tuple[list[Point], list[Point]]:
    """The Syrian places of one gold article: (required, optional)."""
    required, optional = [], []
    for loc in entry["locations"]:
        if not loc.get("in_syria"):
            continue
        point = Point(loc["place"], loc["kind"], loc.get("lat"), loc.get("lon"))
        optional_entry = loc.get("uncertain") or loc.get("boilerplate_only")
        (optional if optional_entry else required).append(point)
    return required, optional


def date_right(found: str | None, entry: dict) -> bool:
    """Exact, or one day off for gold dates inferred from a weekday."""
    if found is None or entry.get("published") is None:
        return False
    want = dt.date.fromisoformat(entry["published"])
    slack = 1 if entry.get("published_confidence") == "inferred" else 0
    return abs((dt.date.fromisoformat(found) - want).days) <= slack


def focus_right(pred: Point | None, entry: dict) -> bool:
    """The predicted focus is the gold focus or one of its accepted alternatives.

    A gold focus of null means "no place stands out": predicting None is right, and so is
    predicting one of the alternatives a fair reader would accept.
    """
    if pred is None:
        return entry.get("focus") is None
    by_name = {loc["place"]: loc for loc in entry["locations"]}
    wanted = [(entry["focus"], entry.get("focus_lat"), entry.get("focus_lon"))]
    for alt in entry.get("focus_alternatives") or ():
        loc = by_name.get(alt, {})
        wanted.append((alt, loc.get("lat"), loc.get("lon")))
    for name, lat, lon in wanted:
        if name is None:
            continue
        kind = by_name.get(name, {}).get("kind", "populated_place")
        if distance(Point(name, kind, lat, lon), pred) is not None:
            return True
    return False


def focus_within(pred: Point | None, entry: dict, limit_km: float) -> bool:
    """The predicted focus lies within *limit_km* of the gold focus or an accepted alternative.

    Both null is right; one null and not the other is wrong (a country-wide story with a pin, or a
    local story without one). Kinds do not matter here: a point near the place is near it.
    """
    if pred is None or pred.lat is None:
        return entry.get("focus") is None
    by_name = {loc["place"]: loc for loc in entry["locations"]}
    wanted = [(entry.get("focus_lat"), entry.get("focus_lon"))] if entry.get("focus") else []
    for alt in entry.get("focus_alternatives") or ():
        loc = by_name.get(alt, {})
        wanted.append((loc.get("lat"), loc.get("lon")))
    return any(
        distance_km(lat, lon, pred.lat, pred.lon) <= limit_km
        for lat, lon in wanted
        if lat is not None and lon is not None
    )
