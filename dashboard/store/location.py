"""Where the store is, said without its password.

The store is a SQLite file or a SQLAlchemy URL. A URL may carry a password: it is never printed
(:func:`redact_url`, :func:`scrub`), and it need not be typed on a command line, where every local
user sees it in ``ps``: ``SYRIA_NEWS_DB`` (the URL itself) or ``SYRIA_NEWS_DB_FILE`` (a file whose
first line is the URL, e.g. readable by its owner only) name the store instead of ``--db``.
"""

from __future__ import annotations

import os
import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DB = "data/syria-news.sqlite"
_USERINFO = re.compile(r"(://[^/:@\s]*):[^@/\s]*@")


def is_database_url(db: str) -> bool:
    """Is ``db`` a SQLAlchemy URL (``postgresql://…``, ``sqlite:///…``) rather than a file path?"""
    return "://" in str(db)


def configured_db(default: str = DEFAULT_DB) -> str:
    """``SYRIA_NEWS_DB``, else the first line of the file ``SYRIA_NEWS_DB_FILE``, else
    ``default``."""
    if os.environ.get("SYRIA_NEWS_DB"):
        return os.environ["SYRIA_NEWS_DB"]
    path = os.environ.get("SYRIA_NEWS_DB_FILE")
    if path:
        with open(path, encoding="utf-8") as f:
            return f.readline().strip() or default
    return default


def has_password(db: str) -> bool:
    return is_database_url(db) and _password(db) is not None


def _password(db: str) -> str | None:
    try:
        return make_url(db).password
    except (ArgumentError, ValueError):
        found = _USERINFO.search(db)
        return found.group(0).rsplit(":", 1)[1][:-1] if found else None


def redact_url(db: str) -> str:
    """``db`` as it may be shown: a URL's password as ``***``."""
    if not is_database_url(db):
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return _USERINFO.sub(r"\1:***@", db)


def scrub(message: str, db: str) -> str:
    """``message`` with the password of ``db`` (and any URL's userinfo password) hidden."""
    password = _password(db) if is_database_url(db) else None
    if password:
        message = message.replace(password, "***")
    return _USERINFO.sub(r"\1:***@", message)
