"""Gold records from ../shared as mapping input (quotes: ``starts_with`` -> ``text``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.record import DocumentRecord

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS_GOLD = SHARED / "gold" / "seeds.json"
DEV_GOLD = SHARED / "dev" / "gold.json"

needs_shared = pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="../shared (gold records) is not available")


def load_gold(path: Path) -> list[DocumentRecord]:
    """Gold JSON as DocumentRecords; gold quotes give only their first words."""
    out = []
    for doc in json.loads(path.read_text(encoding="utf-8")):
        doc = dict(doc)
        doc["quotes"] = [{"speaker": q["speaker"], "text": q.get("text") or q.get("starts_with", "")}
                         for q in doc.get("quotes", [])]
        out.append(DocumentRecord.from_dict(doc))
    return out


@pytest.fixture(scope="session")
def seed_records() -> list[DocumentRecord]:
    if not SEEDS_GOLD.exists():
        pytest.skip("../shared (gold records) is not available")
    return load_gold(SEEDS_GOLD)


@pytest.fixture(scope="session")
def all_gold_records() -> list[DocumentRecord]:
    if not (SEEDS_GOLD.exists() and DEV_GOLD.exists()):
        pytest.skip("../shared (gold records) is not available")
    return load_gold(SEEDS_GOLD) + load_gold(DEV_GOLD)
