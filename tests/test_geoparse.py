"""Geotagging rules, one behaviour per test, on the tiny world of tests/world.py."""

from __future__ import annotations

import pytest
from world import tiny_world

from dashboard.geo.parse.geotag import Geoparser, geotag, location_json

pytestmark = pytest.mark.unit

WORLD = tiny_world()
PARSER = Geoparser(WORLD)


def tag(text: str, title: str = ""):
    full = f"{title}\n\n{text}" if title else text
    return PARSER.geotag(full, title_len=len(title))


def ids(text: str, title: str = "") -> set[str]:
    return {tp.place.id for tp in tag(text, title).places}


def found(text: str, place_id: str):
    return next((tp for tp in tag(text).places if tp.place.id == place_id), None)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Serangan terjadi di Idleb pada Senin.", "gn:169389"),  # English/French spelling
        ("Warga mengungsi dari Ghutah Timur.", "region:eastern-ghouta"),
        ("Warga mengungsi dari Ghouta Timur.", "region:eastern-ghouta"),  # ou/u folding
        ("Pasukan bergerak ke Az-Zabadani.", "gn:172059"),  # article written with a hyphen
        ("Bentrokan di Kafranbudah berlanjut.", "gn:168660"),  # one-word variant
        ("Tentara memasuki DERAA kemarin.", "gn:170905"),  # capitals
    ],
)
def test_spelling_variants_reach_the_same_place(text, place_id):
    assert place_id in ids(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Bentrokan terjadi di Al 'Asimiyah kemarin.", "Al 'Asimiyah"),  # article, then a mark
        ("Bentrokan terjadi di al-Asimiyah kemarin.", "al-Asimiyah"),
        ("AL 'ASIMIYAH - Bentrokan terjadi kemarin.", "AL 'ASIMIYAH"),  # a dateline in capitals
    ],
)
def test_the_arabic_article_belongs_to_the_name(text, surface):
    place = found(text, "gn:900009")
    assert place is not None and place.mentions[0].surface == surface


@pytest.mark.parametrize(
    "text",
    [
        "Kelompok Hamas mengecam serangan itu.",  # "Hama" inside a longer word
        "Pasukan Idlibiyah bergerak.",  # "Idlib" as the start of another word
        "Serangan di kawasanHoms itu.",  # no place glued to a word before it
    ],
)
def test_names_match_only_whole_words(text):
    assert not {"gn:170017", "gn:169389"} & ids(text)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Menurut keterangan sumber di lapangan, situasi tenang.", "gn:900001"),
        ("Pertempuran berlangsung di kota itu.", "gn:900002"),
        ("Mereka malah menyerang balik.", "gn:900007"),
        ("Apakah anda tahu, kata dia.", "gn:900010"),
        ("Warga Hama dan Idlib mengungsi.", "gn:900011"),
        ("Upaya ini gagal lagi.", "gn:900012"),
    ],
)
def test_lowercase_common_words_are_never_places(text, village):
    assert village not in ids(text)


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Sumber itu mengatakan pasukan mundur.", "gn:900001"),  # stopword at sentence start
        ("Kota itu dikuasai pemberontak.", "gn:900002"),  # stopword at sentence start
        ("Anda bisa melihat asapnya dari jauh.", "gn:900010"),
        ("Dan pasukan pun mundur.", "gn:900011"),
        ("Ini serangan ketiga pekan ini.", "gn:900012"),
        ("Warga mengungsi ke Hama. Dan di Idlib situasi tegang.", "gn:900011"),  # among places
    ],
)
def test_capitalised_stopwords_are_never_places(text, village):
    assert village not in ids(text)


@pytest.mark.parametrize(
    ("text", "place_id", "not_id"),
    [
        ("Upaya ini seperti di Ghutah Damaskus dulu.", "region:ghouta", "gn:170654"),
        ("ISIS menyerang di wilayah Qalamoun timur.", "region:eastern-qalamoun", "region:qalamoun"),
    ],
)
def test_the_longest_name_wins(text, place_id, not_id):
    assert place_id in ids(text) and not_id not in ids(text)


