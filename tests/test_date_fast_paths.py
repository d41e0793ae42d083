"""The date finder's and the cleaner's fast paths find exactly what the plain patterns find
(own token soups).

Named years are found by a plain pattern whose sides are checked in Python, era patterns are tried
only when one of their ``needs`` words is found by one automaton pass, and the war's age only
when "sejak … konflik" is there: each is checked here against the slow way on tricky cases and
on seeded random texts built from the words the patterns care about.
"""

from __future__ import annotations

import random
import re
import sys

import pytest

from dashboard.dates import clues, mentions
from dashboard.dates.tables import eras
from dashboard.text import cleaning, furniture
from dashboard.wordscan import WordScan

pytestmark = pytest.mark.unit

TOKENS = (
    *("tahun", "TAHUN", "Tahun", "pada", "sejak", "awal", "akhir", "pertengahan", "medio"),
    *("Maret", "mei", "Agustus", "agu", "Sept", "des", "Desember", "Nop", "okt"),
    *("2011", "2016", "1999", "2030", "20199", "1812", "2024,", "(2015)", "٢٠١٩", "20١9"),
    *("12.2015", "2015,5", "/2019/", "2023-11", "x2013", "_2014", "2.015"),
    *("lima", "enam", "10", "konflik", "perang", "berlangsung", "selama", "lebih", "dari"),
    *("hingga", "mendatang", "depan", "Presiden", "Putin", "Obama", "ISIS", "Ahmadinejad"),
    *("ſejak", "\u212aonflik", "SEJAK", "al-Julani", "Erdoğan", "koalisi", "Rusia", "x", "."),
    *("ke-", "ke", "kesepuluh", "memasuki", "Ukraina", "di", "ulang", "peringatan", "revolusi"),
)
SPACES = (" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "", "-", ", ")


def soup(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(TOKENS) + rng.choice(SPACES) for _ in range(n))


def _slow_eras(text: str) -> list[tuple[str, tuple]]:
    lowered = text.lower()
    found: dict[str, tuple[str, list]] = {}
    for era in eras():
        if any(word in lowered for word in era.needs) and (m := era.pattern.search(text)):
            label = f"{' '.join(m.group().split())!r}"
            found.setdefault(era.id, (label, []))[1].append((era.first, era.last))
    return [(label, tuple(windows)) for label, windows in found.values()]


#: What :func:`clues._named_years` finds, as one pattern with look-arounds (slow: tried at every
#: character).
_SLOW_YEAR = re.compile(r"(?<!\w)(?<!/)(?<!\d[.,])(?:19|20)\d\d(?!\w)(?!/)(?![.,]\d)")


def _slow_war_years(text: str) -> int | None:
    for _, finders in clues._WAR_YEARS:
        for finder in finders:
            pattern = finder.pattern if isinstance(finder, WordScan) else finder
            if m := pattern.search(text):
                raw = " ".join(m.group("n").casefold().split())
                return int(raw) if raw.isdigit() else clues.NUMBER_WORDS[raw]
    for finder in clues._WAR_ANNIVERSARIES:
        if m := finder.pattern.search(text):
            raw = " ".join(m.group("n").casefold().split())
            return int(raw) if raw.isdigit() else clues.NUMBER_WORDS[raw]
    for finder in clues._WAR_ORDINALS:
        if m := finder.pattern.search(text):
            raw = " ".join(m.group("n").casefold().split())
            return max((int(raw) if raw.isdigit() else clues.NUMBER_WORDS[raw]) - 1, 0)
    for finder in clues._WAR_LENGTHS:
        if m := finder.pattern.search(text):
            raw = " ".join(m.group("n").casefold().split())
            return int(raw) if raw.isdigit() else clues.NUMBER_WORDS[raw]
    return None


TRICKY = [
    "pada 2016 dan tahun 2017",
    "Pada  \n 2016",
    "pertengahan 2019, awal 2020 hingga tahun 2030 mendatang",
    "sejak2011 dan mei2012 serta x2013",
    "Maret 2011Maret 2012",
    "tahun 20199 dan tahun 2018",
    "TAHUN ٢٠١٩ dan tahun 20١9",
    "12.2015 dan 2015,5, /2019/ x2013 _2014 2.015 2012-2013 date 2023-11 (2016). 2017",
    "akhir\u00a02014, Nop 2015, okt 2016",
    "2016 di awal kalimat, lalu medio 2017",
    "lima tahun terakhir, atau ſejak \u212aonflik pecah",
    "perang yang telah berlangsung lebih dari enam tahun",
    "10 tahun terakhir, sejak konflik pecah; dua belas tahun sejak perang",
    "(٥ tahun) sejak perang, x5 tahun sejak konflik",
    "Presiden Ahmadinejad, Presiden Ahmad al-Sharaa, ISIS, koalisi",
    "tahun ke-12 perang, perang Ukraina memasuki tahun ketiga; TAHUN KESEPULUH konflik",
    "ulang tahun ke-14 revolusi; peringatan ke-10 revolusi Suriah; Ulang Tahun Kelima perang",
    "PERANG Saudara Suriah selama 2,5 tahun; konflik dua tahun lalu; perang delapan tahun Iran",
    "konflik dua tahun kemudian, perang Kedua tahun; perang sipil   sembilan  tahun",
]


@pytest.mark.parametrize("text", TRICKY)
def test_named_years_are_the_slow_patterns_matches(text):
    slow = [(m.span(), m.group()) for m in _SLOW_YEAR.finditer(text)]
    assert [(m.span(), m.group()) for m in clues._named_years(text)] == slow


@pytest.mark.parametrize("text", TRICKY)
def test_gated_eras_and_war_years_are_the_patterns_findings(text):
    assert [(c.label, c.windows) for c in clues.era_clues(text)] == _slow_eras(text)
    assert clues.war_years(text) == _slow_war_years(text)


def test_random_texts_give_what_the_slow_way_gives():
    rng = random.Random(13)  # noqa: S311 - reproducible texts, not secrets
    hints = 0
    for _ in range(400):
        text = soup(rng, rng.randint(5, 60))
        slow = [(m.span(), m.group()) for m in _SLOW_YEAR.finditer(text)]
        assert [(m.span(), m.group()) for m in clues._named_years(text)] == slow, text
        assert [(c.label, c.windows) for c in clues.era_clues(text)] == _slow_eras(text), text
        assert clues.war_years(text) == _slow_war_years(text), text
        hints += len(slow)
    assert hints > 300  # the soup does hold many hints: the comparison is not of empty lists


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Jan 17, 2019 17:46", 1),
        ("May 27,2019 dan Sept. 5,  2016", 2),
        ("Jumat, 17 Mei 2019, 2.000 orang", 0),
        ("nomor 17, 20190 dan 5, 201", 0),
        ("٢٧, ٢٠١٩ May ٢٧, ٢٠١٩", 1),
    ],
)
def test_the_english_order_is_tried_only_where_it_can_match(text, english, monkeypatch):
    fast = mentions._mentions.__wrapped__(text)
    assert sum(bool(mentions._PATTERNS[3].search(m.surface)) for m in fast) == english
    monkeypatch.setattr(mentions, "_ENGLISH_ORDER_PART", re.compile(""))  # always tried
    assert mentions._mentions.__wrapped__(text) == fast


