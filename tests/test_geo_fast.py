"""Fast paths give what the plain algorithms they replace give (issues 10 and 13).

Each fast path is compared with its reference on many inputs: the batched word fold with
:func:`normalize_word` one word at a time, the longest-match shortcut with the full contest, the
pre-filtered variant seeds with the unfiltered loop, over every word of the gazetteer's names,
seeded random words and the seed articles.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

import pytest

from dashboard.data import seeds_dir
from dashboard.geo.gazetteer import load_gazetteer
from dashboard.geo.names import normalize, normalize_ascii_words, normalize_word
from dashboard.geo.parse import cues, datelines, indonesian, lists, possible, toponyms, variants
from dashboard.geo.parse.overlaps import contest, disjoint
from dashboard.geo.parse.tokens import WORD_RE, Tokens, fold_words
from dashboard.geo.parse.toponyms import Entry
from dashboard.store import fingerprint

pytestmark = pytest.mark.integration

GAZ = load_gazetteer()


#: letters that make the fold's rules fire (kh, sy, ou, ee, ei, ai, q, doubles, -ah/-eh, Kafr, Tel)
_ALPHABET = "aehkqsyouitlfrwKQSHAEOUTW12"


def _name_words() -> list[str]:
    names = (n for p in GAZ.places.values() for n in (p.name, *p.names))
    return sorted({w for name in names for w in WORD_RE.findall(name)})


def _random_words(n: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)  # noqa: S311 - reproducible test input
    words = ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(1, 9))) for _ in range(n)]
    words += ["Kafr", "KFAR", "Tell", "tel", "Raeh", "Baah", "Qouseir", "Deir", "Haul"]
    return words + ["Khirbet", "KHURBET", "Jebel", "djebel", "Syekh", "Sheikh", "Jaulan"]


def test_the_batched_fold_is_normalize_word_on_every_name_word_and_random_words() -> None:
    words = [w for w in _name_words() + _random_words(50_000) if w.isascii() and w.isalnum()]
    assert len(words) > 50_000
    assert normalize_ascii_words(words) == [normalize_word(w) for w in words]


def test_the_pair_and_double_letter_passes_are_the_regex_substitutions() -> None:
    """names._pairs_replaced and names._singled (str.replace passes) give what _PAIRS and
    _DOUBLE's one left-to-right scan give, on every string of up to five of the letters the
    pairs are made of (overlaps like "oou", "eei", "qh", "aoo" among them) and name words."""
    from itertools import product

    from dashboard.geo.parse import names

    def pairs(text: str) -> str:
        return names._PAIRS.sub(lambda m: names._PAIR_MAP[m.group()], text)

    words = ["".join(t) for n in range(1, 6) for t in product("aeiouykhsqx", repeat=n)]
    words += [w.lower() for w in _name_words()] + ["kkhh", "qqhh", "aaaa\nbbb", "oo\nou"]
    for word in words:
        assert names._pairs_replaced(word) == pairs(word), word
        assert names._singled(word) == names._DOUBLE.sub(r"\1", word), word


def test_the_final_ah_rule_is_the_plain_lookbehind_pattern() -> None:
    """names._FINAL_AH tests its two letters after the first letter of the ending: the same
    words as the lookbehind written first, on every name word and random words."""
    import re

    from dashboard.geo.parse import names

    plain = re.compile(r"(?<=[a-z]{2})(?:ah|eh)$")
    words = [w.lower() for w in _name_words() + _random_words(50_000)]
    words += ["ah", "eh", "bah", "beh", "abah", "x1ah", "1aeh", "baeh", "aaah", "ahah"]
    for word in words:
        assert names._FINAL_AH.sub("a", word) == plain.sub("a", word), word


def test_the_ascii_split_is_the_unicode_split_on_ascii_text_without_underscores() -> None:
    """tokens._SPLIT_ASCII (a table of [0-9A-Za-z]) splits an ASCII text as \\w does: every
    printable ASCII character but "_" (which takes the other split) in random texts, the seeds."""
    import string

    from dashboard.geo.parse import tokens

    rnd = random.Random(3)  # noqa: S311 - reproducible test input
    alphabet = string.printable.replace("_", "") + "aaaeee"
    texts = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 60))) for _ in range(20_000)]
    texts += [p.read_text(encoding="utf-8").replace("_", " ") for p in seeds_dir().glob("*.txt")]
    texts = [t for t in texts if t.isascii()]
    assert len(texts) >= 20_000
    for text in texts:
        assert tokens._SPLIT_ASCII.split(text) == tokens._SPLIT_NO_UNDERSCORE.split(text), text


def _fold_one(raw: str, lower_fold: frozenset[str]) -> str:
    """The reference: one word at a time (lower-case ASCII words outside *lower_fold* as is)."""
    if raw.islower() and raw.isascii() and raw.isalpha() and raw not in lower_fold:
        return raw
    return normalize_word(raw) or raw.casefold()


def test_fold_words_matches_the_word_by_word_fold_on_the_seed_articles() -> None:
    words = set(_name_words()[:5000]) | {"sharqiya", "Ma'arrat", "Ḩalab", "x²", "ʿAyn", "__"}
    # the C-level sorting: lower-case with a digit, non-ASCII lower case, all digits, mixed case
    words |= {"abc1", "naïve", "ıdlib", "2024", "aB", "timur", "Timur", *_random_words(500)}
    for path in seeds_dir().glob("*.txt"):
        words.update(WORD_RE.findall(path.read_text(encoding="utf-8")))
    lower_fold = frozenset({"sharqiya", "timur"})
    folded = fold_words(words, lower_fold)
    assert folded == {w: _fold_one(w, lower_fold) for w in words}
    assert folded["Ma'arrat"] == normalize("Ma'arrat")
    # all ASCII words: every plain one through the batched fold
    ascii_words = {w for w in words if w.isascii()}
    assert fold_words(ascii_words, lower_fold) == {w: _fold_one(w, lower_fold) for w in ascii_words}
    # with a vocabulary: each word's fold if some key holds it, else "" (kept words included)
    vocabulary = {k: k for k in list(folded.values())[::2]}
    assert fold_words(words, lower_fold, vocabulary=vocabulary) == {
        w: vocabulary.get(_fold_one(w, lower_fold), "") for w in words
    }
    assert fold_words(ascii_words, lower_fold, ascii_text=True, vocabulary=vocabulary) == {
        w: vocabulary.get(_fold_one(w, lower_fold), "") for w in ascii_words
    }


@pytest.mark.parametrize(
    "line",
    [
        "DAMASKUS - Warga kota berkumpul",  # the plain dash
        "IDLIB – Serangan udara",  # an en dash
        "Aleppo —\tlaporan",  # an em dash, then a tab
        "Homs: warga mengungsi",  # a colon
        "Hama -- dua hari",  # a doubled dash: its second one ends the mark
        "Raqqa, Suriah",  # a comma alone: no end mark
        "Deir ez-Zor hari ini",  # a hyphen inside a name
        "pukul 10:30 waktu setempat",  # a colon inside a time
        "",
    ],
)
def test_the_dateline_end_marks_are_what_the_end_regex_finds(line: str) -> None:
    # the substring test stands for the regex [-–—:][ \t] (datelines._DATELINE_ENDS)
    found = bool(re.search(r"[-–—:][ \t]", line))
    assert datelines._holds_any(line, datelines._DATELINE_ENDS) is found
    assert datelines._holds_any(line[:100], datelines._DATELINE_MARKS) is bool(
        re.search(r"[-–—:,]", line[:100])
    )


def test_the_disjoint_shortcut_keeps_what_the_longest_match_contest_keeps() -> None:
    rnd = random.Random(7)  # noqa: S311
    entry = Entry("x", ("p",), 1)
    shortcuts = 0
    for _ in range(2000):
        spans, pos = [], 0
        while pos < 60:
            first = pos + rnd.randint(0, 3)
            last = first + rnd.randint(0, 2)
            spans.append((first, last, entry))
            pos = last + 1 - rnd.choice([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2])  # now and then overlap
        spans.sort(key=lambda s: (s[1], s[0]))  # the automaton reports by end
        shortcuts += disjoint(spans)
        assert (spans if disjoint(spans) else contest(spans)) == contest(spans)
    assert 100 < shortcuts < 1900  # both ways were taken


def _contest_reference(found: list) -> list:
    """The plain contest: a stable sort by (shorter, later) and a set of the words taken."""
    taken: set[int] = set()
    chosen = []
    for first, last, what in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if taken.isdisjoint(range(first, last + 1)):
            taken.update(range(first, last + 1))
            chosen.append((first, last, what))
    return sorted(chosen, key=lambda c: c[0])


def test_the_contest_keeps_what_the_plain_sort_and_set_keep() -> None:
    """overlaps.contest sorts (shorter, start, index) tuples in C instead of calling a key per
    match: the same matches, in the same order, ties between equal spans going to the first
    found (each match its own object, so `==` on the lists compares which ones were kept)."""
    rnd = random.Random(9)  # noqa: S311 - reproducible test input
    for _ in range(5000):
        found = []
        for _ in range(rnd.randint(0, 14)):
            first = rnd.randint(0, 20)
            found.append((first, first + rnd.choice([0, 0, 0, 1, 1, 2, 3]), object()))
        assert contest(found) == _contest_reference(found)


def test_the_words_found_between_white_space_are_the_regex_split_words() -> None:
    """tokens._words (a run between white space that is all letters and digits is one word,
    only the others split by the regex) gives the regex split's words, starts and ends, for
    each of the three splits: texts with underscores, ASCII, other Unicode (letters with
    accents, Arabic, superscripts, Unicode spaces and quotes)."""
    from dashboard.geo.parse import tokens as tokens_module

    rnd = random.Random(13)  # noqa: S311 - reproducible test input
    alphabet = "aZ9 _'’`ʼ.,-\n\t\u00a0\u2028\x1cé²ا“”()"
    texts = ["".join(rnd.choices(alphabet, k=rnd.randint(0, 40))) for _ in range(20_000)]
    texts += _tokens_texts() + ["Ma'arrat an-Nu’man, x''y 'a' Straße x²³ ½ Ⅻ", " \u3000a\u3000"]
    for text in texts:
        for split in (tokens_module._SPLIT, tokens_module._SPLIT_NO_UNDERSCORE):
            if split is tokens_module._SPLIT_NO_UNDERSCORE and "_" in text:
                continue
            parts = split.split(text)
            bounds = list(accumulate(map(len, parts), initial=0))
            want = (parts[1::2], bounds[1:-1:2], bounds[2::2])
            assert tokens_module._words(text, split) == want, text
            if text.isascii() and "_" not in text:
                assert tokens_module._words(text, tokens_module._SPLIT_ASCII) == want, text


@pytest.mark.parametrize("seed", range(30))
def test_variant_seeds_filtered_first_open_the_spans_every_seed_opens(seed: int) -> None:
    rnd = random.Random(seed)  # noqa: S311
    vocab = ["di", "kota", "desa", "Di", "dan", "Jinderes", "Kafrtun", "Afrin", "Erze", "AS"]
    vocab += ["Bashar", "warga", "Tel", "Tamer", "serangan", "Yadgun", "ke", "Rajo", "serta"]
    raws = [rnd.choice(vocab) for _ in range(rnd.randint(1, 60))]
    seps = [rnd.choice([" ", ", ", " dan ", ". ", " - ", "\n"]) for _ in raws]
    covered = {i for i in range(len(raws)) if rnd.random() < 0.15}
    places = {i for i in covered if rnd.random() < 0.7}
    seeds = {rnd.randint(-2, len(raws) + 1) for _ in range(rnd.randint(0, 40))}
    gap = seps.__getitem__
    every = variants.spans_from(raws, gap, covered, places, sorted(seeds))
    kept = variants.openers(raws, seeds, covered)
    assert variants.spans_from(raws, gap, covered, places, kept) == every


def _candidate_spans_reference(raws, gap, covered, places):
    """variants.candidate_spans before the covered-word pre-test: every list step is walked."""
    seeds = {i + 1 for i, raw in enumerate(raws) if raw in variants._CONTEXT_FORMS}
    n = len(raws)
    for i in places:
        if i + 2 < n and raws[i + 2][:1].isupper() and (raws[i + 1] in variants._JOINER_FORMS):
            seeds.add(i + 2)
        elif i + 1 < n and raws[i + 1][:1].isupper() and gap(i)[:1] == ",":
            after = lists.next_item(raws, gap, i)
            if after is not None:
                seeds.add(after[0])
        if i > 1 and raws[i - 1] in variants._JOINER_FORMS or i and gap(i - 1)[:1] == ",":
            before = lists.prev_item_end(raws, gap, i)
            if before is not None:
                seeds.add(before[0])
    return variants.spans_from(raws, gap, covered, places, sorted(seeds))


@pytest.mark.parametrize("seed", range(40))
def test_variant_spans_skipping_list_steps_onto_covered_words_are_those_of_every_step(
    seed: int,
) -> None:
    rnd = random.Random(100 + seed)  # noqa: S311
    vocab = ["di", "kota", "dan", "Dan", "DAN", "serta", "atau", "Jinderes", "Kafrtun", "Afrin"]
    vocab += ["Erze", "Tel", "Tamer", "warga", "Yadgun", "Rajo", "Bashar", "desa", "Idlib"]
    raws = [rnd.choice(vocab) for _ in range(rnd.randint(1, 60))]
    seps = [rnd.choice([" ", ", ", ",", " , ", ". ", " - ", "\n"]) for _ in raws]
    covered = {i for i in range(len(raws)) if rnd.random() < 0.3}
    places = {i for i in covered if rnd.random() < 0.8}
    gap = seps.__getitem__
    want = _candidate_spans_reference(raws, gap, covered, places)
    assert variants.candidate_spans(raws, gap, covered, places) == want


def _words_reference(text: str) -> list[str]:
    """store.fingerprint.words as first written: every character checked for a combining mark."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return fingerprint._WORD.findall(plain)


