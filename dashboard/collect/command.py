"""The `collect` command line: its options, and the run with a summary on stdout."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def _collect_sources(args: argparse.Namespace):
    from dashboard.collect.sources import Sources, read_outlets, read_url_file

    sources = Sources(
        feeds=tuple((u, None) for u in args.feed), sitemaps=tuple((u, None) for u in args.sitemap)
    )
    for path in args.urls:
        sources += read_url_file(path)
    for path in args.outlets:
        sources += read_outlets(path)
    return sources


def run_collect(args: argparse.Namespace) -> int:
    """Summary on stdout; 2 when there is nothing to collect or no store, 130 if interrupted."""
    from dashboard.collect.run import collect
    from dashboard.collect.settings import Settings
    from dashboard.errors import StoreError
    from dashboard.store.archive import Store

    try:
        sources = _collect_sources(args)
    except OSError as exc:
        print(f"collect: {exc}", file=sys.stderr)
        return 2
    if not (sources.feeds or sources.sitemaps or sources.pages):
        print(
            "collect: nothing to collect (give --feed, --sitemap, --urls or --outlets)",
            file=sys.stderr,
        )
        return 2
    settings = Settings(
        contact=args.contact or Settings.from_env().contact,
        delay=args.delay,
        per_host=args.per_host,
        max_bytes=int(args.max_mb * 1024 * 1024),
        read_timeout=args.timeout,
        retries=args.retries,
    )
    if not settings.contact:
        print(
            "collect: no --contact (or SYRIA_NEWS_CONTACT) given; site owners cannot reach you",
            file=sys.stderr,
        )
    try:
        report = collect(
            sources,
            Store(args.db),
            settings,
            since=args.since,
            max_pages=args.max,
            retry_failed=args.retry_failed,
            progress=not args.no_progress,
        )
    except StoreError as exc:
        print(f"collect: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    return 130 if report.interrupted else 0


def add_collect_parser(sub, default_db: str | None) -> None:
    p = sub.add_parser("collect", help="fetch articles from feeds, sitemaps and URL lists (online)")
    p.add_argument("--feed", action="append", default=[], help="RSS/Atom feed URL (repeatable)")
    p.add_argument("--sitemap", action="append", default=[], help="sitemap or sitemap index URL")
    p.add_argument("--urls", action="append", default=[], type=Path, help="file of article URLs")
    p.add_argument("--outlets", action="append", default=[], type=Path, help="outlets TOML file")
    p.add_argument("--db", default=default_db, help="SQLite file or SQLAlchemy URL")
    p.add_argument("--since", type=dt.date.fromisoformat, help="skip pages dated before YYYY-MM-DD")
    p.add_argument("--max", type=int, help="fetch at most N pages this run (the rest wait)")
    p.add_argument("--contact", help="e-mail or URL put in the User-Agent for site owners")
    p.add_argument("--delay", type=float, default=2.0, help="seconds between requests to a host")
    p.add_argument("--per-host", type=int, default=1, help="requests in flight to one host")
    p.add_argument("--timeout", type=float, default=30.0, help="read timeout, seconds")
    p.add_argument("--retries", type=int, default=3, help="retries on 429, 5xx and timeouts")
    p.add_argument("--max-mb", type=float, default=5.0, help="largest page read, MB")
    p.add_argument("--retry-failed", action="store_true", help="try failed pages again")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run_collect)
