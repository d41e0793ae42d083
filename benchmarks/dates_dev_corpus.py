"""Score the publication-date finder on the development corpus (read by path, never copied).

    .venv/bin/python benchmarks/dates_dev_corpus.py [../shared/dev-corpus] [--verbose]

For every article with a gold date: exact (or, for gold dates marked "inferred", one day off) with
the text alone (over all of them, and over those whose text states the date: gold
``published_in_text`` or ``inferred``), and again with the gold ``source_url`` passed as the URL.
Articles whose gold date is null should get no date or a low confidence (< 0.5); where we do give
one, it is compared with the annotator's ``published_hint``. dateparser's ``search_dates`` (the
off-the-shelf alternative) is scored in the same run when it is installed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.dates.publication import find_published  # noqa: E402
from dashboard.errors import ArticleReadError  # noqa: E402
from dashboard.text.read import read_paths  # noqa: E402

LOW_CONFIDENCE = 0.5


def _right(found: dt.date | None, gold: dict) -> bool:
    if found is None:
        return False
    want = dt.date.fromisoformat(gold["published"])
    slack = 1 if gold.get("published_confidence") == "inferred" else 0
    return abs((found - want).days) <= slack


def _undated_verdict(name: str, guess, gold: dict) -> str:
    """Gold has no date: fine if we give none or a low confidence; else compare with the hint."""
    if guess.date is None or guess.confidence < LOW_CONFIDENCE:
        return f"{name}: ok ({guess.date}, confidence {guess.confidence})"
    hinted = set(re.findall(r"\d{4}-\d{2}-\d{2}", gold.get("published_hint") or ""))
    agrees = "within" if guess.date.isoformat() in hinted else "outside"
    return (
        f"{name}: dated {guess.date} at confidence {guess.confidence}, {agrees} the "
        f"annotator's hint {gold.get('published_hint')!r}"
    )


def _dateparser_guess(text: str) -> dt.date | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    found = search_dates(text, languages=["id"]) or []
    return found[0][1].date() if found else None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "dev-corpus",
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    gold = {
        json.loads(line)["file"]: json.loads(line)
        for line in (args.corpus / "gold.jsonl").read_text().splitlines()
        if line.strip()
    }
    articles = {
        Path(a.path).name: a
        for a in read_paths([args.corpus / "articles"])
        if not isinstance(a, ArticleReadError)
    }
    rows: dict[str, list[bool]] = {k: [] for k in ("text", "stated", "url", "dateparser")}
    undated: list[str] = []
    for name, g in sorted(gold.items()):
        a = articles[name]
        with_url = find_published(a.text, url=g.get("source_url"))
        if g["published"] is None:
            undated.append(_undated_verdict(name, a.published, g))
        else:
            rows["text"].append(_right(a.published.date, g))
            if g.get("published_in_text") or g.get("published_confidence") == "inferred":
                rows["stated"].append(_right(a.published.date, g))
            rows["url"].append(_right(with_url.date, g))
            rows["dateparser"].append(_right(_dateparser_guess(a.text), g))
        if args.verbose:
            print(
                f"{name} gold={g['published']} ({g.get('published_confidence')}) "
                f"text={a.published.date} {a.published.confidence} {a.published.method} "
                f"url={with_url.date} | {a.published.note}"
            )
    for key, label in (
        ("text", "all gold-dated articles, text only"),
        ("stated", "gold-dated articles whose text states the date, text only"),
        ("url", "all gold-dated articles, text + gold source_url"),
        ("dateparser", "all gold-dated articles, dateparser search_dates(languages=['id'])"),
    ):
        hits = rows[key]
        print(f"{label}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.0%}")
    print(f"gold-undated articles ({len(undated)}):")
    for line in undated:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
