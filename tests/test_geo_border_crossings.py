"""Syria's border crossings (issue 10): every official crossing with Turkey, Iraq, Jordan and
Lebanon is a place of the gazetteer, a reviewed row of geodata/features.tsv or the GeoNames
village it stands by, and "penyeberangan X" reads that place. Names that are also words, persons
or newspapers stay unmatched. Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
AL_RAI = "feature:aleppo-al-rai-crossing"
JISR_QAMAR = "feature:homs-jisr-qamar-crossing"
ARIDA = "feature:tartus-arida"
DABBUSIYAH, MAYDAN_IKBIS, ARIDAH_TALL_KALAKH = "gn:171013", "gn:167017", "gn:173003"
MIDAN_ALEPPO = "feature:aleppo-midan"


def places(text: str) -> set[str]:
    """Ids of every place below the country that *text* names, Syrian or not."""
    return {tp.place.id for tp in geotag(text, GAZ).places if tp.place.kind != "country"}


# --- every official crossing, west to east and north to south ---------------------------------
# Turkey: the crossings AFP's 2018 overview and the ACAPS 2013 list name, and the rail gates of
# al-Rai (Çobanbey) and Meydan Ekbez (Islahiye); Iraq; Jordan; Lebanon's six official crossings.
# A crossing without a row of its own is the GeoNames village it stands in.
CROSSINGS = [
    ("Kassab", "feature:latakia-kassab-crossing"),  # Turkey (Yayladağı)
    ("Bab al-Hawa", "feature:idlib-bab-al-hawa"),  # Turkey (Cilvegözü)
    ("Meydan Ekbez", MAYDAN_IKBIS),  # Turkey (Islahiye, rail): not Aleppo's Midan quarter
    ("Bab al-Salameh", "feature:aleppo-bab-al-salameh"),  # Turkey (Öncüpınar)
    ("al-Rai", AL_RAI),  # Turkey (Çobanbey, rail and road); GeoNames has only the subdistrict
    ("Jarabulus", "feature:aleppo-jarabulus-crossing"),  # Turkey (Karkamış)
    ("Kobani", "gn:172256"),  # Turkey (Mürşitpınar): the gate stands in the town
    ("Tal Abyad", "feature:raqqa-tal-abyad-crossing"),  # Turkey (Akçakale)
    ("Ras al-Ain", "feature:hasakah-ras-al-ain-crossing"),  # Turkey (Ceylanpınar)
    ("Darbasiyah", "gn:170887"),  # Turkey (Şenyurt): the gate stands in the town
    ("Qamishli", "gn:173377"),  # Turkey (Nusaybin): the gate stands in the town
    ("Semalka", "feature:hasakah-semalka"),  # Iraqi Kurdistan (Faysh Khabur), informal
    ("Yarubiyah", "feature:hasakah-yarubiyah-crossing"),  # Iraq (Rabia)
    ("Albukamal", "feature:deir-ez-zor-albukamal-crossing"),  # Iraq (al-Qaim)
    ("al-Tanf", "feature:rif-dimashq-tanf"),  # Iraq (al-Walid) and the garrison
    ("Nasib", "feature:daraa-nasib"),  # Jordan (Jaber)
    ("Jdeidet Yabous", "feature:rif-dimashq-jdeidet-yabous-crossing"),  # Lebanon (Masnaa)
    ("Jousieh", "feature:homs-jousieh-crossing"),  # Lebanon (al-Qaa)
    ("Matraba", "gn:167030"),  # Lebanon (Hawsh al-Sayyed Ali), opened 2022
    ("Jisr Qamar", JISR_QAMAR),  # Lebanon (Bqaiaa, Wadi Khaled): Tall Kalakh's crossing
    ("Dabousiyeh", DABBUSIYAH),  # Lebanon (Aboudiyeh); the variant rule joins the spelling
    ("Arida", ARIDA),  # Lebanon (Arida), the coastal crossing: not the namesake by Tall Kalakh
]


@pytest.mark.parametrize(("name", "wanted"), CROSSINGS)
def test_each_official_crossing_is_read_after_the_crossing_word(name: str, wanted: str) -> None:
    assert wanted in places(f"Truk bantuan melintasi penyeberangan {name} pada hari Senin.")


@pytest.mark.parametrize(("name", "wanted"), CROSSINGS)
def test_each_crossing_place_is_in_syria_near_the_border(name: str, wanted: str) -> None:
    place = GAZ.get(wanted)
    assert place.in_syria
    # the border's farthest points from the crossings' line: Syria's interior stays out
    assert not (33.6 < place.lat < 36.0 and 36.8 < place.lon < 40.5), name


# --- the new rows in their other spellings and in lists ---------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Bantuan PBB kini juga lewat perlintasan al-Rai di utara Aleppo.", AL_RAI),
        ("Pengungsi kembali lewat penyeberangan Tall Kalakh crossing.", JISR_QAMAR),
        ("Warga melintasi Jisr Qamar menuju Wadi Khaled.", JISR_QAMAR),
        ("Truk tertahan di penyeberangan Dabousiya.", DABBUSIYAH),
    ],
)
def test_the_new_crossings_in_running_text(text: str, wanted: str) -> None:
    assert wanted in places(text)


# --- guards: words, persons and newspapers ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ia bertemu Rai di sebuah kafe.",  # a given name (and the Balinese word for face)
        "Menurut harian Al-Rai, perundingan dilanjutkan pekan depan.",  # Jordanian daily
        "Surat kabar Kuwait Al Rai melaporkan hal itu.",  # Kuwaiti daily
        "Rai Benjamin memenangi lomba lari gawang.",  # a person's name first
        # without the crossing word the town's name is not read: "al-Rai" folds like Ray
        "Dokter Ray Sitompul dan tim al-Rai tiba.",
        "Data cuaca antariksa: indeks X-Ray dan indeks matahari harian.",
    ],
)
def test_rai_as_a_word_a_person_or_a_newspaper_is_no_place(text: str) -> None:
    assert AL_RAI not in places(text)


def test_the_coastal_arida_is_not_the_tall_kalakh_namesake() -> None:
    found = places("Truk tertahan di penyeberangan Arida menuju Tripoli.")
    assert ARIDA in found and ARIDAH_TALL_KALAKH not in found and JISR_QAMAR not in found


def test_meydan_ekbez_is_not_aleppos_midan() -> None:
    found = places("Kereta melintasi stasiun Meydan Ekbez di perbatasan.")
    assert MIDAN_ALEPPO not in found
