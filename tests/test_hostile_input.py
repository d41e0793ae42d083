"""Hostile and broken input files: each one is skipped with one clear line, and the run goes on.

Every case builds a folder holding three good articles beside one bad path, ingests it, and
asserts what was stored, what was reported, and that the good files of the same run were stored.
All texts are made up here.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from dashboard.errors import StoreError
from dashboard.pipeline import ingest_paths, no_geotagger
from dashboard.store.archive import Store

pytestmark = pytest.mark.integration

BODY = "IDLIB - Serangan di Idlib pada Senin (27/05/2019), kata warga setempat."
GOOD = ["Berita baik satu", "Berita baik dua", "Berita baik tiga"]


@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "store.sqlite"))
    yield s
    s.close()


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "run"
    root.mkdir()
    for i, title in enumerate(GOOD):
        (root / f"good{i}.txt").write_text(f"{title}\n{BODY} ({i})", encoding="utf-8")
    return root


def _ingest(paths, store):
    def hang(*_):
        raise TimeoutError("ingest hung")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(60)
    try:
        report = ingest_paths(paths, store, geotagger=no_geotagger)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return report, report.lines()


def _titles(store) -> set[str]:
    return {r.title for r in store.article_rows()}


def _skip_line(lines: list[str], needle: str) -> str:
    found = [line for line in lines if line.startswith("skipped") and needle in line]
    assert len(found) == 1, lines
    return found[0]


def test_deeply_nested_json_is_skipped_with_one_line(tmp_path, store):
    root = _folder(tmp_path)
    (root / "d.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    report, lines = _ingest([root], store)
    assert "nested too deeply" in _skip_line(lines, "d.json")
    assert _titles(store) == set(GOOD) and report.stored == 3


def test_a_deeply_nested_jsonl_line_costs_that_line_only(tmp_path, store):
    root = _folder(tmp_path)
    lines_ = [
        json.dumps({"title": "Baris satu", "text": BODY}),
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"title": "Baris tiga", "text": BODY + " Lagi."}),
    ]
    (root / "feed.jsonl").write_text("\n".join(lines_), encoding="utf-8")
    _report, lines = _ingest([root], store)
    assert "nested too deeply" in _skip_line(lines, "feed.jsonl:2")
    assert _titles(store) == set(GOOD) | {"Baris satu", "Baris tiga"}


def test_an_empty_json_list_gets_a_skip_line(tmp_path, store):
    root = _folder(tmp_path)
    (root / "kosong.json").write_text("[]", encoding="utf-8")
    _report, lines = _ingest([root], store)
    assert "empty JSON list" in _skip_line(lines, "kosong.json")
    assert _titles(store) == set(GOOD)


def test_a_symlink_loop_is_skipped_and_the_folder_read(tmp_path, store):
    root = _folder(tmp_path)
    (root / "a.txt").symlink_to("b.txt")
    (root / "b.txt").symlink_to("a.txt")
    _report, lines = _ingest([root], store)
    assert "symbolic link loop" in _skip_line(lines, "a.txt")
    assert "symbolic link loop" in _skip_line(lines, "b.txt")
    assert _titles(store) == set(GOOD)


def test_an_undecodable_file_name_is_skipped_and_named_escaped(tmp_path, store):
    root = _folder(tmp_path)
    with open(os.path.join(os.fsencode(root), b"nama\xffrusak.txt"), "wb") as f:
        f.write(f"Judul\n{BODY}".encode())
    report, lines = _ingest([root], store)
    line = _skip_line(lines, "nama\\xffrusak.txt")
    assert "not valid UTF-8" in line
    assert _titles(store) == set(GOOD) and report.stored == 3


def test_a_fifo_named_like_an_article_is_refused_without_waiting(tmp_path, store):
    root = _folder(tmp_path)
    os.mkfifo(root / "x.txt")
    _report, lines = _ingest([root], store)
    assert "not a regular file: a FIFO" in _skip_line(lines, "x.txt")
    assert _titles(store) == set(GOOD)


def test_an_unreadable_subfolder_is_reported(tmp_path, store, monkeypatch):
    root = _folder(tmp_path)
    locked = root / "terkunci"
    locked.mkdir()
    (locked / "hilang.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    if os.geteuid() == 0:  # root lists any folder: refuse this one as the kernel would
        real_scandir = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    locked.chmod(0)
    try:
        _report, lines = _ingest([root], store)
    finally:
        locked.chmod(0o755)
    assert "cannot read folder: Permission denied" in _skip_line(lines, "terkunci")
    assert _titles(store) == set(GOOD)


def test_a_newline_in_a_file_name_keeps_the_skip_message_on_one_line(tmp_path, store):
    root = _folder(tmp_path)
    (root / "baris\nbaru.txt").write_bytes(b"")
    _report, lines = _ingest([root], store)
    assert "empty file" in _skip_line(lines, "baris\\nbaru.txt")
    assert all("\n" not in line for line in lines)
    assert _titles(store) == set(GOOD)


def test_utf16_without_a_byte_order_mark_says_so(tmp_path, store):
    root = _folder(tmp_path)
    (root / "utf16.txt").write_bytes(f"Judul\n{BODY}".encode("utf-16-le"))
    _report, lines = _ingest([root], store)
    assert "possibly UTF-16 without a byte-order mark" in _skip_line(lines, "utf16.txt")
    assert _titles(store) == set(GOOD)


def test_nul_characters_are_removed_when_read_and_the_article_stored(tmp_path, store):
    root = _folder(tmp_path)
    record = {"title": "Judul\u0000nol", "text": BODY + " A\u0000B", "outlet": "Me\u0000dia"}
    (root / "nul.json").write_text(json.dumps(record), encoding="utf-8")
    report, _lines = _ingest([root], store)
    assert _titles(store) == set(GOOD) | {"Judulnol"}
    row = next(r for r in store.article_rows() if r.title == "Judulnol")
    assert row.outlet == "Media" and "\x00" not in store.article(row.id).body
    assert any(w == "NUL characters removed" for _p, w in report.warnings)


def test_a_raw_nul_byte_on_one_jsonl_line_skips_that_line_only(tmp_path, store):
    root = _folder(tmp_path)
    good = [json.dumps({"title": f"Baris {i}", "text": f"{BODY} {i}."}).encode() for i in range(5)]
    bad = b'{"title": "Rusak\x00", "text": "teks"}'
    (root / "feed.jsonl").write_bytes(b"\n".join(good[:2] + [bad] + good[2:]))
    _report, lines = _ingest([root], store)
    assert "malformed JSON line" in _skip_line(lines, "feed.jsonl:3")
    assert _titles(store) == set(GOOD) | {f"Baris {i}" for i in range(5)}


def test_a_record_the_database_refuses_costs_that_record_only(tmp_path, store, monkeypatch):
    root = _folder(tmp_path)
    real = store.save

    def refuse_one(items, **options):
        if any(a.title == GOOD[1] for a, _ in items):
            raise StoreError("value refused")
        return real(items, **options)

    monkeypatch.setattr(store, "save", refuse_one)
    report, lines = _ingest([root], store)
    assert "not saved: value refused" in _skip_line(lines, "good1.txt")
    assert _titles(store) == {GOOD[0], GOOD[2]} and report.stored == 2
