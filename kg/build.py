"""Documents in, store updated: the incremental build behind ``kg build``.

Each file is read, extracted and handed to :meth:`kg.store.Store.add_document`,
one at a time, so a bad file costs only itself: it is reported (one
:class:`kg.errors.KGError` line naming it) and the rest of the batch lands.
Files sharing a name in different folders get distinct ids
(:mod:`kg.extract.paths`); files in the folders that are not documents are
counted as skipped.
Unchanged documents are skipped, changed ones replace their own graphs only.
Entity resolution (:mod:`kg.resolve`) runs once at the end of the batch, when
anything changed, so the default graph shows one node per entity again.

>>> from kg import EXAMPLES_DIR
>>> from kg.store import open_store
>>> with open_store(backend="memory") as store:
...     first = build_paths([EXAMPLES_DIR], store)
...     again = build_paths([EXAMPLES_DIR], store)
>>> first.counts()["added"], again.counts()["unchanged"], again.counts()["added"]
(2, 2, 0)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentError, KGError
from kg.extract.paths import Batch
from kg.rdf.namespaces import DEFAULT_BASE
from kg.store.base import ADDED, REPLACED, UNCHANGED, Store

__all__ = ["BuildReport", "build_paths", "FAILED", "EXIT_OK", "EXIT_NOTHING_READ", "EXIT_SOME_FAILED",
           "exit_status", "no_documents_error"]

FAILED = "failed"
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
                on_error: Callable[[KGError], None] | None = None, progress: bool = False) -> BuildReport:
    """Extract every document under ``paths`` and add it to ``store``.

    ``on_error`` gets each :class:`KGError` as it happens (the default collects
    them only).  ``progress`` shows a tqdm bar on stderr.  Should two files still
    end up with one document id, the second one is reported (``E205``) rather
    than silently replacing the first.
    """
    from kg.extract import extract_file, list_documents

    batch = list_documents(paths)
    report = BuildReport(batch=batch)
    files = batch.files
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

    try:
        for path in files:
            try:
                doc_id = batch.ids[path]
                if doc_id in seen:
                    raise DocumentError("E205", str(path), detail=str(seen[doc_id]))
                record = extract_file(path, doc_id)
                seen[record.id] = path
                report.status[record.id] = store.add_document(record, base=base, resolve=False)
                if doc_id != path.stem:
                    _retire_old_id(store, path, report)
            except KGError as exc:
                fail(path, exc)
            finally:
                if bar is not None:
                    bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        counts = report.counts()
        if counts[ADDED] or counts[REPLACED]:  # also after an interruption: never leave it unresolved
            report.resolution = store.resolve()
    return report
