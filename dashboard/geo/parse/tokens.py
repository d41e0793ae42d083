"""The words of one text, folded as the gazetteer's names are, for the toponym automaton.

A word is a run of letters and digits with inner apostrophes kept (Sa'a, Ma'arrat). An Arabic
article written as its own word ("al-Zabadani", "Al Malah") is joined to the word after it. Each
word is folded with :func:`~dashboard.geo.names.normalize`'s rules, once per distinct word (a
set difference with the fold cache finds the new ones) and looked up with C-level ``map``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import compress
from typing import Final

from dashboard.geo.gazetteer import normalize
from dashboard.geo.parse.names import ARABIC_ARTICLES, normalize_ascii_words

#: A word: letters/digits, with inner apostrophes kept (Sa'a, Ma'arrat, Hay'at).
WORD_RE: Final = re.compile(r"[^\W_]+(?:['’‘`ʼ][^\W_]+)*")
_SPLIT: Final = re.compile(f"({WORD_RE.pattern})")  # the words and the text between them, in turn
#: The same split of a text without "_" (there \w is [^\W_]); a possessive repeat never gives
#: back what it took, which no match here needs (an apostrophe is no word character): faster.
_SPLIT_NO_UNDERSCORE: Final = re.compile(r"(\w++(?:['’‘`ʼ]\w++)*+)")
#: The same split of an ASCII text without "_": there \w is [0-9A-Za-z], which the engine tests
#: with a table instead of a Unicode category lookup a character.
_SPLIT_ASCII: Final = re.compile(r"([0-9A-Za-z]++(?:['`][0-9A-Za-z]++)*+)")

#: Arabic article forms written as a separate word ("al-Zabadani", "Al Malah", "Deir ez-Zor").
ARTICLES: Final = frozenset(ARABIC_ARTICLES)
_ARTICLE_FORMS: Final = frozenset(f for a in ARTICLES for f in (a, a.capitalize(), a.upper()))
_GAP_MARKS: Final = " \t'’‘`ʼʿ"  # what may stand between an article and its word

_ASCII_LOWER: Final = b"abcdefghijklmnopqrstuvwxyz"  # deleted by _rests
_FEW: Final = 32  # up to this many article words are deleted one by one, more in one pass
_MAX_FOLDS: Final = 500_000  # words remembered by a ToponymIndex's fold cache


class Tokens:
    """The words of one text as parallel lists (built with C-level map/zip where it counts)."""

    __slots__ = ("text", "starts", "ends", "raws", "keys", "attached", "words", "between")

    def __init__(
        self,
        text: str,
        fold: dict[str, str],
        lower_fold: frozenset[str] = frozenset(),
        vocabulary: dict[str, str] | None = None,
    ):
        """*fold*: a cache of each word's form for the automaton: its fold (:func:`fold_words`;
        *lower_fold*: the lower-case words that need folding, every other lower-case ASCII word
        is matched as written), or "" when *vocabulary* (every word of a key, mapped to itself)
        is given and holds no such word: no key can match across the two spaces around an empty
        word, so the automaton finds what it would in the whole text, in a third of it."""
        self.text = text
        if "_" in text:
            split = _SPLIT
        else:
            split = _SPLIT_ASCII if text.isascii() else _SPLIT_NO_UNDERSCORE
        raws, starts, ends = _words(text, split)
        self.raws = raws
        self.starts = starts
        self.ends = ends
        #: the text between word i and word i + 1 (after the last word: the rest of the text)
        self.between: list[str] = [text[ends[i] : starts[i + 1]] for i in range(len(raws) - 1)]
        if raws:
            self.between.append(text[ends[-1] :])
        self.attached: list[bool] = [False] * len(raws)  # an Arabic article came before it
        if not _ARTICLE_FORMS.isdisjoint(self.raws):
            self._merge_articles()
        #: every word as written: a lowercase form in here marks a common word, not a name
        self.words: frozenset[str] = frozenset(self.raws)
        missing = self.words.difference(fold)
        if not missing:
            self.keys: list[str] = [fold[r] for r in self.raws]
            return
        new = fold_words(  # with *vocabulary*, a word no key holds is read as an empty word
            missing, lower_fold, ascii_text=split is _SPLIT_ASCII, vocabulary=vocabulary
        )
        if len(fold) < _MAX_FOLDS:
            fold.update(new)
            self.keys = [fold[r] for r in self.raws]
        else:
            self.keys = [new[r] if r in new else fold[r] for r in self.raws]  # cache full

    def _merge_articles(self) -> None:
        """Drop article words, moving each following word's start back over its article."""
        text, raws, starts, ends = self.text, self.raws, self.starts, self.ends
        drop = [
            i
            for i in range(len(raws))
            if raws[i] in _ARTICLE_FORMS and _is_article(text, raws, starts, ends, i)
        ]
        if not drop:
            return
        for i in reversed(drop):  # right to left: "al-" chains end up on the real word
            starts[i + 1] = starts[i]
            self.attached[i + 1] = True
        if len(drop) <= _FEW:  # a few: each `del` shifts the later words, in C
            for i in reversed(drop):
                del raws[i], starts[i], ends[i], self.attached[i], self.between[i]
        else:  # many: one pass, not one shift of every later word per article word
            keep = [True] * len(raws)
            for i in drop:
                keep[i] = False
            raws = self.raws = list(compress(raws, keep))
            starts = self.starts = list(compress(starts, keep))
            ends = self.ends = list(compress(ends, keep))
            self.attached = list(compress(self.attached, keep))
            self.between = list(compress(self.between, keep))
        attached = self.attached
        for k in range(1, len(raws)):  # a word that took its article's start
            if attached[k]:
                self.between[k - 1] = text[ends[k - 1] : starts[k]]

    def folded(self) -> str:
        """The automaton's input " w1 w2 … ": one space before each word and after the last."""
        return " " + " ".join(self.keys) + " "

    def gap(self, i: int, j: int) -> str:
        """The text between word i and word j (j > i)."""
        return self.between[i] if j == i + 1 else self.text[self.ends[i] : self.starts[j]]


