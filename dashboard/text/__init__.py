"""Stage 2, text: article files and exports → cleaned, dated :class:`~dashboard.model.Article`.

Public: :func:`read_paths` (files and folders, recursively), :func:`read_bytes` (one upload),
:func:`read_stream`, :func:`make_article` (one record → an Article, dated by
:mod:`dashboard.dates`) and :func:`article_id`. Internals: ``decoding`` (bytes → text),
``records`` and ``lines`` (a file → records, streamed), ``cleaning``, ``outlets``, ``article``
(make_article itself), ``paths`` (which files), ``web`` (saved pages and WARC archives, through
trafilatura; :func:`dashboard.text.web.read.read_page` for one fetched page).
"""

from dashboard.text.read import (
    article_id,
    make_article,
    read_bytes,
    read_paths,
    read_stream,
)

__all__ = ["article_id", "make_article", "read_bytes", "read_paths", "read_stream"]
