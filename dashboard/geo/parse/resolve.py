"""Decide which place each name refers to, and how sure we are.

A name's candidates come from the gazetteer, best first. Type words narrow them ("provinsi Idlib"
is the governorate, "kota Hama" the town); a governorate reading spreads to the bare name in the
same article; ambiguous names (four Doumas, several Nawa) lean towards the governorates and
neighbours of the article's other places, then the gazetteer's rank (population, seat). The
confidence starts from how prominent the place is and moves with the evidence around the name
(:mod:`dashboard.geo.parse.scoring`); :mod:`dashboard.geo.parse.grouping` groups the mentions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from dashboard.geo import lexicon
from dashboard.geo.parse.admin_seats import AREA_KINDS, seats
from dashboard.geo.parse.anchors import Anchors
from dashboard.geo.parse.cues import COUNTRYSIDE, KUNYA_WORDS, Cues
from dashboard.geo.parse.feature_types import (
    FEATURE_CODES,
    FEATURE_KIND,
    features,
    typed_features,
    typed_kinds,
)
from dashboard.geo.parse.hierarchy import (
    AREA_WORDS,
    AROUND_IT,
    RURAL,
    area_part_kind,
    city_governorate_read_around,
    countryside_kind,
    seat_towns_spread,
    towns_in_kind,
)
from dashboard.geo.parse.namesakes import NAMESAKE_KIND, namesake_kinds
from dashboard.geo.parse.peers import (
    SEATS,
    governorate_reading,
    governorates_by_their_list,
    only_each_other,
    towns_by_their_list,
)
from dashboard.geo.parse.possible import possible
from dashboard.geo.parse.scoring import (
    HAMLET,
    MAJOR,
    PENALTY_VARIANT,
    SUPPORTED,
    THRESHOLD,
    prior,
    scored,
    scored_fields,
)
from dashboard.geo.parse.sentences import same_sentence, sentence_coherence
from dashboard.geo.parse.toponyms import Match, ToponymIndex
from dashboard.geo.parse.values import new_mention
from dashboard.geo.parse.words import first_name, needs_evidence, opens_a_name
from dashboard.model import Mention, Place

NEAR_KM: Final = 40.0  # "neighbour" for the coherence rule
FAR_KM: Final = 100.0  # a village this far from every other place of the article is doubtful
#: a city's own places (itself and its quarters) lie this near one of its quarters
CITY_KM: Final = 15.0
#: past the third namesake the gazetteer's order says nothing: the article decides
RANK_CAP: Final = 3
DISTRICT_SEAT: Final = "PPLA2"  # GeoNames: the seat of a district (mintaqa)
#: GeoNames: the capital, a governorate's seat, a district's seat
SEAT_CODES: Final = frozenset({"PPLC", "PPLA", DISTRICT_SEAT})
SALIENT_MENTIONS: Final = 3
TOWN, VILLAGE = "town", "village"  # kinds of type words (cues.tsv): a village is no quarter
QUARTER: Final = "quarter"  # feature type of a city quarter (features.tsv), its feature_code
CAMP: Final = "camp"  # feature type of a camp (features.tsv): al-Hol, Roj, Rukban …

#: Words that set a place frame before a name (cues.tsv context and type words: "di", "dari").
PLACE_WORDS: Final = lexicon.cue_words("context", "type")


class Located(NamedTuple):
    """One accepted mention and the place it refers to."""

    mention: Mention
    place: Place


#: Located((mention, place)) without the named tuple's Python-level __new__ (one per name).
_located: Final = functools.partial(tuple.__new__, Located)


def resolve(
    index: ToponymIndex, matches: Sequence[Match], cues: Sequence[Cues], text: str = ""
) -> list[Located]:
    """Every accepted mention with its place, in text order; *text* is what they were found in."""
    named = _named_persons(matches, cues, text)
    live = [
        (m, c)
        for m, c in zip(matches, cues, strict=True)
        if possible(index, m, c, text) and not (named and _echo(m, c, named))
    ]
    listed = any(c.peers for _, c in live)  # some name stands in a closed list
    kinds = _reading_kinds(index, live, text, listed)
    readings: dict[tuple[str, str | None], Sequence[Place]] = {}  # one decision per name and kind
    for (match, _), kind in zip(live, kinds, strict=True):
        if (match.entry.key, kind) not in readings:
            readings[match.entry.key, kind] = _candidates(index, match, kind)
    doubted = _person_keys(live)
    sure = {
        (key, opts[0].id): opts[0]
        for (key, _), opts in readings.items()
        if _anchor(opts[0], opts) and not (key in doubted and prior(opts[0]) < MAJOR)
    }
    anchors = Anchors(sure)
    salient = _salient_keys(live)
    filed_from = _dateline_only(live)
    placed = {p.admin1_pcode for p in sure.values() if p.kind != "admin1"}
    kept = {
        pair: p for pair, p in sure.items() if pair[0] not in filed_from and _witness(p, placed)
    }
    # the sure places that set the story somewhere (_coherence): most often all of them
    witnesses = anchors if len(kept) == len(sure) else Anchors(kept)
    decided = {}
    for (key, kind), opts in readings.items():
        place = opts[0]
        if len(opts) > 1:
            fits = [_fit(p, rank, anchors, key) for rank, p in zip(_ranks(opts), opts, strict=True)]
            place = opts[fits.index(max(fits))]  # the first best, as max() would pick
            if _hamlet(place):
                place = _amid_most(place, opts, fits, anchors, key)
            place = _seat_over_hamlet(place, opts, anchors, key, kind)
        coherence = _coherence(place, anchors, key, witnesses)
        decided[key, kind] = (place, max(coherence, 0) if key in salient else coherence)
    decided = city_governorate_read_around(index.admin1, decided)
    syrian = frozenset(key for (key, _), (p, _) in decided.items() if p.in_syria)
    return _mentions(index, live, kinds, decided, text, anchors if listed else None, syrian)


def _mentions(
    index: ToponymIndex,
    live: list[tuple[Match, Cues]],
    kinds: list[str | None],
    decided: dict[tuple[str, str | None], tuple[Place, int]],
    text: str,
    anchors: Anchors | None,
    syrian: frozenset[str],
) -> list[Located]:
    """Each live name's mention of its decided place, if its confidence is enough; *anchors*:
    the article's sure places when some name stands in a closed list (else None); *syrian*: the
    names read as Syrian places (Syria among them)."""
    placed = (  # names and places in text order, for listed villages (geo/parse/sentences.py)
        [(m.start, decided[m.entry.key, k][0]) for (m, _), k in zip(live, kinds, strict=True)]
        if anchors is not None
        else []
    )
    lonely = None  # listed names no sure place outside their list doubts: worked out if needed
    starts = [at for at, _ in placed]
    priors = index.priors or _all_priors(index)
    chosen = []
    for (match, cue), kind in zip(live, kinds, strict=True):
        place, coherence = decided[match.entry.key, kind]
        if cue.peers and place.kind == "populated_place" and prior(place) < MAJOR:
            peers = same_sentence(text, match.start, match.end, placed, starts)
            coherence = sentence_coherence(place, peers, coherence, NEAR_KM, FAR_KM)
        if coherence < 0 and anchors is not None and cue.context in PLACE_WORDS:  # not "Kafr"
            if lonely is None:  # items of one list are no evidence against each other
                lonely = only_each_other(live, [key for key, _ in anchors.pairs()])
            coherence = 0 if match.first in lonely else coherence
        if match.entry.weak and (coherence < 0 or not _beside_syrian(place, decided)):
            continue  # "desa Majimer" is Al Mujaymir beside other Syrian places, not far from them
        if cue.given_name and coherence <= 0 and place.feature_code == QUARTER:
            continue  # "Menurut Salihin": a quarter named like a person needs a place near it
        if cue.direction:
            place = _compass_part(index, place, cue)
        confidence, evidence = scored(scored_fields(priors[place.id], coherence, cue))
        if match.entry.fuzzy and match.first == match.last:
            # one word the gazetteer does not list needs more evidence; two words that both
            # match one name ("Orem al-Kubra", "Kafr Haleb") are a place's name
            confidence = round(confidence - PENALTY_VARIANT, 3)
        if confidence >= SUPPORTED and _no_evidence(
            match, cue, kind, coherence, place, text, syrian
        ):
            continue  # "Darah", "Marah", "di Taman": an Indonesian word (geo/parse/words.py)
        chosen.append((match, cue.qualifier, evidence, place, confidence))
    accepted = {p.id for *_, p, conf in chosen if conf >= THRESHOLD}
    return [
        _located((new_mention(m.start, m.end, m.surface, p.id, conf, qualifier, evidence), p))
        for m, qualifier, evidence, p, conf in chosen
        if conf >= THRESHOLD or (conf >= SUPPORTED and p.id in accepted)
    ]


def _beside_syrian(place: Place, decided: dict[tuple[str, str | None], tuple[Place, int]]) -> bool:
    """The text names (as *decided* reads its names) a Syrian place below the country other
    than *place*."""
    return any(p.in_syria and p.kind != "country" and p.id != place.id for p, _ in decided.values())


def _no_evidence(
    match: Match,
    cue: Cues,
    kind: str | None,
    coherence: int,
    place: Place,
    text: str,
    syrian: frozenset[str],
) -> bool:
    """A one-word name that is also an Indonesian word, or a large Syrian place's name right
    before another name (a person's: the scoring doubts only a village there), with no type
    word, dateline or sure place beside it, nor a context word before it that opens no longer
    name ("di Kantor DJP" is an office) outside a title or a sentence's first words, in an
    article that names Syria or another Syrian place (*syrian*: the names it reads as Syrian
    places; none but this one in "di DANA", "di Mina": news of e-wallets or the hajj). A sure
    place beside it is no evidence for an Indonesian word that opens a sentence with no context
    word ("Nasib para pejabat": fate), where its capital letter says nothing
    (geo/parse/words.py)."""
    if match.first != match.last or kind or cue.dateline:
        return False
    if coherence > 0:  # a sure place near it, unless it is a word that opens a sentence
        opener = cue.sentence_start and not (cue.context or cue.listed or cue.title)
        return opener and needs_evidence(match.surface, place, prior(place) >= MAJOR)
    if cue.before_name and not (cue.context or cue.title or cue.listed):
        return first_name(
            place, prior(place) >= MAJOR, text[max(0, match.start - 40) : match.start]
        )
    if match.surface.lower() not in lexicon.root_words():  # built with the parser
        return False  # the common case
    alone = len(syrian) == int(match.entry.key in syrian)  # no other Syrian name, nor Syria
    if cue.context and not (alone or cue.sentence_start or opens_a_name(text, match.end)):
        return False  # "di Derik.", "ke Nawa": not "di Kantor DJP", "dari Dana Desa"
    return needs_evidence(match.surface, place, prior(place) >= MAJOR)


def prepare(index: ToponymIndex) -> None:
    """Work out what the resolver reads of the gazetteer alone (each place's prior, each name's
    bare candidates, the features a type word names) when the parser is built, so no article pays
    for it: done on first use it made the first article of a process take about 200 M
    instructions (60-100 ms)."""
    _all_priors(index)
    _all_bare(index)
    features(index)


def _all_priors(index: ToponymIndex) -> dict[str, float]:
    """Every place's prior, worked out once per parser (a property of the gazetteer alone)."""
    index.priors.update((pid, prior(p)) for pid, p in index.gazetteer.places.items())
    return index.priors


def _salient_keys(live: list[tuple[Match, Cues]]) -> set[str]:
    """Names the article is about (in the title or dateline, or named three times): never
    doubted for lying far from the article's other places."""
    counts: dict[str, int] = {}  # a plain dict: a Counter costs more to build than it saves
    for m, _ in live:
        key = m.entry.key
        counts[key] = counts.get(key, 0) + 1
    salient = {key for key, n in counts.items() if n >= SALIENT_MENTIONS}
    salient.update(m.entry.key for m, c in live if c.title or c.dateline)
    return salient


def _reading_kinds(
    index: ToponymIndex, live: list[tuple[Match, Cues]], text: str, listed: bool
) -> list[str | None]:
    """Each mention's kind: its own type word, else the governorate when the article reads the
    same name as a governorate somewhere ("provinsi Idlib", also in another spelling:
    "provinsi Suwaida … di Sweida") and never explicitly as a town; a dateline stays the city
    ("IDLIB - … di Provinsi Idlib" names both).

    A bare name joined to its own governorate ("Homs dan provinsi Homs", "Raqqa serta
    provinsi Raqqa") is the city: the sentence names both; so is one listed beside a plain
    town ("antara Homs dan Palmira", :mod:`dashboard.geo.parse.peers`)."""
    own = [c.kind for _, c in live]
    if any(c.feature for _, c in live):  # "kamp X", "penyeberangan X": the feature named X
        own = typed_kinds(index, live, own)
    own = namesake_kinds(index, live, own)  # "kamp X … di X": the camp, once (namesakes.py)
    if COUNTRYSIDE in own:  # "pedesaan X": the governorate or the town, as X names one
        own = [
            countryside_kind(index.places(m.entry)) if k == COUNTRYSIDE else k
            for (m, _), k in zip(live, own, strict=True)
        ]
    # "sebagian wilayah Homs", "wilayah Idlib Selatan": a part of the governorate, which
    # spreads to the bare name as "provinsi X" does
    parts = {
        n
        for n, ((m, c), k) in enumerate(zip(live, own, strict=True))
        if k is None
        and c.context in AREA_WORDS
        and area_part_kind(index.places(m.entry), text, m.start, m.end)
    }
    # "desa-desa di Idlib", "sebuah kota di Idlib": the governorate, for that mention only
    towns_in = {
        n
        for n, ((m, c), k) in enumerate(zip(live, own, strict=True))
        if k is None and c.context == "di" and towns_in_kind(index.places(m.entry), text, m.start)
    }
    if parts or towns_in:
        own = ["admin1" if n in parts or n in towns_in else k for n, k in enumerate(own)]
    if listed:
        bare = functools.partial(_candidates, index, kind=None)
        called = frozenset(m.entry.key for m, c in live if c.kind == "admin1")
        own = governorates_by_their_list(live, own, bare, text, called)
        own = towns_by_their_list(live, own, bare)
    entries = {m.entry.key: m.entry for m, _ in live}
    own = seat_towns_spread(
        [m.entry.key for m, _ in live], own, lambda key: _names_both(index.places(entries[key]))
    )
    # a dateline names the city the story is filed from, whatever the article's places say of
    # the bare name ("ALEPPO - … desa X" with X nearer the governorate's point than the city's)
    own = [
        TOWN if k is None and c.dateline and _names_both(index.places(m.entry)) else k
        for (m, c), k in zip(live, own, strict=True)
    ]
    if "admin1" not in own:
        return own  # no governorate reading to spread
    pairs = list(zip(live, own, strict=True))
    # "provinsi X" spreads to the bare X, and so does "pedesaan X" / "gurun X" (the countryside
    # around the city, read as the governorate) unless the text also says "kota X" or files
    # from X: "di pedesaan timur Deir Ezzor … di Deir Ezzor" names the province once (5 readable
    # golds so, 2 keep the city too, 1 the city alone: README Geotagging); a governorate read
    # from its list alone does not ("… provinsi. … Idlib, Hama dan Homs")
    admin1 = {
        m.entry.key
        for n, ((m, c), k) in enumerate(pairs)
        if k == "admin1" and (c.kind in _SPREAD or n in parts or n in towns_in)
    }
    towns = {m.entry.key for (m, _), k in pairs if k in (TOWN, VILLAGE)}
    admin1 -= towns
    admin1 |= _other_spellings(index, live, admin1) - towns
    # a dateline names the city the story is filed from, even where the text reads the same
    # word as the governorate ("IDLIB - … di Provinsi Idlib": two places)
    kinds = [
        k or (("town" if c.dateline else "admin1") if m.entry.key in admin1 else None)
        for (m, c), k in pairs
    ]
    for n in range(len(live) - 1):
        (m, _), (nxt, _) = live[n], live[n + 1]
        if own[n] is None and own[n + 1] == "admin1" and nxt.entry.key == m.entry.key:
            if _BOTH_READINGS.fullmatch(text, m.end, nxt.start):
                kinds[n] = "town"
    return kinds


def _names_both(places: Sequence[Place]) -> bool:
    """A name's readings (*places*) are a governorate and its seat ("Daraa", "Idlib")."""
    return governorate_reading(places) and any(p.feature_code in SEATS for p in places)


def _other_spellings(
    index: ToponymIndex, live: list[tuple[Match, Cues]], admin1: set[str]
) -> set[str]:
    """Names of *live* spelt otherwise than a governorate the text reads ("provinsi Suwaida")
    whose bare reading is that governorate or its seat ("Sweida", "As-Suwayda"): one place in
    two spellings, so the province word reaches both. The capital is left out: "provinsi
    Damaskus" is Rural Damascus around the city (:mod:`dashboard.geo.parse.hierarchy`)."""
    if not admin1:
        return set()
    codes: set[str | None] = set()
    for m, _ in live:
        if m.entry.key in admin1:
            codes.update(p.admin1_pcode for p in _candidates(index, m, "admin1")[:1])
    found: set[str] = set()
    for m, _ in live:
        key = m.entry.key
        if key in admin1 or key in found:
            continue
        top = _candidates(index, m, None)[0]
        if not top.in_syria or top.admin1_pcode not in codes or top.feature_code == "PPLC":
            continue
        if top.kind == "admin1" or top.feature_code in SEATS:
            found.add(key)
    return found


#: Type words whose governorate reading reaches the bare name: "provinsi X", "pedesaan X".
_SPREAD: Final = frozenset({"admin1", COUNTRYSIDE})


#: What stands between "Homs" and "provinsi Homs" when a sentence names the city and the province.
_BOTH_READINGS: Final = re.compile(
    r"\s*(?:,\s*)?(?:dan|serta|atau|maupun|juga)\s+(?:di\s+)?(?:provinsi|propinsi)\s+", re.I
)


def _candidates(index: ToponymIndex, match: Match, kind: str | None) -> Sequence[Place]:
    if kind == RURAL and AROUND_IT in index.admin1:  # "pedesaan Damaskus": Rif Dimashq
        return (index.admin1[AROUND_IT],)
    if kind is None:  # the common case, worked out once per parser for every name
        found = (index.bare or _all_bare(index)).get(match.entry.key)
        if found is not None:
            return found
    elif kind.startswith(NAMESAKE_KIND):  # the camp the article names after this town
        return (index.gazetteer.places[kind[len(NAMESAKE_KIND) :]],)
    elif kind.startswith(FEATURE_KIND):  # "kamp X": the camp (dashboard/geo/parse/feature_types.py)
        return typed_features(index, match, kind[len(FEATURE_KIND) :])
    return _of_kind(index, index.places(match.entry), kind)


def _of_kind(index: ToponymIndex, places: list[Place], kind: str | None) -> Sequence[Place]:
    """The candidates of a name read as *kind* ("provinsi X", "kota X"; None: a bare name)."""
    if kind == "admin1":
        wanted = [p for p in places if p.kind == "admin1"] or _governorates_of(index, places)
    elif kind == "town":  # a region is a group of towns ("kota Houla"), a quarter part of one
        wanted = _towns_before_hamlets(
            [p for p in places if p.kind in ("populated_place", "region", "other")]
        )
    elif kind == VILLAGE:  # "desa Jdeideh": a village, not the Aleppo quarter of that name,
        # nor the crossing or camp named after it ("desa Bab al-Hawa")
        towns = [p for p in places if p.kind in ("populated_place", "region", "other")]
        wanted = [
            p for p in towns if p.feature_code != QUARTER and p.feature_code not in FEATURE_CODES
        ] or towns
    elif kind == "admin3":
        wanted = [p for p in places if p.kind == "admin3"]
    else:  # a bare name is a town, a governorate or a region before a district or subdistrict
        wanted = [p for p in places if p.kind not in AREA_KINDS]
    if not wanted and kind != "admin3":  # only a district's or subdistrict's name: its seat
        wanted = seats(index.gazetteer, places)  # ("kota al-Dhamir": Ad Dumayr, admin_seats.py)
    return wanted or places


def _towns_before_hamlets(places: list[Place]) -> list[Place]:
    """*places* without the hamlets when one of them is a town: "kota Markada" is the
    subdistrict seat, not the hamlet of that name that happens to lie near the article's other
    places. A hamlet is a populated place of the lowest prior (no seat, no population known);
    a town is a seat or a place of some thousands (:func:`prior`)."""
    hamlet = [p.kind == "populated_place" and prior(p) <= HAMLET for p in places]
    if not any(p.kind == "populated_place" and not h for p, h in zip(places, hamlet, strict=True)):
        return places  # no town among them: the article's places decide
    return [p for p, h in zip(places, hamlet, strict=True) if not h]


def _all_bare(index: ToponymIndex) -> dict[str, Sequence[Place]]:
    """Every listed name's candidates as a bare name, once per parser (of the gazetteer alone,
    as the automaton is: nothing learnt from any text)."""
    index.bare.update(
        (key, tuple(_of_kind(index, index.places(entry), None)))
        for key, entry in index.entries.items()
        if entry.ids
    )
    return index.bare


def _governorates_of(index: ToponymIndex, places: Sequence[Place]) -> list[Place]:
    """The governorates *places* are the seats of: "provinsi Deir ez-Zor", where the gazetteer
    knows the name as the city alone, is the governorate named after it. A governorate is
    named after its seat, never after another of its towns or hamlets: "Provinsi Banten dan
    Kantor" (an office; one letter from the hamlets Qantarah) names no Syrian governorate."""
    codes = dict.fromkeys(p.admin1_pcode for p in places if p.feature_code in SEATS)
    return [index.admin1[c] for c in codes if c in index.admin1]


def _anchor(place: Place, options: Sequence[Place]) -> bool:
    """A place sure enough to pull ambiguous names towards it."""
    return place.mappable and (len(options) == 1 or prior(place) >= MAJOR)


def _ranks(options: Sequence[Place]) -> list[int]:
    """Each candidate's rank in the gazetteer's order, the quarters of several cities sharing the
    first one's, and the hamlets likewise: between two reviewed quarters ("Khalidiya" of Homs and
    of Aleppo), or two hamlets of no known size (eleven "Aziziyah"), that order is only the
    order of their ids and says nothing; the article's places decide (:func:`_fit`)."""
    first = next((i for i, p in enumerate(options) if p.feature_code == QUARTER), -1)
    hamlet = next((i for i, p in enumerate(options) if _hamlet(p)), -1)
    return [
        first if p.feature_code == QUARTER else hamlet if _hamlet(p) else i
        for i, p in enumerate(options)
    ]


def _hamlet(place: Place) -> bool:
    """A populated place of the lowest prior: no seat, no population known (or a small one)."""
    return place.kind == "populated_place" and prior(place) <= HAMLET


def _fit(place: Place, rank: int, anchors: Anchors, key: str) -> float:
    """How well a candidate of name *key* fits the sure places the article names under others."""
    score = 0.3 - 0.05 * min(rank, RANK_CAP) + (0.3 if prior(place) >= MAJOR else 0.0)
    if place.in_syria and anchors.any_other(key):
        if place.admin1_pcode and anchors.in_governorate(place, key):
            score += 0.35
        if anchors.within(place, NEAR_KM, key, areas=False):
            score += 0.2
        if place.feature_code == QUARTER:  # a name several cities' quarters share ("Khalidiya"):
            # the city whose places the article names most, short of one rank step
            score += 0.01 * min(anchors.count_within(place, CITY_KM, key), 4)
    return score


def _amid_most(
    place: Place, options: Sequence[Place], fits: list[float], anchors: Anchors, key: str
) -> Place:
    """Of the hamlets that fit the article as well as the winning hamlet *place* (eleven
    "Aziziyah", two "Suwaysah", each in a governorate the article names and near one of its
    places), the one amid most of the article's places: near it, or in its governorate; then
    the one in the district of most of them ("Zafaraneh" beside Rastan and Talbiseh: Ar-Rastan
    district's, not Tall Kalakh's 40 km west), then the nearest to one of them within
    :data:`FAR_KM`. The gazetteer's
    order between them is only their ids' and says nothing."""
    best = max(fits)
    tied = [p for p, f in zip(options, fits, strict=True) if f == best and _hamlet(p)]
    if len(tied) < 2:
        return place
    ranked = [
        (
            anchors.count_around(p, NEAR_KM, key),
            anchors.count_in_district(p, key),
            -min(anchors.nearest_km(p, key, FAR_KM), FAR_KM),  # farther off, nearer says nothing
        )
        for p in tied
    ]
    return tied[ranked.index(max(ranked))]


def _seat_over_hamlet(
    place: Place, options: Sequence[Place], anchors: Anchors, key: str, kind: str | None
) -> Place:
    """*place*, unless it is a hamlet while a district seat (or a larger seat) bears the name.
    A hamlet wins a name only by lying in a governorate the article names, or near one of its
    places; it yields to the seat when it lies far from all of them ("Ras al-Ain" in a story
    naming Aleppo is the Hasakah town, not a hamlet of Aleppo governorate), when the seat lies in
    a governorate the article names or near its places too ("Afrin" beside Aleppo is the
    district's seat, not the hamlet 'Afrin by the city), or when the seat is a major town and
    the story is not about the hamlet's area (most of its places lie elsewhere: "Ain Arab" in a
    roundup naming Latakia among nine towns is Kobani, a town of 50,000, not a hamlet by
    Latakia). "desa X" (*kind* village) keeps a hamlet near the article's places."""
    if not _hamlet(place):
        return place
    seat = next((p for p in options if p.in_syria and p.feature_code in SEAT_CODES), None)
    if seat is None or not anchors.within(place, NEAR_KM, key, areas=False):
        return seat or place
    if kind == VILLAGE:
        return place  # "desa X": the village near the article's places
    if anchors.in_governorate(seat, key) or anchors.within(seat, NEAR_KM, key):
        return seat
    if prior(seat) < MAJOR:
        return place
    # a major town's name: the hamlet only in a story about its own area
    local = 2 * anchors.count_around(place, NEAR_KM, key) > anchors.count_others(key)
    return place if local else seat


def _named_persons(matches: Sequence[Match], cues: Sequence[Cues], text: str) -> frozenset[str]:
    """Names the text gives inside a person's name after a kunya ("Abu Essam Taseel", "bin
    Taseel"): a kunya one or two words before it."""
    return frozenset(
        m.entry.key
        for m, c in zip(matches, cues, strict=True)
        if c.person and _after_kunya(text, m.start)
    )


def _after_kunya(text: str, start: int) -> bool:
    words = text[max(0, start - 40) : start].split()[-2:]
    return any(w.lower() in KUNYA_WORDS for w in words)


def _echo(match: Match, cue: Cues, named: frozenset[str]) -> bool:
    """A one-word name the text gave inside a person's name, repeated bare ("Abu Essam Taseel
    … Namun Taseel mengatakan"): the person again, unless a context or type word, a list or a
    dateline makes it a place."""
    return (
        match.first == match.last
        and match.entry.key in named
        and not (cue.context or cue.kind or cue.dateline or cue.listed or cue.feature)
    )


def _person_keys(live: Sequence[tuple[Match, Cues]]) -> frozenset[str]:
    """Names every mention of which reads as a person's ("Presiden Bashar di …", "kata Khalid"):
    a given name, or a name right after or before another capitalised one, with no context or
    type word, list or dateline. Such a name is no sure place that pulls others towards it,
    though its only reading be a village ("Bashar" of Aleppo)."""
    doubted: dict[str, bool] = {}
    for m, c in live:
        person = (c.given_name or c.after_name or c.before_name) and not (
            c.context or c.kind or c.dateline or c.listed
        )
        doubted[m.entry.key] = doubted.get(m.entry.key, True) and bool(person)
    return frozenset(key for key, yes in doubted.items() if yes)


def _witness(place: Place, placed: set[str | None]) -> bool:
    """Whether a sure place sets the story near it, so that a village far from it and from the
    others is likely a namesake of the place meant: not a camp, whose people came from elsewhere
    (a story from al-Hol names the towns they fled, 200 km off: "keluar dari Baghuz"), nor a
    governorate that one of the sure places lies in (*placed*: their governorates' P-codes),
    which then says no more than they do ("kamp al-Hol di provinsi Hasakah")."""
    if place.kind == "admin1":
        return place.admin1_pcode not in placed
    return place.feature_code != CAMP


def _coherence(place: Place, anchors: Anchors, key: str, witnesses: Anchors) -> int:
    """+1: in the governorate of, or near, another sure place of the article; -1: a village or a
    city quarter far from all of them (likely a namesake of the place meant), when the text names
    a sure place that sets the story somewhere (*witnesses*, :func:`_witness`) outside its
    datelines: a story filed from the capital ("Damaskus: … desa X") may be about a village
    anywhere, and so may one that names only governorates and camps; 0: nothing to compare
    with."""
    if not place.mappable or not anchors.any_other(key, place.id):
        return 0
    if anchors.in_governorate(place, key, place.id) or anchors.within(
        place, NEAR_KM, key, place.id
    ):
        return 1
    # a quarter belongs to its city: far from every sure place it is a namesake's quarter
    far = (
        place.kind == "populated_place" and prior(place) < MAJOR
    ) or place.feature_code == QUARTER
    if not far or anchors.within(place, FAR_KM, key, place.id):
        return 0
    return -1 if witnesses.any_other(key, place.id) else 0


def _dateline_only(live: list[tuple[Match, Cues]]) -> frozenset[str]:
    """Names the text gives only in datelines: where the story was filed from."""
    inside = {m.entry.key for m, c in live if c.dateline}
    if not inside:
        return frozenset()
    return frozenset(inside - {m.entry.key for m, c in live if not c.dateline})


def _compass_part(index: ToponymIndex, place: Place, cue: Cues) -> Place:
    """A whole region plus a compass word reaches its part: "Qalamoun timur"."""
    if not cue.direction:
        return place
    part = index.parts.get((place.id, cue.direction))
    return index.gazetteer.places[part] if part else place
