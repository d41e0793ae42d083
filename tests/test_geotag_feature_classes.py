"""The classes of reviewed features added on the afternoon of 2026-12-06 (geodata/features.tsv):
quarters of Damascus, Aleppo, Homs, Latakia and Hasakah, the Suwayda square, crossings, camps,
bases, fields, dams, lakes, a valley and a mountain; one case per class, the namesakes the new
rows must not take, and guards for the short or common names they bring. Sentences are this
project's own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import found

pytestmark = pytest.mark.integration

MAZRAA_SWEIDA = "gn:172441"  # the town Al Mazra'ah in As-Sweida
SURUJ_HAMA = "gn:164777"  # the Hama village 'Sarouja' used to be read as
AL_BAB = "gn:174018"
BAB_AL_HADID_HASAKAH = "gn:386142"
YARMOUK_CAMP = "gn:166716"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # quarters
        ("Mortir jatuh di Mazraa, Damaskus.", "feature:damascus-mazraa"),
        ("Toko-toko di Sarouja tutup sejak pagi.", "feature:damascus-sarouja"),
        ("Warga berkumpul di Shaalan, pusat Damaskus.", "feature:damascus-shaalan"),
        ("Bus berangkat dari Nahr Aisha menuju Daraa.", "feature:damascus-nahr-aisha"),
        ("Penembak jitu berjaga di Bab al-Hadid, Aleppo.", "feature:aleppo-bab-al-hadid"),
        ("Pasukan pemerintah merebut Khalidiya di Homs.", "feature:homs-khalidiya"),
        ("Roket menghantam Jeb al-Jandali, Homs.", "feature:homs-jeb-al-jandali"),
        ("Warga Skantouri di Latakia turun ke jalan.", "feature:latakia-skantouri"),
        ("Bentrokan pecah di Nashwa al-Gharbiya, Hasakah.", "feature:hasakah-nashwa"),
        ("Gerbang Bab al-Nasr di Aleppo rusak.", "feature:aleppo-bab-al-nasr"),
        ("Warga Kaylaniyah di Hama mengenang 1982.", "feature:hama-kaylaniyah"),
        ("Pertempuran di Kanamat, Deir ez-Zor.", "feature:deir-ez-zor-kanamat"),
        ("Bentrokan di Hilaliya, Qamishli.", "feature:hasakah-qamishli-hilaliya"),
        ("Pasukan Asayish mengepung Hay al-Tayy di Qamishli.", "feature:hasakah-qamishli-tayy"),
        # a square
        ("Ribuan orang berdemo di alun-alun Karamah, Suwayda.", "feature:sweida-karamah-square"),
        ("Massa kembali memenuhi Lapangan al-Karamah.", "feature:sweida-karamah-square"),
        # crossings
        ("Truk bantuan melintas lewat Tal Abyad crossing.", "feature:raqqa-tal-abyad-crossing"),
        ("PBB menutup Yarubiyah crossing ke Irak.", "feature:hasakah-yarubiyah-crossing"),
        # "penyeberangan X": the crossing standing by the town X (geo/parse/feature_types.py;
        # before that rule the town, 2 km off)
        ("PBB menutup penyeberangan Yarubiyah ke Irak.", "feature:hasakah-yarubiyah-crossing"),
        (
            "Pengungsi antre di penyeberangan Jdeidet Yabous.",
            "feature:rif-dimashq-jdeidet-yabous-crossing",
        ),
        # camps
        ("Keluarga itu dipindahkan ke kamp Areesha.", "feature:hasakah-areesha-camp"),
        ("Warga Palestina di kamp Neirab menerima bantuan.", "feature:aleppo-neirab-camp"),
        ("Perempuan Yazidi ditampung di kamp Newroz.", "feature:hasakah-newroz-camp"),
        # bases
        ("Rudal menghantam Pangkalan udara Dumayr.", "feature:rif-dimashq-dumayr-airbase"),
        ("Tentara bertahan di Brigade 137 selama pengepungan.", "feature:deir-ez-zor-brigade-137"),
        ("Jet tempur lepas landas dari Dabaa airbase.", "feature:homs-dabaa-airbase"),
        # fields, dams, lakes, a valley, a mountain
        ("ISIS merebut ladang gas Hayan.", "feature:homs-hayan-gas"),
        ("Air meluap dari Bendungan Baath.", "feature:raqqa-baath-dam"),
        ("Nelayan mencari ikan di Danau Qattinah.", "feature:homs-qattinah-lake"),
        ("Militan bertahan di Lembah Yarmouk.", "feature:daraa-yarmouk-basin"),
        ("Artileri ditempatkan di Jabal Kawkab.", "feature:hasakah-kawkab"),
        ("Pasukan koalisi bermarkas di Tal Baydar.", "feature:hasakah-tal-baydar"),
        ("SDF menjaga ladang gas Jbeisa.", "feature:hasakah-jbeisa"),
        ("Pengungsi dari Fafin pindah ke Tal Rifaat.", "feature:aleppo-fafin"),
        ("Truk melintas di Abu al-Zandeen dekat al-Bab.", "feature:aleppo-abu-al-zandeen"),
        ("Keluarga itu tinggal di kamp Mahmoudli.", "feature:raqqa-mahmoudli-camp"),
        ("Danau Jabbul dipenuhi burung flamingo.", "feature:aleppo-lake-jabbul"),
        ("Pemberontak mundur dari Jabal al-Arbaeen.", "feature:idlib-jabal-al-arbaeen"),
        ("Petani di Dataran Ruj memanen gandum.", "feature:idlib-sahl-al-ruj"),
        ("Desa-desa Asyur di Lembah Khabur direbut ISIS.", "feature:hasakah-khabur-valley"),
        ("Warga Kristen di Wadi al-Nasara merayakan Natal.", "feature:homs-wadi-al-nasara"),
        ("Hujan salju turun di Pegunungan Alawi.", "feature:latakia-coastal-mountains"),
        ("Hizbullah bertahan di Pegunungan Anti-Lebanon.", "feature:rif-dimashq-anti-lebanon"),
        ("ISIS mundur ke Jabal Abu Rujmain.", "feature:homs-jabal-abu-rujmain"),
        # valleys of rivers (the rivers themselves are no place: tests/test_geotag_rivers.py)
        ("Pasukan SDF berjaga di Lembah Efrat.", "region:euphrates-valley"),
        ("Petani di Lembah Orontes memanen gandum.", "feature:hama-orontes"),
    ],
)
def test_a_new_feature_of_each_class_is_found(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # the Damascus quarter does not take the Suwayda town of the same name
        ("Desa al-Mazraa di pedesaan Suwayda diserang.", MAZRAA_SWEIDA, "feature:damascus-mazraa"),
        # names that were read as far namesakes before their rows existed
        ("Toko-toko di Sarouja tutup.", "feature:damascus-sarouja", SURUJ_HAMA),
        ("Ledakan terjadi di Bab Musalla.", "feature:damascus-bab-musalla", AL_BAB),
        ("Ledakan terjadi di Bab Srijeh.", "feature:damascus-bab-srijeh", AL_BAB),
        ("Penembak jitu di Bab al-Hadid.", "feature:aleppo-bab-al-hadid", BAB_AL_HADID_HASAKAH),
        # the bare Yarmouk stays the Damascus camp; the valley needs its head word
        ("Warga Yarmouk mengungsi ke Damaskus.", YARMOUK_CAMP, "feature:daraa-yarmouk-basin"),
        # a Hama quarter named after the Aleppo road is no mention of Aleppo
        ("Warga Tariq Halab di Hama mengungsi.", "feature:hama-tariq-halab", "gn:170063"),
        # Qamishli and Hasakah quarters leave same-named villages elsewhere to their articles
        # (of the two hamlets Hilaliyah of Hasakah district, the one 6 km from the city, not
        # the one 21 km off: test_geotag_namesakes_near.py)
        ("Desa Al Hilaliyah dekat Hasakah.", "gn:7632312", "feature:hasakah-qamishli-hilaliya"),
        ("Desa Tall Hajar di pedesaan Aleppo.", "gn:163334", "feature:hasakah-tal-hajar"),
    ],
)
def test_a_new_feature_keeps_to_its_own_place(text: str, wanted: str, not_wanted: str) -> None:
    places = found(text)
    assert wanted in places
    assert not_wanted not in places


@pytest.mark.parametrize(
    "text",
    [
        "Nasywa dan Nashwa pergi ke sekolah.",  # given names (Nashwa quarter needs its suffix)
        "Partai Baath menggelar kongres.",  # the party, not the dam
        "Hayan mengatakan pasokan gas aman.",  # a given name, not the field
        "Imam Ali dihormati kaum Syiah.",  # a person, not the base
        "Karamah adalah tuntutan para demonstran.",  # dignity, not the square
        "Pejabat itu mengatakan Brigade akan dibubarkan.",
        "Kolumnis Mustafa Akyol menulis tentang Turki.",  # a surname, not the Aleppo quarter
        "Warga Alawi takut akan balas dendam.",  # an ethnonym, not the coastal range
        "Asi eksklusif baik untuk bayi.",  # a word, not the Orontes
    ],
)
def test_common_words_and_names_of_new_features_do_not_fire(text: str) -> None:
    assert not found(text)
