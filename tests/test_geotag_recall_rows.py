"""Sourced rows and names of the s25 round, on the real bundled gazetteer: the border town
al-Rai (geodata/features.tsv, Wikipedia's coordinates), the Euphrates valley's "Lembah Sungai
Eufrat" spelling beside "Lembah Sungai Efrat" (geodata/regions.tsv), and Killi of Idlib, whose
names a rare root word of the stopword list had taken (geodata/stopwords_id.txt). Each with
the guards that keep a person's name unmatched. Sentences are this project's own.
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

AL_RAI = "feature:aleppo-al-rai"
KILLI = "gn:167871"  # village of Idlib by the Turkish border, camps of the displaced
EUPHRATES_VALLEY = "region:euphrates-valley"


@pytest.mark.parametrize(
    "text",
    [
        "Turki membuka kembali penyeberangan al-Rai untuk bantuan.",
        "Zona aman itu meliputi al-Bab, al-Rai, Azaz dan Jarablus.",
        "Pasukan oposisi masuk ke kota Al-Rai di perbatasan Turki.",
    ],
)
def test_the_border_town_al_rai_is_found(text: str) -> None:
    assert AL_RAI in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aktris Aishwarya Rai menghadiri festival film di Cannes.",
        "Pelatih Ray Rangkuti memuji timnya.",
        "Lagu itu dinyanyikan oleh Rai dan kawan-kawan.",
    ],
)
def test_a_person_named_rai_or_ray_is_no_town(text: str) -> None:
    assert AL_RAI not in found(text)


def test_the_valley_in_its_eufrat_spelling_with_the_river_word() -> None:
    assert EUPHRATES_VALLEY in found("ISIS bertahan di kawasan Lembah Sungai Eufrat.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jet menyerang desa Killi di Idlib.", True),
        ("Kamp tenda didirikan di Killi, desa dekat perbatasan Turki.", True),
        ("Kili Paul menari di video itu.", False),  # a person's name stays unmatched
    ],
)
def test_killi_is_found_as_a_village_not_as_a_word(text: str, expected: bool) -> None:
    assert (KILLI in found(text)) is expected
