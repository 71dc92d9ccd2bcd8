"""Human-readable evidence for extracted facts (``kg extract --explain``)."""

from __future__ import annotations

from kg.record import DocumentRecord

__all__ = ["explain_records", "FIELDS"]

#: Record fields that hold facts, in the order they are explained.
FIELDS = {"cities": "city", "counties": "county", "officials": "official", "awards": "award",
          "inferred_awards": "inferred award", "programs": "program", "quotes": "quote", "events": "event",
          "amounts": "amount"}


def _summary(fact) -> str:
    d = fact.to_dict()
    d.pop("evidence", None)
    if "text" in d and isinstance(d["text"], str) and len(d["text"]) > 60:
        d["text"] = d["text"][:57] + "..."
    return ", ".join(f"{k}={v!r}" for k, v in d.items() if v not in (None, [], ""))


def explain_records(records: list[DocumentRecord]) -> str:
    """One block per document: each fact, then the sentence it came from with offsets."""
    lines: list[str] = []
    for rec in records:
        lines.append(f"== {rec.id} ({rec.file}) date={rec.date!r} publisher={rec.publisher!r}")
        for name, singular in FIELDS.items():
            for fact in getattr(rec, name):
                lines.append(f"  {singular}: {_summary(fact)}")
                ev = getattr(fact, "evidence", None)
                if ev is not None:
                    lines.append(f"      [{ev.start}:{ev.end}] {ev.sentence}")
        if rec.organizations:
            lines.append(f"  organizations: {', '.join(rec.organizations)}")
    return "\n".join(lines)
