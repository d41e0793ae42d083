"""An article's cleaned text as HTML with every place mention marked and tied to its place.

All text is escaped (:mod:`dashboard.htmlsafe`); only our own ``<mark>`` and ``<br>`` tags are
added. Spans are offsets into ``Article.text``; a span outside the text, overlapping an earlier
one, or whose text no longer matches its surface (a stale geotag) is left unmarked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from dashboard import htmlsafe

#: Marks drawn in one article at most: a text naming places hundreds of thousands of times (a
#: list, not an article) would otherwise take minutes to render; the rest stay plain text.
MAX_MARKS = 2000


def _usable(text: str, mentions: Iterable[Mapping]) -> list[Mapping]:
    spans: list[Mapping] = []
    last_end = 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = int(m["start"]), int(m["end"])
        if not 0 <= start < end <= len(text) or start < last_end:
            continue
        surface = m.get("surface")
        if surface is not None and text[start:end] != surface:
            continue
        spans.append(m)
        last_end = end
        if len(spans) == MAX_MARKS:
            break
    return spans


def _paragraphs(escaped: str) -> str:
    # No blank lines in the output: Markdown renderers end a raw HTML block at a blank line.
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def highlight(
    text: str,
    mentions: Iterable[Mapping],
    labels: Mapping[str, str],
    *,
    selected: str | None = None,
    href: Callable[[str], str | None] | None = None,
) -> str:
    """``text`` as escaped HTML, each usable mention wrapped in ``<mark data-place-id=…>``.

    ``labels`` maps place id → a plain-text label of the place ("Kafr Nabudah · Hama"); the
    mark's title is that label and the mention's own confidence ("… · keyakinan 60%"), so each
    highlighted word says which place it was read as and how sure. Mentions of ``selected`` get
    the class ``snm-selected``. With ``href`` (place id → URL, or ``None``: no link) a mark is
    inside a link that selects its place.
    """
    out: list[str] = []
    pos = 0
    for m in _usable(text, mentions):
        start, end = int(m["start"]), int(m["end"])
        out.append(_paragraphs(htmlsafe.block(text[pos:start])))
        pid = str(m["place_id"])
        title = f"{labels.get(pid, pid)} · keyakinan {float(m.get('confidence') or 0.0):.0%}"
        cls = "snm-mention snm-selected" if pid == selected else "snm-mention"
        mark = (
            f'<mark class="{cls}" data-place-id="{htmlsafe.text(pid)}" '
            f'title="{htmlsafe.text(title)}">'
            f"{htmlsafe.text(text[start:end])}</mark>"
        )
        link = href(pid) if href else None
        if link:
            mark = f'<a class="snm-place-link" href="{htmlsafe.text(link)}">{mark}</a>'
        out.append(mark)
        pos = end
    out.append(_paragraphs(htmlsafe.block(text[pos:])))
    return "".join(out)


def marked_count(text: str, mentions: Iterable[Mapping]) -> int:
    """How many mentions :func:`highlight` marks."""
    return len(_usable(text, mentions))
