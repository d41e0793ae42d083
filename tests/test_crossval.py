"""Outlet folds of the dev corpus (benchmarks/crossval.py): the split's hash, pooling, bootstrap."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import crossval  # noqa: E402
from crossval import ArticleScore  # noqa: E402
from devsplit import load_split, outlet_key  # noqa: E402

pytestmark = pytest.mark.unit


def test_fold_zero_is_exactly_the_held_out_part_of_the_fixed_split():
    outlets, split = crossval.load_outlets(), load_split()
    assert outlets  # the split file lists the corpus
    for name, key in outlets.items():
        assert (crossval.fold_of(key) == 0) is (split[name] == "heldout"), name


def test_every_fold_is_used_and_an_outlet_sits_in_one_fold():
    folds = {crossval.fold_of(key) for key in crossval.load_outlets().values()}
    assert folds == {0, 1, 2}


def _outlet_in_fold(fold: int) -> str:
    return next(f"outlet{i}" for i in range(100) if crossval.fold_of(f"outlet{i}") == fold)


def test_by_fold_pools_the_counts_of_each_fold_and_counts_its_outlets():
    a, b = _outlet_in_fold(0), _outlet_in_fold(1)
    outlets = {"1.txt": a, "2.txt": a, "3.txt": b}
    scores = {
        "1.txt": ArticleScore(3, 0, 1, True),
        "2.txt": ArticleScore(1, 1, 0, False),
        "3.txt": ArticleScore(2, 0, 0, True),
        "seed.txt": ArticleScore(9, 9, 9, False),  # not in the split: left out
    }
    folds = crossval.by_fold(scores, outlets)
    assert (folds[0].tp, folds[0].fp, folds[0].fn, folds[0].outlets) == (4, 1, 1, 1)
    assert folds[0].precision == pytest.approx(0.8) and folds[0].focus == 0.5
    assert (folds[1].tp, folds[1].articles, folds[1].focus) == (2, 1, 1.0)
    assert folds[2].articles == 0 and folds[2].f1 == 1.0  # an empty fold: nothing wrong in it


@pytest.mark.parametrize(
    ("groups", "low", "high"),
    [
        # every outlet alike: every draw gives the same F1
        ([[ArticleScore(1, 0, 1, True)]] * 4, 2 / 3, 2 / 3),
        # one perfect outlet, one with nothing found: draws range from 0 to 1
        ([[ArticleScore(5, 0, 0, True)], [ArticleScore(0, 0, 5, False)]], 0.0, 1.0),
    ],
)
def test_the_bootstrap_interval_spans_what_outlets_drawn_again_can_give(groups, low, high):
    lo, hi = crossval.bootstrap(groups, lambda fig: fig.f1, draws=200)
    assert (lo, hi) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("outlet", "key"),
    [
        ("Kompas.com", "kompas"),  # a final .com goes
        ("VOI (voi.id)", "voi"),  # cut at " ("
        ("Duniaekspress.com (Anadolu)", "duniaekspress"),  # both
        ("CNN Indonesia (via xcloud.id aggregator page)", "cnn"),  # a wire's service: first word
        ("VOA Indonesia", "voa"),
        ("VOA-Islam", "voa-islam"),  # another outlet that only starts with "VOA"
        ("Pars Today (Indonesian service)", "pars today"),  # other names keep every word
        ("www.Liputan6.com", "liputan6"),
    ],
)
def test_outlet_key_is_the_fixed_splits_rule(outlet, key):
    assert outlet_key(outlet) == key


def test_the_split_file_holds_only_keys_the_rule_can_give():
    # every key of dev_split.tsv is a fixed point of the rule: it was made by it
    assert all(outlet_key(key) == key for key in crossval.load_outlets().values())
