"""Spellings joined by data: regions in the Indonesian standard Arabic-Latin spelling (aw as au,
the ta marbuta -ah: "Ghautah" for al-Ghouta, geodata/regions.tsv) and the alias Kefraya
(aliases.tsv). Sentences are this project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Jet tempur membom kota-kota di Ghautah Timur.", "region:eastern-ghouta"),
        ("Pasukan pemerintah mengepung Ghautah Barat.", "region:western-ghouta"),
        ("Bantuan tiba di Ghautah, dekat Damaskus.", "region:ghouta"),
    ],
)
def test_the_indonesian_spelling_of_a_region_finds_it(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_a_name_like_it_is_no_region() -> None:
    assert not found("Gautama dan Gautah berangkat ke sekolah.")


def test_kefraya_beside_fua_is_the_idlib_town() -> None:
    places = found("Bus-bus evakuasi meninggalkan Fua dan Kefraya.")
    assert {"gn:170365", "gn:168689"} <= places  # al-Fu'ah and Kafriya (Idlib)
    assert "gn:168717" not in places  # not Kafrayya (Hama)
