"""Sourced rows and names of the s25 round, on the real bundled gazetteer: the Euphrates
valley's "Lembah Sungai Eufrat" spelling beside "Lembah Sungai Efrat" (geodata/regions.tsv), and
Killi of Idlib, whose names a rare root word of the stopword list had taken
(geodata/stopwords_id.txt). Each with the guards that keep a person's name unmatched.

The border town al-Rai has no row of its bare name: it folds like the given name Ray (the article
"al-" is folded away), and a row for it made "dr Ray Ratu" and "X-Ray" Syrian places in the sweep
of news that never names Syria (benchmarks/false_places.py, 23 -> 26). Its crossing's row
(feature:aleppo-al-rai-crossing) has only names with the crossing word ("penyeberangan al-Rai").
The guards below keep those readings out whatever row is added later. Sentences are this
project's own.
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

KILLI = "gn:167871"  # village of Idlib by the Turkish border, camps of the displaced
EUPHRATES_VALLEY = "region:euphrates-valley"


@pytest.mark.parametrize(
    "text",
    [
        "Aktris Aishwarya Rai menghadiri festival film di Cannes.",
        "Pelatih Ray Rangkuti memuji timnya.",
        "Lagu itu dinyanyikan oleh Rai dan kawan-kawan.",
        "Spesialis penyakit dalam, dr Ray Sitompul, SpPD mengatakan pola makan penting.",
        "Data cuaca antariksa: indeks X-Ray dan indeks matahari harian.",
    ],
)
def test_a_person_named_rai_or_ray_or_an_x_ray_is_no_syrian_place(text: str) -> None:
    assert found(text) == set()


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
