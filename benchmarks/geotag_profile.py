"""Where geotagging spends its CPU time on unseen text, by function and by line (sampled).

    .venv/bin/python benchmarks/geotag_profile.py [--seconds 25] [--root OLD] [--text "..."]

The dev corpus is geotagged over and over for ``--seconds`` of CPU time, every cache an earlier
text fills emptied before each article (``bench_geotag.forget_words``, outside the samples). A CPU
timer (``ITIMER_PROF``, every 0.5 ms of CPU) interrupts the work; each interruption counts every
``dashboard`` function on the stack once (inclusive share) and the innermost one and its line (self
share; C calls made from a line count for that line). Sampling adds no cost per call, unlike
cProfile, whose overhead per call skews a profile of many small functions; load on the machine
changes how fast the samples come, not where they fall. ``--text`` profiles one text instead (the
fixed cost of an article). ``--root DIR`` profiles another checkout's code.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from pathlib import Path
from types import FrameType

HERE = Path(__file__).resolve().parent
CORPUS = next(
    (d / "shared" / "dev-corpus" for d in HERE.parents if (d / "shared" / "dev-corpus").is_dir()),
    HERE.parent.parent / "shared" / "dev-corpus",
)
INTERVAL = 0.0005  # CPU seconds between samples


def _options() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=HERE.parent, help="checkout whose code runs")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--seconds", type=float, default=25.0, help="CPU seconds of geotagging")
    ap.add_argument("--text", help="profile this one text instead of the dev corpus")
    ap.add_argument("--top", type=int, default=40, help="rows of each table")
    return ap.parse_args()


class Sampler:
    """Counts, at each timer signal while active, the dashboard frames on the stack."""

    def __init__(self) -> None:
        self.active = False
        self.samples = 0
        self.inclusive: collections.Counter[str] = collections.Counter()
        self.own: collections.Counter[str] = collections.Counter()
        self.lines: collections.Counter[str] = collections.Counter()

    def __call__(self, _signum: int, frame: FrameType | None) -> None:
        if not self.active:
            return
        self.samples += 1
        seen: set[str] = set()
        while frame is not None:
            code = frame.f_code
            if "/dashboard/" in code.co_filename:
                where = f"{code.co_filename.split('/dashboard/')[-1]}:{code.co_name}"
                if not seen:
                    self.own[where] += 1
                    self.lines[f"{where}:{frame.f_lineno}"] += 1
                if where not in seen:
                    self.inclusive[where] += 1
                    seen.add(where)
            frame = frame.f_back

    def report(self, top: int) -> None:
        print(f"{self.samples} samples, one per {INTERVAL * 1000:g} ms of CPU")
        for title, counts in (("inclusive", self.inclusive), ("self", self.own)):
            print(f"--- {title}")
            for where, n in counts.most_common(top):
                print(f"{n / self.samples:6.1%}  {where}")
        print("--- self, by line")
        for where, n in self.lines.most_common(top):
            print(f"{n / self.samples:6.1%}  {where}")


def main() -> int:
    args = _options()
    sys.path[:0] = [str(args.root.resolve()), str(args.root.resolve() / "benchmarks")]
    import bench_geotag

    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.geo.parse.geotag import Geoparser

    if args.text:
        pairs = [(args.text, 0)]
    else:
        pairs = [(a.text, len(a.title)) for a in bench_geotag.load_articles(args.corpus)]
    parser = Geoparser(load_gazetteer())
    parser.geotag("Warga Aleppo mengungsi ke Idlib, kata pejabat di Damaskus.")
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    start = time.process_time()
    while time.process_time() - start < args.seconds:
        for text, title_len in pairs:
            bench_geotag.forget_words(parser)
            sampler.active = True
            parser.geotag(text, title_len=title_len)
            sampler.active = False
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    sampler.report(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
