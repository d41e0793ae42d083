"""The readers' reasons for skipping a record, in Indonesian for the dashboard (the command line
keeps them in English). The table is data: ``reasons_id.tsv`` beside this module."""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources


@functools.cache
def _table() -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("dashboard.app").joinpath("reasons_id.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple((re.compile(r["pattern"]), r["indonesian"]) for r in rows)


def in_indonesian(reason: str) -> str:
    """``reason`` in Indonesian when the table knows it, else as it is."""
    for pattern, template in _table():
        found = pattern.fullmatch(reason)
        if found:
            return found.expand(template)
    return reason
