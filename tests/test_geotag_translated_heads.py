"""A reviewed mountain named with an Arabic generic head is found under the Indonesian word news
translate it with (issue 10, s30): "Jabal X" as "Gunung X" or "pegunungan X", "Tal X" as
"Bukit X", for every mountain row of features.tsv, not only the forms a row lists. A village
named Tall X is no hill ("bukit Abyad" is not Tal Abyad), and the translated names add nothing
to the heads' bare proper names (a person "Sheikh Zayed" or "Abdul Aziz" is no mountain).
Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from tests.geotaghelp import found

pytestmark = pytest.mark.integration

BISHRI, ABDULAZIZ = "feature:homs-jabal-bishri", "feature:hasakah-abdulaziz"
TAL_AL_HARRA, HERMON = "feature:daraa-tal-al-harra", "feature:quneitra-hermon"
ABU_RUJMAIN = "feature:homs-jabal-abu-rujmain"
TAL_ABYAD = "gn:163750"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the row lists "Pegunungan Bishri", not "Gunung Bishri"
        ("Sisa-sisa ISIS bersembunyi di Gunung Bishri, gurun Homs.", BISHRI),
        # the row lists neither Indonesian form of "Jabal Abd al-Aziz"
        ("Pasukan Kurdi bertahan di pegunungan Abd al-Aziz dekat Hasakah.", ABDULAZIZ),
        # the row lists "Gunung Abu Rujmain" only
        ("ISIS menyerang pos di pegunungan Abu Rujmain dekat Palmyra.", ABU_RUJMAIN),
        # "Tal al-Harra" as "Bukit al-Harra"
        ("Pasukan Israel menduduki Bukit al-Harra di Daraa.", TAL_AL_HARRA),
    ],
)
def test_a_mountain_is_found_under_its_indonesian_head(text: str, wanted: str) -> None:
    assert wanted in found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # guards: a town named Tall X is no hill
        ("Warga mendaki bukit Abyad di dekat kota itu.", TAL_ABYAD),
        # the bare proper names stay what they were: persons
        ("Masjid Istiqlal di Jakarta, Sheikh Zayed di Solo, dan Al-Akbar di Surabaya.", HERMON),
        ("Duta Besar untuk Arab Saudi, Abdul Aziz Ahmad, meninjau jemaah haji.", ABDULAZIZ),
    ],
)
def test_a_translated_head_reaches_no_other_place(text: str, absent: str) -> None:
    assert absent not in found(text)


def test_indonesian_mountains_stay_no_place() -> None:
    assert found("Warga mendaki Gunung Merapi dan Bukit Barisan.") == set()
