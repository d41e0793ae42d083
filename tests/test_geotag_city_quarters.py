"""City quarters, bases and barracks added as classes in the late evening of 2026-12-06
(geodata/features.tsv, issue 10 class 2): quarters of Aleppo, Damascus, Homs, Hama and Latakia the
table lacked, Base 46 and the Hanano barracks; a quarter name that several cities share, or that a
far village bears, follows the city the article names (class 3); names that are also given names
are read alone only beside a place of their city (resolve.py), and a feature's name led by its
head word is the feature even at a sentence's start (cues.py). Sentences are this project's own;
ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

MASHHAD_VILLAGE = "gn:167142"  # Mashhad, a village of Jebel Saman 29 km west of Aleppo
MALKI_VILLAGE = "gn:167393"  # Malki, a village of al-Hasakah
TAFTANAZ = "gn:163799"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Serangan udara menghantam Mashhad, Aleppo.", "feature:aleppo-mashhad"),
        ("Bom barel jatuh di Salihin dan Maadi, Aleppo timur.", "feature:aleppo-salihin"),
        ("Bom barel jatuh di Salihin dan Maadi, Aleppo timur.", "feature:aleppo-maadi"),
        ("Keluarga di Masaken al-Fardous mengungsi.", "feature:aleppo-fardous"),
        ("Pasukan merebut Ansari dan Zebdiyeh di Aleppo.", "feature:aleppo-ansari"),
        ("Pasukan merebut Ansari dan Zebdiyeh di Aleppo.", "feature:aleppo-zebdiyeh"),
        ("Jazmati dan Karm al-Tarab direbut tentara.", "feature:aleppo-jazmati"),
        ("Pemberontak bertahan di Hay al-Sheikh Said.", "feature:aleppo-sheikh-said"),
        ("Warga Qaterji di Aleppo kembali ke rumah.", "feature:aleppo-karm-al-qaterji"),
        ("Gerbang Bab Qinnasrin di Aleppo dipugar.", "feature:aleppo-bab-qinnasrin"),
        ("Rumah-rumah tua di Bab al-Maqam runtuh.", "feature:aleppo-bab-al-maqam"),
        ("Pasukan Kurdi berjaga di Hellok dan Sheikh Maqsoud.", "feature:aleppo-hellok"),
        ("Roket jatuh di Jamiat al-Zahraa, Aleppo barat.", "feature:aleppo-jamiat-al-zahraa"),
        ("Mortir menghantam Azamiyeh di Aleppo.", "feature:aleppo-azamiyeh"),
        ("Toko-toko di Qaymariyya dan Hariqa tutup.", "feature:damascus-qaymariyya"),
        ("Toko-toko di Qaymariyya dan Hariqa tutup.", "feature:damascus-hariqa"),
        ("Mortir jatuh di Zahira al-Jadida, Damaskus.", "feature:damascus-zahira"),
        ("Istana di Hay al-Muhajirin dijaga ketat.", "feature:damascus-muhajirin"),
        ("Kedutaan itu berada di Malki, Damaskus.", "feature:damascus-malki"),
        ("Bentrokan di Adawi, Damaskus.", "feature:damascus-adawi"),
        ("Warga Masaken Barzeh mengungsi.", "feature:damascus-barzeh"),
        ("Nuzha dan Akrama di Homs diguncang bom.", "feature:homs-nuzha"),
        ("Gereja di Bustan al-Diwan, Homs, dibuka lagi.", "feature:homs-bustan-al-diwan"),
        ("Warga Baroudiyeh dan Dabbagha di Hama mengenang 1982.", "feature:hama-baroudiyeh"),
        ("Warga Baroudiyeh dan Dabbagha di Hama mengenang 1982.", "feature:hama-dabbagha"),
        ("Pasar di Wadi al-Jouz, Hama, ramai.", "feature:hama-wadi-al-jouz"),
        ("Kapal nelayan berlabuh di Minet al-Beida, Latakia.", "feature:latakia-minet-al-beida"),
        ("Bentrokan di Zinud dan Hay al-Tayy, Qamishli.", "feature:hasakah-qamishli-zinud"),
        ("Warga Halko di Qamishli mengungsi.", "feature:hasakah-qamishli-halko"),
        ("Gereja di Hay al-Wusta, Qamishli, dibuka.", "feature:hasakah-qamishli-wusta"),
        ("Warga Kallasa di Hasakah berkumpul.", "feature:hasakah-kallasa"),
        # bases and barracks by number or nickname; a head word opening the sentence
        ("Pemberontak merebut Pangkalan 46 di barat Aleppo.", "feature:aleppo-base-46"),
        ("Pangkalan 46 direbut pemberontak.", "feature:aleppo-base-46"),
        ("Tentara bertahan di barak Hanano.", "feature:aleppo-hanano-barracks"),
        ("Barak Hanano direbut.", "feature:aleppo-hanano-barracks"),
        ("Kamp Roj dijaga ketat.", "feature:hasakah-roj-camp"),
    ],
)
def test_a_new_quarter_or_base_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # a quarter of the article's city beats a village of that name elsewhere ...
        ("Pasukan merebut Mashhad di Aleppo.", "feature:aleppo-mashhad", MASHHAD_VILLAGE),
        ("ALEPPO - Serangan udara menghantam Mashhad.", "feature:aleppo-mashhad", MASHHAD_VILLAGE),
        ("Kedutaan itu berada di Malki, Damaskus.", "feature:damascus-malki", MALKI_VILLAGE),
        # ... unless the text says it is the village
        ("Desa Mashhad dekat Darat Izza dibom.", MASHHAD_VILLAGE, "feature:aleppo-mashhad"),
        ("Desa Malki di Hasakah dilanda banjir.", MALKI_VILLAGE, "feature:damascus-malki"),
        # a quarter name several cities share goes to the one the article names
        (
            "Warga Marja di Aleppo mengungsi.",
            "feature:aleppo-marja",
            "feature:damascus-marjeh-square",
        ),
        ("DAMASKUS - Ledakan di Marjeh.", "feature:damascus-marjeh-square", "feature:aleppo-marja"),
        ("Warga al-Qusour di Hama mengenang 1982.", "feature:hama-qusour", "feature:homs-qusour"),
        (
            "HAMA - Warga al-Qusour mengenang 1982.",
            "feature:hama-qusour",
            "feature:damascus-qusour",
        ),
        ("Bentrokan di Qusour, Homs.", "feature:homs-qusour", "feature:hama-qusour"),
        ("Mortir jatuh di Qusour, Damaskus.", "feature:damascus-qusour", "feature:homs-qusour"),
        ("Mortir jatuh di Kallaseh, Aleppo.", "feature:aleppo-kalasa", "feature:hasakah-kallasa"),
        ("Warga Kallasa di Hasakah berkumpul.", "feature:hasakah-kallasa", "feature:aleppo-kalasa"),
        # "pangkalan udara X" without the base's own name is the base 2 km from the town X
        # (dashboard/geo/parse/feature_types.py; it was the town before that rule)
        (
            "Pangkalan udara taftanaz jatuh ke tangan pemberontak.",
            "feature:idlib-taftanaz-airbase",
            TAFTANAZ,
        ),
    ],
)
def test_a_quarter_name_follows_the_city_of_the_article(
    text: str, wanted: str, not_wanted: str
) -> None:
    places = found(text)
    assert wanted in places
    assert not_wanted not in places


HOMS_ARTICLE = (
    "Homs, kota terbesar ketiga setelah Damaskus dan Aleppo, terus dibombardir. Distrik Inshaat "
    "dan Baba Amr menjadi sasaran utama. Di Distrik Khalidiya, masjid-masjid menyerukan warga "
    "berlindung."
)
ALEPPO_ARTICLE = (
    "Aleppo, kota terbesar di utara, kembali diguncang. Sukkari dan Sheikh Maqsoud dihantam "
    "mortir, sementara Homs tenang. Di Khalidiya, warga berlindung."
)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # both cities are named; the quarter goes to the one whose places the article names most
        (HOMS_ARTICLE, "feature:homs-khalidiya", "feature:aleppo-khalidiyah"),
        (ALEPPO_ARTICLE, "feature:aleppo-khalidiyah", "feature:homs-khalidiya"),
    ],
)
def test_a_shared_quarter_name_goes_to_the_city_the_article_names_most(
    text: str, wanted: str, not_wanted: str
) -> None:
    places = found(text)
    assert wanted in places
    assert not_wanted not in places


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Salihin, banjir sudah surut.",  # a given name with no place of Aleppo near
        "Salihin, warga Lombok, menanam padi.",
        "Doa para salihin selalu dikabulkan.",  # the Indonesian word
        "Ansari mengatakan hal itu kepada wartawan.",  # a name (given_names.txt)
        "Hamid Ansari berkunjung ke Jakarta.",
        "Pengusaha Hussam Qaterji dikenai sanksi.",  # a family name after a given name
        "Presiden Barak Obama berpidato.",  # 'barak' is a head word only in lower case
        "Warga tinggal di barak pengungsian.",
        "Kota Mashhad di Iran timur laut ramai peziarah.",  # the Iranian city
        "Maadi adalah kawasan elit di Kairo, Mesir.",  # the Cairo district
        "Pak Madi pergi ke sawah.",
        "Para Muhajirin hijrah ke Madinah.",
        "Perdana Menteri Nouri al-Maliki berkunjung.",
        "Kaum Muhajirin dan Anshar bersaudara.",  # the Indonesian word, not the quarter
        "Fardous Ahmad menulis puisi.",
        "Zahira tersenyum manis.",  # a given name: Zahira al-Jadida only in full
        "Lapangan Banteng ramai pengunjung.",  # a head word before a name no table has
        "Shalat wusta adalah shalat Ashar.",  # the word: the Qamishli quarter needs its head
    ],
)
def test_names_of_the_new_rows_do_not_fire_alone(text: str) -> None:
    assert not found(text)


def test_syekh_said_the_cleric_is_no_aleppo_quarter() -> None:
    # "Sheikh Said" is read only with a quarter head ("Hay al-Sheikh Said"): a person's name
    places = found("Syekh Said Ramadhan al-Buthi tewas dalam ledakan di Damaskus.")
    assert "feature:aleppo-sheikh-said" not in places


def test_every_city_quarter_lies_within_its_city() -> None:
    # a quarter row's point must lie in or beside a town (a district seat or a town of 10,000:
    # Qamishli and Baniyas are seats, not MAJOR, GeoNames gives no population); a slipped digit,
    # or a village's point taken for a quarter's, would put it kilometres away
    from geotaghelp import GAZ

    from dashboard.geo.gazetteer import distance_km
    from dashboard.geo.parse.quarters import IN_CITY_KM
    from dashboard.geo.parse.scoring import OTHER, prior

    cities = [
        p
        for p in GAZ.places.values()
        if p.in_syria and p.kind == "populated_place" and prior(p) >= OTHER
    ]
    quarters = [
        p
        for p in GAZ.places.values()
        if p.id.startswith("feature:") and p.feature_code == "quarter"
    ]
    far = [
        q.id
        for q in quarters
        if min(distance_km(q.lat, q.lon, c.lat, c.lon) for c in cities) > IN_CITY_KM
    ]
    assert len(quarters) > 150
    assert far == []
