"""The story fingerprint: its values are a MinHash of the body's word shingles, computed as the
module says (checked against a plain Python reference), and track the shingle sets' Jaccard
similarity; the fingerprint stored before migration 0012 (``fingerprint_v1``) is datasketch's."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from test_stories import OTHER_DAY, SAME_TOPIC, WIRE, _variants

from dashboard.store import fingerprint as fp
from dashboard.store import fingerprint_v1 as v1
from dashboard.store import stories

TEXTS = [
    WIRE,
    SAME_TOPIC,
    OTHER_DAY,
    "Serangan di Ḥalab dan Dayr az-Zawr: “pengungsi” kembali ke Idlib. " * 5,  # marks, quotes
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas",
    "Konvoi bantuan tiba di Idlib.",  # too short to group
    "a b c d " * 20,  # 80 shingles, 4 distinct: too few
    "",
    *_variants(12),
]
MASK = (1 << 64) - 1


def _reference(text: str) -> np.ndarray | None:
    """The MinHash as the module doc says, one shingle at a time with Python's integers."""
    words = fp.words(text)
    shingles = {tuple(words[i : i + 4]) for i in range(len(words) - 3)}
    if len(shingles) < fp.MIN_SHINGLES:
        return None
    a, b = (p.astype(int).tolist() for p in fp.permutations())
    top = []
    for shingle in shingles:
        h = 0
        for word in shingle:
            digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
            h = (h * 0x9E3779B97F4A7C15 + int.from_bytes(digest, "little")) & MASK
        top.append(h >> 32)
    return np.array(
        [min((x * ai + bi) & 0xFFFFFFFF for x in top) for ai, bi in zip(a, b, strict=True)]
    )


@pytest.mark.unit
@pytest.mark.parametrize("text", TEXTS)
def test_the_values_are_the_minhash_of_the_shingles(text):
    expected, got = _reference(text), fp.values(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.dtype == np.uint32
        assert np.array_equal(got, expected)


@pytest.mark.unit
def test_forgetting_the_known_words_changes_no_value(monkeypatch):
    before = [fp.values(t) for t in TEXTS]
    monkeypatch.setattr(fp, "_KNOWN_WORDS", 3)  # cleared at almost every text
    fp._known.clear()
    after = [fp.values(t) for t in reversed(TEXTS)][::-1]
    assert len(fp._known) < 200
    for x, y in zip(before, after, strict=True):
        assert (x is None and y is None) or np.array_equal(x, y)


@pytest.mark.unit
def test_the_stored_values_do_not_change_without_a_migration():
    """Stored signatures and band keys were computed with these exact values: a change to the
    hashing needs a migration that computes them again (as 0012 did)."""
    values = fp.values(WIRE)
    digest = hashlib.sha256(values.astype("<u4").tobytes()).hexdigest()[:16]
    keys = hashlib.sha256(np.array(stories.band_keys(values), "<i4").tobytes()).hexdigest()[:16]
    assert (digest, keys) == PINNED


PINNED = ("57fd57a5ad30d942", "e6c7c0373eb743f1")


@pytest.mark.unit
def test_the_estimate_tracks_the_jaccard_similarity():
    """128 values estimate a similarity J with a standard error of sqrt(J(1-J)/128), at most
    0.044: every pair of these texts is within 0.15 of its exact Jaccard similarity."""
    texts = [t for t in TEXTS if fp.values(t) is not None]
    gaps = []
    for i, x in enumerate(texts):
        for y in texts[i + 1 :]:
            sx, sy = fp.shingles(x), fp.shingles(y)
            exact = len(sx & sy) / len(sx | sy)
            gaps.append(abs(fp.similarity(fp.values(x), fp.values(y)) - exact))
    assert max(gaps) <= 0.15 and len(gaps) > 100


@pytest.mark.unit
def test_equal_bands_and_only_they_share_keys():
    values = fp.values(WIRE)
    keys = stories.band_keys(values)
    assert len(set(keys)) == 32 and all(-(2**31) <= k < 2**31 for k in keys)
    changed = values.copy()
    changed[5] += 1  # band 1 only
    other = stories.band_keys(changed)
    assert [i for i in range(32) if keys[i] != other[i]] == [1]
    same_band = np.tile(values[:4], 32)  # every band holds the same four values
    assert len(set(stories.band_keys(same_band))) == 32  # the band's number is in its key


@pytest.mark.unit
@pytest.mark.parametrize("text", TEXTS)
def test_the_fingerprint_stored_before_0012_is_datasketchs(text):
    expected, got = v1.datasketch_values(text), v1.values(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and np.array_equal(got, expected)


@pytest.mark.unit
def test_the_permutations_are_datasketchs():
    from datasketch import MinHash

    a, b = fp.permutations()
    expected = MinHash(num_perm=fp.NUM_PERM, seed=fp.SEED, scheme=fp.SCHEME).permutations
    assert a.dtype == b.dtype == np.uint32
    assert np.array_equal(a, expected[0]) and np.array_equal(b, expected[1])
