"""A name the text places in a governorate by an address or a list ("kota X, provinsi Idlib",
"kota X dan Y di pedesaan Latakia") is read there (dashboard/geo/parse/within.py): its namesake
in that governorate, or no place when it has none there and the reading chosen is a small place
far outside. A bare comma stays a list's joint ("Ofaniya, Quneitra"), and a seat, a major town or
a governorate ends a list. The bundled gazetteer's real ids; the sentences are our own."""

from __future__ import annotations

import pytest

from tests.geotaghelp import found

IDLIB_GOV, IDLIB_CITY, LATAKIA_GOV = "gn:169387", "gn:169389", "gn:173578"
QUNEITRA_GOV, QUNEITRA_CITY = "gn:173336", "gn:173334"
HAMA, KOBANI = "gn:170017", "gn:172256"
HUBAYT_LATAKIA = "gn:169539"  # the only "Hubayt" the gazetteer has: a hamlet of Latakia
SHIR_HAMA = "gn:172537"  # the only "Ash Shir": a hamlet of Hama
MUKHTARIYAH_LATAKIA = "gn:166712"
HAMIDIYAH_TARTUS, HAMIDIYAH_QUNEITRA = "gn:173842", "gn:174167"  # a subdistrict seat; a village


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the address names a governorate where the name has no reading: no place
        (
            "Serangan gas dilaporkan di kota Al-Hubait, provinsi Idlib, kemarin.",
            {IDLIB_GOV},
        ),
        # ... and where it has one, that namesake, not the first in the gazetteer's order
        (
            "Serangan menghantam desa Al-Hamidiyah, provinsi Quneitra, kemarin.",
            {HAMIDIYAH_QUNEITRA, QUNEITRA_GOV},
        ),
        # every small place of a list before "di pedesaan Latakia" lies there
        (
            "Pasukan mengeksekusi 52 pria di kota Al-Shir dan Al-Mukhtariya di pedesaan Latakia.",
            {MUKHTARIYAH_LATAKIA, LATAKIA_GOV},
        ),
        (
            "Drone menyerang desa Al-Hubait dan Al-Hamidiyah di provinsi Quneitra.",
            {HAMIDIYAH_QUNEITRA, QUNEITRA_GOV},
        ),
    ],
)
def test_an_address_or_a_list_places_small_names_in_the_governorate(
    text: str, expected: set[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no address the names keep their readings (the guards' baseline)
        ("Serangan gas dilaporkan di kota Al-Hubait kemarin.", {HUBAYT_LATAKIA}),
        (
            "Pasukan mengeksekusi 52 pria di kota Al-Shir dan Al-Mukhtariya.",
            {SHIR_HAMA, MUKHTARIYAH_LATAKIA},
        ),
        ("Serangan menghantam desa Al-Hamidiyah kemarin.", {HAMIDIYAH_TARTUS}),
        # a bare comma is a list's or a clause's joint, no address: the existing readings
        (
            "Serangan menghantam desa Al-Hamidiyah, Quneitra, kemarin.",
            {HAMIDIYAH_QUNEITRA, QUNEITRA_CITY},
        ),
        # a governorate's seat before ", provinsi Y" is a list of areas, not an address
        ("Serangan di Hama, provinsi Idlib dan Latakia.", {HAMA, IDLIB_GOV, LATAKIA_GOV}),
        # a seat or a major town ends a list: only the name right before "di" is placed
        ("Pasukan bergerak dari Hama dan Al-Hubait di Idlib.", {HAMA, IDLIB_CITY}),
        ("Serangan di Kobani dan Al-Hubait di Idlib.", {KOBANI, IDLIB_CITY}),
    ],
)
def test_what_is_no_address_keeps_its_reading(text: str, expected: set[str]) -> None:
    assert found(text) == expected
