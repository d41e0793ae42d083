"""Cleaning rules: each drops one kind of boilerplate and keeps the article's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.text.cleaning import clean_body, normalize_text, paragraphs

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
        "BERITA TERKAIT\n- Presiden Bertemu Sekjen PBB di Brasil\n- Banjir Melanda Jakarta",
        "Berita Lainnya\nTerpopuler\n1",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.",
    ],
    ids=["subscribe", "recommended", "related", "more-news", "newsletter"],
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
    ],
    ids=["line-ends", "zero-width", "no-break-space", "nfc"],
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
