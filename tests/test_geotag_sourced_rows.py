"""Sourced rows of the evening of 2026-12-06 (geodata/features.tsv, aliases.tsv): places of
the occupied Golan and its line of separation (Syrian by the OCHA outline, as the dev corpus
annotates them), and the guards their names need. Sentences are this project's own; ids are the
gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

GHAJAR_AMIR_HOMS = "gn:170295"  # the Homs village "Ghajar" was read as
AYN_ZIWAN = "gn:443097"  # GeoNames' 'Ayn Ziwan (Ein Zivan)
MADINAT_AL_BAATH = "gn:11486812"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Roket jatuh di Katzrin, Dataran Tinggi Golan.", "feature:quneitra-katzrin"),
        ("Warga Qatzrin berlindung di bunker.", "feature:quneitra-katzrin"),
        ("Desa Ghajar di perbatasan Lebanon dijaga tentara.", "feature:quneitra-ghajar"),
        ("Tentara Israel berpatroli di al-Ghajar.", "feature:quneitra-ghajar"),
        ("Wartawan memantau dari Merom Golan.", "feature:quneitra-merom-golan"),
        ("Sirene berbunyi di Ein Zivan pagi ini.", AYN_ZIWAN),
        ("Pasukan Israel masuk ke Kota Baath di Quneitra.", MADINAT_AL_BAATH),
    ],
)
def test_golan_places_are_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_ghajar_is_no_longer_the_homs_village() -> None:
    places = found("Desa Ghajar di perbatasan Lebanon dijaga tentara.")
    assert GHAJAR_AMIR_HOMS not in places


def test_the_homs_village_keeps_its_full_name() -> None:
    assert GHAJAR_AMIR_HOMS in found("Serangan di Ghajar Amir, Homs.")


@pytest.mark.parametrize(
    "text",
    [
        "Partai Baath berkuasa sejak 1963.",
        "Rezim Baath runtuh pada Desember 2024.",
    ],
)
def test_the_party_is_no_place(text: str) -> None:
    assert MADINAT_AL_BAATH not in found(text)
