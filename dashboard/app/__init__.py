"""Stage 7, app: the Streamlit dashboard, the only code that imports streamlit.

``main`` is the script ``python -m dashboard serve`` runs; ``data`` (cached loaders), ``state``
(the URL's range, place and article), ``sidebar`` and ``panels`` build the page. Nothing is
imported here: importing :mod:`dashboard.app` must not import streamlit.
"""
