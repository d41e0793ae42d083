"""The place layers a rendered map carries, as the page's script reads them: each layer's view
(inline, or the file it names, read from the folder the app serves) with the selection applied."""

from __future__ import annotations

import json
import re
from pathlib import Path


def layer_views(html: str, served: Path | None = None) -> list[dict]:
    """Each place layer's view (``table``, ``articles``, ``places``, ``clusters``), its places
    with this run's ``mark`` and ``from`` (the selection patch applied, as the script does)."""
    views = []
    for text in re.findall(r"var D = (\{.*?\});\n", html):
        data = json.loads(text)
        view = data["view"]
        if view is None:
            assert served is not None, "the layer names a file: say where it is served from"
            name = data["viewUrl"].rsplit("/", 1)[1]
            view = json.loads((served / name).read_text(encoding="utf-8"))
        places, sel = view["places"], data["sel"]
        n = len(places["n"])
        places["mark"] = [sel["mark"].get(str(i), 0) for i in range(n)]
        places["from"] = [sel["from"].get(str(i), z) for i, z in enumerate(places["from"])]
        views.append(view)
    return views
