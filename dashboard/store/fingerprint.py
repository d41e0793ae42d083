"""An article's fingerprint for grouping near-duplicates: a MinHash over its body's word shingles.

Two copies of one story (a wire text republished by another outlet with its own dateline and
footer, the same text under a new headline, a page saved twice, a copy cut short) share most of
their runs of :data:`SHINGLE_WORDS` consecutive words; different stories on the same topic share
few. The MinHash (``datasketch``, the ``affine32`` scheme, :data:`NUM_PERM` permutations, a fixed
seed) estimates the Jaccard similarity of two shingle sets from 128 numbers each, stored as
:data:`NUM_PERM` × 4 bytes (:func:`to_bytes`). The title is left out: a new headline must not
split a story. Pure functions; the threshold and the index are in :mod:`dashboard.store.stories`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import LeanMinHash, MinHash

NUM_PERM = 128
SEED = 20261206
SCHEME = "affine32"
SHINGLE_WORDS = 4
#: Fewer shingles than this and a text is too short to tell a copy from a namesake: no grouping.
MIN_SHINGLES = 12

_WORD = re.compile(r"[^\W_]+")


@cache
def _template() -> MinHash:
    """One MinHash whose permutations every fingerprint reuses (building them is the slow part).
    Made on first use: opening the store (the dashboard's start) does not import datasketch,
    which imports scipy (about a second)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The template's affine permutations (``a`` odd, ``b``; 32-bit), drawn as datasketch draws
    them for the ``affine32`` scheme (a test checks they are its): :func:`values` needs no
    datasketch, whose import (with scipy) cost ingest's parent 0.8 CPU-seconds a run."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def prepare() -> None:
    """Make the permutations now (before forking workers, which then share them)."""
    _permutations()


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


def signature(text: str, size: int = SHINGLE_WORDS) -> LeanMinHash | None:
    """The MinHash of ``text``'s shingles; None when it has fewer than :data:`MIN_SHINGLES`."""
    found = shingles(text, size)
    if len(found) < MIN_SHINGLES:
        return None
    from datasketch import LeanMinHash

    m = _template().copy()
    m.update_batch(sorted(found))
    return LeanMinHash(m)


def values(text: str, size: int = SHINGLE_WORDS) -> np.ndarray | None:
    """The hash values of :func:`signature`, computed without a MinHash object per text (about
    a third less CPU; a test checks they are datasketch's): each distinct shingle's 32-bit SHA-1
    hash, mixed by the MurmurHash3 finalizer, put through the template's affine permutations,
    the least of each kept. None when the text has fewer than :data:`MIN_SHINGLES`."""
    found = shingles(text, size)
    if len(found) < MIN_SHINGLES:
        return None
    sha1 = hashlib.sha1
    hashes = np.frombuffer(b"".join([sha1(s).digest()[:4] for s in found]), dtype="<u4")
    a, b = _permutations()
    return (_fmix32(hashes.astype(np.uint32))[:, None] * a + b).min(axis=0)


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, element-wise (uint32, multiplication wraps around)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def to_bytes(sig: LeanMinHash) -> bytes:
    """What the store keeps: the hash values, little-endian uint32."""
    return np.asarray(sig.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> LeanMinHash:
    from datasketch import LeanMinHash

    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    if len(values) != NUM_PERM:
        raise ValueError(f"a story signature has {NUM_PERM} values, not {len(values)}")
    return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def similarity(a: LeanMinHash, b: LeanMinHash) -> float:
    """The estimated Jaccard similarity of two fingerprints' shingle sets."""
    return float(a.jaccard(b))
