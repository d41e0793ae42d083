"""Transliteration variants the name folding does not join, found only where the text says "place".

Arabic names reach Indonesian text with shifting vowels and endings (Jinderes/Jindayris,
Mehsa/Mhassa, Kafrtun/Kafr Tun, Achrafieh/Ashrafiyah). :func:`skeleton` keeps a folded name's
consonants (vowels, y and w dropped, French ch/dj and the th/dh/gh digraphs mapped), so such
spellings share one key; rapidfuzz's bounded Levenshtein similarity on the folded names then
confirms the pair (0.7, or 0.8 for a key of one or two consonants: "Sweisa"/Suwaysah, key
"s", shares it with many names); a first consonant must agree, a first vowel need not (Ayn
and hamza reach Latin as any vowel: Etman/'Uthman, Ein/Ayn). A capitalised word (or two)
that no gazetteer name matched is looked up this way only when a context word comes right
before it ("di", "kota", "desa" … see cues.tsv) or it stands in a list beside a place already
found. Such a match is
marked ``fuzzy``; the resolver lowers its confidence, so a village reached this way needs more
evidence than its exact spelling would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import compress, count
from typing import Any, Final

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from dashboard.geo.gazetteer import Gazetteer, normalize
from dashboard.geo.lexicon import common_words, cue_words, given_names, root_words, stopwords
from dashboard.geo.parse import lists

MIN_FOLDED: Final = 5  # shorter names have too many neighbours ("Erze"/"Arzah" stays unmatched)
MIN_SKELETON: Final = 3  # consonants a key keeps to be found at MIN_SIMILARITY
MIN_SIMILARITY: Final = 0.7  # normalised Levenshtein similarity of the folded forms
#: A name of y, w and vowels around one or two consonants ("Suwaysah" s, "Ya'qubiyah" kb,
#: "Dawudiyah" d, "Ziyarah" zr) shares its key with many names: it is found only this close.
SHORT_SIMILARITY: Final = 0.8
#: Right after "kota" or "desa" a name of three consonants or more whose skeleton is one
#: gazetteer place's, and no other place's as close, is found this far ("Desa Al-Majimer" is Al
#: Mujaymir, 0.57: the vowels of a name reach Latin in every shape, its consonants seldom do).
CUED_SIMILARITY: Final = 0.5
#: How much closer that place is than any other of its skeleton ("kota Mehsa": Mihassah 0.67,
#: Makhus 0.4).
CUED_MARGIN: Final = 0.2
#: The words that say "a town or village follows" outright (cues.tsv's "kota" and "desa").
STRONG_CUES: Final = frozenset({"kota", "desa"})
MAX_WORDS: Final = 2  # "Tel Tamer", "Kafr Tun": up to two capitalised words joined
KINDS: Final = frozenset({"populated_place", "other", "region", "admin1"})

_DIGRAPHS: Final = re.compile(r"ch|dj|th|dh|gh|ph|c|x")
_DIGRAPH_MAP: Final = {
    "ch": "sh",
    "dj": "j",
    "th": "t",
    "dh": "d",
    "gh": "g",
    "ph": "f",
    "c": "k",
    "x": "ks",
}
_VOWELS: Final = str.maketrans("", "", "aeiouyw")
_VOWEL: Final = frozenset("aeiou")
_DOUBLE: Final = re.compile(r"([a-z])\1+")

_CONTEXT: Final = cue_words("context", "type")
_CONTEXT_FORMS: Final = frozenset(f for w in _CONTEXT for f in (w, w.capitalize()))
_STOP: Final = stopwords()
_BLOCKED: Final = _STOP | given_names()
_JOINER_FORMS: Final = frozenset(f for w in lists.JOINERS for f in (w, w.capitalize()))
_MODIFIER_FORMS: Final = frozenset(f for w in lists.MODIFIERS for f in (w, w.capitalize()))
#: Generic first words of Arabic place names as written capitalised ("Kafr", "Burj", "Bab").
HEAD_FORMS: Final = frozenset(w.capitalize() for w in cue_words("name_head"))
#: Feature heads that are no context word ("penjara", "masjid", "ladang"): a name after one is
#: looked up too, and only a reviewed feature may answer ("penjara Geweran" is Ghwayran's prison;
#: toponyms.ToponymIndex._variant_matches keeps the features of such a hit).
_FEATURE_ONLY_FORMS: Final = frozenset(
    f for w in cue_words("feature_head") - _CONTEXT for f in (w, w.capitalize())
)
#: The words of feature heads ("pangkalan udara", "kamp pengungsi"): never a near variant's.
_FEATURE_WORDS: Final = cue_words("feature_head") | cue_words("feature_head_tail")
#: What opens a variant lookup of the word after it: a context word or a feature head.
_SEED_FORMS: Final = _CONTEXT_FORMS | _FEATURE_ONLY_FORMS


#: Letters only the Turkish and Kurdish (Kurmanji) alphabets write in a Syrian name ("Tuveyran",
#: "Hac Veli", "Şeyh", "Xirbe"), or that no Arabic transliteration uses: v and x.
_TURKISH_MARKS: Final = frozenset("şçğıöüêîûvx")
#: Those alphabets' letters as the Arabic-English transliteration writes the same sounds: ş sh,
#: ç ch, ğ gh, dotless ı i, Kurdish x kh, v for w and c for j (Cerablus, Hac; neither alphabet
#: writes "ch", so a c before h is left alone); circumflexed vowels lose their mark when folded.
_TURKISH_LETTERS: Final = str.maketrans(
    {"ş": "sh", "ç": "ch", "ğ": "gh", "ı": "i", "x": "kh", "v": "w"}
)
_TURKISH_C: Final = re.compile(r"c(?!h)")


def turkish_respelling(raw: str) -> str | None:
    """*raw* (a name as the text writes it) in the Arabic-English transliteration, when it is
    written in the Turkish or Kurdish alphabet (it holds a letter of :data:`_TURKISH_MARKS`):
    "Tuveyran" → "tuweyran" (Tuwayran), "Hac Veli" → "haj weli"; None for any other name. The
    -iye ending (Haliliye) is folded by :func:`normalize` itself."""
    low = raw.lower()
    if _TURKISH_MARKS.isdisjoint(low):
        return None
    return _TURKISH_C.sub("j", low).translate(_TURKISH_LETTERS)


def skeleton(folded: str) -> str:
    """The consonant key of a folded name: "jindayris" → "jndrs", "achrafia" → "shrf"."""
    return _DOUBLE.sub(r"\1", _digraphs_replaced(folded).translate(_VOWELS))


#: :data:`_DIGRAPHS`'s replacements as one ``str.replace`` each, in the pattern's order: no
#: replacement makes a pair a later one replaces (each leaves a letter no pair starts with, or an
#: "h" after an "s"), and "ch" goes before "c", as the pattern tries it first
#: (``tests/test_geo_fast.py`` compares the two on every gazetteer key and random strings).
_DIGRAPH_ORDER: Final = tuple(
    (d, _DIGRAPH_MAP[d]) for d in ("ch", "dj", "th", "dh", "gh", "ph", "c", "x")
)


def _digraphs_replaced(folded: str) -> str:
    """``_DIGRAPHS.sub`` with :data:`_DIGRAPH_MAP`, by C-level ``str.replace`` passes instead of
    a Python-level callback per digraph found."""
    for pair, replacement in _DIGRAPH_ORDER:
        if pair in folded:
            folded = folded.replace(pair, replacement)
    return folded


class VariantIndex:
    """Syrian place names by consonant skeleton: skeleton → [(folded name, place ids)]."""

    def __init__(self, gazetteer: Gazetteer):
        by_key: dict[str, dict[str, list[str]]] = {}
        by_name: dict[str, tuple[str, ...]] = {}
        for key, ids in gazetteer.keys().items():
            places = [gazetteer.places[i] for i in ids]
            wanted = [p.id for p in places if p.in_syria and p.kind in KINDS]
            if len(key) < MIN_FOLDED or not wanted or not key.isalpha():
                continue
            by_name[key] = tuple(wanted)
            skel = skeleton(key)
            if skel:
                by_key.setdefault(skel, {}).setdefault(key, []).extend(wanted)
        self._by_skeleton = {
            s: tuple((k, tuple(v)) for k, v in d.items()) for s, d in by_key.items()
        }
        #: each skeleton of MIN_SKELETON + 1 consonants or more, under every form with one of
        #: its consonants dropped (:meth:`near_lookup`)
        dropped: dict[str, list[str]] = {}
        for skel in self._by_skeleton:
            if len(skel) > MIN_SKELETON:
                for shorter in dict.fromkeys(_one_dropped(skel)):
                    dropped.setdefault(shorter, []).append(skel)
        self._dropped = {k: tuple(v) for k, v in dropped.items()}
        self._by_name = by_name
        #: the towns and villages :meth:`near_lookup` may answer with
        self._towns = frozenset(
            i
            for ids in by_name.values()
            for i in ids
            if gazetteer.places[i].kind == "populated_place"
        )
        #: every Syrian name of MIN_RESPELT letters or more, for :meth:`respelt_lookup`
        self._exact = {
            key: tuple(
                i for i in ids if gazetteer.places[i].in_syria and gazetteer.places[i].kind in KINDS
            )
            for key, ids in gazetteer.keys().items()
            if len(key) >= MIN_RESPELT and key.isalpha()
        }
        self._exact = {key: ids for key, ids in self._exact.items() if ids}
        foreign: dict[str, set[str]] = {}  # names of places abroad only, by first letter
        for key, ids in gazetteer.keys().items():
            if len(key) >= MIN_FOLDED - 1 and key.isalpha():
                if not any(gazetteer.places[i].in_syria for i in ids):
                    foreign.setdefault(key[0], set()).add(key)
        self._foreign = {initial: sorted(keys) for initial, keys in foreign.items()}

    def abroad(self, folded: str, key: str) -> bool:
        """A name of a place abroad is at least as close to the word *folded* as the Syrian
        name *key* its variant lookup found: a misspelt foreign name ("Ameriak" is Amerika, not
        the hamlet 'Umarak), as :func:`misspelt_word` says of common words."""
        names = self._foreign.get(folded[0])
        if not names:
            return False
        return _rival(folded, names, _score(folded, key))

    def lookup(self, folded: str) -> tuple[str, tuple[str, ...]] | None:
        """The closest gazetteer name sharing *folded*'s skeleton, and its places; None if none
        is similar enough. Names as close as the first one listed (which the gazetteer ranked)
        add their places after its own: "Bariqa" is one letter from Baraka (Afrin) and from
        Brika (Burayqah, Quneitra), and the article's other places choose among them; an
        Indonesian root word ("Maret", the month) takes the first name's places alone."""
        if len(folded) < MIN_FOLDED:
            return None
        # "dh" for the Arabic dad/dha, as the Indonesian Arabic-Latin standard writes it
        # ("Baidha'", "Ridha"; the gazetteer writes d): the whole name, with d for dh, or nothing
        if "dh" in folded:
            plain = folded.replace("dh", "d")
            ids = self._by_name.get(plain)
            if ids is not None:
                return plain, ids
        skel = skeleton(folded)
        best = None
        best_score = SHORT_SIMILARITY if len(skel) < MIN_SKELETON else MIN_SIMILARITY
        ties = folded not in _ROOTS  # filled with the parser (prepare_misspellings)
        for key, ids in self._by_skeleton.get(skel, ()):
            if key[0] == folded[0]:
                score = Levenshtein.normalized_similarity(folded, key)
            elif key[0] in _VOWEL and folded[0] in _VOWEL:
                # an initial vowel shifts: Ayn and hamza reach Latin as any vowel (Etman/'Uthman)
                score = Levenshtein.normalized_similarity(key[0] + folded[1:], key)
            else:
                continue  # a consonant never does: "Karnaz" is not "Garnaz"
            if score >= best_score and (best is None or score > best_score):
                best, best_score = (key, ids), score
            elif ties and best is not None and score == best_score:
                best = (best[0], best[1] + tuple(i for i in ids if i not in best[1]))
        return best

    def respelt_lookup(self, raw: str, folded: str) -> tuple[str, tuple[str, ...]] | None:
        """The places a gazetteer name is exactly, once *folded* (the word or words *raw*) is
        respelt with a letter Arabic transliteration alternates (:func:`arabic_respellings`):
        "Muazzamiyah" is Mu'addamiyah, "Foah" Al Fu'ah. One word only: an Indonesian word (a
        root or common word as written, "Toko", "Zona") and a word of fewer than four letters
        ("Moh") are never respelt."""
        if len(folded) < MIN_RESPELT or " " in raw:
            return None  # a name of two words is long enough for lookup's similarity
        if not any(letters in folded for letters in _ALTERNATE_LETTERS):
            return None  # most words: checked before any respelling is built
        for respelt in arabic_respellings(folded):  # most words have none: the guards wait
            ids = self._exact.get(respelt)
            if ids is not None:
                written = sum(c.isalpha() for c in raw)
                if written < MIN_RESPELT_WRITTEN or _indonesian(raw):
                    return None
                return respelt, ids
        return None

    def near_lookup(self, raw: str, folded: str) -> tuple[str, tuple[str, ...]] | None:
        """The one town whose name is a consonant away from *folded* (the word or two *raw*,
        right after a context word, that :meth:`lookup` did not find): a consonant dropped
        ("di Qamishi", Qamishli; "di Haref Nemra", Harf Bnimrah) or one too many, the rest as
        :meth:`lookup` asks (:data:`MIN_SIMILARITY`, the first letters agreeing). The shorter
        skeleton keeps :data:`MIN_SKELETON` consonants; two places as close leave the name
        unmatched ("propinsi Homsh": Homs and a dozen "hms" names), and so does a span holding
        an Indonesian word, a context word or a feature head ("Tanah Air" is one consonant
        from Tall Na'ur, "Istana" from Istamna). Towns and villages only: the typo of a
        feature's name is too near the words of its head. The tokenizer asks this only of a
        text that names Syria (:class:`~dashboard.geo.parse.toponyms.ToponymIndex`), and the
        resolver keeps the place only beside other Syrian places (``Entry.weak``)."""
        skel = skeleton(folded)
        if len(folded) < MIN_FOLDED or len(skel) < MIN_SKELETON or _any_indonesian(raw):
            return None
        named: list[tuple[str, tuple[str, ...]]] = []
        for longer in self._dropped.get(skel, ()):  # the text dropped a consonant
            named.extend(self._by_skeleton[longer])
        if len(skel) > MIN_SKELETON:  # the text added one
            for shorter in dict.fromkeys(_one_dropped(skel)):
                named.extend(self._by_skeleton.get(shorter, ()))
        scored = _ranked(folded, named)
        if not scored or scored[0][0] < MIN_SIMILARITY:
            return None
        top, key, ids = scored[0]
        if any(score >= top and not set(other) <= set(ids) for score, _, other in scored[1:]):
            return None  # two places as close: no clear winner
        towns = tuple(i for i in ids if i in self._towns)
        return (key, towns) if towns else None

    def cued_lookup(self, folded: str) -> tuple[str, tuple[str, ...]] | None:
        """The one place whose names share *folded*'s skeleton (three consonants or more) and
        are clearly the closest, down to :data:`CUED_SIMILARITY`: for a word right after "kota"
        or "desa" that :meth:`lookup` did not find. The resolver keeps such a place only in a
        text that names another Syrian place below the country, and not far from its sure places
        (``Entry.weak``)."""
        skel = skeleton(folded)
        if len(folded) < MIN_FOLDED or len(skel) < MIN_SKELETON:
            return None
        return _clear_winner(folded, self._by_skeleton.get(skel, ()))


def _one_dropped(skel: str) -> Iterator[str]:
    """*skel* with each of its consonants dropped in turn, doubles joined again ("kmshl" →
    "mshl", "kshl", "kmhl", "kmsl", "kmsh")."""
    for i in range(len(skel)):
        yield _DOUBLE.sub(r"\1", skel[:i] + skel[i + 1 :])


def _clear_winner(
    folded: str, named: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[str, tuple[str, ...]] | None:
    """The name of *named* (one skeleton's names) closest to *folded*, when it is at least
    :data:`CUED_SIMILARITY` close and every name of other places is :data:`CUED_MARGIN` further."""
    scored = _ranked(folded, named)
    if not scored or scored[0][0] < CUED_SIMILARITY:
        return None
    top, key, ids = scored[0]
    for score, _, other in scored[1:]:
        if score > top - CUED_MARGIN and not set(other) <= set(ids):
            return None
    return key, ids


def _ranked(
    folded: str, named: Iterable[tuple[str, tuple[str, ...]]]
) -> list[tuple[float, str, tuple[str, ...]]]:
    """(similarity, name, ids) of the names of *named* comparable with *folded*, closest first."""
    return sorted(
        ((_score(folded, key), key, ids) for key, ids in named if _comparable(folded, key)),
        reverse=True,
    )


def _comparable(folded: str, key: str) -> bool:
    """The first letters agree, or both are vowels (as :meth:`VariantIndex.lookup` asks)."""
    return key[0] == folded[0] or key[0] in _VOWEL and folded[0] in _VOWEL


#: Letters Arabic transliteration alternates that :func:`normalize` keeps apart, as (written,
#: the gazetteer's): the dad (ض, GeoNames d) merged with dha (ظ) in every colloquial Arabic and
#: is z in Persian, Turkish and Pashto (Wiktionary "ض"; Wikipedia "Dhah": Levantine z or d), so
#: "Muazzamiyah" is Mu'addamiyah; Indonesian writes it dl in the older Arabic-Latin spelling
#: ("Ramadlan"); the diphthong aw is o in most spoken Arabic and u is often o (Wikipedia
#: "Monophthongization", Arabic: aw > o, ay > e): "Foah" Al Fu'ah, "Foqani" Fawqani.
ALTERNATES: Final = (("z", "d"), ("dl", "d"), ("o", "u"), ("o", "aw"))
_ALTERNATE_LETTERS: Final = tuple(dict.fromkeys(written for written, _ in ALTERNATES))
MIN_RESPELT: Final = 3  # "Foah" (fua): a shorter name is matched by no respelling
#: Letters a respelt word has as written: "Foah" has four; the sweep's "Moh", "For" and "Car"
#: (Moh. for Mohammad, English words) would respell to hamlets' names.
MIN_RESPELT_WRITTEN: Final = 4


def arabic_respellings(folded: str) -> Iterator[str]:
    """*folded* with each pair of :data:`ALTERNATES` replaced, every occurrence at once, folded
    again, one pair after the other: "muazamiya" → "muadamiya", "foa" → "fua", "fawa"."""
    for a, b in ALTERNATES:
        if a in folded:
            yield normalize(folded.replace(a, b))


_COMMON: dict[str, list[str]] = {}  # folded common words and given names, by first letter
_ROOTS: dict[str, str] = {}  # folded root word → the word as written
_COMMON_SET: set[str] = set()  # every word of _COMMON


def prepare_misspellings() -> None:
    """Build the tables :func:`misspelt_word` reads (some 30,000 words folded, about 0.6 s):
    the parser calls it when it is built, so no article pays for it."""
    if not _ROOTS:
        _ROOTS.update(_folded_roots())
        _COMMON.update(_common_by_initial())
        _COMMON_SET.update(w for words in _COMMON.values() for w in words)


def misspelt_word(raw: str, folded: str, key: str) -> bool:
    """One word *raw* (folded *folded*) whose variant lookup found the gazetteer name *key* is
    more likely a misspelt Indonesian word or given name than a variant of the name: it folds
    to an Indonesian root word it is not ("Jalann" → jalan, "Pasaar" → pasar; PySastrawi's
    list), or a common word (the stopwords, Sastrawi's and ours) or a given name is at least as
    similar to it as *key* ("Manapuun" → manapun, "Basharr" → Bashar, a given name never a
    place alone). A root word as written ("Atman") is left to :mod:`dashboard.geo.parse.words`,
    and so is one that folds to *key* itself (the place's own name). Common words with
    *folded*'s first letter are compared: a typo seldom hits the first letter."""
    prepare_misspellings()
    root = _ROOTS.get(folded)
    if root is not None and root != raw.lower() and folded != key:
        return True
    words = _COMMON.get(folded[0])
    if not words:
        return False
    return _rival(folded, words, _score(folded, key))


def _rival(folded: str, names: list[str], score: float) -> bool:
    """One of *names* is at least *score* close to *folded*. Below :data:`MIN_SIMILARITY` (a
    name "kota" or "desa" cued, :func:`_clear_winner`) a rival must also share *folded*'s
    skeleton or be MIN_SIMILARITY close: the place won on its consonants, and "Majimer" is no
    typo of "militer" (0.57) nor of Iraq's Mahmur."""
    cutoff = score - 1e-6  # "as close": rapidfuzz rounds an exact tie away
    scorer = Levenshtein.normalized_similarity
    if score >= MIN_SIMILARITY:
        return process.extractOne(folded, names, scorer=scorer, score_cutoff=cutoff) is not None
    skel = skeleton(folded)
    return any(
        similarity >= MIN_SIMILARITY or skeleton(name) == skel
        for name, similarity, _ in process.extract(
            folded, names, scorer=scorer, score_cutoff=cutoff, limit=None
        )
    )


def _score(folded: str, key: str) -> float:
    """The similarity :meth:`VariantIndex.lookup` gave *key* (an initial vowel may shift)."""
    if key[0] != folded[0] and key[0] in _VOWEL and folded[0] in _VOWEL:
        folded = key[0] + folded[1:]
    return Levenshtein.normalized_similarity(folded, key)


def _indonesian(raw: str) -> bool:
    """Each word of *raw* is an Indonesian root or common word as written ("Toko", "Zona")."""
    prepare_misspellings()
    words = raw.lower().split()
    return all(normalize(w) in _ROOTS or normalize(w) in _COMMON_SET for w in words)


def _any_indonesian(raw: str) -> bool:
    """A word of *raw* is an Indonesian root or common word, or a context word or feature head
    ("Tanah Air", "Istana", "Penjara X", "Pangkalan Udara X")."""
    prepare_misspellings()
    for word in raw.split():
        low = word.lower()
        folded = normalize(low)
        if folded in _ROOTS or folded in _COMMON_SET or low in _CONTEXT or low in _FEATURE_WORDS:
            return True
    return False


def _folded_roots() -> dict[str, str]:
    roots: dict[str, str] = {}
    for word in sorted(root_words()):
        if word.isalpha():
            roots.setdefault(normalize(word), word)
    return roots


def _common_by_initial() -> dict[str, list[str]]:
    by_initial: dict[str, set[str]] = {}
    for word in common_words() | _BLOCKED:
        folded = normalize(word) if word.replace("-", "").isalpha() else ""
        if len(folded) >= MIN_FOLDED - 1:
            by_initial.setdefault(folded[0], set()).add(folded)
    return {initial: sorted(words) for initial, words in by_initial.items()}


def candidate_spans(
    raws: list[str], gap: Callable[[int], str], covered: set[int], places: set[int]
) -> list[tuple[int, int]]:
    """Word ranges (first, last) worth a variant lookup: capitalised words no match covers, right
    after a context word ("kota kecil" too), next to a found place in a list ("Afrin, Jinderes dan
    Rajo", "Qusayr dan Dabousiya"), or later in a list a context word opened ("desa-desa Erze,
    Kafrtun dan Yadgun").

    *gap(i)* is the text between word i and word i + 1; *places* the words of found places."""
    n = len(raws)
    # the word after each context word, or feature head ("penjara X"): one pass over the words
    seeds = {i + 1 for i in range(n) if raws[i] in _SEED_FORMS}
    for i in [i for i in seeds if i < n and raws[i] in _MODIFIER_FORMS]:
        seeds.add(i + 1)  # "kota kecil X", "kamp pengungsi X"
        if i + 1 < n and raws[i + 1] in _MODIFIER_FORMS:
            seeds.add(i + 2)  # "pangkalan angkatan udara X"
    for i in places:  # only beside a comma or a conjunction, then a capital (most are not)
        if i + 1 < n:
            nxt = raws[i + 1]
            if nxt in _JOINER_FORMS and i + 2 < n and raws[i + 2][:1].isupper():
                seeds.add(i + 2)
            elif gap(i)[:1] == "," and nxt[:1].isupper() and _free_item(raws, covered, i, 1):
                after = lists.next_item(raws, gap, i)
                if after is not None:
                    seeds.add(after[0])
        if i and (gap(i - 1)[:1] == "," or i > 1 and raws[i - 1] in _JOINER_FORMS):
            if _free_item(raws, covered, i, -1):
                before = lists.prev_item_end(raws, gap, i)
                if before is not None:
                    seeds.add(before[0])
    return spans_from(raws, gap, covered, places, openers(raws, seeds, covered))


def _free_item(raws: list[str], covered: set[int], i: int, step: int) -> bool:
    """The word a list step from word i reaches (next to it, or past a conjunction: what
    :func:`lists.next_item` and :func:`lists.prev_item_end` return) is covered by no match: a
    covered seed never opens a span (:func:`openers`), so the list walk is skipped."""
    j = i + step
    k = j + step if raws[j].lower() in lists.JOINERS else j
    return k not in covered


def openers(raws: list[str], seeds: set[int], covered: set[int]) -> list[int]:
    """The seeds that may open a span, in order: a seed that is no capitalised name word, or is
    covered, never does (:func:`spans_from` would stop at once), so it is dropped here with the
    cheap tests first."""
    n = len(raws)
    return [
        i
        for i in sorted(seeds)
        if 0 <= i < n and raws[i][:1].isupper() and i not in covered and _name_word(raws[i])
    ]


def spans_from(
    raws: list[str],
    gap: Callable[[int], str],
    covered: set[int],
    places: set[int],
    seeds: list[int],
) -> list[tuple[int, int]]:
    """The spans opened at *seeds* (ascending), each list followed to its end."""
    n = len(raws)
    spans: list[tuple[int, int]] = []
    end = -1
    for i in seeds:
        listed = False  # reached as the next item of a list a placey item opened
        while i > end and 0 <= i < n and i not in covered and _name_word(raws[i]):
            if not listed and not _placey(raws, gap, places, i):
                break
            end = _span_end(raws, gap, covered, i)
            spans.append((i, end))
            nxt = lists.next_item(raws, gap, end)
            if nxt is None:
                break
            i, listed = nxt[0], True  # the list goes on: its next item is as much a place
    return spans


def _span_end(raws: list[str], gap: Callable[[int], str], covered: set[int], i: int) -> int:
    end = i
    while end + 1 < len(raws) and end + 1 - i < MAX_WORDS and end + 1 not in covered:
        if gap(end).strip(" \t-") or not _name_word(raws[end + 1]):
            break
        end += 1
    return end


def _name_word(raw: str) -> bool:
    return raw[:1].isupper() and raw.isalpha() and not raw.isupper() and raw.lower() not in _BLOCKED


def run_on_word(raw: str) -> bool:
    """A word that may go on a one-word name as its second word ("Bosra al-Sham", "Baghuz
    Foqani"): capitalised, letters only, not all capitals, no stopword or given name
    ("Bosra Ahmad" is a person)."""
    return _name_word(raw)


def _head_name_word(raw: str) -> bool:
    """A name word after a generic head: a given name too ("Burj Abdullah", "Tal Ali")."""
    return raw[:1].isupper() and raw.isalpha() and not raw.isupper() and raw.lower() not in _STOP


def _placey(raws: list[str], gap: Callable[[int], str], places: set[int], i: int) -> bool:
    """A context word or a feature's head before word i, or a found place beside it across a
    list separator."""
    if lists.head_word(raws, gap, i) is not None or after_feature_head(raws, i):
        return True
    before = lists.prev_item_end(raws, gap, i)
    if before is not None and before[0] in places:
        return True
    after = lists.next_item(raws, gap, lists.item_end(raws, gap, i))
    return after is not None and after[0] in places


def strongly_cued(raws: list[str], first: int) -> bool:
    """Word *first* follows "kota" or "desa" (:data:`STRONG_CUES`), over one adjective ("kota
    kecil X")."""
    i = first - 1
    if i > 0 and raws[i] in _MODIFIER_FORMS:
        i -= 1
    return i >= 0 and raws[i].lower() in STRONG_CUES


def after_feature_head(raws: list[str], first: int) -> bool:
    """Word *first* follows a feature head that is no context word, over one adjective
    ("penjara Geweran", "penjara militer X")."""
    i = first - 1
    if i > 0 and raws[i] in _MODIFIER_FORMS:
        i -= 1
    return i >= 0 and raws[i] in _FEATURE_ONLY_FORMS


def fold_span(raws: list[str], first: int, last: int) -> str:
    """The folded form of words first..last joined, as the gazetteer keys are."""
    return normalize(" ".join(raws[first : last + 1]))


def head_spans(
    raws: list[str], gap: Callable[[int], str], heads: frozenset[str], multi: set[int]
) -> list[tuple[int, int]]:
    """Pairs (i, i + 1) of a generic first word of a place name (*heads*: those in the text) and
    the name word after it ("Kafr Sijna", "Burj Abdullah", "Bab Amro"): the head says "place"
    as a context word would. A word inside a match of two words or more (*multi*) is left alone;
    a head or name word matched alone ("Bab" is al-Bab, "Haleb" Aleppo) is not."""
    n = len(raws)
    spans = []
    for i in compress(count(), map(heads.__contains__, raws)):
        j = i + 1
        if j < n and i not in multi and j not in multi and _head_name_word(raws[j]):
            if not gap(i).strip(" \t-"):
                spans.append((i, j))
    return spans


def words_of(matches: list[Any]) -> tuple[set[int], set[int]]:
    """The words the matches cover, and the first and last words of the places among them."""
    covered = {m.first for m in matches}
    places = {m.first for m in matches if not m.entry.blocker}
    for m in [m for m in matches if m.last != m.first]:  # few names are longer than a word
        covered.update(range(m.first + 1, m.last + 1))
        if not m.entry.blocker:
            places.add(m.last)
    return covered, places


def span_tries(
    between: list[str], first: int, last: int, singles: dict[int, Any]
) -> tuple[tuple[int, int], ...]:
    """The word ranges a variant span is looked up as, longest first. A one-word span also runs
    over a one-word name right after it (*singles*: such names by their word): in "desa Suhwat
    Balata" (Sahwat al Balatah) and "Jesr al-Shughour" (Jisr al-Shughur) the second word alone
    names another village."""
    if last > first:
        return ((first, last), (first, first))
    if first + 1 in singles and not between[first].strip(" \t-"):
        return ((first, first + 1), (first, first))
    return ((first, last),)
