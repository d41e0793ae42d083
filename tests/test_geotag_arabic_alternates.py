"""Letters Arabic transliteration alternates that the name fold keeps apart: the dad written z or
dl, the vowel o for u and for the diphthong aw (2026-12-07 night, round s30).

GeoNames writes the dad (ض) d; Persian, Turkish and Pashto say it z and the Levantine press
often writes it so ("Muazzamiyah": Mu'addamiyat ash Sham, X, VOA-Islam), the older Indonesian
Arabic-Latin spelling writes dl ("Raudlah"); spoken Arabic says aw as o and u as o
("Foah": Al Fu'ah, X, GoSumut; its list neighbour "Kefraya" was lost with it). A name no
lookup finds is respelt with each pair (variants.arabic_respellings) and taken when the
respelling is exactly a gazetteer name (VariantIndex.respelt_lookup); an Indonesian word is
never respelt. Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.gazetteer import normalize
from dashboard.geo.parse.variants import VariantIndex, arabic_respellings, prepare_misspellings

pytestmark = pytest.mark.integration

MUADAMIYAT = "gn:166833"  # Mu'addamiyat ash Sham, west of Damascus
FUAH = "gn:170365"  # Al Fu'ah, Idlib
KAFRAYA = "gn:168689"  # Kafraya, Idlib (beside Al Fu'ah)
RAWDAH = "gn:171501"  # Ar Rawdah, Baniyas district


@pytest.fixture(scope="module")
def index() -> VariantIndex:
    prepare_misspellings()
    return VariantIndex(GAZ)


@pytest.mark.parametrize(
    ("folded", "respelt"),
    [
        ("muazamiya", "muadamiya"),  # z for the dad
        ("rawdla", "rawda"),  # dl for the dad
        ("foa", "fua"),  # o for u ...
        ("fokani", "fawkani"),  # ... and for aw
    ],
)
def test_each_alternate_letter_is_respelt(folded: str, respelt: str) -> None:
    assert respelt in arabic_respellings(folded)


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("Muazzamiyah", MUADAMIYAT),
        ("Foah", FUAH),  # three letters folded: too short for a similarity match
        ("Raudlah", RAWDAH),
    ],
)
def test_a_respelt_name_is_exactly_a_gazetteer_name(
    index: VariantIndex, raw: str, place: str
) -> None:
    hit = index.respelt_lookup(raw, normalize(raw))
    assert hit is not None
    assert place in hit[1]


@pytest.mark.parametrize(
    "raw",
    [
        "Toko",  # an Indonesian word ("shop"): never respelt
        "Zona",  # "zone"
        "Bola",  # "ball"
        "Dolan",  # respelt "dulan", "dawlan": no gazetteer name
        "Moh",  # three letters ("Moh." for Mohammad): would be Al Muh
        "For",  # an English word: would be Al Fawr
    ],
)
def test_a_word_or_an_unknown_respelling_finds_nothing(index: VariantIndex, raw: str) -> None:
    assert index.respelt_lookup(raw, normalize(raw)) is None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Pemberontak menyerang kota Muazzamiyah, pinggiran barat Damaskus.", {MUADAMIYAT}),
        ("Bus tertahan di luar desa Foah dan Kefraya di Provinsi Idlib.", {FUAH, KAFRAYA}),
        ("Warga desa Raudlah dekat Baniyas mengungsi.", {RAWDAH}),
    ],
)
def test_a_respelt_name_is_found_in_a_place_frame(text: str, places: set[str]) -> None:
    assert places <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mereka berkumpul di Zona merah dekat Toko Bola di Idlib.",
        "Ia tinggal di kota Solo dan desa Bogor.",
        "Foah berkata kepada wartawan di Jakarta.",  # no place word before it
    ],
)
def test_words_and_unframed_names_stay_unmatched(text: str) -> None:
    assert FUAH not in found(text)
    assert found(text) <= {"gn:169387", "gn:169388", "gn:169389", "gn:170062", "gn:170063"}
