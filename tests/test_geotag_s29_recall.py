"""Recall classes of the s29 tuning set's misses (issue 10), one table each, with guards.

Sentences are our own; ids are the bundled gazetteer's (GeoNames gn:, reviewed region:).
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

HOMS, HOMS_GOV = "gn:169577", "gn:169575"
ALEPPO, ALEPPO_GOV = "gn:170063", "gn:170062"
DARAA_GOV = "gn:170903"
DOUMA = "gn:170592"
GHOUTA, EASTERN_GHOUTA = "region:ghouta", "region:eastern-ghouta"
QALAMOUN, EASTERN_QALAMOUN = "region:qalamoun", "region:eastern-qalamoun"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governor of X governs the governorate; the city is a place of its own when named
        (
            "Gubernur Homs mengatakan bantuan tiba di kota Homs pagi ini.",
            {HOMS_GOV, HOMS},
        ),
        ("Menurut gubernur Aleppo, listrik kota Aleppo pulih.", {ALEPPO_GOV, ALEPPO}),
        # the governor alone: the governorate alone
        ("Gubernur Daraa membantah laporan itu.", {DARAA_GOV}),
    ],
)
def test_a_governor_of_a_seat_names_its_governorate(text: str, expected: set[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gubernur Bank Sentral Suriah menaikkan suku bunga.",  # a bank's governor: no place
        "Gubernur Jawa Barat menerima pengungsi dari Suriah.",  # an Indonesian province
    ],
)
def test_a_governor_of_no_syrian_governorate_names_none(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the annotated sets keep bare Ghouta beside the part the text names: the whole belt
        (
            "Serangan di Ghouta Timur berlanjut. Douma, kota terbesar di Ghouta, dikepung.",
            {EASTERN_GHOUTA, GHOUTA, DOUMA},
        ),
        ("GHOUTA - Warga mengungsi dari Ghautah Timur ke Damaskus.", None),
    ],
)
def test_bare_ghouta_stays_beside_its_named_part(text: str, expected: set[str] | None) -> None:
    places = found(text)
    assert {GHOUTA, EASTERN_GHOUTA} <= places
    if expected is not None:
        assert places == expected


def test_bare_qalamoun_folds_into_its_one_named_part() -> None:
    # a compass part of Qalamoun is read as a direction within it ("wilayah timur Qalamoun"):
    # the dev corpus's gold folds the two into one place
    places = found("Pejuang di Qalamoun Timur mundur. Pertempuran di Qalamoun berlanjut.")
    assert EASTERN_QALAMOUN in places and QALAMOUN not in places


QASR_AL_BURAYJ = "gn:165976"  # a village of al-Bab district, 50 km east of Aleppo city


@pytest.mark.parametrize(
    "text",
    [
        # the village lies nearer the governorate's point than the city's, which had pulled the
        # bare name, dateline included, to the governorate
        "ALEPPO (Kantor Berita) – Bom barel jatuh di desa Qasr Al-Breij pagi ini.",
        "ALEPPO - Bom barel jatuh di desa Qasr Al-Breij, kata pemantau di Aleppo.",
    ],
)
def test_a_dateline_of_a_seat_is_the_city_whatever_the_villages_pull(text: str) -> None:
    assert {ALEPPO, QASR_AL_BURAYJ} <= found(text)


def test_without_a_dateline_the_village_still_pulls_the_bare_seat_to_its_governorate() -> None:
    # only the dateline is the city; a body mention keeps the reading the places give it
    places = found("Bom barel jatuh di desa Qasr Al-Breij pagi ini, kata pemantau di Aleppo.")
    assert ALEPPO_GOV in places and ALEPPO not in places