@pytest.mark.parametrize(
    ("text", "place_id", "qualifier"),
    [
        ("ISIS menyerang di wilayah Qalamoun timur.", "region:eastern-qalamoun", "timur"),
        ("Warga mengungsi dari Ghutah Timur.", "region:eastern-ghouta", "Timur"),  # as written
    ],
)
def test_a_compass_word_inside_the_name_is_kept_as_qualifier(text, place_id, qualifier):
    assert found(text, place_id).qualifier == qualifier


def test_a_whole_region_and_a_compass_word_reach_its_part():
    # the world knows Western Qalamoun only by its English name
    place = found("Pasukan menyerang di Qalamoun barat pekan lalu.", "region:western-qalamoun")
    assert place is not None and place.qualifier == "barat"


@pytest.mark.parametrize(
    ("text", "country", "qualifier"),
    [
        ("Faksi yang aktif di Suriah utara bertemu.", "gn:163843", "utara"),
        ("Pasukan bergerak ke Suriah barat laut.", "gn:163843", "barat laut"),  # two words
        ("Pengungsi menyeberang dari Turki tenggara.", "foreign:TR", "tenggara"),  # not Syria
    ],
)
def test_a_compass_word_on_the_country_stays_on_the_country(text, country, qualifier):
    geo = tag(text)
    assert [tp.place.id for tp in geo.places] == [country]
    assert geo.places[0].qualifier == qualifier and not geo.places[0].place.mappable


@pytest.mark.parametrize(
    ("title", "body", "place_id"),
    [
        ("Serangan", "DAMASKUS - Pemberontak menyerang pos tentara.", "gn:170654"),
        ("Pertemuan", "KIBLAT.NET, Idlib – Petinggi faksi bertemu.", "gn:169389"),
        ("Serangan", "WARTA.CO.ID, ALEPPO -- Pasukan bergerak maju.", "gn:170063"),
        ("Bom", "DAMASKUS (Warta.id) – Sebuah bom meledak.", "gn:170654"),
        ("Rusia", "Jakarta, CNN Indonesia\n\nRusia ikut turun tangan.", "foreign:jakarta"),
    ],
)
def test_the_dateline_place_is_found_with_dateline_evidence(title, body, place_id):
    place = next(tp for tp in tag(body, title).places if tp.place.id == place_id)
    assert "dateline" in place.mentions[0].evidence


def test_an_outlet_in_a_dateline_is_not_a_place():
    assert "foreign:ID" not in ids("Jakarta, CNN Indonesia\n\nRusia ikut turun tangan.", "Rusia")


CONTEXT = ["di", "ke", "dari", "kota", "desa", "wilayah", "kawasan", "daerah"]


@pytest.mark.parametrize("word", CONTEXT)
def test_a_context_word_before_a_village_makes_it_a_place(word):
    place = found(f"Pasukan bergerak {word} Kafr Nabudah pada Senin.", "gn:168660")
    assert place is not None and f"context:{word}" in place.mentions[0].evidence


@pytest.mark.parametrize(
    ("text", "place_id", "evidence"),
    [
        ("Pasukan bergerak ke provinsi Idlib pada Senin.", "gn:169387", "context:provinsi"),
        ("Pasukan bergerak ke provinsi Idlib pada Senin.", "gn:169387", "kind:admin1"),
        ("Pasukan bergerak ke kota Hama pada Senin.", "gn:170017", "kind:town"),
    ],
)
def test_a_type_word_is_kept_as_evidence(text, place_id, evidence):
    assert evidence in found(text, place_id).mentions[0].evidence


def test_a_village_without_context_is_not_taken():
    # a bare one-word village name is as likely a person or a word: evidence is needed (a name
    # opening with a generic head such as "Kafr" carries its own, tests/test_geotag_recall.py)
    assert "gn:167747" not in ids("Pasukan bergerak, Kurin tenang pada Senin.")


