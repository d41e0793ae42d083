"""Ingest in worker processes (issue 13): the same rows and report lines as one process.

Workers are forked, so a monkeypatched reader or geotagger set in the test reaches them too.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from storehelp import mention_table

from dashboard import cli, workers
from dashboard.pipeline import default_geotagger, ingest_paths
from dashboard.store.archive import Store
from dashboard.text import read as text_read
from dashboard.text.web import read as web_read
from tests.test_ingest import BODY, douma_tagger, make_mixed_folder
from tests.test_pages import ENGLISH, JAKARTA, _warc, make_page

pytestmark = pytest.mark.integration

#: Columns that depend on when or in which run a row was written, not on what was read.
_TIMING = {"ingested_at", "run"}
_PLACES = ["Douma", "Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor", "Hama", "Daraa", "Afrin"]


def _export(path: Path, n: int) -> Path:
    """An export whose articles name real places, so the real geotagger has work to do."""
    lines = []
    for i in range(n):
        a, b = _PLACES[i % len(_PLACES)], _PLACES[(i * 4 + 1) % len(_PLACES)]
        text = f"{a.upper()} - Warga {a} mengungsi ke {b}, Senin (27/05/2019). Laporan {i}."
        lines.append(json.dumps({"title": f"Berita {i} dari {a}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _tables(db: Path) -> dict[str, list[tuple]]:
    """Every table, every column but the timing ones, rows in a stable order."""
    conn = sqlite3.connect(db)
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    out = {}
    for name in names:
        cols = [c[1] for c in conn.execute(f'PRAGMA table_info("{name}")')]
        kept = ", ".join(f'"{c}"' for c in cols if c not in _TIMING)
        out[name] = sorted(conn.execute(f'SELECT {kept} FROM "{name}"'), key=repr)
    conn.close()
    return out


def _copies(db: Path) -> dict[str, str]:
    """The story of each article titled "Salinan …"."""
    with sqlite3.connect(db) as conn:
        query = "SELECT title, story_id FROM articles WHERE title LIKE 'Salinan %'"
        return dict(conn.execute(query).fetchall())


def _ingest(inputs: list[Path], db: Path, n: int, geotagger=None) -> tuple[list[str], dict]:
    report = ingest_paths(inputs, Store(str(db)), geotagger=geotagger, workers=n, batch_size=40)
    return report.lines(), _tables(db)


def test_one_worker_and_three_store_identical_rows_and_report_the_same(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "CHUNK", 7)  # many chunks, out of step with the batches
    root = make_mixed_folder(tmp_path / "in")
    _export(root / "exports" / "many.jsonl", 150)
    tagger, why_not = default_geotagger()
    assert why_not is None
    one = _ingest([root], tmp_path / "one.sqlite", 1, tagger)
    three = _ingest([root], tmp_path / "three.sqlite", 3, tagger)
    assert one[0] == three[0]  # the same summary, skip and warning lines, in the same order
    assert one[0][0].startswith("read 158 articles: 158 stored") and "9 skipped" in one[0][0]
    with sqlite3.connect(tmp_path / "one.sqlite") as conn:
        assert len(mention_table(conn)) > 300  # the real geotagger found places
    assert one[1] == three[1]


def test_the_story_fingerprints_are_computed_in_the_workers(tmp_path, monkeypatch):
    """The parent, the single writer, only groups: a fingerprint it computed would fail its
    batch here. The same stories as one process, which computes them itself."""
    from dashboard.store import stories

    parent, real = os.getpid(), stories.fingerprint

    def in_workers_only(body):
        assert os.getpid() != parent, "a story fingerprint computed in the parent"  # noqa: S101
        return real(body)

    from tests.test_stories import OTHER_DAY, SAME_TOPIC, WIRE

    export = _export(tmp_path / "feed.jsonl", 60)  # too short to group: no fingerprint
    with open(export, "a", encoding="utf-8") as out:  # copies of three stories
        for i in range(30):
            text = f"{(WIRE, SAME_TOPIC, OTHER_DAY)[i % 3]} Laporan nomor {i}."
            out.write(json.dumps({"title": f"Salinan {i}", "text": text}) + "\n")
    one = _ingest([export], tmp_path / "one.sqlite", 1, douma_tagger)
    monkeypatch.setattr(stories, "fingerprint", in_workers_only)
    two = _ingest([export], tmp_path / "two.sqlite", 2, douma_tagger)
    assert two[0] == one[0] and two[0][0].startswith("read 90 articles: 90 stored")
    assert two[1] == one[1] and len(two[1]["story_bands"]) >= 32 * 30
    assert len(set(_copies(tmp_path / "two.sqlite").values())) == 3


def test_a_record_that_fails_in_a_worker_is_a_skip_line_naming_file_and_line(tmp_path, monkeypatch):
    real = text_read.make_article

    def fragile(**fields):
        if fields["title"] == "Berita 2 dari Idlib":
            raise RuntimeError("reader bug")
        return real(**fields)

    monkeypatch.setattr(text_read, "make_article", fragile)
    export = _export(tmp_path / "feed.jsonl", 12)
    report = ingest_paths([export], Store(str(tmp_path / "s.sqlite")), workers=2)
    assert report.skipped == [(f"{export}:3", "cannot read: RuntimeError: reader bug")]
    assert report.stored == 11


def test_a_worker_that_dies_costs_only_its_part_of_the_input(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "CHUNK", 4)

    def deadly(article):
        if "Laporan 9." in article.text:
            os._exit(1)  # the worker process vanishes, as when killed
        return douma_tagger(article)

    export = _export(tmp_path / "feed.jsonl", 30)
    report = ingest_paths([export], Store(str(tmp_path / "s.sqlite")), geotagger=deadly, workers=2)
    lines = [f"{export}:{n}" for n in range(9, 13)]  # records 8-11: the chunk holding record 10
    assert [where for where, _ in report.skipped] == lines
    assert all("worker process stopped twice" in why for _, why in report.skipped)
    assert report.stored == 26


def test_a_geotagger_error_in_a_worker_is_a_warning_and_the_article_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")

    def broken(article):
        raise ValueError("bad span")

    store = Store(str(tmp_path / "s.sqlite"))
    report = ingest_paths([tmp_path / "a.txt"], store, geotagger=broken, workers=2)
    assert report.stored == 1 and store.place_rows() == []
    ((where, message),) = report.warnings
    assert where.endswith("a.txt") and "geotagging failed: ValueError: bad span" in message
    # its row is made by the parent, from the whole article (its date, event dates): as in one
    # process, where an article geotagged in a worker comes back slim, its row made there
    one = _ingest([tmp_path / "a.txt"], tmp_path / "one.sqlite", 1, broken)[1]
    assert _tables(tmp_path / "s.sqlite") == one and "2019-05-27" in repr(one["articles"])


def test_the_command_line_takes_workers_and_defaults_to_the_cores(tmp_path, monkeypatch):
    seen = []
    real = cli.__dict__.get("ingest_paths")
    assert real is None  # imported inside the command, so patch the pipeline's

    def spy(paths, store, **kwargs):
        seen.append(kwargs["workers"])
        return ingest_paths(paths, store, geotagger=douma_tagger, **kwargs)

    monkeypatch.setattr("dashboard.pipeline.ingest_paths", spy)
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    assert cli.main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--no-progress"]) == 0
    assert cli.main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--workers", "2"]) == 0
    assert seen == [workers.default_workers(), 2]
    with pytest.raises(SystemExit):
        cli.main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--workers", "0"])


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(c) for c in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_ctrl_c_stops_the_workers_and_says_interrupted(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    export = _export(tmp_path / "feed.jsonl", 20_000)
    cmd = [sys.executable, "-m", "dashboard", "ingest", str(export), "--workers", "2"]
    cmd += ["--db", str(tmp_path / "s.sqlite"), "--no-progress"]
    # Ctrl-C as a terminal's foreground job gets it: a runner that started us in the background
    # (`cmd &` in a script) passes SIGINT on ignored, and Python keeps it ignored
    default_sigint = lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)  # noqa: E731
    proc = subprocess.Popen(
        cmd, stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=default_sigint
    )
    deadline = time.monotonic() + 120
    while not _children(proc.pid) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    workers_seen = _children(proc.pid)
    assert workers_seen, "the workers never started"
    time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-3000:]
    assert err.strip().splitlines()[-1] == "interrupted" and "Traceback" not in err
    assert [pid for pid in workers_seen if _running(pid)] == []  # no worker left behind


def _running(pid: int) -> bool:
    """The process exists and is not a zombie (dead, waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _pages_folder(root: Path) -> Path:
    """Saved pages and a WARC archive: articles, a page in English, one not about Syria, an
    image and a page with no text, beside an export."""
    root.mkdir(parents=True)
    (root / "halaman.html").write_bytes(make_page(11).html)
    (root / "asing.html").write_bytes(ENGLISH)
    pages = [
        (f"https://warta.example/{n}", make_page(20 + n).html, "text/html; charset=utf-8")
        for n in range(6)
    ]
    pages[1] = ("https://warta.example/logo.png", b"\x89PNG", "image/png")
    pages[3] = ("https://warta.example/jkt", JAKARTA, "text/html")
    pages[4] = (
        "https://warta.example/kosong",
        b"<html><body><nav>Beranda</nav></body></html>",
        "text/html",
    )
    (root / "arsip.warc.gz").write_bytes(_warc(pages))
    _export(root / "feed.jsonl", 12)
    return root


def test_web_pages_are_extracted_in_the_workers_and_store_what_one_process_stores(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(workers, "CHUNK", 2)  # pages and records spread over many tasks
    pids = tmp_path / "pids"
    real = web_read.extract_page

    def noting(data, **kwargs):
        with pids.open("a") as f:  # workers are forked: the file is what they share
            f.write(f"{os.getpid()}\n")
        return real(data, **kwargs)

    monkeypatch.setattr(web_read, "extract_page", noting)
    root = _pages_folder(tmp_path / "in")
    tagger, _ = default_geotagger()
    one = _ingest([root], tmp_path / "one.sqlite", 1, tagger)
    assert set(pids.read_text().split()) == {str(os.getpid())}
    pids.unlink()
    three = _ingest([root], tmp_path / "three.sqlite", 3, tagger)
    extracted_by = set(pids.read_text().split())
    assert extracted_by and str(os.getpid()) not in extracted_by  # all in the workers
    assert one[0] == three[0]
    assert one[0][0].startswith("read 16 articles: 16 stored") and "2 kept out" in one[0][0]
    assert len(one[1]["article_pages"]) == 4
    assert one[1] == three[1]


def test_a_page_that_fails_in_a_worker_is_a_skip_line_naming_file_and_record(tmp_path, monkeypatch):
    real = web_read.extract_page

    def fragile(data, **kwargs):
        if kwargs.get("url") == "https://warta.example/2":
            raise RuntimeError("extractor bug")
        return real(data, **kwargs)

    monkeypatch.setattr(web_read, "extract_page", fragile)
    root = _pages_folder(tmp_path / "in")
    report = ingest_paths([root], Store(str(tmp_path / "s.sqlite")), workers=2)
    warc = root / "arsip.warc.gz"
    assert (f"{warc}:3", "cannot read: RuntimeError: extractor bug") in report.skipped
    assert report.stored == 15
