"""Cleaning rules: each drops one kind of boilerplate and keeps the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.text.cleaning import clean_body, normalize_text, paragraphs
from dashboard.text.furniture import shared_lines

pytestmark = pytest.mark.unit

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LEAD = "DAMASKUS - Pasukan pemerintah merebut kota itu pada Senin setelah pertempuran sengit."
SECOND = "Para aktivis mengatakan sedikitnya sepuluh orang tewas dalam serangan tersebut."


@pytest.mark.parametrize(
    ("raw", "expected_body"),
    [
        # the font-size widget scraped as three one-letter lines (seed 000)
        (f"A\nA\nA\n{LEAD}", LEAD),
        # … or as one line
        (f"A A A\n{LEAD}", LEAD),
        (f"{LEAD}\nBaca juga: Rusia Kirim Jet Tempur ke Suriah\n{SECOND}", f"{LEAD}\n\n{SECOND}"),
        (f"{LEAD}\nBaca Juga:\n{SECOND}", f"{LEAD}\n\n{SECOND}"),
        (
            f"{LEAD}\nAdvertisement\nSCROLL TO CONTINUE WITH CONTENT\n{SECOND}",
            f"{LEAD}\n\n{SECOND}",
        ),
        (f"Bagikan:\n{LEAD}\n[Gambas:Video CNN]", LEAD),
        # section breadcrumbs above the article
        (f"Berita\nDunia\n{LEAD}", LEAD),
    ],
    ids=[
        "font-widget-lines",
        "font-widget-one-line",
        "baca-juga-link",
        "baca-juga-header",
        "ads",
        "share-and-video-embed",
        "breadcrumbs",
    ],
)
def test_widget_and_link_boilerplate_is_dropped(raw, expected_body):
    assert clean_body(raw).body == expected_body


@pytest.mark.parametrize(
    "footer",
    [
        "Ingin Langganan Artikel?\nDaftarkan emailmu di sini.\nAnda dapat berhenti kapan saja.",
        "Anda mungkin juga berminat\nJudul Artikel Lain yang Panjang Sekali di Situs Ini",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
    ],
    ids=["subscribe", "recommended", "newsletter"],
)
def test_footer_and_everything_after_it_is_dropped(footer):
    assert clean_body(f"{LEAD}\n{footer}\n{SECOND}").body == LEAD


def test_a_paragraph_repeated_verbatim_is_kept_once():
    # seed 000 repeats its whole body
    raw = f"{LEAD}\n{SECOND}\n{LEAD}\n{SECOND}"
    assert clean_body(raw).body == f"{LEAD}\n\n{SECOND}"


def test_a_cut_off_copy_of_an_earlier_paragraph_is_dropped():
    raw = f"{LEAD}\n{SECOND}\n{LEAD[:50]}"
    assert clean_body(raw).body == f"{LEAD}\n\n{SECOND}"


def test_short_lines_may_repeat():
    # a short repeated line ("Allahu Akbar!") can be the article's own words
    raw = f"{LEAD}\nAllahu Akbar!\n{SECOND}\nAllahu Akbar!"
    assert clean_body(raw).body.count("Allahu Akbar!") == 2


def test_a_headline_repeated_in_the_body_is_dropped():
    title = "Tentara Suriah Rebut Kota di Selatan Damaskus"
    assert clean_body(f"{title}\n{LEAD}", title=title).body == LEAD


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Sumber: Arabi21.com", "Sumber: Arabi21.com"),
        ("Redaktur: Sulhi El-Izzi", "Redaktur: Sulhi El-Izzi"),
        (
            "Rep: Lida Puspaningtyas/ Red: Julkifli Marbun",
            "Rep: Lida Puspaningtyas/ Red: Julkifli Marbun",
        ),
        ("Editor : Budi", "Editor : Budi"),
    ],
)
def test_credit_lines_move_to_metadata(line, credit):
    cleaned = clean_body(f"{LEAD}\n{line}\n{SECOND}")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}"
    assert cleaned.credits == (credit,)


@pytest.mark.parametrize(
    "line",
    [
        "Foto: AFP/Getty Images",
        "Foto: Reuters/Khalil Ashawi",
        "Foto: dok. pribadi",
        "Foto: istimewa",
        "FOTO : ANTARA/Reno Esnir",
        "Sumber foto: warga setempat yang mengirimkan gambar",  # "Sumber foto" only credits
    ],
)
def test_photo_credits_move_to_metadata(line):
    cleaned = clean_body(f"{LEAD}\n{line}\n{SECOND}")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}"
    assert cleaned.credits == (line,)


@pytest.mark.parametrize(
    "line",
    [
        "Foto: danau di pinggiran kota Damaskus (foto koleksi pribadi)",
        "Foto: Warga mengungsi dari Idlib pada Senin.",
        "FOTO: Anak-anak bermain di antara reruntuhan di Aleppo (AFP)",
    ],
)
def test_a_photo_caption_is_article_text(line):
    # places named in captions count (the development corpus's annotation rules)
    cleaned = clean_body(f"{LEAD}\n{line}\n{SECOND}")
    assert cleaned.body == f"{LEAD}\n\n{line}\n\n{SECOND}"
    assert cleaned.credits == ()


def test_a_sentence_starting_with_sumber_is_article_text():
    # "Sumber itu …" (that source …) has no colon: it is a sentence, not a credit
    sentence = "Sumber itu menunjukkan bahwa faksi-faksi sedang berupaya membentuk koordinasi."
    cleaned = clean_body(f"{LEAD}\n{sentence}")
    assert cleaned.body == f"{LEAD}\n\n{sentence}"
    assert cleaned.credits == ()


@pytest.mark.parametrize(
    ("raw", "body", "credit"),
    [
        (f"{LEAD}\n{SECOND}\n(esn)", f"{LEAD}\n\n{SECOND}", "(esn)"),
        (f"{LEAD}\n{SECOND}\n(ita/ita)", f"{LEAD}\n\n{SECOND}", "(ita/ita)"),
        # initials glued to the last sentence
        (f"{LEAD}\n{SECOND} (fath/arrahmah.com)", f"{LEAD}\n\n{SECOND}", "(fath/arrahmah.com)"),
        # the site's footer after the initials goes too
        (
            f"{LEAD}\n{SECOND}\n(isa/bac)\nHoegeng Awards 2025\nBaca kisah inspiratif di sini",
            f"{LEAD}\n\n{SECOND}",
            "(isa/bac)",
        ),
    ],
    ids=["alone", "two-editors", "glued", "footer-after"],
)
def test_editor_initials_close_the_article_and_are_kept_as_credit(raw, body, credit):
    cleaned = clean_body(raw)
    assert (cleaned.body, cleaned.credits) == (body, (credit,))


def test_an_upper_case_abbreviation_in_brackets_is_not_initials():
    # "(HTS)" ends many sentences in seed 003: a faction, not an editor
    raw = f"{LEAD}\n{SECOND}\nDalam foto itu terlihat Abu Muhammad al-Jaulani (HTS)"
    assert clean_body(raw).body.endswith("(HTS)")


def test_a_related_article_teaser_at_the_end_is_dropped():
    raw = (
        f"{LEAD}\n{SECOND}\nTentara Ukraina Menolak Desakan Perdamaian\n"
        "KIEV, SATUHARAPAN.COM-Pembicaraan perdamaian pekan ini antara Rusia dan..."
    )
    assert clean_body(raw).body == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("Da\u200bmas\ufeffkus", "Damaskus"),  # invisible characters split names
        ("Idlib\u00a0–", "Idlib –"),
        ("Kobani\u0302", "Kobanî"),  # decomposed accent composed (NFC)
        ("\ufeffA\u200cl\u200de\u2060p\u200bpo", "Aleppo"),  # every invisible one
        ("1\u00a02\u20073\u202f4\t5\u2009", "1 2 3 4 5\u2009"),  # every space made plain
        ("Homs\u200b\u00a0\u200bkota", "Homs kota"),  # both kinds together
    ],
    ids=["line-ends", "zero-width", "no-break-space", "nfc", "invisible", "spaces", "both"],
)
def test_normalization_changes_no_word(raw, normalized):
    assert normalize_text(raw) == normalized


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_kept_paragraph_is_verbatim_scraped_text(seed):
    raw = seed.read_text(encoding="utf-8")
    title, body = raw.split("\n", 1)
    cleaned = clean_body(body, title=title)
    assert cleaned.body
    for para in cleaned.body.split("\n\n"):
        assert para in raw


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_cleaning_is_idempotent_so_offsets_stay_stable(seed):
    title, body = seed.read_text(encoding="utf-8").split("\n", 1)
    once = clean_body(body, title=title).body
    assert clean_body(once, title=title).body == once


def test_seed_000_keeps_each_paragraph_once_and_no_widget():
    title, body = (SEEDS / "000_1c1b4390ddce87f2.txt").read_text(encoding="utf-8").split("\n", 1)
    cleaned = clean_body(body, title=title)
    paras = cleaned.body.split("\n\n")
    assert len(paras) == len(set(paras)) == 5
    assert "A" not in paras
    assert cleaned.credits == ("(esn)",)


def test_seed_003_drops_subscription_footer_and_keeps_credits():
    title, body = (SEEDS / "003_0b1346240def0ec8.txt").read_text(encoding="utf-8").split("\n", 1)
    cleaned = clean_body(body, title=title)
    assert cleaned.credits == ("Sumber: Arabi21.com", "Redaktur: Sulhi El-Izzi")
    for gone in ("Ingin Langganan", "Daftarkan emailmu", "Anda mungkin juga berminat", "Redaktur"):
        assert gone not in cleaned.body
    assert cleaned.body.startswith("KIBLAT.NET, Idlib – Petinggi")
    assert cleaned.body.endswith("usaha diplomatik Rusia.")


def test_paragraphs_are_trimmed_non_empty_lines():
    assert paragraphs("  a  \n\n \t\nb\r\n") == ["a", "b"]


# --- page furniture found by its shape ----------------------------------------------------------

THIRD = "Warga yang mengungsi berharap dapat kembali sebelum musim dingin tiba di wilayah itu."


@pytest.mark.parametrize(
    "furniture",
    [
        # a prayer-time widget, a line per prayer, and as one line
        "Jadwal Sholat\nSubuh 04:41\nDzuhur 11:52\nAshar 15:14\nMaghrib 17:58\nIsya 19:09",
        "Subuh 04:41 Dzuhur 11:52 Ashar 15:14 Maghrib 17:58 Isya 19:09",
        # a share bar
        "Bagikan\nFacebook\nTwitter\nWhatsApp\nSalin Tautan",
        "Facebook Twitter WhatsApp Telegram",
        # a list of other articles under its heading, numbered, and with no heading at all
        "Berita Terkait\nHarga Roti Naik di Kota Pelabuhan\nSekolah Dibuka Lagi Setelah Banjir",
        "Terpopuler\n1. Jembatan Baru Diresmikan Gubernur\n2. Pasar Malam Kembali Digelar Warga",
        "Jembatan Baru Diresmikan Gubernur\nPasar Malam Kembali Digelar Warga\n"
        "Harga Roti Naik di Kota Pelabuhan",
        # a tag cloud
        "Tags\nTimur Tengah\nPengungsi\nBantuan Kemanusiaan",
        # a cookie banner (speaks to the reader with interface words)
        "Situs ini memakai cookie agar pengalaman Anda lebih baik; dengan terus membaca, Anda "
        "menyetujui kebijakan privasi kami",
    ],
    ids=[
        "prayer-lines",
        "prayer-one-line",
        "share-bar",
        "share-one-line",
        "related-list",
        "popular-numbered",
        "headline-run",
        "tag-cloud",
        "cookie-banner",
    ],
)
def test_page_furniture_is_dropped_by_its_shape_and_reading_goes_on(furniture):
    cleaned = clean_body(f"{LEAD}\n{furniture}\n{SECOND}\n{THIRD}")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}\n\n{THIRD}"


@pytest.mark.parametrize(
    "kept",
    [
        # the article's own list, introduced by a sentence ending in ":"
        "Relawan mencatat korban di tiga kota berikut:\n- Aleppo: 12 orang\n- Homs: 4 orang\n"
        "- Hama: 7 orang",
        # a sub-heading between paragraphs
        "Bantuan Tertahan di Perbatasan",
        # two short lines are not yet a run
        "Bantuan Tertahan\nJalan Ditutup",
        # a sentence that names share buttons is prose
        "Video serangan itu diunggah ke Facebook dan Twitter oleh warga setempat pada malam hari.",
        "Rekaman yang beredar di Facebook, Twitter, Telegram dan WhatsApp sejak Senin pagi "
        "memperlihatkan asap tebal di atas kota, sementara warga bergegas mencari perlindungan "
        "di ruang bawah tanah rumah mereka.",
    ],
    ids=[
        "introduced-list",
        "sub-heading",
        "two-short-lines",
        "prose-naming-sites",
        "long-prose-naming-four-sites",
    ],
)
def test_the_articles_own_short_lines_stay(kept):
    cleaned = clean_body(f"{LEAD}\n{kept}\n{SECOND}")
    assert cleaned.body == "\n\n".join([LEAD, *kept.split("\n"), SECOND])


@pytest.mark.parametrize(
    "tail",
    [
        # a related list whose last headline the shape leaves (a run's edge), with a year in it
        "Berita Terkait\n-\nHarga Roti Naik di Kota Pelabuhan\n-\nSekolah Dibuka Lagi\n"
        "Terpopuler\n- 57 Kode Hadiah Terbaru 25 Januari 2026: Ada Bonus Baru",
        # other articles' date lines under their heading
        "Populer\nJumat, 28 Februari 2025 | 14:59\nMinggu, 02 Maret 2025 | 17:41\n"
        "Digugat Bank, Perusahaan Itu Terancam Bangkrut?",
        # the heading last of all
        "Terkini",
    ],
    ids=["related-then-popular", "dated-list", "heading-last"],
)
def test_a_list_heading_with_only_headlines_after_it_ends_the_article(tail):
    cleaned = clean_body(f"{LEAD}\n{SECOND}\n{tail}")
    assert cleaned.body == f"{LEAD}\n\n{SECOND}"


def test_a_list_heading_with_a_sentence_after_it_only_drops_itself():
    # the sentence closes with a full stop: the article goes on after an inline related list
    raw = f"{LEAD}\nBerita Terkait\nHarga Roti Naik di Kota Pelabuhan\n{SECOND}"
    assert clean_body(raw).body.endswith(SECOND)


def test_a_byline_date_inside_a_run_of_short_lines_stays():
    raw = f"Loading...\nDUNIA\nSenin, 11 Maret 2019 14:05 WIB\nTags\n{LEAD}"
    assert clean_body(raw).body == f"Senin, 11 Maret 2019 14:05 WIB\n\n{LEAD}"


@pytest.mark.parametrize(
    "byline",
    [
        "Senin, 11 Maret 2019 14:05 WIB",
        # the author's name and the date, glued where the page's markup between them was stripped
        "Nama Penulis11 Maret 2019",
    ],
)
def test_a_byline_date_among_menu_lines_stays(byline):
    raw = f"1. Buka konten\n2. Buka menu utama\nJudul Berita\n{byline}\n{LEAD}"
    assert clean_body(raw).body == f"{byline}\n\n{LEAD}"


def test_lines_an_outlet_repeats_across_its_articles_are_its_furniture():
    banner = "Ikuti kabar pilihan redaksi setiap pagi langsung di kotak surat Anda"
    bodies = [f"{banner}\n{LEAD}", f"{SECOND}\n{banner}", f"{THIRD}\n{banner}", f"{LEAD}\n{THIRD}"]
    known = shared_lines(bodies)
    assert known == {" ".join(banner.split()).casefold()}
    assert clean_body(f"{LEAD}\n{banner}\n{SECOND}", known=known).body == f"{LEAD}\n\n{SECOND}"


def test_furniture_removal_keeps_offsets_stable():
    raw = f"Bagikan\nFacebook\nTwitter\n{LEAD}\nTags\nSuriah\nPengungsi\n{SECOND}"
    once = clean_body(raw).body
    assert clean_body(once).body == once  # idempotent: spans into the cleaned text stay valid
    assert all(p in raw for p in once.split("\n\n"))  # every kept paragraph is verbatim
