"""``python -m dashboard compile``: build the mypyc geotagger for today's sources, atomically.

The sources are copied first and the copy is hashed and compiled, so an edit made while the C
compiler runs cannot end up under the wrong fingerprint. The build is written to a temporary
folder beside its final place and renamed into it only once complete (``BUILD-OK`` written
last), so a crash or a parallel compile never leaves a half build that ``choose`` would take.
Where mypyc, a C compiler or Python's headers are missing, or the build fails, it says so in one
line and the geotagger runs as pure Python (exit 0, so the README's command goes on), unless
``--require`` or ``REQUIRE_COMPILED=1`` asks for a failure instead (CI).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from importlib import metadata
from pathlib import Path

from dashboard.geo.compiled import fingerprint

#: Builds kept per interpreter (other checkouts sharing the cache may use the older ones).
KEEP = 4


def missing_tool() -> str | None:
    """What this machine lacks to compile, or None."""
    try:
        metadata.version("mypy")
    except metadata.PackageNotFoundError:
        return "mypy (mypyc) is not installed"
    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not Path(sysconfig.get_paths()["include"], "Python.h").is_file():
        return "no Python headers (Python.h; e.g. Debian's python3-dev)"
    return None


def copy_sources(dest: Path) -> str:
    """Copy every ``.py`` of the package under ``dest/dashboard``; the copy's sources hash."""
    root = fingerprint.PACKAGE_ROOT
    for path in fingerprint.source_files(root):
        target = dest / "dashboard" / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return fingerprint.sources_hash(dest / "dashboard")


def run_mypyc(src: Path, out: Path, opt_level: str) -> tuple[bool, Path]:
    """Compile the copy in ``src`` into ``out``; whether it worked, and the log's path."""
    log = src.parent / "compile.log"
    cmd = [sys.executable, "-m", "dashboard.geo.compiled.mypycify_run"]
    cmd += [str(out), str(src.parent / "tmp"), opt_level]
    env = {**os.environ, "PYTHONPATH": str(src), "PYTHONDONTWRITEBYTECODE": "1"}
    with log.open("w", encoding="utf-8") as sink:
        done = subprocess.run(cmd, cwd=src, env=env, stdout=sink, stderr=subprocess.STDOUT)
    return done.returncode == 0, log


def record(out: Path, opt_level: str, seconds: float) -> None:
    """Mark a build complete: what made it, written last."""
    modules = sorted(p.name.split(".")[0] for p in fingerprint.package_dir(out).glob("*.so"))
    info = {"mypy": metadata.version("mypy"), "opt_level": opt_level, "seconds": round(seconds, 1)}
    info["modules"] = modules
    (out / "BUILD-OK").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")


def put_in_place(out: Path, final: Path) -> None:
    """Rename a complete build into its place, replacing an older one for the same sources."""
    if final.exists():
        old = final.with_name(f".old-{final.name}-{os.getpid()}")
        final.rename(old)
        shutil.rmtree(old, ignore_errors=True)
    out.rename(final)


def prune(folder: Path) -> None:
    """Keep the newest KEEP builds of an interpreter; drop the rest."""
    builds = sorted(
        (p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in builds[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)


def up_to_date(final: Path) -> bool:
    """A complete build for these sources, made by the mypy installed now."""
    try:
        info = json.loads((final / "BUILD-OK").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return info.get("mypy") == metadata.version("mypy")


def compile_geotagger(opt_level: str = "3") -> tuple[bool, str]:
    """Build (or find) the compiled geotagger; whether one is ready, and the line to print."""
    if (lacking := missing_tool()) is not None:
        return False, f"{lacking}: the geotagger runs as pure Python, {fingerprint.PURE_COST}"
    key = fingerprint.sources_hash()
    final = fingerprint.build_dir(key)
    if up_to_date(final):
        return True, f"up to date: {final}"
    final.parent.mkdir(parents=True, exist_ok=True)
    work = final.parent / f".tmp-{key}-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        started = time.perf_counter()
        if copy_sources(work / "src") != key:
            return False, "the sources changed while being copied; run it again"
        ok, log = run_mypyc(work / "src", work / "out", opt_level)
        if not ok:
            kept = final.parent / f"failed-{key}.log"
            shutil.copyfile(log, kept)
            why = f"the build failed (log: {kept})"
            return False, f"{why}: the geotagger runs as pure Python, {fingerprint.PURE_COST}"
        seconds = time.perf_counter() - started
        record(work / "out", opt_level, seconds)
        put_in_place(work / "out", final)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    prune(final.parent)
    return True, f"compiled in {seconds:.0f} s (mypyc -O{opt_level}): {final}"


def cmd_compile(args) -> int:  # noqa: ANN001  (argparse's Namespace)
    """The ``compile`` command: build; exit 1 only when a build was required and none is ready."""
    if args.status:
        from dashboard.geo.parse import BUILD

        print(BUILD.line())
        return 0
    ready, line = compile_geotagger(args.opt_level)
    print(f"compile: {line}", file=sys.stdout if ready else sys.stderr)
    required = args.require or os.environ.get("REQUIRE_COMPILED", "") not in ("", "0")
    return 1 if required and not ready else 0


def add_parser(sub) -> None:  # noqa: ANN001  (argparse's sub-parsers)
    """The ``compile`` sub-command."""
    p = sub.add_parser("compile", help="compile the geotagger with mypyc (pure Python without)")
    p.add_argument("--opt-level", default="3", choices=["0", "1", "2", "3"], help="C -O level")
    p.add_argument("--require", action="store_true", help="fail when it cannot be compiled")
    p.add_argument("--status", action="store_true", help="say which geotagger runs, build none")
    p.set_defaults(func=cmd_compile)