def _words(text: str, split: re.Pattern[str]) -> tuple[list[str], list[int], list[int]]:
    """The words of *text* (*split*'s, which never match across white space) and where each
    starts and ends. The text is cut at single spaces, so each piece's place is known; a piece
    that is all letters and digits is one word (``str.isalnum`` is the regex's "[^\\W_]"), as
    is one with a single mark before or after such a run ("Idlib,", "(AFP", an apostrophe
    there joins nothing); a piece holding line breaks ("Suriah.\\n\\nDamaskus", about nine an
    article: a paragraph's last word and the next one's first) is cut at them, and its lines
    read in turn; only the others (inner marks or apostrophes, other white space) go through
    the regex, so most words are found without it."""
    raws: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for piece in text.split(" "):
        n = len(piece)
        if piece.isalnum():  # most pieces: one word
            raws.append(piece)
            starts.append(pos)
            ends.append(pos + n)
        elif "\n" in piece:
            at = pos
            for line in piece.split("\n"):
                _piece_words(line, at, split, raws, starts, ends)
                at += len(line) + 1
        elif n:
            _piece_words(piece, pos, split, raws, starts, ends)
        pos += n + 1
    return raws, starts, ends


def _piece_words(
    piece: str,
    pos: int,
    split: re.Pattern[str],
    raws: list[str],
    starts: list[int],
    ends: list[int],
) -> None:
    """The words of *piece* (no space in it; it starts at *pos*), appended to the lists."""
    n = len(piece)
    if n == 0:
        return
    if piece.isalnum():
        raws.append(piece)
        starts.append(pos)
        ends.append(pos + n)
    elif n > 1 and not piece[-1].isalnum() and piece[:-1].isalnum():
        raws.append(piece[:-1])
        starts.append(pos)
        ends.append(pos + n - 1)
    elif n > 1 and not piece[0].isalnum() and piece[1:].isalnum():
        raws.append(piece[1:])
        starts.append(pos + 1)
        ends.append(pos + n)
    elif n > 2 and not piece[0].isalnum() and not piece[-1].isalnum() and piece[1:-1].isalnum():
        raws.append(piece[1:-1])  # "(SOHR)", "'Idlib'": a mark on each side
        starts.append(pos + 1)
        ends.append(pos + n - 1)
    elif n > 2 and piece.count("-") == 1 and _hyphened(piece, pos, raws, starts, ends):
        return  # "al-Assad", "anak-anak": two words
    elif n > 1:  # one character that is no letter or digit is no word
        _split_piece(piece, pos, split, raws, starts, ends)


