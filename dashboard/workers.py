"""Ingest's heavy half in worker processes: each record made into an article and geotagged.

Reading splits files into records, and WARC archives into pages, in the parent process, in order
(cheap). Making each record's article (a web page's extraction too, cleaning, dating), geotagging
it and computing its story fingerprint (MinHash), most of the work, happen in worker processes, a
chunk of records at a time, and come back in the order read: what is stored, and every line of
the report, are those of a run in one process. The single writer stays in the parent.

Workers are forked, so they share the parent's gazetteer and automaton (nothing is rebuilt) and
any geotagger given to the run. They ignore Ctrl-C: the parent stops queueing, cancels what no
worker has started, waits for the chunks in hand and raises :class:`KeyboardInterrupt` (the batch
being written is one transaction, so the store holds whole batches only). A worker that dies
(killed, out of memory) breaks the pool: it is started again and every chunk in flight retried
once; a chunk that stops a worker twice is skipped, each record a line naming its file and line.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import weakref
from collections import deque
from collections.abc import Callable, Generator, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import fields
from operator import attrgetter
from typing import NamedTuple

from dashboard.errors import ArticleReadError
from dashboard.model import Article, Geotag, Mention, Place, TaggedPlace
from dashboard.store import fingerprint as fp
from dashboard.store import stories
from dashboard.text.read import DEFERRED, Deferred, PendingPage, made

Geotagger = Callable[[Article], Geotag | None]
Item = Article | ArticleReadError


class Outcome(NamedTuple):
    """What was found for one article: its geotag, or why geotagging failed ("ValueError: …"),
    and, from a worker, its story fingerprint's signature and band keys (None: too short to
    group), so the parent, the single writer, does not compute them."""

    geotag: Geotag | None
    failure: str | None
    fingerprint: stories.Print | None = None


CHUNK = 48  # records per task: big enough to amortise the round trip, small enough to interleave
CHUNK_BYTES = 8 * 1024 * 1024  # and at most about this much web page data in one task
IN_FLIGHT = 3  # chunks queued per worker: keeps workers busy while the parent writes, bounded

#: The worker's geotagger and the places its geotags may name (set once in each worker).
_STATE: tuple[Geotagger, Mapping[str, Place] | None] | None = None


def default_workers() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def tag_one(geotagger: Geotagger, article: Article) -> Outcome:
    """Geotag one article; a geotagger bug is reported, never raised (the article is kept)."""
    try:
        return Outcome(geotagger(article), None)
    except Exception as exc:  # noqa: BLE001 - any bug of a geotagger costs only the places
        return Outcome(None, f"{type(exc).__name__}: {exc}")


def in_workers(
    entries: Iterator[Item | Deferred], geotagger: Geotagger, workers: int
) -> Generator[tuple[Item, Outcome | None], None, None]:
    """Each entry made and geotagged by *workers* processes, in the order of *entries*."""
    pool = _Pool(geotagger, workers)
    done = False
    try:
        pending: deque[tuple[Future | None, list[Item | Deferred]]] = deque()
        for chunk in _chunks(entries):
            pending.append((pool.submit(chunk), chunk))
            while len(pending) >= IN_FLIGHT * workers:
                yield from pool.results(*pending.popleft())
        while pending:
            yield from pool.results(*pending.popleft())
        done = True
    finally:
        pool.close(cancel=not done)


def _chunks(entries: Iterator[Item | Deferred]) -> Iterator[list[Item | Deferred]]:
    """The entries in order, :data:`CHUNK` at a time, fewer where web pages are big."""
    chunk: list[Item | Deferred] = []
    size = 0
    for entry in entries:
        chunk.append(entry)
        size += len(entry.data) if isinstance(entry, PendingPage) else 0
        if len(chunk) >= CHUNK or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Pool:
    """Forked workers; when one dies the pool is started again and its chunks retried once."""

    def __init__(self, geotagger: Geotagger, workers: int):
        self.geotagger, self.workers = geotagger, workers
        self.places = getattr(geotagger, "places", None)  # geotags come back as place ids
        fp.prepare()  # the MinHash's permutations made once, before the fork: shared
        self.executor = self._start()
        self.submitted: weakref.WeakSet[Future] = weakref.WeakSet()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start,
            initargs=(self.geotagger, self.places),
        )

    def submit(self, chunk: list[Item | Deferred]) -> Future | None:
        """Send the chunk's records to a worker (problems and pages read whole stay here)."""
        records = [entry for entry in chunk if isinstance(entry, DEFERRED)]
        if not records:
            return None
        try:
            future = self.executor.submit(_run_chunk, records)
        except BrokenProcessPool:  # a worker died on a chunk sent earlier: see _made
            self._restart()
            future = self.executor.submit(_run_chunk, records)
        self.submitted.add(future)  # futures of the running pool (weakly: done ones go)
        return future

    def results(
        self, future: Future | None, chunk: list[Item | Deferred]
    ) -> Iterator[tuple[Item, Outcome | None]]:
        """The chunk's entries in order, each record as its worker made and geotagged it."""
        made = iter(self._made(future, chunk) if future is not None else ())
        for entry in chunk:
            if not isinstance(entry, DEFERRED):
                yield entry, None  # geotagged by the parent, if an article
                continue
            item, outcome = next(made)
            if outcome is None:
                yield item, None
            else:
                packed, failure, values = outcome
                yield item, Outcome(_unpack(packed, self.places), failure, values)

    def _made(self, future: Future, chunk: list[Item | Deferred]) -> list:
        try:
            return future.result()
        except BrokenProcessPool:
            results = self._retry(future, chunk)
        if results is None:
            why = "not read: a worker process stopped twice on this part of the input"
            return [(_failed(e, why), None) for e in chunk if isinstance(e, DEFERRED)]
        return results

    def _retry(self, future: Future, chunk: list[Item | Deferred]) -> list | None:
        """The chunk run again in a new pool (a worker may have died on another chunk)."""
        if future in self.submitted:  # the pool it was sent to is broken: start another
            self._restart()
        try:
            return self.submit(chunk).result()  # type: ignore[union-attr]  # it holds records
        except BrokenProcessPool:
            self._restart()
            return None

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()
        self.submitted = weakref.WeakSet()

    def close(self, *, cancel: bool) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)


