"""The offline base map: country and governorate outlines read from ``geodata/boundaries/``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dashboard.data import geodata_dir
from dashboard.errors import GazetteerError

BOUNDARIES_DIR = geodata_dir() / "boundaries"


@dataclass(frozen=True, slots=True)
class Boundaries:
    """GeoJSON FeatureCollections: the country outline and the governorates (OCHA P-codes)."""

    country: Mapping | None = None
    governorates: Mapping | None = None


COUNTRY_FILE = "syria_adm0_ocha.geojson"
GOVERNORATES_FILE = "syria_adm1_ocha.geojson"


def _read(path: Path) -> dict | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: not readable GeoJSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection")
    return data


def load_boundaries(directory: Path = BOUNDARIES_DIR) -> Boundaries:
    """Both outlines; a missing file gives ``None`` for that part (the map still draws)."""
    return Boundaries(
        country=_read(directory / COUNTRY_FILE),
        governorates=_read(directory / GOVERNORATES_FILE),
    )
