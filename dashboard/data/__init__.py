"""The bundled data the package reads at run time: the gazetteer (``geodata/``) and the demo seeds.

``geodata/`` and ``seeds/`` stay at the top of the repository, where people edit them. Two
symbolic links in this folder point at them, so a checkout (editable install included) reads the
files in place, and the wheel build follows the links and copies the files in as package data.
Either way the package finds them through :mod:`importlib.resources`, never through a path
counted up from ``__file__``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["geodata_dir", "seeds_dir"]


def _bundled(name: str) -> Path:
    # files() of a regular (unzipped) install is a real directory; the package is never zipped.
    return Path(str(resources.files(__package__).joinpath(name)))


def geodata_dir() -> Path:
    """The gazetteer, aliases, region tables and boundaries (``geodata/`` in the repository)."""
    return _bundled("geodata")


def seeds_dir() -> Path:
    """The bundled demo articles (``seeds/`` in the repository)."""
    return _bundled("seeds")