@pytest.mark.parametrize(
    "text",
    [
        "DAMASKUS - Serangan udara di Douma, Senin (27/05/2019).",
        "“Kami mengungsi,” kata warga Ma’arrat al-Nu’man; Ḩalab, Dayr az-Zawr, café, naïve",
        "Ωмега 東京 ﬁnal ½ Ǆ ẞ İstanbul x\u0301y\u0327z \u200fRTL\u200e",
    ],
)
def test_the_fingerprint_words_skip_ascii_and_drop_the_same_marks(text: str) -> None:
    assert fingerprint.words(text) == _words_reference(text)


def test_the_fingerprint_words_agree_on_the_seed_articles() -> None:
    for path in seeds_dir().glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert fingerprint.words(text) == _words_reference(text)


def _dateline_lines(seed: int) -> list[str]:
    """Seeded lines shaped like datelines, bylines and sentences (marks, commas, parentheses)."""
    rnd = random.Random(seed)  # noqa: S311
    parts = ["DAMASKUS", "Idlib", "KIBLAT.NET", "Jakarta", "IDN Times", "(Arrahmah.id)", "Ras"]
    parts += ["-", "--", "–", "—", ":", ",", " ", "\t", "kata", "warga", "Senin (3/3)", "|", "x2"]
    return ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14))) for _ in range(3000)]


