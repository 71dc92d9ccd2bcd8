"""The one store interface every backend implements.

A :class:`Store` wraps an rdflib :class:`~rdflib.Dataset` whose default graph is
the union of the document graphs, so SPARQL written against "the graph" sees
every document, and ``GRAPH ?g`` still tells documents apart.

The union is a *set*: a fact stated by a thousand documents (``Boston a
civic:City``) is seen once.  Oxigraph's on-the-fly union repeats it once per
graph, which multiplies rows in every join, so the stores keep the union
materialised in the real default graph instead (updated in the same
transaction as the document graphs; the bookkeeping graph stays out of it).

Ingest is per document and incremental.  A document's facts live in its own
named graph(s) (as :func:`kg.rdf.mapping.record_to_quads` assigns them); the
store remembers which graphs a document owns and the hashes of its content and
facts (:mod:`kg.store.meta`).  :meth:`Store.add_document` then

* skips a document whose content, facts and base are unchanged (``"unchanged"``);
* otherwise maps the record to quads in memory first
  (:func:`kg.store.prepared.prepare_document`, which build workers run), and
  only then drops the old graphs and writes the new ones in one backend
  transaction (:meth:`Store._write`), so a document is in the store entirely or
  not at all.  :meth:`Store.add_prepared` writes a batch: all its new documents
  in one transaction.

Backends differ only in how they run that transaction and open/close.

Entity resolution (:mod:`kg.resolve`) runs after every change: it recomputes
the resolution graph (``owl:sameAs``, merged ``skos:altLabel``, flags) from the
document graphs and rewrites the default graph so that duplicates appear as
their canonical node (:meth:`Store.resolve`).  ``add_document(...,
resolve=False)`` defers it, for batches (:func:`kg.build.build_paths` resolves
once at the end).

Derived data never stays behind its documents: every document write also sets
a marker that resolution is due, in the same transaction; the transaction that
writes the resolution clears it; and a store opened for writing first finishes
whatever a marker says an interrupted writer left (:meth:`Store.recover`,
:mod:`kg.store.pending`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from kg.errors import KGError, QueryError, StoreError
from kg.rdf.namespaces import DEFAULT_BASE, bind_all
from kg.record import DocumentRecord
from kg.store.counts import Tally, counts_update, keeps_counts, record
from kg.store.meta import DOCUMENTS_QUERY, HASHES_QUERY, KGS, META_GRAPH, DocumentEntry, doc_node, meta_quads
from kg.store.pending import PENDING_QUERY, REBUILD, RESOLUTION, ROWS_DUE, STALE, Pending, pending_from_rows
from kg.store.terms import DEFAULT_GRAPH, data_update, term_text

if TYPE_CHECKING:
    from pathlib import Path

    from kg.store.prepared import PreparedDocument

__all__ = ["Store", "Compaction", "ADDED", "REPLACED", "UNCHANGED", "entry_from_pairs"]

ADDED, REPLACED, UNCHANGED = "added", "replaced", "unchanged"
#: IRIs of changed documents a store remembers for resolution before it stops tracking them.
CHANGED_LIMIT = 100_000


def entry_from_pairs(doc_id: str, pairs: Iterable[tuple]) -> DocumentEntry | None:
    """A document's bookkeeping entry from its (predicate, object) pairs in the metadata graph."""
    fields: dict = {}
    graphs: set[URIRef] = set()
    for p, o in pairs:
        if p == KGS.graph:
            graphs.add(URIRef(o))
        else:
            fields[p] = str(o)
    if KGS.documentId not in fields:
        return None
    return DocumentEntry(doc_id, fields.get(KGS.contentHash, ""), fields.get(KGS.recordHash, ""),
                         fields.get(KGS.base, ""), graphs, fields.get(KGS.extractor, ""),
                         _int(fields.get(KGS.statements)))


class Compaction:
    """:meth:`Store.compaction_after`: compacts the store after the block when asked and the block ended
    normally.  Why a context: a backend may start compacting inside it, while the last writes are computed."""

    def __init__(self, store: Store, wanted: bool) -> None:
        self.store, self.wanted = store, wanted

    def start(self, *, overlap: bool) -> None:
        """The block's remaining writes are the kept rows (``overlap``: recomputed whole, reading nothing
        they write); here, nothing to do before the block ends."""

    def __enter__(self) -> Compaction:
        return self

    def __exit__(self, kind, value, trace) -> bool:
        if self.wanted and kind is None:
            self.store.compact()
        return False


