"""Displacement camps and named hills as classes (issue 10): every camp the news names and every
hill or mountain it names as a battle site is a place of the gazetteer, a reviewed row of
geodata/features.tsv, a region of regions.tsv, or the GeoNames village it stands by (a camp named
after its village, a Palestinian camp that is a quarter of its town). Names that are also given
names, an imam's or a president's, or a word stay unmatched. Sentences are our own; ids are the
bundled gazetteer's."""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import distance_km, load_gazetteer
from dashboard.geo.parse.geotag import geotag

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()
AL_HOL = "feature:hasakah-al-hol-camp"
ROJ = "feature:hasakah-roj-camp"
ZAYN_AL_ABIDIN = "feature:hama-jabal-zayn-al-abidin"
TAL_AHMAR_WEST = "feature:quneitra-tal-al-ahmar-west"
TAL_AHMAR_EAST = "feature:quneitra-tal-al-ahmar-east"
TAL_SHAAR = "feature:quneitra-tal-al-shaar"
TAL_HARRA = "feature:daraa-tal-al-harra"
NABI_MANDU = "gn:163675"  # Tall an Nabi Mandu, the village by Tell Nebi Mend (Kadesh), Homs
KUDNAH = "gn:167804"
JABIYAH = "gn:5164"  # al-Jabiyah, Daraa: the village by the army hill Tal al-Jabiya
TALL_AL_AHMAR_ALEPPO, TALL_AL_AHMAR_HOMS = "gn:163719", "gn:163721"
SHAAR_ALEPPO = "feature:aleppo-shaar"


def places(text: str) -> set[str]:
    """Ids of every place below the country that *text* names."""
    return {tp.place.id for tp in geotag(text, GAZ).places if tp.place.kind != "country"}


# --- camps: the clusters of the north-west, the north-east's camps, the Palestinian camps -------
CAMPS = [
    ("Atmeh", "feature:idlib-atmeh"),
    ("Qah", "feature:idlib-qah-camp"),
    ("Kafr Lusin", "feature:idlib-kafr-lusin"),
    ("Sajo", "feature:aleppo-sajo-camp"),
    ("al-Hol", AL_HOL),
    ("Al-Hawl", AL_HOL),  # Wikipedia's spelling, the town's: one place with the camp
    ("Roj", ROJ),
    ("Al-Roj", ROJ),
    ("Rukban", "feature:rif-dimashq-rukban"),
    ("Washokani", "feature:hasakah-washokani-camp"),
    ("Areesha", "feature:hasakah-areesha-camp"),
    ("Mahmoudli", "feature:raqqa-mahmoudli-camp"),
    ("Ain Issa", "feature:raqqa-ain-issa-camp"),
    ("Abu Khashab", "gn:8263247"),  # the Deir ez-Zor village the camp is named after
    ("Tal Samen", "gn:163447"),  # Tall Samn, north of Raqqa
    ("Newroz", "feature:hasakah-newroz-camp"),
    ("Mabrouka", "feature:hasakah-mabrouka-camp"),
    ("Yarmouk", "gn:166716"),  # Mukhayyam al-Yarmuk, a quarter of Damascus in GeoNames
    ("Neirab", "feature:aleppo-neirab-camp"),
    ("Handarat", "feature:aleppo-handarat-camp"),
    ("Khan Eshieh", "gn:168353"),  # Khan ash Shih: the camp is the town's
    ("Khan Dunoun", "gn:168338"),  # Khan Dannun
    ("Sbeineh", "feature:rif-dimashq-sbeineh"),
    ("Jaramana", "gn:169174"),
    ("Raml", "feature:latakia-raml"),
]


@pytest.mark.parametrize(("name", "wanted"), CAMPS)
def test_each_camp_is_read_after_the_camp_word(name: str, wanted: str) -> None:
    assert wanted in places(f"Ribuan pengungsi tinggal di kamp {name} pada musim dingin.")


@pytest.mark.parametrize(("name", "wanted"), CAMPS)
def test_each_camp_is_a_place_in_syria(name: str, wanted: str) -> None:
    assert GAZ.get(wanted).in_syria, name


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ribuan perempuan asing ditahan di kamp Al-Hawl di Hasakah.", AL_HOL),
        # the camps stand by the village of Idlib; a namesake of Afrin reads without the province
        ("Keluarga itu tinggal di kamp Deir Hassan di Idlib utara.", "gn:8274145"),
        ("Otoritas Kurdi memindahkan keluarga ISIS dari Al-Hol ke kamp Al-Roj.", ROJ),
        ("Para perempuan itu dipulangkan dari Al-Roj camp pekan lalu.", ROJ),
    ],
)
def test_the_camps_in_running_text(text: str, wanted: str) -> None:
    assert wanted in places(text)


def test_al_hawl_and_al_hol_are_one_place() -> None:
    found = places("Kamp pengungsian al-Hol penuh. Di Al-Hawl, anak-anak kekurangan air bersih.")
    assert AL_HOL in found and "gn:173797" not in found  # the town beside it: one place