def _start(geotagger: Geotagger, places: Mapping[str, Place] | None) -> None:
    global _STATE
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    _STATE = (geotagger, places)


def _run_chunk(chunk: list[Deferred]) -> list[tuple[Item, object]]:
    """In a worker: every entry made, geotagged and fingerprinted; geotags packed as place ids."""
    assert _STATE is not None  # noqa: S101 - set by _start in every worker
    geotagger, places = _STATE
    out: list[tuple[Item, object]] = []
    for entry in chunk:
        try:
            item = made(entry)
        except Exception as exc:  # noqa: BLE001 - a bug on one record costs that record
            item = _failed(entry, f"cannot read: {type(exc).__name__}: {exc}")
        if isinstance(item, Article):
            geotag, failure, _ = tag_one(geotagger, item)
            out.append((item, (_pack(geotag, places), failure, stories.print_of(item.body))))
        else:
            out.append((item, None))
    return out


def _failed(entry: Item | Deferred, why: str) -> ArticleReadError:
    if isinstance(entry, DEFERRED):
        return entry.failure(why)
    if isinstance(entry, ArticleReadError):
        return entry
    return ArticleReadError(entry.path, why)


#: A mention's fields in order, as a plain tuple: pickled many times faster than the dataclass.
_MENTION = attrgetter(*(f.name for f in fields(Mention)))


def _pack(geotag: Geotag | None, places: Mapping[str, Place] | None) -> object:
    """A geotag as place ids when the parent holds the same places (far less to send), its
    mentions as tuples."""
    if geotag is None or places is None:
        return geotag
    named = [tp.place for tp in geotag.places] + ([geotag.focus] if geotag.focus else [])
    if any(places.get(place.id) is not place for place in named):
        return geotag  # a place of another gazetteer: sent whole
    focus = geotag.focus.id if geotag.focus is not None else None
    tagged = tuple(
        (tp.place.id, tuple(map(_MENTION, tp.mentions)), tp.confidence, tp.qualifier)
        for tp in geotag.places
    )
    return ("ids", tagged, focus)


def _unpack(packed: object, places: Mapping[str, Place] | None) -> Geotag | None:
    if not isinstance(packed, tuple):
        return packed  # type: ignore[return-value]  # a Geotag or None, sent whole
    assert places is not None  # noqa: S101 - only packed when the parent has the places
    _, tagged, focus = packed
    return Geotag(
        places=tuple(
            TaggedPlace(places[pid], tuple(Mention(*m) for m in ms), conf, qual)
            for pid, ms, conf, qual in tagged
        ),
        focus=places[focus] if focus is not None else None,
    )
