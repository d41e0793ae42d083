"""Word lists the geoparser reads: Indonesian stopwords, phrases that only look like places, and the
cue words around a name (cues.tsv).

They are data (reviewed lists with a reason per row), loaded once from the files beside this module.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class NotPlace:
    """A phrase that holds or resembles a place name but names something else."""

    phrase: str
    category: str  # faction | organisation | outlet | currency | phrase | ethnonym | river
    reason: str


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def stopwords() -> frozenset[str]:
    """Lowercase Indonesian words never taken as a one-word place name."""
    return frozenset(ln.strip().lower() for ln in _lines("stopwords_id.txt"))


@functools.cache
def root_words() -> frozenset[str]:
    """Indonesian root words ("industri", "pusat", "istana"): PySastrawi's kata-dasar.txt (MIT,
    https://github.com/har07/PySastrawi), read on first use; a capitalised one is no quarter's
    name."""
    data = resources.files("Sastrawi.Stemmer").joinpath("data", "kata-dasar.txt")
    text = data.read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


@functools.cache
def common_words() -> frozenset[str]:
    """Lowercase Indonesian function words: PySastrawi's stopword list (MIT,
    https://github.com/har07/PySastrawi, 809 words: "manapun" is not among them, "kapanpun" is)
    and :func:`stopwords`. A capitalised word this close to one is a misspelling of it, not a
    place's name."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    return frozenset(StopWordRemoverFactory().get_stop_words()) | stopwords()


@functools.cache
def given_names() -> frozenset[str]:
    """Lowercase given names that are also village names (a person is the likelier reading)."""
    return frozenset(ln.strip().lower() for ln in _lines("given_names.txt"))


@functools.cache
def not_places() -> tuple[NotPlace, ...]:
    """Faction, organisation, outlet and currency names that contain place words."""
    rows = []
    for ln in _lines("not_places.tsv"):
        phrase, category, reason = (ln.split("\t") + ["", ""])[:3]
        rows.append(NotPlace(phrase.strip(), category.strip(), reason.strip()))
    return tuple(rows)


@functools.cache
def outlet_towns() -> frozenset[str]:
    """News outlets written as a Syrian town's name ("al mayadeen"), lower-case, a hyphen after
    the article read as a space: the outlet unless the words around make it the place."""
    return frozenset(
        ln.split("\t")[0].strip().lower().replace("-", " ") for ln in _lines("outlet_towns.tsv")
    )


@functools.cache
def indonesian_places() -> tuple[NotPlace, ...]:
    """Indonesian provinces, regencies and districts (BPS, see indonesian_places.txt) whose
    names the geotagger would read as Syrian places: "Mataram", "Surabaya", "Palmerah"."""
    return tuple(
        NotPlace(ln.strip(), "indonesian-place", "BPS") for ln in _lines("indonesian_places.txt")
    )


@functools.cache
def indonesian_admin(role: str) -> frozenset[str]:
    """Lower-case rows of one role of indonesian_admin.tsv: Indonesia's administrative words
    ("word": kabupaten, kecamatan, kab …) or its 38 provinces ("province": "jawa barat")."""
    rows = (ln.split("\t") for ln in _lines("indonesian_admin.tsv"))
    return frozenset(row[0].strip().lower() for row in rows if len(row) > 1 and row[1] == role)


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that says what the name next to it is (see cues.tsv for the roles)."""

    word: str
    role: str
    value: str
    reason: str


CUE_ROLES = frozenset(
    (
        "context type modifier institution kunya compass compass_pair feature_head"
        " feature_head_tail name_head media quarter addressee office border structure origin credit"
        " list_intro feature_type area namesake homeland seat copula"
    ).split()
)


@functools.cache
def cues() -> tuple[Cue, ...]:
    """Every row of cues.tsv; ValueError names the line of a row with an unknown role."""
    rows = []
    for n, ln in enumerate(_lines("cues.tsv"), start=1):
        word, role, value, reason = (ln.split("\t") + ["", "", ""])[:4]
        if role not in CUE_ROLES or not reason.strip():
            raise ValueError(f"cues.tsv row {n}: role {role!r} unknown or no reason")
        rows.append(Cue(word.strip().lower(), role, value.strip(), reason.strip()))
    return tuple(rows)


def cue_words(*roles: str) -> frozenset[str]:
    """The words of the given roles ("context" also takes in every "type" word)."""
    return frozenset(c.word for c in cues() if c.role in roles)


def cue_values(role: str) -> dict[str, str]:
    """word → value for one role: type words → kind, compass words → direction."""
    return {c.word: c.value for c in cues() if c.role == role}
