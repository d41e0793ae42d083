"""The readers' skip reasons in Indonesian for the dashboard, from the table reasons_id.tsv."""

from __future__ import annotations

import pytest

from dashboard.app.reasons import _table, in_indonesian
from dashboard.text.read import read_bytes

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("empty file", "file kosong"),
        (
            "malformed JSON line: Expecting value (column 1)",
            "baris JSON rusak: Expecting value (kolom 1)",
        ),
        (
            "file too large (12,000,000 bytes; the limit for one article is 10,000,000)",
            "file terlalu besar (12,000,000 bita; batas untuk one article: 10,000,000)",
        ),
        (
            "not Indonesian (declares 'en')",
            "bukan berbahasa Indonesia (halaman menyatakan bahasa 'en')",
        ),
        ("not Indonesian (something new)", "bukan berbahasa Indonesia (something new)"),
        ("a reason nobody listed", "a reason nobody listed"),  # shown as it is
    ],
)
def test_known_reasons_are_said_in_indonesian(english, indonesian):
    assert in_indonesian(english) == indonesian


def test_the_reasons_a_reader_gives_are_in_the_table():
    reasons = []
    for name, data in [
        ("a.txt", b""),
        ("b.jsonl", b'{"title": "x", "text": "isi"}\n{rusak\n'),
        ("c.json", b"[]"),
        ("d.json", b'{"title": "tanpa teks"}'),
    ]:
        for item in read_bytes(name, data):
            reason = getattr(item, "reason", None)
            if reason:
                reasons.append(reason)
    assert len(reasons) == 4, reasons
    assert all(in_indonesian(r) != r for r in reasons), reasons


def test_every_pattern_in_the_table_has_an_indonesian_text():
    assert len(_table()) >= 20
    assert all(text and pattern.pattern for pattern, text in _table())
