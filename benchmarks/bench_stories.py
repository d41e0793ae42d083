"""Measure story grouping (near-duplicates) on labelled pairs built from the corpus.

    .venv/bin/python benchmarks/bench_stories.py [--corpus ../shared/dev-corpus] [--verbose]

The articles are the two seeds and the development corpus, read by path (never copied) through
the project's own reader and cleaner, as ``ingest`` reads them. From each article the script
builds copies the way they turn up in an archive, each a **positive** pair with the original:

- re-wrapped: another outlet's dateline, menu, share bar, "Baca juga" lines, newsletter box and
  footer around the text (the outlets and their furniture are made up here);
- truncated: the first 70 % of the body's words;
- new headline: the same body under another title;
- lightly edited: one sentence dropped, two words in every hundred replaced, a line added;
- re-wrapped and truncated at 80 %.

**Negatives** are every pair of two different articles of the corpus (several cover the same
event, place or day: "same topic" are the pairs with the same gold focus place or dates at most
three days apart) and pairs of two different articles re-wrapped by the same made-up outlet
(shared furniture must not make them one story).

Each pair goes through what ingest does: the first article into an empty
:class:`~dashboard.store.stories.StoryIndex`, then the second is grouped; the pair counts as
grouped when both get one story. Precision and recall are over pairs, for each threshold of the
sweep, with the estimated and the exact Jaccard similarity of the positives and of the closest
negatives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.store import fingerprint as fp  # noqa: E402
from dashboard.store import stories  # noqa: E402
from dashboard.text.read import read_bytes  # noqa: E402

#: Made-up outlets' furniture (written for this script): a dateline, lines above and below.
OUTLETS = (
    (
        "KABARDUNIA.CO.ID, JAKARTA --",
        "Beranda\nNasional\nInternasional\nEkonomi\nOlahraga\nIndeks",
        "Bagikan: Facebook Twitter WhatsApp Telegram\nBaca Juga: Harga cabai naik menjelang "
        "akhir tahun\nIkuti berita terkini Kabar Dunia di Google News\nCopyright © 2024 Kabar "
        "Dunia. Hak cipta dilindungi undang-undang.",
    ),
    (
        "Jakarta, Warta Pagi -",
        "Home\nBerita\nDunia\nTimur Tengah\nVideo\nFoto",
        "Baca juga:\nTim nasional bersiap menghadapi laga tandang\nPemerintah kota menambah "
        "armada bus listrik\nBerlangganan buletin kami: masukkan alamat email Anda\nRedaksi | "
        "Pedoman Media Siber | Kontak | Karir",
    ),
    (
        "SUARANUSA.ID -",
        "Terpopuler\nTerbaru\nPilihan Editor",
        "(red/ant)\nTag: Suriah Timur Tengah Konflik\nKomentar\nTulis komentar Anda di sini\n"
        "Berita Terkait\nBanjir merendam ratusan rumah di pesisir\nSekolah swasta membuka "
        "pendaftaran lebih awal",
    ),
)
NEW_TITLE = "Kabar terbaru dari Suriah hari ini"
ADDED_LINE = "Artikel ini telah diperbarui dengan keterangan tambahan dari redaksi."
CORPUS = next(
    (d / "shared" / "dev-corpus" for d in ROOT.parents if (d / "shared" / "dev-corpus").is_dir()),
    ROOT.parent / "shared" / "dev-corpus",
)
THRESHOLDS = [round(0.2 + 0.05 * i, 2) for i in range(15)]


@dataclass(frozen=True)
class Doc:
    name: str
    title: str
    body: str
    focus: str | None = None
    published: dt.date | None = None


def load(corpus: Path) -> list[Doc]:
    gold = {}
    gold_file = corpus / "gold.jsonl"
    if gold_file.exists():
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            gold[g["file"]] = g
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((corpus / "articles").glob("*.txt"))
    docs = []
    for path in files:
        g = gold.get(path.name, {})
        day = g.get("published")
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        article = clean(path.name, title, body)
        docs.append(
            Doc(
                path.name,
                article.title,
                article.body,
                g.get("focus"),
                dt.date.fromisoformat(day) if day else None,
            )
        )
    return docs


def clean(name: str, title: str, body: str):
    """The article ``ingest`` would store for a .txt with this title and body."""
    for item in read_bytes(name if name.endswith(".txt") else name + ".txt", _txt(title, body)):
        if hasattr(item, "body"):
            return item
    raise ValueError(f"{name}: the reader kept nothing")


def _txt(title: str, body: str) -> bytes:
    return f"{title}\n\n{body}\n".encode()


def rewrap(body: str, outlet: int) -> str:
    dateline, top, bottom = OUTLETS[outlet % len(OUTLETS)]
    return f"{top}\n\n{dateline} {body}\n\n{bottom}"


def truncate(body: str, share: float) -> str:
    words = body.split(" ")
    return " ".join(words[: max(1, int(len(words) * share))])


def edit(body: str, rng: random.Random) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", body)
    if len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences))]
    words = " ".join(sentences).split(" ")
    for i in rng.sample(range(len(words)), k=len(words) // 50):
        words[i] = rng.choice(("itu", "tersebut", "juga", "pun", "lagi"))
    return " ".join(words) + "\n\n" + ADDED_LINE


def copies(doc: Doc, k: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, title, raw body) of each positive copy of ``doc``."""
    return [
        ("re-wrapped", doc.title, rewrap(doc.body, k)),
        ("truncated 70 %", doc.title, truncate(doc.body, 0.7)),
        ("new headline", NEW_TITLE, doc.body),
        ("lightly edited", doc.title, edit(doc.body, rng)),
        ("re-wrapped + truncated 80 %", doc.title, rewrap(truncate(doc.body, 0.8), k + 1)),
    ]


