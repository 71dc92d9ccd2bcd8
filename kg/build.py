"""Documents in, store updated: the incremental build behind ``kg build``.

Each file is read, extracted and mapped (in worker processes with
``workers > 1``), then written in batches through
:meth:`kg.store.Store.add_prepared`; a bad file costs only itself: it is
reported (one :class:`kg.errors.KGError` line naming it) and the rest of the
batch lands.  Files sharing a name in different folders get distinct ids
(:mod:`kg.extract.paths`); files in the folders that are not documents are
counted as skipped.  Unchanged documents are skipped before extraction, changed
ones replace their own graphs only.
Entity resolution (:mod:`kg.resolve`) runs once at the end of the batch, when
anything changed or the store says an earlier writer did not finish it
(:mod:`kg.store.pending`), so the default graph shows one node per entity again.

>>> from kg import EXAMPLES_DIR
>>> from kg.store import open_store
>>> with open_store(backend="memory") as store:
...     first = build_paths([EXAMPLES_DIR], store)
...     again = build_paths([EXAMPLES_DIR], store)
>>> first.counts()["added"], again.counts()["unchanged"], again.counts()["added"]
(2, 2, 0)
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentError, KGError, StoreError
from kg.extract.paths import Batch
from kg.rdf.namespaces import DEFAULT_BASE
from kg.store.base import ADDED, REPLACED, UNCHANGED, Store
from kg.store.meta import DocumentEntry

__all__ = ["BuildReport", "build_paths", "FAILED", "BATCH", "BULK_BATCH", "ROWS_ASIDE_AFTER", "EXIT_OK",
           "EXIT_NOTHING_READ", "EXIT_SOME_FAILED", "exit_status", "no_documents_error"]

FAILED = "failed"
#: Documents written per transaction (large enough that commits cost little, small enough to hold in memory).
BATCH = 256
#: Documents per write when the bulk loader fills a store that held none.  Each load is ingested as new index
#: files that RocksDB then merges in background threads, on the cores the extraction workers use: 40 loads of
#: 256 documents made the writer spend 43 s of CPU beside its 27 s of loading at 10k documents, 5 loads of
#: 2,048 spent 5 s (measured 2026-12-07, 2 workers: extraction and loading 125 -> 106 s).  (The loader is
#: given at most :data:`kg.store.oxigraph.BULK_LOAD_QUADS` lines a call whatever the batch.)
BULK_BATCH = 2048
#: Documents a build with more than one worker writes before its largest kinds of kept rows are computed in
#: processes of their own beside the others (:mod:`kg.resolve.rows_aside`; starting one costs about a second).
ROWS_ASIDE_AFTER = 1000
#: Fewest documents a build with more than one worker writes early so that the batch left after the last
#: extraction is small (see :func:`build_paths`).
TAPER_MIN = 64
#: Exit statuses of ``kg build`` and ``kg extract``: scripts can tell "all read" from "some lost" from "none read".
EXIT_OK = 0
EXIT_NOTHING_READ = 1
EXIT_SOME_FAILED = 3


def exit_status(read: int, failed: int) -> int:
    """0 when every document was read, 1 when none could be, 3 when some failed and the rest landed."""
    if not read:
        return EXIT_NOTHING_READ
    return EXIT_SOME_FAILED if failed else EXIT_OK


def no_documents_error(paths: list[Path] | list[str], batch: Batch) -> DocumentError:
    """``E110`` for a batch that found no document at all, saying what it skipped."""
    skipped = batch.skipped_summary()
    return DocumentError("E110", ", ".join(map(str, paths)), detail=f" (skipped {skipped})" if skipped else "")


@dataclass
class BuildReport:
    """What a build did: the status of every document id, and the errors of the failed files."""

    status: dict[str, str] = field(default_factory=dict)  # doc id (or path when failed) -> status
    errors: list[KGError] = field(default_factory=list)
    #: the :class:`kg.resolve.Resolution` run at the end (None when nothing changed)
    resolution: object | None = None
    #: the files read and the ones passed over (not documents)
    batch: Batch = field(default_factory=Batch)
    #: (old id, new id) of files stored under their stem before a namesake in another folder joined them
    renamed: list[tuple[str, str]] = field(default_factory=list)
    #: whether the store was compacted after resolution
    compacted: bool = False

    def counts(self) -> dict[str, int]:
        """How many documents were added, replaced, unchanged and failed."""
        out = dict.fromkeys((ADDED, REPLACED, UNCHANGED, FAILED), 0)
        for s in self.status.values():
            out[s] += 1
        return out

    @property
    def landed(self) -> int:
        """Documents now in the store from this batch (new, replaced or already there)."""
        c = self.counts()
        return c[ADDED] + c[REPLACED] + c[UNCHANGED]


def _retire_old_id(store: Store, path: Path, report: BuildReport) -> None:
    """Remove the document ``path`` was stored as when its name was still unique in its batch.

    Why: ``a/index.html`` built alone is document ``index``; once ``b/index.html``
    joins the folder it is ``a/index``, and ``index`` would otherwise stay in the
    store beside it, a stale duplicate.  Only a document read from this very file
    (its ``civic:file``) is removed.
    """
    from kg.rdf.mapping import document_graph_iri, document_iri
    from kg.rdf.namespaces import CIVIC

    old = path.stem
    entry = store.entry(old)
    if entry is None:
        return
    old_base = entry.base or DEFAULT_BASE
    graph, doc = document_graph_iri(old, old_base), document_iri(old, old_base)
    files = {str(o) for _s, _p, o, _g in store.dataset.quads((doc, CIVIC.file, None, graph))}
    if str(path) in files and store.remove_document(old, resolve=False):
        report.renamed.append((old, report.batch.ids[path]))


def build_paths(paths: list[Path] | list[str], store: Store, *, base: str = DEFAULT_BASE,
                on_error: Callable[[KGError], None] | None = None, progress: bool = False,
                workers: int = 1, batch_size: int | None = None, dask: str | None = None,
                shards: Path | None = None, compact_after: int = 0, compact_new: bool = True,
                on_compact: Callable[[int], None] | None = None,
                on_worker_lost: Callable[[int], None] | None = None) -> BuildReport:
    """Extract every document under ``paths`` and add it to ``store``.

    ``on_error`` gets each :class:`KGError` as it happens (the default collects
    them only).  ``progress`` shows a tqdm bar on stderr.  Should two files still
    end up with one document id, the second one is reported (``E205``) rather
    than silently replacing the first.

    A file whose bytes, base and extractor (:func:`kg.store.fingerprint.extractor_fingerprint`)
    are those the store recorded is ``unchanged`` without being extracted.  The
    others are extracted and mapped by ``workers`` processes (see :mod:`kg.build_workers`)
    and written ``batch_size`` at a time, the new ones of a batch in one transaction (default
    :data:`BATCH`; when the store held no document, with the bulk loader, :data:`BULK_BATCH` at a time);
    the store ends the same whatever ``workers`` is.  With ``dask`` (a scheduler address, or ``local``) a Dask cluster
    extracts instead (:mod:`kg.build_dask`), also writing N-Quads shards to ``shards`` when given.
    A build that wrote ``compact_after`` documents or more (0: never) then compacts the store, begun
    beside the kept rows' computation (:meth:`kg.store.Store.compaction_after`); ``on_compact`` hears
    the number written first.  With ``compact_new`` False a build into a store that held no document is
    never compacted: the bulk loader wrote it, which leaves no write-ahead log, and rewriting it cost a
    fifth of a 10,000-document build and doubled its peak memory for a store 40% smaller (measured
    2026-12-06: 1,360 MB, 1.6x Oxigraph's own bulk load of the same quads, against 811 MB).
    A worker process that stops (killed, out of memory) leaves the files not yet read to this process;
    ``on_worker_lost`` hears how many.
    """
    from kg.build_workers import prepared_in_order
    from kg.extract import list_documents
    from kg.store.fingerprint import extractor_fingerprint

    listing = list_documents(paths)
    report = BuildReport(batch=listing)
    files = listing.files
    extractor = extractor_fingerprint()
    known = store.entries()
    seen: dict[str, Path] = {}
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(files), desc="building", unit="doc", file=sys.stderr, leave=False)

    def fail(path: Path, exc: KGError) -> None:
        report.status[str(path)] = FAILED
        report.errors.append(exc)
        if on_error is not None:
            if bar is not None:
                bar.clear()
            on_error(exc)
            if bar is not None:
                bar.refresh()

    todo: list[Path] = []
    for path in files:
        doc_id = listing.ids[path]
        if doc_id in seen:
            fail(path, DocumentError("E205", str(path), detail=str(seen[doc_id])))
        elif _unchanged(known.get(doc_id), path, base, extractor):
            seen[doc_id] = path
            report.status[doc_id] = UNCHANGED
        else:
            seen[doc_id] = path
            todo.append(path)
            continue
        if bar is not None:
            bar.update(1)

    pending: list = []
    if batch_size is None:
        batch_size = BATCH if known else BULK_BATCH

    def flush() -> None:
        for doc, status in zip(pending, store.add_prepared(pending, known, bulk=not known), strict=True):
            doc_id = doc.entry.doc_id
            report.status[doc_id] = status
            if doc_id != seen[doc_id].stem:
                _retire_old_id(store, seen[doc_id], report)
        pending.clear()

    refused = finished = False
    try:
        if dask:
            from kg.build_dask import prepared_on_cluster

            results = prepared_on_cluster(todo, base, extractor, dask, listing.ids, shards=shards, workers=workers)
        else:
            results = prepared_in_order(todo, base, extractor, workers, ids=listing.ids, on_lost=on_worker_lost)
        # with workers, the batch still pending when the last document arrives is written while no worker
        # has anything left to do: a batch is also written once it holds as many documents as are still to
        # come, so the writes halve towards the end and the last one is small (at 3,000 documents the last
        # of 952 took 2.6 s after extraction ended)
        remaining = len(todo)  # documents still to come
        taper = workers > 1
        for path, result in results:
            remaining -= 1
            if isinstance(result, KGError):
                fail(path, result)
            else:
                pending.append(result)
                if len(pending) >= batch_size or (taper and len(pending) >= max(TAPER_MIN, remaining)):
                    flush()
            if bar is not None:
                bar.update(1)
        flush()
        finished = True
    except StoreError:
        refused = True  # the store refused a write (full disk...): it would refuse resolution too
        raise
    finally:
        if bar is not None:
            bar.close()
        counts = report.counts()
        if not refused:  # also after an interruption: never leave it unresolved
            if counts[ADDED] or counts[REPLACED]:
                written = counts[ADDED] + counts[REPLACED]
                report.compacted = (finished and bool(compact_after) and written >= compact_after
                                    and (compact_new or bool(known)))
                if report.compacted and on_compact is not None:
                    on_compact(written)
                report.resolution = store.resolve(compact=report.compacted,
                                                  rows_aside=workers > 1 and written >= ROWS_ASIDE_AFTER)
            else:  # nothing new, but an earlier build may have been cut short before resolving
                report.resolution = store.recover()
    return report


def _unchanged(old: DocumentEntry | None, path: Path, base: str, extractor: str) -> bool:
    """True when the store holds ``path`` as these bytes read by this extractor with this base.

    Only hashes the file when the store knows the document, and never a file over the size limit."""
    from kg.extract.document import MAX_BYTES

    if old is None or old.extractor != extractor or old.base != base:
        return False
    try:
        if path.stat().st_size > MAX_BYTES:
            return False
        return hashlib.sha256(path.read_bytes()).hexdigest() == old.content_hash
    except OSError:
        return False  # extraction reports it
