"""Full-text search of titles and bodies: FTS5 on SQLite, a 'simple' tsvector on PostgreSQL.

Both match the query's words as a phrase, in order, the last word as a prefix ("ghutah tim"
finds "Ghutah Timur"), ignoring case and diacritics ("halab" finds "Ḥalab"). The query is split
into words here and passed as data, so search syntax in user input is text, never an operator.

SQLite's FTS5 (``unicode61 remove_diacritics 2``) cuts and folds the words itself. PostgreSQL's
text parser would not cut them the same way (it keeps "27/05/2019", "14.05", URLs and e-mail
addresses whole, and keeps diacritics), so on PostgreSQL :func:`document` cuts and folds them in
Python, as FTS5 does, into ``articles.search_doc``; the GIN index is over that column's
'simple' tsvector. A SQLite built without FTS5 falls back to a substring match (``LIKE``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import func, literal_column, or_, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from dashboard.store import schema as s

_FTS5 = (
    "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
    "WHERE articles_fts MATCH :q"
)
#: The expression indexed by migration 0002 (the GIN index), written the same way.
_TSVECTOR: ColumnElement[Any] = literal_column("to_tsvector('simple'::regconfig, search_doc)")


def words(text: str) -> list[str]:
    """Runs of letters and digits, lower-cased and without diacritics, as FTS5's unicode61."""
    return [_fold(w) for w in re.findall(r"[^\W_]+", text)]


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def document(title: str, body: str) -> str:
    """What PostgreSQL indexes for an article: its words, folded, one space apart."""
    return " ".join(words(title or "") + words(body or ""))


def has_fts5(conn: Connection) -> bool:
    found = conn.execute(text("SELECT name FROM sqlite_master WHERE name = 'articles_fts'"))
    return found.first() is not None


def last_rowid(conn: Connection) -> int | None:
    """Before a batch of articles is inserted on SQLite with FTS5: the highest rowid stored (every
    article inserted after it gets a higher one); None where there is no FTS5 index to keep."""
    if conn.dialect.name != "sqlite" or not has_fts5(conn):
        return None
    return conn.execute(text("SELECT COALESCE(MAX(rowid), 0) FROM articles")).scalar_one()


def index_new(conn: Connection, after: int | None) -> None:
    """Index the articles inserted since :func:`last_rowid` gave ``after``, in one statement
    (since migration 0013; a trigger per row made FTS5 write a segment per article)."""
    if after is not None:
        conn.execute(text(_INDEX_NEW), {"after": after})


_INDEX_NEW = (
    "INSERT INTO articles_fts(rowid, title, body) "
    "SELECT rowid, title, body FROM articles WHERE rowid > :after"
)


def matching(conn: Connection, query: str, *, fts: bool = True) -> set[str]:
    """Ids of the articles whose title or body holds the query's words; all for no words."""
    found = words(query)
    if not found:
        return set(conn.execute(select(s.articles.c.id)).scalars())
    if conn.dialect.name == "postgresql":
        # 'w1' <-> 'w2':* — each word a quoted lexeme (words hold no quote), phrase, last a prefix
        tsquery = " <-> ".join(f"'{w}'" for w in found) + ":*"
        cond = _TSVECTOR.op("@@")(func.to_tsquery(literal_column("'simple'::regconfig"), tsquery))
        return set(conn.execute(select(s.articles.c.id).where(cond)).scalars())
    if fts:
        phrase = '"' + " ".join(found) + '"*'
        return set(conn.execute(text(_FTS5), {"q": phrase}).scalars())
    return _like(conn, query)


def _like(conn: Connection, query: str) -> set[str]:
    needle = query.strip().lower()
    pattern = "%" + re.sub(r"([%_\\])", r"\\\1", needle) + "%"
    cond = or_(
        func.lower(s.articles.c.title).like(pattern, escape="\\"),
        func.lower(s.articles.c.body).like(pattern, escape="\\"),
    )
    return set(conn.execute(select(s.articles.c.id).where(cond)).scalars())
