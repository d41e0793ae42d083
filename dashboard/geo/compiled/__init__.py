"""The geotagger compiled with mypyc: built on request, used only while it matches the sources.

``python -m dashboard compile`` (:mod:`.build`) compiles the modules of ``dashboard.geo.parse``
(all but its ``__init__``) into one build directory in a cache, named by a fingerprint of the
package's sources and the interpreter (:mod:`.fingerprint`). On import, ``dashboard.geo.parse``
asks :func:`.fingerprint.choose` for the build matching the sources it is about to run and puts
it first on its ``__path__``; with none (no compiler, never compiled, any ``.py`` edited since,
or ``SYRIA_NEWS_PURE=1``) the pure-Python modules run, with the same output.
"""
