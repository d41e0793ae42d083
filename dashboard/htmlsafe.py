"""Make untrusted text safe for the HTML and JavaScript the dashboard builds.

Article titles, outlets and bodies come from scraped files. folium puts popup and tooltip HTML
inside JavaScript template literals (`` `…` ``), where ``${…}`` runs as code and a backtick or a
backslash ends or breaks the string, so plain HTML escaping is not enough: :func:`text` also turns
`` ` ``, ``$`` and ``\\`` into character references, which the browser shows as the characters.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

#: Every character that can end an attribute or an element, start a JS template substitution or
#: escape, mapped to a character reference the HTML parser turns back into the same character.
_REPLACEMENTS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "`": "&#96;",
    "$": "&#36;",
    "\\": "&#92;",
}
_TABLE = str.maketrans(_REPLACEMENTS)

#: Inside <script>: JSON is valid JavaScript, but "</script>" or "<!--" would end or confuse the
#: element, and U+2028/U+2029 end a line in older engines. "$" and "`" are inert in JSON strings
#: but escaped too, so no template-literal syntax survives even if a caller nests the JSON.
_JSON_SCRIPT_TABLE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "$": "\\u0024",
        "`": "\\u0060",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def text(value: object) -> str:
    """``value`` as HTML text that is also inert inside a JavaScript template literal."""
    if value is None:
        return ""
    return str(value).translate(_TABLE).replace("\r", " ").replace("\n", " ")


def block(value: object) -> str:
    """Like :func:`text` but keeps line breaks (for ``white-space: pre-wrap`` blocks)."""
    if value is None:
        return ""
    return str(value).translate(_TABLE)


#: First strong isolate … pop directional isolate: text between them cannot reorder its
#: surroundings (a right-to-left override in a title must not turn a date beside it around).
FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    """Plain ``value`` isolated from the text around it (for plain-text places)."""
    return f"{FSI}{'' if value is None else value}{PDI}"


def isolated(value: object) -> str:
    """``value`` as HTML text (see :func:`text`) in a ``<bdi>``: isolated from its neighbours."""
    return f"<bdi>{text(value)}</bdi>"


_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|<>:$~&\"'=^@%/;?,"})


def plain_markdown(value: object) -> str:
    """``value`` as Markdown that shows exactly its text: every ASCII punctuation mark is
    backslash-escaped (CommonMark), so no link, image, emphasis, HTML, directive or formula
    survives; line breaks become spaces."""
    flat = " ".join(str(value).splitlines())
    return flat.translate(_MARKDOWN_SPECIAL)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) link, else ``None`` (javascript:, data:, relative …)."""
    if not url:
        return None
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch.isspace() or ord(ch) < 32 for ch in candidate):
        return None
    return candidate


def link(url: str | None, label: object) -> str:
    """An escaped ``<a>`` that opens in a new tab, or just the escaped label for unsafe URLs."""
    href = safe_url(url)
    if href is None:
        return text(label)
    return f'<a href="{text(href)}" target="_blank" rel="noopener noreferrer">{text(label)}</a>'


#: "{{", "{%" and "{#" open a Jinja tag. Compact JSON never has them between tokens (an object's
#: "{" is followed by '"' or "}"), so every match is inside a string, where "\u007b" is the same
#: "{" to JavaScript and no tag opener to a template engine that might see the code again.
_TAG_OPENER = re.compile(r"\{(?=[{%#])")


#: The characters :data:`_JSON_SCRIPT_TABLE` replaces, found in one regex pass: ``str.translate``
#: with a dict walks every character in Python and took 0.5 s for a 1 MB map payload.
_JSON_SCRIPT_SPECIAL = re.compile("[" + re.escape("".join(map(chr, _JSON_SCRIPT_TABLE))) + "]")


def script_json(value: object) -> str:
    """``value`` as JSON that can sit inside a ``<script>`` element or an ``eval``'d string."""
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    escaped = _JSON_SCRIPT_SPECIAL.sub(lambda m: _JSON_SCRIPT_TABLE[ord(m.group())], encoded)
    return _TAG_OPENER.sub(r"\\u007b", escaped)
