"""Packed mentions (dashboard.store.mentionpack): what goes in comes out, in the table's order."""

from __future__ import annotations

import json
import zlib

import pytest

from dashboard.store.mentionpack import DICTIONARY, FORMAT, evidence_json, pack, unpack

TITLE = "Serangan di Idlib"
BODY = "IDLIB - Pasukan bergerak dari Idlib ke Aleppo, kata warga Ḥalab."
TEXT = f"{TITLE}\n\n{BODY}"


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


# (place_id, start, end, surface, confidence, qualifier, evidence words)
MENTIONS = [
    ("gn:idlib", *_at("Idlib"), "Idlib", 0.7, None, ["title", "sentence-start"]),
    ("gn:idlib", *_at("IDLIB"), "IDLIB", 0.75, None, ["dateline", "sentence-start"]),
    ("gn:aleppo", *_at("Aleppo"), "Aleppo", 0.8125, "north", ["context:ke"]),
    ("gn:idlib", *_at("Idlib", 1), "Idlib", 0.7, None, ["title", "sentence-start"]),
    # a surface that is not the text at its span is kept as it was
    ("gn:aleppo", *_at("Ḥalab"), "Halab", 1.0, None, []),
]


def _rows(mentions) -> list[dict]:
    keys = ("place_id", "span_start", "span_end", "surface", "confidence", "qualifier")
    rows = [dict(zip(keys, m[:6], strict=True), evidence=evidence_json(m[6])) for m in mentions]
    return sorted(rows, key=lambda r: (r["span_start"], r["place_id"]))


PLACES = ["gn:aleppo", "gn:damascus", "gn:idlib"]  # the article's places, in rank order


@pytest.mark.parametrize("text", [TEXT, None])
@pytest.mark.parametrize("places", [PLACES, ["gn:idlib"], []])
def test_packed_mentions_unpack_to_the_rows_of_the_old_table(text, places):
    assert unpack(pack(MENTIONS, text, places), TITLE, BODY, places) == _rows(MENTIONS)


def test_places_among_the_articles_are_written_as_their_number():
    value = json.loads(_json(pack(MENTIONS, TEXT, PLACES)))
    assert [group[0] for group in value[1]] == [2, 0]
    assert json.loads(_json(pack(MENTIONS, TEXT, ["gn:idlib"])))[1][1][0] == "gn:aleppo"


def test_a_value_of_format_1_places_all_by_id_is_still_read():
    data = _json(pack(MENTIONS, TEXT)).encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=DICTIONARY)
    first = b"\x01" + deflate.compress(data) + deflate.flush()
    assert unpack(first, TITLE, BODY) == _rows(MENTIONS)


def test_surfaces_equal_to_the_text_are_left_out_and_evidence_lists_stored_once():
    with_text, without = _json(pack(MENTIONS, TEXT)), _json(pack(MENTIONS, None))
    assert '"Halab"' in with_text and '"Aleppo"' not in with_text and '"Aleppo"' in without
    assert with_text.count("sentence-start") == 2 and with_text.count("gn:idlib") == 1


def _json(packed: bytes) -> str:
    assert packed[:1] == FORMAT == b"\x02"
    inflate = zlib.decompressobj(-15, zdict=DICTIONARY)
    return (inflate.decompress(packed[1:]) + inflate.flush()).decode()


def test_a_value_of_an_unknown_format_is_refused_not_misread():
    with pytest.raises(ValueError, match="unknown format"):
        unpack(b"\x03" + pack(MENTIONS, TEXT)[1:], TITLE, BODY)


def test_no_mentions_pack_to_nothing():
    assert pack([], TEXT) is None and unpack(None, TITLE, BODY) == []
