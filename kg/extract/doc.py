"""The document as the pipeline components see it: clean text cut into sentences.

Offsets are character offsets into ``Doc.text``, so every fact's
:class:`kg.record.Evidence` points back at the exact sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.record import Evidence

__all__ = ["Sentence", "Doc"]


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int

    def evidence(self) -> Evidence:
        return Evidence(sentence=self.text, start=self.start, end=self.end)


@dataclass
class Doc:
    id: str
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    #: Scratch space components share (e.g. places found, the award year in force).
    context: dict[str, Any] = field(default_factory=dict)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character ``offset``."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None
