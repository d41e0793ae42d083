"""An article's place mentions packed into one value, ``articles.mentions`` (migration 0009).

A mention row repeated its article's id, its place id, its text and its evidence words on every
row: about 0.9 KB an article of the synthetic corpus, for a table read one article at a time
(the opened article's highlights, :meth:`Store.geotag`). Now the article's row holds them all,
as compact JSON, deflated with a preset dictionary (:data:`FORMAT`)::

    [[evidence, …], [[place, [[start, length, confidence, evidence_no, qualifier, surface],
    …]], …]]

each distinct evidence list once, each place once with its mentions: the place as its number in
the article's places (``article_places`` in rank order, from 0; format 2) or its id (a place not
among them, and every place in format 1); ``qualifier`` and
``surface`` are dropped from the end of a mention when None, and the surface is None when it is
the article's text at the span (the text is the title, a blank line and the body; see
:func:`dashboard.model.article_text`). ``unpack`` gives back the rows the ``mentions`` table held,
with the same values (evidence as its JSON text), ordered as that table's key was.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from dashboard.model import Geotag, article_text
from dashboard.store import jsontext

#: Mentions stored per place and article: the first ones (enough to highlight and check them);
#: ``article_places.n_mentions`` keeps the full count. An input naming one place 750,000 times
#: would otherwise store 750,000 rows.
MAX_MENTIONS_PER_PLACE = 50

#: The first byte of a packed value: its format. 1: raw deflate of the JSON with DICTIONARY as
#: its preset dictionary (what most values start with and repeat: the geotagger's rule names);
#: 2: the same, places given by their number among the article's places where they are there.
#: Values stored in a format are read with its dictionary forever: a new dictionary is a new
#: format byte, never an edit of this one.
FORMAT = b"\x02"
FORMATS = (b"\x01", FORMAT)
DICTIONARY = (
    b'"kind:admin1","kind:region","kind:city","context:kegubernuran","context:menuju",'
    b'"context:pinggiran","context:kawasan","context:dekat","context:dari","before-name",'
    b'"after-name","title","listed","dateline","sentence-start","context:desa","context:kota",'
    b'"kind:town","context:di"],[],[["foreign:'
    b'["gn:1'
)

#: The fields of an unpacked mention, in the order of the ``mentions`` table's columns.
FIELDS = ("place_id", "span_start", "span_end", "surface", "confidence", "qualifier", "evidence")


def evidence_json(words: Iterable[str]) -> str:
    """A mention's evidence as the ``mentions`` table stored it."""
    return jsontext.array(words)


def geotag_mentions(geotag: Geotag) -> list[tuple]:
    """The mentions of a geotag as (place_id, start, end, surface, confidence, qualifier,
    evidence list): the first :data:`MAX_MENTIONS_PER_PLACE` of each place."""
    return [
        (m.place_id, m.start, m.end, m.surface, m.confidence, m.qualifier, list(m.evidence))
        for tp in geotag.places
        for m in tp.mentions[:MAX_MENTIONS_PER_PLACE]
    ]


def places_of(geotag: Geotag) -> list[str]:
    """The ids of a geotag's places in the order ``article_places`` ranks them."""
    return list(dict.fromkeys(tp.place.id for tp in geotag.places))


def pack(
    mentions: Sequence[Sequence], text: str | None = None, places: Sequence[str] = ()
) -> bytes | None:
    """Mentions (as :func:`geotag_mentions` gives them) in one value; None for none. A surface
    equal to ``text`` at its span is left out (all are kept when ``text`` is None); a place in
    ``places`` (the article's, :func:`places_of`) is written as its number there."""
    if not mentions:
        return None
    number_of = {place_id: i for i, place_id in enumerate(places)}
    evidence: dict[tuple[str, ...], int] = {}  # each distinct list (of strings) once, numbered
    found: dict[str, list] = {}
    for place_id, start, end, surface, confidence, qualifier, words in mentions:
        number = evidence.setdefault(tuple(words), len(evidence))
        if text is not None and text[start:end] == surface:
            surface = None
        if surface is not None:
            item: list[Any] = [start, end - start, confidence, number, qualifier, surface]
        elif qualifier is not None:
            item = [start, end - start, confidence, number, qualifier]
        else:
            item = [start, end - start, confidence, number]
        found.setdefault(place_id, []).append(item)
    lists = [list(words) for words in evidence]
    groups = [[number_of.get(place_id, place_id), items] for place_id, items in found.items()]
    value = [lists, groups]
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zdict=DICTIONARY)
    data = jsontext.compact(value).encode()
    return FORMAT + deflate.compress(data) + deflate.flush()


def unpack(
    packed: bytes | None, title: str, body: str, places: Sequence[str] = ()
) -> list[dict[str, Any]]:
    """The mention rows of a packed value (of the article with this title and body, and these
    places in rank order), in the order of the old table's key: start, then place id."""
    if packed is None:
        return []
    packed = bytes(packed)
    if packed[:1] not in FORMATS:
        raise ValueError(f"packed mentions of an unknown format {packed[:1]!r}")
    inflate = zlib.decompressobj(-15, zdict=DICTIONARY)
    lists, groups = json.loads(inflate.decompress(packed[1:]) + inflate.flush())
    text = article_text(title, body)
    words = [evidence_json(w) for w in lists]
    rows = []
    for place, items in groups:
        place_id = places[place] if isinstance(place, int) else place
        for start, length, confidence, number, *rest in items:
            qualifier, surface = (rest + [None, None])[:2]
            end = start + length
            surface = text[start:end] if surface is None else surface
            values = (place_id, start, end, surface, confidence, qualifier, words[number])
            rows.append(dict(zip(FIELDS, values, strict=True)))
    rows.sort(key=lambda r: (r["span_start"], r["place_id"]))
    return rows
