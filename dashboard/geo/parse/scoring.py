"""How sure a mention is: its place's prior, moved by the evidence around the name.

:func:`prior` says how likely a bare, capitalised mention of a place's name really means it (a
governorate or a large town more than a hamlet); :func:`scored` adds the evidence of the cues
(context and type words, a dateline, a list) and the article's other places, and subtracts the
doubts (after or before a person's name, a given name, a sentence's first word). A mention
below :data:`THRESHOLD` is dropped unless another mention of its place passed it."""

from __future__ import annotations

import functools
import itertools
from typing import Final, cast

from dashboard.geo.parse.cues import Cues
from dashboard.model import Place

THRESHOLD: Final = 0.55  # mentions below this are dropped
SUPPORTED: Final = 0.25  # … unless another mention of the same place passed the threshold
OTHER: Final = 0.6  # prior of a reviewed feature (features.tsv), as a district seat's
HAMLET: Final = 0.35  # prior of a village with no seat and no population known
MAJOR: Final = 0.7  # prior of a town that is a seat or large, a governorate, a region, a country
PENALTY_VARIANT: Final = 0.1  # a one-word transliteration variant the gazetteer does not list

_EVIDENCE_CONTEXT: Final = 0.25
_EVIDENCE_LIST: Final = 0.2  # listed beside another found place: "Shabha, Al-Kafr dan Al-Raha"
_EVIDENCE_KIND: Final = 0.3
_EVIDENCE_DATELINE: Final = 0.3
_EVIDENCE_COHERENT: Final = 0.15
_PENALTY_FAR: Final = 0.2
_PENALTY_AFTER_NAME: Final = 0.3
_PENALTY_SENTENCE_START: Final = 0.1
_PENALTY_GIVEN_NAME: Final = 0.25


def prior(place: Place) -> float:
    """How likely a bare, capitalised mention of this place's name really means it."""
    if place.kind == "country":
        return 0.85
    if not place.in_syria or place.kind in ("admin1", "region"):
        return 0.75
    if place.kind == "other":
        return OTHER  # a reviewed quarter, crossing, camp or base: named because it is notable
    if place.kind != "populated_place":
        return 0.5
    pop, code = place.population or 0, place.feature_code or ""
    if code in ("PPLC", "PPLA") or pop >= 50_000:
        return 0.75
    if code == "PPLA2" or pop >= 10_000:
        return 0.6
    return 0.45 if code == "PPLA3" or pop >= 2_000 else HAMLET


def _score(
    base: float,
    coherence: int,
    context: str | None,
    kind: str | None,
    dateline: bool,
    upper: bool,
    sentence_start: bool,
    after_name: bool,
    before_name: bool,
    given_name: bool,
    listed: bool,
) -> float:
    """The confidence of a mention: its place's prior moved by the evidence around it."""
    score = base
    if kind:
        score += _EVIDENCE_KIND
    elif context:
        score += _EVIDENCE_CONTEXT
    elif listed:
        score += _EVIDENCE_LIST
    if dateline and (score >= THRESHOLD or upper):  # "TASH BASH -", not a byline
        score += _EVIDENCE_DATELINE
    score += _EVIDENCE_COHERENT if coherence > 0 else -_PENALTY_FAR if coherence < 0 else 0.0
    if after_name:
        score -= _PENALTY_AFTER_NAME
    if base < MAJOR:  # a village named like a person: "dari Khalid", "Ali Pasha"
        if before_name:
            score -= _PENALTY_AFTER_NAME
        if given_name and not kind:
            score -= _PENALTY_GIVEN_NAME
    if sentence_start and not context:
        score -= _PENALTY_SENTENCE_START
    return round(max(0.0, min(1.0, score)), 3)


#: The yes/no cues a mention records as its evidence, in this order, with their labels.
_FLAG_EVIDENCE: Final = (
    ("dateline", "dateline"),
    ("title", "title"),
    ("institution", "institution"),
    ("after_name", "after-name"),
    ("before_name", "before-name"),
    ("given_name", "given-name"),
    ("sentence_start", "sentence-start"),
    ("listed", "listed"),
)


#: What a mention's confidence and evidence are made of, after the prior and the coherence: the
#: cues :func:`_score` reads, in its order, then the other evidence flags.
_SCORED: tuple[str, ...] = ("context", "kind", "dateline", "upper", "sentence_start")
_SCORED += ("after_name", "before_name", "given_name", "listed", "title", "institution")
#: Where :data:`_SCORED`'s fields stand in a :class:`Cues` (:func:`scored_fields` reads them).
_SCORED_AT: Final = (0, 1, 2, 4, 5, 8, 9, 10, 14, 3, 11)
if _SCORED_AT != tuple(Cues._fields.index(field) for field in _SCORED):  # pragma: no cover
    raise AssertionError("scoring._SCORED_AT no longer matches Cues's fields")


def scored_fields(base: float, coherence: int, cue: Cues) -> tuple[object, ...]:
    """:func:`scored`'s key: *base* (the prior), *coherence*, then *cue*'s fields of
    :data:`_SCORED` in order, read by position as the objects stored (one tuple built at once:
    compiled, an ``itemgetter`` unpacked with a star made a list, then a tuple)."""
    c: tuple[object, ...] = cue
    return (base, coherence, c[0], c[1], c[2], c[4], c[5], c[8], c[9], c[10], c[14], c[3], c[11])


#: Where the yes/no cues start in :func:`scored`'s fields (after prior, coherence, context, kind).
_YES_NO: Final = 4
#: Where each evidence flag stands in :func:`scored`'s fields (after the prior and coherence).
_FLAG_AT: Final = tuple((2 + _SCORED.index(field), label) for field, label in _FLAG_EVIDENCE)
#: Where each evidence flag stands among the yes/no cues (the fields from :data:`_YES_NO` on).
_FLAG_YES: Final = tuple(at - _YES_NO for at, _ in _FLAG_AT)
#: The labels of every combination of the flags (True/False), worked out once: a dict lookup per
#: new combination of cues instead of a loop over the flags (an unseen text meets ~11 of them).
_FLAG_LABELS: Final = {
    flags: tuple(label for flag, (_, label) in zip(flags, _FLAG_AT, strict=True) if flag)
    for flags in itertools.product((False, True), repeat=len(_FLAG_AT))
}


@functools.lru_cache(maxsize=8192)
def scored(fields: tuple[object, ...]) -> tuple[float, tuple[str, ...]]:
    """(confidence, evidence labels) of one combination of prior, coherence and cues: few
    combinations recur, so each is worked out once (an unseen text still meets a few new ones)."""
    # A yes/no cue that is no bool ("" or a word) counts as its truth value, as an `if` reads it;
    # compiled (mypyc) code checks `_score`'s `bool` annotations, so they become bools first.
    # The fields go to `_score` one by one, not unpacked: compiled, a call with *args goes
    # through the function's Python-level wrapper.
    yes = [bool(field) for field in fields[_YES_NO:]]
    evidence = list(_FLAG_LABELS[tuple([yes[at] for at in _FLAG_YES])])
    context, kind = fields[2], fields[3]
    if context:
        evidence.append(f"context:{context}")
    if kind:
        evidence.append(f"kind:{kind}")
    confidence = _score(
        cast(float, fields[0]),
        cast(int, fields[1]),
        cast("str | None", context),
        cast("str | None", kind),
        yes[0],  # dateline
        yes[1],  # upper
        yes[2],  # sentence_start
        yes[3],  # after_name
        yes[4],  # before_name
        yes[5],  # given_name
        yes[6],  # listed
    )
    return confidence, tuple(evidence)
