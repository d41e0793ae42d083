"""A batch's stories found at once: every (article, candidate) pair compared in one numpy step.

:func:`dashboard.store.stories.group` in bulk. A batch of 500 articles over 20,000 stored ones has
tens of thousands of (band key, stored article) hits, mostly through a few keys that many texts
share; looking at them one article at a time in Python cost more than the rest of the write. Here
the pairs are found with sorted arrays (:func:`_pairs`), their signatures compared all at once,
and only the pairs at or above the threshold are looked at in order, as
:class:`~dashboard.store.stories.StoryIndex` would: each article joins the story of its most
similar candidate (ties: the smaller story id), stored or earlier in the batch, else its own.

A pair found through several shared keys is compared once per key: making the pairs distinct
first (a hash of every pair) cost more than the comparisons it saved (about 15 % of pairs are
repeats), and the choice of the best candidate does not depend on how often it is seen.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Articles whose candidate pairs are found at once, and pairs compared at once: what a batch's
#: matching holds in memory stays bounded (20,000 stored synthetic articles give each new one
#: about 400 candidates through shared keys; all of a batch's pairs at once took 140 MB).
SLICE = 32
CHUNK = 4096


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
    in_store = _by_key(pair_keys, pair_rows)
    per = keys.shape[1]
    in_batch = _by_key(keys.ravel(), np.repeat(np.arange(len(ids)), per))
    near, inner = [], []
    for start in range(0, len(ids), SLICE):
        flat = keys[start : start + SLICE].ravel()
        owners = np.repeat(np.arange(start, start + len(flat) // per), per)
        art, row = _pairs(flat, owners, *in_store)
        near.append(_close(art, row, sigs, stored_sigs, threshold))
        before, other = _pairs(flat, owners, *in_batch)
        earlier = other < before
        inner.append(_close(before[earlier], other[earlier], sigs, sigs, threshold))
    out = list(ids)
    best: dict[int, tuple[float, str]] = {}
    for i, r, s in _joined(near):
        if i not in best or (-s, stories[r]) < best[i]:
            best[i] = (-s, stories[r])
    earlier_ones: dict[int, list[tuple[int, float]]] = {}
    for i, j, s in _joined(inner):
        earlier_ones.setdefault(i, []).append((j, s))
    for i in sorted(best.keys() | earlier_ones.keys()):
        choice = best.get(i)
        for j, s in earlier_ones.get(i, ()):
            if choice is None or (-s, out[j]) < choice:
                choice = (-s, out[j])
        if choice is not None:
            out[i] = choice[1]
    return out


def _by_key(keys: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(keys, kind="stable")
    return keys[order], rows[order]


def _pairs(
    keys: np.ndarray, owners: np.ndarray, sorted_keys: np.ndarray, sorted_rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each (owner, row) whose keys are equal, once per key they share: owners of ``keys``, rows
    of the pairs (sorted by their keys, :func:`_by_key`)."""
    lo = np.searchsorted(sorted_keys, keys, "left")
    counts = np.searchsorted(sorted_keys, keys, "right") - lo
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.repeat(lo - (np.cumsum(counts) - counts), counts)
    return np.repeat(owners, counts), sorted_rows[np.arange(total) + starts]


def _close(left: np.ndarray, right: np.ndarray, a: np.ndarray, b: np.ndarray, threshold: float):
    """The pairs of rows of ``a`` and ``b`` that agree on at least ``threshold`` of their values,
    with that share (the similarity, as :class:`StoryIndex` computes it), :data:`CHUNK` at a
    time."""
    found = []
    for i in range(0, len(left), CHUNK):
        lefts, rights = left[i : i + CHUNK], right[i : i + CHUNK]
        sim = _agreeing(a[lefts] == b[rights]) / a.shape[1]
        keep = sim >= threshold
        found.append((lefts[keep], rights[keep], sim[keep]))
    return found


_BYTE_SUM = np.uint64(0x0101010101010101)


def _agreeing(equal: np.ndarray) -> np.ndarray:
    """How many values of each row agree (``equal`` a boolean array, a row per pair): its bytes
    added eight at a time as 64-bit words, then a word's eight byte counts by one multiplication
    (a row of 128 values: no byte passes 128). A quarter less CPU than ``equal.sum(axis=1)``."""
    width = equal.shape[1]
    if width % 8 or width > 255:
        return equal.sum(axis=1)
    words = np.add.reduce(equal.view(np.uint64), axis=1, dtype=np.uint64)
    return ((words * _BYTE_SUM) >> np.uint64(56)).astype(np.int64)


def _joined(parts: list[list[tuple[np.ndarray, np.ndarray, np.ndarray]]]):
    """The (left, right, similarity) triples of :func:`_close`'s results, as Python values."""
    for found in parts:
        for left, right, sim in found:
            yield from zip(left.tolist(), right.tolist(), sim.tolist(), strict=True)
