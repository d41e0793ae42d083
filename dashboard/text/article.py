"""One article from its raw parts: cleaned, dated, its outlet and cited sources found, identified.

Every reader (files, exports, web pages) ends here, so an article is the same value however it
arrived.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from dashboard.dates import publication as dates
from dashboard.model import Article, DateGuess, PageSource, article_text
from dashboard.text import cleaning, outlets

__all__ = ["article_id", "make_article"]


def article_id(title: str, body: str) -> str:
    """A stable id from the cleaned content: the same text always gets the same id."""
    digest = hashlib.sha256(f"{title}\n\n{body}".encode()).hexdigest()
    return digest[:16]


def make_article(
    *,
    title: str,
    raw_body: str,
    path: str,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.date | None = None,
    warnings: tuple[str, ...] = (),
    page: PageSource | None = None,
) -> Article:
    """Clean, date and identify one article; ``outlet``/``published`` are metadata when known.

    NUL characters are removed from every field (no database stores them in text; PostgreSQL
    refuses them), with a warning.

    For a web page (``page``) the page's own date outranks the text's, and the text's date is
    still found and compared: a disagreement of more than a day is noted on the article.
    """
    fields = (title, raw_body, outlet, url, published)
    if any(isinstance(v, str) and "\x00" in v for v in fields):
        title, raw_body, outlet, url, published = (  # type: ignore[assignment]  # same types
            v.replace("\x00", "") if isinstance(v, str) else v for v in fields
        )
        warnings = (*warnings, "NUL characters removed")
    title = " ".join(cleaning.normalize_text(title).split())
    cleaned = cleaning.clean_body(raw_body, title=title)
    paras = cleaned.body.split("\n\n") if cleaned.body else []
    found_outlet = outlets.canonical_outlet(outlet) if outlet and outlet.strip() else None
    found_outlet = (
        found_outlet
        or outlets.outlet_from_dateline(paras)
        or outlets.outlet_from_dateline(cleaning.paragraphs(raw_body[:4000]))  # a byline removed
        or outlets.outlet_from_url(url)
    )
    metadata = published.isoformat() if isinstance(published, dt.date) else published
    text = article_text(title, cleaned.body)
    guess = dates.find_published(text, url=url, metadata=metadata or None, credits=cleaned.credits)
    if page is not None and guess.method == "metadata":
        guess, disagreement = _compare_with_text(
            guess, dates.find_published(text, url=url, credits=cleaned.credits)
        )
        warnings += disagreement
    return Article(
        id=article_id(title, cleaned.body),
        path=path,
        title=title,
        body=cleaned.body,
        outlet=found_outlet,
        url=url or None,
        published=guess,
        cited_sources=tuple(s for s in outlets.cited_sources(text) if s != found_outlet),
        credits=cleaned.credits,
        event_dates=dates.find_event_dates(text, guess.date),
        warnings=warnings,
        page=page,
    )


def _compare_with_text(meta: DateGuess, text: DateGuess) -> tuple[DateGuess, tuple[str, ...]]:
    """The page's date, noting where the text's own date differs from it by more than a day."""
    meta = replace(meta, note="tanggal dari metadata halaman")
    if meta.date is None or text.date is None or abs((meta.date - text.date).days) <= 1:
        return meta, ()
    said = f"tanggal halaman {meta.date} berbeda dengan tanggal di teks {text.date}"
    if text.evidence:
        said += f" ({text.evidence!r})"
    return replace(meta, note=f"{meta.note}; {said}"), (said,)
