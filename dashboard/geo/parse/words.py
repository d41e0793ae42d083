"""A name that is also an Indonesian word, or a person's first name, needs evidence of a place.

Real Indonesian news that never names Syria is full of capitalised words that fold like Syrian
names: "Darah" (blood) like Daraa, "Marah" (angry) like Maarat, "Kantor" (office) like Qantarah,
"Dana" (fund, and an e-wallet) like Ad Dana, "Taman" (park), "Nasib" (fate) like the crossing.
Titles in Title Case and names of offices and parks capitalise them, often after a context word
("di Taman Budaya", "di Kantor DJP", "Di Balik Perang", "Warga Marah"). Such a one-word name,
when it is an Indonesian root word (PySastrawi's list, :func:`dashboard.geo.lexicon.root_words`),
is kept only with a type word ("desa Hadir"), a dateline, another sure place of the article in
its governorate or near it, or a context word before it when no capitalised word follows and it
stands neither in a Title Case title nor at a sentence's start ("di Derik.", "ke Nawa"). A large
town, a district or a subdistrict written exactly as its own name is exempt ("Hama" is also the
word for a pest, and the city is named far more often; "Harem" the district of Idlib).

Two limits on that evidence (2026-12-07, night): a context word counts only in a story that names
Syria or another Syrian place ("di DANA", "di Mina", "dari Sasa" in news of e-wallets, the hajj
and brands name none), and a sure place nearby does not count for a word that opens a sentence
with no context word, where its capital letter says nothing ("Nasib para tahanan", the fate of
the prisoners, beside Daraa). Both in :func:`dashboard.geo.parse.resolve._no_evidence`.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from dashboard.geo import lexicon
from dashboard.model import Place

_OFFICES: Final = lexicon.cue_words("office")
#: a final ayn or hamza, often dropped in writing: "Mare'" is "Mare"
_MARKS: Final = "'`\u2018\u2019\u02bb\u02bc\u02be\u02bf"
_UNITS: Final = ("admin2", "admin3")  # a district or subdistrict named as written: "Harem", "Mare'"
_ARTICLES: Final = ("al-", "el-", "as-", "ash-", "ad-", "an-", "ar-", "at-", "az-", "al ", "el ")


def needs_evidence(surface: str, place: Place, major: bool) -> bool:
    """True when one word *surface* is an Indonesian root word and not the own name, as written,
    of a *major* place, a district or a subdistrict (so it may stand only with place evidence)."""
    low = surface.lower()
    if low not in lexicon.root_words():
        return False
    return not ((major or place.kind in _UNITS) and low in own_words(place))


def own_words(place: Place) -> frozenset[str]:
    """The place's names as written, lower-case, plain letters, also without an article."""
    found = _OWN.get(place.id)
    if found is None:
        found = _OWN[place.id] = _own_words(place)
    return found


_OWN: dict[str, frozenset[str]] = {}  # by place id: a property of the gazetteer's row alone


def _own_words(place: Place) -> frozenset[str]:
    forms = set()
    for name in (place.name, *place.names):
        plain = _plain(name)
        forms.add(plain)
        forms.update(plain[len(a) :] for a in _ARTICLES if plain.startswith(a))
    return frozenset(forms)


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).rstrip(_MARKS)


def first_name(place: Place, major: bool, before: str) -> bool:
    """A large Syrian place below the country, named right before another capitalised name
    with no context word, mid-sentence and after no office word (*before*: the text before
    it): a person's first name ("pesilat Safira Dwi Meilani", "Duta Besar Herman Prayitno"),
    where "Gubernur Homs Talal Barazi" is the governor of Homs. A village there is doubted by
    the scoring already."""
    if not (major and place.in_syria and place.kind in ("populated_place", "region", "other")):
        return False
    last = before[-40:].split()[-1:]
    return not (last and last[0].lower().strip(".,") in _OFFICES)


def opens_a_name(text: str, end: int) -> bool:
    """Whether a capitalised word follows the name at *end* after one space: the name is then the
    first word of a longer one ("Kantor DJP", "Taman Budaya", "Dana Desa", "Balik Layar")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
