"""The focus rules, table-driven on the tiny test world (tests/world.tsv), in our own sentences."""

from __future__ import annotations

import pytest
from world import tiny_world

from dashboard.geo.parse.cues import apposition_kind
from dashboard.geo.parse.focus import weights
from dashboard.geo.parse.geotag import Geoparser

PARSER = Geoparser(tiny_world())
DAMASCUS, ALEPPO, HAMA, IDLIB, DOUMA = (
    "gn:170654",
    "gn:170063",
    "gn:170017",
    "gn:169389",
    "gn:170592",
)
IDLEB = "gn:169387"  # the governorate


def focus_of(title: str, body: str) -> str | None:
    tag = PARSER.geotag(f"{title}\n\n{body}", title_len=len(title))
    return tag.focus.id if tag.focus else None


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # a bare single mention is a metonym for the government, not a place of the story
        ("Sanksi baru", "Amerika Serikat mengumumkan sanksi. Damaskus menolak sanksi itu.", None),
        # … but one mention after a verb is a place acted on
        ("Serangan udara", "Jet tempur membombardir Douma sepanjang malam.", DOUMA),
        # … and one mention after a cue word sets the story there
        ("Serangan udara", "Serangan udara di Douma menewaskan tiga warga.", DOUMA),
        # … and so does a mention in the title
        ("Damaskus menolak sanksi", "Pemerintah menyebut sanksi itu tidak adil.", DAMASCUS),
        # a name said twice counts even without a cue word
        ("Pasar ramai", "Douma bangkit lagi. Douma kini punya pasar baru.", DOUMA),
    ],
)
def test_only_a_place_the_text_sets_something_in_can_be_the_focus(title, body, focus):
    assert focus_of(title, body) == focus


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # the capital named twice as the government, no cue word: no place of the story
        ("Sanksi", "Damaskus menolak. Damaskus juga membalas dengan tarif.", None),
        # … named mid-sentence beside another capital, as a party to talks
        (
            "Pembicaraan dagang",
            "Menteri itu membahas hubungan Riyadh dan Damaskus pekan ini.",
            None,
        ),
        # … but a cue word that sets something in it makes it a place of the story
        ("Ledakan", "Ledakan terjadi di Damaskus. Damaskus berduka.", DAMASCUS),
        ("Penerbangan dibuka", "Pesawat pertama mendarat di bandara Damaskus kemarin.", DAMASCUS),
        ("Evakuasi", "Mereka dievakuasi dari Damaskus kemarin.", DAMASCUS),
        # … and so does the title
        ("Damaskus menolak sanksi", "Pemerintah menyebut sanksi itu tidak adil.", DAMASCUS),
        # a town other than the capital needs no cue word when named twice
        ("Pasar ramai", "Hama bangkit lagi. Hama kini punya pasar baru.", HAMA),
        # the capital set aside, the town the story happens in is the focus
        (
            "Serangan",
            "Damaskus mengecam serangan itu. Serangan di Hama menewaskan dua orang.",
            HAMA,
        ),
    ],
)
def test_the_capital_without_a_cue_word_is_the_government(title, body, focus):
    assert focus_of(title, body) == focus


SPREAD_BODY = (
    "Gempa terasa di Aleppo, di Hama dan di Deir ez-Zor. Warga Aleppo keluar rumah. "
    "Di Hama sekolah ditutup. Di Deir ez-Zor listrik padam."
)


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # three towns far apart, none ahead: the story has no one place
        ("Gempa terasa luas", SPREAD_BODY, None),
        # the title says which one it is about
        ("Gempa merusak Aleppo", SPREAD_BODY, ALEPPO),
        # one rival is not enough to say nothing stands out
        (
            "Pengungsi",
            "Pengungsi tiba di Idlib. Di Idlib kamp penuh. Sebagian pergi ke Aleppo.",
            IDLIB,
        ),
        # a place and its own governorate are one site, not rivals
        ("Serangan", "Serangan di Hama. Di kota Hama dan provinsi Hama warga mengungsi.", HAMA),
        # the most named place wins when the others are far behind
        ("Serangan", "Di Hama bom jatuh. Di Hama lagi. Di Hama pula. Warga lari ke Aleppo.", HAMA),
    ],
)
def test_no_focus_when_no_place_stands_out(title, body, focus):
    assert focus_of(title, body) == focus


