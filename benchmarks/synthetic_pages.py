"""Synthetic Indonesian-like news pages with known boilerplate, for tests and the benchmark.

Every page is made up here (sentences from templates and gazetteer names; titles marked
[SINTETIS]), never a copy of real news. Each page knows which of its lines are the article and
which are boilerplate, so an extractor's kept lines can be scored for precision and recall. The
boilerplate is what real outlets wrap articles in: menus, prayer-time widgets, share bars, tag
clouds, "Berita Terkait" lists, inline "Baca juga", newsletter boxes, comments and footers.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from dataclasses import dataclass

PLACES = ("Aleppo", "Idlib", "Homs", "Damaskus", "Deir ez-Zor", "Raqqa", "Daraa", "Hama")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
SENTENCES = (
    "Warga di {p} melaporkan suara ledakan keras sejak dini hari dan banyak keluarga memilih"
    " bertahan di rumah masing-masing.",
    "Seorang petugas pertahanan sipil di {p} mengatakan tim penyelamat masih mencari korban di"
    " bawah reruntuhan bangunan.",
    "Kelompok bantuan kemanusiaan menyebut pasokan obat-obatan ke {p} tertahan selama beberapa"
    " pekan terakhir.",
    "Pemerintah setempat menjanjikan perbaikan jaringan listrik dan air bersih di pinggiran {p}"
    " dalam waktu dekat.",
    "Ratusan keluarga mengungsi dari desa-desa di sekitar {p} menuju kamp penampungan di"
    " perbatasan.",
    "Harga roti dan bahan bakar di pasar {p} naik dua kali lipat dibandingkan bulan lalu,"
    " menurut pedagang setempat.",
    "Sekolah-sekolah di {p} kembali dibuka meskipun sebagian gedungnya rusak akibat pertempuran"
    " tahun lalu.",
)
BOILERPLATE = (
    "Beranda | Nasional | Internasional | Ekonomi | Olahraga | Teknologi",
    "Jadwal Sholat Jakarta: Subuh 04:31 Dzuhur 11:52 Ashar 15:14 Maghrib 17:58 Isya 19:09",
    "Bagikan: Facebook Twitter WhatsApp Telegram Salin tautan",
    "Tag: suriah, timur tengah, konflik, pengungsi, internasional",
    "Berita Terkait",
    "Harga emas hari ini naik tipis di pasar logam mulia",
    "Lima tips menjaga kesehatan saat musim hujan tiba",
    "Baca juga: Jadwal kereta tambahan untuk libur panjang akhir pekan",
    "Dapatkan berita pilihan setiap pagi, daftar buletin kami sekarang",
    "Komentar (3) Tulis komentar Anda di sini, mohon gunakan bahasa yang sopan",
    "Terpopuler: 1. Banjir rob di pesisir utara 2. Harga cabai melonjak",
    "Hak cipta 2024 Warta Contoh. Seluruh hak dilindungi. Redaksi | Pedoman Media Siber | Kontak",
)


@dataclass(frozen=True)
class SyntheticPage:
    html: bytes
    title: str
    paragraphs: tuple[str, ...]  # the article: what an extractor should keep
    boilerplate: tuple[str, ...]  # what it should drop
    published: dt.date


def _article(rng: random.Random, n: int) -> tuple[str, tuple[str, ...], dt.date]:
    place = rng.choice(PLACES)
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    lead = (
        f"{place.upper()} - Situasi di {place}, Suriah, kembali memanas pada"
        f" {HARI[day.weekday()]} ({day.day}/{day.month}/{day.year}), kata saksi mata kepada"
        f" wartawan nomor {n}."
    )
    body = [lead] + [s.format(p=rng.choice(PLACES)) for s in rng.sample(SENTENCES, 4)]
    return f"[SINTETIS] Kabar dari {place} nomor {n}", tuple(body), day


def _metadata(title: str, day: dt.date, url: str, site: str) -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": f"{day.isoformat()}T08:00:00+07:00",
        "inLanguage": "id",
        "publisher": {"@type": "Organization", "name": site},
    }
    return (
        f'<link rel="canonical" href="{html.escape(url)}">'
        f'<meta property="og:site_name" content="{html.escape(site)}">'
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="article:published_time" content="{day.isoformat()}T08:00:00+07:00">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )


def make_page(
    n: int,
    *,
    metadata: bool = True,
    url: str | None = None,
    site: str = "Warta Contoh",
    seed: int = 0,
    lang: str | None = "id",
) -> SyntheticPage:
    """Page ``n``: the same ``n`` and ``seed`` always give the same page."""
    rng = random.Random(seed * 100_003 + n)  # noqa: S311 - reproducible text, not secrets
    title, paragraphs, day = _article(rng, n)
    url = url or f"https://warta.example/internasional/{day:%Y/%m/%d}/kabar-{n}"
    related = BOILERPLATE[4:7]
    head = f"<title>{html.escape(title)} - {site}</title>" + (
        _metadata(title, day, url, site) if metadata else ""
    )
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[:3])
    paras += f'<p class="baca-juga"><a href="/x">{html.escape(BOILERPLATE[7])}</a></p>'
    paras += "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs[3:])
    lang_attr = f' lang="{lang}"' if lang else ""
    page = (
        f'<!DOCTYPE html><html{lang_attr}><head><meta charset="utf-8">{head}</head><body>'
        f"<header><nav>{''.join(f'<a href=/{w}>{w}</a> ' for w in BOILERPLATE[0].split(' | '))}"
        f'</nav><div class="jadwal-sholat">{BOILERPLATE[1]}</div></header>'
        f'<main><article><h1>{html.escape(title)}</h1><div class="share">{BOILERPLATE[2]}</div>'
        f'<div class="detail-text">{paras}</div>'
        f'<div class="tags">{BOILERPLATE[3]}</div></article>'
        f'<aside class="related"><h3>{BOILERPLATE[4]}</h3><ul>'
        + "".join(f'<li><a href="/r{i}">{t}</a></li>' for i, t in enumerate(related[1:]))
        + f'</ul></aside><div class="newsletter">{BOILERPLATE[8]}</div>'
        f'<section id="comments">{BOILERPLATE[9]}</section>'
        f'<aside class="populer">{BOILERPLATE[10]}</aside></main>'
        f"<footer>{BOILERPLATE[11]}</footer></body></html>"
    )
    return SyntheticPage(page.encode(), title, paragraphs, BOILERPLATE, day)


#: A page in English about Syria, and one in Indonesian about something else: both kept out.
ENGLISH_PAGE = (
    b"<html lang='en'><body><article><p>"
    + b"The talks on Syria ended without agreement, and the envoy said that both sides were"
    b" asked to return to the table after the holiday. " * 3 + b"</p></article></body></html>"
)
OFF_TOPIC_PAGE = (
    "<html lang='id'><body><article><p>"
    + "Kemacetan di jalan tol dalam kota Jakarta makin parah pada jam pulang kerja, kata petugas"
    " lalu lintas yang berjaga di sana. " * 3 + "</p></article></body></html>"
).encode()
