"""Place-name normalisation: the one key every gazetteer lookup and every text match goes through.

The code lives in :mod:`dashboard.geo.parse.names`, so that ``python -m dashboard compile``
builds it with the geotagger (mypyc compiles ``dashboard/geo/parse`` only): the parser folds
every new word of a text through it. This module is its public name for the gazetteer, its
builders and the tools; the compiled build and pure Python give the same keys.
"""

from dashboard.geo.parse.names import (
    ARABIC_ARTICLES,
    normalize,
    normalize_ascii_words,
    normalize_word,
)

__all__ = ["ARABIC_ARTICLES", "normalize", "normalize_ascii_words", "normalize_word"]
