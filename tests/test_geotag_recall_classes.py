"""Recall classes of the fresh real-news set's misses (issue 10), one table each, with guards.

Sentences are our own; ids are the bundled gazetteer's (GeoNames gn:, reviewed feature:).
"""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

HOMS = "gn:169577"
JINDAYRIS = "gn:169190"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # a town word and its adjective written in lower case, as Indonesian writes a common
        # noun, open the gazetteer's "Kota Tua X": the old city, not the town
        ("Bantuan pangan tiba di kota tua Homs kemarin.", "feature:homs-old-city"),
        ("Bom meledak di kota tua Damaskus, kata pejabat.", "feature:damascus-old-city"),
        ("Warga kembali ke kota lama Homs setelah pengepungan.", "feature:homs-old-city"),
        ("Bom meledak di Kota Tua Damaskus, kata pejabat.", "feature:damascus-old-city"),
        # a name that is the town word and a proper name: "kota Baath" is Madinat al-Baath
        ("Warga kota Baath mengungsi ke selatan.", "gn:11486812"),
    ],
)
def test_a_town_word_in_lower_case_opens_a_gazetteer_name_written_with_it(
    text: str, place_id: str
) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dia tinggal di kota kecil Homs.",  # no gazetteer name "Kota Kecil Homs": the city
        "Ia sudah lama tinggal di Homs.",  # "lama" = "long (time)", no town word before it
        "Tentara memasuki kota Homs.",
    ],
)
def test_a_town_word_before_a_city_without_such_a_name_leaves_the_city(text: str) -> None:
    assert found(text) == {HOMS}


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # every square's Arabic name after each Indonesian head word: lapangan, alun-alun,
        # bundaran (the Arabic article dropped as the automaton drops it)
        ("Ribuan orang berkumpul di Lapangan al Sayer.", "feature:sweida-karamah-square"),
        ("Ribuan orang berkumpul di Alun-alun Sayer.", "feature:sweida-karamah-square"),
        ("Ribuan orang berkumpul di Bundaran Karama.", "feature:sweida-karamah-square"),
        ("Warga berkumpul di Bundaran Marjeh.", "feature:damascus-marjeh-square"),
        ("Warga berkumpul di Bundaran Abbasiyin.", "feature:damascus-abbasiyin-square"),
        ("Warga berkumpul di bundaran Assi.", "feature:hama-assi-square"),
        ("Konvoi tiba di Lapangan Naim.", "feature:raqqa-naim-square"),
        ("Massa memadati Bundaran Saadallah al-Jabiri.", "feature:aleppo-saadallah-square"),
    ],
)
def test_a_square_is_found_after_each_indonesian_word_for_square(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mereka bermain di lapangan sepak bola dan alun-alun kota.",  # common nouns
        "Pemerintah membuka lapangan kerja baru bagi pemuda.",
        "Kemacetan terjadi di bundaran HI, Jakarta.",
    ],
)
def test_square_words_without_a_square_name_find_no_place(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a town word with the country's name after it makes the towns an enumeration opens
        # Syrian ones: the name needs no other place evidence
        "Pencarian korban di kota-kota Suriah seperti Jindayris telah ditunda.",
        "Ratusan orang tewas di kota-kota di Suriah seperti Jindayris.",
        "Bantuan tiba di desa-desa Suriah, termasuk Jindayris dan Afrin.",
        "Kota-kota Syria seperti Jindayris rusak berat.",
    ],
)
def test_towns_of_syria_that_an_enumeration_word_opens_are_places(text: str) -> None:
    assert JINDAYRIS in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jindayris direbut pasukan itu pada 2018.",  # no place evidence: still doubted
        "Kota-kota Suriah seperti yang dilaporkan media hancur.",  # no name after it
        "Gempa merusak kota-kota Turki seperti Antakya, Kilis dan Nurdagi.",  # another country
        "Festival digelar di kota-kota seperti Jakarta, Bandung dan Bali.",  # towns of anywhere
    ],
)
def test_an_enumeration_word_without_the_country_after_a_town_word_adds_nothing(
    text: str,
) -> None:
    assert found(text) == set()


EASTERN_GHOUTA, WESTERN_GHOUTA = "region:eastern-ghouta", "region:western-ghouta"