def test_context_raises_the_confidence_of_a_known_town():
    bare = found("Laporan menyebut Douma dalam daftar itu.", "gn:170592")
    with_context = found("Laporan menyebut serangan di Douma kemarin.", "gn:170592")
    assert with_context.confidence > bare.confidence


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Serangan udara di provinsi Idlib menewaskan warga.", "gn:169387"),
        ("Serangan udara di kota Idlib menewaskan warga.", "gn:169389"),
        ("Gempa terasa di provinsi Aleppo, Hama dan Idlib.", "gn:170015"),  # a closed list
        # a governorate reading spreads to the bare name when no town reading is written
        ("Korban di Aleppo bertambah. Di provinsi Aleppo 20 bangunan runtuh.", "gn:170062"),
    ],
)
def test_type_words_choose_governorate_or_town(text, place_id):
    assert place_id in ids(text)


def test_a_comma_after_a_governorate_is_no_list():
    # "Provinsi Idlib, Aleppo, sejak Kamis": Aleppo is an apposition, not a second province
    text = "Pasukan oposisi bergerak ke pinggiran Provinsi Idlib, Aleppo, sejak Kamis pagi."
    assert "gn:170063" in ids(text) and "gn:170062" not in ids(text)


def test_an_explicit_town_keeps_bare_mentions_on_the_town():
    # "kota" says the article means the town too, so the bare last mention is not the province
    text = "Pemberontak ke Aleppo, kota terbesar. Di provinsi Aleppo ada serangan. Dari Aleppo"
    last = text.rindex("Aleppo")
    (town,) = [tp for tp in tag(text).places if any(m.start == last for m in tp.mentions)]
    assert town.place.id == "gn:170063"


def test_a_village_far_from_the_articles_other_places_is_doubted():
    # "Al Malah" near Aleppo is not in the world; its namesake far south is not taken
    text = "Tentara maju dari Aleppo menuju wilayah Al Malah, tak jauh dari Aleppo."
    assert "gn:900007" not in ids(text)


def test_a_far_village_the_article_is_about_is_kept():
    # in the title and the dateline: the story is there, wherever the other places are
    geo = tag("TAHHAN - Pasukan dari Damaskus menyerang desa Tahhan.", "Serangan di Tahhan")
    assert geo.focus is not None and geo.focus.id == "gn:900004"


def test_the_same_village_is_taken_when_nothing_contradicts_it():
    assert "gn:900007" in ids("Pasukan merebut wilayah Al Malah kemarin.")


HOMS_HAMIDIYAH, DEIR_HAMIDIYA = "feature:homs-hamidiyah", "feature:deir-ez-zor-hamidiya"


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a quarter agrees with its city: of namesake quarters, the one in the article's city
        ("Penembak jitu di Hamidiyah, Homs, melukai warga.", HOMS_HAMIDIYAH, DEIR_HAMIDIYA),
        ("Warga Deir ez-Zor di Hamidiyah terkepung.", DEIR_HAMIDIYA, HOMS_HAMIDIYAH),
        # no city to compare with: the quarter is taken
        ("Bentrokan pecah di Hamidiyah pada Senin.", None, None),
        # a base is no quarter: far from the article's city it is still the base
        ("Pesawat dari Damaskus mendarat di pangkalan Tanf.", "feature:rif-dimashq-tanf", None),
    ],
)
def test_a_quarter_is_read_in_the_city_the_article_names(text, wanted, unwanted):
    found_ids = ids(text)
    if wanted is None:
        assert found_ids & {HOMS_HAMIDIYAH, DEIR_HAMIDIYA}
    else:
        assert wanted in found_ids
    assert unwanted not in found_ids


