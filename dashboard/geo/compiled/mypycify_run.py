"""Run by ``build.compile_geotagger`` in a copy of the sources: mypyc, then the C compiler.

    python -m dashboard.geo.compiled.mypycify_run OUT TEMP OPT_LEVEL   (cwd: the copy)

Compiles every module of ``dashboard/geo/parse`` but its ``__init__`` into one shared library
(``dashboard/geo/parse/geotagger__mypyc…so``, found through the package's ``__path__`` like
the modules' own small ``.so`` files) and writes them under OUT.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The group's name: its library sits in the compiled package, so no sys.path entry is needed.
GROUP = "dashboard.geo.parse.geotagger"


def compiled_paths(root: Path) -> list[str]:
    """The modules compiled: all of ``dashboard/geo/parse`` but ``__init__.py`` (the chooser)."""
    parse = root / "dashboard" / "geo" / "parse"
    return sorted(
        p.relative_to(root).as_posix() for p in parse.glob("*.py") if p.stem != "__init__"
    )


def main(argv: list[str]) -> int:
    out, temp, opt_level = argv
    from mypyc.build import mypycify  # it imports setuptools, which it then builds with
    from setuptools import setup

    extensions = mypycify(
        ["--ignore-missing-imports", *compiled_paths(Path.cwd())],
        opt_level=opt_level,
        group_name=GROUP,
        target_dir=str(Path(temp) / "c"),
    )
    setup(
        name="syria-news-map-geotagger",
        ext_modules=extensions,
        script_args=["-q", "build_ext", "--build-lib", out, "--build-temp", str(Path(temp) / "o")],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
