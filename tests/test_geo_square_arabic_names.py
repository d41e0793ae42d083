"""The squares of geodata/features.tsv under their Arabic names (issue 10): "Sahat"/"Saahat"
(square) or "Dawwar" (roundabout) before the square's name, and Homs's Clock Square as "al-Saa"
after an Indonesian head word. Only the whole name is read: "Sahat" alone is a Batak given name
and "al-Saa" alone folds near "saat". Sentences are our own; ids are the bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
SQUARES = frozenset(p.id for p in GAZ.places.values() if p.id.endswith(("-square", "-bahrat")))


def places(text: str) -> set[str]:
    """Ids of every place below the country that *text* names, Syrian or not."""
    return {tp.place.id for tp in geotag(text, GAZ).places if tp.place.kind != "country"}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ribuan demonstran berkumpul di Lapangan Al-Saa di Kota Homs.",
            "feature:homs-clock-square",
        ),
        ("Demonstran duduk di Sahat al-Saa, pusat Homs.", "feature:homs-clock-square"),
        ("Massa merayakan di Saahat al-Umawiyyin, Damaskus.", "feature:damascus-umayyad-square"),
        ("Bom meledak dekat Sahat al-Marjeh di Damaskus.", "feature:damascus-marjeh-square"),
        ("Tank terlihat di Sahat al-Abbasiyin, Damaskus.", "feature:damascus-abbasiyin-square"),
        ("Massa berkumpul di Sahat al-Assi di Hama.", "feature:hama-assi-square"),
        ("Warga berkumpul di Dawwar al-Naim di Raqqa.", "feature:raqqa-naim-square"),
        ("Aksi digelar di Sahat Sabaa Bahrat.", "feature:damascus-sabaa-bahrat"),
        ("Ledakan di Sahat Saadallah al-Jabiri, Aleppo.", "feature:aleppo-saadallah-square"),
    ],
)
def test_a_square_is_read_under_its_arabic_name(text: str, wanted: str) -> None:
    assert wanted in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pelatih Sahat Simatupang memuji timnya.",  # a Batak given name
        "Ia datang saat al-Saa tiba.",  # no head word: not the square
        "Sahat dan Saa bertemu di pasar.",
    ],
)
def test_the_arabic_words_alone_are_no_square(text: str) -> None:
    assert not places(text) & SQUARES
