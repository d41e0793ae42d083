"""Outlet folds of the dev corpus: per-fold figures, their spread, and an outlet bootstrap.

The fixed split (``dev_split.tsv``) holds out the outlets with ``sha256(key) % 3 == 0``; the same
hash puts every outlet in one of three folds (fold 0 is the held-out part, folds 1 and 2 make up
the tuning part). A rule system has nothing to refit per fold, so "cross-validation" here means
scoring each fold on its own: the spread between folds says how much one third of the outlets moves
the figure, and a bootstrap over outlets (articles of one outlet drawn together) gives an interval
for the held-out figure. Only fold 0 was never read while tuning; folds 1 and 2 are seen text, so
their figures are upper bounds for unseen text, not unseen estimates.
"""

from __future__ import annotations

import hashlib
import random
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geoscore import Rates

FOLDS = 3
SPLIT_FILE = Path(__file__).resolve().with_name("dev_split.tsv")


def fold_of(outlet_key: str) -> int:
    """The outlet's fold: the hash that made the split (fold 0 is held out)."""
    return int(hashlib.sha256(outlet_key.encode("utf-8")).hexdigest(), 16) % FOLDS


def load_outlets(path: Path = SPLIT_FILE) -> dict[str, str]:
    """file name → outlet key, for every file of the split (seeds are not in it)."""
    outlets = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("#", "file\t")):
            name, key, _part = line.split("\t")
            outlets[name] = key
    return outlets


@dataclass(frozen=True)
class ArticleScore:
    """What one article contributes: below-country tp/fp/fn and whether its focus is right."""

    tp: int
    fp: int
    fn: int
    focus_ok: bool


@dataclass(frozen=True)
class Figures(Rates):
    """Pooled (micro) figures over some articles."""

    articles: int
    outlets: int
    tp: int
    fp: int
    fn: int
    focus: float


def pool(scores: list[ArticleScore], outlets: int) -> Figures:
    n = len(scores)
    return Figures(
        articles=n,
        outlets=outlets,
        tp=sum(s.tp for s in scores),
        fp=sum(s.fp for s in scores),
        fn=sum(s.fn for s in scores),
        focus=sum(s.focus_ok for s in scores) / n if n else 0.0,
    )


def by_fold(per_article: dict[str, ArticleScore], outlets: dict[str, str]) -> dict[int, Figures]:
    """Pooled figures of each fold (articles not in the split are left out)."""
    folds: dict[int, dict[str, list[ArticleScore]]] = {f: {} for f in range(FOLDS)}
    for name, score in per_article.items():
        if name in outlets:
            key = outlets[name]
            folds[fold_of(key)].setdefault(key, []).append(score)
    return {
        f: pool([s for group in groups.values() for s in group], len(groups))
        for f, groups in folds.items()
    }


def bootstrap(
    groups: list[list[ArticleScore]],
    measure: Callable[[Figures], float],
    draws: int = 2000,
    seed: int = 0,
) -> tuple[float, float]:
    """5th and 95th percentiles of *measure* over outlets drawn with replacement."""
    rng = random.Random(seed)  # noqa: S311 - reproducible resampling, not security
    values = sorted(
        measure(pool([s for g in rng.choices(groups, k=len(groups)) for s in g], len(groups)))
        for _ in range(draws)
    )
    return values[int(0.05 * (draws - 1))], values[int(0.95 * (draws - 1))]


def report(
    per_article: dict[str, ArticleScore], outlets: dict[str, str], *, dev: bool = True
) -> str:
    """A markdown table: one row per fold, the mean and spread over folds, a held-out interval.

    *dev*: the articles are the dev corpus, whose fold 0 is its held-out part; another annotated
    set (``--corpus``) is cut by the same outlet hash, but which folds were read is not known."""
    folds = by_fold(per_article, outlets)
    read = ("no (held out)", "yes") if dev else ("n/a", "n/a")
    lines = [
        "| outlet fold | read while tuning | articles (outlets) | below-country P / R / F1 "
        "| tp / fp / fn | focus within 50 km |",
        "|---|---|---|---|---|---|",
    ]
    for f, fig in folds.items():
        lines.append(
            f"| {f} | {read[0] if f == 0 else read[1]} | {fig.articles} ({fig.outlets}) | "
            f"{fig.precision:.3f} / {fig.recall:.3f} / {fig.f1:.3f} | "
            f"{fig.tp} / {fig.fp} / {fig.fn} | {fig.focus:.0%} |"
        )
    f1s = [fig.f1 for fig in folds.values()]
    focus = [fig.focus for fig in folds.values()]
    held = {}
    for name, score in per_article.items():
        if name in outlets and fold_of(outlets[name]) == 0:
            held.setdefault(outlets[name], []).append(score)
    f1_lo, f1_hi = bootstrap(list(held.values()), lambda fig: fig.f1)
    fo_lo, fo_hi = bootstrap(list(held.values()), lambda fig: fig.focus)
    lines += [
        "",
        f"mean over the {FOLDS} folds: below-country F1 {statistics.mean(f1s):.3f} "
        f"(min {min(f1s):.3f}, sd {statistics.stdev(f1s):.3f}), focus within 50 km "
        f"{statistics.mean(focus):.0%} (min {min(focus):.0%}); "
        f"{'held-out fold' if dev else 'fold 0'}, 90 % interval "
        f"over outlets drawn with replacement: F1 {f1_lo:.3f}-{f1_hi:.3f}, "
        f"focus {fo_lo:.0%}-{fo_hi:.0%}",
    ]
    return "\n".join(lines)
