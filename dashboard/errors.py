"""One small exception hierarchy; each class also subclasses the matching builtin."""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` with what could hide or split it escaped as ``repr`` does: a newline as ``\\n``, a
    bidi override as ``\\u202e``, a byte of an undecodable file name as ``\\xff``."""
    if text.isprintable():
        return text
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # a byte os.fsdecode could not decode
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(repr(ch)[1:-1])
    return "".join(out)


class DashboardError(Exception):
    """Base class for every error this package raises on purpose."""


class ArticleReadError(DashboardError, ValueError):
    """A file or a record in it could not be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{printable(where)}: {reason}")

    def __reduce__(self):  # picklable, so worker processes can send it back
        return (type(self), (self.path, self.reason, self.line))


class KeptOut(ArticleReadError):
    """A page read fine but kept out on purpose: not in Indonesian, or not about Syria."""

    def __init__(self, path: str, reason: str, line: int | None = None, *, kind: str):
        self.kind = kind  # "not Indonesian" | "not about Syria": the summary counts by kind
        super().__init__(path, reason, line)

    def __reduce__(self):
        return (_kept_out, (self.path, self.reason, self.line, self.kind))


def _kept_out(path: str, reason: str, line: int | None, kind: str) -> KeptOut:
    return KeptOut(path, reason, line, kind=kind)


class GazetteerError(DashboardError, RuntimeError):
    """The built geodata is missing or malformed."""


class StoreError(DashboardError, RuntimeError):
    """The article store could not be opened or written."""
