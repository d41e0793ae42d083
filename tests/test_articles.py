"""Reading files and exports into Articles: formats, outlets, cited sources, ids, bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from dashboard.errors import ArticleReadError
from dashboard.model import Article
from dashboard.text.decoding import HEAD_BYTES
from dashboard.text.outlets import cited_sources, outlet_from_dateline, outlet_from_url
from dashboard.text.read import (
    MAX_BYTES,
    article_id,
    make_article,
    read_bytes,
    read_paths,
    read_stream,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "DAMASKUS - Pasukan pemerintah merebut kota Douma pada Senin (27/05/2019) setelah serangan."


def _read(paths) -> tuple[list[Article], list[ArticleReadError]]:
    items = list(read_paths(paths))
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, ArticleReadError)],
    )


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, errors = _read([SEEDS])
    assert errors == []
    return {Path(a.path).name[:3]: a for a in articles}


# --- the bundled seeds -------------------------------------------------------------------------


@pytest.mark.integration
@pytest.mark.parametrize(
    ("seed", "title", "outlet", "cited", "published", "method"),
    [
        (
            "000",
            "Langka, Pemerintah dan Pemberontak Suriah Bersatu Lawan ISIS",
            None,
            ("Sputnik",),
            dt.date(2017, 2, 8),
            "inferred",
        ),
        (
            "003",
            "Para Pemimpin Faksi Islamis Suriah Sepakat Bentuk Koordinasi Militer",
            "Kiblat.net",
            ("Arabi21.com",),
            dt.date(2019, 5, 27),
            "explicit",
        ),
    ],
)
def test_seed_is_read_with_title_outlet_sources_and_date(
    seeds, seed, title, outlet, cited, published, method
):
    a = seeds[seed]
    assert (a.title, a.outlet, a.cited_sources) == (title, outlet, cited)
    assert (a.published.date, a.published.method) == (published, method)


@pytest.mark.integration
def test_the_date_span_points_at_its_words_in_article_text(seeds):
    guess = seeds["000"].published
    start, end = guess.span
    assert seeds["000"].text[start:end] == "Rabu (8/2)"


@pytest.mark.integration
def test_seed_003_keeps_its_credits_as_metadata(seeds):
    assert seeds["003"].credits == ("Sumber: Arabi21.com", "Redaktur: Sulhi El-Izzi")
    assert "Sumber: Arabi21.com" not in seeds["003"].body


@pytest.mark.integration
def test_seed_event_dates_resolve_against_the_publication_date(seeds):
    events = {e.surface: e.date for e in seeds["003"].event_dates}
    assert events["Ahad malam"] == dt.date(2019, 5, 26)  # the Sunday before Monday 27 May
    events = {e.surface: e.date for e in seeds["000"].event_dates}
    assert events["Senin lalu"] == dt.date(2017, 2, 6)  # the Monday before Wednesday 8 Feb


# --- ids ---------------------------------------------------------------------------------------


@pytest.mark.unit
def test_the_id_depends_on_content_not_on_path():
    a = make_article(title="Judul", raw_body=BODY, path="a.txt")
    b = make_article(title="Judul", raw_body=BODY + "\n\n", path="elsewhere/b.txt")
    c = make_article(title="Judul", raw_body=BODY + " Lagi.", path="a.txt")
    assert a.id == b.id != c.id
    assert a.id == article_id(a.title, a.body) and len(a.id) == 16


@pytest.mark.unit
def test_boilerplate_does_not_change_the_id():
    # the same story scraped with or without a widget and footer is the same article
    plain = make_article(title="Judul", raw_body=BODY, path="a.txt")
    noisy = make_article(title="Judul", raw_body=f"A\nA\nA\n{BODY}\n(esn)", path="b.txt")
    assert plain.id == noisy.id


# --- outlet and cited sources ------------------------------------------------------------------


@pytest.mark.unit
@pytest.mark.parametrize(
    ("first_paragraph", "outlet"),
    [
        ("KIBLAT.NET, Idlib – Petinggi faksi oposisi", "Kiblat.net"),
        ("REPUBLIKA.CO.ID, BEIRUT -- Televisi pemerintah", "Republika"),
        ("DAMASKUS, SATUHARAPAN.COM - Tentara Suriah", "Satuharapan.com"),
        ("DAMASKUS (Arrahmah.id) – Sebuah ledakan", "Arrahmah"),
        ("Jakarta, CNN Indonesia", "CNN Indonesia"),
        ("KOMPAS.com - Koalisi pimpinan", "Kompas.com"),
        ("Rita Uli Hutapea - detikNews", "detikNews"),
        ("ALEPPO, NEWSBARU.ID - Serangan", "NEWSBARU.ID"),  # unknown outlets kept as written
        ("DAMASKUS - Pemberontak dan pemerintah", None),  # a place-only dateline names no outlet
        ("Menurut Arabi21.com - yang dikutip", None),  # a cited site mid-sentence is not a dateline
        # "City, Outlet -" with an outlet named by an acronym and a word
        ("Jakarta, IDN Times - Ribuan warga kembali", "IDN Times"),
        ("Surabaya, WARTA Kita - Relawan berangkat", "WARTA Kita"),  # unknown brand, as written
        ("ALEPPO, SURIAH – Pasukan maju", None),  # "City, Country" is a place, not an outlet
        ("AMMAN, Yordania (AP) - Raja bertemu", None),  # a wire agency is cited, not the outlet
        # a domain byline followed by its date
        ("Beritaku.com (25/5/2018)- Pasukan pemerintah", "Beritaku.com"),
        ("Beritaku.com 2023-02-06 14:01:44", "Beritaku.com"),
        # a listed outlet's name (no domain) in the dateline's brackets, or after a city and
        # its country, or opening the lead
        ("Homs (ANTARA News) - Warga mengungsi", "Antara"),
        ("Idlib, Suriah (ANTARA News) - Serangan udara", "Antara"),
        ("Homs (Reuters) - Warga mengungsi", None),  # a wire's name in brackets: not listed
        ("Daraa, Suriah, MINA – Warga mengungsi", "MINA"),
        ("Homs, Purna Warta – Serangan udara", "Purna Warta"),
        ("HARIAN DISWAY - Warga mengungsi", "Harian Disway"),
        ("kumparan - Warga mengungsi", "kumparan"),  # as a re-poster's page keeps its source
        ("Aleppo, Suriah, Desa Baru – Warga mengungsi", None),  # places only, no outlet
    ],
)
def test_outlet_comes_from_the_dateline(first_paragraph, outlet):
    assert outlet_from_dateline([first_paragraph]) == outlet


@pytest.mark.unit
@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.kiblat.net/2019/05/28/x/", "Kiblat.net"),
        ("https://internasional.kompas.com/read/2015/07/06/x", "Kompas.com"),
        ("https://example.org/a", "example.org"),
        ("https://story.merdeka.com/3000/x", "Merdeka.com"),  # a subdomain of a listed outlet
        ("https://beta.contohberita.co.id/x", "contohberita.co.id"),  # unknown: registered domain
        ("https://m.contohberita.com/amp/x", "contohberita.com"),
        # outlets whose name is not their domain (outlets.tsv)
        ("https://minanews.net/serangan-di-homs", "MINA"),
        ("https://harian.disway.id/read/1/x", "Harian Disway"),
        ("https://nationalgeographic.grid.id/read/1/x", "National Geographic Indonesia"),
        ("https://id.abna24.com/news/1/x", "ABNA"),
        (None, None),
    ],
)
def test_outlet_falls_back_to_the_url_host(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("kata Rudskoi, seperti dilansir Sputnik pada Rabu (8/2).", ("Sputnik",)),
        ("seperti dilansir Arabi21.com. Dalam gambar tersebut", ("Arabi21.com",)),
        ("laporan itu dilansir dari BBC dan Reuters pada Kamis", ("BBC", "Reuters")),
        ("ujar juru bicara itu, seperti dilansir kantor berita AFP, Selasa", ("AFP",)),
        ("kata Assad dalam pernyataan resmi, dikutip Reuters.", ("Reuters",)),
        ("Melansir dari CNN, pejabat setempat menyebut jumlah korban naik", ("CNN",)),
        ("kata dia kepada wartawan di Damaskus.", ()),
    ],
)
def test_cited_sources_are_found(text, sources):
    assert cited_sources(text) == sources


@pytest.mark.unit
def test_a_cited_source_is_never_the_outlet():
    a = make_article(
        title="Judul", raw_body="DAMASKUS - Serangan, seperti dilansir Sputnik.", path="a.txt"
    )
    assert a.outlet is None and a.cited_sources == ("Sputnik",)


@pytest.mark.unit
def test_metadata_outlet_wins_over_dateline_and_url():
    a = make_article(
        title="Judul",
        raw_body="KIBLAT.NET, Idlib – Petinggi faksi.",
        path="a.json",
        outlet="republika.co.id",
        url="https://tempo.co/x",
    )
    assert a.outlet == "Republika"


# --- formats -----------------------------------------------------------------------------------

TXT = f"\n\nJudul Berita Suriah\n\n{BODY}\n"


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "content", "paths"),
    [
        ("a.txt", TXT, ["a.txt"]),
        ("a.json", json.dumps({"title": "Judul Berita Suriah", "text": BODY}), ["a.json"]),
        (
            "a.json",
            json.dumps(
                [
                    {"judul": "Judul Berita Suriah", "isi": BODY},
                    {"Title": "Judul Kedua", "Content": BODY + " Lagi."},
                ]
            ),
            ["a.json:1", "a.json:2"],
        ),
        (
            "a.jsonl",
            "\n".join(json.dumps({"title": f"Judul {i}", "body": BODY}) for i in (1, 2)),
            ["a.jsonl:1", "a.jsonl:2"],
        ),
        ("a.csv", f'title,text,url\nJudul Berita Suriah,"{BODY}",https://x.id/a\n', ["a.csv:2"]),
    ],
    ids=["txt", "json-object", "json-list", "jsonl", "csv"],
)
def test_each_format_yields_articles_named_by_file_and_record(tmp_path, name, content, paths):
    (tmp_path / name).write_text(content, encoding="utf-8")
    articles, errors = _read([tmp_path])
    assert errors == []
    assert [Path(a.path).name for a in articles] == paths


@pytest.mark.integration
def test_export_fields_become_metadata(tmp_path):
    record = {
        "title": "Judul",
        "content": BODY,
        "link": "https://www.kiblat.net/x",
        "date": "2019-05-28T10:00:00+07:00",
        "source": "Kiblat.net",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record), encoding="utf-8")
    (article,), _ = _read([tmp_path / "a.jsonl"])
    assert (article.url, article.outlet) == ("https://www.kiblat.net/x", "Kiblat.net")
    assert (article.published.date, article.published.method) == (dt.date(2019, 5, 28), "metadata")


@pytest.mark.integration
def test_a_record_without_title_takes_its_first_line(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"text": f"Judul Di Sini\n{BODY}"}))
    (article,), _ = _read([tmp_path])
    assert (article.title, article.body) == ("Judul Di Sini", BODY)


@pytest.mark.integration
def test_folders_are_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    for rel in ("b/2.txt", "a/1.txt", "c.txt", ".hidden/3.txt", "notes.md", "a/.4.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"Judul {rel}\n{BODY} {rel}")
    articles, errors = _read([tmp_path])
    assert errors == []
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == [
        "a/1.txt",
        "b/2.txt",
        "c.txt",
    ]


@pytest.mark.integration
@pytest.mark.parametrize(
    "spelling",
    [
        "news",
        "./news/a.txt",
        "news/../news/a.txt",
        "{tmp}/news/a.txt",  # absolute
        "link",  # a symbolic link to the folder
        "link/a.txt",
    ],
)
def test_a_file_gets_one_canonical_path_however_it_is_named(tmp_path, monkeypatch, spelling):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(f"Judul\n{BODY}")
    (tmp_path / "link").symlink_to(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    (article,), _ = _read([Path(spelling.format(tmp=tmp_path))])
    assert article.path == str(tmp_path / "news" / "a.txt")


@pytest.mark.integration
def test_a_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(f"Judul\n{BODY}")
    articles, _ = _read([tmp_path, tmp_path / "a.txt", tmp_path / "." / "a.txt"])
    assert len(articles) == 1


@pytest.mark.unit
def test_html_and_script_in_text_are_kept_as_plain_text():
    # escaping is the page's job: reading must neither crash nor alter the words
    hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> ${alert(3)} `x`"
    a = make_article(title=f"Judul {hostile}", raw_body=f"{BODY}\n{hostile}", path="a.txt")
    assert hostile in a.title and hostile in a.body


# --- bad input ---------------------------------------------------------------------------------


def _big(tmp_path: Path) -> Path:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.write(b"Judul\n")
        f.truncate(MAX_BYTES + 1)
    return path


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "data", "line", "reason"),
    [
        ("empty.txt", b"", None, "empty file"),
        ("blank.txt", b" \n\t\n", None, "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary"),
        # 0x81 is undefined in cp1252 and invalid UTF-8: neither decoding is clean
        ("mixed.txt", b"Judul\n\x81\xff text", None, "not UTF-8"),
        ("title-only.txt", b"Judul saja\n", None, "only a title"),
        ("bad.json", b'{"title": "x",\n "text": }', 2, "malformed JSON"),
        ("list.json", b"[1]", 1, "expected a JSON object"),
        ("notext.json", b'{"title": "x", "url": "https://x"}', None, "no article text"),
        ("notes.pdf", b"%PDF-1.4", None, "unsupported file type"),
    ],
)
def test_a_bad_file_is_reported_with_file_and_reason(tmp_path, name, data, line, reason):
    (tmp_path / name).write_bytes(data)
    articles, errors = _read([tmp_path / name])
    assert articles == []
    (error,) = errors
    assert (Path(error.path).name, error.line) == (name, line)
    assert reason in error.reason


@pytest.mark.integration
def test_an_oversized_file_is_refused_without_reading_it(tmp_path):
    articles, (error,) = _read([_big(tmp_path)])
    assert articles == [] and "too large" in error.reason


@pytest.mark.integration
def test_a_missing_path_is_reported():
    articles, (error,) = _read([Path("/nonexistent/nowhere")])
    assert articles == [] and error.reason == "no such file or folder"


@pytest.mark.integration
def test_cp1252_text_is_decoded_with_a_warning(tmp_path):
    (tmp_path / "win.txt").write_bytes(f"Judul “Suriah”\n{BODY} café".encode("cp1252"))
    (article,), errors = _read([tmp_path])
    assert errors == []
    assert article.title == "Judul “Suriah”" and article.body.endswith("café")
    assert "cp1252" in article.warnings[0]


@pytest.mark.integration
def test_utf16_text_with_a_byte_order_mark_is_read(tmp_path):
    # Windows Notepad's "Unicode" encoding: NUL bytes everywhere, but text all the same
    (tmp_path / "notepad.txt").write_bytes(f"Judul Suriah\n{BODY}".encode("utf-16"))
    (article,), errors = _read([tmp_path])
    assert errors == [] and article.title == "Judul Suriah"
    assert article.warnings == ("decoded as UTF-16 (byte-order mark)",)


def test_a_malformed_jsonl_line_is_skipped_and_the_others_read(tmp_path):
    lines = [
        json.dumps({"title": "Satu", "text": BODY}),
        '{"title": "Dua", "text": ',
        "",
        json.dumps({"title": "Tiga", "text": BODY + " Tiga."}),
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(lines))
    articles, (error,) = _read([tmp_path])
    assert [a.title for a in articles] == ["Satu", "Tiga"]
    assert [Path(a.path).name for a in articles] == ["x.jsonl:1", "x.jsonl:4"]
    assert error.line == 2 and "malformed JSON line" in error.reason


@pytest.mark.integration
def test_a_bad_csv_row_is_skipped_and_the_others_read(tmp_path):
    rows = [
        "title,text",
        f'Satu,"{BODY}"',
        "Dua,teks,kolom lebih",
        f'Tiga,"{BODY} Tiga."',
        'Empat,""',
    ]
    (tmp_path / "x.csv").write_text("\n".join(rows) + "\n")
    articles, errors = _read([tmp_path])
    assert [a.title for a in articles] == ["Satu", "Tiga"]
    assert [(e.line, e.reason.split(" (")[0]) for e in errors] == [
        (3, "CSV row has 3 fields, the header has 2"),
        (5, "no article text"),
    ]


@pytest.mark.unit
def test_uploaded_bytes_are_read_like_a_file():
    (article,) = read_bytes("upload.txt", f"Judul\n{BODY}".encode())
    assert (article.path, article.title) == ("upload.txt", "Judul")


@pytest.mark.unit
def test_an_oversized_upload_is_refused():
    (error,) = read_bytes("big.txt", b"x" * (MAX_BYTES + 1))
    assert isinstance(error, ArticleReadError) and "too large" in error.reason


# --- big exports: streamed, one record at a time -----------------------------------------------

MB = 1024 * 1024


def _record(title: str, pad: int = 0) -> dict:
    # "raw_html" is an unused field, as scrapers add: it makes a record big without making the
    # article slow to clean and date
    return {"title": title, "text": f"{BODY} {title}.", "raw_html": "x" * pad}


def _jsonl(*recs: dict) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in recs)


def _csv(*recs: dict) -> bytes:
    rows = [f'"{r["title"]}","{r["text"]}","{r["raw_html"]}"' for r in recs]
    return ("title,text,raw_html\n" + "\n".join(rows) + "\n").encode()


def _json_list(*recs: dict) -> bytes:
    return json.dumps(list(recs), indent=1).encode()


BIG = [_record("Satu", 4 * MB), _record("Dua", 4 * MB), _record("Tiga", 4 * MB)]  # 12 MB in all
HUGE_SECOND = [_record("Satu"), _record("Dua", MAX_BYTES), _record("Tiga")]


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "data", "paths"),
    [
        ("big.jsonl", _jsonl(*BIG), ["big.jsonl:1", "big.jsonl:2", "big.jsonl:3"]),
        ("big.csv", _csv(*BIG), ["big.csv:2", "big.csv:3", "big.csv:4"]),
        ("big.json", _json_list(*BIG), ["big.json:1", "big.json:2", "big.json:3"]),
    ],
)
def test_an_export_over_10_mb_of_articles_under_10_mb_is_read_whole(tmp_path, name, data, paths):
    assert len(data) > MAX_BYTES
    (tmp_path / name).write_bytes(data)
    articles, errors = _read([tmp_path / name])
    assert errors == []
    assert [(Path(a.path).name, a.title) for a in articles] == list(
        zip(paths, ["Satu", "Dua", "Tiga"], strict=True)
    )


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "data", "paths", "line"),
    [
        ("huge.jsonl", _jsonl(*HUGE_SECOND), ["huge.jsonl:1", "huge.jsonl:3"], 2),
        ("huge.csv", _csv(*HUGE_SECOND), ["huge.csv:2", "huge.csv:4"], 3),
        # in a .json list, the "line" of a record is its place in the list
        ("huge.json", _json_list(*HUGE_SECOND), ["huge.json:1", "huge.json:3"], 2),
    ],
)
def test_a_record_over_10_mb_is_skipped_and_the_records_after_it_read(
    tmp_path, name, data, paths, line
):
    (tmp_path / name).write_bytes(data)
    articles, (error,) = _read([tmp_path / name])
    assert [Path(a.path).name for a in articles] == paths
    assert (Path(error.path).name, error.line) == (name, line)
    assert error.reason.startswith("record too large (10,485,")
    assert error.reason.endswith("the limit for one article is 10,485,760)")


@pytest.mark.integration
def test_a_csv_record_spanning_lines_is_skipped_to_its_end_when_too_large(tmp_path):
    # the oversized field holds newlines: the next record starts after its closing quote
    big = "baris\n" * (MAX_BYTES // 6 + 1)
    data = f'title,text\nSatu,"{BODY}"\nDua,"{big}"\nTiga,"{BODY} Tiga.\nBaris kedua."\n'
    (tmp_path / "x.csv").write_text(data)
    articles, (error,) = _read([tmp_path / "x.csv"])
    last = 3 + big.count("\n")
    assert [(Path(a.path).name, a.title) for a in articles] == [
        ("x.csv:2", "Satu"),
        (f"x.csv:{last + 1}", "Tiga"),
    ]
    assert error.line == 3 and error.reason.endswith(f"(lines 3–{last} skipped)")


@pytest.mark.integration
@pytest.mark.parametrize(
    ("rows", "titles", "errors"),
    [
        # a quote in the middle of a quoted field: that row only
        (['Dua,"kata "kutipan" lagi"', 'Tiga,"teks"'], ["Satu", "Tiga"], [(3, "',' expected")]),
        # a quote never closed: everything after it is one field, and the reason says so
        (['Dua,"tanpa penutup', 'Tiga,"teks"'], ["Satu"], [(3, "(lines 3–4 skipped)")]),
    ],
)
def test_a_malformed_csv_row_is_skipped_and_reading_goes_on_where_it_can(
    tmp_path, rows, titles, errors
):
    (tmp_path / "x.csv").write_text("\n".join(["title,text", f'Satu,"{BODY}"', *rows]) + "\n")
    articles, found = _read([tmp_path / "x.csv"])
    assert [a.title for a in articles] == titles
    assert [e.line for e in found] == [line for line, _ in errors]
    for error, (_, part) in zip(found, errors, strict=True):
        assert error.reason.startswith("malformed CSV") and part in error.reason


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "size", "reason"),
    [
        ("big.txt", MAX_BYTES + 1, "the limit for a .txt file is 10,485,760"),
        ("big.json", 200 * MB + 1, "the limit for a .json file is 209,715,200"),
        ("big.jsonl", 2048 * MB + 1, "the limit for a .jsonl file is 2,147,483,648"),
        ("big.csv", 2048 * MB + 1, "the limit for a .csv file is 2,147,483,648"),
    ],
)
def test_a_file_over_its_format_limit_is_refused_without_reading_it(tmp_path, name, size, reason):
    path = tmp_path / name
    with path.open("wb") as f:  # sparse: nothing is written, nothing needs reading
        f.truncate(size)
    articles, (error,) = _read([path])
    assert articles == [] and error.line is None
    assert error.reason == f"file too large ({size:,} bytes; {reason})"


class _StreamOnly(io.BytesIO):
    """A file that fails when read whole: reading must go by lines and small chunks."""

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and 0 <= size <= HEAD_BYTES, f"read({size}) reads too much"
        return super().read(size)

    def readline(self, size: int | None = -1) -> bytes:
        assert size is not None and 0 <= size <= MAX_BYTES + 1, f"readline({size}) is unbounded"
        return super().readline(size)


@pytest.mark.unit
@pytest.mark.parametrize("name", ["feed.jsonl", "feed.csv"])
def test_exports_are_read_line_by_line_and_articles_come_out_as_they_are_read(name):
    recs = [_record(f"Judul {i}", 100_000) for i in range(20)]
    data = (_jsonl if name.endswith("jsonl") else _csv)(*recs)
    stream = _StreamOnly(data)
    items = read_stream(name, stream, len(data))
    first = next(items)
    assert first.title == "Judul 0" and stream.tell() < len(data) / 4
    assert [a.title for a in items] == [f"Judul {i}" for i in range(1, 20)]


DUA = b'{"title": "Dua", "text": "%s"}'


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "lines", "titles", "warned", "errors"),
    [
        # one line written by a Windows tool: that article is decoded as cp1252 and says so
        (
            "x.jsonl",
            [b'{"title": "Satu", "text": "%s"}', DUA.replace(b"Dua", b"Dua \x93")],
            ["Satu", "Dua “"],
            ["Dua “"],
            [],
        ),
        # 0x81 is neither UTF-8 nor cp1252: that line only is skipped
        (
            "x.jsonl",
            [b'{"title": "Satu \x81\xff", "text": "%s"}', DUA],
            ["Dua"],
            [],
            [(1, "not UTF-8")],
        ),
        (
            "x.csv",
            [b"title,text", b'Satu \x93,"%s"', b'Dua \x81\xff,"%s"', b'Tiga,"%s"'],
            ["Satu “", "Tiga"],
            ["Satu “"],
            [(3, "not UTF-8")],
        ),
        # a UTF-8 byte-order mark (Excel's "CSV UTF-8") is not part of the first field name
        ("x.csv", [b"\xef\xbb\xbftitle,text", b'Satu,"%s"'], ["Satu"], [], []),
    ],
)
def test_each_line_of_an_export_is_decoded_on_its_own(
    tmp_path, name, lines, titles, warned, errors
):
    body = BODY.encode()
    (tmp_path / name).write_bytes(b"\n".join(li.replace(b"%s", body) for li in lines) + b"\n")
    articles, found = _read([tmp_path / name])
    assert [a.title for a in articles] == titles
    assert [a.title for a in articles if any("cp1252" in w for w in a.warnings)] == warned
    assert [(e.line, e.reason.split(" (")[0]) for e in found] == errors


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 100, "binary file, not text"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.csv", b"\n \n", "empty file"),
        ("blank-lines.jsonl", b"\n" * (HEAD_BYTES + 10), "empty file"),  # blank beyond the head
    ],
)
def test_a_bad_export_is_reported_once_for_the_whole_file(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    articles, (error,) = _read([tmp_path / name])
    assert articles == [] and (error.line, error.reason) == (None, reason)


@pytest.mark.integration
def test_a_utf16_export_is_read_with_a_warning(tmp_path):
    text = _jsonl(_record("Satu"), _record("Dua")).decode()
    (tmp_path / "x.jsonl").write_bytes(text.encode("utf-16"))
    articles, errors = _read([tmp_path])
    assert errors == [] and [a.title for a in articles] == ["Satu", "Dua"]
    assert all(a.warnings == ("decoded as UTF-16 (byte-order mark)",) for a in articles)


@pytest.mark.unit
def test_an_uploaded_export_over_10_mb_is_read():
    data = _jsonl(*BIG)
    assert [a.path for a in read_bytes("upload.jsonl", data)] == [
        "upload.jsonl:1",
        "upload.jsonl:2",
        "upload.jsonl:3",
    ]


@pytest.mark.parametrize(
    ("data", "utf8", "expected"),
    [
        ("Ḥamāh".encode(), "utf-8", ("Ḥamāh", None)),
        (b"\xef\xbb\xbfHoms", "utf-8-sig", ("Homs", None)),  # a whole file drops its BOM
        (b"Caf\xe9 \x93Idlib\x94", "utf-8", ("Café “Idlib”", 3)),  # cp1252, first bad byte 3
    ],
)
def test_one_utf8_else_cp1252_fallback_for_files_and_lines(data, utf8, expected):
    from dashboard.text.decoding import decode, decode_line, utf8_or_cp1252

    assert utf8_or_cp1252(data, utf8) == expected
    text, bad = expected
    assert decode_line(data)[0].lstrip("\ufeff") == text
    assert decode("f.txt", data)[0] == text
    assert bool(decode("f.txt", data)[1]) == (bad is not None)


def test_bytes_neither_utf8_nor_cp1252_name_the_offset():
    from dashboard.text.decoding import utf8_or_cp1252

    with pytest.raises(ValueError) as raised:
        utf8_or_cp1252(b"ab\x81cd")
    assert raised.value.args == (2,)