def test_the_dateline_pre_tests_keep_every_match_of_the_two_patterns() -> None:
    lines = _dateline_lines(3) + _dateline_lines(4)
    for path in seeds_dir().glob("*.txt"):
        lines += path.read_text(encoding="utf-8").split("\n")
    matched = 0
    for line in lines:
        want = datelines._DATELINE.match(line) or datelines._DATELINE_LINE.match(line)
        got = datelines._dateline_match(line)
        assert (got and got.span("zone")) == (want and want.span("zone")), line
        matched += want is not None
    assert matched > 100  # the patterns were exercised, not only the pre-tests


def test_a_name_words_variant_key_is_its_fold() -> None:
    texts = [path.read_text(encoding="utf-8") for path in seeds_dir().glob("*.txt")]
    texts.append(" ".join(_name_words()[:20_000]))
    texts.append("Ωмега Ḩalab Ẓahr ʿAyn Ma'arrat Hai’ah İdlib Straße KELVIN Kfar")
    checked = 0
    for text in texts:
        raws = WORD_RE.findall(text)
        for i, raw in enumerate(raws):
            if variants._name_word(raw):
                assert toponyms._span_key(raws, i, i) == variants.fold_span(raws, i, i)
                checked += 1
    assert checked > 5000


def _automaton_hits(index: toponyms.ToponymIndex, tokens: Tokens) -> list[tuple[int, int, str]]:
    """(first word, last word, key) of every automaton hit, as ToponymIndex.find reads them."""
    folded = tokens.folded()
    starts = list(accumulate((len(k) + 1 for k in tokens.keys), initial=1))  # of each word
    hits = []
    for end, (length, span, entry) in index.automaton.iter(folded):
        first = starts.index(end - length)  # a key starts on a word start
        hits.append((first, first + span, entry.key))
    return hits