DAMASCUS_GOV, RURAL_DAMASCUS = "gn:167541", "gn:170652"


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the towns around the capital lie in Rural Damascus: "the province of Damascus" is it
        ("Biara di Maaloula, provinsi Damaskus, diserang.", RURAL_DAMASCUS, DAMASCUS_GOV),
        ("Bentrokan di Douma, provinsi Damaskus, berlanjut.", RURAL_DAMASCUS, DAMASCUS_GOV),
        # only the capital, or nothing else: the Damascus governorate as written
        ("Pasukan di provinsi Damaskus menjaga ibu kota Damaskus.", DAMASCUS_GOV, RURAL_DAMASCUS),
        ("Bentrokan terjadi di provinsi Damaskus.", DAMASCUS_GOV, RURAL_DAMASCUS),
    ],
)
def test_the_province_of_damascus_around_its_towns_is_rural_damascus(text, wanted, unwanted):
    found_ids = ids(text)
    assert wanted in found_ids and unwanted not in found_ids


@pytest.mark.parametrize(
    "text",
    [
        # a bare quarter name far from every city the article names is a namesake: not plotted
        "Pejabat di Damaskus menyebut Hamidiyah dalam pidatonya.",
        "Pejabat di Aleppo menyebut Hamidiyah dalam pidatonya.",
    ],
)
def test_a_bare_quarter_far_from_the_articles_cities_is_doubted(text):
    assert not ids(text) & {HOMS_HAMIDIYAH, DEIR_HAMIDIYA}


@pytest.mark.parametrize(
    "text",
    [
        "Jaber Ali Pasha (Ahrar Syam) hadir.",
        "Ahmed Issa al-Sheikh (Suqour Syam) hadir.",
        "Jami Saleh (Jaisyul Izzah) hadir.",
        "Juru bicara Jabhat Fath al-Syam berbicara.",
        "Kelompok Hayat Tahrir al-Sham menyerang.",
        "Pasukan Tentara Pembebasan Suriah mundur.",
        "Milisi Negara Islam Irak dan Suriah (ISIS) menyerang.",
    ],
)
def test_faction_names_hold_no_place(text):
    assert "gn:163843" not in ids(text) and "gn:900003" not in ids(text)


@pytest.mark.parametrize(
    ("text", "not_id"),
    [
        ("Hadir Abu Muhammad al-Jaulani (HTS) dalam pertemuan.", "gn:900006"),
        ("Hadir Abu Adnan al-Zabadani (Ahrar Syam) dalam pertemuan.", "gn:172059"),
        ("Hadir Abu Saleh Tahhan (Jaisyul Ahrar) dalam pertemuan.", "gn:900004"),  # kunya
        ("Hadir Abu Saleh Tahhan (Jaisyul Ahrar) dalam pertemuan.", "gn:900003"),
        ("Rezim Bashar al-Assad menolak.", "gn:900005"),  # given name before a nisba
    ],
)
def test_personal_names_and_nisbas_are_not_places(text, not_id):
    assert not_id not in ids(text)


@pytest.mark.parametrize(
    ("text", "place_id", "is_place"),
    [
        ("Laporan dari Tahhan menyebut dua korban.", "gn:900004", True),
        # followed by another capitalised name: a person, "Tahhan Barakat"
        ("Laporan dari Tahhan Barakat menyebut dua korban.", "gn:900004", False),
        # a village named like a common given name needs a type word
        ("Pernyataan itu datang dari Khalid kemarin.", "gn:900008", False),
        ("Warga desa Khalid mengungsi kemarin.", "gn:900008", True),
    ],
)
def test_villages_named_like_people_need_place_evidence(text, place_id, is_place):
    assert (place_id in ids(text)) is is_place


