"""Which geotagger build runs: the compiled one matching today's sources, else pure Python.

A build lives in ``<cache>/<interpreter tag>/<sources hash>/``; the hash covers every ``.py``
file of the ``dashboard`` package (path and bytes), so an edit anywhere, even outside the
compiled modules, retires the build: compiled code inlines constants and types of the modules it
imports, and a stale build must never run silently. Only the standard library is used here: this
runs on every import of ``dashboard.geo.parse`` (about 5 ms for ~170 files).
"""

from __future__ import annotations

import hashlib
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

#: Set to 1 to run the pure-Python geotagger even where a matching build exists.
PURE_ENV = "SYRIA_NEWS_PURE"
#: Where builds are kept (default: $XDG_CACHE_HOME or ~/.cache, then syria-news-map/compiled).
CACHE_ENV = "SYRIA_NEWS_COMPILED_DIR"
#: What pure Python costs, for the messages that say it runs.
PURE_COST = "about 1.3x slower geotagging (issue 10's 2,000 articles per CPU-second not reached)"
#: The package whose modules are compiled (its __init__ stays Python: it chooses the build).
COMPILED_PACKAGE = "dashboard.geo.parse"
PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True, slots=True)
class Build:
    """The geotagger that runs: ``compiled`` or not, the build directory, and a one-line why."""

    compiled: bool
    directory: Path | None
    note: str

    def line(self) -> str:
        """What a user or a log is told: ``geotagger: compiled (mypyc, build 1a2b…)`` or pure."""
        return f"geotagger: {self.note}"


def interpreter_tag() -> str:
    """The interpreter and ABI a build is for, e.g. ``cpython-311-x86_64-linux-gnu``."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or f".{sys.implementation.cache_tag}.so"
    return suffix.strip(".").removesuffix(".so").removesuffix(".pyd").replace(".", "-")


def source_files(root: Path = PACKAGE_ROOT) -> list[Path]:
    """Every ``.py`` file of the package, in a fixed order (links to data folders not followed)."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "node_modules"))
        found.extend(Path(folder, f) for f in sorted(files) if f.endswith(".py"))
    return found


def sources_hash(root: Path = PACKAGE_ROOT) -> str:
    """A hash of every ``.py`` file's path (under ``root``) and bytes."""
    digest = hashlib.sha256()
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def cache_root() -> Path:
    """The folder holding every build (one subfolder per interpreter tag)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "syria-news-map" / "compiled"


def build_dir(key: str) -> Path:
    """Where the build for sources hash ``key`` on this interpreter lives."""
    return cache_root() / interpreter_tag() / key


def package_dir(build: Path) -> Path:
    """The compiled package's folder inside a build."""
    return build.joinpath(*COMPILED_PACKAGE.split("."))


def choose() -> Build:
    """The build to run: a complete one for these sources and this interpreter, else pure."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return Build(False, None, f"pure Python ({PURE_ENV} is set)")
    key = sources_hash()
    found = build_dir(key)
    if not (found / "BUILD-OK").is_file():
        older = found.parent.is_dir() and any(
            (p / "BUILD-OK").is_file() for p in found.parent.iterdir()
        )
        why = "sources changed since the last compile" if older else "not compiled"
        return Build(False, None, f"pure Python ({why}; {PURE_COST}: python -m dashboard compile)")
    return Build(True, found, f"compiled (mypyc, build {key[:12]})")


def install(path: list[str]) -> Build:
    """Put the chosen build first on a package's ``__path__``; say which build runs."""
    chosen = choose()
    if chosen.compiled and chosen.directory is not None:
        path.insert(0, str(package_dir(chosen.directory)))
    return chosen
