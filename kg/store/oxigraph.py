"""The default backend: Oxigraph (on disk, or in memory), reached through rdflib via oxrdflib.

Why Oxigraph: it persists on disk without a server, and at a million
statements it answers typical queries 5-50x faster than rdflib's memory store
in half the memory (``benchmarks/bench_store.py``; loading costs about the
same, bound by converting rdflib terms).  Users and code still see rdflib's API
(``store.dataset`` is an rdflib Dataset over oxrdflib's ``OxigraphStore``);
the hot paths call pyoxigraph directly:

* a new document goes in with one ``Store.extend`` call (transactional);
* a changed or removed document is one SPARQL UPDATE request (retract its
  share of the union default graph, drop its graphs, delete its bookkeeping,
  insert the new quads), which Oxigraph applies in a single transaction: all
  or nothing;
* :meth:`OxigraphStore.bulk_load` uses pyoxigraph's bulk loader.

Only one process may open an on-disk store for writing (RocksDB's lock); a
second gets ``error[E201]``.  Read-only opens do not take the lock.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore as _RdflibOxigraph
from oxrdflib._converter import from_ox_graph_name, to_ox, to_ox_quad_pattern
from rdflib import RDF, Dataset, Graph, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import StoreError
from kg.store.base import Store
from kg.store.compaction import remove_leftovers
from kg.store.meta import HASHES_QUERY, META_GRAPH, DocumentEntry, doc_node
from kg.store.pending import ROWS_DUE, STALE, loading_quads
from kg.store.terms import (
    data_update,
    from_ox,
    gc_paused,
    nquad,
    nquads_pieces,
    ox_quad,
    plain,
    replace_update,
)

__all__ = ["OxigraphStore", "open_oxigraph", "io_error", "BULK_LOAD_QUADS"]

#: Most N-Quads lines given to Oxigraph's bulk loader at once: half of the chunk it publishes atomically
#: (``DEFAULT_BULK_LOAD_BATCH_SIZE``, a million quads, in Oxigraph 0.4 and 0.5).
BULK_LOAD_QUADS = 500_000


class _PlainOxigraph(_RdflibOxigraph):
    """oxrdflib's store, giving back ``"x"`` where it would say ``"x"^^xsd:string``.

    RDF 1.1 makes them the same literal, but rdflib compares and prints them
    differently, so without this ``(s, rdfs:label, Literal("Boston")) in graph``
    would be False on what the mapping wrote.
    """

    def triples(self, triple_pattern, context=None):
        try:
            found = self._inner.quads_for_pattern(*to_ox_quad_pattern(triple_pattern, context))
        except (TypeError, ValueError):
            return iter(())
        return (((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)),
                 iter((from_ox_graph_name(q.graph_name, self),))) for q in found)

    def query(self, query, initNs, initBindings, queryGraph, **kwargs) -> Result:  # noqa: N803
        """As oxrdflib's, with each row's terms converted through :func:`from_ox`'s cache.

        Why: converting a result term by term into new rdflib objects took as long as the engine's
        own work on results of thousands of rows (every row repeats the same labels and years)."""
        if isinstance(query, str) and not initBindings and not kwargs and queryGraph != "__UNION__":
            found = self._inner.query(
                query, prefixes=dict(self._namespace_for_prefix, **initNs),
                default_graph=to_ox(queryGraph) if isinstance(queryGraph, Node) else None)
            if isinstance(found, ox.QuerySolutions):
                result = Result("SELECT")
                result.vars = [Variable(v.value) for v in found.variables]
                names = result.vars
                result.bindings = [{v: None if t is None else from_ox(t) for v, t in zip(names, row, strict=True)}
                                   for row in found]
                return result
            if isinstance(found, ox.QueryBoolean):
                result = Result("ASK")
                result.askAnswer = bool(found)
                return result
            result = Result("CONSTRUCT")
            result.graph = Graph()
            result.graph += (tuple(from_ox(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in found)
            return result
        result = super().query(query, initNs, initBindings, queryGraph, **kwargs)
        if result.type == "SELECT":
            result.bindings = [{k: plain(v) for k, v in row.items()} for row in result.bindings]
        elif result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            graph += ((s, p, plain(o)) for s, p, o in result.graph)
            result.graph = graph
        return result


class OxigraphStore(Store):
    """Oxigraph behind rdflib: persistent when given a folder, in memory otherwise."""

    backend = "oxigraph"

    def __init__(self, ox_store: ox.Store, *, location: str | None = None, read_only: bool = False) -> None:
        self._ox: ox.Store | None = ox_store
        #: while a compaction overlaps the kept rows, where their writes go instead (kg.store.compaction_stream)
        self._deferred = None
        self._stamp = _folder_stamp(location) if read_only and location else None
        self._rdflib_store = _PlainOxigraph(store=ox_store)
        super().__init__(Dataset(store=self._rdflib_store, default_union=False),
                         location=location, read_only=read_only)

    @property
    def ox(self) -> ox.Store:
        """The pyoxigraph store, for code that wants Oxigraph's own API."""
        if self._ox is None:
            raise StoreError("E200", self.location, detail="the store is closed")
        return self._ox

    def reopened(self) -> OxigraphStore:
        """A new read-only view when the folder changed since this one opened (a writer committed)."""
        if self._stamp is None or self._ox is None or _folder_stamp(self.location) == self._stamp:
            return self
        try:
            return open_oxigraph(self.location, read_only=True)
        except StoreError:
            return self  # the folder is mid-change or gone: keep answering from what we have

    def close(self) -> None:
        """Drop every reference to the pyoxigraph store so RocksDB releases its lock."""
        if self._ox is not None and not self.read_only:
            try:
                self._ox.flush()
            except OSError:
                pass
        self._ox = None
        self._rdflib_store._store = None
        super().close()

    def __len__(self) -> int:
        """Counted inside the engine (iterating quads in Python took seconds per million)."""
        counts = self.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{META_GRAPH}> {{ ?s ?p ?o }} }}")
        meta = int(next(iter(counts))[0].value)
        default = int(next(iter(self.ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)
        return len(self.ox) - meta - default

    def documents(self) -> dict[str, str]:
        """As :meth:`Store.documents`, read with Oxigraph's own API: the ids and hashes are used as plain
        strings, so making rdflib terms of them first is waste (1.5 s of ``kg stats`` at 50k documents,
        0.7 s without)."""
        rows = self.ox.query(HASHES_QUERY)
        return dict(sorted((row[0].value, "" if row[1] is None else row[1].value) for row in rows))

    def quads(self, *, include_meta: bool = False) -> Iterable[tuple]:
        meta = str(META_GRAPH)
        for q in self.ox:
            g = q.graph_name
            if isinstance(g, ox.DefaultGraph) or (not include_meta and g.value == meta):
                continue
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(g)

    def fact_triples(self) -> Iterable[tuple]:
        """As :meth:`Store.fact_triples`, made distinct inside the engine, each term converted once (a dict of
        this read's own, not the shared cache that a million statements' literals overflow), with the cycle
        collector paused (reading every quad into Python and deduplicating there took twice as long)."""
        rows = self.ox.query(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")
        cache: dict = {}
        get = cache.get

        def term(t):
            found = cache[t] = from_ox(t)
            return found

        with gc_paused():
            return [(get(s) or term(s), get(p) or term(p), get(o) or term(o)) for s, p, o in rows]

    def fact_rows(self) -> Iterator[tuple]:
        """As :meth:`Store.fact_rows`, as they come (:meth:`_tsv`): reading the text and whatever consumes the
        rows overlap the engine's work, and the whole text is never held in memory. A million statements
        (747k facts): the engine 6-8 s, reading the text 1.7-2 s, against 13 s as pyoxigraph and rdflib terms
        (measured 2026-12-07, a noisy machine)."""
        from kg.rdf.plain_terms import iter_tsv

        yield from iter_tsv(self._tsv(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}"))

    def document_nquads(self) -> Iterator[str]:
        """As :meth:`Store.document_nquads`, the engine writing the terms (:meth:`_tsv`): no term object is
        made. 2.1M statements: 68.7 s for ``kg export -f nquads`` through rdflib terms (2026-12-07)."""
        from kg.rdf.plain_terms import nquads_of_tsv, tsv_lines

        for lines in tsv_lines(self._tsv(
                f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{META_GRAPH}>) }}")):
            yield nquads_of_tsv(lines)

    def _tsv(self, query: str) -> Iterator[bytes]:
        """The SPARQL TSV text of a query's results in pieces, as the engine writes it: a thread of its own
        has the engine write into a temporary file (native code, without the interpreter's lock) while this
        thread reads what has landed.

        Why a file and not a pipe: the engine syncs the file it wrote, which a pipe refuses (EINVAL); and a
        Python object to write into makes the engine wait for the interpreter's lock at every 8 KB.

        A reader that stops early (an error, Ctrl-C) does not wait for the engine, which cannot be stopped:
        the thread finishes writing into the removed file and ends. The file is as large as the text (the
        N-Quads of 10M statements: 2.4 GB) and goes where ``TMPDIR`` says."""
        with tempfile.TemporaryDirectory(prefix="kg-results-", ignore_cleanup_errors=True) as folder:
            path = os.path.join(folder, "results.tsv")
            open(path, "wb").close()
            failed: list[BaseException] = []
            written = threading.Event()

            def write() -> None:
                try:  # results live in the thread that asked for them (pyoxigraph's rule)
                    self.ox.query(query).serialize(path, ox.QueryResultsFormat.TSV)
                except BaseException as e:  # reported by the reading thread
                    failed.append(e)
                finally:
                    written.set()

            writer = threading.Thread(target=write, name="kg-results-text", daemon=True)
            writer.start()
            with open(path, "rb") as text:
                yield from _landed(text, written)
            writer.join()
        if failed:
            raise StoreError("E211", self.location, detail=f"the engine could not write the results: {failed[0]}"
                             ) from failed[0]

    def default_objects(self, subject, predicate) -> list[str]:
        """As :meth:`Store.default_objects`, by Oxigraph's own pattern lookup."""
        found = self.ox.quads_for_pattern(ox.NamedNode(str(subject)), ox.NamedNode(str(predicate)), None,
                                          ox.DefaultGraph())
        return [q.object.value for q in found]

    def default_subjects(self, predicate, obj) -> list[str]:
        """As :meth:`Store.default_subjects`, by Oxigraph's own pattern lookup."""
        return [q.subject.value for q in self.ox.quads_for_pattern(None, ox.NamedNode(str(predicate)),
                                                              ox.NamedNode(str(obj)), ox.DefaultGraph())]

    def default_triples(self) -> Iterable[tuple]:
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                for q in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())]

    def graph_quads(self, graphs) -> Iterable[tuple]:
        out = []
        for g in graphs:
            name = ox.NamedNode(str(g))
            out += [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), g)
                    for q in self.ox.quads_for_pattern(None, None, None, name)]
        return out

    def keyed(self, *, nodes: Iterable[URIRef] = (), keys: Iterable[str] = (), everything: bool = False,
              predicate: URIRef) -> set[tuple[URIRef, str]]:
        """As :meth:`Store.keyed`; ``everything`` read as text (:meth:`_tsv`): resolution of a first build
        reads every key of the store on one core, 1.9 s of its 13 s at 10k documents through rdflib's result
        layer (measured 2026-12-07)."""
        if not everything:
            return super().keyed(nodes=nodes, keys=keys, predicate=predicate)
        from kg.rdf.plain_terms import PlainLiteral, iter_tsv

        rows = iter_tsv(self._tsv(f"SELECT ?n ?k WHERE {{ GRAPH <{META_GRAPH}> {{ ?n <{predicate}> ?k }} }}"))
        return {(URIRef(n), k.lexical if isinstance(k, PlainLiteral) else k) for n, k in rows}

    def typed_quads(self, classes, predicates=None) -> Iterable[tuple]:
        """As :meth:`Store.typed_quads`, one query inside the engine (a pattern lookup per subject
        took twice as long at 10k documents), its results read as text (:meth:`_tsv`): the engine writes
        them from a thread of its own while they are read, each distinct term made once.  Resolution of a
        first build reads them on one core while the other idles: 6 s of its 13 s at 10k documents as
        pyoxigraph terms made into rdflib ones (measured 2026-12-07)."""
        from kg.rdf.plain_terms import iter_tsv, rdflib_rows

        values = " ".join(f"<{c}>" for c in classes)
        keep = f"FILTER(?p IN ({', '.join(f'<{p}>' for p in predicates)}))" if predicates is not None else ""
        return list(rdflib_rows(iter_tsv(self._tsv(f"""SELECT ?s ?p ?o ?g WHERE {{ VALUES ?k {{ {values} }}
            GRAPH ?g {{ ?s a ?k . ?s ?p ?o {keep} }} FILTER(?g != <{META_GRAPH}>) }}"""))))

    def quads_touching(self, nodes) -> Iterable[tuple]:
        meta, out = str(META_GRAPH), []
        for n in nodes:
            node = ox.NamedNode(str(n))
            for q in (*self.ox.quads_for_pattern(node, None, None, None),
                      *self.ox.quads_for_pattern(None, None, node, None)):
                g = q.graph_name
                if not isinstance(g, ox.DefaultGraph) and g.value != meta:
                    out.append((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(g)))
        return out

    def typed(self, nodes, classes) -> set:
        """As :meth:`Store.typed`, stopping at the first graph that types a node (a city is typed in
        every document naming it)."""
        kind, kinds = ox.NamedNode(str(RDF.type)), [ox.NamedNode(str(c)) for c in classes]
        meta = str(META_GRAPH)
        out = set()
        for n in nodes:
            node = ox.NamedNode(str(n))
            for k in kinds:
                if any(not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name.value != meta
                       for q in self.ox.quads_for_pattern(node, kind, k, None)):
                    out.add(n)
                    break
        return out

    def subject_quads(self, nodes, predicates) -> list[tuple]:
        """As :meth:`Store.subject_quads`, by pattern lookups (rdflib's result layer cost 3x the lookups)."""
        meta, out = str(META_GRAPH), []
        preds = [(p, ox.NamedNode(str(p))) for p in predicates]
        graphs: dict = {}
        for n in nodes:
            node = ox.NamedNode(str(n))
            for p, pred in preds:
                for q in self.ox.quads_for_pattern(node, pred, None, None):
                    g = q.graph_name
                    if isinstance(g, ox.DefaultGraph) or g.value == meta:
                        continue
                    if g.value not in graphs:
                        graphs[g.value] = from_ox(g)
                    out.append((n, p, from_ox(q.object), graphs[g.value]))
        return out

    def default_touching(self, nodes) -> Iterable[tuple]:
        default, out = ox.DefaultGraph(), []
        for n in nodes:
            node = ox.NamedNode(str(n))
            for q in (*self.ox.quads_for_pattern(node, None, None, default),
                      *self.ox.quads_for_pattern(None, None, node, default)):
                out.append((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return out

    def default_subject_triples(self, nodes, predicates) -> list[tuple]:
        """As :meth:`Store.default_subject_triples`, by pattern lookups."""
        default, out = ox.DefaultGraph(), []
        preds = [(p, ox.NamedNode(str(p))) for p in predicates]
        for n in nodes:
            node = ox.NamedNode(str(n))
            for p, pred in preds:
                out += [(n, p, from_ox(q.object)) for q in self.ox.quads_for_pattern(node, pred, None, default)]
        return out

    def _apply_update(self, text: str) -> None:
        if self._deferred is not None:
            self._deferred.updates.append(text)
            return
        self._guard(lambda: self.ox.update(text))

    def bulk_load(self, quads: Iterable[tuple]) -> None:
        """pyoxigraph's bulk loader; each triple converted once for its graph and the union."""
        self._check_writable()
        self._changed = self._union_removed = self._tally = None  # not tracked: resolve everything next
        meta, default = ox.NamedNode(str(META_GRAPH)), ox.DefaultGraph()

        def both() -> Iterable[ox.Quad]:
            for quad in quads:
                q = ox_quad(quad)
                yield q
                if q.graph_name != meta:
                    yield ox.Quad(q.subject, q.predicate, q.object, default)

        self._guard(lambda: self.ox.bulk_extend(both()))

    def compact(self) -> None:
        """Rewrite the store with Oxigraph's bulk loader into a fresh folder that then takes its place
        (:mod:`kg.store.compaction`); in memory, or where folders cannot be exchanged in one step, flush
        and compact every index in place instead.

        Why a rewrite: the bulk loader's layout is far denser than what RocksDB's compactions leave after
        many batches (at a million statements 252 MB against 409 MB).  Either way RocksDB opens afresh,
        so the spent write-ahead log files it keeps for reuse go (after 1,000 documents were replaced one
        was 330 MB beside 70 MB of data)."""
        from kg.store.compaction import fresh_copy

        self._check_writable()
        self._guard(self.ox.flush)
        if self.location is None:
            self._guard(self.ox.optimize)
            return
        try:
            work = fresh_copy(Path(self.location), self.ox)
        except (OSError, RuntimeError) as exc:
            raise io_error(" ".join(str(exc).split()), self.location, "E202") from None
        if not self._swap_in(work):  # folders cannot be exchanged here: compact in place
            self._guard(self.ox.optimize)
            self._reopen()

    def checkpoint_folder(self) -> Path | None:
        """As :meth:`Store.checkpoint_folder`: a RocksDB checkpoint (hard links, so cheap) in a folder named as
        a compaction's leftovers (:func:`kg.store.compaction.remove_leftovers`)."""
        from kg.store.compaction import leftover_prefix

        if self.location is None:
            return None
        location = Path(self.location)
        work = Path(tempfile.mkdtemp(prefix=leftover_prefix(location) + "rows-", dir=location.parent))
        try:
            self._guard(self.ox.flush)
            self.ox.backup(str(work / "checkpoint"))
        except (OSError, RuntimeError, StoreError):
            shutil.rmtree(work, ignore_errors=True)
            return None
        return work

    def compaction_after(self, wanted: bool):
        """On disk, a compaction that starts while the kept rows are computed (:mod:`kg.store.compaction_stream`)."""
        from kg.store.compaction_stream import StreamedCompaction

        return StreamedCompaction(self, wanted)

    def _swap_in(self, work: Path) -> bool:
        """Close the store, exchange it with the fresh copy in ``work`` (:func:`kg.store.compaction.swap_in`),
        remove what is left in ``work`` and open the store again; False when folders cannot be exchanged
        here (nothing moved)."""
        from kg.store.compaction import swap_in

        location = Path(self.location)
        self._close_inner()
        try:
            swapped = swap_in(work, location)
        except BlockingIOError:  # another writer took the store the moment it was closed: leave it theirs
            shutil.rmtree(work, ignore_errors=True)
            raise StoreError("E201", self.location) from None
        except OSError as exc:
            shutil.rmtree(work, ignore_errors=True)
            self._reopen()
            raise io_error(" ".join(str(exc).split()), self.location, "E202") from None
        shutil.rmtree(work, ignore_errors=True)  # the old store after the exchange, else the unused copy
        self._reopen()
        return swapped

    def _close_inner(self) -> None:
        """Close RocksDB: drop every reference to the pyoxigraph store."""
        self._ox = None
        self._rdflib_store._store = None

    def _reopen(self) -> None:
        """Close RocksDB (dropping every reference to it) and open the same folder again for writing."""
        self._close_inner()
        try:
            inner = ox.Store(self.location)
        except (OSError, RuntimeError) as exc:
            raise io_error(" ".join(str(exc).split()), self.location, "E200") from None
        self._ox = inner
        self._rdflib_store._store = inner

    def write_rows(self, delete, insert) -> None:
        """As :meth:`Store.write_rows`; while a compaction overlaps the rows, their inserts join its bulk load
        (as transactions of their own they left small files beside the loaded ones: 8% more at 1,500
        documents) and their deletes follow it."""
        if self._deferred is None:
            super().write_rows(delete, insert)
            return
        if insert:
            self._deferred.insert(insert)
        delete = [q for q in delete if q != ROWS_DUE]  # the copy never holds it (kg.store.compaction_stream)
        if delete:
            self._deferred.updates.append(data_update([], delete, []))

    def _bulk_insert(self, quads: Iterable[tuple]) -> None:
        if self._deferred is not None:
            self._deferred.insert(quads)
            return
        # as N-Quads text, each distinct term written once (a pyoxigraph Quad made per quad cost more than the
        # load), a chunk at a time so that the text of a million row quads is never held whole
        for piece in nquads_pieces(quads):
            text = piece.encode("utf-8")
            self._guard(lambda text=text: self.ox.bulk_load(text, format=ox.RdfFormat.N_QUADS))

    def _bulk_insert_file(self, path: Path, quads: Iterable[tuple] = ()) -> None:
        """As :meth:`Store._bulk_insert_file`: the loader reads the file itself (or, while a compaction overlaps
        the rows, its text joins the compaction's one load)."""
        if self._deferred is not None:
            self._deferred.texts.append(Path(path).read_bytes())
        else:
            self._guard(lambda: self.ox.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS))
        self._bulk_insert(quads)

    def _insert_new(self, docs, *, bulk: bool = False) -> None:
        """One transactional load of the documents' N-Quads (no term is converted in Python), with the
        marker that resolution is due; or with ``bulk`` the bulk loader (about 3x faster).

        The bulk loader is not transactional, so its batch is bracketed by two small transactions:
        the first names every graph and bookkeeping node the batch writes (and marks resolution due),
        the second clears that list; a store opened after a load cut short drops those documents
        whole (:meth:`kg.store.Store.recover`) and the next build adds them again.

        Readers still see each document whole: what one call of the bulk loader writes becomes
        visible in one atomic step as long as it fits in one of the loader's chunks, so the batch
        goes to it in calls of at most :data:`BULK_LOAD_QUADS` lines cut between documents
        (:func:`_bulk_loads`)."""
        if not bulk:
            text = "".join(doc.nquads for doc in docs)
            self._guard(lambda: self.ox.load(text + nquad(STALE) + "\n", format=ox.RdfFormat.N_QUADS,
                                             lenient=True))
            return
        marks = loading_quads([g for doc in docs for g in doc.entry.graphs]
                              + [doc_node(doc.entry.doc_id) for doc in docs])
        self._guard(lambda: self.ox.extend([ox_quad(q) for q in [*marks, STALE]]))
        for text in _bulk_loads(docs):
            self._guard(lambda text=text: self.ox.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS,
                                                            lenient=True))
        self._guard(lambda: self.ox.update(data_update([], marks, [])))

    def _write(self, old: DocumentEntry | None, quads: list[tuple]) -> None:
        if old is None:
            self._guard(lambda: self.ox.extend([ox_quad(q) for q in quads]))
            return
        text = replace_update(sorted(old.graphs), [(doc_node(old.doc_id), META_GRAPH)], quads, [META_GRAPH])
        self._guard(lambda: self.ox.update(text))

    def _guard(self, action) -> None:
        try:
            action()
        except (OSError, SyntaxError, ValueError, RuntimeError) as exc:
            raise io_error(" ".join(str(exc).split()), self.location, "E202") from None