@pytest.mark.parametrize(
    ("text", "not_id"),
    [
        ("Foto itu diunggah, seperti dilansir Arabi21.com kemarin.", "foreign:ID"),
        ("KIBLAT.NET melaporkan serangan.", "foreign:ID"),
        ("Kata Rudskoi, seperti dilansir Sputnik pada Rabu.", "foreign:RU"),
        ("Seperti dilaporkan CNN Indonesia, pasukan mundur.", "foreign:ID"),
        ("Harga minyak naik dua dolar AS per barel.", "foreign:US"),  # a currency
        ("Wilayah itu dikendalikan faksi pro-Turki.", "foreign:TR"),  # a stance
        ("Demonstran meneriakkan slogan anti-Rusia.", "foreign:RU"),
    ],
)
def test_outlets_sources_currencies_and_stances_are_not_places(text, not_id):
    assert not_id not in ids(text)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Serangan di Duma menewaskan lima orang.", "gn:170592"),  # the largest Douma
        # the article's other places are in Hama: the Hama village wins
        ("Serangan di Hama dan desa Duma di dekatnya.", "gn:170591"),
        ("Di Daraa, pasukan bergerak ke Nawa.", "gn:166365"),  # towards Daraa's Nawa
        ("Di Hama, pasukan bergerak ke Nawa.", "gn:166363"),  # towards Hama's Nawa
        # nothing else in Syria: the subdistrict seat ("nawa", a root word, needs Syria named)
        ("Pasukan Suriah bergerak ke Nawa.", "gn:166365"),
        ("Pasukan bergerak ke Jasim.", "gn:165997"),  # nothing else: the large town
        ("Di Daraa, pasukan bergerak ke Jasim.", "gn:165997"),
        # same governorate as the article's other place, though 55 km away
        ("Di Deir ez-Zor, pasukan bergerak ke desa Jasim.", "gn:8275556"),
    ],
)
def test_ambiguous_names_lean_towards_the_articles_other_places(text, place_id):
    assert place_id in ids(text)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Pembicaraan damai di Astana.", "foreign:astana"),
        ("Iran, Rusia, dan Turki bertemu.", "foreign:IR"),
        ("Iran, Rusia, dan Turki bertemu.", "foreign:RU"),
        ("Iran, Rusia, dan Turki bertemu.", "foreign:TR"),
    ],
)
def test_foreign_places_are_labelled_foreign(text, place_id):
    place = found(text, place_id)
    assert place is not None and not place.place.in_syria and not place.place.mappable


def test_syria_itself_is_the_country_and_never_a_point():
    place = found("Konflik di Suriah pecah pada 2011.", "gn:163843")
    assert place.place.kind == "country" and not place.place.mappable


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # the title and the body agree: the town named most
        ("Serangan di Hama", "Tentara menyerang Kota Hama. Di Hama banyak korban.", "gn:170017"),
        # a village beats the governorate around it
        ("Serangan", "Serangan di wilayah Zardana... di desa Tahhan, provinsi Idlib.", "gn:900004"),
        ("Gempa", "Korban di provinsi Aleppo, Hama, Idlib dan Daraa bertambah.", None),  # spread
        ("Pertemuan", "Pertemuan di Astana antara Iran dan Rusia soal Suriah.", None),  # no town
        ("KBRI Damaskus siaga", "KBRI Damaskus memantau WNI di Suriah.", None),  # institution
    ],
)
def test_the_focus_is_the_syrian_place_the_article_is_about(title, body, focus):
    geo = tag(body, title)
    assert (geo.focus.id if geo.focus else None) == focus


def test_every_span_points_at_its_surface():
    text = "DAMASKUS - Serangan di Ghutah Timur dan al-Zabadani, kata sumber di Idlib."
    for tp in tag(text, "Judul").places:
        for m in tp.mentions:
            full = f"Judul\n\n{text}"
            assert full[m.start : m.end] == m.surface


def test_geotagging_is_deterministic():
    text = "Serangan di Duma, Nawa dan Hama. DAMASKUS - Rusia dan Turki bertemu di Astana."
    assert geotag(text, WORLD) == geotag(text, WORLD)


def test_a_text_without_places_gives_no_places_and_no_focus():
    geo = tag("Harga cabai naik lagi minggu ini.")
    assert geo.places == () and geo.focus is None


