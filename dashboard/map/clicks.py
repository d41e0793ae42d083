"""What a streamlit-folium click result points at: a place (its popup's id line, or its
coordinates) or an article whose title was clicked in a popup."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from dashboard.map.data import PlaceSummary, is_governorate_id

#: Prefix of the popup line naming the place id; the app parses clicks with it.
PLACE_ID_LABEL = "ID tempat: "
#: Prefix of the line naming an article whose title was clicked in a popup (for the app only).
ARTICLE_ID_LABEL = "ID artikel: "

_CLICKED_ID = re.compile(re.escape(PLACE_ID_LABEL) + r"(\S+)")
_CLICKED_ARTICLE = re.compile(re.escape(ARTICLE_ID_LABEL) + r"(\S+)")


def clicked_article_id(result: Mapping | None) -> str | None:
    """The article whose title was clicked in a map popup, or ``None`` (a plain click)."""
    found = _CLICKED_ARTICLE.search((result or {}).get("last_object_clicked_popup") or "")
    return found.group(1) if found else None


def clicked_place_id(result: Mapping | None, places: Sequence[PlaceSummary]) -> str | None:
    """The place a streamlit-folium click result points at, or ``None``.

    The popup's text carries "ID tempat: <id>"; without a popup (or with an unknown id) the
    clicked point is matched to a place at the same coordinates.
    """
    if not result:
        return None
    known = {p.id for p in places}
    popup = result.get("last_object_clicked_popup") or ""
    found = _CLICKED_ID.search(popup)
    if found and (found.group(1) in known or is_governorate_id(found.group(1))):
        return found.group(1)
    point = result.get("last_object_clicked") or {}
    lat, lng = point.get("lat"), point.get("lng")
    if lat is None or lng is None:
        return None
    for p in places:
        if not p.radius_km and abs(p.lat - lat) < 1e-4 and abs(p.lon - lng) < 1e-4:
            return p.id
    return None
