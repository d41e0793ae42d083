"""Reviewed places the sources lack (geodata/features.tsv, aliases.tsv, bad_variants.tsv), one
case per class of row: quarters, crossings, camps, prisons, mosques and temples, markets,
squares, oil and gas fields; namesakes that must stay with their own city; and precision guards
for the short or common names these rows bring. Sentences are this project's own."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

ADRA, DARAA, SAYDNAYA = "gn:174201", "gn:170905", "gn:164717"
DAHIYAT_AL_ASSAD_RIF = "gn:11262037"  # the town of Rural Damascus
HAYDARIYAH_HOMS = "gn:11441081"  # the village of Homs governorate


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # quarters: Aleppo, Homs, Damascus
        ("Tentara merebut Karm al-Jabal di Aleppo timur.", "feature:aleppo-karm-al-jabal"),
        ("Pasukan Kurdi mundur dari Sheikh Khodr, Aleppo.", "feature:aleppo-sheikh-khodr"),
        ("Roket jatuh di Haydariyeh, Aleppo.", "feature:aleppo-haydariyah"),
        ("Serangan udara menghantam Qarabis di Homs.", "feature:homs-qarabis"),
        ("Penembak jitu menembaki Bab Sbaa, Homs.", "feature:homs-bab-al-sibaa"),
        ("Mahasiswa berdemo di Baramkeh, Damaskus.", "feature:damascus-baramkeh"),
        ("Pasukan mengepung Manshiyeh dan Sajna di Daraa.", "feature:daraa-sajna"),
        # a border crossing written as Indonesian media do
        ("Pengungsi menyeberang lewat perbatasan Jousieh.", "feature:homs-jousieh-crossing"),
        # a camp cluster no source lists
        ("Keluarga itu tinggal di kamp Kafr Lusin.", "feature:idlib-kafr-lusin"),
        ("Para wanita itu ditahan di kamp pengungsi Roj.", "feature:hasakah-roj-camp"),
        ("Roket menghantam kamp Qah dekat perbatasan Turki.", "feature:idlib-qah-camp"),
        # a base, an aliased Palestinian camp
        ("Pemberontak merebut Wadi al-Deif.", "feature:idlib-wadi-al-deif"),
        ("Keluarga Palestina tinggal di Khan Eshieh.", "gn:168353"),
        ("Puluhan warga tewas di desa Sanobar dekat Jableh.", "gn:164855"),
        # prisons, with the lower-case head "penjara": the town each is named by (aliases.tsv;
        # tests/test_geotag_prisons_and_placed_within.py)
        ("Ribuan tahanan keluar dari penjara Sednaya.", SAYDNAYA),
        ("Aktivis itu ditahan di penjara Adra.", ADRA),
        # mosques, a temple, a market, a square
        ("Presiden berpidato di Masjid Agung Umayyah.", "feature:damascus-umayyad-mosque"),
        ("Warga salat di masjid Umayyah.", "feature:damascus-umayyad-mosque"),
        ("Pemberontak menguasai Masjid Agung Aleppo.", "feature:aleppo-great-mosque"),
        ("Demonstran keluar dari Masjid Khalid bin Walid.", "feature:homs-khalid-mosque"),
        ("Tentara merebut Benteng Damaskus.", "feature:damascus-citadel"),
        ("ISIS menjarah situs Dura-Europos.", "feature:deir-ez-zor-dura-europos"),
        ("ISIS meledakkan kuil Bel di Palmyra.", "feature:homs-temple-of-bel"),
        ("Pedagang di pasar Hamidiyah menutup toko.", "feature:damascus-hamidiyah-souq"),
        ("Massa berkumpul di Sabaa Bahrat.", "feature:damascus-sabaa-bahrat"),
        # oil and gas fields
        ("Tentara merebut kembali Shaer dari ISIS.", "feature:homs-shaer"),
        ("Pasukan SDF menjaga ladang minyak Tanak.", "feature:deir-ez-zor-tanak"),
        # a lower-case head of two words (cues.tsv feature_head + feature_head_tail)
        ("Pasukan AS bertahan di ladang minyak al-Omar.", "feature:deir-ez-zor-omar-field"),
        ("ISIS merebut ladang gas Shaer.", "feature:homs-shaer"),
        ("Tahanan disiksa di penjara militer Sednaya.", SAYDNAYA),
    ],
)
def test_a_reviewed_feature_of_each_class_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


def test_a_feature_region_has_a_radius() -> None:
    shaer = GAZ.get("feature:homs-shaer")
    assert (shaer.kind, shaer.radius_km) == ("region", 20)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # the Aleppo quarter and the Rural Damascus town share a name: the article decides
        (
            "Pertempuran berkecamuk di Dahiyat al-Assad, Aleppo barat.",
            "feature:aleppo-dahiyat-al-assad",
            DAHIYAT_AL_ASSAD_RIF,
        ),
        (
            "Bentrokan terjadi di Dahiyat al-Assad, dekat Damaskus.",
            DAHIYAT_AL_ASSAD_RIF,
            "feature:aleppo-dahiyat-al-assad",
        ),
        (
            "Warga desa Haydariyah di pedesaan Homs mengungsi ke Qusayr.",
            HAYDARIYAH_HOMS,
            "feature:aleppo-haydariyah",
        ),
        (
            "Desa Bustan al-Basha di Latakia dibom.",
            "gn:171121",
            "feature:aleppo-bustan-al-basha",
        ),
        # three quarters called Qusour: Baniyas, Homs, Deir ez-Zor
        (
            "Pasukan keamanan membunuh warga di al-Qusour, Baniyas.",
            "feature:tartus-baniyas-qusour",
            "feature:homs-qusour",
        ),
        ("Warga Qusour di Homs kembali.", "feature:homs-qusour", "feature:tartus-baniyas-qusour"),
        # 'Adraa' is an old name of Daraa (bad_variants.tsv): Adra is the town near Damascus
        ("Bentrokan pecah di kota Adra dan Douma.", ADRA, DARAA),
    ],
)
def test_a_namesake_quarter_stays_in_its_own_city(text, wanted, not_wanted) -> None:
    places = found(text)
    assert wanted in places
    assert not_wanted not in places


@pytest.mark.parametrize(
    "text",
    [
        "Juru bicara Ahmad al-Shaer mengatakan serangan itu gagal.",  # a surname, not the field
        "Pemain Tanak mencetak gol kemenangan.",  # the field needs its head word
        "Bom meledak di dekat masjid di pusat kota.",  # a head word with no name after it
        "Ia ditahan di penjara Cipinang.",
        "Wisatawan mengunjungi kuil Borobudur.",
        "Pedagang di pasar Tanah Abang mengeluh.",
        "Keluarga Jazal tinggal di Bandung.",
        "Pengungsi Gaza tinggal di kamp pengungsi Jabalia.",  # a foreign camp: no Syrian place
        "Khalid bin Walid memimpin pasukan Muslim.",  # the commander, not his mosque
        "Ia bekerja di ladang minyak milik keluarganya.",  # head and tail with no name
        "Pesawat mendarat di pangkalan udara militer.",
    ],
)
def test_names_and_head_words_of_new_features_do_not_fire_alone(text: str) -> None:
    assert not found(text)
