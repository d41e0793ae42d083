"""A one-word name with a second word that makes it another spelling of a two-word name is read
whole (2026-12-08, round s31).

The automaton finds "Bosra" and "Baghuz" alone, so in "Bosra al-Sham" (Busra ash Sham) and
"al-Baghuz Foqani" (Baghuz Fawqani) the second word was left as a capitalised name right after a
place, the shape of a person's name ("Presiden Bashar ..."), and the town was dropped: three
readable articles from three outlets (T Kompas, X Republika, Y TRT). A one-word match right
before an uncovered name word is now looked up with it by the skeleton lookup
(``ToponymIndex._run_on_variants``); a hit replaces the one-word match. Guards: a given name
after a town ("Bosra Ahmad") is never such a word, and a compass word after a city ("Aleppo
Timur") that makes no gazetteer name leaves the city as it was. Sentences are our own; ids are
the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.parse.toponyms import ToponymIndex

pytestmark = pytest.mark.integration

BOSRA = "gn:171126"  # Busra ash Sham, Daraa
BAGHUZ_FAWQANI = "gn:171943"
ASBAYNAH_KUBRA = "gn:164024"  # Asbaynah al Kubra, south of Damascus
DAMASCUS = "gn:170654"


@pytest.fixture(scope="module")
def index() -> ToponymIndex:
    return ToponymIndex(GAZ)


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        ("Bantuan tiba di Bosra al-Sham di provinsi Daraa.", "Bosra al-Sham", BOSRA),
        ("Pasukan maju ke al-Baghuz Foqani di tepi timur.", "al-Baghuz Foqani", BAGHUZ_FAWQANI),
        (
            "Tentara merebut Sbaineh Al-Kubra di selatan Damaskus.",
            "Sbaineh Al-Kubra",
            ASBAYNAH_KUBRA,
        ),
    ],
)
def test_a_one_word_name_and_the_word_after_it_are_read_as_one_name(
    index: ToponymIndex, text: str, surface: str, place: str
) -> None:
    _, matches = index.find(text)
    hits = [m for m in matches if m.surface == surface]
    assert hits, [m.surface for m in matches]  # one match over both words
    assert place in hits[0].entry.ids


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bantuan kemanusiaan tiba di Bosra al-Sham di provinsi Daraa.", BOSRA),
        ("Pasukan SDF maju ke al-Baghuz Foqani di Deir ez-Zor.", BAGHUZ_FAWQANI),
    ],
)
def test_the_run_on_town_is_found(text: str, place: str) -> None:
    assert place in found(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Warga Bosra Ahmad datang ke Damaskus.", "Bosra"),  # a given name: no run-on
        ("Serangan di Damaskus Selatan menewaskan lima orang.", "Damaskus"),  # no such name
    ],
)
def test_a_given_name_or_a_word_that_makes_no_name_is_left_alone(
    index: ToponymIndex, text: str, surface: str
) -> None:
    _, matches = index.find(text)
    assert surface in [m.surface for m in matches]


def test_a_city_before_a_word_that_makes_no_name_stays_the_city() -> None:
    assert DAMASCUS in found("Serangan di Damaskus Selatan menewaskan lima orang.")
