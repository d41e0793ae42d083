"""The parser's fast constructors (geo/parse/values.py) build the very objects the dataclasses'
own __init__ builds."""

from __future__ import annotations

import dataclasses

import pytest

from dashboard.geo.parse import values
from dashboard.model import Mention, Place, TaggedPlace

#: The builders: the parser's (compiled with it, geo/parse/values.py).
BUILDERS = [values]

PLACE = Place("t1", "Idlib", "populated_place", 35.93, 36.63, True, admin1="Idlib")

MENTIONS = [
    (0, 5, "Idlib", "t1", 0.85, None, ()),
    (10, 19, "Suriah ut", "sy", 0.7, "utara", ("context:di", "kind:admin1")),
    (3, 8, "Homs", "t2", 0.0, "timur", ("sentence-start",)),
]


@pytest.mark.parametrize("builder", BUILDERS)
@pytest.mark.parametrize("fields", MENTIONS)
def test_new_mention_is_the_dataclass_built_as_usual(fields: tuple, builder) -> None:
    fast, usual = (
        builder.new_mention(*fields),
        Mention(*fields),
    )  # a field missing from new_mention: unequal
    assert type(fast) is Mention
    assert fast == usual and hash(fast) == hash(usual) and repr(fast) == repr(usual)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 1  # type: ignore[misc]


@pytest.mark.parametrize("builder", BUILDERS)
def test_new_mention_defaults_are_the_dataclass_defaults(builder) -> None:
    assert builder.new_mention(1, 2, "X", "p", 0.5) == Mention(1, 2, "X", "p", 0.5)


@pytest.mark.parametrize("builder", BUILDERS)
@pytest.mark.parametrize("qualifier", [None, "barat"])
def test_new_tagged_place_is_the_dataclass_built_as_usual(qualifier: str | None, builder) -> None:
    mentions = tuple(builder.new_mention(*m) for m in MENTIONS)
    fast = builder.new_tagged_place(PLACE, mentions, 0.9, qualifier)
    usual = TaggedPlace(PLACE, mentions, 0.9, qualifier)
    assert type(fast) is TaggedPlace and fast == usual and repr(fast) == repr(usual)
    assert hash(fast) == hash(usual) and fast.spans == usual.spans
