"""JSON text as the store's rows hold it, from encoders made once.

``json.dumps`` with any argument but the value builds a new encoder at every call: about a third
of the cost of the few short values an article's row holds (its credits, cited sources,
warnings, event dates, packed mentions). These give the same text.
"""

from __future__ import annotations

import json

__all__ = ["compact", "text"]

#: ``json.dumps(value, ensure_ascii=False)``
text = json.JSONEncoder(ensure_ascii=False).encode
#: ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``
compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