def test_words_no_key_holds_blanked_leave_the_automaton_hits_unchanged() -> None:
    """Tokens with the vocabulary (other words empty) against every word folded."""
    texts = [path.read_text(encoding="utf-8") for path in seeds_dir().glob("*.txt")]
    names = _name_words()
    rnd = random.Random(5)  # noqa: S311
    plain = ["di", "kota", "dan", "warga", "serangan", "timur", "utara", "Bashar", "Pasukan"]
    for _ in range(200):
        texts.append(" ".join(rnd.choice(names + plain * 20) for _ in range(rnd.randint(1, 40))))
    index = toponyms.ToponymIndex(GAZ)
    blanked = 0
    for text in texts:
        full = Tokens(text, {}, index.lower_fold)
        short = Tokens(text, {}, index.lower_fold, index.vocabulary)
        assert _automaton_hits(index, short) == _automaton_hits(index, full)
        blanked += short.keys.count("")
    assert blanked > 300  # the blanking ran (most words of a news text, few of the name lists)


def test_the_split_of_a_text_without_underscores_is_the_word_split() -> None:
    from dashboard.geo.parse import tokens as tokens_module

    texts = [t.replace("_", " ") for t in _tokens_texts()]
    texts += ["Ma'arrat an-Nu’man, Hai’ah Sa`a ʼAyn x''y 'a' ’’ Straße x²³ 12’", "a_b"]
    for text in texts:
        if "_" not in text:
            want = tokens_module._SPLIT.split(text)
            assert tokens_module._SPLIT_NO_UNDERSCORE.split(text) == want


