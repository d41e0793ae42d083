"""The date finder's fast paths find exactly what the plain patterns find (own token soups).

Year hints are looked for back from each year instead of at every word, era patterns are tried
only when one of their ``needs`` words is found by one automaton pass, and the war's age only
when "sejak … konflik" is there: each is checked here against the slow way on tricky cases and
on seeded random texts built from the words the patterns care about.
"""

from __future__ import annotations

import random
import re

import pytest

from dashboard.dates import clues, mentions
from dashboard.dates.tables import eras
from dashboard.wordscan import WordScan

pytestmark = pytest.mark.unit

TOKENS = (
    *("tahun", "TAHUN", "Tahun", "pada", "sejak", "awal", "akhir", "pertengahan", "medio"),
    *("Maret", "mei", "Agustus", "agu", "Sept", "des", "Desember", "Nop", "okt"),
    *("2011", "2016", "1999", "2030", "20199", "1812", "2024,", "(2015)", "٢٠١٩", "20١9"),
    *("lima", "enam", "10", "konflik", "perang", "berlangsung", "selama", "lebih", "dari"),
    *("hingga", "mendatang", "depan", "Presiden", "Putin", "Obama", "ISIS", "Ahmadinejad"),
    *("ſejak", "\u212aonflik", "SEJAK", "al-Julani", "Erdoğan", "koalisi", "Rusia", "x", "."),
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


def _slow_war_years(text: str) -> int | None:
    for _, finder in clues._WAR_YEARS:
        pattern = finder.pattern if isinstance(finder, WordScan) else finder
        if m := pattern.search(text):
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
    "akhir\u00a02014, Nop 2015, okt 2016",
    "2016 di awal kalimat, lalu medio 2017",
    "lima tahun terakhir, atau ſejak \u212aonflik pecah",
    "perang yang telah berlangsung lebih dari enam tahun",
    "Presiden Ahmadinejad, Presiden Ahmad al-Sharaa, ISIS, koalisi",
]


@pytest.mark.parametrize("text", TRICKY)
def test_year_hints_back_from_the_year_are_the_patterns_matches(text):
    slow = [(m.span(), m.group("y")) for m in clues._YEAR_HINT.finditer(text)]
    assert [(m.span(), m.group("y")) for m in clues._year_hint_matches(text)] == slow


@pytest.mark.parametrize("text", TRICKY)
def test_gated_eras_and_war_years_are_the_patterns_findings(text):
    assert [(c.label, c.windows) for c in clues._era_clues(text)] == _slow_eras(text)
    assert clues.war_years(text) == _slow_war_years(text)


def test_random_texts_give_what_the_slow_way_gives():
    rng = random.Random(13)  # noqa: S311 - reproducible texts, not secrets
    hints = 0
    for _ in range(400):
        text = soup(rng, rng.randint(5, 60))
        slow = [(m.span(), m.group("y")) for m in clues._YEAR_HINT.finditer(text)]
        assert [(m.span(), m.group("y")) for m in clues._year_hint_matches(text)] == slow, text
        assert [(c.label, c.windows) for c in clues._era_clues(text)] == _slow_eras(text), text
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
