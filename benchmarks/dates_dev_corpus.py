"""Score publication dates and outlets on the development corpus (read by path, never copied).

    .venv/bin/python benchmarks/dates_dev_corpus.py [../shared/dev-corpus] [--verbose]

The split is the one every benchmark reports on, ``benchmarks/dev_split.tsv`` (by outlet, so no
outlet is on both sides; see ``devsplit.py`` for how it was made). Date rules are tuned on its
"tune" part; "heldout" is scored, never read for errors.

For every article with a gold date: exact (or, for gold dates marked "inferred", one day off),
read two ways: the ``.txt`` alone (title line and text), and as an export carries it (title, text
and the gold ``source_url`` as the record's URL, through :func:`make_article`). Each is reported
over the held-out outlets, the tuning outlets and all. dateparser's ``search_dates`` (the
off-the-shelf alternative) is scored on the same articles when it is installed. Of the wrong
dates, those given above 0.7 (shown as sure, not as an estimate) are counted: a wrong date at
high confidence is worse than none. Articles whose
gold date is null should get no date or a low confidence (< 0.5). The outlet found (dateline,
then URL) is compared with gold ``outlet`` (its part before any parenthesis, folded).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from devsplit import is_held_out, load_split  # noqa: E402

from dashboard.errors import ArticleReadError  # noqa: E402
from dashboard.text.read import make_article, read_paths  # noqa: E402

LOW_CONFIDENCE = 0.5
#: A wrong date above this is worse than none: the dashboard shows it as sure (not an estimate).
SURE_CONFIDENCE = 0.7


def _right(found: dt.date | None, gold: dict) -> bool:
    if found is None:
        return False
    want = dt.date.fromisoformat(gold["published"])
    slack = 1 if gold.get("published_confidence") == "inferred" else 0
    return abs((found - want).days) <= slack


def _fold_outlet(name: str | None) -> str:
    name = (name or "").split("(")[0].casefold()
    name = re.sub(r"\.(?:com|co\.id|id|net|co|ir|org)\b", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


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


def _load(corpus: Path) -> tuple[dict, dict]:
    gold = {
        json.loads(line)["file"]: json.loads(line)
        for line in (corpus / "gold.jsonl").read_text().splitlines()
        if line.strip()
    }
    articles = {
        Path(a.path).name: a
        for a in read_paths([corpus / "articles"])
        if not isinstance(a, ArticleReadError)
    }
    return gold, articles


def _with_url(path: Path, url: str):
    title, _, body = path.read_text(encoding="utf-8").lstrip().partition("\n")
    return make_article(title=title.strip(), raw_body=body, path=str(path), url=url)


def _report(rows: dict[str, list[tuple[bool, bool]]]) -> None:
    for key, label in (
        ("text", "text only"),
        ("url", "text + source_url (as an export)"),
        ("text_sure", f"of the wrong dates, text only, how many above {SURE_CONFIDENCE}"),
        ("url_sure", f"of the wrong dates, with the URL, how many above {SURE_CONFIDENCE}"),
        ("dateparser", "dateparser search_dates(languages=['id'])"),
        ("outlet", "right outlet (all articles, export with URL)"),
        ("outlet_text", "right outlet (all articles, text only)"),
    ):
        parts = []
        for part, pick in (("held-out", True), ("tuning", False), ("all", None)):
            hits = [ok for held, ok in rows[key] if pick is None or held == pick]
            if hits:
                parts.append(f"{part} {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.0%}")
        print(f"{label}: " + "; ".join(parts))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "corpus",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parents[1].parent / "shared" / "dev-corpus",
    )
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    gold, articles = _load(args.corpus)
    split = load_split()
    keys = ("text", "url", "text_sure", "url_sure", "dateparser", "outlet", "outlet_text")
    rows: dict[str, list[tuple[bool, bool]]] = {k: [] for k in keys}
    undated: list[str] = []
    for name, g in sorted(gold.items()):
        a, held = articles[name], is_held_out(name, split)
        exported = _with_url(args.corpus / "articles" / name, g["source_url"])
        rows["outlet"].append((held, _fold_outlet(exported.outlet) == _fold_outlet(g["outlet"])))
        rows["outlet_text"].append((held, _fold_outlet(a.outlet) == _fold_outlet(g["outlet"])))
        if g["published"] is None:
            undated.append(_undated_verdict(name, a.published, g))
        else:
            for key, guess in (("text", a.published), ("url", exported.published)):
                right = _right(guess.date, g)
                rows[key].append((held, right))
                if guess.date is not None and not right:
                    rows[f"{key}_sure"].append((held, guess.confidence > SURE_CONFIDENCE))
            rows["dateparser"].append((held, _right(_dateparser_guess(a.text), g)))
        if args.verbose:
            print(
                f"{name} {'H' if held else 'T'} gold={g['published']} "
                f"({g.get('published_confidence')}) text={a.published.date} "
                f"{a.published.confidence} url={exported.published.date} "
                f"{exported.published.confidence} "
                f"outlet={exported.outlet!r} gold_outlet={g['outlet']!r} | {a.published.note}"
            )
    print("gold-dated articles, exact (inferred gold: within a day):")
    _report(rows)
    print(f"gold-undated articles ({len(undated)}):")
    for line in undated:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
