"""The story fingerprint's values, computed directly, are those of datasketch's MinHash."""

from __future__ import annotations

import numpy as np
import pytest
from test_stories import OTHER_DAY, SAME_TOPIC, WIRE, _variants

from dashboard.store import fingerprint as fp

TEXTS = [
    WIRE,
    SAME_TOPIC,
    OTHER_DAY,
    "Serangan di Ḥalab dan Dayr az-Zawr: “pengungsi” kembali ke Idlib. " * 5,  # marks, quotes
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas",
    "Konvoi bantuan tiba di Idlib.",  # too short to group
    "",
    *_variants(12),
]


@pytest.mark.unit
@pytest.mark.parametrize("text", TEXTS)
def test_the_values_are_datasketchs(text):
    expected = fp.signature(text)
    got = fp.values(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.dtype == np.uint32
        assert np.array_equal(got, np.asarray(expected.hashvalues, dtype=np.uint32))


@pytest.mark.unit
def test_the_permutations_are_datasketchs_without_importing_it():
    a, b = fp._permutations()
    expected = fp._template().permutations
    assert a.dtype == b.dtype == np.uint32
    assert np.array_equal(a, expected[0]) and np.array_equal(b, expected[1])
