"""Command line: ``python -m dashboard COMMAND``.

Commands: ingest, collect, articles, geotag, build-geodata, serve, install-assets.

Each sub-command is a thin function over the pipeline modules; parsing and geotagging stay pure.
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from dashboard import editors_cli, review_cli
from dashboard.data import geodata_dir, seeds_dir
from dashboard.store.location import configured_db, has_password, redact_url

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
    from dashboard.geo.parse.geotag import article_json, parser_for
    from dashboard.text.read import read_paths

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


def _store_seeds(store, db: str) -> bool:
    """First start: store and geotag the bundled seeds, saying what happened; False (nothing
    stored) when the gazetteer cannot be loaded, so the map never opens silently empty."""
    from dashboard.pipeline import default_geotagger, ingest_paths

    geotagger, why_not = default_geotagger()
    if why_not:
        print(
            f"serve: first start stopped, nothing stored: {why_not}. The bundled seeds would have "
            "no places; rebuild geodata/ (build-geodata) or reinstall the package.",
            file=sys.stderr,
        )
        return False
    report = ingest_paths([SEEDS_DIR], store, geotagger=geotagger)
    where = redact_url(db)
    print(
        f"first start: stored {report.stored} bundled seed article(s) in {where}", file=sys.stderr
    )
    for line in report.lines()[1:]:  # anything skipped or warned about
        print(f"first start: {line}", file=sys.stderr)
    return True


def _streamlit_argv(args: argparse.Namespace) -> list[str]:
    """``streamlit run`` for the app: no telemetry, no error details in the browser (tracebacks
    go to the server log), and only the Host names of the interface served (DNS rebinding)."""
    from dashboard.hosts import allowed_hosts

    app = Path(__file__).resolve().parent / "app" / "main.py"
    argv = ["streamlit", "run", str(app), "--server.port", str(args.port)]
    argv += ["--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal"]
    argv += ["--server.showEmailPrompt", "false", "--client.showErrorDetails", "none"]
    # No full garbage collection after every run: with the view columns of a large store held
    # in memory it took 0.1-0.5 s a rerun at 100,000 articles, holding the GIL while the page
    # waited for the map. Python's own generational collector still runs.
    argv += ["--runner.postScriptGC", "false"]
    # A served dashboard does not watch its own source files (a polling watcher costs CPU on
    # every page view's modules); restart `serve` after changing the code.
    argv += ["--server.fileWatcherType", "none"]
    for host in allowed_hosts(args.address, args.allow_host):
        argv += ["--server.allowedHosts", host]
    if args.headless:
        argv += ["--server.headless", "true"]
    # A specific address, or browser.serverAddress on a wildcard one, keeps Streamlit from
    # asking a public web service for the machine's external IP: no network at run time.
    argv += ["--server.address", args.address]
    if args.address in ("0.0.0.0", "::"):  # noqa: S104 - sharing on the LAN was asked for
        argv += ["--browser.serverAddress", socket.gethostname()]
    return argv


def _cmd_serve(args: argparse.Namespace) -> int:
    from dashboard.store.archive import Store

    refused = editors_cli.editing_env(args, os.environ)  # read-only unless --edit
    if refused:
        print(f"serve: {refused}", file=sys.stderr)
        return 2

    store = Store(args.db)  # a file's folder is made when missing
    if store.count() == 0 and not _store_seeds(store, args.db):
        store.close()
        return 1
    # Read the rows the dashboard shows now, so the first page does not wait for them; in a
    # thread, while the app's heavy imports run (the database read leaves the GIL).
    from concurrent.futures import ThreadPoolExecutor

    from dashboard.view import snapshot as viewdata

    with ThreadPoolExecutor(max_workers=1) as pool:
        read = pool.submit(viewdata.load_columns, store, args.db, viewdata.store_version(store))
        # `streamlit run` in this process, with the app's heavy imports done before the server
        # starts, so the first page does not wait ~1 s for them. (Not streamlit_folium: it
        # registers its component when imported inside a script run, so the app imports it.)
        import folium.plugins  # noqa: F401
        from streamlit.web import cli as streamlit_cli

        import dashboard.map.render  # noqa: F401

        read.result()
    os.environ["SYRIA_NEWS_DB"] = args.db
    sys.argv = _streamlit_argv(args)
    return streamlit_cli.main()


def _cmd_install_assets(args: argparse.Namespace) -> int:
    from dashboard.map.assets import STATIC_DIR, install_assets, missing_assets

    try:
        status = install_assets(STATIC_DIR)
    except FileNotFoundError as exc:
        # Not fatal: the map then loads Leaflet from public CDNs and the page says so.
        print(f"install-assets: {exc}; the map will use CDN copies", file=sys.stderr)
        return 0
    missing = missing_assets(STATIC_DIR)
    if status != 0 or missing:
        print(
            f"install-assets: npm exited with {status}; missing: {', '.join(missing) or '-'};"
            " the map will use CDN copies",
            file=sys.stderr,
        )
        return 0
    print(
        f"install-assets: Leaflet and plugins installed in {STATIC_DIR / 'node_modules'}",
        file=sys.stderr,
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="syria-news-map", description=__doc__)
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

    p = sub.add_parser("serve", help="start the dashboard (ingests the bundled seeds when empty)")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--headless", action="store_true", help="do not open a browser")
    p.add_argument(
        "--address",
        default="localhost",
        help="interface to listen on (default: this machine only; 0.0.0.0 for the LAN)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="another Host name the browser may use (e.g. a proxy's); repeatable",
    )
    p.set_defaults(func=_cmd_serve)

    editors_cli.add_serve_options(p)
    review_cli.add_parsers(sub, DB_HELP)
    editors_cli.add_parsers(sub)

    p = sub.add_parser("install-assets", help="install Leaflet and plugins locally (npm)")
    p.set_defaults(func=_cmd_install_assets)
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
