"""The project's knowledge as data: award names, organisations, titles, places (``kg/data/*.json``).

One loader serves extraction (``kg.extract``) and mapping (``kg.rdf``), so a
name or title is written down once and both sides agree on it.

>>> sorted(load("awards"))[:2]
['_about', 'awards']
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["DATA_DIR", "load"]

DATA_DIR = Path(__file__).resolve().parent


@cache
def load(name: str) -> dict[str, Any]:
    """The JSON data file ``kg/data/<name>.json``, parsed once per process.

    A missing or malformed file raises: these files ship with the package, so
    either is a packaging bug that must not silently switch knowledge off.
    """
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