def _tokens_texts() -> list[str]:
    """The seed articles, seeded random texts rich in Arabic articles, and edge cases."""
    texts = [path.read_text(encoding="utf-8") for path in seeds_dir().glob("*.txt")]
    rnd = random.Random(11)  # noqa: S311
    words = ["al", "Al", "AL", "el", "as", "As", "ash", "ad", "Idlib", "Zabadani", "DEIR", "ez"]
    words += ["Zor", "Bashar", "di", "kota", "Ma'arrat", "’Ayn", "x2", "AS", "Tel", "Tamer"]
    seps = [" ", "-", " - ", ", ", ". ", "\n", " '", "'", " (", "--", "  "]
    for _ in range(300):
        n = rnd.randint(0, 40)
        texts.append("".join(rnd.choice(words) + rnd.choice(seps) for _ in range(n)))
    return texts + ["", " ", "al-", "Al Malah", "-al-Bab", "al-al-Bab", "x"]


def test_the_text_between_words_is_the_text_between_their_spans() -> None:
    """Tokens.between (from one regex split, then the article merge) against the slices."""
    merged = 0
    for text in _tokens_texts():
        tokens = Tokens(text, {}, frozenset())
        found = WORD_RE.findall(text)  # the words before any article merge
        assert len(tokens.between) == len(tokens.raws) <= len(found)
        starts, ends = tokens.starts, tokens.ends
        for i in range(len(tokens.raws) - 1):
            assert tokens.between[i] == text[ends[i] : starts[i + 1]] == tokens.gap(i, i + 1)
        if tokens.raws:
            assert tokens.between[-1] == text[ends[-1] :]
        merged += any(tokens.attached)
    assert merged > 100  # the article merge ran


def _at_sentence_start(text: str, start: int) -> bool:
    """The character walk cues._opens_sentence replaces (reads the gap before the word)."""
    i = start - 1
    while i >= 0 and text[i] in cues._OPENERS:
        i -= 1
    return i < 0 or text[i] in cues._SENTENCE_END


def _is_person(tokens: Tokens, first: int, last: int, before: tuple[str, ...]) -> bool:
    """The nisba/kunya rule cues.name_cues reads: "Abu Adnan al-Zabadani", "Bashar
    al-Assad", "Abu Saleh Tahhan"; not after a town word ("desa Saida al-Hanout")."""
    for word in before:
        if word.lower() in cues.KUNYA_WORDS:
            return True
        if not word[0].isupper():
            break
    prev = before[0] if before else None
    if tokens.attached[first] and prev and prev[0].isupper():
        return prev.lower() not in cues.CONTEXT_WORDS
    if prev and prev.lower() in cues._TOWN_WORDS:
        return False  # "desa Saida al-Hanout": the rest of the place's name
    nxt = last + 1
    return (
        nxt < len(tokens.raws)
        and tokens.attached[nxt]
        and tokens.raws[nxt][0].isupper()
        and tokens.text[tokens.ends[last] : tokens.starts[nxt]].strip(" \t-") == ""
    )


def test_a_name_opens_a_sentence_as_the_character_walk_says() -> None:
    checked = 0
    for text in _tokens_texts():
        tokens = Tokens(text, {}, frozenset())
        for i, start in enumerate(tokens.starts):
            assert cues._opens_sentence(tokens, i) == _at_sentence_start(text, start)
            checked += 1
    assert checked > 3000


def test_the_inlined_cues_say_what_the_helpers_say() -> None:
    """Every word of the texts taken as a one-word name: person and the words before."""
    checked = 0
    for text in _tokens_texts():
        tokens = Tokens(text, {}, frozenset())
        around = cues.Around([], frozenset(), 0, False, set(), set(), -1)
        for i, (start, end) in enumerate(zip(tokens.starts, tokens.ends, strict=True)):
            match = toponyms.Match(start, end, i, i, text[start:end], Entry("x", ("p",), 1))
            cue = cues.name_cues(tokens, match, around, None)
            assert type(cue) is cues.Cues and len(cue) == len(cues.Cues._fields)
            assert (cue.listed, cue.peers) == (False, ())  # the defaults, set by the list rules
            before = cues.words_before(tokens.between, tokens.raws, i)
            assert cue.person == _is_person(tokens, i, i, before)
            want_context = before[0].lower() if before else None
            assert cue.context == (want_context if want_context in cues.CONTEXT_WORDS else None)
            checked += cue.person
    assert checked > 20  # some words were read as persons


