"""Shared test fixtures: where the development data lives, and the bundled examples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HAVE_SHARED = (SHARED / "eval" / "score.py").exists()

needs_shared = pytest.mark.skipif(
    not HAVE_SHARED, reason=f"development data not found at {SHARED} (CI always has it)"
)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not HAVE_SHARED:
        pytest.skip(f"development data not found at {SHARED}")
    return SHARED
