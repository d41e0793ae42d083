"""The article's focus: the Syrian place it is about, or None.

Scored from the title, how often the place is named, the dateline, how specific it is, and the
mentions of the governorate it lies in ("desa Tahhan di provinsi Idlib" is about Tahhan); the
weights are data (focus_weights.tsv). A place becomes a candidate unless its one mention opens
a sentence with no cue word before it: "Damaskus menolak …" is the government (a metonym), while
a title or dateline mention, a second mention, a cue word ("di", "kota", "provinsi") or an object
position ("membombardir Aleppo") sets something in the place. The capital needs a title or
dateline mention or a cue word however often it is named: bare, it is the government ("hubungan
Riyadh dan Damaskus"). The country, foreign places and
the seats of institutions ("KBRI Damaskus") are never the focus. A Syrian place in the title is
the focus when it scores best; a governorate there is the frame, and the one place in it the body
sets something in with a cue word is the focus ("di Provinsi Daraa" in the title, "kota Nawa" in
the body). A place scoring below min_score is no focus (a governorate named once in passing),
unless a cue word names it as a place ("bentrok di provinsi Latakia"): then min_score_set is
enough. On a tie the capital gives way. Otherwise no place is the focus when the title names a
place abroad (a city, or a country or region after "di"; not the far side of a border or a
crossing) and no Syrian one (the story happens there), unless the place abroad is a country
and the body sets something in one Syrian site alone with a cue word other than an origin's
("Pengungsi Suriah di Yordania", "kembali ke Daraa": the refugees' town), or when none stands
out: three or more
governorates scoring alike (none named twice as often as the others) and no town above them, or
two or more sites elsewhere scoring nearly as high as the best one (an
earthquake felt in four cities, a story of several border crossings); rivals near one another or
in one governorate make one site, whose places together must score nearly as high as the best
one's site, and towns of the best one's own governorate are no rivals.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources
from typing import Final

from dashboard.geo import lexicon
from dashboard.geo.gazetteer import distance_km
from dashboard.model import Mention, Place, TaggedPlace

_ADMIN_KINDS: Final = frozenset({"admin1", "admin2", "admin3"})
#: Kinds of place abroad that a title names as an actor or a destination unless it says "di":
#: a country ("Turki kirim pasukan") or a region ("coba masuk Eropa", "Teluk").
_WIDE_KINDS: Final = frozenset({"country", "region"})
#: Cue words of a border or a crossing: a place abroad after them is the border's far side.
_BORDER: Final = frozenset(f"context:{w}" for w in ("perbatasan", "penyeberangan", "perlintasan"))
#: Cue words that name where people come from ("pengungsi dari Daraa", cues.tsv role `origin`):
#: under a title abroad they set nothing in the place.
_ORIGIN: Final = frozenset(f"context:{w}" for w in lexicon.cue_words("origin"))


@functools.cache
def weights() -> dict[str, float]:
    """The focus weights, by name (focus_weights.tsv beside this module)."""
    text = resources.files(__package__).joinpath("focus_weights.tsv").read_text(encoding="utf-8")
    rows = (ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return {name: float(value) for name, value, *_ in rows}


def choose_focus(places: Sequence[TaggedPlace]) -> Place | None:
    """The Syrian place the article is about, or None when no place stands out."""
    w = weights()
    counted = {tp.place.id: _counted(tp) for tp in places}  # each place's, read once
    titled = {pid for pid, mentions in counted.items() if _titled(mentions)}
    candidates = [tp for tp in places if tp.place.mappable and _grounded(tp.place, counted)]
    if not candidates:
        return None
    named = _governorate_mentions(places)
    scores = {tp.place.id: _score(tp, counted, titled, named) for tp in candidates}
    best = max(candidates, key=lambda tp: _rank(tp, scores))
    if scores[best.place.id] < _floor(counted[best.place.id], w):
        return None
    if best.place.id in titled:  # the title says what the article is about
        return _set_inside(best.place, candidates, counted) or best.place
    scenes = [] if any(tp.place.id in titled for tp in candidates) else _abroad(places, titled)
    if scenes:  # the story happens abroad: at a town there, or in a country with one Syrian site
        towns = any(tp.place.kind not in _WIDE_KINDS for tp in scenes)
        return None if towns else _lone_site(best, candidates, counted)
    if best.place.kind == "admin1" and _spread(candidates, scores, scores[best.place.id], w):
        return None
    if _rival_sites(best, _rivals(best, candidates, scores), candidates, scores) >= w["rivals"]:
        return None
    return best.place


def _rank(tp: TaggedPlace, scores: dict[str, float]) -> tuple[float, bool, int]:
    """Best first: the higher score; on a tie not the capital (named as often as the seat of
    the government as a place of the story: "talks with the president in Damascus" beside the
    crossing the talks opened), then the place named first."""
    return scores[tp.place.id], tp.place.feature_code != "PPLC", -tp.mentions[0].start


def _floor(mentions: list[Mention], w: dict[str, float]) -> float:
    """The score the best place needs to be the focus: min_score, or the lower min_score_set
    when a cue word names it as a place ("bentrok di provinsi Latakia": a governorate named once
    that way is where the story is when no other place stands out). *mentions*: the place's
    counted mentions."""
    cued = any(e.startswith(("context:", "kind:")) for m in mentions for e in m.evidence)
    return w["min_score_set"] if cued else w["min_score"]


def _spread(
    candidates: Sequence[TaggedPlace], scores: dict[str, float], top: float, w: dict[str, float]
) -> bool:
    """The story spreads over the country: *spread* governorates score spread_share of the best
    one's *top* or more (an earthquake's five provinces, one named once more than the others).
    One named far more often than the others beside it is where the story is (a fire in Latakia,
    named five times, that also reached Tartus and Homs, named once each)."""
    floor = w["spread_share"] * top
    near = sum(1 for tp in candidates if tp.place.kind == "admin1" and scores[tp.place.id] >= floor)
    return near >= w["spread"]


def _set_inside(
    area: Place, candidates: Sequence[TaggedPlace], counted: dict[str, list[Mention]]
) -> Place | None:
    """The one place in governorate *area* that the body sets something in with a cue word
    ("Tewas di Provinsi Daraa" in the title, "di kota Nawa" in the body: the title names the
    frame, the body the place), or None: *area* is no governorate, or the body sets the story in
    none of its places or in several. A dateline alone sets nothing (the reporter's seat)."""
    if area.kind != "admin1" or not area.admin1_pcode:
        return None
    inside = [
        tp.place
        for tp in candidates
        if tp.place.kind != "admin1"
        and tp.place.admin1_pcode == area.admin1_pcode
        and any(_cued_in_body(m.evidence) for m in counted[tp.place.id])
    ]
    return inside[0] if len(inside) == 1 else None


def _cued_in_body(evidence: tuple[str, ...]) -> bool:
    return not {"title", "dateline"} & set(evidence) and any(
        e.startswith(("context:", "kind:")) for e in evidence
    )


def _counted(tp: TaggedPlace) -> list[Mention]:
    """The mentions that may make a place the focus (not "KBRI Damaskus")."""
    return [m for m in tp.mentions if "institution" not in m.evidence]


def _grounded(place: Place, counted: dict[str, list[Mention]]) -> bool:
    """Named twice, or once in the title or dateline, after a cue word, or not as the subject
    opening a sentence ("Damaskus menolak …" is the government; "membombardir Aleppo" a place).
    The capital stands for the government however often it is named bare ("hubungan Riyadh dan
    Damaskus", "Damaskus menolak … Damaskus membalas"): it is grounded only by a mention in the
    title or dateline or after a cue word ("di Damaskus", "bandara Damaskus", "dari Damaskus").
    *counted*: each place's counted mentions."""
    mentions = counted[place.id]
    if place.feature_code == "PPLC":
        return any(_placed(m.evidence) for m in mentions)
    if len(mentions) >= 2:
        return True
    return any(_placed(m.evidence) or "sentence-start" not in m.evidence for m in mentions)


def _placed(evidence: tuple[str, ...]) -> bool:
    return any(e in ("title", "dateline") or e.startswith(("context:", "kind:")) for e in evidence)


def _titled(mentions: list[Mention]) -> bool:
    return any("title" in m.evidence for m in mentions)


def _abroad(places: Sequence[TaggedPlace], titled: set[str]) -> list[TaggedPlace]:
    """The places abroad the title sets the story in: a town ("WNI dari Suriah tiba di
    Jakarta"), or a country or region after "di" ("Pengungsi Suriah di Lebanon …"; not "Turki
    Kirim Pasukan …", where the country acts, nor "Pengungsi Coba Masuk Eropa", where a continent
    is where they are headed), nor the far side of a border. *titled*: the ids of the places
    named in the title."""
    return [
        tp
        for tp in places
        if not tp.place.in_syria
        and (tp.place.kind not in _WIDE_KINDS or _set_in(tp))
        and tp.place.id in titled
        and not _at_border(tp)
    ]


def _lone_site(
    best: TaggedPlace, candidates: Sequence[TaggedPlace], counted: dict[str, list[Mention]]
) -> Place | None:
    """Under a title that sets the story in a country abroad, *best* when it is in the one Syrian
    site the body sets something in with a cue word other than an origin ("Pengungsi Suriah di
    Yordania", a body "kembali ke Daraa": the refugees' town; "Bantuan Tertahan di Turki", "truk
    menuju kota Aleppo"), else None: the body sets nothing in Syria (refugees "dari Damaskus"),
    or sets things in several sites (refugees' towns across the country), and Syria is the
    background. A site: places near one another or in one governorate."""
    w = weights()
    set_in = [tp.place for tp in candidates if any(_set_here(m) for m in counted[tp.place.id])]
    if all(p.id != best.place.id for p in set_in):
        return None
    return best.place if all(_one_site(best.place, p, w) for p in set_in) else None


def _set_here(m: Mention) -> bool:
    """A body mention after a cue word that sets something in the place, not an origin's."""
    return _cued_in_body(m.evidence) and any(
        e.startswith("kind:") or (e.startswith("context:") and e not in _ORIGIN) for e in m.evidence
    )


def _at_border(tp: TaggedPlace) -> bool:
    """The title names the place abroad as the far side of a border or a crossing ("di
    Perbatasan Lebanon-Suriah", "Penyeberangan Al-Qaa"): the story is at the border, which Syria
    shares, not abroad."""
    return any("title" in m.evidence and not _BORDER.isdisjoint(m.evidence) for m in _counted(tp))


def _set_in(tp: TaggedPlace) -> bool:
    """A title mention after the locative "di": the title says the story happens there."""
    return any("title" in m.evidence and "context:di" in m.evidence for m in _counted(tp))


def _rivals(
    best: TaggedPlace, candidates: Sequence[TaggedPlace], scores: dict[str, float]
) -> list[TaggedPlace]:
    """Places elsewhere (not near *best*, not the unit it lies in) scoring nearly as high."""
    w = weights()
    floor = w["rival_share"] * scores[best.place.id]
    return [
        tp
        for tp in candidates
        if tp is not best
        and scores[tp.place.id] >= floor
        and not _same_site(best.place, tp.place, w)
    ]


def _rival_sites(
    best: TaggedPlace,
    rivals: list[TaggedPlace],
    candidates: Sequence[TaggedPlace],
    scores: dict[str, float],
) -> int:
    """How many sites elsewhere the *rivals* of *best* make: rivals near one another or in one
    governorate are one site (Kafraya and al-Fu'ah, besieged together; two border towns of
    Hasakah, or two oil fields of Deir ez-Zor, far apart), and rivals in *best*'s own governorate
    are one story with it (towns along one stretch of border), not a rival site. A site counts
    only when its places together score rival_share of what *best*'s site scores together: a
    story of two bases in one governorate is not undone by one aside each in two others."""
    w = weights()
    own = _site_score(best.place, candidates, scores, w)
    sites: list[Place] = []
    for tp in rivals:
        if _same_governorate(tp.place, best.place):
            continue
        if any(_one_site(tp.place, s, w) for s in sites):
            continue
        if _site_score(tp.place, candidates, scores, w) >= w["rival_share"] * own:
            sites.append(tp.place)
    return len(sites)


def _site_score(
    place: Place, candidates: Sequence[TaggedPlace], scores: dict[str, float], w: dict[str, float]
) -> float:
    """What the candidates of *place*'s site (itself, near it or in its governorate) score."""
    return sum(scores[tp.place.id] for tp in candidates if _one_site(place, tp.place, w))


def _one_site(a: Place, b: Place, w: dict[str, float]) -> bool:
    return _same_site(a, b, w) or _same_governorate(a, b)


def _same_governorate(a: Place, b: Place) -> bool:
    return bool(a.admin1_pcode) and a.admin1_pcode == b.admin1_pcode


def _same_site(a: Place, b: Place, w: dict[str, float]) -> bool:
    """*b* is near *a*, or one of them is the administrative unit the other lies in."""
    if a.admin1_pcode and a.admin1_pcode == b.admin1_pcode and _ADMIN_KINDS & {a.kind, b.kind}:
        return True
    reach = max(w["near_km"], a.radius_km or 0.0, b.radius_km or 0.0)
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= reach


def _governorate_mentions(places: Sequence[TaggedPlace]) -> dict[str | None, int]:
    """How many times the article names each governorate, by P-code."""
    counts: dict[str | None, int] = {}
    for tp in places:
        if tp.place.kind == "admin1":
            pcode = tp.place.admin1_pcode
            counts[pcode] = counts.get(pcode, 0) + len(tp.mentions)
    return counts


def _score(
    tp: TaggedPlace,
    counted: dict[str, list[Mention]],
    titled: set[str],
    governorates: dict[str | None, int],
) -> float:
    w = weights()
    mentions = counted[tp.place.id]
    body = sum(1 for m in mentions if "title" not in m.evidence and "dateline" not in m.evidence)
    score = body + w.get(f"specificity:{tp.place.kind}", 0.0)
    if tp.place.id in titled:
        score += w["title"]
    if any("dateline" in m.evidence for m in mentions):
        score += w["dateline"]
    if tp.place.kind != "admin1":
        score += w["container"] * governorates.get(tp.place.admin1_pcode, 0)
    return score