def test_the_evidence_label_table_gives_what_the_loop_over_the_flags_gives() -> None:
    from itertools import product

    from dashboard.geo.parse import scoring

    scoring.scored.cache_clear()
    for flags in product((False, True), repeat=len(scoring._FLAG_AT)):
        fields: list[object] = [0.45, 0, None, None, False, False, False, False, False, False]
        fields += [False, False, False]
        for (at, _), flag in zip(scoring._FLAG_AT, flags, strict=True):
            fields[at] = flag
        fields[2] = "di" if flags[0] else None
        _, evidence = scoring.scored(tuple(fields))
        plain = [label for at, label in scoring._FLAG_AT if fields[at]]
        assert evidence == (*plain, *(["context:di"] if flags[0] else []))
    # a cue that is no bool ("" or a word) counts as its truth value, compiled or not
    odd = (0.45, 0, None, None, "", False, False, "yes", False, False, False, "x", False)
    truth = (0.45, 0, None, None, False, False, False, True, False, False, False, True, False)
    assert scoring.scored(odd)[1] == tuple(lb for at, lb in scoring._FLAG_AT if odd[at])
    assert scoring.scored(odd) == scoring.scored(truth)
    assert scoring.scored(odd)[0] < scoring.scored(truth[:7] + (False,) + truth[8:])[0]


def test_the_scored_key_is_the_prior_the_coherence_and_the_scored_cue_fields() -> None:
    from dashboard.geo.parse import scoring

    fields = scoring._SCORED
    assert len(set(fields)) == len(fields) == len(scoring._SCORED_AT)
    # every field its own value (odd ones too: a word, ""), so a wrong position shows
    cue = cues.Cues(*(f"v{i}" if i % 3 else "" for i in range(len(cues.Cues._fields))))
    want = (0.6, -1, *(getattr(cue, field) for field in fields))
    assert scoring.scored_fields(0.6, -1, cue) == want
    plain = cues.Cues(context="di", kind="town", dateline=True, listed=True, institution=True)
    assert scoring.scored_fields(0.45, 1, plain) == (
        0.45, 1, "di", "town", True, False, False, False, False, False, True, False, True,
    )  # fmt: skip


def test_the_parser_builds_the_misspelling_tables_before_any_article() -> None:
    """The variant matcher's word tables (some 30,000 words folded, about 0.6 s) are built with
    the parser, not on the first article that reaches them (issue 10: no article over 50 ms)."""
    from world import tiny_world

    from dashboard.geo.parse.geotag import Geoparser

    roots, common = dict(variants._ROOTS), dict(variants._COMMON)
    variants._ROOTS.clear()
    variants._COMMON.clear()
    try:
        Geoparser(tiny_world())
        assert len(variants._ROOTS) > 10_000 and variants._COMMON
        assert variants._ROOTS.get("jalan") == "jalan"
    finally:
        variants._ROOTS.clear()
        variants._COMMON.clear()
        variants._ROOTS.update(roots)
        variants._COMMON.update(common)


def test_the_parser_lists_the_typed_features_before_any_article() -> None:
    """The features a type word names ("kamp X": camps, crossings, bases …) are listed from the
    gazetteer when the parser is built, like the resolver's other tables, not by the first
    article that names one."""
    from world import tiny_world

    from dashboard.geo.parse.feature_types import FEATURE_CODES
    from dashboard.geo.parse.geotag import Geoparser

    world = tiny_world()
    index = Geoparser(world).index
    want = [
        p for p in world.places.values() if p.kind == "other" and p.feature_code in FEATURE_CODES
    ]
    assert want, "the test world holds typed features"
    assert index.features == want


@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("pada 10 ", True),  # "10 Muharram": a day of the month right before the name
        ("pada 31\t", True),  # a tab is a space here too
        ("tanggal 7  ", True),  # more than one space
        ("pada 32 ", False),  # no day of a month
        ("tahun 2019 ", False),  # a year ends in a digit but is no day
        ("1.10 ", False),  # a number's tail ("1.10"), not a day
        ("pada 10\n", False),  # a line break is not the pattern's space
        ("hari 10 \n", True),  # "$" also matches before a final line break
        ("10", False),  # a digit touching the name, no space between
        ("kota ", False),  # a word, no digit
        ("", False),  # the text's start
        ("12345678 ", False),  # the digits begin before the 8 characters the pattern looks at
    ],
)
def test_the_day_before_shortcut_answers_as_its_pattern_does(before: str, day: bool) -> None:
    text = before + "Muharram"
    start = len(before)
    by_pattern = possible._DAY_BEFORE.search(text, max(0, start - 8), start) is not None
    assert possible._day_before(text, start) is by_pattern is day


def test_the_day_before_shortcut_matches_its_pattern_on_random_text() -> None:
    rnd = random.Random(3)  # noqa: S311 - reproducible test input
    for _ in range(20_000):
        text = "".join(rnd.choice("0123456789 \t\n.,/:aA٣") for _ in range(rnd.randint(0, 12)))
        for start in range(len(text) + 1):
            by_pattern = possible._DAY_BEFORE.search(text, max(0, start - 8), start) is not None
            assert possible._day_before(text, start) is by_pattern, (text, start)


#: The gap tests of lists.py: one string comparison for the common gap, the pattern for the rest.
_GAP_TESTS = (
    (lists._comma, lists._COMMA),
    (lists._space, lists._SPACE),
    (lists.joins, lists._JOIN),
)


