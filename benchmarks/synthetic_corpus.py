"""Generate a synthetic Indonesian news corpus about Syria, for timing the dashboard only.

    python benchmarks/synthetic_corpus.py --n 20000 --out /tmp/synthetic.jsonl
    python benchmarks/synthetic_corpus.py --n 20000 --out /tmp/synthetic/   # shards of 1,000

Every article is plainly fake: its title starts with "[SINTETIS]", its outlet is "Synthetic", its
URL is under the reserved ``.invalid`` domain and its last paragraph says it is not real news. The
sentences are templates written for this script, filled with names from the project's gazetteer
(or, before that exists, from the Who's On First extract in ``../shared/geodata-sources/``), dates
between 2011 and 2025 written the way Indonesian outlets write them, and a few foreign places.
The same ``--seed`` always gives the same corpus. Never bundle its output in ``seeds/``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import json
import math
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

SYNTHETIC_PREFIX = "[SINTETIS]"
SYNTHETIC_OUTLET = "Synthetic"
SYNTHETIC_NOTE = "Artikel sintetis untuk uji kinerja; bukan berita nyata."
FIRST_DATE = dt.date(2011, 1, 1)
LAST_DATE = dt.date(2025, 12, 31)
SHARD_SIZE = 1000
WOF_TSV = Path(__file__).resolve().parents[2] / "shared" / "geodata-sources" / "wof_sy_places.tsv"

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # Monday first
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

#: Places outside Syria as Indonesian media write them (recognised as foreign, never plotted).
FOREIGN = (
    "Rusia",
    "Turki",
    "Iran",
    "Irak",
    "Yordania",
    "Lebanon",
    "Israel",
    "Amerika Serikat",
    "Arab Saudi",
    "Qatar",
    "Astana",
    "Jenewa",
    "Moskow",
    "Ankara",
    "Teheran",
    "Beirut",
    "Amman",
    "Baghdad",
    "Jakarta",
)

TITLES = (
    "Serangan Udara Hantam {place}, Warga Mengungsi",
    "Pasukan Pemerintah Rebut Kembali {place}",
    "Bantuan Kemanusiaan Tiba di {place}",
    "Gencatan Senjata di {place} Kembali Dilanggar",
    "Ribuan Warga {place} Tinggalkan Rumah Mereka",
    "Pembicaraan Damai di {foreign} Bahas Nasib {place}",
    "Rumah Sakit di {place} Kewalahan Tangani Korban",
    "Oposisi Klaim Kuasai Jalur Menuju {place}",
)

LEADS = (
    "{caps} - Pesawat tempur menggempur kawasan permukiman di {place} pada {date}, "
    "menewaskan sedikitnya {num} warga sipil.",
    "{caps} - Pasukan pemerintah Suriah, {date}, dilaporkan memasuki pinggiran {place} "
    "setelah pertempuran berhari-hari.",
    "{caps} - Sebuah konvoi bantuan berisi {num} truk tiba di {place} pada {date} "
    "setelah tertahan di pos pemeriksaan.",
    "{caps} - Warga {place} kembali mengungsi, {date}, ketika tembakan artileri "
    "menghantam pasar utama kota itu.",
)

SENTENCES = (
    "Menurut kelompok pemantau, bentrokan juga terjadi di sekitar desa {place}.",
    "Sejumlah keluarga dilaporkan melarikan diri ke arah {place} dengan membawa barang seadanya.",
    "Perwakilan {foreign} menyatakan keprihatinan atas memburuknya situasi di wilayah tersebut.",
    "Jalan utama yang menghubungkan {place} dan {place2} masih ditutup hingga kini.",
    "Relawan setempat mengatakan persediaan obat-obatan di {place} hampir habis.",
    "Pemerintah {foreign} menyerukan agar semua pihak menahan diri.",
    "Sedikitnya {num} orang terluka dan dibawa ke rumah sakit lapangan di kota {place}.",
    "Delegasi oposisi dijadwalkan bertemu di {foreign} pekan depan membahas gencatan senjata.",
    "Aktivis menyebut serangan itu sebagai yang terberat sejak awal tahun.",
    "Listrik dan air bersih di kawasan {place} terputus selama beberapa hari.",
    "Para pengungsi kini tinggal di tenda-tenda darurat di perbatasan dekat {place2}.",
    "Sumber lokal menyebut pasukan tambahan dikirim dari {place2} menuju garis depan.",
    "Badan PBB memperkirakan {num} ribu orang membutuhkan bantuan pangan di daerah itu.",
    "Hingga berita ini diturunkan, belum ada pihak yang mengaku bertanggung jawab.",
)


@dataclass(frozen=True, slots=True)
class NamePool:
    """Syrian place names with sampling weights (bigger places are named more often)."""

    names: tuple[str, ...]
    cum_weights: tuple[float, ...]  # cumulative, so each draw is a bisection, not a sum

    @classmethod
    def build(cls, names: Sequence[str], weights: Sequence[float]) -> NamePool:
        return cls(tuple(names), tuple(itertools.accumulate(weights)))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.names, cum_weights=self.cum_weights)[0]


def indonesian_date(day: dt.date, style: int) -> str:
    """``day`` written in one of the forms Indonesian outlets use (weekday always right)."""
    weekday = DAYS[day.weekday()]
    month = MONTHS[day.month - 1]
    forms = (
        f"{weekday} ({day:%d/%m/%Y})",  # Senin (27/05/2019)
        f"{weekday}, {day.day} {month} {day.year}",  # Senin, 27 Mei 2019
        f"{weekday} ({day.day}/{day.month}/{day.year})",  # Senin (27/5/2019)
        f"{weekday}, {day:%d/%m/%Y} {7 + style % 12:02d}:{style * 7 % 60:02d} WIB",
    )
    return forms[style % len(forms)]


ADMIN_WORDS = ("Governorate", "District", "Subdistrict", "Nahiya", "Mantiqat")


def _is_latin(name: str) -> bool:
    """A Latin-script proper name as an Indonesian text would write it (no English admin words)."""
    return (
        bool(name)
        and name[0].isupper()
        and all(ch.isascii() or ch in "’‘'" for ch in name)
        and not any(word in name for word in ADMIN_WORDS)
    )


def _pool_from_gazetteer() -> NamePool | None:
    """Names the project's gazetteer resolves back to the same place, or None if none built yet."""
    try:
        from dashboard.geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except (ImportError, OSError, RuntimeError, ValueError):
        return None
    names: list[str] = []
    weights: list[float] = []
    for place in sorted(gazetteer.places.values(), key=lambda p: p.id):
        if not place.mappable:
            continue
        for name in (place.name, *place.names):
            found = gazetteer.lookup(name) if _is_latin(name) else []
            if found and found[0].id == place.id:
                names.append(name)
                weights.append(1.0 + math.sqrt(place.population or 0))
                break
    return NamePool.build(names, weights) if names else None


