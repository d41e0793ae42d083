"""Sourced rows of the evening of 2026-12-06 (geodata/features.tsv, aliases.tsv): places of
the occupied Golan and its line of separation (Syrian by the OCHA outline, as the dev corpus
annotates them), and the guards their names need. Sentences are this project's own; ids are the
gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.parse.geotag import geotag

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


DURAYKISH_TOWN = "gn:170572"  # the district seat (PPLA2)
DURAYKISH_HAMLET = "gn:170571"  # a namesake 30 km north
DHIBAN = "gn:170691"
THIBAN_SUBDISTRICT = "gn:7895198"
AL_QURAYYA_SWEIDA = "gn:173331"
KARRAYA_HASAKAH = "gn:166023"
SALKHAD = "gn:164917"
SALAKHID = "gn:164952"
MOADAMIYAT_AL_SHAM = "gn:166833"
AL_WAFIDEEN = "gn:8411192"
AL_TALL = "gn:172349"  # the Rural Damascus town "Tal Mishtenur" was read as
MASHTA_AL_HULW = "gn:167100"
KUFAYR_AZ_ZAYT = "gn:168716"
TCHOBAN_BEY = "gn:169138"
ARWAD = "gn:172880"


@pytest.mark.parametrize(
    ("text", "seat", "namesake"),
    [
        ("Warga mengungsi dari Dreikish ke Tartus.", DURAYKISH_TOWN, DURAYKISH_HAMLET),
        ("Kota Thiban menjadi pusat protes.", DHIBAN, THIBAN_SUBDISTRICT),
        ("Bentrokan pecah di Qarayya, Suwayda.", AL_QURAYYA_SWEIDA, KARRAYA_HASAKAH),
    ],
)
def test_a_subdistrict_name_is_its_seat(text: str, seat: str, namesake: str) -> None:
    places = found(text)
    assert seat in places
    assert namesake not in places


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pos polisi di Salkhed diserang.", SALKHAD),
        ("Gencatan senjata disepakati di Muadhamiya.", MOADAMIYAT_AL_SHAM),
        ("Warga Moadamiyat al-Sham menerima bantuan.", MOADAMIYAT_AL_SHAM),
        ("Bus pengungsi keluar melalui al-Wafideen.", AL_WAFIDEEN),
        (
            "Milisi Kurdi merebut kembali Bukit Mishtenur di Kobani.",
            "feature:aleppo-kobani-mishtenur",
        ),
        ("Wisatawan kembali ke Mashta al-Helu musim panas ini.", MASHTA_AL_HULW),
        ("Mata air di Kfeir al-Zeit tercemar.", KUFAYR_AZ_ZAYT),
        ("Tentara Turki masuk melalui Çobanbey.", TCHOBAN_BEY),
        ("Nelayan dari Pulau Arwad tidak melaut.", ARWAD),
    ],
)
def test_spellings_and_rows_from_a_source(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_salkhed_is_no_longer_the_other_village() -> None:
    assert SALAKHID not in found("Pos polisi di Salkhed diserang.")


def test_tal_mishtenur_is_no_longer_al_tall() -> None:
    places = found("Pertempuran sengit di Tal Mishtenur, Kobani.")
    assert "feature:aleppo-kobani-mishtenur" in places
    assert AL_TALL not in places


def test_the_isis_leader_is_no_town() -> None:
    assert not geotag("Al-Baghdadi muncul dalam video baru.", GAZ).places
