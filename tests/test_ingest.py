"""Ingest: a folder of good and bad files, batches, replacement, and crashes part-way."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from dashboard import pipeline as ingest_module
from dashboard.errors import StoreError
from dashboard.model import Article, Geotag, Mention, Place, TaggedPlace
from dashboard.pipeline import IngestReport, ingest_paths, ingest_upload, no_geotagger
from dashboard.store.archive import Store
from dashboard.text.read import MAX_BYTES, read_paths

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "DAMASKUS - Serangan udara menghantam Douma, Senin (27/05/2019), kata aktivis."
DOUMA = Place("gn:170592", "Douma", "populated_place", 33.57, 36.4, True, admin1="Rural Damascus")


def douma_tagger(article: Article) -> Geotag:
    """A stand-in geotagger: every "Douma" in the text, nothing else."""
    start = article.text.find("Douma")
    if start < 0:
        return Geotag((), None)
    mention = Mention(start, start + 5, "Douma", DOUMA.id, 0.9)
    return Geotag((TaggedPlace(DOUMA, (mention,), 0.9),), DOUMA)


def make_mixed_folder(root: Path) -> Path:
    """Good files (seeds, JSON Lines, CSV, cp1252) beside every kind of bad file and record."""
    shutil.copytree(SEEDS, root / "seeds")
    exports = root / "exports"
    exports.mkdir()
    (exports / "feed.jsonl").write_bytes(
        b"\n".join(
            [
                json.dumps({"title": "Satu", "text": BODY}).encode(),
                b'{"title": "Dua", "text": "tanpa penutup',
                json.dumps({"title": "Tiga", "text": BODY + " Tiga."}).encode(),
                json.dumps({"title": "Empat", "text": "x" * MAX_BYTES}).encode(),  # over 10 MB
                b'{"title": "Lima \x81\xff", "text": "bukan UTF-8 atau cp1252"}',
                json.dumps({"title": "Enam", "text": BODY + " Enam."}).encode(),
            ]
        )
    )
    (exports / "table.csv").write_text(
        f'title,text\nEmpat,"{BODY} Empat."\nLima,teks,kolom lebih\n', encoding="utf-8"
    )
    (exports / "windows.txt").write_bytes(f"Judul “Enam”\n{BODY} Enam.".encode("cp1252"))
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (bad / "broken.json").write_text('{"title": "x",\n "text": ', encoding="utf-8")
    # 0x81 is undefined in cp1252 and invalid UTF-8: no clean decoding exists
    (bad / "latin.txt").write_bytes(b"Judul\nKota \x81\xff di Suriah.")
    with (bad / "huge.txt").open("wb") as f:
        f.write(b"Judul\n")
        f.truncate(MAX_BYTES + 1)
    (bad / "hostile.txt").write_text(
        "<script>alert('x')</script> Judul\n<img src=x onerror=alert(1)> ${alert(2)} teks "
        "di Douma.",
        encoding="utf-8",
    )
    return root


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


def test_a_mixed_folder_stores_every_good_article_and_reports_every_bad_input(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    report = ingest_paths([root], store, geotagger=douma_tagger)
    skipped = [(where.removeprefix(f"{root}/"), why) for where, why in report.skipped]
    expected = [
        ("bad/broken.json:2", "malformed JSON: "),
        ("bad/empty.txt", "empty file"),
        ("bad/huge.txt", "file too large (10,485,761 bytes"),
        ("bad/latin.txt", "not UTF-8 (invalid byte at offset 11) and not cp1252 either"),
        ("bad/photo.txt", "binary file, not text"),
        ("exports/feed.jsonl:2", "malformed JSON line: "),
        ("exports/feed.jsonl:4", "record too large (10,485,"),
        ("exports/feed.jsonl:5", "not UTF-8 (invalid byte at offset 16 of the line)"),
        ("exports/table.csv:3", "CSV row has 3 fields, the header has 2"),
    ]
    assert [where for where, _ in skipped] == [where for where, _ in expected]
    for (_, why), (_, start) in zip(skipped, expected, strict=True):
        assert why.startswith(start)
    stored = sorted(Path(r.path).relative_to(root).as_posix() for r in store.article_rows())
    assert stored == [
        "bad/hostile.txt",
        "exports/feed.jsonl:1",
        "exports/feed.jsonl:3",
        "exports/feed.jsonl:6",
        "exports/table.csv:2",
        "exports/windows.txt",
        "seeds/000_1c1b4390ddce87f2.txt",
        "seeds/003_0b1346240def0ec8.txt",
    ]
    assert (report.read, report.stored, report.unchanged, report.replaced) == (8, 8, 0, 0)
    assert [(Path(w).name, "cp1252" in m) for w, m in report.warnings] == [("windows.txt", True)]


SUMMARY_LINE = re.compile(r"(skipped|warning) (?P<file>/[^:]+)(:(?P<line>\d+))?: (?P<why>.+)")


def test_files_gone_bad_lose_nothing_stored_and_every_line_names_file_and_reason(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    first = ingest_paths([root], store, geotagger=douma_tagger).lines()[1:]
    assert len(first) == 10 and all(SUMMARY_LINE.fullmatch(line) for line in first), first
    before = store.article_rows(), store.place_rows()
    seed = sorted((root / "seeds").iterdir())[0]
    seed.write_bytes(b"\x00\x01\x02" * 100)  # overwritten by a binary file
    (root / "exports" / "table.csv").write_bytes(b"")  # truncated
    (root / "exports" / "windows.txt").write_bytes(b"Judul\n" + b"x" * MAX_BYTES)  # grown huge
    feed = root / "exports" / "feed.jsonl"  # good records edited into bad ones
    lines = feed.read_bytes().split(b"\n")
    lines[0], lines[2] = b"\x81\xff", b'{"title": "Tiga", "text": '
    feed.write_bytes(b"\n".join(lines))
    report = ingest_paths([root], store, geotagger=douma_tagger)
    assert (store.article_rows(), store.place_rows()) == before  # nothing lost, nothing added
    assert (report.read, report.stored, report.replaced, report.removed) == (3, 0, 0, 0)
    said = [SUMMARY_LINE.fullmatch(line) for line in report.lines()[1:]]
    assert all(said), report.lines()
    named = {(Path(m["file"]).relative_to(root).as_posix(), m["line"]) for m in said}
    assert named >= {
        (seed.relative_to(root).as_posix(), None),
        ("exports/table.csv", None),
        ("exports/windows.txt", None),
        ("exports/feed.jsonl", "1"),
        ("exports/feed.jsonl", "3"),
    }
    assert all(Path(m["file"]).is_file() for m in said)


def test_hostile_text_is_stored_verbatim_for_the_page_to_escape(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    ingest_paths([root / "bad" / "hostile.txt"], store, geotagger=no_geotagger)
    (row,) = store.article_rows()
    assert row.title == "<script>alert('x')</script> Judul"
    assert "${alert(2)}" in store.article(row.id).body


def test_ingesting_again_changes_nothing(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    ingest_paths([root], store, geotagger=douma_tagger)
    before = store.article_rows(), store.place_rows()
    again = ingest_paths([root], store, geotagger=douma_tagger)
    assert (again.read, again.stored, again.unchanged, again.replaced) == (8, 0, 8, 0)
    assert (store.article_rows(), store.place_rows()) == before


def test_articles_stored_with_places_are_not_geotagged_again(tmp_path, store):
    calls = []

    def counting(article):
        calls.append(article.title)
        return douma_tagger(article)

    folder = _folder_of(tmp_path / "in", 3)
    ingest_paths([folder], store, geotagger=no_geotagger)  # stored without places
    ingest_paths([folder], store, geotagger=counting)  # places added: geotagged once each
    ingest_paths([folder], store, geotagger=counting)  # nothing left to do
    assert calls == ["Judul 0", "Judul 1", "Judul 2"]


def test_an_edited_file_replaces_its_stored_version(tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(f"Judul\n{BODY}", encoding="utf-8")
    ingest_paths([path], store, geotagger=douma_tagger)
    path.write_text(f"Judul\n{BODY} Diperbarui.", encoding="utf-8")
    report = ingest_paths([path], store, geotagger=douma_tagger)
    assert (report.stored, report.replaced) == (0, 1)
    (row,) = store.article_rows()
    assert store.article(row.id).body.endswith("Diperbarui.")
    assert [r.article_id for r in store.place_rows()] == [row.id]


def test_geotags_are_stored_with_the_articles(tmp_path, store):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    ingest_paths([tmp_path], store, geotagger=douma_tagger)
    (place,) = store.place_rows()
    assert (place.place_id, place.is_focus, place.n_mentions) == ("gn:170592", True, 1)


def _folder_of(tmp_path: Path, n: int) -> Path:
    tmp_path.mkdir()
    for i in range(n):
        (tmp_path / f"{i:02}.txt").write_text(f"Judul {i}\n{BODY} Nomor {i}.", encoding="utf-8")
    return tmp_path


def test_a_crash_part_way_keeps_the_batches_saved_before_it(tmp_path, store):
    seen = []

    def crashing(article: Article) -> Geotag:
        seen.append(article)
        if len(seen) == 5:
            raise KeyboardInterrupt  # the user pulls the plug in the third batch
        return douma_tagger(article)

    with pytest.raises(KeyboardInterrupt):
        ingest_paths([_folder_of(tmp_path / "in", 7)], store, geotagger=crashing, batch_size=2)
    assert sorted(r.title for r in store.article_rows()) == [
        "Judul 0",
        "Judul 1",
        "Judul 2",
        "Judul 3",
    ]
    assert len(store.place_rows()) == 4


def test_a_failed_batch_is_retried_row_by_row_and_only_the_bad_row_skipped(
    tmp_path, store, monkeypatch
):
    real_save, calls = store.save, []

    def flaky_save(items, **options):
        calls.append(len(items))
        if any(a.title == "Judul 2" for a, _ in items):
            raise StoreError("database refused a value")
        return real_save(items, **options)

    monkeypatch.setattr(store, "save", flaky_save)
    report = ingest_paths(
        [_folder_of(tmp_path / "in", 5)], store, geotagger=no_geotagger, batch_size=2
    )
    assert calls == [2, 2, 1, 1, 1]  # the second batch failed, then went one by one
    assert [(Path(w).name, r) for w, r in report.skipped] == [
        ("02.txt", "not saved: database refused a value"),
    ]
    stored = sorted(r.title for r in store.article_rows())
    assert stored == ["Judul 0", "Judul 1", "Judul 3", "Judul 4"]


def test_a_geotagger_error_stores_the_article_without_places(tmp_path, store):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")

    def broken(article):
        raise ValueError("bad span")

    report = ingest_paths([tmp_path], store, geotagger=broken)
    assert report.stored == 1 and store.place_rows() == []
    ((where, message),) = report.warnings
    assert where.endswith("a.txt") and "ValueError: bad span" in message


def test_without_geoparse_the_default_stores_articles_and_says_why(tmp_path, store, monkeypatch):
    monkeypatch.setitem(
        __import__("sys").modules, "dashboard.geo.parse.geotag", None
    )  # ImportError
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    report = ingest_paths([tmp_path], store)
    assert report.stored == 1
    assert report.warnings[0][0] == "geotagger" and "geotagging is off" in report.warnings[0][1]


def test_the_default_geotagger_is_geoparse_over_the_gazetteer():
    tagger, why_not = ingest_module.default_geotagger()
    if why_not:
        pytest.skip(why_not)
    article = next(iter(read_paths([SEEDS])))
    assert isinstance(tagger(article), Geotag)


def test_nothing_readable_reads_nothing(tmp_path, store):
    (tmp_path / "empty.txt").write_bytes(b"")
    report = ingest_paths([tmp_path, tmp_path / "missing"], store, geotagger=no_geotagger)
    assert report.read == 0 and store.count() == 0
    assert [r for _, r in report.skipped] == ["empty file", "no such file or folder"]


@pytest.mark.parametrize(
    ("name", "data", "stored", "skipped"),
    [
        ("berita.txt", f"Judul\n{BODY}".encode(), 1, []),
        ("berita.jsonl", b'{"title": "x"}\n', 0, [("berita.jsonl:1", "no article text")]),
        ("berita.docx", b"PK\x03\x04", 0, [("berita.docx", "unsupported file type")]),
    ],
)
def test_an_upload_is_ingested_like_a_file(store, name, data, stored, skipped):
    report = ingest_upload(name, data, store, geotagger=douma_tagger)
    assert report.stored == stored == store.count()
    assert [(w, r.split(" (")[0].split(" '")[0]) for w, r in report.skipped] == skipped


@pytest.mark.parametrize(
    ("counts", "head"),
    [
        ({}, "read 3 articles: 2 stored, 1 unchanged, 0 replaced; 1 skipped"),
        # removed and geotagged are named only when something was
        (
            {"replaced": 1, "removed": 2, "retagged": 4},
            "read 3 articles: 2 stored, 1 unchanged, 1 replaced, 2 removed, 4 geotagged; 1 skipped",
        ),
    ],
)
def test_report_lines_name_each_skipped_input(counts, head):
    report = IngestReport(
        read=3,
        stored=2,
        unchanged=1,
        skipped=[("a.jsonl:4", "malformed")],
        warnings=[("b.txt", "decoded as cp1252")],
        **counts,
    )
    assert report.lines() == [
        head,
        "skipped a.jsonl:4: malformed",
        "warning b.txt: decoded as cp1252",
    ]


# --- re-ingesting an edited export -------------------------------------------------------------

RECORDS = [{"title": f"Berita {i}", "text": f"{BODY} Nomor {i}."} for i in range(5)]
EDITED = {"title": "Berita 2", "text": f"{BODY} Nomor 2, diperbarui."}
NEW = {"title": "Berita baru", "text": f"{BODY} Baru."}


def write_export(path: Path, records: list[dict]) -> None:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    elif path.suffix == ".json":
        path.write_text(json.dumps(records, indent=1), encoding="utf-8")
    else:
        rows = [f'"{r["title"]}","{r["text"]}"' for r in records]
        path.write_text("title,text\n" + "\n".join(rows) + "\n", encoding="utf-8")


# the line of a record's path; in a .json list, a record's "line" is its place in the list
FIRST_LINE = {".jsonl": 1, ".json": 1, ".csv": 2}


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json"])
@pytest.mark.parametrize(
    ("edit", "counts"),
    [
        # (stored, unchanged, replaced, removed) on the second ingest
        ("edit one", (0, 4, 1, 0)),
        ("insert at the top", (1, 5, 0, 0)),  # every line number shifts: nothing else changes
        ("delete one", (0, 4, 0, 1)),
        ("reverse", (0, 5, 0, 0)),
        ("edit one, append one", (1, 4, 1, 0)),
    ],
)
def test_an_edited_export_leaves_exactly_its_records_stored(tmp_path, store, suffix, edit, counts):
    export = tmp_path / f"feed{suffix}"
    write_export(export, RECORDS)
    ingest_paths([export], store, geotagger=douma_tagger)
    records = {
        "edit one": RECORDS[:2] + [EDITED] + RECORDS[3:],
        "insert at the top": [NEW, *RECORDS],
        "delete one": RECORDS[:2] + RECORDS[3:],
        "reverse": RECORDS[::-1],
        "edit one, append one": RECORDS[:2] + [EDITED] + RECORDS[3:] + [NEW],
    }[edit]
    write_export(export, records)
    report = ingest_paths([export], store, geotagger=douma_tagger)
    assert (report.stored, report.unchanged, report.replaced, report.removed) == counts
    assert report.skipped == []
    stored = {r.path: store.article(r.id) for r in store.article_rows()}
    first = FIRST_LINE[suffix]
    assert {p: (a.title, a.body) for p, a in stored.items()} == {
        f"{export}:{first + i}": (r["title"], r["text"]) for i, r in enumerate(records)
    }
    assert len(store.place_rows()) == len(records)  # no places left of a forgotten version


def test_an_export_with_a_problem_keeps_everything_stored_from_it(tmp_path, store):
    export = tmp_path / "feed.jsonl"
    write_export(export, RECORDS)
    ingest_paths([export], store, geotagger=no_geotagger)
    write_export(export, RECORDS[:2] + [EDITED] + RECORDS[3:])
    with export.open("a", encoding="utf-8") as f:
        f.write('{"title": "rusak", "text": \n')  # a broken line: the file was not read whole
    report = ingest_paths([export], store, geotagger=no_geotagger)
    assert [(Path(w).name, why.split(":")[0]) for w, why in report.skipped] == [
        ("feed.jsonl:6", "malformed JSON line")
    ]
    assert (report.stored, report.replaced, report.removed) == (1, 0, 0)
    titles = sorted(store.article(r.id).body[-15:] for r in store.article_rows())
    assert len(titles) == 6 and any(t.endswith("diperbarui.") for t in titles)


def test_an_export_whose_batch_was_not_saved_keeps_its_old_versions(tmp_path, store, monkeypatch):
    export = tmp_path / "feed.jsonl"
    write_export(export, RECORDS)
    ingest_paths([export], store, geotagger=no_geotagger)
    write_export(export, RECORDS[:2] + [EDITED] + RECORDS[3:])
    real_save = store.save

    def failing_second_batch(items, **options):
        if any(a.title == "Berita 2" for a, _ in items):
            raise StoreError("disk full")
        return real_save(items, **options)

    monkeypatch.setattr(store, "save", failing_second_batch)
    report = ingest_paths([export], store, geotagger=no_geotagger, batch_size=2)
    assert [Path(w).name for w, _ in report.skipped] == ["feed.jsonl:3"]  # the bad row only
    # the edited record could not be saved: its old version is all there is, and it stays
    assert store_titles(store) == [f"Berita {i}" for i in range(5)] and report.removed == 0


def test_content_in_two_files_stays_while_one_of_them_holds_it(tmp_path, store):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_export(a, RECORDS[:2])
    write_export(b, RECORDS[1:3])  # Berita 1 is in both
    ingest_paths([a, b], store, geotagger=no_geotagger)
    write_export(a, [RECORDS[0]])  # Berita 1 leaves a.jsonl: b.jsonl still holds it
    report = ingest_paths([a], store, geotagger=no_geotagger)
    assert (report.unchanged, report.removed) == (1, 0)
    paths = {r.title: r.path for r in store.article_rows()}
    assert paths == {"Berita 0": f"{a}:1", "Berita 1": f"{b}:1", "Berita 2": f"{b}:2"}
    write_export(b, [RECORDS[2]])  # and now b.jsonl lets it go too
    report = ingest_paths([b], store, geotagger=no_geotagger)
    assert report.removed == 1 and sorted(paths) == sorted([*store_titles(store), "Berita 1"])


def store_titles(store: Store) -> list[str]:
    return sorted(r.title for r in store.article_rows())


def test_an_uploaded_export_only_adds(store):
    # two uploads of the same name may be two different files: never forget the first one's
    data = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    ingest_upload("export.jsonl", data, store, geotagger=no_geotagger)
    data = "".join(json.dumps(r) + "\n" for r in RECORDS[2:]).encode()
    report = ingest_upload("export.jsonl", data, store, geotagger=no_geotagger)
    assert (report.stored, report.removed) == (3, 0) and store.count() == 5


# --- one file, however its path is written -----------------------------------------------------


def test_a_file_named_three_ways_is_one_file(tmp_path, store, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    seed = sorted((tmp_path / "seeds").iterdir())[0]
    ingest_paths([Path("seeds")], store, geotagger=no_geotagger)
    for spelling in (Path(f"./seeds/{seed.name}"), seed, Path(f"seeds/../seeds/{seed.name}")):
        again = ingest_paths([spelling], store, geotagger=no_geotagger)
        assert (again.read, again.unchanged) == (1, 1), spelling
    seed.write_text("Judul baru\n" + seed.read_text(encoding="utf-8").lstrip(), encoding="utf-8")
    edited = ingest_paths([Path(f"./seeds/{seed.name}")], store, geotagger=no_geotagger)
    assert (edited.stored, edited.replaced) == (0, 1)
    assert sorted(r.path for r in store.article_rows()) == sorted(
        str(p) for p in (tmp_path / "seeds").iterdir()
    )


def test_the_summary_shows_paths_relative_to_the_current_folder(tmp_path, store, monkeypatch):
    root = make_mixed_folder(tmp_path / "in")
    monkeypatch.chdir(root)
    report = ingest_paths([Path("bad"), tmp_path / "in" / "exports"], store, geotagger=no_geotagger)
    lines = report.lines()
    assert "skipped bad/empty.txt: empty file" in lines
    assert any(line.startswith("skipped exports/feed.jsonl:2: malformed JSON") for line in lines)
    assert "warning exports/windows.txt: not UTF-8 (byte 6); decoded as cp1252" in lines
    # stored paths stay absolute: a path is found again from any current folder
    assert all(Path(r.path).is_absolute() for r in store.article_rows())
