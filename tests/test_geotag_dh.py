""" "dh" for the Arabic dad/dha (the Indonesian Arabic-Latin standard: "Baidha'", "Ridha") joins
a gazetteer name written with d, in place context only (dashboard/geo/parse/variants.py); and a
governorate's point is no neighbour when namesakes are weighed (dashboard/geo/parse/anchors.py):
al-Bayda of Baniyas, not Ba'idah of Safita, which is merely near Tartus governorate's centre.
Sentences are this project's own; ids are the gazetteer's (GeoNames)."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

AL_BAYDA_BANIYAS = "gn:173970"
BAIDAH_SAFITA = "gn:171666"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pembantaian terjadi di desa Baidha’, kota Baniyas, provinsi Tartus.", AL_BAYDA_BANIYAS),
        ("Pembantaian terjadi di desa Baidha, dekat kota Baniyas.", AL_BAYDA_BANIYAS),
        ("Pembantaian terjadi di desa al-Bayda, kota Baniyas, provinsi Tartus.", AL_BAYDA_BANIYAS),
        ("Warga desa Kafar Sijnah kembali ke rumah mereka.", "gn:168639"),  # Kafr Sajnah
        ("Warga desa Kefer Sijnah kembali ke rumah mereka.", "gn:168639"),
    ],
)
def test_a_dh_or_kafar_spelling_finds_the_place(text: str, place_id: str) -> None:
    places = found(text)
    assert place_id in places
    assert BAIDAH_SAFITA not in places


@pytest.mark.parametrize(
    "text",
    [
        "Bantuan untuk kaum dhuafa dibagikan setelah salat Jumat.",
        "Bantuan untuk kaum Dhuafa dibagikan di kota itu.",
        "Ustaz Ridha berbicara tentang ridha orang tua.",
        "Kafar itu berkata kepada warga desa.",
        "Kata Baidha dalam bahasa Arab berarti putih.",
    ],
)
def test_indonesian_words_and_names_with_dh_stay_unmatched(text: str) -> None:
    assert not found(text)
