"""Outlet tags and credit lines: the names in them are outlets, agencies or photographers.

Wire copy tags a story with its agency in brackets, in capitals, after the dateline or at the
end of a paragraph: "DAMASKUS (MINA) -", "… kata dia. (ANTARA/AFP)". Some acronyms fold like a
Syrian name ("MINA", Mi'raj News Agency, like Minakh, the Menagh airbase). Such a tag is known
by its shape, not by a list of agencies: brackets holding one to four short words, each in
capitals, with nothing else ("(MINA)", "(MINA/AFP)", "(ANTARA, REUTERS)"); or, in any case, a
bracketed tag that closes a paragraph right after a sentence mark ("… katanya. (Mina)").
A credit line names where a photo or a text came from: a credit label (cues.tsv role
``credit``: Foto, Sumber, Kredit …) and a colon, at a line's start or right after a bracket,
then capitalised words only ("Foto: AFP/Idlib Media Center", "Sumber: Al Mayadeen"); a
caption's prose has lower-case words ("Foto: Warga di Aleppo …") and stays a caption.

An abbreviation of a place's own ("Amerika Serikat (AS)") is no tag: the caller keeps those."""

from __future__ import annotations

import re
from typing import Final

from dashboard.geo import lexicon

_MAX_TAG: Final = 40  # characters inside a tag's brackets
_MAX_CREDIT: Final = 80  # characters from a credit label to its name
#: What a tag holds: up to four words (letters, digits, dots, hyphens) parted by "/", "," or spaces.
_TAG_BODY: Final = re.compile(
    r"[^\W_][\w.'’-]*(?:\s*[/,&]\s*[^\W_][\w.'’-]*|\s+[^\W_][\w.'’-]*){0,3}"
)
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_CREDIT_JOINERS: Final = frozenset({"al", "el", "ad", "as", "ar", "dan", "and", "via"})
_SENTENCE_END: Final = (".", "!", "?", '"', "”", "’")
_CREDIT_LABELS: Final = "|".join(
    sorted(map(re.escape, lexicon.cue_words("credit")), key=len, reverse=True)
)
#: A credit label and its colon, opening a line or a bracket, and what follows on that line.
_CREDIT: Final = re.compile(
    rf"(?:^|(?<=\())[ \t]*(?i:{_CREDIT_LABELS})[ \t]*:[ \t]*(?P<rest>[^\n()]*)", re.MULTILINE
)


def in_outlet_tag(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] stands in an agency's bracketed tag ("(MINA)")."""
    left = text.rfind("(", max(0, start - _MAX_TAG), start)
    if left < 0:
        return False
    right = text.find(")", end, left + _MAX_TAG + 2)
    if right < 0:
        return False
    inside = text[left + 1 : right]
    if "(" in inside or "\n" in inside or not _TAG_BODY.fullmatch(inside.strip()):
        return False
    words = _LETTERS.findall(inside)
    if all(w.isupper() for w in words):
        return True  # "(MINA)", "(ANTARA/AFP)"
    line_end = text.find("\n", right)
    rest = text[right + 1 : line_end if line_end >= 0 else len(text)]
    return not rest.strip() and text[:left].rstrip().endswith(_SENTENCE_END)  # "… dia. (Mina)"


def in_credit_line(text: str, start: int) -> bool:
    """The name at *start* follows a credit label on its line, and the credit holds capitalised
    words alone ("Foto: AFP/Idlib Media Center"; a joining word or an Arabic article may stand
    between them: "Sumber: al-Mayadeen dan Reuters")."""
    line = text.rfind("\n", 0, start) + 1
    if start - line > _MAX_CREDIT or text.rfind(":", line, start) < 0:
        return False  # the cheap test first: most names have no colon before them on their line
    line_end = text.find("\n", start)
    for m in _CREDIT.finditer(text, line, line_end if line_end >= 0 else len(text)):
        if m.start("rest") <= start < m.end("rest"):
            words = _LETTERS.findall(m.group("rest"))
            return all(w[0].isupper() or w in _CREDIT_JOINERS for w in words)
    return False
