"""Precision classes read on the s29/s30 sets (issue 10, 2026-12-08): a prison named by its town
is that town, one place; "X di provinsi Y" with X's only reading outside Y's governorate, and
"X di sekitar <town>" with it far from the town, are namesakes the text rules out. Sentences are
our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
SAYDNAYA, ADRA, DAMASCUS = "gn:164717", "gn:174201", "gn:170654"
KHARSA, MUMTINAH, HAJJAN = "gn:162339", "gn:162827", "gn:164551"
DARAA_GOV, SWEIDA_GOV, QUNEITRA_GOV = "gn:170903", "gn:172410", "gn:173336"
MANBIJ, AZAZ, AL_BAB, ALEPPO = "gn:167357", "gn:172082", "gn:174018", "gn:170063"


def places(text: str) -> set[str]:
    """Ids of every place below the country that *text* names, Syrian or not."""
    return {tp.place.id for tp in geotag(text, GAZ).places if tp.place.kind != "country"}


# --- a prison named by its town is the town --------------------------------------------------
# The annotated sets map "penjara Sednaya" to the town (s29 T, s30 Y) and "penjara Ghwayran" to
# its quarter (four golds, four outlets): a prison row of its own beside the town counted twice.


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ribuan tahanan keluar dari penjara Sednaya di Suriah.", {SAYDNAYA}),
        ("Keluarga mencari kerabat di Penjara Militer Saydnaya.", {SAYDNAYA}),
        # the prison and the town in one story are one place, not two
        ("Ia ditahan di penjara Sednaya, lalu pulang ke Sednaya.", {SAYDNAYA}),
        ("Aktivis itu dipindahkan ke penjara Adra dekat Damaskus.", {ADRA, DAMASCUS}),
    ],
)
def test_a_prison_named_by_its_town_is_the_town(text: str, wanted: set[str]) -> None:
    assert places(text) == wanted


# --- "X di provinsi Y": X's only reading outside Y is no reading -------------------------------
# Kharsa (Sweida) and Mumtinah (Quneitra) lie within 45 km of Daraa governorate's point, so
# a distance from that point did not rule them out; the governorate's borders do.


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Warga mengungsi dari desa Kharsa di provinsi Daraa pekan lalu.", {DARAA_GOV}),
        ("Pesawat menyerang desa Mumtinah di provinsi Daraa.", {DARAA_GOV}),
        # inside the governorate named, the village stays
        ("Warga mengungsi dari desa Kharsa di provinsi Sweida pekan lalu.", {SWEIDA_GOV, KHARSA}),
        ("Pesawat menyerang desa Mumtinah di provinsi Quneitra.", {QUNEITRA_GOV, MUMTINAH}),
    ],
)
def test_a_village_outside_the_governorate_it_is_placed_in_is_dropped(
    text: str, wanted: set[str]
) -> None:
    assert places(text) == wanted


# --- "X di sekitar <town>": around the town, so near it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # Hajjan lies 90 km from Manbij: not the place "around Manbij"
        ("Tentara merebut desa Hajjan di sekitar Manbij.", {MANBIJ}),
        # 12 km from Azaz: around it
        ("Tentara merebut desa Hajjan di sekitar Azaz.", {AZAZ, HAJJAN}),
        # "dekat" (near) sets no bound: nothing is ruled out
        ("Tentara merebut desa Hajjan di dekat Manbij.", {MANBIJ, HAJJAN}),
        # around a governorate's seat is around the city, not its governorate ("di Aleppo"
        # after a town beyond the city names the governorate: test_geotag_facilities_and_seats)
        ("Pemberontak merebut kota al-Bab di sekitar Aleppo.", {AL_BAB, ALEPPO}),
    ],
)
def test_a_place_around_a_town_lies_near_it(text: str, wanted: set[str]) -> None:
    assert places(text) == wanted