# --- hills and mountains named as battle sites ---------------------------------------------------
HILLS = [
    ("Tal al-Nabi Mando", NABI_MANDU),
    ("Tell al-Nabi Mando", NABI_MANDU),
    ("Tell Nebi Mend", NABI_MANDU),
    ("Jabal al-Arbaeen", "feature:idlib-jabal-al-arbaeen"),
    ("Jabal al-Zawiya", "region:jabal-al-zawiya"),
    ("Jabal Turkman", "region:jabal-turkman"),
    ("Jabal al-Akrad", "region:jabal-al-akrad"),
    ("Jabal al-Sheikh", "feature:quneitra-hermon"),
    ("Tal al-Harra", TAL_HARRA),
    ("Tal Hara", TAL_HARRA),
    ("Tell al-Hara", TAL_HARRA),
    ("Jabal Zayn al-Abidin", ZAYN_AL_ABIDIN),
    ("Jabal Zain al-Abidin", ZAYN_AL_ABIDIN),
    ("Gunung Zainal Abidin", ZAYN_AL_ABIDIN),
    ("Jabal Bishri", "feature:homs-jabal-bishri"),
    ("Tel al-Ahmar", TAL_AHMAR_WEST),
    ("Tal Ahmar al-Gharbi", TAL_AHMAR_WEST),
    ("Tal al-Ahmar al-Sharqi", TAL_AHMAR_EAST),
    ("Tal al-Sha'ar", TAL_SHAAR),
    ("Tal al-Shaar", TAL_SHAAR),
    ("Tal Rifaat", "gn:163476"),  # a town, not a hill
    ("Tal al-Jabiya", JABIYAH),
    ("Tel al-Jabia", JABIYAH),
]


@pytest.mark.parametrize(("name", "wanted"), HILLS)
def test_each_hill_is_read_as_a_battle_site(name: str, wanted: str) -> None:
    assert wanted in places(f"Pasukan pemerintah merebut {name} setelah pertempuran sengit.")


@pytest.mark.parametrize(
    ("place_id", "lat", "lon", "km"),
    [
        (ZAYN_AL_ABIDIN, 35.202992, 36.766288, 0.5),  # Wikipedia's point, east of Qamhana
        (TAL_HARRA, 33.06278, 35.99194, 0.5),  # Wikipedia "Tell al-Hara"
        (TAL_SHAAR, 33.1734458, 35.9440074, 0.5),  # Wikipedia "Tal al-Sha'ar"
        (TAL_AHMAR_WEST, 33.0094, 35.8894, 4.0),  # by Kudnah's entrance (own estimate)
        (TAL_AHMAR_EAST, 33.0094, 35.8894, 3.0),  # south of Kudnah (own estimate)
        (NABI_MANDU, 34.557, 36.519, 2.0),  # the village by the tell, south-west of Homs
        (JABIYAH, 32.8904, 36.0399, 7.0),  # "four kilometres north-west of Nawa"
    ],
)
def test_the_hills_stand_where_their_sources_put_them(
    place_id: str, lat: float, lon: float, km: float
) -> None:
    place = GAZ.get(place_id)
    assert distance_km(place.lat, place.lon, lat, lon) <= km


def test_the_quneitra_hills_are_in_quneitra() -> None:
    for place_id in (TAL_AHMAR_WEST, TAL_AHMAR_EAST, TAL_SHAAR):
        assert GAZ.get(place_id).admin1_pcode == "SY14", place_id


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Patroli Israel bergerak dari Tal Ahmar al-Gharbi menuju desa Kudnah.", TAL_AHMAR_WEST),
        ("Israel mengibarkan bendera di Tel al-Ahmar, Quneitra selatan.", TAL_AHMAR_WEST),
        ("Artileri Israel menembaki Tal al-Ahmar al-Sharqi di selatan Kudnah.", TAL_AHMAR_EAST),
        ("Jet Israel menyerang Tal al-Shaar di dekat Jaba, Quneitra utara.", TAL_SHAAR),
        ("Hizbullah merebut Tal al-Nabi Mando di dekat Qusayr.", NABI_MANDU),
        ("Oposisi menembaki Gunung Zainal Abidin di utara kota Hama.", ZAYN_AL_ABIDIN),
    ],
)
def test_the_hills_in_running_text(text: str, wanted: str) -> None:
    assert wanted in places(text)


# --- guards: persons, words and namesakes ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ustaz Zainal Abidin berceramah di masjid raya.",  # a common Indonesian given name
        "Imam Ali Zainal Abidin adalah cicit Nabi Muhammad.",  # the imam himself
        "Presiden Tunisia Zine al-Abidine Ben Ali melarikan diri ke Arab Saudi.",
        "Zain al-Abidin tiba di Damaskus untuk berziarah.",
    ],
)
def test_zayn_al_abidin_as_a_person_is_no_mountain(text: str) -> None:
    assert ZAYN_AL_ABIDIN not in places(text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Desa Tall al Ahmar di Aleppo timur dibom.", TALL_AL_AHMAR_ALEPPO),
        ("Warga desa Tall al-Ahmar di pedesaan Homs mengungsi.", TALL_AL_AHMAR_HOMS),
    ],
)
def test_a_village_tall_al_ahmar_elsewhere_keeps_its_place(text: str, wanted: str) -> None:
    found = places(text)
    assert wanted in found and TAL_AHMAR_WEST not in found


@pytest.mark.parametrize(
    "text",
    [
        "Dia mengenakan sorban merah, al-ahmar dalam bahasa Arab.",
        "Warga Shaar di Aleppo timur kembali ke rumah mereka.",  # the Aleppo quarter
        "Pemirsa Roj TV di Eropa menonton siaran itu.",  # Kurdish 'roj', day
        "Pemerintahan Rojava mengelola wilayah timur laut.",
    ],
)
def test_words_and_namesakes_are_not_the_new_rows(text: str) -> None:
    assert not places(text) & {TAL_AHMAR_WEST, TAL_AHMAR_EAST, TAL_SHAAR, ROJ}


def test_bare_shaar_stays_the_aleppo_quarter() -> None:
    found = places("Warga Shaar di Aleppo timur kembali ke rumah mereka.")
    assert SHAAR_ALEPPO in found and TAL_SHAAR not in found
