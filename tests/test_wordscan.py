"""WordScan finds what ``finditer`` finds, trying the pattern only where its words start."""

from __future__ import annotations

import random
import re
import string
import sys

import pytest

from dashboard.dates import clues, events, weekdays
from dashboard.text import outlets
from dashboard.wordscan import WordScan, first_words

pytestmark = pytest.mark.unit

SCANS = {
    "weekdays": weekdays._BARE_WEEKDAY_SCAN,
    "cited": outlets._CITED_SCAN,
}
TOKENS = (
    *("Senin", "SABTU", "jum'at", "Jum’at", "ahad", "Minggu", "ſenin", "Kamiſ", "\u212aamis"),
    *("dilansir", "Dilansir", "DILANSIR", "mengutip", "dari", "kantor", "berita", "seperti"),
    *("dilaporkan", "oleh", "Menurut", "laporan", "Sputnik", "Reuters", "Arabi21.com", "dan"),
    *("İstanbul", "dılansir", "(Senin)", "8/2", "x", "malam", "lalu", ".", "Al", "Jazeera"),
)
#: For the relative dates' scan, which is also tried where a number starts.
RELATIVE_TOKENS = (
    *("kemarin", "KEMARIN", "lusa", "hari", "ini", "yang", "pekan", "Pekan", "tadi", "malam"),
    *("ſemalam", "besok", "lalu", "3", "12", "123", "x4", "٣", "(5/3)", "ke3", "\u212aemarin"),
)
SPACES = (" ", " ", "  ", "\n", "\t", "", ", ", "(")


@pytest.mark.parametrize("name", [*sorted(SCANS), "relative dates"])
def test_random_texts_give_the_matches_of_finditer(name):
    scan = SCANS.get(name, events._RELATIVE_SCAN)
    tokens = TOKENS if name in SCANS else RELATIVE_TOKENS
    rng = random.Random(5)  # noqa: S311 - reproducible texts, not secrets
    found = 0
    for _ in range(500):
        text = "".join(rng.choice(tokens) + rng.choice(SPACES) for _ in range(rng.randint(1, 40)))
        slow = [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == slow, text
        fast, plain = scan.search(text), scan.pattern.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), text
        found += len(slow)
    assert found > 200  # the texts do hold matches


def test_matches_that_would_overlap_are_found_as_finditer_finds_them():
    scan = WordScan(re.compile(r"(?i)\b(?:ab|abc\s+ab|c)\w*"), ["ab", "abc", "c"])
    text = "abc ab c ABC AB cab"
    assert [m.span() for m in scan.finditer(text)] == [
        m.span() for m in scan.pattern.finditer(text)
    ]


def test_every_letter_re_takes_for_an_ascii_one_lowers_to_it_or_is_scanned_slowly():
    """What makes the lower-cased text a faithful place to look for the words."""
    letter = re.compile(r"(?i)[a-z]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char in string.ascii_letters or not letter.fullmatch(char):
            continue
        folded = char.lower().replace("ſ", "s").replace("ı", "i")
        assert char == "İ" or (len(folded) == 1 and folded in string.ascii_lowercase), hex(code)


@pytest.mark.parametrize(
    "text",
    [
        "3 hari lalu, ٣ hari yang lalu dan 12 hari  lalu",
        "x4 hari lalu, ke3 hari lalu, 123 hari lalu, (9 hari lalu)",
        "Kemarin lusa (5/3) dan pekan lalu, Pekan lalu, tadi malam, ſemalam",
    ],
)
def test_relative_dates_starting_with_a_number_are_found(text):
    scan = events._RELATIVE_SCAN
    slow = [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == slow
    assert slow


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<!mantan )\bpresiden\s+(?:suriah\s+)?assad", {"presiden"}),
        (r"\b(?:rex\s+)?tillerson\b", {"rex", "tillerson"}),
        (r"(?:serangan|sebelum|sejak)\s+x", {"serangan", "sebelum", "sejak"}),
        (r"\bhay(?:['’]?at|ah)\s+tahrir|\bHTS\b", {"hay", "hts"}),
        (r"(?:ab)+c", {"ab"}),  # a repeat's body alone: "ababc" starts with "ab", not "abc"
        (r"a?b", {"a", "b"}),  # an optional part: its own start, or what follows
        (r"[ab]x", {"ax", "bx"}),
        (r"(?=Ku)\bKurdi", {"kurdi"}),
        (r"[a-c]x", None),  # a class of letters: no words
        (r"x*", None),  # may match nothing
        (r"Ṣalah", None),  # a non-ASCII letter first
        (r"(a)\1", {"a"}),
    ],
)
def test_first_words_are_read_from_the_pattern(pattern, words):
    found = first_words(re.compile(pattern, re.IGNORECASE))
    assert found == (frozenset(words) if words is not None else None)


def test_every_era_pattern_is_tried_only_where_its_first_words_are():
    assert all(isinstance(finder, WordScan) for finder in clues._era_finders())
