"""Leaflet and its plugins, served from this machine instead of folium's CDN links.

The npm packages pinned in ``dashboard/map/static/package.json`` are installed into
``dashboard/map/static/node_modules`` by ``python -m dashboard install-assets``. :func:`localize`
points every folium element's ``default_js``/``default_css`` at them (or, when they are missing, at
the same pinned versions on a CDN, and the app says so once). The app decides under which URL the
folder is served; this module only joins that base with the file paths.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from branca.element import Element

STATIC_DIR = Path(__file__).resolve().parent / "static"
_E = TypeVar("_E", bound=Element)  # a map, or a layer group of one


@dataclass(frozen=True, slots=True)
class Asset:
    """One script or stylesheet: where it lies under ``static/`` and the same file on a CDN."""

    key: str
    path: str  # relative to STATIC_DIR
    cdn: str


_NPM = "https://cdn.jsdelivr.net/npm"
ASSETS: tuple[Asset, ...] = (
    Asset(
        "leaflet", "node_modules/leaflet/dist/leaflet.js", f"{_NPM}/leaflet@1.9.4/dist/leaflet.js"
    ),
    Asset(
        "jquery",
        "node_modules/jquery/dist/jquery.min.js",
        f"{_NPM}/jquery@3.7.1/dist/jquery.min.js",
    ),
    Asset(
        "heat",
        "node_modules/leaflet.heat/dist/leaflet-heat.js",
        f"{_NPM}/leaflet.heat@0.2.0/dist/leaflet-heat.js",
    ),
    Asset(
        "leaflet_css",
        "node_modules/leaflet/dist/leaflet.css",
        f"{_NPM}/leaflet@1.9.4/dist/leaflet.css",
    ),
)
_BY_KEY = {a.key: a for a in ASSETS}

#: folium's own names for its links → ours; ``None`` = a library our map never uses (bootstrap,
#: awesome-markers, font-awesome), dropped. A name missing here makes :func:`localize` fail loudly
#: rather than let a CDN link through.
FOLIUM_NAMES: Mapping[str, str | None] = {
    "leaflet": "leaflet",
    "jquery": "jquery",
    "bootstrap": None,
    "awesome_markers": None,
    "leaflet_css": "leaflet_css",
    "bootstrap_css": None,
    "glyphicons_css": None,
    "awesome_markers_font_css": None,
    "awesome_markers_css": None,
    "awesome_rotate_css": None,
    "leaflet-heat.js": "heat",
}


@dataclass(frozen=True, slots=True)
class AssetUrls:
    """Where the browser fetches each asset; ``local`` is False when they point at a CDN."""

    urls: Mapping[str, str]
    local: bool

    def __getitem__(self, key: str) -> str:
        return self.urls[key]


def missing_assets(static_dir: Path = STATIC_DIR) -> list[str]:
    """Relative paths of the assets not installed under ``static_dir``; ``[]`` when all are."""
    return [a.path for a in ASSETS if not (static_dir / a.path).is_file()]


def local_urls(base_url: str) -> AssetUrls:
    """Asset URLs under ``base_url``, the URL at which ``STATIC_DIR`` is served."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    return AssetUrls({a.key: base + a.path for a in ASSETS}, local=True)


def cdn_urls() -> AssetUrls:
    """The same pinned versions on a CDN: the fallback when ``install-assets`` could not run."""
    return AssetUrls({a.key: a.cdn for a in ASSETS}, local=False)


def choose_urls(base_url: str, static_dir: Path = STATIC_DIR) -> AssetUrls:
    """Local URLs when every asset is installed, else the CDN fallback."""
    return cdn_urls() if missing_assets(static_dir) else local_urls(base_url)


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in element._children.values():
        yield from _walk(child)


def _relink(links: list[tuple[str, str]], urls: AssetUrls, owner: str) -> list[tuple[str, str]]:
    relinked = []
    for name, _url in links:
        if name not in FOLIUM_NAMES:
            raise ValueError(
                f"{owner} needs {name!r}, which has no local copy in dashboard/map/static"
            )
        key = FOLIUM_NAMES[name]
        if key is not None:
            relinked.append((name, urls[key]))
    return relinked


def localize(m: _E, urls: AssetUrls) -> _E:
    """Point the ``default_js``/``default_css`` of ``m`` and every element in it at ``urls``.

    Call it after the map is complete (elements added later keep folium's CDN links).
    """
    for element in _walk(m):
        for attr in ("default_js", "default_css"):
            links = getattr(element, attr, None)
            if links:
                owner = type(element).__name__
                setattr(element, attr, _relink(list(links), urls, owner))
    return m


def installed_versions_match(static_dir: Path = STATIC_DIR) -> bool:
    """Every dependency pinned in ``package.json`` is installed at exactly that version."""
    try:
        wanted = json.loads((static_dir / "package.json").read_text())["dependencies"]
        for name, version in wanted.items():
            meta = static_dir / "node_modules" / name / "package.json"
            if json.loads(meta.read_text()).get("version") != version:
                return False
    except (OSError, ValueError, KeyError):
        return False
    return not missing_assets(static_dir)


def install_assets(static_dir: Path = STATIC_DIR, *, npm: str | None = None) -> int:
    """``npm ci`` in ``static_dir`` unless the pinned versions are already there; exit status.

    Skipping a complete install matters offline: ``npm ci`` first deletes ``node_modules``.
    """
    if installed_versions_match(static_dir):
        return 0
    npm = npm or shutil.which("npm")
    if npm is None:
        raise FileNotFoundError("npm not found: install Node.js to serve Leaflet locally")
    verb = "ci" if (static_dir / "package-lock.json").is_file() else "install"
    cmd = [npm, verb, "--no-audit", "--no-fund", "--omit=dev"]
    return subprocess.run(cmd, cwd=static_dir, check=False).returncode
