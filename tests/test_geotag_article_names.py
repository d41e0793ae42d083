"""A town whose bare name is an Indonesian word is found by its name written with the Arabic
article (2026-12-07 evening recall round).

Al-Rai (GeoNames 169138 Tchoban Bey, Turkish Çobanbey), a subdistrict seat on the Turkish border
north of al-Bab, lost its Arabic name to stopwords_id.txt ("rai" is an Indonesian word), so
"kota al-Bab, al-Rai, Azaz …" and "penyeberangan … dan al-Rai" read no place (s24, twice). The
written forms al-Rai, Al-Rai and ar-Ra'i are aliases now (aliases.tsv, with the Wikipedia
source); a bare "Rai" or "Ray" as a person's name, the Italian broadcaster or a word stays
unmatched. Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

AL_RAI = "gn:169138"  # Tchoban Bey / Çobanbey / al-Rai, Aleppo governorate


@pytest.mark.parametrize(
    "text",
    [
        "Turki ingin membentuk zona aman dari kota al-Bab, al-Rai, Azaz dan Manbij.",
        "Bantuan melewati penyeberangan Bab al-Salama dan al-Rai.",
        "Pasukan oposisi merebut kota Al-Rai di utara Aleppo.",
    ],
)
def test_the_town_is_found_by_its_name_with_the_article(text: str) -> None:
    assert AL_RAI in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aktris Aishwarya Rai hadir di Mumbai.",  # a surname
        "Stasiun televisi RAI di Roma melaporkan kejadian itu.",  # the Italian broadcaster
        "Penyanyi Ray Charles dikenang di Amerika.",  # a given name
        "Ia bertemu Rai di Jakarta kemarin.",  # a bare name in an Indonesian story
        "Ray Rice dan Rai Vloet bermain di Eropa.",
    ],
)
def test_a_bare_rai_or_ray_stays_unmatched(text: str) -> None:
    assert AL_RAI not in found(text)
