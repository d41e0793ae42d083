"""Find toponym candidates in text with one Aho-Corasick automaton over the gazetteer's names.

Every gazetteer name (and every phrase of the not-a-place lexicon) is cut into words, each word
folded with the gazetteer's :func:`~dashboard.geo.names.normalize`, and the words joined with single
spaces and framed by spaces (``" guta timur "``). The text goes through the same steps, so one pass
of the automaton over ``" w1 w2 … wn "`` finds every name that starts and ends on a word boundary,
whatever its spelling variant (Ghutah/Ghouta, Idleb/Idlib, al-Zabadani/Az Zabadani). The longest
match wins, a not-a-place phrase included ("Ahrar Syam" hides "Syam"). Capitalisation is checked
here; what the words around a match say is :mod:`dashboard.geo.parse.context`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

import ahocorasick

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import Gazetteer, normalize
from dashboard.geo.parse import headless
from dashboard.geo.parse.lists import head_word
from dashboard.geo.parse.lowercase import named_after_head
from dashboard.geo.parse.names import normalize_ascii_words, normalize_word
from dashboard.geo.parse.overlaps import contest, disjoint
from dashboard.geo.parse.tokens import ARTICLES, WORD_RE, Tokens
from dashboard.geo.parse.variants import (
    HEAD_FORMS,
    VariantIndex,
    after_feature_head,
    candidate_spans,
    fold_span,
    head_spans,
    misspelt_word,
    run_on_word,
    span_tries,
    strongly_cued,
    turkish_respelling,
    words_of,
)
from dashboard.model import Place

#: Compass words, Indonesian and English, with their direction; two-word compass points.
COMPASS: Final = lexicon.cue_values("compass")
COMPASS_PAIRS: Final = {
    tuple(pair.split()): direction for pair, direction in lexicon.cue_values("compass_pair").items()
}
#: Generic heads a feature's name may start with in lower case ("kamp Roj", "lapangan Umayyah").
FEATURE_HEADS: Final = lexicon.cue_words("feature_head")
#: Lower-case second words of such a head ("pangkalan udara Tabqa", "ladang minyak al-Omar").
FEATURE_HEAD_TAILS: Final = lexicon.cue_words("feature_head_tail")
#: Town words ("kota", "desa") before an adjective open a name in lower case when the gazetteer
#: writes the name with both: "kota tua Homs" is its "Kota Tua Homs", the old city, as "kota
#: Baath" is "Kota Baath"; "kota kecil Homs", no gazetteer name, is the town after its words.
_TOWN_HEADS: Final = frozenset(
    w for w, kind in lexicon.cue_values("type").items() if kind in ("town", "village")
)
_TOWN_HEAD_TAILS: Final = lexicon.cue_words("modifier")

_LATIN_KEY: Final = re.compile(r"^[a-z0-9 ]+$")
_DOMAIN_AFTER: Final = re.compile(r"[\w-]*\.(?:com|net|org|co|id|tv|info)\b", re.IGNORECASE)
#: The characters a web address may go on with right after a word ("Arabi21.com", "x-news.id"):
#: a word ends before any other letter or digit, so _DOMAIN_AFTER can only match after these.
_DOMAIN_LEADS: Final = (".", "-", "_")
_STANCE_PREFIXES: Final = ("pro-", "anti-")
_SPACE_OR_HYPHEN: Final = re.compile(r"^[ \t\u00a0]*-?[ \t\u00a0]*$")


@dataclass(frozen=True, slots=True)
class Entry:
    """What one automaton key stands for: places (ranked) or a not-a-place phrase."""

    key: str  # the space-joined folded words, without the framing spaces
    ids: tuple[str, ...]  # candidate place ids, best first; () for a not-a-place phrase
    n_words: int
    blocker: str | None = None  # not-a-place category ("faction", "outlet" …)
    abbreviation: bool = False  # only ever an upper-case abbreviation ("AS")
    fuzzy: bool = False  # a transliteration variant found by :mod:`variants`, not a name as listed
    #: a variant found only as "kota"/"desa" cued it (variants.VariantIndex.cued_lookup): kept
    #: only where the text names another Syrian place below the country, not far from its own
    weak: bool = False


class Match(NamedTuple):
    """A name found in the text: its characters, its words and what it may refer to.

    (An immutable named tuple rather than a dataclass: one is built per name, in the hot loop.)
    """

    start: int
    end: int
    first: int  # index of its first word in Tokens
    last: int  # index of its last word (inclusive)
    surface: str
    entry: Entry


def name_key(name: str) -> str:
    """The automaton key of a name: folded words without the Arabic article, space-joined."""
    words = [m.group() for m in WORD_RE.finditer(name)]
    if len(words) > 1:
        words = [w for w in words[:-1] if w.lower() not in ARTICLES] + words[-1:]
    return " ".join(normalize(w) or w.casefold() for w in words)


class ToponymIndex:
    """The automaton over every place name and not-a-place phrase of one gazetteer."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        #: each word as written → the automaton's form of it (see Tokens), learnt per text
        self.fold: dict[str, str] = {}
        keyed = _place_keys(gazetteer)
        self.entries: dict[str, Entry] = {}
        for key, (ids, abbrev) in keyed.items():
            self.entries[key] = Entry(key, ids, key.count(" ") + 1, None, abbrev)
        for row in lexicon.not_places():
            key = name_key(row.phrase)
            self.entries[key] = Entry(key, (), key.count(" ") + 1, row.category)
        for row in lexicon.indonesian_places():  # never over a Syrian place's own name
            key = name_key(row.phrase)
            self.entries.setdefault(key, Entry(key, (), key.count(" ") + 1, row.category))
        reviewed = dict(self.entries)  # the names as listed: the headless table reads these
        for key, place_id in _translated_heads(gazetteer).items():  # "Gunung Bishri"
            self.entries.setdefault(key, Entry(key, (place_id,), key.count(" ") + 1, None))
        self.automaton = ahocorasick.Automaton()
        for key, entry in self.entries.items():  # with what find() computes from it per match
            self.automaton.add_word(f" {key} ", (len(key), entry.n_words - 1, entry))
        self.automaton.make_automaton()
        #: every word of a key, mapped to itself: a text's other words are blanked (see Tokens)
        self.vocabulary = {w: w for key in self.entries for w in key.split(" ")}
        self.parts = _compass_parts(self.entries, gazetteer)
        self.variants = VariantIndex(gazetteer)
        #: the country's own ids: a text that names it opens the loosest variant lookup
        self.syria = frozenset(
            p.id for p in gazetteer.places.values() if p.kind == "country" and p.in_syria
        )
        self.headless = headless.headless_names(reviewed, gazetteer.places)  # "Qah" for "kamp Qah"
        self.lower_fold = _lower_words_to_fold(gazetteer)
        #: each place's prior by id, filled by the resolver on first use (of the gazetteer's
        #: places alone, as the automaton is: nothing learnt from any text)
        self.priors: dict[str, float] = {}
        #: each name's candidates as a bare name (no type word), by key: filled by the resolver
        self.bare: dict[str, Sequence[Place]] = {}
        #: the reviewed features a feature-type word names (camps, crossings, bases …): filled
        #: when the parser is built (resolve.prepare, feature_types.features)
        self.features: list[Place] = []
        #: governorates by P-code, for "provinsi X" when X is only known as a town
        self.admin1 = {
            p.admin1_pcode: p
            for p in gazetteer.places.values()
            if p.kind == "admin1" and p.admin1_pcode
        }

    def places(self, entry: Entry) -> list[Place]:
        return list(map(self.gazetteer.places.__getitem__, entry.ids))

    def find(self, text: str) -> tuple[Tokens, list[Match]]:
        """Words of *text* and its non-overlapping name matches, longest first, in text order."""
        tokens = Tokens(text, self.fold, self.lower_fold, self.vocabulary)
        folded = tokens.folded()
        found = []
        pos = spaces = 0  # the spaces in folded[:pos]: word k starts after k + 1 of them
        for end, (length, span, entry) in self.automaton.iter(folded):
            start = end - length  # a key starts on a word start; hits come nearly in order
            if start >= pos:
                spaces += folded.count(" ", pos, start)
            else:
                spaces -= folded.count(" ", start, pos)
            pos = start
            if entry.blocker or _acceptable(tokens, spaces - 1, spaces - 1 + span, entry):
                found.append((spaces - 1, spaces - 1 + span, entry))
        matches = _longest(tokens, found)
        return tokens, self._variant_matches(tokens, matches) or matches

    def _variant_matches(self, tokens: Tokens, matches: list[Match]) -> list[Match]:
        """Transliteration variants in place context, merged into *matches* in text order."""
        gap = tokens.between.__getitem__
        extra: list[Match] = []
        heads = HEAD_FORMS.intersection(tokens.words)
        if heads:
            matches, extra = self._head_variants(tokens, matches, heads, gap)
        matches, longer = self._run_on_variants(tokens, matches)
        if longer:
            extra.extend(longer)
        covered, places = words_of(matches + extra if extra else matches)
        singles: dict[int, Match] = {}
        about_syria: bool | None = None  # the text names Syria: worked out if needed
        for first, last in candidate_spans(tokens.raws, gap, covered, places):
            if not singles and first == last and first + 1 in covered:
                singles = {m.first: m for m in matches if m.first == m.last and not m.entry.blocker}
            for f, la in span_tries(tokens.between, first, last, singles):
                key = _span_key(tokens.raws, f, la)
                hit = self._variant(tokens.raws, f, la, key)
                weak = hit is None and f == la and strongly_cued(tokens.raws, f)
                if weak:  # one word ("kota Banda Aceh" is two)
                    hit = self.variants.cued_lookup(key)
                if hit is None and f == first and head_word(tokens.raws, gap, f) is not None:
                    if about_syria is None:
                        about_syria = any(not self.syria.isdisjoint(m.entry.ids) for m in matches)
                    if about_syria:  # "di Qamishi": one consonant off, in news of Syria
                        hit = self.variants.near_lookup(" ".join(tokens.raws[f : la + 1]), key)
                        weak = hit is not None  # kept beside other Syrian places only
                if (
                    hit
                    and f == la
                    and (
                        misspelt_word(tokens.raws[f], key, hit[0])
                        or self.variants.abroad(key, hit[0])
                    )
                ):
                    hit = None  # "di Manapuun", "di Jalann": a misspelt word, not a variant
                if hit and after_feature_head(tokens.raws, f):
                    hit = self._features_of(hit)  # "penjara Geweran": a feature, or nothing
                if (not hit or hit[0] != key) and key in self.headless:
                    # the exact proper name of a headed name before a respelt other name
                    hit = headless.lookup(self.headless, tokens.raws[f], key) or hit
                if hit:  # the name with its space dropped ("Kafrnaha") is no variant
                    entry = Entry("~" + hit[0], hit[1], la - f + 1, fuzzy=hit[0] != key, weak=weak)
                    start, end = tokens.starts[f], tokens.ends[la]
                    extra.append(Match(start, end, f, la, tokens.text[start:end], entry))
                    if la > last:  # "Suhwat Balata": the variant takes the name it runs over
                        matches = [m for m in matches if m is not singles[la]]
                    break
        return sorted(matches + extra, key=lambda m: m.start) if extra else []

    def _run_on_variants(
        self, tokens: Tokens, matches: list[Match]
    ) -> tuple[list[Match], list[Match]]:
        """Two-word variants that open with a one-word name: "Bosra al-Sham" (Busra ash Sham)
        and "al-Baghuz Foqani" (Baghuz Fawqani) hold a name the automaton finds alone ("Bosra",
        "Baghuz"), so their second word was left as a capitalised name after a place, the shape
        of a person's name, and the whole was read as no place. A one-word match right before an
        uncovered name word (a space between them, the article "al-" dropped) is looked up with
        that word by :meth:`VariantIndex.lookup`, the skeleton lookup; a hit replaces it.
        Returns *matches* without the replaced ones, and the new matches."""
        raws, between = tokens.raws, tokens.between
        n = len(raws)
        taken = {m.first for m in matches} | {m.last for m in matches}
        found: list[Match] = []
        for m in matches:
            j = m.last + 1
            if m.first != m.last or m.entry.blocker or j >= n or j in taken:
                continue
            if between[m.last].strip(" \t-") or not run_on_word(raws[j]):
                continue
            hit = self.variants.lookup(_span_key(raws, m.first, j))
            if hit:
                entry = Entry("~" + hit[0], hit[1], 2, fuzzy=True)
                start, end = tokens.starts[m.first], tokens.ends[j]
                found.append(Match(start, end, m.first, j, tokens.text[start:end], entry))
        if not found:
            return matches, found
        replaced = {m.first for m in found}
        return [m for m in matches if m.first not in replaced], found

    def _features_of(self, hit: tuple[str, tuple[str, ...]]) -> tuple[str, tuple[str, ...]] | None:
        """*hit* with its reviewed features alone (None when it has none)."""
        places = self.gazetteer.places
        ids = tuple(i for i in hit[1] if places[i].kind == "other")
        return (hit[0], ids) if ids else None

    def _variant(
        self, raws: list[str], first: int, last: int, key: str
    ) -> tuple[str, tuple[str, ...]] | None:
        """The variant lookup of words first..last (folded *key*); a name written in the Turkish
        or Kurdish alphabet is looked up in its Arabic-English spelling first ("desa Tuveyran" is
        Tuwayran, "Şelebiye" Shalabiyah, whose plain fold "selebiya" lost the sh)."""
        respelt = turkish_respelling(" ".join(raws[first : last + 1]))
        if respelt is not None:
            hit = self.variants.lookup(normalize(respelt))
            if hit:
                return hit
        return self.variants.lookup(key) or self.variants.respelt_lookup(
            " ".join(raws[first : last + 1]), key
        )

    def _head_variants(
        self, tokens: Tokens, matches: list[Match], heads: frozenset[str], gap: Callable[[int], str]
    ) -> tuple[list[Match], list[Match]]:
        """Variants a generic first word opens ("Kafr Sijna"), and *matches* without the
        one-word matches they run over ("Kafr", "Bab" alone)."""
        multi = {i for m in matches if m.last > m.first for i in range(m.first, m.last + 1)}
        found = []
        for f, la in head_spans(tokens.raws, gap, heads, multi):
            hit = self._variant(tokens.raws, f, la, _span_key(tokens.raws, f, la))
            if hit:
                entry = Entry("~" + hit[0], hit[1], 2, fuzzy=True)
                start, end = tokens.starts[f], tokens.ends[la]
                found.append(Match(start, end, f, la, tokens.text[start:end], entry))
        if found:
            taken = {i for m in found for i in (m.first, m.last)}
            matches = [m for m in matches if m.first not in taken and m.last not in taken]
        return matches, found


