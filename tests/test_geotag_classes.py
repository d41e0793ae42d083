"""Classes of geotagging error (issue 10), one table each, on the real bundled gazetteer.

Sentences are our own. Ids are the gazetteer's: GeoNames ids (gn:), reviewed features
(feature:, geodata/features.tsv) and foreign places (foreign:, geodata/foreign.tsv).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.errors import GazetteerError
from dashboard.geo.build.review import FEATURES_FILE, read_features
from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.names import normalize, normalize_word
from dashboard.geo.parse.geotag import geotag
from dashboard.geo.parse.variants import skeleton

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()


def syrian(text: str) -> dict[str, str]:
    """Syrian places below the country found in *text*: id → kind."""
    tag = geotag(text, GAZ)
    return {
        tp.place.id: tp.place.kind
        for tp in tag.places
        if tp.place.in_syria and tp.place.kind != "country"
    }


# --- precision guard: words a loose matcher would take for villages ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bashar mengatakan hal itu kepada wartawan.",
        "Presiden Bashar menolak tuntutan itu.",
        "Rahman tiba di Jakarta kemarin.",
        "Salah satu korban adalah anak-anak.",
        "Sumber itu menyebutkan bahwa serangan terjadi pada malam hari.",
        "Anda bisa membaca laporan lengkapnya.",
        "Jalan menuju kota itu ditutup.",
        "Pasar tradisional di kota itu ramai.",
        "Ia tinggal di Jalan Sudirman dan belanja ke Pasar Minggu.",
        "Bantuan datang dari Sumber Rejeki.",
        "Ardi dan Hadir bertemu di Jakarta.",  # Indonesian names, one a quarter's variant
        "Menurut laporan Roj News, pasukan Kurdi bergerak.",  # "Roj" alone is no camp
        "Universitas Atma Jaya mengirim relawan.",
        "Dia bertemu Ali dan Hassan di kantor.",  # given names that are also villages
        "Yang dikatakan Khalid kepada Ahmad.",
        "Kemudian Nabil pergi ke Beirut.",
        "Masjid Umayyah dibangun pada abad kedelapan.",  # the mosque, not the square
        "Peringatan Arbain digelar di Karbala.",  # Iraq, not the Syrian hamlet Karbala'
        "Wisatawan berlibur ke Bali dan Basra.",  # Indonesia and Iraq, not Balli or Basrah
        "Jinderes menjadi sasaran serangan.",  # a village without a place context is not taken
        "Artikel itu dimuat di majalah Dabiq edisi terbaru.",  # the magazine, not the village
        # lists: a list passes its context to its items, never to names and common words
        "Bashar, Rahman dan Salah hadir dalam rapat itu.",
        "Sumber, Anda, dan Jalan adalah kata biasa.",
        "Ia belanja di Pasar, Jalan Baru dan Sumber Makmur.",
        "Rapat dihadiri Ahmad, Khalid serta Omar dari Jakarta.",
        "Warga desa-desa Sumber dan Pasar mengungsi ke Jakarta.",
        "Milisi itu menguasai desa Asyur di tepi sungai.",  # Assyrian, not Mastur 'Ashur
        "Umat membaca kitab Taurat dan Injil.",  # the Torah, not the village Tawrat
        # words and names near the quarters, camps and mountains added on 2026-12-06
        "Kaum Muhajirin dan Anshar bersaudara.",  # the emigrants, not a Damascus quarter
        "Ia belajar di Pesantren Al-Aziziyah dan Pondok Ikrimah.",  # school and given names
        "Syekh Said memimpin doa bersama.",  # a cleric, not Aleppo's Sheikh Saeed
        "Pesawat dari Rumania mendarat.",  # Romania, no quarter of Raqqa
        "Divisi 17 pertandingan itu digelar di Jakarta.",  # no base without a Syrian context
        "Perusahaan Conoco Phillips melaporkan laba.",  # the company, not the gas field
    ],
)
def test_common_words_and_names_stay_unmatched(text: str) -> None:
    assert syrian(text) == {}


# --- transliteration variants in place context ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Bentrokan terjadi di Jinderes pada Senin.", "gn:169190"),  # Jindayris
        ("Warga desa Kafrtun mengungsi.", "gn:168721"),  # Kafr Tun written as one word
        ("Pasukan Kurdi bertahan di Achrafieh, Aleppo.", "feature:aleppo-ashrafiyah"),
        ("Bentrokan di Tel Tamer meluas.", "gn:163434"),  # Tall Tamr
        # al-Malikiyah's Kurdish name (an alias; "derik" is a root word: Syria named)
        ("Serangan terjadi di Derik, Suriah.", "gn:173530"),
        ("Pasukan oposisi merebut kota Dabiq dari ISIS.", "gn:171011"),
        ("Pengungsi dari Hassakeh tiba.", "gn:173811"),  # Al-Hasakah
    ],
)
def test_transliteration_variants_are_found_where_the_text_says_place(text, place_id) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    ("text", "place_id", "taken"),
    [
        # a type word opening a closed list reaches every item, known or not before it
        ("Oposisi merebut desa-desa Umm Walad, Tirzan dan Nahtah.", "gn:166453", True),
        ("Bantuan masuk ke kota Daraa dan Nahtah.", "gn:166453", True),  # "X dan Y"
        ("Warga kota kecil Kafr Shams mengungsi.", "gn:168634", True),  # over an adjective
        # beside found places in a closed list
        ("Serangan udara menghantam Busra al-Harir, Nahtah dan Daraa.", "gn:166453", True),
        # a listed village far from every place its sentence names is a namesake
        (
            "Oposisi merebut desa-desa Nahtah dan Dabbusiyah di timur kota Daraa.",
            "gn:171013",
            False,
        ),
        ("Oposisi merebut desa-desa Nahtah dan Dabbusiyah di timur kota Daraa.", "gn:166453", True),
        ("Gempa terasa di provinsi Daraa, Nahtah, sejak Kamis.", "gn:166453", False),  # apposition
    ],
)
def test_lists_pass_their_context_to_their_items(text, place_id, taken) -> None:
    assert (place_id in syrian(text)) is taken


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khirbet Ghazaleh", "Khirbat Ghazalah"),  # generic first words in their vowel spellings
        ("Kherbet Ghazala", "Khirbat Ghazalah"),
        ("Jebel al-Zawiya", "Jabal al-Zawiya"),
        ("Syekh Maskin", "Al-Shaykh Maskin"),
        ("Sheikh Maqsoud", "Syeikh Maqsoud"),
        ("al-Haul", "Al Hawl"),  # the standard Indonesian spelling of the diphthong aw
        ("Hauran", "Hawran"),
    ],
)
def test_generic_first_words_fold_alike(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan mundur dari desa Khirbet Ghazaleh di utara Daraa.", "gn:168120"),
        ("Israel tetap menduduki Dataran Tinggi Jaulan.", "region:golan-heights"),  # au, "tinggi"
    ],
)
def test_folded_variants_reach_their_place(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jinderes", "Jindayris", True),
        ("Achrafieh", "Ashrafiyah", True),  # French ch
        ("Kafrtun", "Kafr Tun", True),
        ("Dayr Hafir", "Deir Hafer", True),
        ("Mehsa", "Hama", False),
    ],
)
def test_the_consonant_skeleton_joins_vowel_variants(a: str, b: str, same: bool) -> None:
    assert (skeleton(normalize(a)) == skeleton(normalize(b))) is same


@pytest.mark.parametrize(
    "word", ["Sheikh", "sampai", "Ma'arrat", "Ḩalab", "KAFR", "bahwa", "Raqqah"]
)
def test_the_fast_word_fold_agrees_with_normalize(word: str) -> None:
    assert normalize_word(word) == normalize(word)


# --- places the sources lack: geodata/features.tsv ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Bentrokan pecah di Sheikh Maqsoud, Aleppo.", "feature:aleppo-sheikh-maqsoud"),
        ("Truk bantuan melintasi penyeberangan Bab al-Hawa.", "feature:idlib-bab-al-hawa"),
        ("Warga kamp Roj dipulangkan.", "feature:hasakah-roj-camp"),  # lower-case head
        ("Ribuan warga tinggal di kamp al-Hol.", "feature:hasakah-al-hol-camp"),
        ("Rudal AS menghantam pangkalan Shayrat.", "feature:homs-shayrat"),
        ("Ribuan orang di lapangan Umayyah merayakan.", "feature:damascus-umayyad-square"),
        # (the airport named by the capital is the city since 2026-12-07:
        # tests/test_geotag_facilities_and_seats.py)
        ("Pasukan pemerintah menyerbu Jobar dan Qaboun.", "feature:damascus-qaboun"),
        ("Warga di kawasan Waer, Homs, dievakuasi.", "feature:homs-waer"),
        ("Militan bersembunyi di gunung Qasioun.", "feature:damascus-qasioun"),
        # added 2026-12-06: quarters of Deir ez-Zor, Homs, Hama, Aleppo, Raqqa, Damascus; bases,
        # an oil field, a camp, mountains
        ("Warga Deir ez-Zor terkepung di distrik Joura.", "feature:deir-ez-zor-joura"),
        ("Jet tempur menyerang Hamidiya di kota Deir ez-Zor.", "feature:deir-ez-zor-hamidiya"),
        ("Penembak jitu beraksi di Bayada, Homs.", "feature:homs-bayada"),
        ("Demonstran berkumpul di Bab Qibli, Hama.", "feature:hama-bab-qibli"),
        ("Gereja di Jdeydeh, Aleppo, terbakar.", "feature:aleppo-jdeydeh"),
        ("Pasukan SDF memasuki Mishlab di timur Raqqa.", "feature:raqqa-mishlab"),
        ("Mortir jatuh di Shaghour, Damaskus.", "feature:damascus-shaghour"),
        ("ISIS merebut Pangkalan Udara Tabqa.", "feature:raqqa-tabqa-airbase"),
        ("Pasukan AS bertahan di Ladang Minyak al-Omar.", "feature:deir-ez-zor-omar-field"),
        ("Pengungsi dipindahkan dari kamp Mabrouka.", "feature:hasakah-mabrouka-camp"),
        ("Tentara merebut Jabal Tharda di selatan Deir ez-Zor.", "feature:deir-ez-zor-tharda"),
        ("Pesawat Rusia mendarat di bandara Qamishli.", "feature:hasakah-qamishli-airport"),
        ("Roket menghantam ladang gas Conoco.", "feature:deir-ez-zor-conoco"),
        ("Pasukan AS mendarat di Rmelan, Hasakah.", "feature:hasakah-rmelan"),
        # added 2026-12-07: US Central Command's name for its base near Rmelan, and its Indonesian
        # rendering (the head "Zona Pendaratan" before the name, as "Ladang Minyak al-Omar")
        ("Drone menyerang Rumalyn Landing Zone di Suriah.", "feature:hasakah-rumalyn-lz"),
        ("Tentara koalisi berjaga di Zona Pendaratan Rumalyn.", "feature:hasakah-rumalyn-lz"),
        ("Pengungsi Ras al-Ain tinggal di kamp Washokani.", "feature:hasakah-washokani-camp"),
    ],
)
def test_reviewed_features_are_found(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


def test_a_feature_region_carries_its_radius() -> None:
    assert GAZ.get("feature:sweida-lajat").kind == "region"
    assert GAZ.get("feature:sweida-lajat").radius_km == 20


HEADER = (
    "id\tname\tnames\tkind\tfeature\tlat\tlon\tradius_km\tadmin1_pcode\tsource\tlicence\treason"
)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("f:x\tX\tX\tother\tcamp\t35\t38\t\tSY01\t\tCC0\twhy", "source and a licence"),
        ("f:x\tX\tX\tregion\tplain\t35\t38\t\tSY01\tsrc\tCC0\twhy", "positive radius_km"),
        ("f:x\tX\tX\tother\tcamp\t35\t38\t5\tSY01\tsrc\tCC0\twhy", "positive radius_km"),
        ("f:x\tX\tX\ttown\tcamp\t35\t38\t\tSY01\tsrc\tCC0\twhy", "kind is one of"),
        ("f:x\tX\tX\tother\tcamp\tnorth\t38\t\tSY01\tsrc\tCC0\twhy", "not a number"),
        ("f:x\tX\tX\tother\tcamp\t35\t38\t\tSY01\tsrc\tCC0\t", "needs a reason"),
    ],
)
def test_a_bad_feature_row_is_refused_naming_its_line(tmp_path: Path, row, problem) -> None:
    (tmp_path / FEATURES_FILE).write_text(f"# comment\n{HEADER}\n{row}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=problem) as err:
        read_features(tmp_path)
    assert f"{FEATURES_FILE}:3" in str(err.value)


def test_every_feature_names_a_source_and_a_licence() -> None:
    rows = read_features(Path(__file__).resolve().parent.parent / "geodata")
    assert len(rows) >= 80
    assert all(r.preferred for r in rows)  # every name of a feature ranks it first


# --- a city and its governorate in one article ----------------------------------------------

HOMS_CITY, HOMS_GOV = "gn:169577", "gn:169575"
RAQQA_CITY, RAQQA_GOV = "gn:172955", "gn:172957"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Bentrokan terjadi di Homs dan provinsi Homs.", {HOMS_CITY, HOMS_GOV}),
        (
            "Pasukan bergerak dari provinsi Raqqa. Di kota Raqqa warga mengungsi.",
            {RAQQA_CITY, RAQQA_GOV},
        ),
        ("Warga di pedesaan Homs mengungsi.", {HOMS_GOV}),  # the countryside of: the governorate
        ("Serangan di provinsi Homs. Homs kini sepi.", {HOMS_GOV}),  # the reading spreads
    ],
)
def test_a_city_and_its_governorate_are_two_places(text: str, wanted: set[str]) -> None:
    assert set(syrian(text)) == wanted
