"""Pictures a stored page keeps in its text ("![a teaser's caption](…/2025/12/x.png)"): a
picture's caption and path belong to another story (a teaser, a related link) as often as to this
one, so their dates and years are no evidence for the day this text was written. They are blanked
(same length, so every offset stays) before the publication date is looked for.
"""

from __future__ import annotations

import re

__all__ = ["without_pictures"]

#: Markdown's picture: "![caption](address)", on one line; a caption may hold brackets of its
#: own ("[Getty Images]").
_PICTURE = re.compile(r"!\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^)\n]*\)")


def without_pictures(text: str) -> str:
    """*text* with every picture's caption and address replaced by spaces."""
    if "![" not in text:
        return text
    return _PICTURE.sub(lambda m: " " * len(m.group()), text)
