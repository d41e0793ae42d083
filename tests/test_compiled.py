"""The compiled geotagger (mypyc): chosen only for the sources it was built from, same output.

Unit cases on the fingerprint and the choice run everywhere. The parity case compares
``benchmarks/geotag_dump.py`` (seeds, 4,000 synthetic articles, long inputs, the test world;
the dev corpus too where it is beside the checkout) written by the compiled build and by pure
Python; it needs a compiled build for these sources (``python -m dashboard compile``, as the
README's commands run it) and skips without one, unless ``REQUIRE_COMPILED=1`` (``.ci/run``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.geo.compiled import fingerprint
from dashboard.geo.parse import BUILD

ROOT = Path(__file__).resolve().parent.parent


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


BASE = {"__init__.py": "", "geo/parse/tokens.py": "A = 1\n", "store/rows.py": "B = 2\n"}


@pytest.mark.unit
@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"geo/parse/tokens.py": "A = 1\n"}, True),  # rewritten, same bytes
        ({"geo/parse/tokens.py": "A = 2\n"}, False),  # a compiled module edited
        ({"store/rows.py": "B = 2  # note\n"}, False),  # a module it may import edited
        ({"geo/parse/new.py": ""}, False),  # a module added
        ({"geo/parse/notes.txt": "x"}, True),  # not Python
    ],
)
def test_the_sources_hash_changes_with_any_python_file(tmp_path, change, same):
    before = fingerprint.sources_hash(_tree(tmp_path / "a", BASE))
    after = fingerprint.sources_hash(_tree(tmp_path / "b", {**BASE, **change}))
    assert (before == after) is same


@pytest.mark.unit
def test_a_renamed_module_changes_the_hash(tmp_path):
    moved = {"__init__.py": "", "geo/parse/words.py": "A = 1\n", "store/rows.py": "B = 2\n"}
    assert fingerprint.sources_hash(_tree(tmp_path / "a", BASE)) != fingerprint.sources_hash(
        _tree(tmp_path / "b", moved)
    )


def _build(cache: Path, key: str, complete: bool = True) -> Path:
    folder = cache / fingerprint.interpreter_tag() / key
    fingerprint.package_dir(folder).mkdir(parents=True)
    if complete:
        (folder / "BUILD-OK").write_text("{}", encoding="utf-8")
    return folder


@pytest.mark.unit
def test_only_a_complete_build_of_these_sources_is_chosen(tmp_path, monkeypatch):
    monkeypatch.setenv(fingerprint.CACHE_ENV, str(tmp_path))
    monkeypatch.delenv(fingerprint.PURE_ENV, raising=False)
    assert not fingerprint.choose().compiled
    assert "not compiled" in fingerprint.choose().note
    _build(tmp_path, "0" * 24)  # an older build: other sources
    stale = fingerprint.choose()
    assert not stale.compiled and "sources changed" in stale.note
    assert "python -m dashboard compile" in stale.line() and "slower" in stale.line()
    half = _build(tmp_path, fingerprint.sources_hash(), complete=False)  # no BUILD-OK yet
    assert not fingerprint.choose().compiled
    (half / "BUILD-OK").write_text("{}", encoding="utf-8")
    chosen = fingerprint.choose()
    assert chosen.compiled and chosen.directory == half
    path: list[str] = ["/the/package"]
    assert fingerprint.install(path).compiled
    assert path == [str(fingerprint.package_dir(half)), "/the/package"]
    monkeypatch.setenv(fingerprint.PURE_ENV, "1")
    path = ["/the/package"]
    forced = fingerprint.install(path)
    assert not forced.compiled and fingerprint.PURE_ENV in forced.note
    assert path == ["/the/package"]


def _required() -> bool:
    """REQUIRE_COMPILED=1 (CI) asks for the compiled build, unless pure is forced."""
    pure = os.environ.get(fingerprint.PURE_ENV, "") not in ("", "0")
    return not pure and os.environ.get("REQUIRE_COMPILED", "") not in ("", "0")


@pytest.mark.integration
def test_this_process_runs_the_build_it_reports():
    import dashboard.geo.parse.tokens as tokens

    if _required():
        assert BUILD.compiled, BUILD.line()
    compiled = Path(tokens.__file__ or "").suffix == ".so"
    assert compiled is BUILD.compiled, (tokens.__file__, BUILD)


def _dump(out: Path, pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != fingerprint.PURE_ENV}
    if pure:
        env[fingerprint.PURE_ENV] = "1"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "geotag_dump.py"), str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


@pytest.mark.integration
def test_compiled_and_pure_geotaggers_write_the_same_output(tmp_path):
    if not BUILD.compiled:
        if _required():
            pytest.fail(f"REQUIRE_COMPILED=1 but {BUILD.line()}")
        pytest.skip(BUILD.line())
    said_compiled = _dump(tmp_path / "compiled.txt", pure=False)
    said_pure = _dump(tmp_path / "pure.txt", pure=True)
    assert "geotagger: compiled" in said_compiled and "geotagger: pure" in said_pure
    compiled = (tmp_path / "compiled.txt").read_bytes()
    assert len(compiled.splitlines()) > 4000  # seeds, synthetic articles, long inputs
    assert compiled == (tmp_path / "pure.txt").read_bytes()