MADAYA, KAFRAYA, FUAH = "gn:167558", "gn:168689", "gn:170365"
AZAZ, JARABULUS, COBANBEY = "gn:172082", "gn:169179", "gn:169138"
# Madaya named three times, Kafraya and Al Fu'ah (3 km apart, 260 km away) twice each
TWO_SIEGES = (
    "Bus tiba di Madaya. Di Madaya warga antre. Dari Madaya mereka berangkat. "
    "Di Kefraya dan di Fouaa warga juga antre. Kefraya dan Fouaa sudah lama terkepung."
)


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # two rivals side by side are one site elsewhere, and one rival site is not enough
        ("Evakuasi berlangsung", TWO_SIEGES, MADAYA),
        # … but a second site elsewhere (Aleppo, in another governorate) makes two
        (
            "Evakuasi berlangsung",
            TWO_SIEGES + " Di Aleppo bus menunggu. Dari Aleppo bus kembali.",
            None,
        ),
        # towns of the best one's own governorate are one story with it (a stretch of border),
        # not rival sites: the best-scored town stays the focus
        (
            "Pasukan bergerak di perbatasan",
            "Pasukan bergerak dari Azaz ke Jarablus. Di Jarablus bentrok pecah. "
            "Di Cobanbey pasukan berjaga. Di Azaz warga mengungsi. Dari Cobanbey mereka maju ke "
            "Jarablus.",
            JARABULUS,
        ),
    ],
)
def test_rivals_count_by_site_and_outside_the_best_ones_governorate(title, body, focus):
    assert focus_of(title, body) == focus


AIN_ISSA, TAL_ABYAD = "gn:172134", "gn:163750"
ONE_STORY = "Bom jatuh di Hama. "


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # two rivals far apart (35 km) but in one governorate (Raqqa) are one site elsewhere,
        # and one rival site is not enough to say nothing stands out
        (ONE_STORY + "Di Ain Issa warga berdemo. Di Tal Abyad pasar ditutup.", HAMA),
        # … the same for a city and a border town of its governorate (Aleppo, Jarablus: 85 km)
        (ONE_STORY + "Di Aleppo warga berdemo. Di Jarablus pasar ditutup.", HAMA),
        # … but rivals in two other governorates are two sites: no place stands out
        (ONE_STORY + "Di Homs warga berdemo. Di Deir ez-Zor listrik padam.", None),
        (
            ONE_STORY + "Di Ain Issa warga berdemo. Di Tal Abyad pasar ditutup. "
            "Di Deir ez-Zor listrik padam.",
            None,
        ),
    ],
)
def test_rivals_in_one_governorate_are_one_site(body, focus):
    assert focus_of("Laporan pekan ini", body) == focus


FRAMED = "Bentrok di Provinsi Idlib"  # a governorate in the title: the story's frame


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # the one place in it the body sets something in is where the story happened
        ("Bom jatuh di desa Kafraya. Warga provinsi Idlib mengungsi.", KAFRAYA),
        # … a place in another governorate does not count against it
        ("Bom jatuh di desa Kafraya. Di kota Hama warga berdemo.", KAFRAYA),
        # … nor a dateline, which is the reporter's seat, not a place the body sets anything in
        ("IDLIB (Reuters) - Bom jatuh di desa Kafraya.", KAFRAYA),
        # two places in it set apart: the governorate stays the focus
        ("Bom jatuh di desa Kafraya. Di kota Idlib warga berdemo.", IDLEB),
        # the dateline alone: the governorate
        ("IDLIB (Reuters) - Warga provinsi Idlib mengungsi dari rumah mereka.", IDLEB),
    ],
)
def test_a_governorate_in_the_title_gives_way_to_the_one_place_in_it_the_body_names(body, focus):
    assert focus_of(FRAMED, body) == focus


# two strikes in one governorate (Azaz and Jarablus, Aleppo, 85 km apart), then asides
TWO_STRIKES = "Roket menghantam pangkalan di Azaz. Roket lain jatuh di Jarablus. "


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # one aside in each of two other governorates: neither site weighs as much as the story's
        (TWO_STRIKES + "Pekan lalu bom jatuh di Hama. Bulan lalu warga berdemo di Homs.", AZAZ),
        # … nor does a site of two asides with a second site of one
        (
            TWO_STRIKES + "Pekan lalu bom jatuh di Hama dan di Kafr Nabudah. "
            "Bulan lalu warga berdemo di Homs.",
            AZAZ,
        ),
        # two other sites as strong as the story's own: no place stands out
        (
            TWO_STRIKES + "Pekan lalu bom jatuh di Hama dan di Kafr Nabudah. "
            "Bulan lalu warga berdemo di Homs dan di Al-Qusayr.",
            None,
        ),
    ],
)
def test_a_rival_site_weighs_its_places_together_against_the_best_ones(body, focus):
    assert focus_of("Laporan pekan ini", body) == focus