_INDEXES: dict[float, stories.StoryIndex] = {}


@functools.cache
def _fingerprint(body: str):
    return stories.fingerprint(body)


def grouped(first: str, second: str, threshold: float) -> bool:
    """Does ``second`` join ``first``'s story in an index holding only ``first``?"""
    if threshold not in _INDEXES:
        _INDEXES[threshold] = stories.StoryIndex(threshold)
    index = _INDEXES[threshold]
    index.assign("a", _fingerprint(first))
    found = index.assign("b", _fingerprint(second)) == "a"
    index.remove("a")
    index.remove("b")
    return found


def similarity(first: str, second: str) -> tuple[float, float]:
    """(MinHash estimate, exact Jaccard) of two bodies' shingle sets; 0 when one is too short."""
    a, b = fp.values(first), fp.values(second)
    if a is None or b is None:
        return 0.0, 0.0
    x, y = fp.shingles(first), fp.shingles(second)
    return fp.similarity(a, b), len(x & y) / len(x | y)


def same_topic(a: Doc, b: Doc) -> bool:
    if a.focus and a.focus == b.focus:
        return True
    return bool(a.published and b.published and abs((a.published - b.published).days) <= 3)


def pairs(docs: list[Doc], seed: int) -> tuple[list, list]:
    """(positives, negatives): (kind, first body, second body, label) each."""
    rng = random.Random(seed)  # noqa: S311 (reproducible edits, not secrets)
    positives, negatives = [], []
    for k, doc in enumerate(docs):
        for kind, title, body in copies(doc, k, rng):
            positives.append((kind, doc.body, clean(doc.name, title, body).body, doc.name))
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            kind = "different, same topic" if same_topic(a, b) else "different"
            negatives.append((kind, a.body, b.body, f"{a.name}/{b.name}"))
    for i in range(len(docs) - 1):
        a, b = docs[i], docs[i + 1]
        first = clean(a.name, a.title, rewrap(a.body, 0)).body
        second = clean(b.name, b.title, rewrap(b.body, 0)).body
        negatives.append(("different, same outlet's wrapper", first, second, f"{a.name}/{b.name}"))
    return positives, negatives


def sweep(positives: list, negatives: list) -> list[tuple[float, int, int, int]]:
    """(threshold, true positives, false positives, false negatives) for each threshold."""
    rows = []
    for t in THRESHOLDS:
        tp = sum(grouped(a, b, t) for _, a, b, _ in positives)
        fp_ = sum(grouped(a, b, t) for _, a, b, _ in negatives)
        rows.append((t, tp, fp_, len(positives) - tp))
    return rows


def by_kind(items: list, threshold: float) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = {}
    for kind, a, b, _ in items:
        hit = out.setdefault(kind, [0, 0])
        hit[0] += grouped(a, b, threshold)
        hit[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def report(docs, positives, negatives, verbose: bool) -> None:
    print(f"{len(docs)} articles; {len(positives)} positive pairs, {len(negatives)} negative")
    print("threshold  precision  recall   F1     tp   fp   fn")
    for t, tp, fp_, fn in sweep(positives, negatives):
        p = tp / (tp + fp_) if tp + fp_ else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mark = "  <- THRESHOLD" if abs(t - stories.THRESHOLD) < 1e-9 else ""
        print(f"{t:9.2f}  {p:9.3f}  {r:6.3f}  {f1:5.3f}  {tp:4d} {fp_:4d} {fn:4d}{mark}")
    print(f"\nat the threshold {stories.THRESHOLD}, grouped / pairs by kind:")
    kinds = {**by_kind(positives, stories.THRESHOLD), **by_kind(negatives, stories.THRESHOLD)}
    for kind, (hit, n) in kinds.items():
        print(f"  {kind:38s} {hit:5d} / {n}")
    sims = sorted((similarity(a, b), kind, who) for kind, a, b, who in positives)
    print("\nlowest positives (estimate, exact Jaccard):")
    for (est, exact), kind, who in sims[: 8 if verbose else 4]:
        print(f"  {est:.3f} {exact:.3f}  {kind}  {who}")
    close = sorted(((similarity(a, b), kind, who) for kind, a, b, who in negatives), reverse=True)
    print("highest negatives (estimate, exact Jaccard):")
    for (est, exact), kind, who in close[: 8 if verbose else 4]:
        print(f"  {est:.3f} {exact:.3f}  {kind}  {who}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        parser.error(f"no articles/ folder in the corpus {args.corpus}")
    docs = load(args.corpus)
    positives, negatives = pairs(docs, args.seed)
    report(docs, positives, negatives, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