def _span_key(raws: list[str], first: int, last: int) -> str:
    """:func:`fold_span` of words first..last; one word through :func:`normalize_word`'s fast
    path (``tests/test_geo_fast.py`` checks they agree on name words)."""
    if first == last:
        raw = raws[first]
        if raw.isascii() and raw.isalnum():  # normalize_word's fast path, in C-level passes
            return normalize_ascii_words([raw])[0]
        return normalize_word(raw)
    return fold_span(raws, first, last)


def _place_keys(gazetteer: Gazetteer) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Automaton key → (place ids ranked as the gazetteer ranks them, abbreviation only)."""
    ranked = gazetteer.keys()
    best: dict[str, dict[str, int]] = {}
    abbrev: dict[str, bool] = {}
    for place in gazetteer.places.values():
        for name in dict.fromkeys((place.name, *place.names)):
            key = name_key(name)
            if not _LATIN_KEY.match(key) or len(key.replace(" ", "")) < 2:
                continue
            order = ranked.get(normalize(name), ())
            pos = order.index(place.id) if place.id in order else len(order)
            ids = best.setdefault(key, {})
            ids[place.id] = min(pos, ids.get(place.id, pos))
            is_abbrev = len(key) <= 3 and name.isupper()
            abbrev[key] = abbrev.get(key, True) and is_abbrev
    return {
        key: (tuple(sorted(ids, key=lambda i: (ids[i], i))), abbrev[key])
        for key, ids in best.items()
    }


#: Arabic generic heads of a mountain's or hill's name (folded) → the Indonesian words news
#: translate them with: "Jabal Bishri" is "Gunung Bishri" or "pegunungan Bishri", "Tal al-Harra"
#: "Bukit al-Harra" (cues.tsv feature heads). Only for reviewed mountain rows (features.tsv type
#: mountain), so a village named Tall X is never reached by "bukit X".
_TRANSLATED_HEADS: Final = {"jabal": ("gunung", "pegunungan"), "tal": ("bukit",)}
_MOUNTAIN: Final = "mountain"


def _translated_heads(gazetteer: Gazetteer) -> dict[str, str]:
    """Automaton key → mountain id: each name "Jabal X" or "Tal X" of a reviewed mountain under
    its Indonesian heads (:data:`_TRANSLATED_HEADS`), for the names no place or phrase has."""
    found: dict[str, str] = {}
    for place in gazetteer.places.values():
        if place.feature_code != _MOUNTAIN:
            continue
        for name in (place.name, *place.names):
            head, _, rest = name_key(name).partition(" ")
            for word in _TRANSLATED_HEADS.get(head, ()) if rest else ():
                found.setdefault(f"{word} {rest}", place.id)
    return found


def _lower_words_to_fold(gazetteer: Gazetteer) -> frozenset[str]:
    """Lower-case forms of the words of every name and phrase that folding changes ("sharqiya")."""
    names = [n for p in gazetteer.places.values() for n in (p.name, *p.names)]
    names += [row.phrase for row in (*lexicon.not_places(), *lexicon.indonesian_places())]
    words = {w.lower() for name in names for w in WORD_RE.findall(name)}
    return frozenset(w for w in words if w.isascii() and w.isalpha() and normalize_word(w) != w)


def _compass_parts(entries: dict[str, Entry], gazetteer: Gazetteer) -> dict[tuple[str, str], str]:
    """(whole place id, direction) → part id, from names like "Qalamoun Timur"/"Eastern Ghouta"."""
    parts: dict[tuple[str, str], str] = {}
    for key, entry in entries.items():
        words = key.split(" ")
        if entry.blocker or len(words) < 2:
            continue
        for direction_word, base in ((words[-1], words[:-1]), (words[0], words[1:])):
            direction = COMPASS.get(direction_word)
            whole = entries.get(" ".join(base))
            if direction is None or whole is None or whole.blocker:
                continue
            for part_id in entry.ids:
                for whole_id in whole.ids:
                    if whole_id != part_id and gazetteer.places[whole_id].kind == "region":
                        parts.setdefault((whole_id, direction), part_id)
    return parts


def _acceptable(tokens: Tokens, first: int, last: int, entry: Entry) -> bool:
    """Case and word-boundary rules a place name's match must pass before the longest-match
    contest (a not-a-place phrase always takes part)."""
    raw = tokens.raws[first]
    if not raw[0].isupper() and not _lower_head(tokens, first, last):
        if not named_after_head(tokens, first, last):  # "desa taftanaz"
            return False  # lowercase words are never place names: "sumber", "kota", "malah"
    if entry.abbreviation and not raw.isupper():
        return False  # "AS" is the United States, "As" is not
    between = tokens.between
    if first != last:
        for i in range(first, last):
            if between[i] != " " and not _SPACE_OR_HYPHEN.match(between[i]):
                return False  # a name never runs across punctuation or a line break
    if between[last][:1] in _DOMAIN_LEADS and _DOMAIN_AFTER.match(tokens.text, tokens.ends[last]):
        return False  # "Arabi21.com", "KIBLAT.NET": a web address, not a place
    if first:
        before = between[first - 1]  # never empty: a word ends before the next one starts
        if before[-1] != "-":
            return before != "."  # "." alone before it: the tail of a web address
    else:
        start = tokens.starts[0]
        if not start or tokens.text[start - 1] != "-":
            return True
    # "faksi pro-Turki", "sikap anti-Rusia": a stance, not a place
    start = tokens.starts[first]
    return not tokens.text[max(0, start - 5) : start].lower().endswith(_STANCE_PREFIXES)


def _lower_head(tokens: Tokens, first: int, last: int) -> bool:
    """A generic head in lower case before a capitalised name: "kamp Roj", "lapangan Umayyah",
    "ladang minyak al-Omar" (the head's second word from cues.tsv, role feature_head_tail), or
    a town word and its adjective that the gazetteer's name opens with ("kota tua Homs")."""
    if first == last:
        return False
    head = tokens.raws[first]
    if head in FEATURE_HEADS:
        tails = FEATURE_HEAD_TAILS
    elif head in _TOWN_HEADS:
        tails = _TOWN_HEAD_TAILS  # "kota tua Homs"; "kota Baath" needs no tail
    else:
        return False
    return (
        all(
            tokens.raws[i][0].isupper() or i == first + 1 and tokens.raws[i] in tails
            for i in range(first + 1, last + 1)
        )
        and tokens.raws[last][0].isupper()
    )


def _longest(tokens: Tokens, found: list[tuple[int, int, Entry]]) -> list[Match]:
    """The longest matches that do not share a word (the leftmost of equals), in text order.

    *found* comes in the order the automaton reports, by end; when no two matches share a word
    (most texts) that is text order already and every match is kept, as the contest would."""
    chosen = found if disjoint(found) else contest(found)
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    new = tuple.__new__  # what Match's own __new__ calls, without its Python frame per name
    return [
        new(Match, (starts[f], ends[la], f, la, text[starts[f] : ends[la]], e))
        for f, la, e in chosen
    ]
