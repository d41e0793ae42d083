"""One sense per article (dashboard/geo/parse/namesakes.py): once an article names a camp by its
head and the name of the village it stands by ("kamp X"), the bare X is that camp too, one place,
as the annotation rules count one entry per distinct place; a mention the text calls a town ("kota
X", "desa X") keeps the town, and so does a name whose town stands far from the camp, is a
governorate's capital, or reads first as something else; a dam or a base takes no town's name.
Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ
from geotaghelp import found as syrian

from dashboard.geo.parse.geotag import parser_for
from dashboard.geo.parse.namesakes import by_its_town

pytestmark = pytest.mark.integration

AREESHA_CAMP, ARISHAH = "feature:hasakah-areesha-camp", "gn:421015"  # the camp and its village
ATMEH_CAMPS, ATIMA = "feature:idlib-atmeh", "gn:172370"
AIN_ISSA_CAMP, AIN_ISSA = "feature:raqqa-ain-issa-camp", "gn:172134"
TABQA_DAM, TABQA = "feature:raqqa-tabqa-dam", "gn:172374"  # the dam 4.6 km from the town
RASTAN_DAM, RASTAN = "feature:hama-rastan-dam", "gn:172946"
RAML_CAMP, LATAKIA = "feature:latakia-raml", "gn:173576"  # a camp inside a governorate's capital
NEIRAB_CAMP, ALEPPO_AIRPORT = "feature:aleppo-neirab-camp", "feature:aleppo-airport"
TARTUS = "gn:163345"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the camp's own headed name, then the village's name alone
        ("Pengungsi di kamp Al-Arisha kembali. Bantuan tiba di Al Arisha.", {AREESHA_CAMP}),
        # … in either order: a title names the bare village before the text names the camp
        ("Bantuan tiba di Al Arisha. Pengungsi di kamp Al-Arisha kembali.", {AREESHA_CAMP}),
        # a word between the head and the name: "kamp pengungsi X" is no row's name
        (
            "Kamp pengungsi Al-Arisha mencatat repatriasi. Pejabat kamp Al-Arisha melapor.",
            {AREESHA_CAMP},
        ),
        # a camp found standing by the village whose spelling the text uses (feature_types.py)
        ("Pengungsi kamp Atimah menerima selimut. Di Atimah, warga kedinginan.", {ATMEH_CAMPS}),
        ("Bantuan tiba di kamp Ain Issa. Bentrokan pecah di Ain Issa.", {AIN_ISSA_CAMP}),
    ],
)
def test_a_villages_name_alone_is_the_camp_the_article_names_after_it(
    text: str, wanted: set[str]
) -> None:
    assert syrian(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the text calls the village a village, or the town a town: two places
        ("Pengungsi di kamp Al-Arisha. Warga desa Al Arisha menyambut.", {AREESHA_CAMP, ARISHAH}),
        (
            "Bantuan tiba di kamp Ain Issa. Pasukan merebut kota Ain Issa.",
            {AIN_ISSA_CAMP, AIN_ISSA},
        ),
        # a dam is no namesake feature: the town by it is often a city the text means too
        ("Air dari bendungan Rastan meluap. Warga Rastan mengungsi.", {RASTAN_DAM, RASTAN}),
        ("Pasukan merebut kota Tabqa dan menguasai bendungan Tabqa.", {TABQA, TABQA_DAM}),
        # no camp named: the village, as before
        ("Bantuan tiba di Al Arisha.", {ARISHAH}),
        ("Warga Atimah mengungsi.", {ATIMA}),
        # a camp inside a governorate's capital is part of the city, which keeps its name
        ("Warga di Kamp Latakia mengungsi. Serangan udara di Latakia.", {RAML_CAMP, LATAKIA}),
        # a name that reads first as something else than the camp's village (the airport)
        ("Pengungsi di kamp Neirab. Serangan di Nayrab.", {NEIRAB_CAMP, ALEPPO_AIRPORT}),
        # a base named by a governorate's seat is the city (README Geotagging, 2026-12-07):
        # "pangkalan Tartus" and the bare Tartus are one place
        ("Kapal Rusia di pangkalan Tartus. Warga Tartus cemas.", {TARTUS}),
    ],
)
def test_a_town_the_text_names_apart_keeps_its_reading(text: str, wanted: set[str]) -> None:
    assert syrian(text) == wanted


@pytest.mark.parametrize(
    ("name", "feature", "beside"),
    [
        ("Atimah", ATMEH_CAMPS, True),  # the village the camps spread around
        ("Ain Issa", AIN_ISSA_CAMP, True),  # the town 0.7 km from its camp
        ("Handarat", "feature:aleppo-handarat-camp", True),  # 4.5 km
        ("Raml", RAML_CAMP, False),  # the name's town (Rumayl) lies far from the camp
        ("Latakia", RAML_CAMP, False),  # a governorate's capital: the camp is in the city
        ("Nayrab", NEIRAB_CAMP, False),  # reads first as the airport, not as the village
        ("Al-Hol", "feature:hasakah-al-hol-camp", False),  # the camp is the name's own reading
    ],
)
def test_a_camp_is_a_villages_namesake_only_beside_the_village_it_reads_first(
    name: str, feature: str, beside: bool
) -> None:
    index = parser_for(GAZ).index
    _, matches = index.find(f"Warga di {name} mengungsi.")
    (match,) = matches
    assert by_its_town(index, match, GAZ.get(feature)) is beside
