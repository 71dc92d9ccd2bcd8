"""Documents in, store updated: the incremental build behind ``kg build``.

Each file is read, extracted and mapped (in worker processes with
``workers > 1``), then written in batches through
:meth:`kg.store.Store.add_prepared`; a bad file costs only itself: it is
reported (one :class:`kg.errors.KGError` line naming it) and the rest of the
batch lands.  Unchanged documents are skipped before extraction, changed ones
replace their own graphs only.
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

import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import DocumentError, KGError
from kg.rdf.namespaces import DEFAULT_BASE
from kg.store.base import ADDED, REPLACED, UNCHANGED, Store
from kg.store.meta import DocumentEntry

__all__ = ["BuildReport", "build_paths", "FAILED", "BATCH"]

FAILED = "failed"
#: Documents written per transaction (large enough that commits cost little, small enough to hold in memory).
BATCH = 256


@dataclass
class BuildReport:
    """What a build did: the status of every document id, and the errors of the failed files."""

    status: dict[str, str] = field(default_factory=dict)  # doc id (or path when failed) -> status
    errors: list[KGError] = field(default_factory=list)
    #: the :class:`kg.resolve.Resolution` run at the end (None when nothing changed)
    resolution: object | None = None

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


def build_paths(paths: list[Path] | list[str], store: Store, *, base: str = DEFAULT_BASE,
                on_error: Callable[[KGError], None] | None = None, progress: bool = False,
                workers: int = 1, batch_size: int = BATCH) -> BuildReport:
    """Extract every document under ``paths`` and add it to ``store``.

    ``on_error`` gets each :class:`KGError` as it happens (the default collects
    them only).  ``progress`` shows a tqdm bar on stderr.  Two files with the same
    name (hence the same document id) in one batch: the second one is reported
    (``E205``) rather than silently replacing the first.

    A file whose bytes, base and extractor (:func:`kg.store.fingerprint.extractor_fingerprint`)
    are those the store recorded is ``unchanged`` without being extracted.  The
    others are extracted and mapped by ``workers`` processes (see :mod:`kg.build_workers`)
    and written ``batch_size`` at a time, the new ones of a batch in one transaction
    (with the bulk loader when the store held no document); the store ends the
    same whatever ``workers`` is.
    """
    from kg.build_workers import prepared_in_order
    from kg.extract import iter_document_paths
    from kg.store.fingerprint import extractor_fingerprint

    report = BuildReport()
    files = iter_document_paths(paths)
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
        if path.stem in seen:
            fail(path, DocumentError("E205", str(path), detail=str(seen[path.stem])))
        elif _unchanged(known.get(path.stem), path, base, extractor):
            seen[path.stem] = path
            report.status[path.stem] = UNCHANGED
        else:
            seen[path.stem] = path
            todo.append(path)
            continue
        if bar is not None:
            bar.update(1)

    batch: list = []

    def flush() -> None:
        for doc, status in zip(batch, store.add_prepared(batch, known, bulk=not known), strict=True):
            report.status[doc.entry.doc_id] = status
        batch.clear()

    try:
        for path, result in prepared_in_order(todo, base, extractor, workers):
            if isinstance(result, KGError):
                fail(path, result)
            else:
                batch.append(result)
                if len(batch) >= batch_size:
                    flush()
            if bar is not None:
                bar.update(1)
        flush()
    finally:
        if bar is not None:
            bar.close()
        counts = report.counts()
        if counts[ADDED] or counts[REPLACED]:  # also after an interruption: never leave it unresolved
            report.resolution = store.resolve()
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
