"""A name the text gives only as a bare given name is no sure place (2026-12-07 recall round).

"Presiden Bashar" names a person; the gazetteer's one hamlet Bashar (Aleppo) made it a sure
place, and an ambiguous village name leaned towards Aleppo instead of the article's real places.
Such a name anchors nothing unless a type or context word or a dateline stands before one of
its mentions. Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

LATAKIA = "gn:173576"
SALMA = "gn:164907"  # Salma, Latakia mountains (al-Haffah district)
SALMA_SAFA = "gn:164906"  # Salma Safa, Manbij district, Aleppo (GeoNames also names it Salmá)


@pytest.mark.parametrize(
    ("text", "wanted", "namesake"),
    [
        # the president's first name no longer pulls "desa Salma" to Aleppo
        (
            "Pasukan Presiden Bashar menyerang desa Salma. Latakia tetap tenang.",
            {SALMA, LATAKIA},
            SALMA_SAFA,
        ),
        ("Bashar al-Assad memerintahkan serangan ke desa Salma, Latakia.", {SALMA, LATAKIA}, None),
        # guard: the full name is still its own place
        ("Warga mengungsi ke desa Salma Safa.", {SALMA_SAFA}, SALMA),
    ],
)
def test_a_bare_given_name_anchors_no_namesake(
    text: str, wanted: set[str], namesake: str | None
) -> None:
    places = found(text)
    assert places == wanted
    assert namesake not in places
