"""Ingest: a folder of good and bad files, batches, replacement, and crashes part-way."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from dashboard import ingest as ingest_module
from dashboard.articles import MAX_BYTES
from dashboard.errors import StoreError
from dashboard.ingest import IngestReport, ingest_paths, ingest_upload, no_geotagger
from dashboard.model import Article, Geotag, Mention, Place, TaggedPlace
from dashboard.store import Store

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
    """Good files (seeds, JSON Lines, CSV, cp1252) beside every kind of bad one."""
    shutil.copytree(SEEDS, root / "seeds")
    exports = root / "exports"
    exports.mkdir()
    (exports / "feed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"title": "Satu", "text": BODY}),
                '{"title": "Dua", "text": "tanpa penutup',
                json.dumps({"title": "Tiga", "text": BODY + " Tiga."}),
            ]
        ),
        encoding="utf-8",
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
def store(tmp_path) -> Store:
    return Store(str(tmp_path / "store.sqlite"))


def test_a_mixed_folder_stores_every_good_article_and_reports_every_bad_input(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    report = ingest_paths([root], store, geotagger=douma_tagger)
    skipped = [(where.removeprefix(f"{root}/"), why) for where, why in report.skipped]
    expected = [
        ("bad/broken.json:2", "malformed JSON: "),
        ("bad/empty.txt", "empty file"),
        ("bad/huge.txt", "file too large (10,485,761 bytes"),
        ("bad/photo.txt", "binary file, not text"),
        ("exports/feed.jsonl:2", "malformed JSON line: "),
        ("exports/table.csv:3", "CSV row has 3 fields, the header has 2"),
    ]
    assert [where for where, _ in skipped] == [where for where, _ in expected]
    for (_, why), (_, start) in zip(skipped, expected, strict=True):
        assert why.startswith(start)
    stored = sorted(Path(r["path"]).relative_to(root).as_posix() for r in store.article_rows())
    assert stored == [
        "bad/hostile.txt",
        "exports/feed.jsonl:1",
        "exports/feed.jsonl:3",
        "exports/table.csv:2",
        "exports/windows.txt",
        "seeds/000_1c1b4390ddce87f2.txt",
        "seeds/003_0b1346240def0ec8.txt",
    ]
    assert (report.read, report.stored, report.unchanged, report.replaced) == (7, 7, 0, 0)
    assert [(Path(w).name, "cp1252" in m) for w, m in report.warnings] == [("windows.txt", True)]


def test_hostile_text_is_stored_verbatim_for_the_page_to_escape(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    ingest_paths([root / "bad" / "hostile.txt"], store, geotagger=no_geotagger)
    (row,) = store.article_rows()
    assert row["title"] == "<script>alert('x')</script> Judul"
    assert "${alert(2)}" in store.article(row["id"]).body


def test_ingesting_again_changes_nothing(tmp_path, store):
    root = make_mixed_folder(tmp_path / "in")
    ingest_paths([root], store, geotagger=douma_tagger)
    before = store.article_rows(), store.place_rows()
    again = ingest_paths([root], store, geotagger=douma_tagger)
    assert (again.read, again.stored, again.unchanged, again.replaced) == (7, 0, 7, 0)
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
    assert store.article(row["id"]).body.endswith("Diperbarui.")
    assert [r["article_id"] for r in store.place_rows()] == [row["id"]]


def test_geotags_are_stored_with_the_articles(tmp_path, store):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    ingest_paths([tmp_path], store, geotagger=douma_tagger)
    (place,) = store.place_rows()
    assert (place["place_id"], place["is_focus"], place["n_mentions"]) == ("gn:170592", True, 1)


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
    assert sorted(r["title"] for r in store.article_rows()) == [
        "Judul 0",
        "Judul 1",
        "Judul 2",
        "Judul 3",
    ]
    assert len(store.place_rows()) == 4


def test_a_failed_batch_is_reported_and_the_next_batches_still_saved(tmp_path, store, monkeypatch):
    real_save, calls = store.save, []

    def flaky_save(items):
        calls.append(len(items))
        if len(calls) == 2:
            raise StoreError("database is locked")
        return real_save(items)

    monkeypatch.setattr(store, "save", flaky_save)
    report = ingest_paths(
        [_folder_of(tmp_path / "in", 5)], store, geotagger=no_geotagger, batch_size=2
    )
    assert calls == [2, 2, 1]
    assert [(Path(w).name, r) for w, r in report.skipped] == [
        ("02.txt", "not saved: database is locked"),
        ("03.txt", "not saved: database is locked"),
    ]
    assert sorted(r["title"] for r in store.article_rows()) == ["Judul 0", "Judul 1", "Judul 4"]


def test_a_geotagger_error_stores_the_article_without_places(tmp_path, store):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")

    def broken(article):
        raise ValueError("bad span")

    report = ingest_paths([tmp_path], store, geotagger=broken)
    assert report.stored == 1 and store.place_rows() == []
    ((where, message),) = report.warnings
    assert where.endswith("a.txt") and "ValueError: bad span" in message


def test_without_geoparse_the_default_stores_articles_and_says_why(tmp_path, store, monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "dashboard.geoparse", None)  # ImportError
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}", encoding="utf-8")
    report = ingest_paths([tmp_path], store)
    assert report.stored == 1
    assert report.warnings[0][0] == "geotagger" and "geotagging is off" in report.warnings[0][1]


def test_the_default_geotagger_is_geoparse_over_the_gazetteer():
    tagger, why_not = ingest_module.default_geotagger()
    if why_not:
        pytest.skip(why_not)
    article = next(iter(ingest_module.read_paths([SEEDS])))
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


def test_report_lines_name_each_skipped_input():
    report = IngestReport(
        read=3,
        stored=2,
        unchanged=1,
        skipped=[("a.jsonl:4", "malformed")],
        warnings=[("b.txt", "decoded as cp1252")],
    )
    assert report.lines() == [
        "read 3 articles: 2 stored, 1 unchanged, 0 replaced; 1 skipped",
        "skipped a.jsonl:4: malformed",
        "warning b.txt: decoded as cp1252",
    ]
