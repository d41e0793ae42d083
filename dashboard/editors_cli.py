"""Who may correct in the dashboard: ``serve --edit [--editors FILE]`` and ``editors add``.

The server is read-only unless ``--edit`` is given. With editing on, a dashboard served on this
machine only (``--address`` localhost, no ``--allow-host`` for a proxy) asks for a reviewer name;
any other address needs editor accounts: a YAML file in streamlit-authenticator's format whose
passwords are bcrypt hashes, written by ``editors add`` (mode 600). The app reads the switches from
the environment ``serve`` sets (see :mod:`dashboard.app.review`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import MutableMapping
from pathlib import Path

LOCAL = ("localhost", "127.0.0.1", "::1")
DEFAULT_EDITORS = Path("data/editors.yaml")


def editing_env(args: argparse.Namespace, env: MutableMapping[str, str]) -> str | None:
    """Set the app's editing switches in ``env``; a reason to refuse to start, or None."""
    local = args.address in LOCAL and not getattr(args, "allow_host", None)
    env["SYRIA_NEWS_EDIT"] = "1" if args.edit else "0"
    env["SYRIA_NEWS_EDIT_LOCAL"] = "1" if local else "0"
    env.pop("SYRIA_NEWS_EDITORS", None)
    if not args.edit or local:
        return None
    if not args.editors.is_file():
        return (
            f"editing on {args.address} needs editor accounts: {args.editors} does not exist "
            f"(add one with `python -m dashboard editors add NAME --file {args.editors}`)"
        )
    env["SYRIA_NEWS_EDITORS"] = str(args.editors.resolve())
    return None


def add_serve_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--edit", action="store_true", help="let analysts correct (default: read-only)")
    p.add_argument(
        "--editors",
        type=Path,
        default=DEFAULT_EDITORS,
        help="editor accounts with hashed passwords (needed with --edit off localhost)",
    )


def cmd_add_editor(args: argparse.Namespace) -> int:
    """Add (or reset) an editor account: the password is asked twice and stored hashed."""
    import getpass
    import secrets

    import bcrypt  # what streamlit-authenticator checks a sign-in against (no Streamlit here)
    import yaml

    password = getpass.getpass(f"password for {args.name}: ")
    if len(password) < 8 or password != getpass.getpass("again: "):
        print(
            "editors: the passwords differ or are shorter than 8 characters; nothing changed",
            file=sys.stderr,
        )
        return 1
    config: dict = {}
    if args.file.is_file():
        config = yaml.safe_load(args.file.read_text(encoding="utf-8")) or {}
    config.setdefault(
        "cookie", {"name": "syria_news_editor", "key": secrets.token_hex(32), "expiry_days": 1}
    )
    users = config.setdefault("credentials", {}).setdefault("usernames", {})
    users[args.name] = {
        "name": args.name,
        "email": f"{args.name}@localhost",
        "password": bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt()).decode("ascii"),
    }
    args.file.parent.mkdir(parents=True, exist_ok=True)
    args.file.touch(mode=0o600)
    args.file.chmod(0o600)  # before the hash is written: nobody else may read it
    args.file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    print(f"editor {args.name} saved in {args.file}")
    return 0


def add_parsers(sub) -> None:
    p = sub.add_parser("editors", help="editor accounts for `serve --edit` off localhost")
    verbs = p.add_subparsers(dest="verb", required=True)
    a = verbs.add_parser("add", help="add an editor (asks the password, stores it hashed)")
    a.add_argument("name")
    a.add_argument("--file", type=Path, default=DEFAULT_EDITORS)
    a.set_defaults(func=cmd_add_editor)
