"""HTML for the article panel: cards, place chips and the open article's header.

Pure string builders; every value passes through :mod:`dashboard.htmlsafe`. The app renders the
result with ``st.html`` (sanitised again by the browser side), never as Markdown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from dashboard import htmlsafe
from dashboard.timeline import confidence_label, is_estimated

STYLE = """
<style>
.snm-card h4 { margin: 0 0 .2rem 0; font-size: 1rem; line-height: 1.3; }
.snm-meta { color: #555; font-size: .85rem; }
.snm-est { color: #b26a00; font-weight: 600; }
.snm-chip { display: inline-block; border: 1px solid #bf360c; color: #bf360c;
  border-radius: 1rem; padding: 0 .5rem; margin: .15rem .2rem 0 0; font-size: .8rem; }
.snm-chip.snm-selected { background: #1565c0; border-color: #1565c0; color: #fff; }
.snm-text { line-height: 1.6; font-size: .95rem; }
mark.snm-mention { background: #ffe0b2; padding: 0 .1rem; border-radius: .2rem; }
mark.snm-mention.snm-selected { background: #90caf9; }
</style>
"""


def date_html(article: Mapping) -> str:
    """The date with its certainty; estimates are flagged so nobody quotes them as fact."""
    published = article.get("published")
    label = htmlsafe.text(confidence_label(article))
    if not published:
        return f'<span class="snm-est">{label}</span>'
    cls = "snm-est" if is_estimated(article) else ""
    return f'{htmlsafe.text(published[:10])} <span class="{cls}">({label})</span>'


def chips_html(places: Iterable[Mapping], selected: str | None = None) -> str:
    """One chip per place, carrying its id (``data-place-id``)."""
    chips = []
    for p in places:
        cls = "snm-chip snm-selected" if p["place_id"] == selected else "snm-chip"
        chips.append(
            f'<span class="{cls}" data-place-id="{htmlsafe.text(p["place_id"])}">'
            f'{htmlsafe.text(p.get("name") or p["place_id"])}</span>'
        )
    return "".join(chips)


def card_html(article: Mapping, places: Iterable[Mapping], selected: str | None = None) -> str:
    """A card: title, outlet, date (with confidence), place chips."""
    outlet = htmlsafe.text(article.get("outlet") or "media tidak diketahui")
    return (
        f'<div class="snm-card" data-article-id="{htmlsafe.text(article["id"])}">'
        f'<h4>{htmlsafe.text(article.get("title") or "(tanpa judul)")}</h4>'
        f'<div class="snm-meta">{outlet} · {date_html(article)}</div>'
        f"<div>{chips_html(places, selected)}</div></div>"
    )


def article_header_html(article: Mapping) -> str:
    """The open article's title, outlet (linked only to an http(s) URL), date and date note."""
    outlet = article.get("outlet") or "media tidak diketahui"
    source = htmlsafe.link(article.get("url"), outlet)
    note = article.get("date_note")
    note_html = f'<div class="snm-meta">{htmlsafe.text(note)}</div>' if note else ""
    return (
        f'<div class="snm-card" data-article-id="{htmlsafe.text(article["id"])}">'
        f'<h3>{htmlsafe.text(article.get("title") or "(tanpa judul)")}</h3>'
        f'<div class="snm-meta">{source} · {date_html(article)} · '
        f'{htmlsafe.text(article.get("path") or "")}</div>{note_html}</div>'
    )
