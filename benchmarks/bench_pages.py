"""Web pages: the .txt cleaner against the extractor, extraction speed, collect throughput.

On synthetic pages with known boilerplate (benchmarks/synthetic_pages.py; no real news is stored
here, so real-page quality is not measured):

1. kept-line precision and recall: the article's paragraphs are the lines to keep, everything
   else on the page is boilerplate. "cleaner": the page's visible text saved as a .txt (every
   block on its own line, as a browser's "save as text" gives) read by the .txt path; "extractor":
   the same page read as .html (trafilatura, then the same cleaner);
2. extraction throughput, pages per CPU-second on one core (read_page: trafilatura + make_article);
3. collect throughput against a local HTTP server (127.0.0.1) at 0 s delay, geotagging included.

    .venv/bin/python benchmarks/bench_pages.py [--pages 300] [--collect 300]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

from lxml import html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from synthetic_pages import make_page  # noqa: E402
from webserver import LocalServer  # noqa: E402

from dashboard.collect.run import collect  # noqa: E402
from dashboard.collect.settings import Settings  # noqa: E402
from dashboard.collect.sources import read_url_file  # noqa: E402
from dashboard.pipeline import resolve_geotagger  # noqa: E402
from dashboard.store.archive import Store  # noqa: E402
from dashboard.text.read import read_bytes  # noqa: E402
from dashboard.text.web.read import read_page  # noqa: E402

_BLOCK = re.compile(r"(?i)<(?:p|div|li|h[1-6]|header|footer|nav|aside|section|article|ul)\b")


def page_as_text(page) -> str:
    """What saving the page as text gives: the title, then every visible block on its own line."""
    tree = lxml_html.document_fromstring(
        _BLOCK.sub(lambda m: "\n\n" + m.group(0), page.html.decode())
    )
    for bad in tree.xpath("//script|//style|//head"):
        bad.drop_tree()
    body = "\n".join(line.strip() for line in tree.text_content().splitlines())
    return f"{page.title}\n\n{body}"


def _norm(line: str) -> str:
    return " ".join(line.split())


def score(kept: list[str], truth: tuple[str, ...]) -> tuple[int, int, int]:
    wanted = {_norm(t) for t in truth}
    got = [_norm(k) for k in kept if k.strip()]
    hits = sum(k in wanted for k in got)
    return hits, len(got), len(wanted)


def quality(n: int) -> dict[str, tuple[float, float]]:
    totals = {"cleaner (.txt)": [0, 0, 0], "extractor (.html)": [0, 0, 0]}
    for i in range(n):
        page = make_page(i, seed=7)
        txt = next(read_bytes("p.txt", page_as_text(page).encode()))
        html = read_page("p.html", page.html)
        for name, article in (("cleaner (.txt)", txt), ("extractor (.html)", html)):
            for k, v in enumerate(score(article.body.split("\n\n"), page.paragraphs)):
                totals[name][k] += v
    return {name: (h / max(kept, 1), h / max(want, 1)) for name, (h, kept, want) in totals.items()}


def throughput(n: int) -> float:
    pages = [make_page(i, seed=11).html for i in range(n)]
    read_page("warm.html", pages[0])
    start = time.process_time()
    for i, data in enumerate(pages):
        read_page(f"{i}.html", data)
    return n / (time.process_time() - start)


def collect_rate(n: int) -> tuple[float, int, float]:
    server = LocalServer().start()
    server.page("/robots.txt", b"User-agent: *\nAllow: /\n", "text/plain")
    for i in range(n):
        server.page(f"/a/{i}", make_page(i, seed=13, url=server.url(f"/a/{i}")).html)
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "urls.txt")
        listing.write_text("\n".join(server.url(f"/a/{i}") for i in range(n)))
        store = Store(str(Path(tmp, "s.sqlite")))
        settings = Settings(contact="bench@example.invalid", delay=0.0, per_host=4, workers=4)
        start = time.perf_counter()
        tagger, _ = resolve_geotagger(None)
        tagger(read_page("warm.html", make_page(0).html))  # builds the automaton once
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        report = collect(read_url_file(listing), store, settings, geotagger=tagger)
        took = time.perf_counter() - start
    server.stop()
    return report.new / took, report.new, loaded


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--collect", type=int, default=300)
    args = ap.parse_args()
    print(f"kept lines on {args.pages} synthetic pages (precision / recall):")
    for name, (p, r) in quality(args.pages).items():
        print(f"  {name:18} {p:.3f} / {r:.3f}")
    print(f"extraction: {throughput(args.pages):.0f} pages per CPU-second (read_page)")
    rate, stored, loaded = collect_rate(args.collect)
    print(
        f"collect, local server, 0 s delay, 4 in flight: {rate:.1f} pages/s ({stored} stored;"
        f" after a one-time {loaded:.1f} s gazetteer load)"
    )


if __name__ == "__main__":
    main()
