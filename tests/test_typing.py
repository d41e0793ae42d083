"""The type checker passes, with the settings in pyproject.toml (strict on the pure stages).

The README's test command runs mypy before pytest; this test runs it too, so a change checked
with pytest alone cannot leave the checker red.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_error():
    done = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-1000:]