@pytest.mark.parametrize(
    ("text", "place_ids"),
    [
        # a second compass word joined to a part's names the region's other part too
        ("Operasi militer di Ghouta timur dan barat berlanjut.", {EASTERN_GHOUTA, WESTERN_GHOUTA}),
        ("Ghouta Timur dan Barat dibom semalaman.", {EASTERN_GHOUTA, WESTERN_GHOUTA}),
        (
            "Serangan di Qalamoun barat dan timur.",
            {"region:western-qalamoun", "region:eastern-qalamoun"},
        ),
        # "bagian <compass word>" before the whole region names that part of it
        ("Serangan terutama di bagian barat Ghouta.", {WESTERN_GHOUTA}),
        # the bare region beside two named parts is a place of its own (one part alone takes it in)
        (
            "Serangan di kawasan Ghouta. Operasi di Ghouta timur dan barat.",
            {"region:ghouta", EASTERN_GHOUTA, WESTERN_GHOUTA},
        ),
    ],
)
def test_compass_words_around_a_region_name_its_parts(text: str, place_ids: set[str]) -> None:
    assert found(text) == place_ids


@pytest.mark.parametrize(
    ("text", "place_ids"),
    [
        ("Serangan di bagian utara Homs dan bagian timur Aleppo.", {HOMS, "gn:170063"}),
        ("Operasi di Homs timur dan barat berlanjut.", {HOMS}),  # a city has no compass parts
        ("Pengungsi dari Suriah timur dan barat tiba.", set()),  # nor the country
    ],
)
def test_compass_words_around_other_places_name_no_part(text: str, place_ids: set[str]) -> None:
    assert found(text) == place_ids


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # after a town or village word, a word with the Arabic article is the rest of the
        # place's name (Sayda "of the shops"), not a nisba or a surname after a first name
        ("Pasukan memasuki desa Saida al-Hanout di Quneitra selatan.", "gn:10312031"),
        ("Warga desa Saida al-Hanout ditahan sebentar.", "gn:10312031"),
    ],
)
def test_a_typed_name_before_a_word_with_the_arabic_article_is_a_place(
    text: str, place_id: str
) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Khalid al-Hassan, serangan itu menewaskan lima orang.",  # no town word
        "Saida al-Hanout mengatakan kepada wartawan bahwa ia selamat.",
        "Presiden Bashar al-Assad berpidato.",
    ],
)
def test_a_name_before_a_word_with_the_arabic_article_without_a_town_word_is_a_person(
    text: str,
) -> None:
    assert found(text) == set()


AIN_TARMA = "gn:172105"  # 'Ayn Tarma, Rural Damascus


@pytest.mark.parametrize(
    "text",
    [
        # a village's name without its Arabic generic head ("Ain"), in a list beside found
        # places: the one two-word name whose rest it is, before a respelt other village (Tirmah)
        "Roket menyasar Ghouta, Tarma, Zamalka dan Jobar.",
        "Serangan di Zamalka dan Tarma menewaskan puluhan orang.",
    ],
)
def test_a_village_named_without_its_arabic_head_in_a_list_is_found(text: str) -> None:
    assert AIN_TARMA in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dia tinggal di Tarma.",  # a context word alone: no place beside it, too weak
        "Tarma mengatakan serangan itu keji.",  # no place context at all
        "Pertemuan di Zamalka dan Mahmoud berlangsung.",  # a given name is never such a rest
    ],
)
def test_a_head_dropped_name_needs_a_list_beside_a_place(text: str) -> None:
    assert AIN_TARMA not in found(text)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # a feature's head word capitalised before a place's name makes a building or site of
        # that place, not a person's name before it (which would doubt the place)
        ("Ia berpidato di Masjid Damaskus, Minggu.", "gn:170654"),
        ("Tahanan dipindah ke Penjara Hama pekan lalu.", "gn:170017"),
    ],
)
def test_a_place_after_a_capitalised_feature_head_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ia salat di Masjid Istiqlal, Jakarta.",  # a foreign building: no Syrian place
        "Presiden Bashar Assad berkunjung ke Rusia.",
    ],
)
def test_a_capitalised_feature_head_before_no_syrian_name_finds_none(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # a feature's head that is no context word opens a variant lookup that only a reviewed
        # feature may answer: Ghwayran (Ghweran, Ghuwayran) and its prison
        ("Serangan ISIS di penjara Geweran di al-Hasakah.", "feature:hasakah-ghwayran"),
        ("Tahanan kabur dari penjara Ghuweran di kota Hasakah.", "feature:hasakah-ghwayran"),
    ],
)
def test_a_respelt_feature_after_its_head_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ia ditahan di penjara Guantanamo selama lima tahun.",
        "Warga salat di masjid Istiqlal.",
        "Polisi menggerebek pasar Tanah Abang.",
        "Ia dipenjara di penjara Cipinang, Jakarta.",
    ],
)
def test_a_feature_head_before_a_foreign_name_finds_no_place(text: str) -> None:
    assert found(text) == set()
