"""A batch's stories found at once: every (article, candidate) pair compared in one numpy step.

:func:`dashboard.store.stories.group` in bulk. A batch of 500 articles over 20,000 stored ones has
tens of thousands of (band key, stored article) hits, mostly through a few keys that many texts
share; looking at them one article at a time in Python cost more than the rest of the write. Here
the pairs are found with sorted arrays (:func:`_pairs`), their signatures compared all at once,
and only the pairs at or above the threshold are looked at in order, as
:class:`~dashboard.store.stories.StoryIndex` would: each article joins the story of its most
similar candidate (ties: the smaller story id), stored or earlier in the batch, else its own.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def stories_of(
    ids: Sequence[str],
    sigs: np.ndarray,
    keys: np.ndarray,
    stored: tuple[Sequence[str], np.ndarray, np.ndarray, np.ndarray],
    threshold: float,
) -> list[str]:
    """The story of each of a batch's articles, in order.

    ``sigs`` and ``keys`` are the articles' signatures and band keys, one row each; ``stored`` the
    candidates in the store: their stories, signatures, and the (band key, row) pairs that
    matched."""
    stories, stored_sigs, pair_keys, pair_rows = stored
    width = sigs.shape[1]
    owners = np.repeat(np.arange(len(ids)), keys.shape[1])
    flat = keys.ravel()
    art, row = _pairs(flat, owners, pair_keys, pair_rows)
    found = _close(sigs[art], stored_sigs[row], width, threshold)
    art, row, sim = art[found[0]], row[found[0]], found[1]
    before, other = _pairs(flat, owners, flat, owners)
    earlier = other < before
    before, other = before[earlier], other[earlier]
    found = _close(sigs[before], sigs[other], width, threshold)
    before, other, sim_in = before[found[0]], other[found[0]], found[1]
    out = list(ids)
    best: dict[int, tuple[float, str]] = {}
    for i, r, s in zip(art.tolist(), row.tolist(), sim.tolist(), strict=True):
        if i not in best or (-s, stories[r]) < best[i]:
            best[i] = (-s, stories[r])
    inner: dict[int, list[tuple[int, float]]] = {}
    for i, j, s in zip(before.tolist(), other.tolist(), sim_in.tolist(), strict=True):
        inner.setdefault(i, []).append((j, s))
    for i in sorted(best.keys() | inner.keys()):
        choice = best.get(i)
        for j, s in inner.get(i, ()):
            if choice is None or (-s, out[j]) < choice:
                choice = (-s, out[j])
        if choice is not None:
            out[i] = choice[1]
    return out


def _pairs(
    keys: np.ndarray, owners: np.ndarray, pair_keys: np.ndarray, pair_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct (owner, row) whose keys are equal: owners of ``keys``, rows of the pairs."""
    order = np.argsort(pair_keys, kind="stable")
    sorted_keys, sorted_rows = pair_keys[order], pair_rows[order]
    lo = np.searchsorted(sorted_keys, keys, "left")
    counts = np.searchsorted(sorted_keys, keys, "right") - lo
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.repeat(lo - (np.cumsum(counts) - counts), counts)
    rows = sorted_rows[np.arange(total) + starts]
    who = np.repeat(owners, counts)
    span = int(rows.max()) + 1
    both = np.unique(who.astype(np.int64) * span + rows)
    return both // span, both % span


def _close(a: np.ndarray, b: np.ndarray, width: int, threshold: float):
    """Which pairs of signature rows agree on at least ``threshold`` of their values, and the
    similarity of those (the share of equal values, as :class:`StoryIndex` computes it)."""
    sim = (a == b).sum(axis=1) / width
    keep = sim >= threshold
    return keep, sim[keep]
