"""Counts ``kg stats`` prints, kept in the bookkeeping and brought up to date by each resolution.

Why kept: counting the entities per class and the awards won per year over the
union of ten million statements takes about 1.5 s inside the engine, and adding
up 50,000 documents' statement counts another 0.5 s; ``kg stats`` should read a
few numbers instead.

They live on the resolution's bookkeeping node as one JSON literal::

    kgs:resolution kgs:counts '{"classes": {IRI: n}, "years": {"2011": n}, "statements": n}' .

What the counts depend on is the default graph (which resolution writes) and
each document's statement count (which its bookkeeping entry records):

* entities of a class: the ``?s a ?class`` triples of the default graph;
* awards won in a year: the distinct ``(?who, ?edition, ?year)`` with
  ``?who civic:won ?edition . ?edition civic:year ?year``, which is, per
  edition, (its winners) x (its years).

So the counts are a sum over nodes of what each node contributes (a subject's
classes; an edition's winners times its years).  Every write notes, before it
writes, the state of the nodes it may change (:class:`Tally`: the IRIs a
document's quads name, the same set resolution rechecks); the transaction that
writes the next resolution replaces the old counts by old + (after - before)
over those nodes, reading only them.  When the writes are not known (a raw
SPARQL update, a bulk load, more nodes than :data:`TALLY_LIMIT`, a store other
clients write to) or the store kept no counts yet, the counts are dropped in
that transaction and counted in full right after it (:func:`record`; a store
other clients write to, a SPARQL server, is always counted so); a reader that
finds none counts them itself, as before they were kept.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rdflib import RDF, Literal, URIRef

from kg.rdf.namespaces import CIVIC
from kg.store.meta import KGS, META_GRAPH
from kg.store.pending import RESOLUTION

__all__ = ["COUNTS", "TALLY_LIMIT", "Kept", "NodeState", "Tally", "kept", "keeps_counts", "counts_update", "record",
           "counted", "document_statements"]

#: predicate of the JSON literal of kept counts, on the resolution's bookkeeping node
COUNTS = KGS.counts
#: nodes a tally follows before counting everything again is cheaper (a lookup or three per node
#: against about 1.5 s for a full count at ten million statements)
TALLY_LIMIT = 20_000


@dataclass
class Kept:
    """What ``kg stats`` reads: entities per class, awards won per year, statements in the documents."""

    classes: dict[str, int] = field(default_factory=dict)
    years: dict[str, int] = field(default_factory=dict)
    #: sum of the documents' statement counts (None: some document has none recorded)
    statements: int | None = None

    def to_json(self) -> str:
        return json.dumps({"classes": dict(sorted(self.classes.items())), "years": dict(sorted(self.years.items())),
                           "statements": self.statements}, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Kept | None:
        try:
            data = json.loads(text)
            return cls({str(k): int(v) for k, v in data["classes"].items()},
                       {str(k): int(v) for k, v in data["years"].items()},
                       None if data.get("statements") is None else int(data["statements"]))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None  # unreadable: counted again, as if never kept

    def class_rows(self) -> list[tuple[str, int]]:
        """As :func:`kg.store.stats.class_counts`: most frequent first, then by IRI."""
        return sorted(((c, n) for c, n in self.classes.items() if n > 0), key=lambda r: (-r[1], r[0]))

    def year_rows(self) -> list[tuple[int, int]]:
        """As :func:`kg.store.stats.awards_per_year`: by year, years that are no integer left out."""
        out = []
        for year, n in self.years.items():
            try:
                out.append((int(year), n))
            except ValueError:
                continue
        return sorted(r for r in out if r[1] > 0)


@dataclass
class NodeState:
    """What one node contributes to the counts: the classes it has, and as an edition its winners and years."""

    classes: set[str] = field(default_factory=set)
    winners: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)

    def add_to(self, counts: Counter, sign: int) -> None:
        for c in self.classes:
            counts["c", c] += sign
        if self.winners:
            for y in self.years:
                counts["y", y] += sign * len(self.winners)


def read_states(store, nodes: Iterable[URIRef]) -> dict[URIRef, NodeState]:
    """The current state of ``nodes`` in the default graph, three pattern lookups each."""
    out = {}
    for n in nodes:
        out[n] = NodeState(set(store.default_objects(n, RDF.type)), set(store.default_subjects(CIVIC.won, n)),
                           set(store.default_objects(n, CIVIC.year)))
    return out


@dataclass
class Tally:
    """The state of every node the writes since the counts were last kept may have changed, as it was
    before the first of them; and how many statements the documents gained."""

    before: dict[URIRef, NodeState] = field(default_factory=dict)
    statements: int = 0

    def note(self, store, nodes: Iterable[URIRef]) -> bool:
        """Read the state of ``nodes`` not noted yet (call before writing); False past :data:`TALLY_LIMIT`."""
        new = [n for n in nodes if n not in self.before]
        if len(self.before) + len(new) > TALLY_LIMIT:
            return False
        self.before.update(read_states(store, new))
        return True


def _touched(triples: Iterable[tuple]) -> set[URIRef]:
    """Nodes whose state the default-graph ``triples`` change."""
    out: set[URIRef] = set()
    for s, p, o in triples:
        if p == RDF.type or p == CIVIC.year:
            out.add(s)
        elif p == CIVIC.won and isinstance(o, URIRef):
            out.add(o)
    return out


def _apply(states: dict[URIRef, NodeState], triples: Sequence[tuple], add: bool) -> None:
    for s, p, o in triples:
        if p == RDF.type:
            part, node, value = "classes", s, str(o)
        elif p == CIVIC.year:
            part, node, value = "years", s, str(o)
        elif p == CIVIC.won and isinstance(o, URIRef):
            part, node, value = "winners", o, str(s)
        else:
            continue
        values = getattr(states[node], part)
        if add:
            values.add(value)
        else:
            values.discard(value)


def kept(store) -> Kept | None:
    """The counts the bookkeeping keeps (None: not kept, or documents written since are not resolved yet)."""
    return None if store.pending().due else _recorded(store)


def keeps_counts(store) -> bool:
    """Whether the bookkeeping holds counts to bring up to date (one pattern lookup)."""
    return bool(list(store.query(
        f"SELECT ?c WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{COUNTS}> ?c }} }} LIMIT 1")))


def _recorded(store) -> Kept | None:
    """The counts the last resolution kept, whatever was written since (None: none kept)."""
    rows = list(store.query(f"SELECT ?c WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{COUNTS}> ?c }} }}"))
    return Kept.from_json(str(rows[0][0])) if len(rows) == 1 else None


def counts_update(store, tally: Tally | None, delete: Sequence[tuple], insert: Sequence[tuple]) -> tuple[str, bool]:
    """The SPARQL operations that bring the kept counts in line with a resolution deleting ``delete`` from and
    inserting ``insert`` into the default graph (to run in its transaction), and whether the counts must be
    counted in full after it (:func:`record`) because they cannot be brought up to date."""
    old = _recorded(store) if tally is not None else None
    drop = f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{COUNTS}> ?c }} }}"
    if old is None:
        return drop, True
    before = dict(tally.before)
    before.update(read_states(store, (_touched(delete) | _touched(insert)) - before.keys()))
    after = read_states(store, before)
    _apply(after, delete, add=False)
    _apply(after, insert, add=True)
    delta: Counter = Counter()
    for node, state in before.items():
        state.add_to(delta, -1)
        after[node].add_to(delta, +1)
    new = Kept(dict(old.classes), dict(old.years),
               None if old.statements is None else old.statements + tally.statements)
    for (part, key), n in delta.items():
        target = new.classes if part == "c" else new.years
        target[key] = target.get(key, 0) + n
        if target[key] == 0:
            del target[key]
    if not (new.classes or new.years or new.statements):  # an empty store keeps nothing
        return drop, False
    return drop + " ;\n" + _insert(new), False


def _insert(counts: Kept) -> str:
    from kg.store.terms import term_text

    return (f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{COUNTS}> "
            f"{term_text(Literal(counts.to_json()))} }} }}")


def counted(store) -> Kept:
    """The counts, counted over the whole store (what is kept must always equal this)."""
    from kg.store.stats import class_counts

    # as awards_per_year, keyed by the year's text rather than its number
    years = store.query(f"""
        SELECT ?year (COUNT(*) AS ?n) WHERE {{
          SELECT DISTINCT ?who ?edition ?year WHERE {{
            ?who <{CIVIC.won}> ?edition . ?edition <{CIVIC.year}> ?year }}
        }} GROUP BY ?year""")
    return Kept(dict(class_counts(store)), {str(y): int(n) for y, n in years}, document_statements(store))


def document_statements(store) -> int | None:
    """The documents' statement counts added up (None when some document has none recorded)."""
    row = next(iter(store.query(f"""SELECT (SUM(?n) AS ?total) (COUNT(?d) AS ?docs) (COUNT(?n) AS ?counted)
        WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id OPTIONAL {{ ?d <{KGS.statements}> ?n }} }} }}""")))
    total, docs, known = (int(v) if v is not None else 0 for v in row)
    return total if docs == known else None


def record(store) -> None:
    """Count everything and keep it (its own transaction, after the resolution that dropped the old counts)."""
    counts = counted(store)
    if counts.classes or counts.statements:  # an empty store keeps nothing
        store._apply_update(_insert(counts))
