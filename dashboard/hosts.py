"""The Host names the dashboard's server answers to (a guard against DNS rebinding).

A web page on another site can point its own domain at 127.0.0.1 and then talk to a local server
as if same-origin, unless the server checks the ``Host`` header. ``serve`` passes this list to
Streamlit's ``server.allowedHosts``: the names of the interface it listens on, and whatever the
user adds with ``--allow-host`` (e.g. a reverse proxy's name).
"""

from __future__ import annotations

import socket
from collections.abc import Iterable

LOOPBACK = ("localhost", "127.0.0.1", "::1")
WILDCARDS = ("0.0.0.0", "::", "")  # noqa: S104 - names, not a bind


def _machine_names() -> list[str]:
    names = [socket.gethostname(), socket.getfqdn()]
    try:
        names += socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        pass
    return names


def allowed_hosts(address: str, extra: Iterable[str] = ()) -> list[str]:
    """Host names a browser may use to reach a server listening on ``address``."""
    hosts = list(LOOPBACK)
    if address in WILDCARDS:  # shared on the network: the machine's own names and addresses
        hosts += _machine_names()
    elif address not in LOOPBACK:
        hosts.append(address)
    hosts += [h.strip() for h in extra if h.strip()]
    seen: dict[str, None] = {}
    for host in hosts:
        seen.setdefault(host.strip("[]").lower(), None)
    return list(seen)
