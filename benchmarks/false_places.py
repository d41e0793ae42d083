"""False Syrian places in real news that never names Syria, per 1,000 articles, by class.

The text stays outside the repository (it is copyrighted news): a JSONL file (one object a line
with "title" and "text"; "id", "source" and "kind" are optional, "kind" "headline" for a title
with no body) or a directory of .txt files (first line the title, then the body). An article
names Syria when its title or text holds one of SYRIA_WORDS (the country, its capital, its
governorates and their seats, and the names a story about Syria cannot avoid: Assad, Golan);
every Syrian place below the country found in any other article is a false place. Each false
place is put in the first class whose test it meets (``classify``): an organisation of
not_places.tsv, an Indonesian place (indonesian_places.txt, or after "Kecamatan", "Kabupaten",
"Kelurahan", "Dusun", "Kampung"), an Indonesian word (PySastrawi's root words, stopwords), a
person's name (before or after another name, or a given name), else "other" (foreign towns,
brands, abbreviations: read them with --list). The lists are read from this checkout's files,
so the same script classifies the false places of an older version of the code alike
(``PYTHONPATH=OLD_CHECKOUT``).

    .venv/bin/python benchmarks/false_places.py /work/tmp/s20/sweep/articles.jsonl
    .venv/bin/python benchmarks/false_places.py ARTICLES --list          # every false place
    .venv/bin/python benchmarks/false_places.py ARTICLES --sample 30     # Syria articles' places
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.names import normalize
from dashboard.geo.parse.geotag import geotag
from dashboard.model import Mention, TaggedPlace, article_text

# Case-insensitive words (whole words) that make an article a Syria article; "Hama" only
# capitalised ("hama" is an Indonesian word: a pest).
SYRIA_WORDS = (
    "suriah syria siria syam sham damaskus damascus aleppo halab homs idlib raqqa raqa rakka"
    " latakia lattakia latakiya tartus tartous daraa deraa dara'a quneitra golan palmyra palmira"
    " kobani afrin hasakah hasakeh hassakeh qamishli manbij suwayda sweida assad asad"
    " deir ez-zor deir ezzor deir al-zor dayr hmeimim"
).split()
_SYRIA_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, SYRIA_WORDS)) + r"|Hama)\b", re.I)
_HAMA_LOWER = re.compile(r"\bhama\b")


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    source: str
    kind: str  # "article" | "headline"
    title: str
    text: str  # the whole string geotagged: title, blank line, body

    @property
    def names_syria(self) -> bool:
        return any(not _HAMA_LOWER.fullmatch(m.group(0)) for m in _SYRIA_RE.finditer(self.text))


def read_items(path: Path) -> Iterator[Item]:
    """JSONL rows or a directory's .txt files, as geotagged strings."""
    if path.is_dir():
        for f in sorted(path.glob("*.txt")):
            title, _, body = f.read_text(encoding="utf-8").partition("\n")
            yield Item(
                f.name,
                path.name,
                "article",
                title.strip(),
                article_text(title.strip(), body.strip()),
            )
        return
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            row = json.loads(line)
            title, body = row.get("title", "").strip(), row.get("text", "").strip()
            kind = row.get("kind", "article" if body else "headline")
            yield Item(
                str(row.get("id", n)),
                row.get("source", path.name),
                kind,
                title,
                article_text(title, body),
            )


@dataclass(frozen=True, slots=True)
class Found:
    item: Item
    place: TaggedPlace
    mention: Mention

    @property
    def context(self) -> str:
        t = self.item.text
        left = t[max(0, self.mention.start - 50) : self.mention.start]
        right = t[self.mention.end : self.mention.end + 50]
        return f"{left}[{self.mention.surface}]{right}".replace("\n", " ")


def below_country(item: Item) -> list[Found]:
    """Every Syrian place below the country found in *item*, one entry per place (first mention)."""
    tag = geotag(item.text, load_gazetteer(), title_len=len(item.title))
    return [
        Found(item, tp, tp.mentions[0])
        for tp in tag.places
        if tp.place.in_syria and tp.place.kind != "country"
    ]


