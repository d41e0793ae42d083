"""Kurdish and Turkish names of towns of the north and north-east, and spellings the gazetteer
lacked (geodata/aliases.tsv, rows of 2026-12-07, each naming its source): the Kurmanji names of
the Jazira towns (Tirbespiyê, Til Koçer, Girkê Legê, Dirbêsiyê, Şeddadê, Til Hemîs) and of the
Afrin subdistrict seats (Cindirês, Mabeta, Reco, Bilbil, Şiyê), the Turkish Resulayn; Kurdish
"Til" as the head word Tall (alone no place, as "Tal" and "Tel" are not); "Dier" as the head word
Deir with its vowels swapped (names.py); "garnisun" as a feature head (cues.tsv); SANA's al-Naima
for al-Nu'aymah, a given name read only after a type word; Latakia's Ziraa quarter and the other
names of its Raml camp (features.tsv); the Shahba canton north of Aleppo, only with a head word
("kanton", a feature head now), as bare Shahba is the Suwayda town. Sentences are this project's
own; ids are the gazetteer's."""

from __future__ import annotations

import pytest
from geotaghelp import GAZ, found

from dashboard.geo.names import normalize

pytestmark = pytest.mark.integration

QAHTANIYAH = "gn:165757"  # Al Qahtaniyah, Hasakah (PPLA3)
TURBAH_SIBI = "gn:163109"  # Turbah Sibi, a hamlet 90 km west that the short form Tirbespî reached
YARUBIYAH = "gn:383661"  # Al Ya'rubiyah, the Iraqi border post
MUABBADAH = "gn:447734"  # Al Mu'abbadah
DARBASIYAH = "gn:170887"
SHADDADAH = "gn:172837"
TALL_HAMIS = "gn:163568"
RAS_AL_AYN = "gn:165509"
JINDIRES = "gn:169190"
MAABATLI = "gn:167577"
RAJO = "gn:165571"  # Radjun in GeoNames
BULBUL = "gn:171212"  # Bulbul, Afrin
BULBULS = "gn:171213"  # 'Bülbüls' in Deir ez-Zor, whose names are the bird family's
SHAYKH_AL_HADID = "gn:164354"
AL_TALL = "gn:172349"  # al-Tall, Rural Damascus
DEIR_EZ_ZOR = "gn:170794"
DAYR_HAFIR = "gn:170785"
NUAYMAH = "gn:166332"  # An Nu'aymah, Daraa
TANF = "feature:rif-dimashq-tanf"
SHAHBA_TOWN = "gn:164626"  # Shahba, As-Suwayda


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan Kurdi berjaga di kota Tirbespiyê.", QAHTANIYAH),
        ("Warga Tirbespiye memprotes penangkapan itu.", QAHTANIYAH),
        ("Drone Turki menghantam Tirbespî, Qamishli.", QAHTANIYAH),
        ("Pos perbatasan Til Koçer dibuka lagi.", YARUBIYAH),
        ("Truk bantuan melintas di Tel Kocer.", YARUBIYAH),
        ("Dua pejuang tewas di Girkê Legê.", MUABBADAH),
        ("Warga Girke Lege berkumpul di alun-alun.", MUABBADAH),
        ("Pasukan pemerintah masuk ke kota Dirbêsiyê.", DARBASIYAH),
        ("Serangan di Dirbesiye melukai dua orang.", DARBASIYAH),
        ("Penjara di Şeddadê dijaga ketat.", SHADDADAH),
        ("Pasukan merebut Til Hemîs dari ISIS.", TALL_HAMIS),
        ("Tentara Turki memasuki Resulayn.", RAS_AL_AYN),
        ("Gempa meruntuhkan rumah-rumah di Cindirês.", JINDIRES),
        ("Gempa meruntuhkan rumah-rumah di Jendires.", JINDIRES),
        ("Milisi menangkap warga di Mabeta, Afrin.", MAABATLI),
        ("Bentrokan pecah di Reco dan Bilbil.", RAJO),
        ("Bentrokan pecah di Reco dan Bilbil.", BULBUL),
        ("Warga Şiyê di Afrin mengungsi.", SHAYKH_AL_HADID),
        # a head word with its vowels swapped
        ("Pasukan maju ke pinggiran timur Dier Ezzor.", DEIR_EZ_ZOR),
        ("Pasukan maju ke Dier Hafer.", DAYR_HAFIR),
        # a feature head before the garrison's name, either case
        ("Drone menyerang Garnisun al-Tanf, Suriah.", TANF),
        ("Pasukan AS di garnisun Tanf siaga.", TANF),
        # Latakia: the Ziraa quarter and the Raml camp under its other names
        ("Toko-toko di al-Ziraa, Latakia, dirusak.", "feature:latakia-ziraa"),
        ("Warga Hay al-Raml al-Janoubi di Latakia mengungsi.", "feature:latakia-raml"),
        ("Pengungsi Palestina di Latakia camp menerima bantuan.", "feature:latakia-raml"),
        # the Shahba canton north of Aleppo, named with its head word (regions.tsv); "kanton" is a
        # feature head, so a canton named after its town is that town
        ("Pengungsi Afrin tinggal di kanton Shahba, Aleppo utara.", "region:shahba"),
        ("Ribuan pengungsi di Shahba region mengungsi lagi.", "region:shahba"),
        ("Serangan Turki di kanton Afrin menewaskan warga.", "gn:174186"),
        # a village named like a person, after a type word
        ("Tentara menembaki timur kota Al-Naimah di Daraa.", NUAYMAH),
    ],
)
def test_a_kurdish_turkish_or_sourced_spelling_finds_its_town(text: str, place_id: str) -> None:
    assert place_id in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warga Druze di Shahba, Suwayda, berdemo.",
        "Pasukan merebut kota Shahba di Suwayda.",
    ],
)
def test_bare_shahba_stays_the_suwayda_town(text: str) -> None:
    places = found(text)
    assert SHAHBA_TOWN in places
    assert "region:shahba" not in places


@pytest.mark.parametrize(
    ("name", "wanted", "namesake"),
    [
        # the alias ranks the town before the hamlet or the mislabelled row that had the spelling
        ("Tirbespî", QAHTANIYAH, TURBAH_SIBI),
        ("Bilbilê", BULBUL, BULBULS),
        ("Til Koçer", YARUBIYAH, AL_TALL),
    ],
)
def test_the_alias_ranks_the_town_first(name: str, wanted: str, namesake: str) -> None:
    ids = [p.id for p in GAZ.lookup(name)]
    assert ids[0] == wanted
    assert namesake not in ids[:1]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Til Temir", "Tell Temir"),  # Kurdish Til is the head word Tall
        ("Dier Hafer", "Deir Hafer"),  # Dier is Deir with its vowels swapped
        ("Tirbê Spî", "Tirbespi"),
        ("Girkê Legê", "Girke Lege"),
    ],
)
def test_spellings_fold_alike(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize(
    "text",
    [
        # a head word alone, or before a word no table has, is no place
        "Kota Til Barokin diserang kemarin.",
        "Kata Dier berarti hewan dalam bahasa Belanda.",
        # Naimah is a given name: no type word, no village
        "Menurut Naimah, harga beras naik.",
        "Siti Naimah mengatakan banjir surut.",
        "Pernyataan dari Naima dibacakan kemarin.",
        # Kurdish forms left out because they fold like Indonesian words: Şera (Sharran) is
        # 'sera', Reqa (Raqqa) is 'reka'
        "Tim itu membuat reka ulang kejadian di Sera.",
    ],
)
def test_no_place_is_read(text: str) -> None:
    assert not found(text)