@pytest.mark.parametrize(
    "gap",
    [" ", ", ", "", "  ", "\t", " ,", ",", " , ", "-", " - ", "\u00a0", " \n", "\n", ". ", ",\t"],
)
def test_the_list_gap_tests_answer_as_their_patterns_do(gap: str) -> None:
    for test, pattern in _GAP_TESTS:
        assert test(gap) is (pattern.fullmatch(gap) is not None), (test.__name__, gap)


def test_the_list_gap_tests_match_their_patterns_on_random_gaps() -> None:
    rnd = random.Random(5)  # noqa: S311 - reproducible test input
    for _ in range(20_000):
        gap = "".join(rnd.choice(" \t,-\n.\u00a0") for _ in range(rnd.randint(0, 4)))
        for test, pattern in _GAP_TESTS:
            assert test(gap) is (pattern.fullmatch(gap) is not None), (test.__name__, gap)


def _chain_by_pattern(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """indonesian._chain without its comma test: the pattern searched before every item."""
    items: list[str] = []
    lo = start
    for _ in range(indonesian._MAX_ITEMS):
        m = indonesian._PREV.search(text, max(0, lo - 80), lo)
        if m is None:
            break
        items.append(m["item"])
        lo = m.start("item")
    hi = end
    for _ in range(indonesian._MAX_ITEMS):
        m = indonesian._NEXT.match(text, hi)
        if m is None:
            break
        items.append(m["item"])
        hi = m.end()
    return lo, hi, items


@pytest.mark.parametrize(
    "before",
    [
        "Desa Julah, Kecamatan Tejakula, ",  # two items before the name
        "Desa Julah , \t",  # spaces and a tab after the comma
        "Kab. Inhil,\n",  # a line break right before the name: the pattern's $ matches before it
        "Kab. Inhil,\n\n",  # two: no item ends there
        "warga desa ",  # no comma: nothing before
        "",
        ",",
        "Provinsi Riau - ",
    ],
)
def test_the_address_chain_comma_test_keeps_the_patterns_items(before: str) -> None:
    text = before + "Julah, Bali, Indonesia."
    start = len(before)
    end = start + len("Julah")
    assert indonesian._chain(text, start, end) == _chain_by_pattern(text, start, end)


def test_the_address_chain_comma_test_matches_the_pattern_on_random_text() -> None:
    rnd = random.Random(7)  # noqa: S311 - reproducible test input
    parts = ["Desa", "Kab.", "Bali", "Julah", "kota", " ", ", ", ",", "\t", "\n", "-", "Riau"]
    for _ in range(3_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 14)))
        for start in range(len(text) + 1):
            end = min(len(text), start + rnd.randint(0, 5))
            assert indonesian._chain(text, start, end) == _chain_by_pattern(text, start, end), (
                text,
                start,
            )


def _apposition_by_pattern(text: str, end: int) -> str | None:
    if cues.TOWN_APPOSITION.match(text, end):
        return "town"
    return "admin1" if cues.PROVINCE_APPOSITION.match(text, end) else None


@pytest.mark.parametrize(
    ("after", "kind"),
    [
        (", kota di tengah Suriah", "town"),
        (",kota kecil", "town"),
        (" adalah sebuah kota", "town"),
        ("  \t merupakan provinsi yang kaya", "admin1"),
        (" ADALAH kota", "town"),  # the patterns ignore case
        (" merupakan Provinsi Daraa", None),  # a capitalised word after the type word
        (" di kota", None),
        (". Kota", None),
        ("", None),
        ("          adalah kota", "town"),  # more white space than the test reads: the patterns
        (" Adalah desa", "town"),
        ("\u00a0adalah desa", "town"),  # a no-break space is white space to both
    ],
)
def test_the_apposition_pre_test_answers_as_its_patterns_do(after: str, kind: str | None) -> None:
    text = "Homs" + after
    assert cues.apposition_kind(text, 4) == _apposition_by_pattern(text, 4) == kind


