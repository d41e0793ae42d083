"""Write every geotag output of a fixed set of texts, one line per text, to compare two versions.

    .venv/bin/python benchmarks/geotag_dump.py /tmp/after.txt [--corpus ../shared/dev-corpus]
    git stash; .venv/bin/python benchmarks/geotag_dump.py /tmp/before.txt; git stash pop
    cmp /tmp/before.txt /tmp/after.txt
    SYRIA_NEWS_PURE=1 .venv/bin/python benchmarks/geotag_dump.py /tmp/pure.txt   # vs compiled

The texts: the dev corpus and the seeds (read by path; nothing of them is written but places and
offsets), 4,000 synthetic articles (``synthetic_corpus.generate(4000, seed=7)``), the long inputs
of ``bench_geotag.py``, and the dev corpus again against the test world (``tests/world.py``). Each
line holds every place id, its confidence and qualifier, every mention (span, surface, place,
confidence, qualifier, evidence) and the focus: a speed change that keeps the output keeps the file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import bench_geotag  # noqa: E402
import synthetic_corpus  # noqa: E402
import world  # noqa: E402

from dashboard.geo.gazetteer import load_gazetteer  # noqa: E402
from dashboard.geo.parse.geotag import Geoparser  # noqa: E402
from dashboard.model import Geotag  # noqa: E402


def line(tag: Geotag) -> str:
    """Everything a geotag says, as one line."""
    places = [
        (
            tp.place.id,
            tp.confidence,
            tp.qualifier,
            [
                (m.start, m.end, m.surface, m.place_id, m.confidence, m.qualifier, m.evidence)
                for m in tp.mentions
            ],
        )
        for tp in tag.places
    ]
    return repr((places, tag.focus.id if tag.focus else None))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=bench_geotag.DEFAULT_CORPUS)
    args = ap.parse_args()
    from dashboard.geo.parse import BUILD

    print(BUILD.line(), file=sys.stderr)  # compiled and pure must write the same file
    articles = bench_geotag.load_articles(args.corpus)
    parser = Geoparser(load_gazetteer())
    with args.out.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(f"{Path(a.path).name}\t{line(parser.geotag_article(a))}\n")
        for i, s in enumerate(synthetic_corpus.generate(4000, seed=7)):
            tag = parser.geotag(f"{s['title']}\n\n{s['body']}", title_len=len(s["title"]))
            out.write(f"synthetic {i}\t{line(tag)}\n")
        for label, text in bench_geotag.long_inputs(articles).items():
            out.write(f"{label}\t{line(parser.geotag(text))}\n")
        small = Geoparser(world.tiny_world())
        for a in articles:
            out.write(f"test world {Path(a.path).name}\t{line(small.geotag_article(a))}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
