"""Command line: ``python -m dashboard COMMAND``.

Commands: ingest, collect, articles, geotag, build-geodata, serve, install-assets (serve_cli),
review and evaluate (review_cli), editors (editors_cli), compile (geo.compiled.build).

Each sub-command is a thin function over the pipeline modules; parsing and geotagging stay pure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard import editors_cli, review_cli, serve_cli
from dashboard.data import geodata_dir, seeds_dir
from dashboard.geo.compiled import build as compile_cli
from dashboard.store.location import configured_db, has_password

#: --db's help: the default comes from the environment (see dashboard.store.location).
DB_HELP = (
    "SQLite file or SQLAlchemy URL (default: $SYRIA_NEWS_DB, else the first line of the file "
    "$SYRIA_NEWS_DB_FILE, else data/syria-news.sqlite); a URL with a password is better given "
    "that way, since a command line is visible to every local user"
)
SEEDS_DIR = seeds_dir()


def _cmd_ingest(args: argparse.Namespace) -> int:
    """Summary on stdout, one line per skipped file or record; non-zero only if nothing was read."""
    from dashboard.errors import StoreError
    from dashboard.pipeline import ingest_paths
    from dashboard.store.archive import Store
    from dashboard.workers import default_workers

    args.workers = args.workers or default_workers()
    try:
        store = Store(args.db)
        report = ingest_paths(
            args.paths, store, progress=not args.no_progress, workers=args.workers
        )
    except StoreError as exc:
        print(f"ingest: {exc}", file=sys.stderr)
        return 2
    print("\n".join(report.lines()))
    if report.read == 0:
        print("ingest: no article could be read", file=sys.stderr)
        return 1
    return 0


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _cmd_articles(args: argparse.Namespace) -> int:
    """The stored articles as JSON Lines (id, path, title, outlet, url, published, confidence)."""
    import json

    from dashboard.errors import StoreError
    from dashboard.store.archive import Store, is_database_url

    if not is_database_url(args.db) and not Path(args.db).is_file():
        print(f"articles: no store at {args.db} (run `ingest` first)", file=sys.stderr)
        return 1
    try:
        rows = Store(args.db).article_rows()
    except StoreError as exc:
        print(f"articles: {exc}", file=sys.stderr)
        return 2
    keys = ("id", "path", "title", "outlet", "url", "published", "published_confidence")
    for row in sorted(rows, key=lambda r: (r.path, r.id)):
        print(json.dumps({k: getattr(row, k) for k in keys}, ensure_ascii=False))
    return 0


def _cmd_geotag(args: argparse.Namespace) -> int:
    """One JSON object per article on stdout; unreadable files reported on stderr."""
    import json

    from dashboard.errors import ArticleReadError, GazetteerError
    from dashboard.geo.gazetteer import load_gazetteer
    from dashboard.geo.parse import BUILD
    from dashboard.geo.parse.geotag import article_json, parser_for
    from dashboard.text.read import read_paths

    print(BUILD.line(), file=sys.stderr)  # compiled, or pure and what it costs
    try:
        parser = parser_for(load_gazetteer())
    except GazetteerError as exc:
        print(f"geotag: {exc}", file=sys.stderr)
        return 2
    read = 0
    for item in read_paths(args.paths):
        if isinstance(item, ArticleReadError):
            print(f"skipped {item}", file=sys.stderr)
            continue
        read += 1
        record = article_json(item, parser.geotag_article(item))
        print(json.dumps(record, ensure_ascii=False))
    return 0 if read else 1


def _cmd_build_geodata(args: argparse.Namespace) -> int:
    from dashboard.errors import GazetteerError
    from dashboard.geo.build.geodata import build

    try:
        counts = build(args.sources, args.out)
    except (GazetteerError, OSError) as exc:
        print(f"build-geodata: {exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"wrote {args.out / 'places.tsv'}: {summary}")
    return 0


class _About(argparse.Action):
    """``--version``: the package's version and which geotagger runs (compiled or pure)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        from importlib.metadata import version

        from dashboard.geo.parse import BUILD

        parser.exit(message=f"syria-news-map {version('syria-news-map')}; {BUILD.line()}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="syria-news-map", description=__doc__)
    parser.add_argument("--version", nargs=0, action=_About, help="version and geotagger build")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="read, clean, date, geotag and store articles")
    p.add_argument("paths", nargs="+", type=Path, help="files or folders (searched recursively)")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument(
        "--workers",
        type=_positive,
        default=None,
        help="processes that clean, date and geotag (default: one per core; 1: no workers)",
    )
    p.set_defaults(func=_cmd_ingest)

    from dashboard.collect.command import add_collect_parser

    add_collect_parser(sub, None)  # the store is filled in by _resolve_db

    p = sub.add_parser("articles", help="stored articles as JSON Lines")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.set_defaults(func=_cmd_articles)

    p = sub.add_parser("geotag", help="geotag articles, one JSON object per line on stdout")
    p.add_argument("paths", nargs="+", type=Path)
    p.set_defaults(func=_cmd_geotag)

    p = sub.add_parser("build-geodata", help="rebuild geodata/ from the source files")
    p.add_argument(
        "sources", type=Path, help="folder with the source files (see geodata/SOURCES.md)"
    )
    p.add_argument("--out", type=Path, default=geodata_dir())
    p.set_defaults(func=_cmd_build_geodata)

    serve_cli.add_parsers(sub, DB_HELP)
    review_cli.add_parsers(sub, DB_HELP)
    editors_cli.add_parsers(sub)
    compile_cli.add_parser(sub)

    return parser


def _resolve_db(args: argparse.Namespace) -> str | None:
    """Fill in ``args.db`` from the environment; an error message when that fails."""
    if not hasattr(args, "db"):
        return None
    if args.db is None:
        try:
            args.db = configured_db()
        except OSError as exc:
            return f"cannot read SYRIA_NEWS_DB_FILE: {exc.strerror or exc}"
    elif has_password(args.db):
        print(
            f"{args.command}: warning: the password in --db is visible to other users (ps); "
            "set SYRIA_NEWS_DB or SYRIA_NEWS_DB_FILE instead",
            file=sys.stderr,
        )
    return None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    problem = _resolve_db(args)
    if problem:
        print(f"{args.command}: {problem}", file=sys.stderr)
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:  # `… | head` closed stdout
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