LEXICON = Path(__file__).resolve().parents[1] / "dashboard" / "geo" / "lexicon"
#: Indonesian words before an Indonesian place of the third to fifth level (not used for Syria)
_ID_ADMIN = frozenset("kecamatan kabupaten kab kelurahan dusun kampung".split())
_ARTICLE_WORDS = frozenset("al el ar as ash ad an at az".split())
CLASSES = ("organisation", "Indonesian place", "Indonesian word", "person's name", "other")


def _lines(name: str) -> list[str]:
    text = (LEXICON / name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    """The lexicon's own lists, read from this checkout's files (so a run against an older
    version of the code classifies its false places the same way)."""
    rows = [ln.split("\t") for ln in _lines("not_places.tsv")]
    places = _lines("indonesian_places.txt") if (LEXICON / "indonesian_places.txt").exists() else []
    data = resources.files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt")
    return {
        "organisation": frozenset(normalize(r[0]) for r in rows if r[1:2] == ["organisation"]),
        "place": frozenset(normalize(n) for n in places),
        "root": frozenset(w.strip() for w in data.read_text(encoding="utf-8").split()),
        "stop": frozenset(w.strip().lower() for w in _lines("stopwords_id.txt")),
        "given": frozenset(normalize(w) for w in _lines("given_names.txt")),
    }


def classify(found: Found) -> str:
    """The first class of :data:`CLASSES` whose test a false place meets."""
    lists, surface = _lists(), found.mention.surface
    words = [w for w in re.split(r"[\s\-']+", surface.lower()) if w]
    bare = [w for w in words if w not in _ARTICLE_WORDS] or words
    before = found.item.text[: found.mention.start].split()[-1:]
    if normalize(surface) in lists["organisation"]:
        return "organisation"
    if normalize(surface) in lists["place"] or (
        before and before[0].lower().strip(".") in _ID_ADMIN
    ):
        return "Indonesian place"
    if all(w in lists["root"] or w in lists["stop"] for w in bare):
        return "Indonesian word"
    ev = found.mention.evidence
    if (
        "before-name" in ev
        or "after-name" in ev
        or any(normalize(w) in lists["given"] for w in bare)
    ):
        return "person's name"
    return "other"


def sweep(items: list[Item]) -> tuple[list[Found], list[Found]]:
    """(false places of non-Syria items, places of Syria items)."""
    false, syrian = [], []
    for item in items:
        found = below_country(item)
        (syrian if item.names_syria else false).extend(found)
    return false, syrian


def report(items: list[Item], false: list[Found], out=sys.stdout) -> None:
    for kind in ("article", "headline"):
        pool = [i for i in items if i.kind == kind]
        if not pool:
            continue
        quiet = [i for i in pool if not i.names_syria]
        here = [f for f in false if f.item.kind == kind]
        per = 1000 / len(quiet) if quiet else 0.0
        print(
            f"{kind}s: {len(pool)} ({len(pool) - len(quiet)} name Syria, {len(quiet)} do not);"
            f" false places {len(here)} = {len(here) * per:.2f} per 1,000"
            f" ({len({f.item.id for f in here})} articles)",
            file=out,
        )
        counts = Counter(classify(f) for f in here)
        for cls in CLASSES:
            n = counts[cls]
            print(f"  {cls:<18} {n:>4}  {n * per:6.2f} per 1,000", file=out)


def _line(label: str, f: Found) -> str:
    place, ev = f.place.place, ",".join(f.mention.evidence)
    where = f"{place.id} {place.name} ({place.admin1})"
    fields = (label, f.mention.surface, where, f"{f.place.confidence:.2f}", ev, f.item.id)
    return "\t".join((*fields, f.context))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="a JSONL file or a directory of .txt articles")
    ap.add_argument("--list", action="store_true", help="print every false place")
    ap.add_argument("--sample", type=int, default=0, help="print N places of Syria articles")
    ap.add_argument("--seed", type=int, default=20261206)
    args = ap.parse_args(argv)
    items = list(read_items(args.path))
    false, syrian = sweep(items)
    report(items, false)
    if args.list:
        for f in sorted(false, key=lambda f: (classify(f), normalize(f.mention.surface))):
            print(_line(classify(f), f))
    if args.sample:
        pick = random.Random(args.seed).sample(syrian, min(args.sample, len(syrian)))  # noqa: S311
        for f in pick:
            print(_line("SAMPLE", f))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
