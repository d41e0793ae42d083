"""The fixed fields of every place the map can show, sent once per store version, not per rerun.

A place's id, name, governorate, coordinates and vagueness radius do not change between reruns;
only its numbers do (stories in view, popup lines, zoom it is drawn alone from, colour). The app
writes them once per store version as one JSON file that the browser fetches and keeps for the
page (:func:`table_json`, served like the outlines in :mod:`dashboard.map.outlines`); each rerun's
place layer then names a place by its row in that table. At 100,000 articles that is ~7,800
places and ~40 % of a rerun's map. A map saved as one HTML file carries the fields inline.

The file is parsed as JSON by the browser (never as HTML or script) and its strings are only ever
put on the page as text, so untrusted names need no escaping here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dashboard.map.data import vague_radius_km
from dashboard.store.columns import Columns

#: The fields of a place the table holds (the layer's columns of the same names).
FIELDS = ("id", "name", "gov", "lat", "lon", "radius")


@dataclass(frozen=True, slots=True)
class PlaceTable:
    """Where the browser fetches the table (``url``) and each place id's row in it."""

    url: str
    rows: Mapping[str, int]


def table_json(c: Columns, governorates: Mapping[str, str]) -> tuple[bytes, dict[str, int]]:
    """The table of every mappable place of ``c`` as UTF-8 JSON, and place id → its row.

    Columns: ``id``, ``name``, ``gov`` (an index into ``govs``, the governorate names as shown,
    Indonesian by P-code; -1 when none), ``lat``, ``lon``, ``radius`` (km, 0 for a point)."""
    shown = np.flatnonzero(c.mappable).tolist()
    places = [c.places[i] for i in shown]
    gov_names: dict[str, int] = {}
    govs = []
    for p in places:
        name = governorates.get(p.admin1_pcode or "") or p.admin1
        govs.append(gov_names.setdefault(name, len(gov_names)) if name else -1)
    radii = [vague_radius_km(p.kind, p.radius_km) for p in places]
    table = {
        "id": [p.id for p in places],
        "name": [p.display_name for p in places],
        "gov": govs,
        "govs": list(gov_names),
        "lat": [round(p.lat or 0.0, 5) for p in places],
        "lon": [round(p.lon or 0.0, 5) for p in places],
        "radius": [round(r, 1) if r else 0 for r in radii],
    }
    data = json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode()
    return data, {p.id: row for row, p in enumerate(places)}


def write_table(folder: Path, data: bytes, prefix: str = "places") -> str:
    """Write ``data`` into ``folder`` under a name made from its content (so a URL never
    changes meaning and a browser may keep it); returns the file name. Written whole or not at
    all: another process serving the same folder never reads half a file."""
    name = f"{prefix}-{hashlib.sha256(data).hexdigest()[:20]}.json"
    target = folder / name
    if not target.exists():
        partial = folder / f".{name}.{os.getpid()}.part"
        partial.write_bytes(data)
        os.replace(partial, target)
    return name


def prune(folder: Path, prefix: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently written or used files ``prefix-*.json``."""
    files = []
    for path in folder.glob(f"{prefix}-*.json"):
        try:
            files.append((path.stat().st_mtime, path))
        except FileNotFoundError:  # removed meanwhile by another session's prune
            continue
    for _, path in sorted(files, reverse=True)[keep:]:
        path.unlink(missing_ok=True)


def process_folder(parent: Path) -> Path:
    """A new folder under ``parent`` for this process's tables, named with its process id. The
    folders of processes that no longer run (killed before they could remove theirs) are
    removed first, so a killed server leaves nothing behind for long."""
    for old in parent.glob("snm-places-*-*"):
        pid = old.name.split("-")[2]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f"snm-places-{os.getpid()}-", dir=parent))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True
