"""One story, counted once: near-duplicate articles share a story id, found at ingest by LSH.

Each article's fingerprint (:mod:`dashboard.store.fingerprint`) is stored with it
(``articles.minhash``), and so is its story (``articles.story_id``): the story of the most
similar article already stored whose estimated Jaccard similarity reaches :data:`THRESHOLD`,
else its own id. Candidates come from a ``datasketch`` MinHash LSH index, so a new article is
compared with a handful of stored ones, not all of them: grouping costs about the same per
article at 100 or 100,000 articles.

The index (:class:`StoryIndex`) lives in the ingesting process. It is built from the stored
signatures when a process first saves, and kept in step with its own writes; it remembers the
store version it matches, and when another process wrote meanwhile (the version moved) it is
built again, under the store's write lock, before anything is grouped. An article stored before
stories existed gets its fingerprint and story then (:func:`backfill`).

The threshold is measured, not guessed: ``benchmarks/bench_stories.py`` (README, "One story,
counted once").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from dashboard.store import fingerprint as fp
from dashboard.store import schema as s
from dashboard.store import upsert

#: Estimated Jaccard similarity of word 4-shingles from which two articles are one story.
THRESHOLD = 0.4
a = s.articles.c


class _Sig:
    """What datasketch's LSH reads of a MinHash: its hash values, length and scheme."""

    __slots__ = ("hashvalues",)
    scheme = fp.SCHEME

    def __init__(self, values: np.ndarray):
        self.hashvalues = values

    def __len__(self) -> int:
        return len(self.hashvalues)


class StoryIndex:
    """Stored fingerprints in a MinHash LSH, with each article's story (see the module doc)."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.version: int | None = None  # the store version it matches; None: build again
        self._reset()

    def _reset(self) -> None:
        from datasketch import MinHashLSH  # on first use: datasketch imports scipy (~1 s)

        self.lsh = MinHashLSH(num_perm=fp.NUM_PERM, params=bands(self.threshold))
        self.values: dict[str, np.ndarray] = {}
        self.story: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.values)

    def add(self, article_id: str, values: np.ndarray, story: str) -> None:
        if article_id in self.values:
            return
        self.lsh.insert(article_id, _Sig(values), check_duplication=False)
        self.values[article_id] = values
        self.story[article_id] = story

    def remove(self, article_id: str) -> None:
        if self.values.pop(article_id, None) is not None:
            self.lsh.remove(article_id)
            del self.story[article_id]

    def match(self, values: np.ndarray) -> tuple[str, float] | None:
        """The story of the most similar indexed article at or above the threshold, with that
        similarity (ties: the smaller story id); None when there is none."""
        best: tuple[float, str] | None = None
        for key in self.lsh.query(_Sig(values)):
            sim = float(np.count_nonzero(self.values[key] == values)) / len(values)
            if sim >= self.threshold and (best is None or (-sim, self.story[key]) < best):
                best = (-sim, self.story[key])
        return None if best is None else (best[1], -best[0])

    def assign(self, article_id: str, values: np.ndarray | None) -> str:
        """The story of a new article (its own id when nothing matches); indexes it."""
        if values is None:
            return article_id
        found = self.match(values)
        story = found[0] if found else article_id
        self.add(article_id, values, story)
        return story

    # --- in step with the store ----------------------------------------------------------------

    def sync(self, conn: Connection) -> None:
        """Under the write lock: build the index again if the store moved since it was built."""
        if self.version is not None and self.version == upsert.read_version(conn):
            return
        self._reset()
        backfill(conn, self)
        query = select(a.id, a.story_id, a.minhash).where(a.minhash.is_not(None))
        for article_id, story, packed in conn.execute(query.order_by(a.ingested_at, a.id)):
            self.add(article_id, values_of(packed), story or article_id)
        self.version = upsert.read_version(conn)

    def written(self, conn: Connection) -> None:
        """After this process's own write (same transaction): the index matches the store."""
        self.version = upsert.read_version(conn)

    def invalidate(self) -> None:
        """A write failed (rolled back): what the index learnt from it may not be stored."""
        self.version = None


@functools.lru_cache(maxsize=8)
def bands(threshold: float) -> tuple[int, int]:
    """datasketch's (bands, rows per band) for the threshold (slow to find: found once)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=fp.NUM_PERM)
    return lsh.b, lsh.r


def values_of(packed: bytes) -> np.ndarray:
    return np.frombuffer(packed, dtype="<u4").astype(np.uint32)


def fingerprint(body: str) -> np.ndarray | None:
    """The hash values of an article body's fingerprint, None when too short to group."""
    sig = fp.signature(body)
    return None if sig is None else np.asarray(sig.hashvalues, dtype=np.uint32)


def pack(values: np.ndarray | None) -> bytes | None:
    return None if values is None else values.astype("<u4").tobytes()


def backfill(conn: Connection, index: StoryIndex, chunk: int = 500) -> int:
    """Articles stored before stories existed (no story id): fingerprint and group them, oldest
    first, into ``index``; returns how many."""
    query = select(a.id, a.body).where(a.story_id.is_(None))
    todo = conn.execute(query.order_by(a.ingested_at, a.id)).all()
    for i in range(0, len(todo), chunk):
        rows = []
        for article_id, body in todo[i : i + chunk]:
            values = fingerprint(body)
            story = index.assign(article_id, values)
            rows.append({"aid": article_id, "story_id": story, "minhash": pack(values)})
        _write_stories(conn, rows)
    return len(todo)


def _write_stories(conn: Connection, rows: list[dict]) -> None:
    stmt = update(s.articles).where(a.id == bindparam("aid"))
    conn.execute(stmt.values(story_id=bindparam("story_id"), minhash=bindparam("minhash")), rows)


def group(index: StoryIndex, articles: Iterable) -> dict[str, dict]:
    """Each new article's ``story_id`` and ``minhash`` column values, in order (each one joins
    the stories of those stored and of those before it)."""
    out = {}
    for article in articles:
        values = fingerprint(article.body)
        out[article.id] = {"story_id": index.assign(article.id, values), "minhash": pack(values)}
    return out


def forget(index: StoryIndex, article_ids: Iterable[str]) -> None:
    for article_id in article_ids:
        index.remove(article_id)
