"""Command line for analysts' corrections: ``corrections export|import`` and ``evaluate``.

``evaluate`` scores the geotagger as it is now against every article an analyst corrected: the
gold places of an article are its places after the corrections (the team's own annotation), the
predicted ones what the geotagger finds in its text today. Syrian places only (foreign places and
Syria itself are never on the map); micro-averaged precision, recall and F1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dashboard.errors import StoreError


def _store(db: str):
    from dashboard.store.archive import Store

    return Store(db)


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard.store import review

    for line in review.to_jsonl(_store(args.db).corrections()):
        print(line)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        with args.file.open(encoding="utf-8") as lines:
            added, known = _store(args.db).import_corrections(lines, str(args.file))
    except (OSError, StoreError) as exc:
        print(f"corrections import: {exc}", file=sys.stderr)
        return 2
    print(f"{added} corrections imported, {known} already in the store")
    return 0


def score(gold: dict[str, set[str]], found: dict[str, set[str]]) -> dict[str, float]:
    tp = sum(len(gold[a] & found.get(a, set())) for a in gold)
    n_found = sum(len(found.get(a, set())) for a in gold)
    n_gold = sum(len(g) for g in gold.values())
    p = tp / n_found if n_found else 1.0
    r = tp / n_gold if n_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "articles": len(gold),
        "precision": p,
        "recall": r,
        "f1": f1,
        "tp": tp,
        "found": n_found,
        "gold": n_gold,
    }


def _mapped(place: dict) -> bool:
    return bool(place.get("in_syria")) and place.get("kind") != "country"


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dashboard.pipeline import default_geotagger

    store = _store(args.db)
    articles, places = store.corrected_rows()
    corrected = {a["id"] for a in articles if a["corrections"]}
    gold: dict[str, set[str]] = {a: set() for a in corrected}
    for p in places:
        if p["article_id"] in corrected and _mapped(p):
            gold[p["article_id"]].add(p["place_id"])
    tagger, note = default_geotagger()
    if note:
        print(f"evaluate: {note}", file=sys.stderr)
        return 2
    found: dict[str, set[str]] = {}
    for aid in corrected:
        article = store.article(aid)
        tag = tagger(article) if article is not None else None
        if tag is None:
            found[aid] = set()
            continue
        found[aid] = {
            t.place.id for t in tag.places if t.place.in_syria and t.place.kind != "country"
        }
    result = score(gold, found)
    print(json.dumps(result) if args.json else _lines(result))
    return 0


def _lines(r: dict) -> str:
    return (
        f"{r['articles']} corrected articles, {r['gold']} places by the analysts, "
        f"{r['found']} by the geotagger, {r['tp']} in common\n"
        f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
    )


def add_parsers(sub, db_help: str) -> None:
    p = sub.add_parser("corrections", help="move analysts' corrections between stores (JSONL)")
    verbs = p.add_subparsers(dest="verb", required=True)
    e = verbs.add_parser("export", help="every correction, oldest first, as JSON Lines on stdout")
    e.add_argument("--db", default=None, help=db_help)
    e.set_defaults(func=cmd_export)
    i = verbs.add_parser("import", help="add the corrections of a JSON Lines file")
    i.add_argument("file", type=Path)
    i.add_argument("--db", default=None, help=db_help)
    i.set_defaults(func=cmd_import)
    v = sub.add_parser("evaluate", help="score the geotagger against the corrected articles")
    v.add_argument("--db", default=None, help=db_help)
    v.add_argument("--json", action="store_true", help="one JSON object instead of text")
    v.set_defaults(func=cmd_evaluate)