class Store:
    """A graph store: query it, add and remove documents, count it.  Use as a context manager.

    Subclasses set :attr:`dataset` and implement :meth:`_write`, :meth:`_bulk_insert`,
    :meth:`close` (and may speed up :meth:`__len__` or :meth:`quads`).
    """

    backend: str = "?"
    #: True when no other process can write while this one has it open (so what changed is known here)
    exclusive: bool = True

    def __init__(self, dataset: Dataset, *, location: str | None = None, read_only: bool = False) -> None:
        self.dataset = dataset
        self.location = location
        self.read_only = read_only
        bind_all(self.dataset)
        self._closed = False
        #: the repair :meth:`recover` made when the store was opened for writing (None: nothing pending)
        self.recovered = None
        #: IRIs the documents written since the last resolution mention (None: not known, so resolution
        #: looks at every node it ever named); see :func:`kg.resolve.apply.resolve_store`
        self._changed: set[URIRef] | None = None
        #: default-graph triples the removals since the last resolution took out (None: not known, as after an
        #: addition); their number is the union's shrinkage, and they are what the kept rows follow
        #: (:mod:`kg.resolve.row_reach`)
        self._union_removed: set[tuple] | None = None
        #: what the writes since the last resolution changed, for the counts it keeps (None: not known);
        #: see :mod:`kg.store.counts`
        self._tally: Tally | None = None

    # -- context manager -------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (for Oxigraph on disk: its lock).  Safe to call twice."""
        self._closed = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.backend} {self.location or '(memory)'}>"

    def reopened(self) -> Store:
        """This store as it is now: a fresh read-only view when another process wrote to it, else ``self``.

        Why: a long-lived reader (``kg serve``) must not keep answering from the
        snapshot it opened while ``kg build`` adds documents next to it.  Only
        on-disk read-only stores ever change under their reader; the others
        return ``self``.  The old view stays usable for queries already running.
        """
        return self

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Literal] | None = None) -> Result:
        """Run a SPARQL query over the union of the graphs; results are fully read.

        ``bindings`` gives values to ``$name`` variables (catalogue parameters) without
        pasting them into the text (see :meth:`_run`).  Raises :class:`kg.errors.QueryError`
        ``E300`` when the text does not parse, ``E302`` when evaluation fails.
        """
        try:
            result = self._run(sparql, dict(bindings or {}))
            if result.type == "SELECT":
                result.bindings  # noqa: B018  (materialise: a live cursor would pin the store open)
                from kg.queries.sets import declared_sets, normalise

                # a column the query declares a set (GROUP_CONCAT) reads the same on every engine
                result = normalise(result, declared_sets(sparql))
            return result
        except KGError:
            raise
        except Exception as exc:  # parsers raise SyntaxError (Oxigraph) or ParseException (rdflib)
            raise _query_error(exc) from None

    def _run(self, sparql: str, bindings: dict[str, Literal]) -> Result:
        """Evaluate with ``bindings``: here each ``$name`` token becomes one literal token.

        Why not rdflib's ``initBindings``: Oxigraph maps them to its substitutions, which refuse
        variables outside the projection (catalogue parameters always are), and a remote
        endpoint only takes text.  rdflib's own engine binds them (:class:`kg.store.memory.MemoryStore`).
        """
        if bindings:
            from kg.queries import term_token
            from kg.queries.sparql_text import substitute

            sparql = substitute(sparql, {name: term_token(term) for name, term in bindings.items()})
        return self.dataset.query(sparql)

    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE as is.

        Advanced use: it bypasses the per-document bookkeeping and does not keep
        the union default graph in step; prefer :meth:`add_document`, or follow it
        with ``resolve(full=True)``.
        """
        self._check_writable()
        self._changed = self._union_removed = self._tally = None  # what a raw update touched is unknown
        try:
            self.dataset.update(sparql)
        except Exception as exc:
            raise _query_error(exc) from None

    def entries(self) -> dict[str, DocumentEntry]:
        """Everything the store remembers per document id."""
        out: dict[str, DocumentEntry] = {}
        for row in self.query(DOCUMENTS_QUERY):
            doc_id = str(row.id)
            entry = out.setdefault(doc_id, DocumentEntry(
                doc_id, str(row.content or ""), str(row.record or ""), str(row.base or ""),
                extractor=str(row.extractor or ""), statements=_int(row.statements)))
            if row.graph is not None:
                entry.graphs.add(URIRef(row.graph))
        return out

    def entry(self, doc_id: str) -> DocumentEntry | None:
        """What the store remembers about one document (a direct lookup, not a scan)."""
        pairs = ((p, o) for _s, p, o, _g in self.dataset.quads((doc_node(doc_id), None, None, META_GRAPH)))
        return entry_from_pairs(doc_id, pairs)

    def documents(self) -> dict[str, str]:
        """doc_id -> content hash (sha256 of the source bytes) of every ingested document.

        One two-pattern query, not :meth:`entries` (whose optional fields cost 10x at 10k documents)."""
        return dict(sorted((str(i), str(h or "")) for i, h in self.query(HASHES_QUERY)))

    def quads(self, *, include_meta: bool = False) -> Iterable[tuple]:
        """Every (s, p, o, graph IRI) in the named graphs; bookkeeping only on request."""
        for s, p, o, g in self.dataset.quads((None, None, None, None)):
            g = getattr(g, "identifier", g)
            if g is None or g == DEFAULT_GRAPH or (g == META_GRAPH and not include_meta):
                continue
            yield s, p, o, g

    def fact_triples(self) -> Iterable[tuple]:
        """Each distinct (s, p, o) of the named graphs, bookkeeping excluded: what the NetworkX export
        draws (a fact stated by many documents once)."""
        return dict.fromkeys((s, p, o) for s, p, o, _g in self.quads())

    def document_nquads(self) -> Iterator[str]:
        """The document graphs as N-Quads text, in pieces (bookkeeping and the default graph left out): what
        ``kg export -f nquads`` writes. A store that can write its statements as text overrides this."""
        from kg.store.terms import nquad

        lines: list[str] = []
        for q in self.quads():
            lines.append(nquad(q) + "\n")
            if len(lines) >= 10_000:
                yield "".join(lines)
                lines = []
        if lines:
            yield "".join(lines)

    def fact_rows(self) -> Iterable[tuple]:
        """:meth:`fact_triples` as plain terms (:mod:`kg.rdf.plain_terms`: IRIs as text, literals as tuples),
        what the graph exports read: a store that can write its facts as text overrides this and no term
        object is made at all."""
        from kg.rdf.plain_terms import plain_rows

        return list(plain_rows(self.fact_triples()))

    def __len__(self) -> int:
        """Number of statements in the document graphs (bookkeeping excluded)."""
        row = next(iter(self.query(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")))
        return int(row[0])

    def union_graph(self) -> Graph:
        """An in-memory rdflib Graph of every fact (no bookkeeping), e.g. for SHACL or export."""
        graph = Graph()
        bind_all(graph)
        graph += ((s, p, o) for s, p, o, _ in self.quads())
        return graph

    def to_dataset(self, *, include_meta: bool = False) -> Dataset:
        """An in-memory copy of the named graphs (for serialising as TriG / N-Quads / JSON-LD)."""
        ds = Dataset()
        bind_all(ds)
        ds.addN(self.quads(include_meta=include_meta))
        return ds

    def canonical_nquads(self, *, include_meta: bool = True, include_default: bool = True) -> str:
        """Sorted N-Quads of the whole store (named graphs and, as triples, the default graph):
        equal strings mean equal stores."""
        from kg.store.terms import nquad

        lines = [nquad(q) + "\n" for q in self.quads(include_meta=include_meta)]
        if include_default:
            lines += [nquad((s, p, o, DEFAULT_GRAPH)) + "\n" for s, p, o in self.default_triples()]
        return "".join(sorted(lines))

    def default_objects(self, subject: URIRef, predicate: URIRef) -> list[str]:
        """Objects of ``subject predicate ?o`` in the default graph, as text (a pattern lookup, for the
        kept counts)."""
        return [str(o) for o in self.dataset.default_graph.objects(subject, predicate)]

    def default_subjects(self, predicate: URIRef, obj: URIRef) -> list[str]:
        """Subjects of ``?s predicate obj`` in the default graph, as text (a pattern lookup, for the kept
        counts)."""
        return [str(s) for s in self.dataset.default_graph.subjects(predicate, obj)]

    def default_triples(self) -> Iterable[tuple]:
        """The triples of the default graph (what queries see: the resolved union)."""
        return [tuple(row) for row in self.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")]

    def graph_quads(self, graphs: Iterable[URIRef]) -> Iterable[tuple]:
        """Every (s, p, o, g) of the named graphs ``graphs``."""
        out = []
        for g in graphs:
            out += [(s, p, o, g) for s, p, o in self.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")]
        return out

    def typed_quads(self, classes: Iterable[URIRef], predicates: Iterable[URIRef] | None = None) -> Iterable[tuple]:
        """Every (s, p, o, g) whose subject is typed with one of ``classes`` in that graph
        (bookkeeping excluded), only of ``predicates`` when given: what resolution reads, a
        fraction of the store."""
        values = " ".join(f"<{c}>" for c in classes)
        keep = f"FILTER(?p IN ({', '.join(f'<{p}>' for p in predicates)}))" if predicates is not None else ""
        rows = self.query(f"""SELECT ?s ?p ?o ?g WHERE {{ VALUES ?k {{ {values} }}
            GRAPH ?g {{ ?s a ?k . ?s ?p ?o {keep} }} FILTER(?g != <{META_GRAPH}>) }}""")
        return [tuple(r) for r in rows]

    def quads_touching(self, nodes: Iterable[URIRef]) -> Iterable[tuple]:
        """Every (s, p, o, g) of the named graphs (bookkeeping excluded) with a node as subject or object."""
        out = []
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT ?s ?p ?o ?g WHERE {{ VALUES ?x {{ {values} }}
                {{ GRAPH ?g {{ ?x ?p ?o }} BIND(?x AS ?s) }} UNION {{ GRAPH ?g {{ ?s ?p ?x }} BIND(?x AS ?o) }}
                FILTER(?g != <{META_GRAPH}>) }}""")
            out += [tuple(r) for r in rows]
        return out

    def default_touching(self, nodes: Iterable[URIRef]) -> Iterable[tuple]:
        """Every triple of the default graph with a node as subject or object."""
        out = []
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT ?s ?p ?o WHERE {{ VALUES ?x {{ {values} }}
                {{ ?x ?p ?o BIND(?x AS ?s) }} UNION {{ ?s ?p ?x BIND(?x AS ?o) }} }}""")
            out += [tuple(r) for r in rows]
        return out

    def default_subject_triples(self, nodes: Iterable[URIRef], predicates: Sequence[URIRef]) -> list[tuple]:
        """Every triple of the default graph with a node as subject and one of ``predicates``."""
        keep = ", ".join(f"<{p}>" for p in predicates)
        out = []
        for values in _iri_values(nodes):
            rows = self.query(f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} ?s ?p ?o FILTER(?p IN ({keep})) }}")
            out += [tuple(r) for r in rows]
        return out

    def subject_quads(self, nodes: Iterable[URIRef], predicates: Sequence[URIRef]) -> list[tuple]:
        """Every (s, p, o, g) of the named graphs (bookkeeping excluded) with a node as subject and
        one of ``predicates``: everything the documents say about a few entities, in all their graphs."""
        keep = ", ".join(f"<{p}>" for p in predicates)
        out = []
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }}
                GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({keep})) }} FILTER(?g != <{META_GRAPH}>) }}""")
            out += [tuple(r) for r in rows]
        return out

    def stated_objects(self, nodes: Iterable[URIRef], predicate: URIRef,
                       skip: Sequence[URIRef] = ()) -> set[tuple]:
        """Each distinct (node, object) that a named graph (bookkeeping and ``skip`` excluded) states of one of
        ``nodes`` with ``predicate``: what the documents say of it once, however many of them say it."""
        drop = ", ".join(f"<{g}>" for g in (META_GRAPH, *skip))
        out: set[tuple] = set()
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT DISTINCT ?s ?o WHERE {{ VALUES ?s {{ {values} }}
                GRAPH ?g {{ ?s <{predicate}> ?o }} FILTER(?g NOT IN ({drop})) }}""")
            out.update((s, o) for s, o in rows)
        return out

    def typed(self, nodes: Iterable[URIRef], classes: Sequence[URIRef]) -> set[URIRef]:
        """The ``nodes`` some named graph types with one of ``classes``."""
        kinds = " ".join(f"<{c}>" for c in classes)
        out: set[URIRef] = set()
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT DISTINCT ?x WHERE {{ VALUES ?x {{ {values} }} VALUES ?k {{ {kinds} }}
                GRAPH ?g {{ ?x a ?k }} }}""")
            out.update(URIRef(r[0]) for r in rows)
        return out

    def referrers(self, nodes: Iterable[URIRef], predicates: Sequence[URIRef]) -> set[URIRef]:
        """The subjects of named-graph statements ``?s p node`` with ``p`` one of ``predicates``."""
        keep = ", ".join(f"<{p}>" for p in predicates)
        out: set[URIRef] = set()
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT DISTINCT ?s WHERE {{ VALUES ?x {{ {values} }}
                GRAPH ?g {{ ?s ?p ?x FILTER(?p IN ({keep})) }} FILTER(?g != <{META_GRAPH}>) }}""")
            out.update(URIRef(r[0]) for r in rows if isinstance(r[0], URIRef))
        return out

    def keyed(self, *, nodes: Iterable[URIRef] = (), keys: Iterable[str] = (), everything: bool = False,
              predicate: URIRef) -> set[tuple[URIRef, str]]:
        """(node, key) rows of the bookkeeping under ``predicate``: of ``nodes``, with one of ``keys``,
        or ``everything``."""
        head = f"SELECT ?n ?k WHERE {{ {{}} GRAPH <{META_GRAPH}> {{ ?n <{predicate}> ?k }} }}"
        out: set[tuple[URIRef, str]] = set()
        if everything:
            return {(URIRef(n), str(k)) for n, k in self.query(head)}
        for values in _iri_values(nodes):
            out.update((URIRef(n), str(k)) for n, k in self.query(head.replace("{}", f"VALUES ?n {{ {values} }}")))
        for chunk in _chunks(sorted(keys), 500):
            values = " ".join(term_text(Literal(k)) for k in chunk)
            out.update((URIRef(n), str(k)) for n, k in self.query(head.replace("{}", f"VALUES ?k {{ {values} }}")))
        return out

    def graph_touching(self, graph: URIRef, nodes: Iterable[URIRef]) -> list[tuple]:
        """Every (s, p, o, graph) of the named graph ``graph`` with a node as subject or object."""
        out = []
        for values in _iri_values(nodes):
            rows = self.query(f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?x {{ {values} }} GRAPH <{graph}> {{
                {{ ?x ?p ?o BIND(?x AS ?s) }} UNION {{ ?s ?p ?x BIND(?x AS ?o) }} }} }}""")
            out += [(s, p, o, graph) for s, p, o in rows]
        return out

    def graph_predicate(self, graph: URIRef, predicate: URIRef) -> list[tuple]:
        """Every (s, predicate, o, graph) of the named graph ``graph``."""
        rows = self.query(f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s <{predicate}> ?o }} }}")
        return [(s, predicate, o, graph) for s, o in rows]

    def resolution_graphs(self) -> list[URIRef]:
        """The resolution graph(s) the bookkeeping records (one, or none before the first resolve)."""
        rows = self.query(f"SELECT ?g WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{KGS.graph}> ?g }} }}")
        return sorted(URIRef(r[0]) for r in rows)

    # -- resolution ------------------------------------------------------------------------
    def pending(self) -> Pending:
        """What an earlier writer left unfinished (see :mod:`kg.store.pending`): one small query."""
        return pending_from_rows(self.query(PENDING_QUERY))

    def recover(self):
        """Finish what an interrupted writer left: the :class:`kg.resolve.Resolution` run, or None.

        Why: a ``kill -9`` between writing documents and writing their resolution
        must not leave the default graph unresolved for good.  Documents a bulk
        load wrote only in part are dropped whole (with their bookkeeping, so the
        next build adds them again), then resolution runs; ``full`` when the
        default graph may hold triples of the dropped ones.  :func:`kg.store.open_store`
        calls this on every store it opens for writing; it costs two lookups when
        nothing is pending (and a full count when the counts ``kg stats`` reads were lost)."""
        pending = self.pending()
        if not pending.due:
            if not keeps_counts(self):
                # a writer killed between a resolution that dropped the counts and their recount (or while its
                # compaction copied the store): count them again, so the store is what a clean build leaves
                record(self)
            self._track()  # resolved: from now on, track what changes
            return None
        if pending.loading:
            self._drop_partial(pending.loading)
        return self.resolve()

    def _drop_partial(self, iris: Sequence[URIRef]) -> None:
        """In ONE transaction: drop the graphs and bookkeeping nodes an unfinished bulk load names,
        clear its marker and ask for a full rebuild of the default graph."""
        from kg.store.pending import LOAD

        ops = [f"DROP SILENT GRAPH <{i}>" for i in iris]
        ops += [f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{i}> ?p ?o }} }}" for i in iris]
        ops.append(f"DELETE WHERE {{ GRAPH <{META_GRAPH}> {{ <{LOAD}> ?p ?o }} }}")
        ops.append(data_update([], [], [REBUILD]))
        self._apply_update(" ;\n".join(ops))

    def resolve(self, *, full: bool = False, compact: bool = False, rows_aside: bool = False):
        """Re-run entity resolution; returns the :class:`kg.resolve.Resolution`.

        By default only the default-graph triples of nodes that resolution touches
        (now or before) are rewritten; ``full=True`` rebuilds the whole default graph
        from the document graphs (a repair, e.g. after :meth:`update` or an interrupted
        bulk load, which the bookkeeping then asks for by itself).  The resolution, the
        union's size and the clearing of the pending markers are one transaction.  ``compact``: then
        compact the store (:meth:`compact`), overlapped with the kept rows where the backend can.
        ``rows_aside``: compute the largest kinds of kept rows in other processes where the backend can (a
        large build's, :mod:`kg.resolve.rows_aside`)."""
        from kg.resolve.apply import resolve_store

        self._check_writable()
        pending = self.pending()
        result = resolve_store(self, full=full or pending.rebuild, pending=pending.stale or pending.rebuild,
                               changed=self._changed, rows_due=pending.rows, compact=compact,
                               rows_aside=rows_aside)
        self._track()
        return result

    def _track(self) -> None:
        """Start following what writes change (only a store no other process writes to can)."""
        self._changed = set() if self.exclusive else None
        self._union_removed = set() if self.exclusive else None
        # counts are followed only where they are kept: else the next resolution counts them anyway
        self._tally = Tally() if self.exclusive and keeps_counts(self) else None

    def bases(self) -> tuple[set[str], bool]:
        """The instance bases the documents were built with, and whether there is any document."""
        # two scans of one predicate each, not a join over every document (0.2 s at 10k documents)
        rows = list(self.query(f"SELECT DISTINCT ?b WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.base}> ?b }} }}"))
        has = bool(rows) or bool(list(self.query(
            f"SELECT ?d WHERE {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id }} }} LIMIT 1")))
        return {str(r[0]) for r in rows if r[0] is not None and str(r[0])}, has

    def graph_nodes(self, graphs: Iterable[URIRef]) -> set[URIRef]:
        """The IRIs the named graphs ``graphs`` have as subject or object."""
        return {t for s, _p, o, _g in self.graph_quads(graphs) for t in (s, o) if isinstance(t, URIRef)}

    def _note_changed(self, nodes: Iterable[URIRef]) -> None:
        """Remember IRIs written documents mention, until so many that rechecking every named node is
        as cheap (a large build): then stop tracking, which also stops spending time on it."""
        if self._changed is not None:
            nodes = set(nodes)
            self._changed.update(nodes)
            if len(self._changed) > CHANGED_LIMIT:
                self._changed = None
        if self._changed is None or (self._tally is not None and not self._tally.note(self, nodes)):
            self._tally = None  # too many to follow: the counts are counted again after resolution

    def write_derived(self, old_graphs: list[URIRef], graph: URIRef | None, graph_quads: list[tuple],
                      *, delete: list[tuple], insert: list[tuple], full: bool = False,
                      graph_delete: Sequence[tuple] = (), meta_delete: Sequence[tuple] = (),
                      meta_insert: Sequence[tuple] = (), union: int | None = None) -> None:
        """In ONE transaction: replace the resolution graph(s) ``old_graphs`` by ``graph`` holding
        ``graph_quads`` (or, with no graph to replace, take ``graph_delete`` out of it and add
        ``graph_quads``), take ``delete`` out of / put ``insert`` into the default graph, swap
        ``meta_delete`` for ``meta_insert`` in the bookkeeping (resolution keys), record the default
        graph's size (``union`` when the caller knows it, else counted) so ``kg stats`` need not count
        it, and clear the marker that resolution is due (and, with ``full``, the one that the default
        graph needed rebuilding)."""
        self._check_writable()
        drop = [(RESOLUTION, KGS.graph, g, META_GRAPH) for g in old_graphs] + [STALE] + ([REBUILD] if full else [])
        add = [(RESOLUTION, KGS.graph, graph, META_GRAPH)] if graph is not None else []
        add.append(ROWS_DUE)  # the win rows follow in a transaction of their own
        text = data_update(old_graphs, drop + list(graph_delete) + list(meta_delete)
                           + [(s, p, o, None) for s, p, o in delete],
                           [(s, p, o, None) for s, p, o in insert] + list(graph_quads) + add + list(meta_insert))
        node, meta = RESOLUTION, META_GRAPH
        count = ("WHERE { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } }" if union is None
                 else f"WHERE {{ BIND({int(union)} AS ?n) }}")
        counts, recount = counts_update(self, self._tally, delete, insert)
        self._apply_update(
            text + " ;\n" + counts + " ;\n"
            f"DELETE WHERE {{ GRAPH <{meta}> {{ <{node}> <{KGS.unionTriples}> ?n }} }} ;\n"
            f"INSERT {{ GRAPH <{meta}> {{ <{node}> <{KGS.unionTriples}> ?n }} }} " + count)
        if recount:
            record(self)

    def recorded_union(self) -> int | None:
        """The default graph's size as the last resolution recorded it (None: never recorded)."""
        rows = list(self.query(
            f"SELECT ?n WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{KGS.unionTriples}> ?n }} }}"))
        return _int(rows[0][0]) if rows else None

    def keys_version(self) -> str:
        """The version of the resolution keys the bookkeeping holds ("" when it holds none)."""
        rows = list(self.query(
            f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{RESOLUTION}> <{KGS.resolutionKeys}> ?v }} }}"))
        return str(rows[0][0]) if rows else ""

    def _apply_update(self, text: str) -> None:
        """Our own updates (resolution, bookkeeping): unlike :meth:`update`, what they change is known."""
        self._check_writable()
        try:
            self.dataset.update(text)
        except Exception as exc:
            raise _query_error(exc) from None

    # -- writing ---------------------------------------------------------------------------
    def add_document(self, record: DocumentRecord, base: str = DEFAULT_BASE, *, resolve: bool = True,
                     extractor: str | None = None) -> str:
        """Add or replace one document's facts; return ``"added"``, ``"replaced"`` or ``"unchanged"``.

        The record is taken to come from this version's extractor (its fingerprint is
        recorded, as ``kg build`` does); pass ``extractor=""`` for a record made otherwise,
        so that a build never skips its file.  Then resolution runs again (unless
        ``resolve=False``: call :meth:`resolve` after the batch)."""
        from kg.store.fingerprint import extractor_fingerprint
        from kg.store.prepared import prepare_document

        self._check_writable()
        if extractor is None:
            extractor = extractor_fingerprint()
        status = self.add_prepared([prepare_document(record, base, extractor=extractor)])[0]
        if resolve and status != UNCHANGED:
            self.resolve()
        return status

    def add_prepared(self, batch: Sequence[PreparedDocument],
                     known: Mapping[str, DocumentEntry] | None = None, *, bulk: bool = False) -> list[str]:
        """Write a batch of prepared documents; the status of each, in order.

        Unchanged ones (same content, facts and base) are skipped; when only the
        extractor stamp differs, their bookkeeping is brought up to date.  New
        documents go in together, in ONE transaction (why: a transaction per
        document cost more than the writing itself); each replaced one is one
        transaction of its own, retracting its old graphs first.  ``known`` is what
        the store remembers per document (looked up one by one when not given).
        ``bulk=True`` lets the backend load new documents with its bulk loader
        instead (several times faster, but not one transaction: for filling a new
        store, where an interrupted load is simply built again).
        Resolution is not run (call :meth:`resolve`)."""
        self._check_writable()
        if bulk:
            # filling a new store: resolution and the kept counts look at every node anyway, so noting what
            # each document names (parsing its N-Quads again here: 13 of a 10k build's seconds) is waste
            self._changed = self._tally = None
        statuses, fresh = [], []
        for doc in batch:
            new = doc.entry
            old = known.get(new.doc_id) if known is not None else self.entry(new.doc_id)
            if old is not None and old.same_as(new):
                if (old.extractor, old.statements) != (new.extractor, new.statements):
                    self._restamp(old, new)
                    self._count_statements(old, new)
                statuses.append(UNCHANGED)
            elif old is None:
                fresh.append(doc)
                if self._changed is not None:
                    self._note_changed(doc.nodes())
                self._count_statements(None, new)
                statuses.append(ADDED)
            else:
                if self._changed is not None:
                    self._note_changed(self.graph_nodes(old.graphs) | doc.nodes())
                self._write(old, [*doc.quads(), STALE])
                self._count_statements(old, new)
                statuses.append(REPLACED)
        if fresh:
            self._insert_new(fresh, bulk=bulk)
        if fresh or REPLACED in statuses:
            self._union_removed = None  # what the union gained is not counted
        return statuses

    def _insert_new(self, docs: Sequence[PreparedDocument], *, bulk: bool = False) -> None:
        """Documents the store has never seen, in one transaction (with the marker that resolution is due)."""
        self._write(None, [*(q for doc in docs for q in doc.quads()), STALE])

    def _restamp(self, old: DocumentEntry, new: DocumentEntry) -> None:
        """Rewrite a document's bookkeeping only (its facts are the same)."""
        from kg.store.terms import replace_update

        self._apply_update(replace_update([], [(doc_node(old.doc_id), META_GRAPH)], meta_quads(new)))

    def remove_document(self, doc_id: str, *, resolve: bool = True) -> bool:
        """Retract one document's graphs and bookkeeping; False when it is not in the store.

        Resolution then runs again (unless ``resolve=False``), so a merge only that
        document justified is undone."""
        self._check_writable()
        old = self.entry(doc_id)
        if old is None:
            return False
        if self._changed is not None:
            self._note_changed(self.graph_nodes(old.graphs))
        if self._union_removed is not None:
            self._union_removed |= self._union_share(sorted(old.graphs))
        self._write(old, [STALE])
        self._count_statements(old, None)
        if resolve:
            self.resolve()
        return True

    def _count_statements(self, old: DocumentEntry | None, new: DocumentEntry | None) -> None:
        """Follow the documents' statement total for the kept counts (see :mod:`kg.store.counts`)."""
        if self._tally is not None:
            self._tally.statements += (new.statements if new else 0) - (old.statements if old else 0)

    def write_rows(self, delete: Sequence[tuple], insert: Sequence[tuple]) -> None:
        """Delete then insert kept rows' bookkeeping quads, in one transaction."""
        self._apply_update(data_update([], delete, insert))

    def compaction_after(self, wanted: bool) -> Compaction:
        """A context for the end of a resolution: with ``wanted``, the store is compacted when it ends
        normally; backends that can overlap the compaction with the kept rows' computation do so from
        :meth:`Compaction.start` on (:mod:`kg.store.compaction_stream`)."""
        return Compaction(self, wanted)

    def checkpoint_folder(self) -> Path | None:
        """A new folder beside the store holding, in ``checkpoint``, a read-only copy of it as it is now, for
        another process to read (:mod:`kg.resolve.rows_aside`); None where the backend cannot make one.  The
        caller removes the folder; what a killed writer leaves is removed by the next one."""
        return None

    def compact(self) -> None:
        """Give back the space large writes leave behind (superseded versions, the write-ahead log).

        Why a separate step: compacting costs about a second per thousand documents, worth it after a
        large build, not after each small one.  Backends that manage their own files do nothing."""
        self._check_writable()

    def _union_share(self, graphs: list[URIRef]) -> set[tuple]:
        """The default-graph triples retracting ``graphs`` takes out (those no other graph states): read
        before a removal so that resolution need not count the whole union afterwards, and so that the kept
        rows follow only what changed."""
        if not graphs:
            return set()
        old = " ".join(f"<{g}>" for g in graphs)
        rows = self.query(f"""SELECT DISTINCT ?s ?p ?o WHERE {{
            VALUES ?old {{ {old} }} GRAPH ?old {{ ?s ?p ?o }}
            FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }}
                                 FILTER(?other NOT IN ({old.replace(' ', ', ')}, <{META_GRAPH}>)) }}
            ?s ?p ?o }}""")
        return {(s, p, o) for s, p, o in rows}

    def bulk_load(self, quads: Iterable[tuple]) -> None:
        """Load (s, p, o, graph) quads as fast as the backend can, outside the bookkeeping.

        For benchmarks and dumps: no hashes are recorded and it is not atomic.
        The union default graph is kept up to date (each quad's triple is added to it).
        """
        self._check_writable()
        self._changed = self._union_removed = self._tally = None  # not tracked: resolve everything next

        def both() -> Iterable[tuple]:
            for s, p, o, g in quads:
                yield s, p, o, g
                if g != META_GRAPH:
                    yield s, p, o, DEFAULT_GRAPH

        self._bulk_insert(both())

    def _bulk_insert(self, quads: Iterable[tuple]) -> None:
        raise NotImplementedError

    def _bulk_insert_file(self, path: Path, quads: Iterable[tuple] = ()) -> None:
        """:meth:`_bulk_insert` of the N-Quads file ``path`` (rows computed in another process), then of
        ``quads``."""
        import pyoxigraph as ox

        from kg.store.terms import from_ox

        with open(path, "rb") as text:
            self._bulk_insert([(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name))
                               for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)])
        self._bulk_insert(quads)

    def _write(self, old: DocumentEntry | None, quads: list[tuple]) -> None:
        """In ONE transaction: retract ``old`` (its graphs, its share of the union, its
        bookkeeping), then insert ``quads`` (which already carry their union triples and
        the marker that resolution is due, :data:`kg.store.pending.STALE`)."""
        raise NotImplementedError

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("E202", self.location, detail="the store was opened read-only")


def _int(value: object) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return 0


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _iri_values(nodes: Iterable[URIRef]) -> Iterable[str]:
    """The body of a VALUES block for ``nodes``, 500 IRIs at a time (a query text an engine parses fast)."""
    for chunk in _chunks(sorted(nodes), 500):
        yield " ".join(f"<{n}>" for n in chunk)


def _query_error(exc: Exception) -> QueryError:
    text = " ".join(str(exc).split()) or type(exc).__name__
    parse_errors = ("SyntaxError", "ParseException", "ParseSyntaxException", "ParseFatalException")
    if type(exc).__name__ in parse_errors:
        return QueryError("E300", None, detail=text)
    return QueryError("E302", None, detail=f"{type(exc).__name__}: {text}")
