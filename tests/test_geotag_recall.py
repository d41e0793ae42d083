"""Recall rules of issue 10 for unseen text, one table each, on the real bundled gazetteer.

Sentences are our own; ids are the gazetteer's (GeoNames gn:, reviewed feature:). Each rule has
cases it must find and guards it must leave alone (benchmarks/spelling_stress.py measures the
rules on a longer list of spellings).
"""

from __future__ import annotations

import pytest

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.parse.geotag import geotag
from dashboard.geo.parse.toponyms import ToponymIndex

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()


def syrian(text: str) -> set[str]:
    """Ids of the Syrian places below the country found in *text*."""
    tag = geotag(text, GAZ)
    return {tp.place.id for tp in tag.places if tp.place.in_syria and tp.place.kind != "country"}


@pytest.fixture(scope="module")
def variants():
    return ToponymIndex(GAZ).variants


# --- lead-ins: a context word, then a word saying what kind of site, then the name ------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # the camp by the town (geo/parse/feature_types.py; the town al-Hawl before that rule)
        ("Ratusan keluarga tinggal di kamp pengungsi Al Hawl.", "feature:hasakah-al-hol-camp"),
        ("Keluarga itu pindah ke kamp pengungsian Atmeh.", "feature:idlib-atmeh"),
        ("Jet tempur lepas landas dari pangkalan militer Shayrat.", "feature:homs-shayrat"),
        ("Pesawat mendarat di bandara internasional Qamishli.", "gn:173377"),
        ("Pesawat itu mendarat di pangkalan angkatan udara Tiyas.", "gn:163197"),
    ],
)
def test_a_site_word_between_the_context_word_and_the_name(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mereka ditampung di kamp pengungsi Suriah di Yordania.",  # the country, not a town
        "Jet tempur dari pangkalan udara Rusia menyerang desa itu.",
        "Pesawat dari pangkalan militer Amerika di Irak mendarat.",
        "Ia tinggal di kompleks Pangkalan Udara Halim.",
    ],
)
def test_a_site_word_before_a_foreign_name_finds_no_syrian_place(text: str) -> None:
    assert syrian(text) == set()


# --- an initial vowel shifts: Ayn and hamza reach Latin as any vowel ---------------------------


@pytest.mark.parametrize(
    ("folded", "key", "place_id"),
    [
        ("otman", "utman", "gn:162759"),  # 'Uthman (Daraa): th folds to t in the key
        ("etman", "utman", "gn:162759"),
        ("onadan", "anadan", "gn:173223"),  # 'Anadan (Aleppo)
    ],
)
def test_an_initial_vowel_may_differ(variants, folded: str, key: str, place_id: str) -> None:
    hit = variants.lookup(folded)
    assert hit is not None and hit[0] == key and place_id in hit[1]


@pytest.mark.parametrize("folded", ["garnaz", "jasmin", "tadmar"])
def test_an_initial_consonant_never_shifts(variants, folded: str) -> None:
    # Kurnaz, Yasmin-like and Tadmur namesakes: a different first consonant is another word
    hit = variants.lookup(folded)
    assert hit is None or hit[0][0] == folded[0]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Dua warga tewas di desa Otman, utara Daraa.", "gn:162759"),
        ("Kota Eyn Issa dikepung pasukan Turki.", "gn:172134"),
    ],
)
def test_an_ayn_variant_is_found_where_the_text_says_place(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


# --- a two-word variant whose second word alone names another village ------------------------


@pytest.mark.parametrize(
    ("text", "place_id", "not_id"),
    [
        # Sahwat al Balatah (As-Sweida); "Balata" alone is a village elsewhere
        ("Rumah-rumah di desa Suhwet Balata terbakar.", "gn:164990", None),
        # Jisr al-Shughur (Idlib); "Shughour" alone is a hamlet
        ("Pasukan itu mundur ke kota Jesr al-Shughour.", "gn:169023", "gn:164222"),
        ("Pasukan itu mundur ke kota Jesr Shughur.", "gn:169023", "gn:164222"),
    ],
)
def test_a_variant_runs_over_a_shorter_name(text: str, place_id: str, not_id: str | None) -> None:
    found = syrian(text)
    assert place_id in found
    assert not_id not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kepala desa Hasan berbicara kepada warga.",
        "Pejabat di Jalan Merdeka menolak tuduhan.",
        "Relawan dari Sumber Rejeki tiba di perbatasan.",
    ],
)
def test_guards_stay_unmatched(text: str) -> None:
    assert syrian(text) == set()


