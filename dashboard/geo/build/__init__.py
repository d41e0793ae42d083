"""Rebuilding ``geodata/`` (part of stage 3, geo; run by ``python -m dashboard build-geodata``).

Public: :func:`build` (the upstream sources and the reviewed tables → ``places.tsv`` and the
boundary files). Internals: ``sources`` (readers for Who's On First, GeoNames, Open-Syria, OCHA),
``review`` (the hand-reviewed tables), ``geodata`` (merging them).
"""

from dashboard.geo.build.geodata import build

__all__ = ["build"]
