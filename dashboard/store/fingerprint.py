"""An article's fingerprint for grouping near-duplicates: a MinHash over its body's word shingles.

Two copies of one story (a wire text republished by another outlet with its own dateline and
footer, the same text under a new headline, a page saved twice, a copy cut short) share most of
their runs of :data:`SHINGLE_WORDS` consecutive words; different stories on the same topic share
few. The MinHash (:data:`NUM_PERM` affine permutations, drawn as ``datasketch`` draws those of its
``affine32`` scheme with a fixed seed) estimates the Jaccard similarity of two shingle sets from
128 numbers each. The title is left out: a new headline must not split a story.

Shingles are hashed in numpy, not one by one (since migration 0012; before, a SHA-1 per shingle
as ``datasketch`` computes it, :mod:`dashboard.store.fingerprint_v1`, half of a fingerprint's
cost): each word gets a 64-bit hash (BLAKE2b of its UTF-8, remembered for the words already seen),
a shingle the polynomial ``((w0·K + w1)·K + w2)·K + w3`` of its words' hashes (64-bit, wrapping),
and its top 32 bits go through the permutations. Pure functions; the threshold and the index are
in :mod:`dashboard.store.stories`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

import numpy as np

NUM_PERM = 128
SEED = 20261206
SCHEME = "affine32"
SHINGLE_WORDS = 4
#: Fewer shingles than this and a text is too short to tell a copy from a namesake: no grouping.
MIN_SHINGLES = 12
#: The multiplier of the shingle polynomial (odd: the golden ratio's 64-bit fraction).
_K = np.uint64(0x9E3779B97F4A7C15)
#: Words whose hash is remembered, at most (about 150 bytes each); past it, forgotten at once.
_KNOWN_WORDS = 200_000
_known: dict[str, int] = {}

_WORD = re.compile(r"[^\W_]+")


@cache
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (``a`` odd, ``b``; 32-bit), drawn as datasketch draws them for
    the ``affine32`` scheme with :data:`SEED` (a test checks they are its)."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def prepare() -> None:
    """Make the permutations now (before forking workers, which then share them)."""
    permutations()


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits, without diacritics."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = folded if folded.isascii() else _NON_ASCII.sub(_without_marks, folded)
    return _WORD.findall(plain)


#: Combining marks are never ASCII: only runs of other characters are looked at one by one.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct runs of ``size`` consecutive words, UTF-8 encoded."""
    w = words(text)
    return {" ".join(w[i : i + size]).encode() for i in range(max(0, len(w) - size + 1))}


def word_hash(word: str) -> int:
    """A word's 64-bit hash: the first 8 bytes of its UTF-8's BLAKE2b, little-endian."""
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _word_hashes(found: list[str]) -> np.ndarray:
    known = _known
    try:
        return np.fromiter(map(known.__getitem__, found), dtype=np.uint64, count=len(found))
    except KeyError:
        if len(known) > _KNOWN_WORDS:
            known.clear()
        for word in found:
            if word not in known:
                known[word] = word_hash(word)
        return np.fromiter(map(known.__getitem__, found), dtype=np.uint64, count=len(found))


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """Each run of ``size`` words' 64-bit hash (the polynomial of the module doc), sorted,
    repeats kept."""
    w = _word_hashes(words(text))
    n = len(w) - size + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = w[:n].copy()
    for j in range(1, size):
        h *= _K
        h += w[j : j + n]
    h.sort()
    return h


def values(text: str, size: int = SHINGLE_WORDS) -> np.ndarray | None:
    """The MinHash values of ``text``'s shingles (uint32): the top 32 bits of each shingle's hash
    put through the permutations, the least of each kept. None when it has fewer than
    :data:`MIN_SHINGLES` distinct shingles (told apart by their 64-bit hash)."""
    h = shingle_hashes(text, size)
    if len(h) < MIN_SHINGLES or np.count_nonzero(h[1:] != h[:-1]) + 1 < MIN_SHINGLES:
        return None
    a, b = permutations()
    return (np.multiply.outer((h >> np.uint64(32)).astype(np.uint32), a) + b).min(axis=0)


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (uint32, multiplication wraps around)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two fingerprints' shingle sets: the share of equal
    values."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)
