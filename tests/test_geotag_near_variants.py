"""A name right after a context word that is one consonant away from a Syrian town's name is that
town (2026-12-08, round s31).

The variant lookup (dashboard/geo/parse/variants.py) pairs spellings by their consonant
skeleton, so a name written with a consonant dropped or added never reached its place: "di
Qamishi" (Qamishli), "di Haref Nemra" (Harf Bnimrah), "Desa Kar Nuran" (Kafr Nuran), "Idblib"
(Idlib) on the readable sets of the round (five articles, five outlets).
``VariantIndex.near_lookup`` looks such a name up among the skeletons one consonant longer or
shorter, at the plain lookup's similarity, for a word or two right after a context word ("di",
"kota", "desa", "provinsi" …) in a text that names Syria only, and answers only with a town or
village that is the clear winner; the resolver keeps it beside other Syrian places only.
Guards: a span holding an Indonesian word, a context word or a feature head ("Tanah Air",
"Istana", "pangkalan udara X") is never looked up this way, and two places as close leave the
name unmatched. Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.gazetteer import normalize
from dashboard.geo.parse.variants import VariantIndex, prepare_misspellings

pytestmark = pytest.mark.integration

QAMISHLI = "gn:173377"
HARF_BNIMRAH = "gn:11556258"  # Harf Bnimrah, Baniyas district, Tartus
KAFR_NURAN = "gn:168648"  # Kafr Nuran, western Aleppo countryside
HASAKAH = "gn:173811"


@pytest.fixture(scope="module")
def index() -> VariantIndex:
    prepare_misspellings()
    return VariantIndex(GAZ)


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("Qamishi", QAMISHLI),  # kmsh: the l of kmshl dropped
        ("Haref Nemra", HARF_BNIMRAH),  # hrfnmr: the b of hrfbnmr dropped, two words
        ("Karnuran", KAFR_NURAN),  # krnrn: the f of kfrnrn dropped
    ],
)
def test_a_name_a_consonant_short_reaches_its_town(
    index: VariantIndex, raw: str, place: str
) -> None:
    folded = normalize(raw)
    assert index.lookup(folded) is None  # the skeleton lookup does not reach it
    hit = index.near_lookup(raw, folded)
    assert hit is not None
    assert hit[1] == (place,)


@pytest.mark.parametrize(
    "raw",
    [
        "Tanah Air",  # "homeland": Indonesian words, one consonant from Tall Na'ur
        "Istana",  # "palace": a root word, one consonant from Istamna
        "Kristen",  # a common word, one consonant from al-Qaryatayn's "Kariten"
        "Pangkalan Udara",  # a feature head: the airbase it names is no typo
        "Homsh",  # hmsh → hms: Homs and the other names of "hms" are as close
        "Nawa",  # four letters: too short
    ],
)
def test_indonesian_words_heads_and_ties_are_no_near_variant(index: VariantIndex, raw: str) -> None:
    assert index.near_lookup(raw, normalize(raw)) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pasien itu dirawat di rumah sakit di Qamishi, Hasakah, Suriah.", QAMISHLI),
        ("Penembakan terjadi di Haref Nemra, sebuah desa dekat Baniyas, Suriah.", HARF_BNIMRAH),
        ("Serangan udara di Suriah menghantam Desa Karnuran di Aleppo barat.", KAFR_NURAN),
    ],
)
def test_a_near_variant_after_a_context_word_is_found(text: str, place: str) -> None:
    assert place in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 37 warga Suriah tiba kembali di Tanah Air dari Hasakah.",
        "Presiden Suriah menerima tamu di Istana Merdeka, lalu membahas Hasakah.",
        # no context word before it: a name in running text is not looked up this loosely
        "Qamishi dan Hasakah di Suriah disebut dalam laporan itu.",
        # a text that never names Syria is not looked up this loosely: Indonesian news names
        # its own towns one consonant from Syrian villages ("warga Bekasi", "di Banyumas")
        "Pasien itu dirawat di rumah sakit di Qamishi, Hasakah.",
    ],
)
def test_words_uncued_names_and_news_not_of_syria_stay_unmatched(text: str) -> None:
    assert found(text) <= {HASAKAH}
