"""A village far from every sure place of the article is doubted as a namesake of the place meant
(resolve._coherence) only when a sure place sets the story somewhere (issue 10, s30): not a camp,
whose people came from elsewhere (stories from al-Hol and Roj name the villages they fled, 200 km
off), nor a governorate one of the sure places lies in, which says no more than they do. A town,
or a governorate named alone, still doubts the far village. Sentences are our own; ids are the
bundled gazetteer's."""

from __future__ import annotations

import pytest

from tests.geotaghelp import found

pytestmark = pytest.mark.integration

BAGHUZ, BAGHUZ_FAWQANI = "gn:171944", "gn:171943"  # Deir ez-Zor villages by the Iraqi border
JULAH = "gn:164213"  # a village of Hasakah governorate, a name also Balinese
AL_HOL_CAMP, ROJ_CAMP = "feature:hasakah-al-hol-camp", "feature:hasakah-roj-camp"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ribuan perempuan di kamp al-Hol dulu tinggal di Baghuz.", {AL_HOL_CAMP, BAGHUZ}),
        (
            "Keluarga itu dipindahkan ke kamp Roj setelah keluar dari Baghuz.",
            {ROJ_CAMP, BAGHUZ},
        ),
        # the camp's governorate adds nothing the camp does not say
        (
            "Warga kamp al-Hol di provinsi Hasakah ditangkap di Al-Baghouz Fawqani.",
            {AL_HOL_CAMP, "gn:173813", BAGHUZ_FAWQANI},
        ),
    ],
)
def test_a_camp_does_not_doubt_the_far_village_its_people_came_from(
    text: str, wanted: set[str]
) -> None:
    assert found(text) == wanted


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        # guards: a town sets the story 250 km and more from the village: a namesake is likelier
        ("Pasukan menyerang Daraa. Warga dievakuasi dari Baghuz.", BAGHUZ),
        ("Ribuan perempuan di Qamishli dulu tinggal di Baghuz.", BAGHUZ),
        # a governorate named with none of its places still sets the story there
        ("Bentrokan di provinsi Daraa. Warga tewas di Jula.", JULAH),
        ("Bentrokan di Bosra, provinsi Daraa. Warga tewas di Jula.", JULAH),
    ],
)
def test_a_town_or_a_lone_governorate_still_doubts_a_far_village(text: str, doubted: str) -> None:
    assert doubted not in found(text)
