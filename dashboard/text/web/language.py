"""A page's language: what its markup declares, else a guess from its function words.

Declared: ``<html lang>``, ``<meta http-equiv="content-language">``, ``og:locale`` or JSON-LD
``inLanguage`` (trafilatura does not report a language without its optional identifier). A page
declaring nothing is guessed from the share of its words that are common function words of each
language in ``function_words.tsv``; too few of either means "not known" (None).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

MIN_SHARE = 0.08  # of the words: Indonesian news prose runs at 0.2-0.3 for its function words
_WORD = re.compile(r"[^\W\d_]+")


@cache
def function_words() -> dict[str, frozenset[str]]:
    rows = resources.files(__package__).joinpath("function_words.tsv").read_text("utf-8")
    found: dict[str, set[str]] = {}
    for row in rows.splitlines():
        if row.strip() and not row.startswith("#"):
            lang, word = row.split("\t")
            found.setdefault(lang, set()).add(word.strip())
    return {lang: frozenset(words) for lang, words in found.items()}


def primary(tag: str | None) -> str | None:
    """ "id-ID", "in_ID", "ID" → "id" (the old "in" code for Indonesian included)."""
    if not tag or not tag.strip():
        return None
    code = re.split(r"[-_]", tag.strip().casefold())[0]
    return "id" if code == "in" else code or None


def guess_language(text: str) -> str | None:
    """The language whose function words make up most of ``text``, if at least MIN_SHARE."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return None
    shares = {
        lang: sum(w in vocab for w in words) / len(words)
        for lang, vocab in function_words().items()
    }
    lang, share = max(shares.items(), key=lambda item: item[1])
    return lang if share >= MIN_SHARE else None
