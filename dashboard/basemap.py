"""The offline base map: country and governorate outlines read from ``geodata/boundaries/``."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.errors import GazetteerError
from dashboard.mapview import Boundaries

BOUNDARIES_DIR = Path(__file__).resolve().parent.parent / "geodata" / "boundaries"
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
