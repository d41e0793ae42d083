"""Precision and recall of the lines the cleaner keeps, on synthetic pages built here.

    .venv/bin/python benchmarks/boilerplate_synthetic.py [--pages 400] [--seed 7]

Every page is made of this project's own sentences (no outlet's text): article paragraphs, and
the furniture pages wrap them in, in random order and shape: prayer-time widgets (one line, or
a line per prayer), share bars, "Berita Terkait"/"Terpopuler" lists of made-up headlines (with
and without their heading, numbered or not), tag clouds, cookie banners, breadcrumbs, and a
cookie banner or share bar repeated across the pages of one made-up outlet. Articles carry
what must stay: a byline with its date, sub-headings, and a list introduced by a sentence.
Each line is labelled content or boilerplate; a kept line is right when it is content.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.text.cleaning import clean_body  # noqa: E402
from dashboard.text.furniture import shared_lines  # noqa: E402

PLACES = ["Aleppo", "Homs", "Idlib", "Hama", "Deir ez-Zor", "Raqqa", "Daraa", "Latakia"]
ACTORS = ["pasukan pemerintah", "kelompok oposisi", "relawan setempat", "petugas medis"]
VERBS = ["memasuki", "meninggalkan", "menjaga", "mengepung", "membersihkan"]
PROSE = [
    "Menurut {a}, situasi di {p} belum pulih sejak {n} hari lalu dan warga masih menunggu bantuan.",
    "Sebanyak {n} keluarga dilaporkan mengungsi dari pinggiran {p} setelah {a} {v} kawasan itu.",
    "Juru bicara {a} mengatakan jalan menuju {p} dibuka kembali untuk {n} kendaraan bantuan.",
    "Di {p}, {a} {v} {n} gedung sekolah yang rusak dan mendata kebutuhan air bersih.",
    "Laporan terbaru menyebut {n} orang terluka ketika {a} {v} pos pemeriksaan di dekat {p}.",
]
HEADLINES = [
    "Harga Pangan di {p} Naik Menjelang Musim Dingin",
    "Warga {p} Kembali Setelah Bertahun-tahun Mengungsi",
    "Bantuan Tiba di {p} Lewat Jalur Darat",
    "Sekolah di {p} Dibuka Lagi untuk Anak Pengungsi",
    "Jalan Utama Menuju {p} Diperbaiki",
]
PRAYERS = ["Imsak", "Subuh", "Dzuhur", "Ashar", "Maghrib", "Isya"]
SHARE = ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Telegram", "Salin Tautan"]
TAGS = ["Suriah", "Konflik Suriah", "Pengungsi", "Timur Tengah", "Bantuan Kemanusiaan"]
COOKIE = (
    "Situs ini memakai cookie agar pengalaman Anda lebih baik; dengan terus membaca, Anda "
    "menyetujui kebijakan privasi kami"
)


def _prose(rng: random.Random) -> str:
    return rng.choice(PROSE).format(
        a=rng.choice(ACTORS), p=rng.choice(PLACES), v=rng.choice(VERBS), n=rng.randint(3, 900)
    )


def _prayer(rng: random.Random) -> list[str]:
    times = [f"{p} {rng.randint(3, 20):02d}:{rng.randint(0, 59):02d}" for p in PRAYERS]
    return [" ".join(times)] if rng.random() < 0.4 else ["Jadwal Sholat", *times]


def _related(rng: random.Random, heading: str) -> list[str]:
    titles = [h.format(p=rng.choice(PLACES)) for h in rng.sample(HEADLINES, rng.randint(3, 5))]
    if rng.random() < 0.5:
        titles = [f"{i}. {t}" for i, t in enumerate(titles, 1)]
    return ([heading] if rng.random() < 0.6 else []) + titles


def _furniture(rng: random.Random) -> list[list[str]]:
    return [
        _prayer(rng),
        rng.sample(SHARE, rng.randint(3, 6)),
        _related(rng, "Berita Terkait"),
        _related(rng, "Terpopuler"),
        ["Tags", *rng.sample(TAGS, rng.randint(3, 5))],
        [COOKIE],
        ["Beranda", "Internasional", "Timur Tengah"],
    ]


def _article(rng: random.Random) -> list[str]:
    lines = [f"Senin, {rng.randint(1, 28)} Maret 2019 14:05 WIB"]
    for i in range(rng.randint(4, 9)):
        lines.append(_prose(rng))
        if i == 2 and rng.random() < 0.5:
            lines.append(f"Situasi di {rng.choice(PLACES)}")  # a sub-heading
        if i == 3 and rng.random() < 0.4:
            lines.append(f"Menurut {rng.randint(2, 40)} relawan, korban tercatat di kota berikut:")
            lines += [f"- {p}: {rng.randint(2, 90)} orang" for p in rng.sample(PLACES, 3)]
    return lines


def page(rng: random.Random, outlet_line: str) -> list[tuple[str, bool]]:
    """One page as (line, is_content) pairs."""
    body = [(line, True) for line in _article(rng)]
    blocks = rng.sample(_furniture(rng), rng.randint(2, 5))
    for block in blocks:
        at = rng.choice([0, 1, len(body) // 2, len(body)])
        body[at:at] = [(line, False) for line in block]
    body.insert(rng.choice([0, len(body)]), (outlet_line, False))
    return body


def score(pages: list[list[tuple[str, bool]]], use_shared: bool) -> tuple[float, float]:
    known = shared_lines(["\n".join(t for t, _ in p) for p in pages]) if use_shared else frozenset()
    kept_right = kept = content = 0
    for p in pages:
        raw = "\n".join(t for t, _ in p)
        kept_lines = set(clean_body(raw, known=known).body.split("\n\n"))
        for text, is_content in p:
            content += is_content
            if text.strip() in kept_lines:
                kept += 1
                kept_right += is_content
    return kept_right / kept, kept_right / content


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 (synthetic pages, not secrets)
    outlet_line = "Dapatkan kabar terbaru dari Warta Contoh setiap pagi lewat surel Anda"
    pages = [page(rng, outlet_line) for _ in range(args.pages)]
    for label, shared in (("one page at a time", False), ("with lines shared by the outlet", True)):
        precision, recall = score(pages, shared)
        print(f"kept lines, {label}: precision {precision:.3f}, recall {recall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
