"""HTML for the article panel: cards, place chips and the open article's header.

Pure string builders; every value passes through :mod:`dashboard.htmlsafe`. The app renders the
result with ``st.html`` (sanitised again by the browser side), never as Markdown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from dashboard import htmlsafe
from dashboard.map.data import governorate_label
from dashboard.rowtypes import ArticleRow, PlaceRow
from dashboard.view.timeline import confidence_label

UNKNOWN_OUTLET = "media tidak diketahui"
#: Place links below this confidence are drawn as dashed chips: worth checking in the text.
WEAK_PLACE = 0.5

STYLE = """
<style>
.snm-card h4 { margin: 0 0 .2rem 0; font-size: 1rem; line-height: 1.3; }
.snm-meta { color: #555; font-size: .85rem; }
.snm-est { color: #b26a00; font-weight: 600; }
.snm-chip { display: inline-block; border: 1px solid #bf360c; color: #bf360c;
  border-radius: 1rem; padding: 0 .5rem; margin: .15rem .2rem 0 0; font-size: .8rem; }
.snm-chip.snm-selected { background: #1565c0; border-color: #1565c0; color: #fff; }
a.snm-chip, a.snm-chip:visited { text-decoration: none; cursor: pointer; }
a.snm-chip:hover, a.snm-chip:focus { background: #fbe9e7; }
a.snm-chip.snm-selected:hover, a.snm-chip.snm-selected:focus { background: #0d47a1; }
a.snm-place-link, a.snm-place-link:visited { color: inherit; text-decoration: none; }
a.snm-place-link:hover mark, a.snm-place-link:focus mark { outline: 2px solid #bf360c; }
.snm-chip.snm-weak { border-style: dashed; }
.snm-chip.snm-confirmed { border-width: 2px; border-color: #2e7d32; color: #2e7d32; }
.snm-chip .snm-ok { font-weight: 700; margin-right: .2rem; }
.snm-chip .snm-conf { font-size: .7rem; opacity: .8; margin-left: .25rem; }
.snm-text { line-height: 1.6; font-size: .95rem; }
mark.snm-mention { background: #ffe0b2; padding: 0 .1rem; border-radius: .2rem; }
mark.snm-mention.snm-selected { background: #90caf9; }
</style>
"""


def date_html(article: ArticleRow) -> str:
    """The date with its certainty; estimates are flagged so nobody quotes them as fact."""
    published = article.published
    label = htmlsafe.text(confidence_label(article))
    if article.date_correction is not None:  # an analyst set it (or said there is none)
        label = f"dikoreksi analis · #{article.date_correction}"
    if not published:
        return f'<span class="snm-est">{label}</span>'
    cls = "snm-est" if article.estimated else ""
    return f'{htmlsafe.text(published[:10])} <span class="{cls}">({label})</span>'


def place_label(place: PlaceRow, governorates: Mapping[str, str] | None = None) -> str:
    """Plain text naming a linked place: "Kafr Nabudah · Provinsi Hama", "Rusia · luar Suriah".

    The qualifier ("Syria (utara)"), the governorate (when not the place itself; in Indonesian
    when ``governorates`` maps its P-code), "luar Suriah" for a foreign place and the radius of a
    vague one, so a reader can tell namesakes apart.
    """
    name = place.display_name
    if place.qualifier:
        name = f"{name} ({place.qualifier})"
    parts = [name]
    admin1 = place.admin1
    if not place.in_syria:
        parts.append("luar Suriah")
    elif admin1 and admin1 != place.name and place.kind != "admin1":
        parts.append(governorate_label(place, governorates or {}) or admin1)
    if place.radius_km:
        parts.append(f"±{place.radius_km:g} km")
    return " · ".join(parts)


def confidence_text(confidence: float | None) -> str:
    return f"keyakinan {float(confidence or 0.0):.0%}"


def chips_html(
    places: Iterable[PlaceRow],
    selected: str | None = None,
    governorates: Mapping[str, str] | None = None,
    href: Callable[[str], str] | None = None,
) -> str:
    """One chip per place with its confidence, carrying its id (``data-place-id``); the chip's
    title names the place in full (governorate by ``governorates``, see :func:`place_label`).
    Weak links (below :data:`WEAK_PLACE`) get a dashed border; a place an analyst put in or
    confirmed (see dashboard.store.corrections) is marked ✓ and says so. With ``href`` (place
    id → URL) each chip is a link that selects its place."""
    chips = []
    for p in places:
        conf = p.confidence
        cls = "snm-chip"
        if p.place_id == selected:
            cls += " snm-selected"
        if conf < WEAK_PLACE:
            cls += " snm-weak"
        title = f"{place_label(p, governorates)} · {confidence_text(conf)}"
        mark = ""
        if p.confirmed:
            cls += " snm-confirmed"
            title += f" · dikonfirmasi analis (koreksi #{p.correction})"
            mark = '<span class="snm-ok">✓</span>'
        tag, link = ("a", f' href="{htmlsafe.text(href(p.place_id))}"') if href else ("span", "")
        chips.append(
            f'<{tag} class="{cls}"{link} data-place-id="{htmlsafe.text(p.place_id)}" '
            f'title="{htmlsafe.text(title)}">{mark}{htmlsafe.text(p.display_name)}'
            f'<span class="snm-conf">{conf:.0%}</span></{tag}>'
        )
    return "".join(chips)


def card_html(
    article: ArticleRow,
    places: Iterable[PlaceRow],
    selected: str | None = None,
    governorates: Mapping[str, str] | None = None,
    href: Callable[[str], str] | None = None,
    copies: Sequence[ArticleRow] = (),
) -> str:
    """A card: title, outlet, date (with confidence), place chips (links with ``href``), and the
    story's other copies (:func:`also_in_html`)."""
    outlet = htmlsafe.isolated(article.outlet or UNKNOWN_OUTLET)
    return (
        f'<div class="snm-card" data-article-id="{htmlsafe.text(article.id)}">'
        f"<h4>{htmlsafe.isolated(article.title or '(tanpa judul)')}</h4>"
        f'<div class="snm-meta">{outlet} · {date_html(article)}</div>'
        f"{also_in_html(article, copies)}"
        f"<div>{chips_html(places, selected, governorates, href)}</div></div>"
    )


def also_in_html(article: ArticleRow, copies: Sequence[ArticleRow]) -> str:
    """ "juga dimuat di: Antara, Kompas": the outlets of a story's other copies, each once, in the
    copies' order (its own outlet left out unless another copy is from it too); empty when the
    story has no other copy."""
    if not copies:
        return ""
    names = list(dict.fromkeys(c.outlet or UNKNOWN_OUTLET for c in copies))
    shown = ", ".join(htmlsafe.isolated(n) for n in names)
    ids = " ".join(htmlsafe.text(c.id) for c in copies)
    return (
        f'<div class="snm-meta snm-also" data-story-id="{htmlsafe.text(article.story)}" '
        f'data-copy-ids="{ids}">juga dimuat di: {shown}</div>'
    )


def copy_label(copy: ArticleRow) -> str:
    """Plain text naming one copy, for the button that opens it: outlet and date."""
    day = copy.published[:10] if copy.published else "tanpa tanggal"
    return f"{copy.outlet or UNKNOWN_OUTLET} · {day}"


def article_header_html(article: ArticleRow) -> str:
    """The open article's title, outlet (linked only to an http(s) URL), date and date note."""
    outlet = article.outlet or UNKNOWN_OUTLET
    source = f"<bdi>{htmlsafe.link(article.url, outlet)}</bdi>"
    note = article.date_note
    note_html = f'<div class="snm-meta">{htmlsafe.isolated(note)}</div>' if note else ""
    return (
        f'<div class="snm-card" data-article-id="{htmlsafe.text(article.id)}">'
        f"<h3>{htmlsafe.isolated(article.title or '(tanpa judul)')}</h3>"
        f'<div class="snm-meta">{source} · {date_html(article)} · '
        f"{htmlsafe.isolated(article.path)}</div>{note_html}</div>"
    )
