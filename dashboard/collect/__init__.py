"""`collect`: fetch articles from feeds, sitemaps and URL lists, politely, and ingest them.

The one part of the program that goes online. settings (User-Agent, delays, limits) → hosts
(per-host delay and concurrency) → robots → fetch (timeouts, retries, size cap) → sources (feeds,
sitemaps, URL files, outlet TOML: pure parsers) → run (the ledger of what was seen, the ingest).
"""
