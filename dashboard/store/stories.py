"""One story, counted once: near-duplicate articles share a story id, found at ingest by LSH.

Each article's fingerprint (:mod:`dashboard.store.fingerprint`, 128 MinHash values) is
summarised in the store by the low 16 bits of each value (``articles.signature``, :func:`short`),
and its story is stored (``articles.story_id``): the story of the most
similar article already stored whose estimated Jaccard similarity reaches :data:`THRESHOLD`,
else its own id. Candidates come from locality-sensitive hashing: the fingerprint's 128 values
are cut into :data:`LAYOUT` bands, each band hashed to a key (:func:`band_keys`), and two articles
are candidates when any of their keys is equal (datasketch's MinHash LSH, with its bands for the
threshold). The keys are kept in the store (``story_bands``, :mod:`dashboard.store.bands`), so
finding a new article's candidates is an indexed query: no index is held in memory or built by a
new process, and grouping costs about the same per article at 100 or 100,000 articles.

:class:`StoryIndex` is the matching itself, in memory: one batch's candidates read from the store
and the batch's own articles (each joins the stories of those stored and of those before it).
Articles stored before stories existed get their fingerprint and story at the next write
(:func:`backfill`).

The threshold is measured, not guessed: ``benchmarks/bench_stories.py`` (README, "One story,
counted once").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from dashboard.store import bands as stored
from dashboard.store import fingerprint as fp
from dashboard.store import matching
from dashboard.store import schema as s

#: Estimated Jaccard similarity of word 4-shingles from which two articles are one story.
THRESHOLD = 0.4
#: The store's bands: 32 of 4 values each, datasketch's choice for THRESHOLD and NUM_PERM (a test
#: checks). The stored keys depend on it: changing it needs a migration that computes them again.
LAYOUT = (32, 4)
a = s.articles.c


def band_keys(values: np.ndarray, layout: tuple[int, int] = LAYOUT) -> list[int]:
    """One key per band: a 32-bit signed hash of the band's number and its values.

    Equal bands give equal keys; two different bands share a key by chance once in 2**32, which
    makes a candidate that the similarity check then turns down. Computed for all bands at once:
    the polynomial of the band's number and values (64-bit, wrapping), mixed by MurmurHash3's
    64-bit finalizer, its top 32 bits (since migration 0012; before, a BLAKE2b digest a band)."""
    count, rows = layout
    v = np.asarray(values[: count * rows], dtype=np.uint64).reshape(count, rows)
    key = np.arange(1, count + 1, dtype=np.uint64)
    for j in range(rows):
        key = key * _K + v[:, j]
    return (_fmix64(key) >> np.uint64(32)).astype(np.uint32).view(np.int32).tolist()


_K = np.uint64(0x9E3779B97F4A7C15)


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finalizer, element-wise (uint64, multiplication wraps around)."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


class StoryIndex:
    """Signatures by band key, with each article's story: the matching (see the module doc)."""

    def __init__(self, threshold: float = THRESHOLD, layout: tuple[int, int] | None = None):
        self.threshold = threshold
        self.layout = layout or (LAYOUT if threshold == THRESHOLD else bands(threshold))
        self.buckets: dict[int, set[str]] = {}
        self.sigs: dict[str, np.ndarray] = {}
        self.story: dict[str, str] = {}
        self.keys: dict[str, Sequence[int]] = {}

    def __len__(self) -> int:
        return len(self.sigs)

    def add(self, article_id: str, sig: np.ndarray, story: str, keys: Sequence[int]) -> None:
        """Index an article's signature (:func:`short`) under its band keys (or those of them a
        lookup matched)."""
        if article_id in self.sigs:
            return
        for key in keys:
            self.buckets.setdefault(key, set()).add(article_id)
        self.sigs[article_id], self.story[article_id], self.keys[article_id] = sig, story, keys

    def remove(self, article_id: str) -> None:
        if self.sigs.pop(article_id, None) is None:
            return
        for key in self.keys.pop(article_id):
            self.buckets[key].discard(article_id)
        del self.story[article_id]

    def candidates(self, keys: Iterable[int]) -> set[str]:
        """The indexed articles sharing any of these band keys."""
        return set().union(*(self.buckets.get(k, ()) for k in keys))

    def match(self, values: np.ndarray, keys=None) -> tuple[str, float] | None:
        """The story of the most similar indexed article at or above the threshold, with that
        similarity (ties: the smaller story id); None when there is none."""
        keys = band_keys(values, self.layout) if keys is None else keys
        sig, found = short(values), list(self.candidates(keys))
        if not found:
            return None
        agree = (np.stack([self.sigs[other] for other in found]) == sig).sum(axis=1).tolist()
        best: tuple[float, str] | None = None
        for other, hits in zip(found, agree, strict=True):
            sim = hits / len(sig)
            if sim >= self.threshold and (best is None or (-sim, self.story[other]) < best):
                best = (-sim, self.story[other])
        return None if best is None else (best[1], -best[0])

    def assign(self, article_id: str, values: np.ndarray | None, keys=None) -> str:
        """The story of a new article (its own id when nothing matches); indexes it."""
        if values is None:
            return article_id
        keys = band_keys(values, self.layout) if keys is None else keys
        found = self.match(values, keys)
        story = found[0] if found else article_id
        self.add(article_id, short(values), story, keys)
        return story


