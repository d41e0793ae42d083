"""Is a page about Syria? At least one Syrian place, or the word "Suriah" (or "Syria"), in it.

Applied to web pages only, once they are geotagged: a text file or an export is the user's own
selection and is kept whatever it speaks of.
"""

from __future__ import annotations

import re

from dashboard.model import Article, Geotag

_SYRIA = re.compile(r"\b(?:Suriah|Syria)\b", re.IGNORECASE)


def about_syria(article: Article, geotag: Geotag | None) -> bool:
    """True when the geotagger found a Syrian place, or the title or text names Syria."""
    if geotag is not None and geotag.syrian:
        return True
    return bool(_SYRIA.search(article.text))
