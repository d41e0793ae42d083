"""Which files a run reads: folders walked recursively, each file once, every bad path reported.

A path that cannot be read as a file becomes an :class:`~dashboard.errors.ArticleReadError` in
its sorted place, and the walk goes on: a symbolic link loop, a file name that is not valid
UTF-8 (it could not be stored or shown), a folder that cannot be listed, or something that is not
a regular file (a FIFO named ``x.txt`` would block a reader forever; :func:`open_regular` opens
without blocking and refuses it).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from dashboard.errors import ArticleReadError

#: File name endings read as articles (see dashboard.text.read): text and exports, and web pages
#: (saved pages and WARC archives, see dashboard.text.web).
TEXT_SUFFIXES = (".txt", ".json", ".jsonl", ".csv")
PAGE_SUFFIXES = (".html", ".htm", ".warc", ".warc.gz")
SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES

Entry = Path | ArticleReadError


def _bad_name(path: str) -> ArticleReadError | None:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return ArticleReadError(
            path, "the file name is not valid UTF-8; rename the file to read it"
        )
    return None


def _resolve(path: Path) -> Entry:
    """``path`` resolved (a symbolic link is known by the file it points to), or why not."""
    try:
        return path.resolve()
    except (RuntimeError, OSError) as exc:  # Python 3.11 raises RuntimeError for a loop
        why = "symbolic link loop" if "loop" in str(exc).lower() else f"cannot resolve: {exc}"
        return ArticleReadError(str(path), why)


def _walk(top: Path) -> list[Entry]:
    """Files under the folder ``top`` (hidden ones skipped) and the problems met on the way."""
    found: list[Entry] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(top)
        found.append(ArticleReadError(str(where), f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, names in os.walk(top, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if name.startswith(".") or not name.casefold().endswith(SUFFIXES):
                continue
            path = os.path.join(root, name)
            found.append(_bad_name(path) or _resolve(Path(path)))
    return found


def _key(entry: Entry) -> tuple[str, ...]:
    return (entry if isinstance(entry, Path) else Path(entry.path)).parts


def list_entries(paths: Iterable[Path]) -> list[Entry]:
    """The files a run reads, in order, each once, with the paths that cannot be read.

    ``seeds/``, ``./seeds/000.txt`` and ``/abs/seeds/000.txt`` name the same file the same way.
    A missing path is listed too (resolved), for the reader to report.
    """
    seen: set[Path] = set()
    entries: list[Entry] = []
    for top in paths:
        top = Path(top)
        bad = _bad_name(str(top))
        resolved = bad or _resolve(top)
        if isinstance(resolved, Path) and resolved.is_dir():
            found = sorted(_walk(resolved), key=_key)
        else:
            found = [resolved]
        for entry in found:
            if isinstance(entry, Path):
                if entry in seen:
                    continue
                seen.add(entry)
            entries.append(entry)
    return entries


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading; ArticleReadError if it is not a regular file.

    Opened without blocking first, so a FIFO or a device is refused instead of waited on.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a device or socket"
        if stat.S_ISDIR(mode):
            kind = "a folder"
        raise ArticleReadError(str(path), f"not a regular file: {kind}")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")
