"""Rules of issue 10 written from the blind stress batch 4 (2026-12-06), one table each, on the
real bundled gazetteer: outlets named after places, verbs and words whose object is a place, and
adjectives between a place word and its name. Sentences are our own; ids are the gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
MAYADIN = "gn:173480"  # the town on the Euphrates; Al Mayadeen is also a Lebanese TV channel


def syrian(text: str) -> set[str]:
    """Ids of the Syrian places below the country found in *text*."""
    tag = geotag(text, GAZ)
    return {tp.place.id for tp in tag.places if tp.place.in_syria and tp.place.kind != "country"}


# --- an outlet's name after a media word is never a place -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kabar itu dilansir Al Mayadeen pada Senin malam.",
        "Menurut televisi Al-Mayadeen, perundingan gagal.",
        "Seperti dikutip Al Mayadeen, pejabat itu membantah.",
        "Harian Tishreen menulis tajuk tentang harga roti.",
    ],
)
def test_an_outlet_named_like_a_town_is_no_place(text: str) -> None:
    assert syrian(text) == set()


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan pemerintah tiba di al-Mayadeen pada Senin.", MAYADIN),
        ("Menurut televisi Al-Mayadeen, pasukan maju ke kota al-Mayadeen.", MAYADIN),
        ("Kantor berita itu melaporkan ledakan di Tishreen.", "gn:10130891"),
    ],
)
def test_the_town_itself_is_still_found(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


# --- verbs and words whose object is a place --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan SDF membebaskan Baghouz dari ISIS.", "gn:171944"),
        ("Gerilyawan menyerbu Sadad pada malam hari.", "gn:165109"),
        ("Kebakaran hutan meluas hingga Daliyeh.", "gn:174262"),
        ("Konvoi bantuan bergerak ke selatan melewati Banan.", "gn:171851"),
        ("Banjir melanda Sarmada dan kamp di sekitarnya.", "gn:164786"),
    ],
)
def test_the_object_of_a_place_verb_is_a_place(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Milisi itu membebaskan Ahmad setelah tiga hari.",  # a given name keeps its doubt
        "Kelompok itu menyerang Bashar dalam pidatonya.",
        "Ia menyerang Salah satu pejabat.",  # a common word
        "Pembicaraan berlangsung hingga Senin malam.",
        "Kerugian mencapai Rp 10 miliar.",
        "Menteri itu mengunjungi Jakarta dan Bandung.",  # foreign places stay foreign
        "Massa menyerbu Gedung Putih.",
        "Serangan itu menghantam Rumah Sakit Al-Quds.",  # a building's name
        "Banjir melanda Jawa Tengah.",
        "Perang berlangsung hingga Assad tumbang.",
    ],
)
def test_a_person_a_word_or_a_time_after_such_a_verb_is_no_syrian_place(text: str) -> None:
    assert syrian(text) == set()


# --- an adjective of faith, people or site between the place word and the name ---------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Warga mengungsi dari kota Kristen Sadad.", "gn:165109"),
        ("Ledakan terjadi di kota perbatasan Azaz.", "gn:172082"),
        ("Demonstran berkumpul di kota Kurdi Amude.", "gn:173230"),
    ],
)
def test_an_adjective_may_stand_between_the_place_word_and_the_name(
    text: str, place_id: str
) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pemimpin Kristen Maronit bertemu Paus.",
        "Warga Kurdi Suriah merayakan Nowruz.",
        "Tokoh Druze Walid Jumblatt berbicara di Beirut.",
    ],
)
def test_such_an_adjective_without_a_place_word_finds_nothing(text: str) -> None:
    assert syrian(text) == set()


# --- villages GeoNames' cities500 lacks, added as reviewed rows with their source ------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Tentara merebut bukit Tal al-Eis di selatan Aleppo.", "feature:aleppo-al-eis"),
        ("Pabrik semen itu berdiri di dekat Jalabiya.", "feature:aleppo-jalabiya"),
        ("Pasukan AS bermarkas di al-Jalabiyah.", "feature:aleppo-jalabiya"),
    ],
)
def test_a_reviewed_village_is_found(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


# --- the one spoken to ("kepada") is a person, an outlet or a government, never a town ---------


@pytest.mark.parametrize(
    "text",
    [
        "Juru bicara itu mengatakan kepada Al Mayadeen bahwa serangan dibalas.",
        "Pejabat itu berbicara kepada Tishreen, harian pemerintah.",
        "Komandan itu menuturkan kepada Al-Mayadeen soal serangan.",
    ],
)
def test_an_outlet_spoken_to_is_no_place(text: str) -> None:
    assert syrian(text) == set()


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Ia menyampaikan pesan kepada Damaskus.", "gn:170654"),  # a seat stands for its rulers
        ("Bantuan diserahkan kepada warga Aleppo.", "gn:170063"),
        ("Wartawan itu berbicara kepada warga di al-Mayadeen.", MAYADIN),
        ("Pasukan bergerak ke al-Mayadeen.", MAYADIN),
    ],
)
def test_a_place_after_kepada_other_words_is_still_found(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


# --- a camp or base named without its head; a name in lower case after its head ------------------

QAH_CAMP = "feature:idlib-qah-camp"  # listed as "kamp Qah": the bare Qah folds like "-kah"
ROJ_CAMP = "feature:hasakah-roj-camp"


@pytest.mark.parametrize(
    ("text", "place_ids"),
    [
        ("Kolera menyebar di kamp-kamp sekitar Deir Hassan dan Qah.", {QAH_CAMP, "gn:8274145"}),
        ("Pengungsi dari Roj dan al-Hol dipulangkan ke Irak.", {ROJ_CAMP}),
        ("Pesawat kargo mendarat di pangkalan udara tabqa.", {"gn:172374"}),
        # the base 2 km from the town (geo/parse/feature_types.py; the town before that rule)
        (
            "Pangkalan udara taftanaz jatuh ke tangan pemberontak.",
            {"feature:idlib-taftanaz-airbase"},
        ),
        ("Warga mengungsi dari desa taftanaz di Idlib.", {"gn:163799"}),
    ],
)
def test_a_name_without_its_head_or_in_lower_case(text: str, place_ids: set[str]) -> None:
    assert place_ids <= syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ia tinggal di Sina bersama keluarganya.",  # a prison keeps its head ("penjara Sina")
        "Para pekerja di Omar dan Tanak dievakuasi.",  # a given name, an Indonesian word
        "Apakah Qah itu benar?",  # no place context
        "Ia pindah ke desa baru di kota lama.",  # Indonesian words after a head
        "Warga desa sumber air itu pindah.",
        "Pasukan bergerak ke pangkalan udara militer.",
    ],
)
def test_no_headless_or_lower_case_name_from_common_words(text: str) -> None:
    assert syrian(text) == set()


# --- a name written without its space is the name itself, not a variant ------------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pejuang oposisi mundur ke Kafrnaha.", "gn:168651"),  # Kafr Naha, a village of Aleppo
        ("Pejuang oposisi mundur ke Kafr Naha.", "gn:168651"),
    ],
)
def test_a_name_joined_into_one_word_needs_no_more_evidence(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


def test_a_joined_name_without_a_context_word_stays_unread() -> None:
    assert syrian("Kafrnaha menjadi sasaran.") == set()
