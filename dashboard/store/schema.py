"""Tables of the article store (SQLAlchemy Core, portable SQL), at the newest migration.

Every change here comes with a migration in ``dashboard/store/migrations/versions`` (a test checks
that the migrations build exactly these tables).

articles (one row per article, its date and summary, its place mentions packed; ``path`` is where
it was read, for display) · article_sources (every file, and line, the article was read from) ·
article_places (one row per article and place, the Place's fields copied so the dashboard needs
no gazetteer) · article_pages (the web page an article came from, raw HTML compressed) ·
story_bands (the stories' LSH index) · collect_urls (what ``collect`` has fetched or still has
to) · geocode_cache (key → JSON).
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("path", Text, nullable=False),  # no index: no query looks an article up by it (0011)
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", Date, index=True),
    Column("published_confidence", Float, nullable=False, default=0.0),
    Column("published_method", String(16), nullable=False, default="none"),
    # "" when the evidence is the text between the two offsets (dashboard.store.datepack; 0010)
    Column("published_evidence", Text, nullable=False, default=""),
    Column("published_evidence_start", Integer),
    Column("published_evidence_end", Integer),
    Column("published_span_start", Integer),
    Column("published_span_end", Integer),
    Column("published_candidates", Text, nullable=False, default="[]"),  # ISO dates, JSON
    Column("weekday_conflict", Boolean, nullable=False, default=False),
    Column("date_note", Text, nullable=False, default=""),
    Column("cited_sources", Text, nullable=False, default="[]"),  # JSON lists from here on
    Column("credits", Text, nullable=False, default="[]"),
    Column("event_dates", Text, nullable=False, default="[]"),  # [date, start, end, kind], 0010
    Column("warnings", Text, nullable=False, default="[]"),
    Column("geotagged", Boolean, nullable=False, default=False),
    Column("focus_place_id", Text),
    Column("n_places", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime, nullable=False),
    # PostgreSQL only (NULL on SQLite, where FTS5 indexes title and body): search.document()
    Column("search_doc", Text),
    # Near-duplicates share a story (dashboard.store.stories): its id, and the low 16 bits of each
    # of this article's NUM_PERM MinHash values (little-endian uint16; NULL when the body is too
    # short to group; migration 0008, before it the whole values, "minhash").
    Column("story_id", String(32)),
    Column("signature", LargeBinary),
    # Its number in the stories' LSH index (story_bands), NULL when not grouped (migration 0007).
    Column("seq", Integer),
    # Its place mentions, packed (dashboard.store.mentionpack; migration 0009, before it the
    # table "mentions", one row each); NULL when none.
    Column("mentions", LargeBinary),
)
Index("ix_articles_seq", articles.c.seq, unique=True)
#: The articles still to group (stored before stories existed), for stories.backfill at every
#: write; no query looks articles up by their story (migration 0011: this instead of an index of
#: every story_id).
_UNGROUPED = articles.c.story_id.is_(None)
Index(
    "ix_articles_ungrouped",
    articles.c.ingested_at,
    articles.c.id,
    sqlite_where=_UNGROUPED,
    postgresql_where=_UNGROUPED,
)

article_places = Table(
    "article_places",
    metadata,
    Column(
        "article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("place_id", Text, primary_key=True),
    Column("rank", Integer, nullable=False),  # the geotagger's order, best first
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("lat", Float, nullable=False),
    Column("lon", Float, nullable=False),
    Column("in_syria", Boolean, nullable=False),
    Column("admin1", Text),
    Column("admin1_pcode", String(16)),
    Column("admin2", Text),
    Column("admin2_pcode", String(16)),
    Column("population", Integer),
    Column("geonames_id", Integer),
    Column("feature_code", String(16)),
    Column("radius_km", Float),
    Column("confidence", Float, nullable=False),
    Column("qualifier", Text),
    Column("is_focus", Boolean, nullable=False, default=False),
    Column("n_mentions", Integer, nullable=False),
    sqlite_with_rowid=False,  # stored in key order: no second copy of the key (migration 0006)
)
Index("ix_article_places_place", article_places.c.place_id)

#: Where each article was read: a file, and the line of an export record (None for a whole file).
#: The same text in two files has two sources; an article is deleted with its last source.
article_sources = Table(
    "article_sources",
    metadata,
    Column("file", Text, primary_key=True),  # resolved absolute path, or an upload's name
    Column(
        "article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("line", Integer),
    Column("run", String(40), nullable=False, default=""),  # the ingest run that read it last
    sqlite_with_rowid=False,
)
Index("ix_article_sources_article", article_sources.c.article_id)

#: The web page an article was extracted from (one per article: the first page that gave it), with
#: the raw HTML gzip-compressed, so it can be extracted again and every figure traced to its page.
article_pages = Table(
    "article_pages",
    metadata,
    Column(
        "article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("url", Text),
    Column("canonical_url", Text),
    Column("language", String(16)),
    Column("site_name", Text),
    Column("author", Text),
    Column("extractor", String(64), nullable=False),
    Column("html_gz", LargeBinary, nullable=False),
)

#: What `collect` has met: pages, feeds and sitemaps by URL, with the validators of the last
#: answer (ETag, Last-Modified) and what became of it, so later runs fetch only what is new and
#: an interrupted run resumes with the URLs still "pending".
collect_urls = Table(
    "collect_urls",
    metadata,
    Column("url", Text, primary_key=True),
    Column("kind", String(16), nullable=False),  # "page" | "feed" | "sitemap"
    Column("status", String(16), nullable=False),  # pending|done|unchanged|kept_out|skipped|failed
    Column("reason", Text, nullable=False, default=""),
    Column("outlet", Text),
    Column("listed_date", Date),  # the date a feed or sitemap gave the page
    Column("canonical_url", Text),
    Column("article_id", String(32)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("attempts", Integer, nullable=False, default=0),
    Column("updated_at", DateTime, nullable=False),
)
Index("ix_collect_urls_status", collect_urls.c.status, collect_urls.c.kind)
Index("ix_collect_urls_canonical", collect_urls.c.canonical_url)

#: Analysts' corrections: an append-only log applied on top of the machine's rows when they are
#: read (dashboard.store.corrections). No foreign key: an entry outlives the article version it
#: was made on and follows the article by ``article_key`` (its URL, else where it was read).
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), nullable=False, index=True),
    Column("article_key", Text, nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("place_id", Text),
    Column("place", Text),  # JSON: the Place fields of a place put in
    Column("anchor", Text),
    Column("value", Text),
    Column("undoes", Integer),
    Column("reviewer", Text, nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("created_at", DateTime, nullable=False),
)

geocode_cache = Table(
    "geocode_cache",
    metadata,
    Column("key", String(512), primary_key=True),
    Column("value", Text, nullable=False),  # JSON; "null" = asked, nothing found
    Column("updated_at", DateTime, nullable=False),
)

#: The stories' LSH index (dashboard.store.bands): one row per band key of each grouped article's
#: MinHash, the article by its number (articles.seq); the key itself is the index (migration 0007).
story_bands = Table(
    "story_bands",
    metadata,
    Column("key", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    sqlite_with_rowid=False,
)

meta = Table(
    "store_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

#: Columns of article_rows(), in order (the body stays out: the dashboard lists, not reads).
ARTICLE_ROW_COLUMNS = (
    "id",
    "path",
    "title",
    "outlet",
    "url",
    "published",
    "published_confidence",
    "published_method",
    "date_note",
    "weekday_conflict",
    "focus_place_id",
    "n_places",
    "story_id",
)
PLACE_ROW_COLUMNS = (
    "article_id",
    "place_id",
    "name",
    "kind",
    "lat",
    "lon",
    "admin1",
    "admin1_pcode",
    "admin2",
    "in_syria",
    "geonames_id",
    "radius_km",
    "confidence",
    "qualifier",
    "is_focus",
    "n_mentions",
)