# where the refugees come from, twice: set in no place under a title abroad
REFUGEES_BODY = "Pengungsi dari Idlib berjalan jauh. Warga Idlib itu menunggu."


@pytest.mark.parametrize(
    ("title", "focus"),
    [
        # a region abroad in the title is a destination ("masuk Eropa") or an actor, not the
        # scene: the Syrian place the body sets the story in is the focus
        ("Pengungsi coba masuk Eropa", IDLIB),
        ("Eropa tolak pengungsi", IDLIB),
        # … unless the title puts the story there with "di", as for a country
        ("Pengungsi Suriah di Eropa menunggu suaka", None),
    ],
)
def test_a_region_abroad_in_the_title_counts_like_a_country(title, focus):
    assert focus_of(title, REFUGEES_BODY) == focus


# where the evacuees come from, twice: Syria is the background of a story abroad
ABROAD_BODY = "Mereka dievakuasi dari Damaskus. Warga Damaskus itu sempat menunggu sepekan."


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # the title places the story abroad and names no Syrian place: Syria is its background
        ("Puluhan WNI tiba di Jakarta", ABROAD_BODY, None),
        # … unless the title names the Syrian place too
        ("WNI dari Damaskus tiba di Jakarta", ABROAD_BODY, DAMASCUS),
        # … even when another Syrian place is named more often in the body
        (
            "Relawan dari Jakarta tiba di Aleppo",
            "Di Damaskus transit. Di Damaskus menginap. Ke Damaskus, lalu di Damaskus pulang.",
            DAMASCUS,
        ),
        # a foreign country in the title is not a place abroad: "Rusia" is an actor, not a scene
        ("Rusia kirim bantuan", ABROAD_BODY, DAMASCUS),
        # … but a country the title puts the story in ("di Turki") is its scene
        ("Pengungsi Suriah di Turki menunggu pulang", ABROAD_BODY, None),
        ("Nasib pengungsi di Rusia", ABROAD_BODY, None),
        # … and a Syrian place in the title still wins
        ("Warga Aleppo di Turki menunggu pulang", ABROAD_BODY, ALEPPO),
        # "di Suriah" is no place abroad
        ("Relawan Indonesia bertugas di Suriah", ABROAD_BODY, DAMASCUS),
        # a governorate in the title is the focus even when the story lists others
        (
            "Bentrok di provinsi Idlib",
            "Bentrok di provinsi Idlib meluas ke provinsi Hama dan provinsi Aleppo.",
            IDLEB,
        ),
    ],
)
def test_the_title_decides_where_the_story_is(title, body, focus):
    assert focus_of(title, body) == focus


HAMA_GOV, HOMS_GOV, ALEPPO_GOV = "gn:170015", "gn:169575", "gn:170062"


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # one governorate named far more often than two asides: the story is there
        (
            "Api melalap hutan di provinsi Hama. Di provinsi Hama dua warga tewas. Petugas "
            "provinsi Hama kewalahan. Asap juga sampai ke provinsi Homs dan provinsi Aleppo.",
            HAMA_GOV,
        ),
        # three named alike, one once more: a country-wide story, no focus
        (
            "Gempa terasa di provinsi Hama, provinsi Homs dan provinsi Aleppo. Di provinsi Hama "
            "sekolah ditutup.",
            None,
        ),
    ],
)
def test_a_governorate_named_far_more_than_the_others_is_no_spread(body, focus):
    assert focus_of("Kebakaran dan gempa", body) == focus


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # "Idlib, provinsi barat laut": the governorate, an aside beside the dateline's capital
        (
            "DAMASKUS - Kabinet baru diumumkan. Perdana menterinya dulu memimpin pemerintahan "
            "di Idlib, provinsi barat laut yang dikuasai oposisi.",
            DAMASCUS,
        ),
        # a town apposition still reads the town
        (
            "DAMASKUS - Kabinet baru diumumkan. Perdana menterinya dulu memimpin pemerintahan "
            "di Idlib, kota di barat laut yang dikuasai oposisi.",
            IDLIB,
        ),
    ],
)
def test_a_province_apposition_reads_the_name_as_the_governorate(body, focus):
    assert focus_of("Pemerintahan baru", body) == focus


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        (", provinsi barat laut yang dikuasai oposisi", "admin1"),
        (", sebuah provinsi di timur laut", "admin1"),
        (", propinsi yang kaya minyak", "admin1"),
        # a capitalised name after the type word says where the place lies, not what it is
        (", provinsi Daraa", None),
        (", Provinsi Idlib", None),
        (" provinsi barat laut", None),  # no comma: no apposition
        (", kota di tengah Suriah", "town"),
    ],
)
def test_an_apposition_says_what_the_name_before_it_is(after, kind):
    assert apposition_kind("Idlib" + after, len("Idlib")) == kind


