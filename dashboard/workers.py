"""Ingest's heavy half in worker processes: each record made into an article and geotagged.

Reading splits files into records, and WARC archives into pages, in the parent process, in order
(cheap). Making each record's article (a web page's extraction too, cleaning, dating), geotagging
it, computing its story fingerprint (MinHash) and the rows the store writes for it
(:func:`dashboard.store.rows.prepare`: the article's columns, its mentions packed, its places),
most of the work, happen in worker processes, a chunk of records at a time, and come back in the
order read: what is stored, and every line of the report, are those of a run in one process. The
single writer stays in the parent: it groups stories, inserts the rows and commits.

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
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

from dashboard.errors import ArticleReadError
from dashboard.model import Article, DateGuess, Geotag
from dashboard.store import fingerprint as fp
from dashboard.store import rows as convert
from dashboard.store import stories
from dashboard.store.rows import Prepared
from dashboard.text.read import DEFERRED, Deferred, PendingPage, made
from dashboard.text.web.relevance import about_syria

Geotagger = Callable[[Article], Geotag | None]
Item = Article | ArticleReadError


class Outcome(NamedTuple):
    """What was found for one article: its geotag, or why geotagging failed ("ValueError: …").
    From a worker, the geotag comes as the rows the store writes (:class:`Prepared`, with the
    article's own columns), with the story fingerprint's signature and band keys (None: too
    short to group) and whether a web page is about Syria, so the parent, the single writer,
    computes none of them. An article whose rows come so is sent without what they already hold
    (:func:`_slim`)."""

    geotag: Geotag | Prepared | None
    failure: str | None
    fingerprint: stories.Print | None = None
    about_syria: bool | None = None  # None: not known yet (found by the parent)


CHUNK = 48  # records per task: big enough to amortise the round trip, small enough to interleave
CHUNK_BYTES = 8 * 1024 * 1024  # and at most about this much web page data in one task
IN_FLIGHT = 3  # chunks queued per worker: keeps workers busy while the parent writes, bounded

#: The worker's geotagger (set once in each worker).
_GEOTAGGER: Geotagger | None = None


def default_workers() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def tag_one(geotagger: Geotagger, article: Article) -> Outcome:
    """Geotag one article; a geotagger bug is reported, never raised (the article is kept)."""
    return Outcome(*_tagged(geotagger, article))


def _tagged(geotagger: Geotagger, article: Article) -> tuple[Geotag | None, str | None]:
    try:
        return geotagger(article), None
    except Exception as exc:  # noqa: BLE001 - any bug of a geotagger costs only the places
        return None, f"{type(exc).__name__}: {exc}"


def in_workers(
    entries: Iterator[Item | Deferred], geotagger: Geotagger, workers: int, ahead: int = 0
) -> Generator[tuple[Item, Outcome | None], None, None]:
    """Each entry made and geotagged by *workers* processes, in the order of *entries*; at least
    *ahead* records are kept queued (the parent's batch: the workers go on while it is written)."""
    pool = _Pool(geotagger, workers)
    depth = max(IN_FLIGHT * workers, -(-ahead // CHUNK))
    done = False
    try:
        pending: deque[tuple[Future | None, list[Item | Deferred]]] = deque()
        for chunk in _chunks(entries):
            pending.append((pool.submit(chunk), chunk))
            while len(pending) >= depth:
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
        fp.prepare()  # the MinHash's permutations made once, before the fork: shared
        self.executor = self._start()
        self.submitted: weakref.WeakSet[Future] = weakref.WeakSet()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start,
            initargs=(self.geotagger,),
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
            yield next(made)

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


def _start(geotagger: Geotagger) -> None:
    global _GEOTAGGER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C does
    _GEOTAGGER = geotagger


def _run_chunk(chunk: list[Deferred]) -> list[tuple[Item, object]]:
    """In a worker: every entry made, geotagged and fingerprinted, its rows made for the store.

    Each step runs over the whole chunk before the next (every article made, then every one
    geotagged, then their rows, then their story prints): a step's code and tables stay in the
    CPU's caches, where one article at a time through every step evicted them between articles
    (0.15-0.2 ms of CPU an article more on the synthetic export; README, Input)."""
    geotagger = _GEOTAGGER
    assert geotagger is not None  # noqa: S101 - set by _start in every worker
    items = [_make(entry) for entry in chunk]
    articles = [item for item in items if isinstance(item, Article)]
    tags = [_tagged(geotagger, article) for article in articles]
    rows = [
        convert.prepare(a, g) if g is not None else None
        for a, (g, _) in zip(articles, tags, strict=True)
    ]
    prints = [stories.print_of(article.body) for article in articles]
    done = iter(
        (
            article if tagged is None else _slim(article),
            Outcome(tagged, failure, printed, article.page is None or about_syria(article, geotag)),
        )
        for article, (geotag, failure), tagged, printed in zip(
            articles, tags, rows, prints, strict=True
        )
    )
    return [next(done) if isinstance(item, Article) else (item, None) for item in items]


def _make(entry: Deferred) -> Item:
    try:
        return made(entry)
    except Exception as exc:  # noqa: BLE001 - a bug on one record costs that record
        return _failed(entry, f"cannot read: {type(exc).__name__}: {exc}")


#: The date a slim article carries (one object: pickled once a chunk).
_UNDATED = DateGuess(None, 0.0, "none")


def _slim(article: Article) -> Article:
    """The article as the parent uses it once its rows are made: its id, path, title and body
    (the story print's and the rows' own), outlet, URL, warnings and page; its date, event
    dates, cited sources and credits, which its rows hold, are left out. Pickling them (frozen
    dataclasses, rebuilt field by field) cost the parent more than all it reads."""
    return Article(
        article.id,
        article.path,
        article.title,
        article.body,
        article.outlet,
        article.url,
        _UNDATED,
        warnings=article.warnings,
        page=article.page,
    )


def _failed(entry: Item | Deferred, why: str) -> ArticleReadError:
    if isinstance(entry, DEFERRED):
        return entry.failure(why)
    if isinstance(entry, ArticleReadError):
        return entry
    return ArticleReadError(entry.path, why)