@functools.lru_cache(maxsize=8)
def bands(threshold: float) -> tuple[int, int]:
    """datasketch's (bands, rows per band) for the threshold (slow to find: found once)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=fp.NUM_PERM)
    return lsh.b, lsh.r


def values_of(packed: bytes) -> np.ndarray:
    """A MinHash's values as the store kept them before 0008 (little-endian uint32)."""
    return np.frombuffer(packed, dtype="<u4").astype(np.uint32)


def fingerprint(body: str) -> np.ndarray | None:
    """The hash values of an article body's fingerprint, None when too short to group."""
    return fp.values(body)


def short(values: np.ndarray) -> np.ndarray:
    """What the store keeps to check a candidate: the low 16 bits of each of the 128 values.

    Two values agree as often as the full ones do, plus once in 65,536 by chance, so the share
    of equal values still estimates the Jaccard similarity (256 bytes instead of 512)."""
    return (np.asarray(values, dtype=np.uint32) & 0xFFFF).astype(np.uint16)


def pack(sig: np.ndarray) -> bytes:
    return sig.astype("<u2").tobytes()


def unpack(packed: bytes) -> np.ndarray:
    return np.frombuffer(packed, dtype="<u2").astype(np.uint16)


class Print(NamedTuple):
    """What grouping needs of an article's fingerprint: the signature the store keeps
    (:func:`pack` of :func:`short`) and the band keys. Made where the fingerprint is made (in
    ingest's workers), so the parent, the single writer, only matches."""

    signature: bytes
    keys: tuple[int, ...]


def print_of(body: str) -> Print | None:
    """An article body's :class:`Print`, None when too short to group."""
    values = fingerprint(body)
    return None if values is None else Print(pack(short(values)), tuple(band_keys(values)))


@dataclass(frozen=True)
class Grouped:
    """A batch grouped: each article's column values (``story_id``, ``signature``, ``seq``) and,
    for those with a fingerprint, (number, band keys) to write once it is stored (:func:`index`)."""

    columns: dict[str, dict[str, object]]
    bands: dict[str, tuple[int, Sequence[int]]]


def group(
    conn: Connection,
    bodies: Iterable[tuple[str, str]],
    given: Mapping[str, Print | None] | None = None,
) -> Grouped:
    """(id, body) pairs grouped in order: each joins the stories of those stored and of those
    before it. Prints already made (by ingest's workers) are ``given`` by id."""
    given = given or {}
    prints = {aid: given[aid] if aid in given else print_of(body) for aid, body in bodies}
    printed = [(aid, p) for aid, p in prints.items() if p is not None]
    joined = dict(zip((aid for aid, _ in printed), _stories(conn, printed), strict=True))
    seq = stored.take_seqs(conn, len(printed))
    out = Grouped({}, {})
    for aid, p in prints.items():
        if p is None:
            out.columns[aid] = {"story_id": aid, "signature": None, "seq": None}
            continue
        number = next(seq)
        out.columns[aid] = {"story_id": joined[aid], "signature": p.signature, "seq": number}
        out.bands[aid] = (number, p.keys)
    return out


def _stories(conn: Connection, printed: list[tuple[str, Print]]) -> list[str]:
    """The story of each printed article: it joins those stored and those before it."""
    if not printed:
        return []
    found = stored.members(conn, {k for _, p in printed for k in p.keys})
    sigs = np.frombuffer(b"".join(p.signature for _, p in printed), dtype="<u2")
    keys = np.array([p.keys for _, p in printed], dtype=np.int64)
    ids = [aid for aid, _ in printed]
    return matching.stories_of(ids, sigs.reshape(len(ids), -1), keys, found, THRESHOLD)


def index(conn: Connection, grouped: Grouped, stored_ids: Iterable[str]) -> None:
    """The band keys of the grouped articles now stored, so later ones find them."""
    stored.put(conn, [grouped.bands[i] for i in stored_ids if i in grouped.bands])


def backfill(conn: Connection, chunk: int = 500) -> int:
    """Articles stored before stories existed (no story id): fingerprinted and grouped, oldest
    first, as if ingested now; returns how many."""
    query = select(a.id, a.body).where(a.story_id.is_(None))
    todo = conn.execute(query.order_by(a.ingested_at, a.id)).all()
    for i in range(0, len(todo), chunk):
        grouped = group(conn, todo[i : i + chunk])
        rows = [{"aid": aid, **values} for aid, values in grouped.columns.items()]
        stmt = update(s.articles).where(a.id == bindparam("aid"))
        names = ("story_id", "signature", "seq")
        conn.execute(stmt.values({n: bindparam(n) for n in names}), rows)
        index(conn, grouped, grouped.columns)
    return len(todo)


def forget(conn: Connection, article_ids: Sequence[str]) -> None:
    """Before these articles are deleted: their band keys go too (from their text: the store
    keeps no full fingerprint)."""
    query = select(a.seq, a.body).where(a.seq.is_not(None))
    found = [
        (seq, print_of(body)) for seq, body in stored.chunked(conn, query, a.id, list(article_ids))
    ]
    stored.drop(conn, [(seq, p.keys) for seq, p in found if p is not None])
