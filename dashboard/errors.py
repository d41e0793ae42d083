"""One small exception hierarchy; each class also subclasses the matching builtin."""

from __future__ import annotations


class DashboardError(Exception):
    """Base class for every error this package raises on purpose."""


class ArticleReadError(DashboardError, ValueError):
    """A file or a record in it could not be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class GazetteerError(DashboardError, RuntimeError):
    """The built geodata is missing or malformed."""


class StoreError(DashboardError, RuntimeError):
    """The article store could not be opened or written."""