def _bulk_loads(docs) -> Iterable[str]:
    """The N-Quads of ``docs`` in pieces of at most :data:`BULK_LOAD_QUADS` lines, never splitting a document
    (one larger than that is a piece of its own, and loads whole as long as it is under Oxigraph's chunk).

    Why: Oxigraph's bulk loader cuts its input into chunks of a million quads and ingests their index
    files into RocksDB, each ingestion one atomic edit that readers see whole.  pyoxigraph 0.5.13
    ingests every chunk of a call in one edit (measured: one manifest write for two million quads), but
    that is its own choice; a version that published each chunk on its own would show a document cut by
    a chunk boundary in part.  Under a chunk, one call is one ingestion whatever the version.
    """
    piece: list[str] = []
    lines = 0
    for doc in docs:
        n = doc.nquads.count("\n")
        if piece and lines + n > BULK_LOAD_QUADS:
            yield "".join(piece)
            piece, lines = [], 0
        piece.append(doc.nquads)
        lines += n
    if piece:
        yield "".join(piece)


def _folder_stamp(location: str | Path) -> tuple:
    """What the store folder holds now (names, sizes, times): RocksDB changes it on every commit.

    About 0.1 ms for a store folder, so a server can look before every query.
    """
    found = []
    try:
        with os.scandir(location) as entries:
            for entry in entries:
                try:
                    stat = entry.stat()
                except FileNotFoundError:  # compacted away while we looked
                    continue
                found.append((entry.name, stat.st_size, stat.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(found))


def open_oxigraph(location: str | Path | None, *, read_only: bool = False) -> OxigraphStore:
    """Open (creating when writable) an on-disk store at ``location``, or an in-memory one for None."""
    if location is None:
        return OxigraphStore(ox.Store(), read_only=read_only)
    path = Path(location)
    where = str(path)
    if path.exists() and not path.is_dir():
        raise StoreError("E200", where, detail="it is a file, not a store folder")
    is_store = (path / "CURRENT").exists()
    if read_only and not is_store:
        raise StoreError("E200", where, detail="no store here yet; create one with: kg build")
    if not is_store and path.is_dir() and any(path.iterdir()):
        # never scatter database files among someone's documents (kg build -s docs/)
        raise StoreError("E200", where, detail="the folder holds other files, not a store; pick a new folder")
    try:
        if not read_only and not is_store:
            _create(path)
        inner = ox.Store.read_only(where) if read_only else ox.Store(where)
        if not read_only:  # holding the lock now: no compaction of it is running
            remove_leftovers(path)
    except (OSError, RuntimeError) as exc:  # pyoxigraph raises RuntimeError for a damaged store
        text = " ".join(str(exc).split())
        if "lock" in text.lower():
            raise StoreError("E201", where) from None
        raise io_error(text, where, "E200") from None
    return OxigraphStore(inner, location=where, read_only=read_only)


def io_error(text: str, where: str, default: str) -> StoreError:
    """The one-line error for what RocksDB said: a read-only folder (E206), a full disk (E207), else ``default``."""
    lowered = text.lower()
    if "read-only file system" in lowered or "permission denied" in lowered:
        return StoreError("E206", where, detail=text)
    if "no space left" in lowered or "file too large" in lowered:
        return StoreError("E207", where, detail=text)
    return StoreError(default, where, detail=text)


def _create(path: Path) -> None:
    """Create an empty store beside ``path`` and rename it into place.

    Why: RocksDB creates a store in several steps (the database, then each of
    Oxigraph's column families); a process killed between them left a folder
    that could never be opened again ("Column family not found").  A rename is
    atomic, so ``path`` is either no store or a whole empty one.  Leftovers of a
    creation killed midway are hidden folders beside it, removed after an hour.
    """
    parent = path.parent
    parent.mkdir(parents=True, exist_ok=True)  # kg build -s out/stores/new: make the folders
    prefix = f".{path.name}.new-"
    for old in parent.glob(prefix + "*"):
        try:
            if time.time() - old.stat().st_mtime > 3600:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        fresh = ox.Store(str(tmp))
        fresh.flush()
        del fresh  # RocksDB closes when the last reference goes
        try:
            os.rename(tmp, path)  # replaces an empty folder too
        except OSError:
            if not (path / "CURRENT").exists():  # another process created it first: use theirs
                raise
        descriptor = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _landed(text, written: threading.Event, size: int = 1 << 20) -> Iterator[bytes]:
    """The bytes of a file another thread is still writing, as they land, until that thread is done."""
    while True:
        done = written.is_set()  # asked before reading: what was written before it was set is read next
        chunk = text.read(size)
        if chunk:
            yield chunk
        elif done:
            return
        else:
            written.wait(0.002)
