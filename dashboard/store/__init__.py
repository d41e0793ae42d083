"""Stage 4, store: articles, their places and mentions in SQLite or PostgreSQL via SQLAlchemy.

It keeps the values the pipeline hands it (:mod:`dashboard.model`) and reads nothing of the
gazetteer. Public: :class:`Store` (save a batch, read rows back), :class:`SaveCounts` (what a
save did), :func:`is_database_url` (a URL, or a file path?) and :class:`GeocodeCache` (the online
geocoder's answers). The dashboard's view engine lives here too: ``columns`` (numeric columns of
every article, place and link, built once per store version) and ``query`` (the filters and
every count the page shows, as array operations). Internals: ``schema`` (tables), ``rows``
(values ↔ rows), ``listing`` (typed rows for the page), ``write`` (what an edit or a re-read
leaves behind), ``cache``, ``engine`` (opening either backend, the write lock), ``migrate``
and ``migrations/`` (Alembic, run at open), ``search`` (full text on either backend).
"""

from dashboard.store.archive import SaveCounts, Store, is_database_url
from dashboard.store.cache import GeocodeCache

__all__ = ["GeocodeCache", "SaveCounts", "Store", "is_database_url"]
