"""Local Leaflet assets: what is missing, and which URLs the map gets."""

from __future__ import annotations

import json

import pytest

from dashboard.map import assets

pytestmark = pytest.mark.unit


def install_fake(tmp_path, version="1.9.4"):
    (tmp_path / "package.json").write_text(json.dumps({"dependencies": {"leaflet": "1.9.4"}}))
    for a in assets.ASSETS:
        (tmp_path / a.path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / a.path).write_text("/* asset */")
    meta = tmp_path / "node_modules" / "leaflet" / "package.json"
    meta.write_text(json.dumps({"version": version}))


def test_nothing_installed_means_every_asset_is_missing(tmp_path):
    assert len(assets.missing_assets(tmp_path)) == len(assets.ASSETS)


def test_missing_assets_fall_back_to_the_cdn(tmp_path):
    urls = assets.choose_urls("../x/", tmp_path)
    assert not urls.local and urls["leaflet"].startswith("https://")


def test_installed_assets_are_served_under_the_base_url(tmp_path):
    install_fake(tmp_path)
    urls = assets.choose_urls("../x", tmp_path)
    assert urls.local and urls["leaflet"] == "../x/node_modules/leaflet/dist/leaflet.js"


@pytest.mark.parametrize(("version", "matches"), [("1.9.4", True), ("1.9.3", False)])
def test_install_is_skipped_only_when_the_pinned_versions_are_there(tmp_path, version, matches):
    install_fake(tmp_path, version)
    assert assets.installed_versions_match(tmp_path) is matches


def test_install_without_npm_is_reported_not_crashed(tmp_path, monkeypatch):
    monkeypatch.setattr(assets.shutil, "which", lambda _name: None)
    with pytest.raises(FileNotFoundError, match="npm not found"):
        assets.install_assets(tmp_path)


def test_every_folium_link_name_maps_to_a_known_asset_or_is_dropped():
    keys = {a.key for a in assets.ASSETS}
    assert {v for v in assets.FOLIUM_NAMES.values() if v} <= keys
