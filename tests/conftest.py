"""Fixtures shared by the suite: ``store_url``, one store per test on each backend, and
``browser``, Debian's Chromium under Playwright for one e2e module.

``store_url`` runs a test on SQLite (a file path) and on PostgreSQL (a fresh schema in a
throwaway cluster that this file starts once per session with ``initdb`` + ``pg_ctl`` in a
temporary folder, listening on 127.0.0.1 only). Without PostgreSQL's binaries the PostgreSQL cases
are skipped, unless ``REQUIRE_POSTGRES=1`` (set by ``.ci/run``): then they fail.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pgcluster
import pytest

_schemas = itertools.count()


@pytest.fixture(scope="session")
def pg_server():
    """The base URL of a throwaway PostgreSQL cluster, up for the whole session."""
    found = pgcluster.binaries()
    if found is None:
        message = "PostgreSQL is not installed (initdb/pg_ctl not found)"
        if os.environ.get("REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " and REQUIRE_POSTGRES=1")
        pytest.skip(message)
    cluster = pgcluster.Cluster(found)
    cluster.start()
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """Where a test's store lives: a SQLite file path, or a PostgreSQL URL (a new schema)."""
    if request.param == "sqlite":
        return str(tmp_path / "sub" / "news.sqlite")
    base = request.getfixturevalue("pg_server")
    return pgcluster.new_schema(base, f"t{next(_schemas)}_{os.getpid()}")


@pytest.fixture
def folium_map(monkeypatch):
    """``st_folium`` replaced by ``test_app.FakeFolium``, which records the maps."""
    from test_app import FakeFolium

    fake = FakeFolium()
    monkeypatch.setattr("streamlit_folium.st_folium", fake)
    return fake


@pytest.fixture(scope="module")  # closed with its module: another module may start Playwright
def browser() -> Iterator[object]:
    """Chromium for one e2e module (skips without it, unless ``REQUIRE_BROWSER=1``)."""
    from e2e_helpers import chromium_session

    yield from chromium_session()
