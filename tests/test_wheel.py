"""The package a user installs from a wheel works on its own, away from the checkout.

The wheel is built the way a user builds it (``pip wheel . --no-deps``) and installed into a fresh
virtual environment in a temporary folder. The dependencies (streamlit, folium …) are already in
this interpreter's environment; the new one sees them through a ``.pth`` line appended after its
own site-packages, so no network is needed and the ``dashboard`` package still comes from the
wheel (asserted, not assumed). Every command then runs with its working folder outside the
checkout and no ``PYTHONPATH``, so nothing can be read from the repository by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED = "003_0b1346240def0ec8.txt"  # "Senin (27/05/2019)", a dateline in Idlib, Kafr Nabudah


def _run(
    args: list, *, cwd: Path, timeout: float = 300, extra: dict | None = None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(extra or {})
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{args}\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, Path]:
    """(the fresh environment's python, a working folder outside the checkout)."""
    root = tmp_path_factory.mktemp("wheel")
    wheels = root / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", REPO_ROOT, "--no-deps", "-q", "-w", wheels],
        cwd=root,
    )
    (wheel,) = wheels.glob("syria_news_map-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=root)
    python = venv / "bin" / "python"
    purelib = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=root
        ).stdout.strip()
    )
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            wheel,
        ],
        cwd=root,
    )
    ours = sysconfig.get_paths()
    (purelib / "zz_dependencies.pth").write_text(
        "\n".join(dict.fromkeys([ours["purelib"], ours["platlib"]])) + "\n", encoding="utf-8"
    )
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    return python, elsewhere


def test_the_dashboard_package_comes_from_the_wheel_with_its_data(installed):
    python, elsewhere = installed
    probe = (
        "import json, dashboard, dashboard.cli as cli\n"
        "from dashboard.data import geodata_dir\n"
        "print(json.dumps({'package': dashboard.__file__, 'seeds': str(cli.SEEDS_DIR),\n"
        "    'geodata': str(geodata_dir()),\n"
        "    'seed_files': sorted(p.name for p in cli.SEEDS_DIR.glob('*.txt'))}))\n"
    )
    found = json.loads(_run([python, "-c", probe], cwd=elsewhere).stdout)
    venv = python.parent.parent.resolve()
    for key in ("package", "seeds", "geodata"):
        assert Path(found[key]).resolve().is_relative_to(venv), (key, found[key])
    assert not Path(found["package"]).resolve().is_relative_to(REPO_ROOT)
    assert SEED in found["seed_files"]  # what `serve` ingests on first start
    assert (Path(found["geodata"]) / "places.tsv").is_file()


def test_the_mark_words_component_is_in_the_wheel(installed):
    """Its static page is served from the installed package (no npm build at install)."""
    python, elsewhere = installed
    probe = "import dashboard.app.marking as m; print(m.FRONTEND)"
    frontend = Path(_run([python, "-c", probe], cwd=elsewhere).stdout.strip())
    assert frontend.resolve().is_relative_to(python.parent.parent.resolve())
    names = {p.name for p in frontend.iterdir()}
    assert {"index.html", "markwords.js", "markwords.css"} <= names
    assert "markwords.js" in (frontend / "index.html").read_text(encoding="utf-8")


def test_the_installed_package_geotags_a_seed_copied_to_another_folder(installed):
    python, elsewhere = installed
    seed = elsewhere / "artikel.txt"
    shutil.copyfile(REPO_ROOT / "seeds" / SEED, seed)
    out = _run([python, "-m", "dashboard", "geotag", seed.name], cwd=elsewhere).stdout
    (article,) = [json.loads(line) for line in out.splitlines()]
    assert article["published"] == "2019-05-27"
    names = {loc["name"] for loc in article["locations"] if loc["in_syria"]}
    assert {"Idlib", "Kafr Nabudah"} <= names, names


def test_the_installed_package_compiles_and_never_runs_a_stale_build(installed, tmp_path):
    """`compile` builds the wheel's own sources; after an edit of any .py, pure Python runs."""
    from dashboard.geo.compiled.build import missing_tool

    if missing_tool() and os.environ.get("REQUIRE_COMPILED") != "1":
        pytest.skip(f"cannot compile here: {missing_tool()}")
    python, elsewhere = installed
    shutil.copyfile(REPO_ROOT / "seeds" / SEED, elsewhere / "artikel.txt")
    extra = {"SYRIA_NEWS_COMPILED_DIR": str(tmp_path / "cache"), "SYRIA_NEWS_PURE": ""}
    built = _run([python, "-m", "dashboard", "compile"], cwd=elsewhere, extra=extra, timeout=900)
    assert "compile: compiled in" in built.stdout, built.stdout + built.stderr
    geotag = [python, "-m", "dashboard", "geotag", "artikel.txt"]
    fast = _run(geotag, cwd=elsewhere, extra=extra)
    assert "geotagger: compiled (mypyc" in fast.stderr
    pure = _run(geotag, cwd=elsewhere, extra={**extra, "SYRIA_NEWS_PURE": "1"})
    assert "geotagger: pure Python" in pure.stderr and fast.stdout == pure.stdout
    probe = "import dashboard.store.rows as m; print(m.__file__)"
    edited = Path(_run([python, "-c", probe], cwd=elsewhere).stdout.strip())
    assert edited.resolve().is_relative_to(python.parent.parent.resolve())
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    stale = _run(geotag, cwd=elsewhere, extra=extra)
    assert "geotagger: pure Python (sources changed since the last compile" in stale.stderr
    assert stale.stdout == pure.stdout
    no_cc_env = {**extra, "CC": "no-cc", "REQUIRE_COMPILED": ""}  # a machine without one
    no_cc = _run([python, "-m", "dashboard", "compile"], cwd=elsewhere, extra=no_cc_env)
    assert "no C compiler (no-cc): the geotagger runs as pure Python" in no_cc.stderr
