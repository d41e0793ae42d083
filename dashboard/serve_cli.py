"""``serve`` (start the dashboard, storing the bundled seeds on first start) and
``install-assets`` (Leaflet and its plugins, installed locally with npm)."""

from __future__ import annotations

import argparse
import os
import socket
import sys
from pathlib import Path

from dashboard import editors_cli
from dashboard.data import seeds_dir
from dashboard.store.location import redact_url


def add_parsers(sub, db_help: str) -> None:
    """The ``serve`` and ``install-assets`` sub-commands."""
    p = sub.add_parser("serve", help="start the dashboard (ingests the bundled seeds when empty)")
    p.add_argument("--db", default=None, help=db_help)
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

    p = sub.add_parser("install-assets", help="install Leaflet and plugins locally (npm)")
    p.set_defaults(func=_cmd_install_assets)


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
    report = ingest_paths([seeds_dir()], store, geotagger=geotagger)
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

    from dashboard.geo.parse import BUILD

    print(f"serve: {BUILD.line()}", file=sys.stderr)  # compiled, or pure and what it costs
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
