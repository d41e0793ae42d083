"""A batch's stories found in bulk (dashboard.store.matching) are those the one-at-a-time index
gives, whatever part of the articles is stored already and whatever part is in the batch."""

from __future__ import annotations

import numpy as np
import pytest
from test_stories import APART, OTHER_DAY, SAME, SAME_TOPIC, WIRE, _variants, truncated

from dashboard.store import matching, stories

HALF = truncated(WIRE, 0.6)
BODIES = (
    [HALF]
    + [body for _, body in SAME + APART]
    + _variants()
    + [WIRE, SAME_TOPIC + " Tambahan kalimat.", OTHER_DAY]  # exact copies: ties broken by id
    + [HALF + " " + SAME_TOPIC, SAME_TOPIC + " " + HALF]  # near two stories: the closer wins
)


def _one_at_a_time(members, stored_stories, batch) -> list[str]:
    index = stories.StoryIndex()
    for (aid, values), story in zip(members, stored_stories, strict=True):
        index.add(aid, stories.short(values), story, stories.band_keys(values))
    return [index.assign(aid, values) for aid, values in batch]


@pytest.mark.unit
@pytest.mark.parametrize("own_stories", [False, True], ids=["grouped", "each its own story"])
@pytest.mark.parametrize("stored", [0, 1, 5, 12, 30])
def test_a_batch_gets_the_stories_of_the_one_at_a_time_index(stored, own_stories):
    # ids not in the order read, so a tie's "smaller story id" is not simply the first one
    prints = [
        (f"{(7919 * i) % 1000:03d}", stories.fingerprint(body)) for i, body in enumerate(BODIES)
    ]
    prints = [(aid, values) for aid, values in prints if values is not None]
    members, batch = prints[:stored], prints[stored:]
    # the stored articles' stories: as grouped, or each its own (many candidates, many stories)
    kept = [aid for aid, _ in members] if own_stories else _one_at_a_time([], [], members)
    expected = _one_at_a_time(members, kept, batch)
    pair_keys = [k for values in (v for _, v in members) for k in stories.band_keys(values)]
    pair_rows = [row for row in range(len(members)) for _ in range(stories.LAYOUT[0])]
    found = (
        kept,
        np.array([stories.short(v) for _, v in members], dtype=np.uint16).reshape(-1, 128),
        np.array(pair_keys, dtype=np.int64),
        np.array(pair_rows, dtype=np.int64),
    )
    sigs = np.array([stories.short(v) for _, v in batch], dtype=np.uint16)
    keys = np.array([stories.band_keys(v) for _, v in batch], dtype=np.int64)
    got = matching.stories_of([aid for aid, _ in batch], sigs, keys, found, stories.THRESHOLD)
    assert got == expected
    joined = sum(story != aid for story, (aid, _) in zip(expected, batch, strict=True))
    assert joined >= 5  # many join a story: the comparison means something