def test_the_apposition_pre_test_matches_the_patterns_on_random_text() -> None:
    rnd = random.Random(11)  # noqa: S311 - reproducible test input
    parts = [" ", ",", "\t", "\n", "adalah", "Merupakan", "kota", "desa", "provinsi", "barat", "X"]
    for _ in range(5_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        for end in range(len(text) + 1):
            assert cues.apposition_kind(text, end) == _apposition_by_pattern(text, end), (text, end)


@pytest.mark.parametrize(
    "text",
    [
        "(SOHR) dan (ISIS),",  # a mark on each side of one word
        "al-Assad dan anak-anak.",  # two words joined by one hyphen
        "'Idlib' «Homs» (a_b) _x_",  # quotes, an underscore inside the marks
        "a-b-c -ab- ab- x-'y 7-8 é-ü",  # more hyphens, a hyphen at an end, an apostrophe after one
        "Ma'arrat-an (Sa'a) ()",  # apostrophes inside: the regex's words
    ],
)
def test_pieces_with_marks_around_or_one_hyphen_split_as_the_regex_splits(text: str) -> None:
    from dashboard.geo.parse import tokens as tokens_module

    for split in (tokens_module._SPLIT, tokens_module._SPLIT_NO_UNDERSCORE):
        if split is tokens_module._SPLIT_NO_UNDERSCORE and "_" in text:
            continue
        parts = split.split(text)
        bounds = list(accumulate(map(len, parts), initial=0))
        assert tokens_module._words(text, split) == (parts[1::2], bounds[1:-1:2], bounds[2::2])


def _headed_by_pattern(text: str, start: int, surface: str) -> bool:
    """indonesian._headed with the pattern searched before every name."""
    if (
        " " in surface
        and surface[0].isupper()
        and indonesian._first_word(surface) in indonesian._WORDS
    ):
        return True
    if text[start - 1 : start] not in (" ", "\t") or start < 3:
        return False
    head = indonesian._HEAD_BEFORE.search(text, max(0, start - indonesian._REACH), start)
    return head is not None and head[0][0].isupper()


@pytest.mark.parametrize(
    ("before", "headed"),
    [
        ("warga Kecamatan ", True),
        ("di Kab. ", True),  # the abbreviation with its dot
        ("di Kab.\t ", True),
        ("Kabupaten  ", True),
        ("di kecamatan ", False),  # lower case: a foreign unit may be meant
        ("kota ", False),
        ("Kecamatan,", False),
        ("xKecamatan ", False),  # a word ending in one, not the word
        ("di Kelurahan Kecamatan ", True),
        ("Kecamatan ", True),  # at the text's start
        # not ASCII: left to the pattern, whose case-blind match reads ſ as s
        ("warga Duſun ", True),
        ("Dusun ", True),
    ],
)
def test_the_address_word_pre_test_answers_as_its_pattern_does(before: str, headed: bool) -> None:
    text = before + "Julah"
    start = len(before)
    assert indonesian._headed(text, start, "Julah") is _headed_by_pattern(text, start, "Julah")
    assert indonesian._headed(text, start, "Julah") is headed


def test_the_address_word_pre_test_matches_its_pattern_on_random_text() -> None:
    rnd = random.Random(17)  # noqa: S311 - reproducible test input
    parts = ["Kab", "kab", "Kec", "Desa", "Dusun", "RT", "rw", ".", " ", "\t", ",", "x", "ſ", "\n"]
    for _ in range(5_000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8))) + "Julah"
        start = len(text) - 5
        assert indonesian._headed(text, start, "Julah") is _headed_by_pattern(
            text, start, "Julah"
        ), text


@pytest.mark.parametrize(
    "changes",
    [
        {"context": "kota"},
        {"dateline_tail": True},
        {"feature": "kamp"},
        {"context": "gurun", "kind": "countryside", "qualifier": "timur"},
        {"context": "provinsi", "kind": "admin1", "after_name": False},
        {"context": None, "kind": None, "peers": (3, 7)},  # None is a value, not "keep"
        {"listed": True, "peers": (1,)},
        {"context": "desa", "kind": "village", "listed": False, "peers": (), "after_name": False},
        {},
    ],
)
def test_replaced_cues_are_the_named_tuples_replace(changes: dict[str, object]) -> None:
    cue = cues.Cues("di", "town", True, False, True, after_name=True, qualifier="utara", peers=(2,))
    assert cues.replaced(cue, **changes) == cue._replace(**changes)
    assert type(cues.replaced(cue, **changes)) is cues.Cues


def _digraphs_by_pattern(folded: str) -> str:
    return variants._DIGRAPHS.sub(lambda m: variants._DIGRAPH_MAP[m.group()], folded)


@pytest.mark.parametrize(
    "folded",
    ["achrafia", "cch", "chc", "xch", "thh", "cdj", "ddj", "tdhh", "xh", "phph", "jindayris", ""],
)
def test_the_digraph_passes_are_the_pattern_substitution(folded: str) -> None:
    assert variants._digraphs_replaced(folded) == _digraphs_by_pattern(folded)


def test_the_digraph_passes_match_the_pattern_on_every_key_and_random_strings() -> None:
    rnd = random.Random(19)  # noqa: S311 - reproducible test input
    words = [key for key in GAZ.keys() if key.isalpha()]
    words += [
        "".join(rnd.choice("chdjtgpxsa") for _ in range(rnd.randint(0, 8))) for _ in range(50_000)
    ]
    for word in words:
        assert variants._digraphs_replaced(word) == _digraphs_by_pattern(word), word
