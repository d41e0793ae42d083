"""The story fingerprint as the store kept it before migration 0012: ``datasketch``'s MinHash.

Each distinct word 4-shingle was hashed with SHA-1 (its first 4 bytes), mixed by the MurmurHash3
finalizer and put through the affine permutations of :mod:`dashboard.store.fingerprint` (the
``affine32`` scheme); each band's key was a 4-byte BLAKE2b digest of the band's number and values.
A SHA-1 per shingle was half of a fingerprint's cost, so 0012 replaced both (see
:mod:`dashboard.store.fingerprint`). This module stays so that the migrations written before it
(0007, 0008) and 0012 going down compute exactly what that code stored; ingest does not use it.
"""

from __future__ import annotations

import hashlib

import numpy as np

from dashboard.store.fingerprint import (
    MIN_SHINGLES,
    NUM_PERM,
    SCHEME,
    SEED,
    SHINGLE_WORDS,
    fmix32,
    permutations,
    shingles,
)


def values(text: str, size: int = SHINGLE_WORDS) -> np.ndarray | None:
    """datasketch's MinHash values of ``text``'s distinct shingles (uint32; a test checks they
    are its); None when it has fewer than :data:`MIN_SHINGLES`."""
    found = shingles(text, size)
    if len(found) < MIN_SHINGLES:
        return None
    sha1 = hashlib.sha1
    hashes = np.frombuffer(b"".join([sha1(s).digest()[:4] for s in found]), dtype="<u4")
    a, b = permutations()
    return (fmix32(hashes.astype(np.uint32))[:, None] * a + b).min(axis=0)


def band_keys(values: np.ndarray, layout: tuple[int, int] = (32, 4)) -> list[int]:
    """One 32-bit signed key per band: BLAKE2b of the band's number and its values."""
    count, rows = layout
    raw = np.asarray(values, dtype="<u4").tobytes()
    width = 4 * rows
    return [
        int.from_bytes(
            hashlib.blake2b(bytes((i,)) + raw[i * width : (i + 1) * width], digest_size=4).digest(),
            "little",
            signed=True,
        )
        for i in range(count)
    ]


def datasketch_values(text: str, size: int = SHINGLE_WORDS) -> np.ndarray | None:
    """The same values through datasketch itself (slow: for tests and comparisons)."""
    from datasketch import MinHash

    found = shingles(text, size)
    if len(found) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    m.update_batch(sorted(found))
    return np.asarray(m.hashvalues, dtype=np.uint32)
