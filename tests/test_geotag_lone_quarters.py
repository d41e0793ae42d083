"""A city quarter of the feature table read in an article whose other Syrian places all lie
elsewhere is a namesake, not the quarter (quarters.drop_lone, round s31): a quarter is named as a
part of its city, so its city, a suburb, another quarter of it, a region around it or its
governorate is named too. A quarter named with no other Syrian place stays, and so does one named
after a word of origin ("dari", "warga", "pengungsi"). Sentences are this
project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

HAYDARIYAH = "feature:aleppo-haydariyah"
JOBAR = "feature:damascus-jobar"
BAB_TOUMA = "feature:damascus-bab-touma"
DEIR_BAALBA = "feature:homs-deir-baalba"
MAYADIN, ALEPPO, DOUMA, IDLIB = "gn:173480", "gn:170063", "gn:170592", "gn:169389"


@pytest.mark.parametrize(
    ("text", "quarter", "other"),
    [
        ("Serangan udara menghantam Mayadin. Bom juga jatuh di Haidariyah.", HAYDARIYAH, MAYADIN),
        ("Pasukan menyerang Idlib. Bentrokan juga terjadi di Jobar.", JOBAR, IDLIB),
        ("Bom jatuh di Bab Touma. Pasukan juga menyerang Aleppo.", BAB_TOUMA, ALEPPO),
    ],
)
def test_a_quarter_far_from_every_other_place_is_dropped(
    text: str, quarter: str, other: str
) -> None:
    places = found(text)
    assert other in places  # the article's places are read …
    assert quarter not in places  # … and the quarter of a city it never names is not one


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("Warga Haidariyah di Aleppo mengungsi.", HAYDARIYAH),  # its city
        ("Warga Haidariyah mengungsi.", HAYDARIYAH),  # no other Syrian place
        ("Roket jatuh di Jobar. Pasukan juga menyerang Douma.", JOBAR),  # a suburb 8 km away
        ("Roket jatuh di Jobar dan Qaboun. Ghouta Timur juga dibom.", JOBAR),  # a quarter, a region
        ("Bom jatuh di Deir Baalba dan Rastan, provinsi Homs.", DEIR_BAALBA),  # its governorate
        ("Pasukan menyerang Idlib. Warga Jobar berunjuk rasa.", JOBAR),  # its people, elsewhere
        ("Bus evakuasi berangkat dari Jobar menuju Idlib.", JOBAR),  # where a move starts
    ],
)
def test_a_quarter_beside_its_city_or_alone_is_kept(text: str, quarter: str) -> None:
    assert quarter in found(text)


def test_the_suburb_that_keeps_a_quarter_is_read_too() -> None:
    assert {JOBAR, DOUMA} <= found("Roket jatuh di Jobar. Pasukan juga menyerang Douma.")
