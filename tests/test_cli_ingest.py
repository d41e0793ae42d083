"""`python -m dashboard ingest` and `articles`: summary, skipped lines, exit status, JSON Lines."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BODY = "IDLIB - Serangan udara menghantam kota itu, Selasa (28/05/2019), kata aktivis."


@pytest.fixture
def corpus(tmp_path) -> Path:
    """The seeds, one good JSON Lines export with a broken line, and an empty file."""
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "feed.jsonl").write_text(
        json.dumps({"title": "Dari Ekspor", "text": BODY, "url": "https://x.id/2019/05/28/a"})
        + "\n{not json}\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def run(*argv: str) -> int:
    return main([*argv])


def test_ingest_prints_a_summary_and_one_line_per_skipped_input(corpus, tmp_path, capsys):
    db = str(tmp_path / "news.sqlite")
    assert run("ingest", str(corpus), "--db", db, "--no-progress") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "read 3 articles: 3 stored, 0 unchanged, 0 replaced; 2 skipped"
    assert out[1] == f"skipped {corpus / 'empty.txt'}: empty file"
    assert out[2].startswith(f"skipped {corpus / 'feed.jsonl'}:2: malformed JSON line")
    assert not [line for line in out if line.startswith("warning")]


def test_ingesting_again_reports_everything_unchanged(corpus, tmp_path, capsys):
    db = str(tmp_path / "news.sqlite")
    run("ingest", str(corpus), "--db", db, "--no-progress")
    capsys.readouterr()
    assert run("ingest", str(corpus), "--db", db, "--no-progress") == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "read 3 articles: 0 stored, 3 unchanged, 0 replaced; 2 skipped"
    )


@pytest.mark.parametrize(
    "inputs",
    [["empty.txt"], ["missing-folder"], ["empty.txt", "missing-folder"]],
)
def test_exit_status_is_non_zero_only_when_nothing_could_be_read(corpus, tmp_path, capsys, inputs):
    db = str(tmp_path / "news.sqlite")
    assert run("ingest", *(str(corpus / i) for i in inputs), "--db", db, "--no-progress") == 1
    captured = capsys.readouterr()
    assert "no article could be read" in captured.err
    assert len([line for line in captured.out.splitlines() if line.startswith("skipped")]) == len(
        inputs
    )


def test_an_unopenable_store_is_an_error_not_a_traceback(corpus, tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert run("ingest", str(corpus), "--db", str(tmp_path / "file" / "x.sqlite")) == 2
    assert "cannot open the store" in capsys.readouterr().err


def test_articles_prints_json_lines_for_scripts(corpus, tmp_path, capsys):
    db = str(tmp_path / "news.sqlite")
    run("ingest", str(corpus), "--db", db, "--no-progress")
    capsys.readouterr()
    assert run("articles", "--db", db) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [list(r) for r in rows] == [
        ["id", "path", "title", "outlet", "url", "published", "published_confidence"]
    ] * 3
    by_title = {r["title"]: r for r in rows}
    assert by_title["Dari Ekspor"]["url"] == "https://x.id/2019/05/28/a"
    assert by_title["Dari Ekspor"]["published"] == "2019-05-28"
    seed = by_title["Para Pemimpin Faksi Islamis Suriah Sepakat Bentuk Koordinasi Militer"]
    assert (seed["outlet"], seed["published"]) == ("Kiblat.net", "2019-05-27")


def test_articles_without_a_store_says_so_and_creates_nothing(tmp_path, capsys):
    db = tmp_path / "none.sqlite"
    assert run("articles", "--db", str(db)) == 1
    assert "no store" in capsys.readouterr().err and not db.exists()


def test_the_module_entry_point_runs_ingest(tmp_path):
    db = tmp_path / "news.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(SEEDS), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == (
        "read 2 articles: 2 stored, 0 unchanged, 0 replaced; 0 skipped"
    )