def test_location_json_has_exactly_the_contract_keys():
    tp = found("Serangan di Idlib.", "gn:169389")
    assert set(location_json(tp)) == {
        "name",
        "mentions",
        "spans",
        "lat",
        "lon",
        "kind",
        "admin1",
        "geonames_id",
        "in_syria",
        "confidence",
    }
    assert location_json(tp)["spans"] == [[m.start, m.end] for m in tp.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Serangan di Duma, Nawa dan Hama. Di Daraa, pasukan bergerak ke Nawa.",
        "DAMASKUS - Warga Ghutah Timur dan al-Zabadani mengungsi ke Damaskus.",
    ],
)
def test_a_long_text_of_repeats_names_the_places_of_one_copy(text):
    # length alone changes no decision: each name is still read once per article and kind
    once = {(tp.place.id, len(tp.mentions)) for tp in tag(text, "Judul").places}
    many = {(tp.place.id, len(tp.mentions) // 80) for tp in tag("\n".join([text] * 80)).places}
    assert many == once


def test_spans_stay_right_after_many_arabic_articles():
    # each dropped article word shifts the words after it: all must still point at their text
    text = " ".join(f"Warga al-Zabadani dan Al 'Asimiyah ke-{i} mengungsi." for i in range(300))
    for tp in tag(text).places:
        assert all(text[m.start : m.end] == m.surface for m in tp.mentions)
        assert len(tp.mentions) == 300


# --- lists: what the word before the first item says of every item (geo/parse/lists.py) -------


@pytest.mark.parametrize(
    ("text", "place_id", "taken"),
    [
        # a type word opening a closed list reaches items after unknown ones
        ("Pasukan merebut desa-desa Tirzan, Kafr Nabudah dan Bukra.", "gn:168660", True),
        ("Pasukan masuk ke kota Idlib dan Kafr Nabudah.", "gn:168660", True),  # "X dan Y"
        ("Warga kota kecil Kafr Nabudah mengungsi.", "gn:168660", True),  # over an adjective
        ("Warga Kota Kecil Tirzan dan Kafr Nabudah mengungsi.", "gn:168660", True),
        # beside found places in a closed list, with no context word
        ("Serangan menghantam Idlib, Kafr Nabudah dan Hama.", "gn:168660", True),
        # an apposition is no list: nothing is said of the village
        ("Serangan menghantam Idlib, Kurin, sejak Kamis.", "gn:167747", False),
        ("Laporan menyebut Kurin kemarin.", "gn:167747", False),  # bare: not enough
    ],
)
def test_a_list_passes_its_context_to_every_item(text, place_id, taken):
    assert (place_id in ids(text)) is taken


@pytest.mark.parametrize(
    "text",
    [
        "Bashar, Khalid dan Salah hadir dalam rapat itu.",  # given names in a list
        "Sumber, Anda dan Kota bukan nama tempat di sini.",
        "Ia bertemu Tahhan dan Jaulani di kantor.",
        "Rapat dihadiri Bashar, Saleh, serta Khalid dari Damaskus.",
        "Warga desa-desa Zabadani dan Khalid, seorang aktivis, tiba di Damaskus.",
        "Warga desa Tahhan dan Bashar, seorang aktivis, tiba di Idlib.",  # given name after "dan"
        "Di kota Damaskus dan Bashar mengatakan hal itu.",
    ],
)
def test_lists_of_names_and_words_stay_unmatched(text):
    # Damascus, Syria, Zabadani, Idlib, Tahhan at most: never a given name
    assert ids(text) <= {"gn:170654", "gn:163843", "gn:172059", "gn:169389", "gn:900004"}


def test_a_listed_village_is_compared_with_its_own_sentence_only():
    from dashboard.geo.parse.sentences import same_sentence

    text = "Serangan di Idlib. Desa A, B dan C dekat Hama. Lalu Damaskus."
    hama, idlib, damascus = (WORLD.get(i) for i in ("gn:170017", "gn:169389", "gn:170654"))
    placed = [(text.index("Idlib"), idlib), (text.index("Hama"), hama)]
    placed.append((text.index("Damaskus"), damascus))
    starts = [at for at, _ in placed]
    b = text.index("B dan")
    assert same_sentence(text, b, b + 1, placed, starts) == [hama]
    far = "x" * 5000 + " B " + "y" * 5000 + " Hama"  # no sentence mark anywhere
    placed = [(far.index("Hama"), hama)]
    assert same_sentence(far, 5001, 5002, placed, [placed[0][0]]) == []  # beyond the window