def test_the_weights_are_data_with_every_rule_named():
    w = weights()
    names = ("title", "dateline", "container", "min_score", "min_score_set", "spread", "rivals")
    for name in (*names, "spread_share", "rival_share"):
        assert name in w
    assert w["specificity:populated_place"] > w["specificity:admin1"]
    assert w["min_score_set"] <= w["min_score"]


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # a governorate named once, something set in it, nothing else: the story is there
        ("Bentrokan pecah di provinsi Idlib pada Kamis malam.", IDLEB),
        ("Pasukan bentrok dengan milisi di provinsi Hama, puluhan tewas.", HAMA_GOV),
        # … or comes from, with its type word: the story is about people of that governorate
        ("Ratusan pengungsi dari provinsi Idlib tiba di perbatasan.", IDLEB),
    ],
)
def test_a_governorate_named_once_is_the_focus_only_after_a_cue_word(body, focus):
    assert focus_of("Bentrokan dan pengungsi", body) == focus


@pytest.mark.parametrize(
    ("body", "focus"),
    [
        # tied, the capital gives way: it is named as often as the seat of the government
        ("Perundingan di Damaskus membuka jalan. Truk bantuan tiba di Idlib.", IDLIB),
        ("Truk bantuan tiba di Idlib. Perundingan di Damaskus membuka jalan.", IDLIB),
        # two towns tied: the first named
        ("Truk bantuan tiba di Hama. Truk lain tiba di Idlib.", HAMA),
        # the capital named more often still wins
        (
            "Perundingan di Damaskus. Di Damaskus pula bantuan dikumpulkan. Truk tiba di Idlib.",
            DAMASCUS,
        ),
    ],
)
def test_on_a_tie_the_capital_gives_way(body, focus):
    assert focus_of("Bantuan kemanusiaan", body) == focus


BORDER_BODY = "Baku tembak pecah di desa Tahhan. Dua warga tewas di Tahhan."
TAHHAN = "gn:900004"


@pytest.mark.parametrize(
    ("title", "focus"),
    [
        # the far side of a crossing or a border in the title: the story is at the border
        ("Bentrok tutup penyeberangan Masnaa", TAHHAN),
        ("Bentrok di perbatasan Masnaa", TAHHAN),
        ("Bentrok di perbatasan Lebanon-Suriah", TAHHAN),
        # a town abroad the title puts the story in is still its scene
        ("Pengungsi Suriah tiba di Masnaa", None),
        # … and so is a country, with the one Syrian site its body sets something in as the
        # focus (see the test below)
        ("Pengungsi Suriah di Lebanon menunggu pulang", TAHHAN),
    ],
)
def test_a_border_abroad_in_the_title_keeps_the_story_at_the_border(title, focus):
    assert focus_of(title, BORDER_BODY) == focus


DARAA = "gn:170905"
NAWA = "gn:166365"  # the Daraa governorate's Nawa, 30 km from the city


@pytest.mark.parametrize(
    ("title", "body", "focus"),
    [
        # the one Syrian site a story abroad sets something in is its focus: the refugees' town
        (
            "Pengungsi Suriah di Lebanon bertambah",
            "Mereka kembali ke Daraa. Kota Daraa hancur.",
            DARAA,
        ),
        ("Bantuan tertahan di Turki", "Truk itu menuju kota Aleppo.", ALEPPO),
        # … a site: places in one governorate, however far apart, are one (the best one wins)
        (
            "Pengungsi Suriah di Lebanon bertambah",
            "Mereka kembali ke Daraa. Kota Daraa hancur. Sebagian kembali ke Nawa.",
            DARAA,
        ),
        # only where people come from ("dari", "asal", "warga"): Syria is the background
        ("Pengungsi Suriah di Lebanon bertambah", "Mereka datang dari Daraa.", None),
        ("Pengungsi Suriah di Lebanon bertambah", "Warga asal Daraa ikut.", None),
        # a town abroad the title sets the story in is its scene whatever the body says
        ("WNI tiba di Jakarta", "Mereka menunggu di Damaskus. Di Damaskus mereka menginap.", None),
        # two sites: none stands out in a story abroad
        ("Pengungsi Suriah di Lebanon bertambah", "Ada yang kembali ke Daraa, ke Aleppo.", None),
        # a bare mention with no cue word sets nothing there
        ("Pengungsi Suriah di Lebanon bertambah", "Kabar dari pemerintah: Daraa tenang.", None),
    ],
)
def test_a_story_abroad_keeps_the_one_syrian_site_its_body_sets_something_in(title, body, focus):
    assert focus_of(title, body) == focus
