"""What the report says, gathered from the store once: wins per award, streaks, decorated places, conflicts.

Why a separate step: the page and the plots only arrange these numbers, so tests can
check the numbers without parsing HTML, and the store is read with a handful of queries
(:mod:`kg.queries.facts`) whatever the size of the report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.queries import facts as F
from kg.queries.timeline import runs

__all__ = ["ReportData", "AwardSection", "Streak", "Decorated", "Conflict", "YearWin", "gather"]


@dataclass
class YearWin:
    """One recipient's win of one edition, merged over the documents that state or imply it."""

    recipient: str
    year: int
    ranks: list[int]
    categories: list[str]
    stated: bool
    wins: list[str]


@dataclass
class Streak:
    """A run of consecutive winning years of one award."""

    recipient: str
    award: str
    length: int
    first: int
    last: int
    wins: list[str]


@dataclass
class AwardSection:
    """Everything the report shows for one award series."""

    name: str
    iri: str
    wins: list[YearWin]
    streaks: list[Streak]

    @property
    def years(self) -> list[int]:
        return sorted({w.year for w in self.wins})

    @property
    def recipients(self) -> list[str]:
        return sorted({w.recipient for w in self.wins})


@dataclass
class Decorated:
    """A place with many wins, and the people who lead it and programs it runs."""

    place: str
    state: str
    wins: int
    awards: list[str]
    officials: list[tuple[str, str, list[str]]]  # (name, titles, holdings)
    programs: list[tuple[str, str]]  # (name, program IRI)
    win_facts: list[str]


@dataclass
class Conflict:
    """Two or more documents that state one win differently."""

    recipient: str
    edition: str
    field: str
    values: list[tuple[str, str]]  # (value, win IRI)


@dataclass
class ReportData:
    """The whole report's content; ``evidence`` covers every fact the sections link to."""

    awards: list[AwardSection]
    decorated: list[Decorated]
    conflicts: list[Conflict]
    documents: dict[str, F.Source]
    evidence: dict[str, list[F.Evidence]] = field(default_factory=dict)


def _label(ents: dict[str, F.Entity], iri: str) -> str:
    e = ents.get(iri)
    return e.label if e else iri.rstrip("/").rsplit("/", 1)[-1]


def _streaks(award: str, wins: list[YearWin], top: int) -> list[Streak]:
    by_recipient: dict[str, list[YearWin]] = defaultdict(list)
    for w in wins:
        by_recipient[w.recipient].append(w)
    out = []
    for recipient, ws in by_recipient.items():
        for first, last in runs(w.year for w in ws):
            if last > first:
                facts = [f for w in ws if first <= w.year <= last for f in w.wins]
                out.append(Streak(recipient, award, last - first + 1, first, last, facts))
    return sorted(out, key=lambda s: (-s.length, s.recipient, s.first))[:top]


def gather(store: Any, *, top: int = 10) -> ReportData:
    """Read the report's content from ``store``; ``top`` bounds the streak and decorated-place lists."""
    ents = F.entities(store)
    all_wins = [w for w in F.wins(store) if w.year is not None]
    merged: dict[tuple[str, str, int], list[F.Win]] = defaultdict(list)
    for w in all_wins:
        merged[(w.award, w.recipient, w.year)].append(w)

    per_award: dict[str, list[YearWin]] = defaultdict(list)
    for (award, recipient, year), ws in sorted(merged.items()):
        per_award[award].append(YearWin(
            _label(ents, recipient), year, sorted({w.rank for w in ws if w.rank is not None}),
            sorted({w.category for w in ws if w.category}), any(not w.inferred for w in ws), [w.iri for w in ws]))
    awards = [AwardSection(_label(ents, a), a, ws, _streaks(_label(ents, a), ws, top))
              for a, ws in per_award.items()]
    awards.sort(key=lambda s: (-len(s.wins), s.name))

    decorated = _decorated(store, ents, merged, top)
    conflicts = _conflicts(ents, all_wins)
    facts = {f for s in awards for w in s.wins for f in w.wins}
    facts |= {h for d in decorated for _, _, hs in d.officials for h in hs}
    facts |= {p for d in decorated for _, p in d.programs}
    return ReportData(awards, decorated, conflicts, F.documents(store), F.provenance(store, facts))


def _decorated(store: Any, ents: dict[str, F.Entity], merged: dict[tuple[str, str, int], list[F.Win]],
               top: int) -> list[Decorated]:
    count: dict[str, set[tuple[str, int]]] = defaultdict(set)
    facts: dict[str, list[str]] = defaultdict(list)
    for (award, recipient, year), ws in merged.items():
        if ents.get(recipient) and ents[recipient].type in ("City", "County"):
            count[recipient].add((award, year))
            facts[recipient] += [w.iri for w in ws]
    best = sorted(count, key=lambda r: (-len(count[r]), _label(ents, r)))[:top]
    leaders: dict[str, list[F.Lead]] = defaultdict(list)
    for lead in F.leads(store):
        leaders[lead.place].append(lead)
    programs: dict[str, list[str]] = defaultdict(list)
    for run in F.runs(store):
        programs[run.place].append(run.program)
    out = []
    for r in best:
        out.append(Decorated(
            _label(ents, r), ents[r].state, len(count[r]), sorted({_label(ents, a) for a, _ in count[r]}),
            [(_label(ents, x.person), "; ".join(x.titles), list(x.holdings)) for x in leaders[r]],
            sorted(((_label(ents, p), p) for p in programs[r]), key=lambda x: x[0].casefold()),
            facts[r]))
    return out


def _conflicts(ents: dict[str, F.Entity], wins: list[F.Win]) -> list[Conflict]:
    """Stated wins of one recipient and edition whose documents give different ranks or categories."""
    groups: dict[tuple[str, str], list[F.Win]] = defaultdict(list)
    for w in wins:
        if not w.inferred:
            groups[(w.recipient, w.edition)].append(w)
    out = []
    for (recipient, edition), ws in sorted(groups.items()):
        for name, get in (("rank", lambda w: w.rank), ("category", lambda w: w.category or None)):
            values = [(str(get(w)), w.iri) for w in ws if get(w) is not None]
            if len({v for v, _ in values}) > 1:
                out.append(Conflict(_label(ents, recipient), _label(ents, edition), name, sorted(values)))
    return out