def _hyphened(piece: str, pos: int, raws: list[str], starts: list[int], ends: list[int]) -> bool:
    """The two words of *piece* appended when it is two runs of letters and digits joined by one
    hyphen (the regex's words there: a hyphen is no apostrophe), else nothing and False."""
    head, _, tail = piece.partition("-")
    if not (head.isalnum() and tail.isalnum()):
        return False
    k = len(head)
    raws.append(head)
    starts.append(pos)
    ends.append(pos + k)
    raws.append(tail)
    starts.append(pos + k + 1)
    ends.append(pos + len(piece))
    return True


def _split_piece(
    piece: str,
    pos: int,
    split: re.Pattern[str],
    raws: list[str],
    starts: list[int],
    ends: list[int],
) -> None:
    """The regex's words of *piece* (which starts at *pos*), appended to the lists."""
    parts = split.split(piece)  # gap, word, gap, …, gap
    at = pos + len(parts[0])
    for k in range(1, len(parts), 2):
        raw = parts[k]
        raws.append(raw)
        starts.append(at)
        at += len(raw)
        ends.append(at)
        at += len(parts[k + 1])


def _is_article(text: str, raws: list[str], starts: list[int], ends: list[int], i: int) -> bool:
    """An article word: "al-X", "Al X", "Al 'X", "AL X" ("AS" alone is the United States).

    Written apart, a short form is an article only before the consonant it assimilates to, as
    :func:`dashboard.geo.parse.names.normalize` reads it in the gazetteer's names ("As
    Sanamayn", "Ad Dana", "Ash Shaddadi"): otherwise it is a word of its own, most often a
    given name before a surname ("Ed Sheeran", "Ash Carter"), not Shiran's article."""
    if i + 1 >= len(raws):
        return False
    e = ends[i]
    if text[e : e + 1] == "-":
        return True
    raw, nxt = raws[i], raws[i + 1]
    if raw.isupper() and (raw not in ("AL", "EL") or not nxt.isupper()):
        return False
    if not nxt.lower().startswith(ARABIC_ARTICLES[raw.lower()]):
        return False  # "Ed Sheeran": no article before an s
    return nxt[0].isupper() and not text[e : starts[i + 1]].strip(_GAP_MARKS)


def _rests(words: list[str]) -> list[bytes]:
    """What is left of each word once its ASCII lower-case letters are deleted (b"": the word is
    lower-case ASCII letters alone, ``islower() and isalpha()`` of an ASCII word), for all the
    words in three C-level passes over their UTF-8 (a letter outside ASCII is two bytes or more,
    none of them a-z) instead of three ``str`` method calls a word."""
    rests = (
        "\n".join(words).encode("utf-8", "surrogatepass").translate(None, _ASCII_LOWER).split(b"\n")
    )
    if len(rests) != len(words):  # a word holding a line break (never one of a text's words)
        return [w.encode("utf-8", "surrogatepass").translate(None, _ASCII_LOWER) for w in words]
    return rests


def fold_words(
    words: Iterable[str],
    lower_fold: frozenset[str] = frozenset(),
    *,
    ascii_text: bool = False,
    vocabulary: dict[str, str] | None = None,
) -> dict[str, str]:
    """Each word's folded form, as the automaton's keys are folded.

    A lower-case ASCII word is kept as written unless some name needs it folded (*lower_fold*):
    keys are folded, so a word as written can only match where its folding would ("timur" in
    "Ghouta timur"), and folding every ordinary word of an unseen text was most of the work.
    Other ASCII words are folded together in one pass (:func:`normalize_ascii_words`); the rest
    (accents, apostrophes) one by one with :func:`normalize`. *ascii_text*: every word is
    ASCII (the text is), so no word is tested for it. *vocabulary* (every word of a key, mapped
    to itself): each fold is looked up in it, and one no key holds is "" (a word kept as written
    is looked up at once, not stored and then read again)."""
    out: dict[str, str] = {}
    folds: dict[str, str] = {}  # the words that change, when a vocabulary maps them
    if vocabulary is None:
        folds = out
    plain: list[str] = []
    listed = list(words)
    rests = _rests(listed)
    for n, raw in enumerate(listed):
        if not rests[n] and raw and raw not in lower_fold:  # a-z alone: lower-case ASCII letters
            out[raw] = raw if vocabulary is None else vocabulary.get(raw, "")
        elif (ascii_text or raw.isascii()) and raw.isalnum():
            plain.append(raw)
        else:
            folds[raw] = normalize(raw) or raw.casefold()
    if plain:
        folds.update(zip(plain, normalize_ascii_words(plain), strict=True))
    if vocabulary is not None:
        for raw, key in folds.items():
            out[raw] = vocabulary.get(key, "")
    return out
