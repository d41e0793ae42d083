"""Recall rules of the s25 round, one table each, on the real bundled gazetteer.

A town word ("kota X") reads the namesake that is a town (a district or subdistrict seat, or a
place of some thousands) before the hamlets of that name, even where a hamlet lies nearer the
article's other places; a village word ("desa X") and a bare name keep the article's choice.
A head word reaches the first item of its list over a capitalised faith or people ("desa-desa
Kristen X, Y dan Z": "Kristen" is no person's name before X). A village far from the article's
other places is doubted as a namesake only when the text names a sure place outside its
datelines: "DAMASKUS - … desa X" is filed from the capital, about a village anywhere.
"X di Homs" places a town of Homs governorate far from the city in the governorate the seat
is named for, not outside it. Sentences are this project's own; ids are the gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

MARKADAH = "gn:167208"  # subdistrict seat, al-Hasakah (PPLA3)
MARQADAH_MANBIJ = "gn:167207"  # hamlet of Manbij district, 35 km from Tabqa
TABQA = "gn:172374"  # Al-Thawrah
MASKANAH = "gn:167080"  # subdistrict seat on the Euphrates, Manbij district
MASKANAH_HOMS = "gn:167081"  # hamlet of Homs district
JASIM = "gn:165997"  # subdistrict seat, Daraa
JASIM_DEIR = "gn:8275556"  # hamlet of Deir ez-Zor district
QARYATAYN = "gn:173361"  # town of Homs governorate, 85 km south-east of Homs city
BAGHUZ = "gn:171944"  # village of Deir ez-Zor governorate, 130 km from the city
BAJARIYAH_LATAKIA = "gn:4505"  # the only Bajariyah the gazetteer has, in Latakia
GHASSANIYAH = "gn:11554693"  # Christian village of Jisr al-Shughur district
HADAR = "gn:170150"  # Druze village of Quneitra
KAFR_SAJNAH = "gn:168639"  # village of southern Idlib, 290 km from Damascus


@pytest.mark.parametrize(
    ("text", "town", "hamlet"),
    [
        # the hamlet lies 35 km from Tabqa, the seat 190 km: the town word decides
        ("Pasukan merebut kota Markada setelah Tabqa jatuh.", MARKADAH, MARQADAH_MANBIJ),
        ("Pasukan bergerak dari Homs menuju kota Maskanah.", MASKANAH, MASKANAH_HOMS),
        ("Setelah Deir ez-Zor, milisi itu memasuki kota Jasim.", JASIM, JASIM_DEIR),
    ],
)
def test_a_town_word_reads_the_town_before_a_hamlet_near_the_other_places(
    text: str, town: str, hamlet: str
) -> None:
    places = found(text)
    assert town in places
    assert hamlet not in places


@pytest.mark.parametrize(
    ("text", "hamlet", "town"),
    [
        # a village word is no town word: the article's places still pick the namesake
        ("Pasukan merebut desa Markada setelah Tabqa jatuh.", MARQADAH_MANBIJ, MARKADAH),
        ("Warga desa Maskanah di pedesaan Homs mengungsi.", MASKANAH_HOMS, MASKANAH),
    ],
)
def test_a_village_word_keeps_the_hamlet_the_article_points_to(
    text: str, hamlet: str, town: str
) -> None:
    places = found(text)
    assert hamlet in places
    assert town not in places


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Mereka tinggal di desa-desa Kristen Ghassaniyah, Judayda, dan Quniyah.", GHASSANIYAH),
        ("Milisi menyerang desa-desa Druze Hadar dan Arneh.", HADAR),
        ("Warga desa-desa Alawi Hadar dan Arneh mengungsi.", HADAR),
    ],
)
def test_a_list_head_reaches_its_first_item_over_a_capitalised_faith_or_people(
    text: str, place_id: str
) -> None:
    assert place_id in found(text)


def test_two_persons_named_like_villages_stay_persons() -> None:
    # no head word: "Samir Hadar" and "Walid Arneh" are names, as before
    assert found("Tokoh Druze Samir Hadar dan Walid Arneh berbicara kepada wartawan.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "DAMASKUS - Warga kembali ke desa Kafr Sajnah setelah enam tahun.",
        "Damaskus: Warga kembali ke desa Kafr Sajnah setelah enam tahun.",
    ],
)
def test_a_dateline_alone_does_not_doubt_a_far_village(text: str) -> None:
    assert KAFR_SAJNAH in found(text)


def test_a_far_village_beside_a_place_named_in_the_body_is_still_doubted() -> None:
    # the body names Damascus as where the officials speak: the village 290 km away, with no
    # other place near it, may be a namesake (the rule the dateline exception leaves alone)
    assert KAFR_SAJNAH not in found(
        "Pejabat di Damaskus mengatakan warga kembali ke desa Kafr Sajnah."
    )


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan bergerak ke kota Al-Qaryatayn di Homs.", QARYATAYN),
        ("Pasukan mengepung desa Baghuz di Deir ez-Zor.", BAGHUZ),
    ],
)
def test_a_town_placed_in_a_seat_lies_anywhere_in_its_governorate(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_a_village_placed_in_a_seat_of_another_governorate_is_still_dropped() -> None:
    # the only Bajariyah lies in Latakia: "di Homs" contradicts it
    assert BAJARIYAH_LATAKIA not in found("Pasukan menyerang desa Bajariya di Homs.")
