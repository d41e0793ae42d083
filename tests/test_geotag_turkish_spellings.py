"""Villages written in the Turkish or Kurdish alphabet, as news from the Turkish side of the border
spells them (v for w, c for j, ş for sh, x for kh, -iye for -iyah): ``names.normalize`` folds the
-iye ending as -iya, and ``variants.turkish_respelling`` gives a name holding one of those letters
its Arabic-English spelling for the variant lookup, which runs only where the text says "place"
(a context word, a head word, a list beside a place). Sentences are this project's own; ids are
the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

from dashboard.geo.names import normalize, normalize_ascii_words
from dashboard.geo.parse.variants import turkish_respelling

pytestmark = pytest.mark.integration

TUWAYRAN = "gn:163071"  # Tuwayran, Al Bab district
KHALILIYAH_ALEPPO = "gn:173642"  # Al Khaliliyah, Al Bab district
KHALILIYAH_HOMS = "gn:168392"  # Al Khaliliyah, Homs: the only row named "Haliliye" before
KUWEIRES = "feature:aleppo-kuweires"
HAWAR_KILIS = "gn:385197"
ZAYZAFUN = "gn:385198"
JARABULUS = "gn:169179"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # v for w
        ("Pasukan oposisi merebut desa Tuveyran di utara Aleppo.", TUWAYRAN),
        ("Jet tempur menyerang pangkalan udara Kuveyris di Aleppo.", KUWEIRES),
        ("Bentrokan terjadi di desa Havar Kilis dekat perbatasan.", HAWAR_KILIS),
        # -iye for -iyah: the Al Bab village, beside the other places of the story
        ("Pasukan merebut desa Haliliye dan Tuveyran di utara Aleppo.", KHALILIYAH_ALEPPO),
        # already found: a Kurdish alias, and a Turkish e for a
        ("Serangan udara menghantam kota Cerablus.", JARABULUS),
        ("Pasukan merebut desa Zeyzafun.", ZAYZAFUN),
    ],
)
def test_a_turkish_spelling_finds_its_village(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_the_homs_namesake_is_not_read_for_the_aleppo_village() -> None:
    places = found("Pasukan merebut desa Haliliye dan Tuveyran di utara Aleppo.")
    assert KHALILIYAH_HOMS not in places


@pytest.mark.parametrize(
    ("turkish", "arabic"),
    [
        ("Haliliye", "Khaliliyah"),
        ("Hamidiye", "Hamidiyeh"),
        ("Hamidiyye", "Hamidiyah"),
        ("Suriye", "Suriyah"),
    ],
)
def test_the_iye_ending_folds_as_iyah(turkish: str, arabic: str) -> None:
    assert normalize(turkish) == normalize(arabic)
    assert normalize_ascii_words([turkish])[0] == normalize(arabic)


@pytest.mark.parametrize(
    ("raw", "respelt"),
    [
        ("Tuveyran", "tuweyran"),
        ("Hac Veli", "haj weli"),
        ("Şeyh Çoban", "sheyh choban"),
        ("Xirbe", "khirbe"),
        ("Cindirês", "jindirês"),
        ("Dağ", "dagh"),
        # no letter of those alphabets: no respelling (Indonesian writes c for ch)
        ("Cirebon", None),
        ("Aleppo", None),
        ("Kecamatan", None),
    ],
)
def test_turkish_respelling(raw: str, respelt: str | None) -> None:
    assert turkish_respelling(raw) == respelt


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian words and names with v or x after a context word stay unmatched
        "Ia tinggal di Villa Duta, Bogor, sejak 2010.",
        "Rapat digelar di Vihara Dharma Bhakti kemarin.",
        "Ia pernah kuliah di Universitas Veteran Jakarta.",
        "Ponsel itu dibeli di Xiaomi Store, Bandung.",
        "Pernyataan dari Vivian disampaikan di Denpasar.",
        "Warga desa Cikarang menolak tambang itu.",
        "Festival digelar di Kota Tuban dan Yogyakarta.",
        "Ia bekerja di Savana Hotel, Malang.",
        # -iye words that are no Syrian place
        "Ekonomi Türkiye tumbuh tiga persen.",
    ],
)
def test_no_syrian_place_is_read(text: str) -> None:
    assert not found(text)
