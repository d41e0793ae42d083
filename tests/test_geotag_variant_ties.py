"""A spelling variant as close to several gazetteer names reads all of them; a crossing named by
its town alone is the crossing (2026-12-07 recall round).

The variant lookup (dashboard/geo/parse/variants.py) took the first of the names equally close
to a spelling; "Bariqa" is one letter from Baraka (Afrin) and from Brika (Burayqah, Quneitra),
so a list of Quneitra villages lost it to a hamlet far away. Now every equally close name gives
its places and the article's other places choose. Guards: a misspelt foreign name is no Syrian
variant ("Ameriak" is Amerika), an Indonesian root word takes no extra namesakes ("Maret", the
month). Sentences are our own; ids are the bundled gazetteer's.
"""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.parse.variants import VariantIndex, prepare_misspellings

pytestmark = pytest.mark.integration

BURAYQAH = "gn:171174"  # Burayqah (Brika, Breika), Quneitra


def test_equally_close_names_all_give_their_places() -> None:
    prepare_misspellings()
    hit = VariantIndex(GAZ).lookup("barika")  # "Bariqa" folded
    assert hit is not None
    assert BURAYQAH in hit[1]
    assert len(hit[1]) > 1  # Baraka's places too


@pytest.mark.parametrize(
    "text",
    [
        "Tank Israel memasuki desa-desa seperti Khan Arnabah, Ruwayhinah, Bariqa dan Kudnah.",
        "Pasukan bergerak menuju Ruwayhinah, Bariqa dan Khan Arnabah di Quneitra.",
    ],
)
def test_the_articles_places_choose_among_equally_close_names(text: str) -> None:
    assert BURAYQAH in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Massa membakar bendera Ameriak dan Israel di depan kedutaan.",
        "Pada periode Januari hingga Maret 2026, bank itu menyalurkan kredit.",
    ],
)
def test_a_misspelt_foreign_name_or_a_month_is_no_variant(text: str) -> None:
    assert found(text) == set()


# --- a crossing named by its town alone, as the news names Nasib's and Jdeidet Yabous's --------
JDEIDET_YABOUS_CROSSING = "feature:rif-dimashq-jdeidet-yabous-crossing"


@pytest.mark.parametrize(
    "text",
    [
        "Pengungsi dari Lebanon tiba di sisi perbatasan Suriah di Jdeidat Yabus.",
        "Truk bantuan melintas di Jdeidet Yabous menuju Damaskus.",
    ],
)
def test_the_town_name_of_a_crossing_is_the_crossing(text: str) -> None:
    assert JDEIDET_YABOUS_CROSSING in found(text)
