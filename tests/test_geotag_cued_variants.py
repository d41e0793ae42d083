"""A name right after "kota" or "desa" whose consonants are one Syrian place's is that place, even
when its vowels are far from every listed spelling (2026-12-07 night, round s30).

The variant lookup (dashboard/geo/parse/variants.py) asks a similarity of 0.7 of a spelling that
shares a name's skeleton; "Desa Al-Majimer" (Al Mujaymir, 0.57: T) and "kota Mehsa" (Mihassah,
0.67: dev tune) fell short. After "kota"/"desa" a one-word name is now found down to 0.5 when
one place's names are the closest of its skeleton by 0.2 (``VariantIndex.cued_lookup``); the
resolver keeps it only where the text names another Syrian place below the country and none of
the sure places is far from it (``Entry.weak``). Guards: Indonesian village names and words
after "desa"/"kota", in Indonesian news and beside a far Syrian place, stay unmatched, and so do
two-word names ("kota Banda Aceh"). Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.gazetteer import normalize
from dashboard.geo.parse.variants import VariantIndex, prepare_misspellings

pytestmark = pytest.mark.integration

MUJAYMIR = "gn:166730"  # Al Mujaymir, Suwayda
MIHASSAH = "gn:166911"  # Mihassah, Homs governorate (the Qaryatayn road)


@pytest.fixture(scope="module")
def index() -> VariantIndex:
    prepare_misspellings()
    return VariantIndex(GAZ)


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("Majimer", MUJAYMIR),  # mjmr: 0.57 of mjaymer, the one place of the skeleton
        ("Mehsa", MIHASSAH),  # mhs: 0.67 of mihasa; Makhus (mahus) 0.4 is 0.2 further
    ],
)
def test_a_cued_spelling_reaches_the_one_place_of_its_skeleton(
    index: VariantIndex, raw: str, place: str
) -> None:
    folded = normalize(raw)
    assert index.lookup(folded) is None  # the plain lookup does not reach it
    hit = index.cued_lookup(folded)
    assert hit is not None
    assert hit[1] == (place,)


@pytest.mark.parametrize(
    "raw",
    [
        "Mahsu",  # mhs too, but 0.4 of mihasa and of mahus alike: no clear winner
        "Nawa",  # four letters: too short for a looser match
        "Hazza",  # skeleton "hz": too few consonants
    ],
)
def test_a_cued_spelling_needs_a_clear_winner_and_a_long_key(index: VariantIndex, raw: str) -> None:
    assert index.cued_lookup(normalize(raw)) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tiga perwira tewas di desa Al-Majimer, Provinsi Suwayda.", MUJAYMIR),
        ("Pasukan bergerak dekat kota Mehsa di pedesaan Homs timur.", MIHASSAH),
        ("Warga kota Al-Majimer di Suwayda mengungsi ke selatan.", MUJAYMIR),
    ],
)
def test_a_cued_variant_beside_a_syrian_place_is_found(text: str, place: str) -> None:
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no other Syrian place: Indonesian news ("Kertajaya" is Qarat al Hajjiyah's skeleton)
        "Warga desa Kertajaya mengungsi akibat banjir kemarin.",
        "Warga desa Kertajaya di Suriah",  # the country alone is no neighbour
        "Warga kota Al-Majimer mengungsi.",
        "Bantuan untuk kota Forum dan desa Sistem tiba kemarin.",
        # Al Mujaymir is in Suwayda, over 100 km from Aleppo: a namesake, or a word
        "Warga desa Al-Majimer di Aleppo mengungsi.",
        "Warga kota Banda Aceh di Suriah",  # two words are never looked up this loosely
        "Ia tinggal di desa Sidomulyo dekat Damaskus.",
        "Keluarga itu pindah ke kota Magelang, bukan ke Homs.",
    ],
)
def test_a_cued_word_with_no_syrian_neighbour_stays_unmatched(text: str) -> None:
    assert found(text) <= {"gn:170654", "gn:169577", "gn:170063", "gn:170062"}
