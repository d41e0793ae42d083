"""Reading files and exports into Articles: formats, outlets, cited sources, ids, bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dashboard.articles import MAX_BYTES, article_id, make_article, read_bytes, read_paths
from dashboard.errors import ArticleReadError
from dashboard.model import Article
from dashboard.outlets import cited_sources, outlet_from_dateline, outlet_from_url

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
        ("dilansir dari BBC dan Reuters, Sabtu, 30 November", ("BBC", "Reuters")),
        ("menyatakan seperti dilansir kantor berita AFP, Jumat (8/6/2018)", ("AFP",)),
        ("kata Assad dalam pernyataan resmi, dikutip Reuters.", ("Reuters",)),
        ("Melansir dari CNN, Badan Manajemen Bencana Turki mengatakan", ("CNN",)),
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
