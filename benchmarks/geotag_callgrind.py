"""Count the CPU instructions geotagging takes an article on unseen text (load-independent).

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/geotag.cg .venv/bin/python benchmarks/geotag_callgrind.py
    .venv/bin/python benchmarks/geotag_callgrind.py --count /tmp/geotag.cg

The dev corpus and the seeds are geotagged in ``--passes`` passes (3), every cache an earlier
text fills emptied before each article (``bench_geotag.forget_words``; ``--every-pass``: before
each pass only, so later articles of a pass find the words of earlier ones folded), each
article (or pass) inside one ``functools.reduce`` call: callgrind counts only inside it, so
reading the files, building the automaton and emptying the caches are left out. One sentence of
our own is geotagged first, so what a parser works out of the gazetteer alone on first use (in
versions that did not do it when built) is not counted either. ``--count`` divides the
instructions callgrind recorded by the articles tagged. ``--root DIR`` geotags with the code of
another checkout (an older version in a ``git worktree``), so two versions are counted by one
script.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The dev corpus beside this checkout (an old version's worktree may lie elsewhere).
CORPUS = next(
    (d / "shared" / "dev-corpus" for d in HERE.parents if (d / "shared" / "dev-corpus").is_dir()),
    HERE.parent.parent / "shared" / "dev-corpus",
)


#: Geotagged before counting: bare names (the resolver's tables of bare names) and a quarter
#: word before an unknown name (the quarter rule's root-word list), each read on first use.
WARM_UP = (
    "Warga Aleppo mengungsi ke Idlib, kata pejabat di Damaskus. "
    "Warga Sweida berdemonstrasi di Lapangan Karama."
)


def _options() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=HERE.parent, help="checkout whose code runs")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--every-pass", action="store_true", help="empty the caches per pass only")
    ap.add_argument("--count", type=Path, help="a callgrind output file: instructions an article")
    return ap.parse_args()


def _instructions(path: Path) -> int:
    """The total instruction count (``summary:`` or ``totals:``) of a callgrind output file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found = re.findall(r"^(?:summary|totals):\s*(\d+)", text, re.MULTILINE)
    if not found:
        raise SystemExit(f"{path}: no 'summary:' or 'totals:' line (not a callgrind output?)")
    return int(found[-1])


def main() -> int:
    args = _options()
    sys.path[:0] = [str(args.root.resolve()), str(args.root.resolve() / "benchmarks")]
    import bench_geotag

    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.geo.parse.geotag import Geoparser

    articles = bench_geotag.load_articles(args.corpus)
    if args.count:
        n = len(articles) * args.passes
        total = _instructions(args.count)
        print(f"{total:,} instructions, {n} articles: {total / n / 1e6:.3f} M an article")
        return 0
    parser = Geoparser(load_gazetteer())
    parser.geotag(WARM_UP)
    pairs = [(a.text, len(a.title)) for a in articles]

    def tag(_: object, pair: tuple[str, int]) -> None:
        parser.geotag(pair[0], title_len=pair[1])

    for _ in range(args.passes):
        if args.every_pass:
            bench_geotag.forget_words(parser)
            functools.reduce(tag, pairs, None)
            continue
        for pair in pairs:
            bench_geotag.forget_words(parser)
            functools.reduce(tag, [pair], None)
    from dashboard.geo.parse import BUILD

    print(f"{len(pairs)} articles, {args.passes} cold passes ({args.corpus})", file=sys.stderr)
    print(BUILD.line(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