def _pool_from_wof(path: Path = WOF_TSV) -> NamePool:
    """Populated places straight from the Who's On First extract (before geodata/ is built)."""
    names: list[str] = []
    weights: list[float] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["name_eng"] or row["name"]
            if row["placetype"] == "locality" and _is_latin(name):
                names.append(name)
                weights.append(1.0 + math.sqrt(float(row["population"] or 0)))
    return NamePool.build(names, weights)


def load_name_pool() -> NamePool:
    return _pool_from_gazetteer() or _pool_from_wof()


def _fill(template: str, rng: random.Random, pool: NamePool, place: str, date: str) -> str:
    place2 = pool.draw(rng)
    return template.format(
        place=place,
        place2=place2,
        caps=place.upper(),
        date=date,
        foreign=rng.choice(FOREIGN),
        num=rng.randint(2, 120),
    )


def synthetic_article(index: int, rng: random.Random, pool: NamePool) -> dict:
    """One synthetic article as a JSON-ready dict (the fields ``ingest`` reads from .jsonl)."""
    span = (LAST_DATE - FIRST_DATE).days
    day = FIRST_DATE + dt.timedelta(days=rng.randint(0, span))
    place = pool.draw(rng)
    date = indonesian_date(day, rng.randrange(48))
    title = _fill(rng.choice(TITLES), rng, pool, place, date)
    paragraphs = [_fill(rng.choice(LEADS), rng, pool, place, date)]
    sentences = rng.sample(SENTENCES, 2 * rng.randint(3, 6))  # no sentence twice
    for first, second in zip(sentences[::2], sentences[1::2], strict=True):
        paragraphs.append(
            f"{_fill(first, rng, pool, place, date)} {_fill(second, rng, pool, place, date)}"
        )
    paragraphs.append(SYNTHETIC_NOTE)
    article = {
        "title": f"{SYNTHETIC_PREFIX} {title}",
        "body": "\n\n".join(paragraphs),
        "outlet": SYNTHETIC_OUTLET,
        "url": f"https://synthetic.invalid/artikel/{index:06d}",
    }
    if rng.random() < 0.25:  # some exports carry the date as metadata, most only in the text
        article["published"] = day.isoformat()
    return article


def generate(n: int, *, seed: int = 0, pool: NamePool | None = None) -> Iterator[dict]:
    """``n`` synthetic articles; the same ``seed`` and pool always give the same articles."""
    pool = pool or load_name_pool()
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
    for index in range(n):
        yield synthetic_article(index, rng, pool)


def write_corpus(articles: Sequence[dict] | Iterator[dict], out: Path) -> list[Path]:
    """Write to ``out``: one .jsonl file, or a folder of 1,000-article .jsonl shards."""
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    batch: list[dict] = []
    for article in articles:
        batch.append(article)
        if len(batch) == SHARD_SIZE:
            written += write_corpus(batch, out / f"synthetic-{len(written):04d}.jsonl")
            batch = []
    if batch:
        written += write_corpus(batch, out / f"synthetic-{len(written):04d}.jsonl")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="FILE.jsonl or a folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    pool = load_name_pool()
    files = write_corpus(generate(args.n, seed=args.seed, pool=pool), args.out)
    print(
        f"{args.n} synthetic articles ({len(pool.names)} place names) -> "
        f"{len(files)} file(s) under {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
