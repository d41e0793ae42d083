"""JSON text as the store's rows hold it, from encoders made once.

``json.dumps`` with any argument but the value builds a new encoder at every call: about a third
of the cost of the few short values an article's row holds (its credits, cited sources,
warnings, event dates, packed mentions). These give the same text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

__all__ = ["array", "compact", "text"]

#: ``json.dumps(value, ensure_ascii=False)``
text = json.JSONEncoder(ensure_ascii=False).encode
#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``
compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def array(values: Iterable[object]) -> str:
    """``json.dumps(list(values), ensure_ascii=False)``: a row's list of strings (credits, cited
    sources, warnings, a mention's evidence)."""
    return text(list(values))
