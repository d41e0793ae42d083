"""The synthetic timing corpus: deterministic, plainly fake, dated 2011–2025, readable by ingest."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import synthetic_corpus as sc  # noqa: E402

# A tiny made-up world, so the unit tests do not depend on the built gazetteer.
POOL = sc.NamePool.build(["Kafr Testa", "Tall Contoh", "Ayn Uji"], [5.0, 1.0, 1.0])
DATE_IN_TEXT = re.compile(
    r"\((\d{1,2})/(\d{1,2})/(\d{4})\)|, (\d{1,2}) ([A-Z][a-z]+) (\d{4})"
    r"|, (\d{2})/(\d{2})/(\d{4}) \d{2}:\d{2} WIB"
)


def _written_date(body: str) -> dt.date:
    """The date the lead paragraph states, parsed independently of the generator's formatter."""
    match = DATE_IN_TEXT.search(body)
    assert match, body[:200]
    g = match.groups()
    if g[0]:
        return dt.date(int(g[2]), int(g[1]), int(g[0]))
    if g[3]:
        return dt.date(int(g[5]), sc.MONTHS.index(g[4]) + 1, int(g[3]))
    return dt.date(int(g[8]), int(g[7]), int(g[6]))


@pytest.mark.unit
@pytest.mark.parametrize(
    ("day", "style", "expected"),
    [
        (dt.date(2019, 5, 27), 0, "Senin (27/05/2019)"),
        (dt.date(2019, 5, 27), 1, "Senin, 27 Mei 2019"),
        (dt.date(2017, 2, 8), 2, "Rabu (8/2/2017)"),
        # Sunday is "Minggu" (not "Ahad") in the generated text; Python's weekday() starts Monday.
        (dt.date(2011, 3, 13), 1, "Minggu, 13 Maret 2011"),
        (dt.date(2024, 2, 29), 3, "Kamis, 29/02/2024 10:21 WIB"),  # leap day
    ],
)
def test_dates_are_written_in_indonesian_forms_with_the_right_weekday(day, style, expected):
    assert sc.indonesian_date(day, style) == expected


@pytest.mark.unit
def test_the_same_seed_gives_the_same_corpus():
    assert list(sc.generate(50, seed=7, pool=POOL)) == list(sc.generate(50, seed=7, pool=POOL))


@pytest.mark.unit
def test_a_different_seed_gives_a_different_corpus():
    assert list(sc.generate(50, seed=7, pool=POOL)) != list(sc.generate(50, seed=8, pool=POOL))


@pytest.mark.unit
@pytest.mark.parametrize("n", [0, 1, 37])  # 0: an empty corpus is valid, not an error
def test_exactly_n_articles_are_generated(n):
    assert len(list(sc.generate(n, seed=1, pool=POOL))) == n


@pytest.mark.unit
def test_every_article_is_plainly_marked_synthetic():
    for article in sc.generate(300, seed=3, pool=POOL):
        assert article["title"].startswith("[SINTETIS] ")
        assert article["outlet"] == "Synthetic"
        assert article["url"].startswith("https://synthetic.invalid/")
        assert article["body"].endswith(sc.SYNTHETIC_NOTE)


@pytest.mark.unit
def test_dates_spread_over_every_year_from_2011_to_2025():
    days = [_written_date(a["body"]) for a in sc.generate(2000, seed=0, pool=POOL)]
    assert {d.year for d in days} == set(range(2011, 2026))


@pytest.mark.unit
def test_metadata_dates_agree_with_the_date_in_the_text():
    # An export whose metadata contradicted its own dateline would time the wrong code path.
    with_metadata = [a for a in sc.generate(400, seed=5, pool=POOL) if "published" in a]
    assert with_metadata, "some articles should carry a metadata date"
    for article in with_metadata:
        assert article["published"] == _written_date(article["body"]).isoformat()


@pytest.mark.unit
def test_the_dateline_is_the_lead_place_in_capitals():
    for article in sc.generate(100, seed=2, pool=POOL):
        dateline = article["body"].split(" - ", 1)[0]
        assert dateline in {"KAFR TESTA", "TALL CONTOH", "AYN UJI"}
        assert dateline.title() in article["body"]


@pytest.mark.unit
def test_bigger_weights_are_named_more_often():
    leads = [a["body"].split(" - ", 1)[0] for a in sc.generate(700, seed=4, pool=POOL)]
    assert leads.count("KAFR TESTA") > 2 * leads.count("TALL CONTOH")


@pytest.mark.unit
def test_foreign_places_appear_in_the_corpus():
    text = " ".join(a["body"] for a in sc.generate(200, seed=6, pool=POOL))
    assert sum(name in text for name in sc.FOREIGN) >= len(sc.FOREIGN) // 2


@pytest.mark.unit
@pytest.mark.parametrize(
    ("n", "out", "expected_lines"),
    [
        (5, "one.jsonl", [5]),
        (2500, "shards", [1000, 1000, 500]),  # a folder gets 1,000-article shards
        (1000, "exact", [1000]),  # no empty trailing shard
    ],
)
def test_write_corpus_writes_a_file_or_shards(tmp_path, n, out, expected_lines):
    files = sc.write_corpus(sc.generate(n, seed=0, pool=POOL), tmp_path / out)
    assert [len(f.read_text(encoding="utf-8").splitlines()) for f in files] == expected_lines
    first = json.loads(files[0].read_text(encoding="utf-8").splitlines()[0])
    assert first == next(sc.generate(1, seed=0, pool=POOL))


@pytest.mark.integration
def test_the_command_line_writes_the_requested_number_of_articles(tmp_path):
    out = tmp_path / "corpus.jsonl"
    assert sc.main(["--n", "25", "--out", str(out), "--seed", "9"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 25
    assert all(r["outlet"] == "Synthetic" for r in rows)


@pytest.mark.integration
def test_the_default_name_pool_holds_thousands_of_syrian_places():
    pool = sc.load_name_pool()
    assert len(pool.names) > 1000
    assert len(pool.cum_weights) == len(pool.names)


@pytest.mark.integration
def test_the_project_reader_reads_every_synthetic_article_and_its_date(tmp_path):
    articles = pytest.importorskip("dashboard.text.read")
    out = tmp_path / "corpus.jsonl"
    expected = list(sc.generate(60, seed=11, pool=POOL))
    sc.write_corpus(expected, out)
    read = list(articles.read_paths([out]))
    assert [type(a).__name__ for a in read] == ["Article"] * len(expected)
    for row, article in zip(expected, read, strict=True):
        assert article.outlet == "Synthetic"
        assert article.published.date == _written_date(row["body"])
