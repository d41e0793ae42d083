"""A persistent key → JSON cache in the store, for the optional online geocoder's answers.

Implements the ``get(key, default)`` / ``set(key, value)`` protocol of
:class:`dashboard.geo.geocoder.FallbackCache`; ``None`` is a real value ("asked, nothing found").
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from dashboard.store.engine import writing
from dashboard.store.schema import geocode_cache as table


class GeocodeCache:
    """``get``/``set`` over the store's ``geocode_cache`` table, one short transaction each."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def get(self, key: str, default: Any = None) -> Any:
        with self._engine.connect() as conn:
            value = conn.execute(select(table.c.value).where(table.c.key == key)).scalar()
        return default if value is None else json.loads(value)

    def set(self, key: str, value: Any) -> None:
        row = {
            "value": json.dumps(value, ensure_ascii=False),
            "updated_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        }
        with writing(self._engine) as conn:
            done = conn.execute(update(table).where(table.c.key == key).values(**row)).rowcount
            if not done:
                conn.execute(insert(table).values(key=key, **row))