#: The date patterns as first written, with ``\b`` first: the fast forms must match the same.
PLAIN_DATES = {
    1: re.compile(
        r"\b(?P<d>\d{1,2})(?P<sep>/{1,2}|[.-])(?P<m>\d{1,2})(?:/{1,2}|[.-])(?P<y>\d{4})\b"
    ),
    "iso": re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
}
DATE_TOKENS = (
    *("27/05/2019", "7//9/2016", "18.08.2012", "27-05-2019", "2019-05-27", "1999-12-31"),
    *("(5 Juli)", "( 5 Juli 2019 )", "5 juli", "30 November", "12 Sept. 2016", "(8/2)", "31/09"),
    *("١٢/٠٥/٢٠١٩", "٢٠١٩-٠٥-٢٧", "x", "é", "_", "a1", "12", "2019", "20", "(", ")", "/", "-"),
    *("Agutus", "desmber", "Agutus2019", "x12"),
)
DATE_SPACES = ("", "", " ", "  ", "\n", ", ", ".", "(", "\u00a0")


def test_the_fast_date_patterns_find_what_the_plain_ones_find():
    rng = random.Random(21)  # noqa: S311 - reproducible texts, not secrets
    scan = mentions._FINDERS[2]
    found = dict.fromkeys(["1", "iso", "2"], 0)
    typos = 0
    for _ in range(1500):
        text = "".join(
            rng.choice(DATE_TOKENS) + rng.choice(DATE_SPACES) for _ in range(rng.randint(1, 12))
        )
        for key, fast in ((1, mentions._PATTERNS[1]), ("iso", mentions._ISO)):
            slow = [(m.span(), m.groupdict()) for m in PLAIN_DATES[key].finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == slow, text
            found[str(key)] += len(slow)
        slow = [(m.span(), m.groupdict()) for m in scan.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in scan.finditer(text)] == slow, text
        found["2"] += len(slow)
        typos += sum(bool(groups["typo"]) for _, groups in slow)
    assert min(found.values()) > 300, found  # the texts do hold matches of each
    # the third pattern's misspelt months are among its matches too
    assert typos > 30, typos


READER_TOKENS = (
    *("Anda", "ANDA", "anda", "kamu", "\u212aamu", "KAMU", "you", "YOU", "You", "Andalas"),
    *("panda", "kamus", "youtube", "(fath/arrahmah.com)", "(esn)", "(ita/ita)", "teroris.", "x"),
    *("Idlib", ")", "(", ".", "İ", "ſ", "yang", "ke", "di"),
)


def test_the_reader_and_initials_prechecks_change_no_finding():
    """Cleaning looks for words that speak to the reader and for editor initials only where
    they can be: each is checked here against the pattern tried everywhere."""
    rng = random.Random(8)  # noqa: S311 - reproducible texts, not secrets
    spaces = (" ", "", "  ", "\t", ", ", ".", "\u00a0")
    readers = initials = 0
    for _ in range(3000):
        line = "".join(rng.choice(READER_TOKENS) + rng.choice(spaces) for _ in range(9)).strip()
        if rng.random() < 0.5:  # initials close many articles' last paragraphs
            line += rng.choice(("", " ", ". ", ".")) + rng.choice(("(esn)", "(ita/ita)", "(X)"))
        slow = furniture._READER.search(line) is not None
        assert furniture._speaks_to_reader(line) == slow, line
        m = cleaning._INITIALS_TAIL.search(line)
        expected = (line[: m.start()].rstrip(), m.group().strip()) if m else (line, None)
        if not cleaning._INITIALS_LINE.match(line):
            assert cleaning._strip_initials(line) == expected, line
        readers, initials = readers + slow, initials + bool(m)
    assert readers > 500 and initials > 300, (readers, initials)


def test_only_the_letters_themselves_and_the_kelvin_sign_match_the_reader_words():
    """What makes the lower-cased line a faithful place to look for them."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(furniture._READER_WORDS)):
        for char in re.findall(f"(?i){letter}", every):
            assert char.lower() == letter, (hex(ord(char)), letter)


PROSE_TOKENS = (
    *("Serangan", "udara", "di", "Idlib", "menewaskan", "ABC", "Abcd", "abc", "x", "ke"),
    *("al-Assad", "O'Brien", "Jum’at", "_abcd", "12abcd", "ab1cd", "a-b", "a-bc", "2019", "3"),
    *("Şam", "Erdoğan", "ÇOK", "é", "kota-kota", "-", "’", "(esn)", "WIB", "Damaskus"),
)
PROSE_ENDS = ("", ".", "!", "?", '"', "”", "’", ")", ":", " ", ". ")


def _slow_is_prose(line: str) -> bool:
    """:func:`furniture.is_prose` as it was written first: every word found, the long kept."""
    words = [w for w in furniture._WORD.findall(line) if len(w) > 3]
    if line.rstrip().endswith(furniture._SENTENCE_END) and len(words) >= 4:
        return True
    if len(line) <= furniture.SHORT or not words:
        return False
    return sum(w[0].isupper() for w in words) / len(words) < furniture.CAPITALISED_SHARE


def test_prose_is_judged_as_by_every_word():
    """Furniture counts a line's long words with a pattern that finds only them, and stops at
    four when the line ends like a sentence: the same judgement as from every word."""
    rng = random.Random(9)  # noqa: S311 - reproducible texts, not secrets
    spaces = (" ", "", "  ", ", ", "\t", "\u00a0", "/")
    prose = 0
    for _ in range(4000):
        n = rng.randrange(0, 14)
        line = "".join(rng.choice(PROSE_TOKENS) + rng.choice(spaces) for _ in range(n))
        line += rng.choice(PROSE_ENDS)
        slow = _slow_is_prose(line)
        assert furniture.is_prose(line) == slow, line
        assert furniture._headline(line) == (
            bool(w := [x for x in furniture._WORD.findall(line) if len(x) > 3])
            and sum(x[0].isupper() for x in w) / len(w) >= furniture.CAPITALISED_SHARE
        ), line
        prose += slow
    assert 800 < prose < 3200, prose


def test_a_cut_off_repeat_is_found_as_by_comparing_each_paragraph():
    """A paragraph's key is looked for after a line break in the kept keys joined: the same
    answer as asking each kept key whether it starts with it."""
    rng = random.Random(10)  # noqa: S311 - reproducible texts, not secrets
    words = ("serangan", "di", "idlib", "x", "kota", "damaskus", "warga", "ʼ", "ş")
    repeats = 0
    for _ in range(3000):
        seen = [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 12))) for _ in range(4)]
        source = rng.choice(seen)
        cut = source[: rng.randrange(len(source) + 1)] if rng.random() < 0.5 else source
        key = cut if rng.random() < 0.7 else cut + " " + rng.choice(words)
        slow = len(key) >= cleaning._MIN_DUPLICATE and (
            key in seen
            or (len(key) >= cleaning._MIN_PREFIX and any(s.startswith(key) for s in seen))
        )
        assert cleaning._is_repeat(key, seen) == slow, (key, seen)
        repeats += slow
    assert repeats > 300, repeats