# --- a variant after a site word or an adjective: "kota kecil X", "kamp pengungsi X" ------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Kota kecil Dabeq punya arti penting bagi kelompok itu.", "gn:171011"),  # Dabiq
        ("Ribuan orang tinggal di kamp pengungsi al-Hool.", "feature:hasakah-al-hol-camp"),
    ],
)
def test_a_variant_is_looked_up_past_the_adjective(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


# --- more words that say a place follows: via, between, enclave, residents of -------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Bantuan masuk melalui Khanaser kemarin.", "gn:168351"),  # Khanasser
        ("Penduduk Madaya kelaparan.", "gn:167558"),  # Medaya
        ("Warga Telbiseh kembali ke rumah.", "gn:163779"),  # Talbiseh
        ("Pasukan Kurdi mundur dari kantong Baghouz.", "gn:171944"),  # Baghuz
        ("Jalan antara Saraqeb dan Ariha ditutup.", "gn:164816"),  # Saraqib
    ],
)
def test_place_words_before_a_name(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warga Kurdi merayakan Nowruz.",  # ethnonyms and faiths are no places
        "Warga Alawi di pesisir ketakutan.",
        "Penduduk Sunni mengungsi.",
        "Warga Hasan tewas.",  # a given name stays a person
        "Bantuan dikirim melalui Bulan Sabit Merah.",
        "Kantong ISIS terakhir jatuh.",
        "Perundingan antara Rusia dan Turki berlanjut.",
    ],
)
def test_place_words_before_no_syrian_place(text: str) -> None:
    assert syrian(text) == set()


# --- verbs whose object is a place: enter, leave, besiege, capture, hold, bomb ------------------


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pasukan memasuki Sulouk pagi tadi.", "gn:164895"),  # Suluk
        ("Warga meninggalkan Kessab.", "gn:168519"),  # Kassab
        ("Tentara merebut Kafr Nboudeh.", "gn:168660"),  # Kafr Nabudah
    ],
)
def test_a_verb_of_war_before_a_name(text: str, place_id: str) -> None:
    assert place_id in syrian(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pemberontak merebut Sumber air di desa itu.",
        "Ia meninggalkan Hasan di rumah.",
        "Pasukan mengepung Bashar dan pengikutnya.",
        "Mereka menguasai Jalan utama kota.",
        "Milisi memasuki Pasar kota itu.",
    ],
)
def test_a_verb_of_war_before_a_word_or_a_person(text: str) -> None:
    assert syrian(text) == set()


# --- a generic first word of an Arabic place name says "place" ---------------------------------


@pytest.mark.parametrize(
    ("text", "place_id", "not_id"),
    [
        ("Pesawat tak berawak terbang di atas Kafr Sajna sepanjang hari.", "gn:168639", None),
        ("Artileri menargetkan Kafr Owaid kemarin.", "gn:168624", None),  # Kafr 'Uwayd
        ("Pasukan Kurdi menyerahkan Ein Daqna kepada tentara.", "gn:172145", None),  # 'Ayn Daqnah
        ("Patroli melintasi Burj Abdallah.", "gn:171160", None),  # a given name after the head
        # "Bab" alone is the town al-Bab, "Halab" alone Aleppo: the pair is one village
        ("Gedung di Bab Amr hancur.", "feature:homs-baba-amr", "gn:174018"),
        ("Warga Kafr Halab mengungsi.", "gn:168695", "gn:170063"),
    ],
)
def test_a_generic_head_opens_a_place_name(text: str, place_id: str, not_id: str | None) -> None:
    found = syrian(text)
    assert place_id in found
    assert not_id not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ia bertemu Khan di kantor.",
        "Perdana Menteri Imran Khan berkunjung.",
        "Sheikh Tamim bertemu Erdogan.",  # Sheikh is a title before a person: no head
        "Kafr itu sepi.",
    ],
)
def test_a_generic_head_alone_or_after_a_name_is_no_place(text: str) -> None:
    assert syrian(text) == set()


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # both words match one name: the variant needs no more evidence than "di"
        ("Konvoi bantuan PBB diserang di Orem al-Kubra.", "gn:162789"),  # Urum al Kubra
        ("Kelompok itu bertahan di Sahm al-Jolan.", "gn:165020"),  # Saham al Jawlan
    ],
)
def test_a_two_word_variant_after_a_context_word(text: str, place_id: str) -> None:
    assert place_id in syrian(text)
