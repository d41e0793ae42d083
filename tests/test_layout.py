"""The package's imports follow the pipeline: each stage imports only the stages before it.

Read off the source with :mod:`ast` (every ``import``, at the top or inside a function), so a
wrong-way arrow fails here whatever code path would have reached it.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

PACKAGE = Path(__file__).resolve().parent.parent / "dashboard"
#: The stages in pipeline order. Reading an article dates it (``text.read.make_article``), so
#: ``dates`` comes first; it needs nothing but the shared modules. ``pipeline`` joins reading,
#: dating, geotagging and storing (the app's upload box uses it), with ``workers`` making and
#: geotagging articles in worker processes; ``collect`` fetches web pages
#: and ingests them through it (the app's add-from-URL box uses it).
STAGES = ("dates", "text", "geo", "store", "workers", "pipeline", "collect", "map", "view", "app")
#: Shared by every stage; they import no stage themselves.
SHARED = {"model", "rowtypes", "errors", "htmlsafe", "wordscan", "data"}
#: The store keeps model values: it reads no gazetteer, no text reader, no date finder.
STORE_MAY_NOT_IMPORT = {"dates", "text", "geo"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported(path: Path) -> set[str]:
    """Every dashboard module ``path`` imports (``from a import b`` counts ``a`` and ``a.b``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {n for n in names if n == "dashboard" or n.startswith("dashboard.")}


def _top(module: str) -> str | None:
    """The first level below ``dashboard`` (``dashboard.geo.parse.resolve`` → ``geo``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _imports_by_module() -> dict[str, set[str]]:
    return {_module_name(p): _imported(p) for p in sorted(PACKAGE.rglob("*.py"))}


def _wrong_way(module: str, imported: set[str]) -> list[str]:
    stage = _top(module)
    if stage in SHARED:
        return sorted(n for n in imported if _top(n) not in SHARED | {None})
    if stage not in STAGES:
        return []  # cli, __main__: the entry points
    allowed = set(STAGES[: STAGES.index(stage) + 1]) | SHARED
    if stage == "store":
        allowed -= STORE_MAY_NOT_IMPORT
    return sorted(n for n in imported if _top(n) is not None and _top(n) not in allowed)


def test_every_stage_imports_only_the_stages_before_it():
    wrong = {
        module: bad
        for module, imported in _imports_by_module().items()
        if (bad := _wrong_way(module, imported))
    }
    assert wrong == {}


def test_streamlit_is_imported_only_in_the_app():
    importers = {
        module
        for path in PACKAGE.rglob("*.py")
        for module in [_module_name(path)]
        if any(
            (isinstance(n, ast.Import) and any(a.name.startswith("streamlit") for a in n.names))
            or (isinstance(n, ast.ImportFrom) and (n.module or "").startswith("streamlit"))
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        )
    }
    assert {m for m in importers if _top(m) != "app"} <= {"dashboard.serve_cli"}  # it starts it


@pytest.mark.parametrize(
    ("module", "imported", "expected"),
    [
        ("dashboard.store.archive", {"dashboard.geo.gazetteer"}, ["dashboard.geo.gazetteer"]),
        ("dashboard.map.layers", {"dashboard.view.filter"}, ["dashboard.view.filter"]),
        ("dashboard.view.cards", {"dashboard.map.data", "dashboard.model"}, []),
        ("dashboard.model", {"dashboard.geo.names"}, ["dashboard.geo.names"]),
        ("dashboard.cli", {"dashboard.app.main"}, []),
    ],
)
def test_the_rule_itself_flags_wrong_way_imports(module, imported, expected):
    assert _wrong_way(module, imported) == expected


def test_every_module_imports_first_in_a_fresh_interpreter():
    # An import cycle shows only when its modules are imported in one order: import each module
    # first, with every dashboard module forgotten before the next. Forgetting works for Python
    # modules only: a compiled module (mypyc) stays loaded, with its imports of its siblings
    # cached, whatever sys.modules says. So this runs on the pure-Python modules, which are the
    # same sources; the compiled ones are checked, each in an interpreter of its own, below.
    # they run when imported (the last by Alembic, with a connection to migrate)
    scripts = {"dashboard.__main__", "dashboard.app.main", "dashboard.store.migrations.env"}
    modules = sorted(set(_imports_by_module()) - scripts)
    script = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'dashboard']:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *modules],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SYRIA_NEWS_PURE": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.parametrize(
    "module",
    sorted(m for m in _imports_by_module() if m.startswith("dashboard.geo.parse.")),
)
def test_every_geotagger_module_imports_first_in_the_build_that_runs(module):
    # The geotagger's modules are the ones `compile` builds; imported first, each in a fresh
    # interpreter, whichever build runs here (compiled where CI builds it) must load.
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}; import dashboard.geo.parse as p; print(p.BUILD)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


def test_a_stage_does_not_re_export_a_name_that_hides_one_of_its_modules():
    import importlib

    for module in _imports_by_module():
        if not (PACKAGE.parent / module.replace(".", "/") / "__init__.py").exists():
            continue
        package = importlib.import_module(module)
        hidden = [
            name
            for name in getattr(package, "__all__", ())
            if (PACKAGE.parent / module.replace(".", "/") / f"{name}.py").exists()
        ]
        assert hidden == [], f"{module} re-exports {hidden}, hiding the module of that name"
