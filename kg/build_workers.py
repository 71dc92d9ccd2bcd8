"""Extraction and mapping in worker processes, results in the order of the files.

Why processes: extraction is pure Python and holds the GIL, so threads would
not help; each worker extracts a file and maps it to N-Quads text
(:func:`kg.store.prepared.prepare_document`), and only that text travels back.
Why in order: the writer then sees documents in the same order whatever the
number of workers, so a parallel build writes what a one-process build writes.

Workers start from a forkserver that has imported the extractor once (never
forked from the writer, which holds the store's database threads and lock).
Only a bounded number of chunks is in flight, so memory stays flat however
many files there are.  With one worker, or too few files to repay starting
processes, everything runs in this process.

>>> from kg import EXAMPLES_DIR
>>> from kg.extract import iter_document_paths
>>> [(p.stem, type(r).__name__) for p, r in prepared_in_order(iter_document_paths([EXAMPLES_DIR]), workers=4)]
[('baton-rouge-2019-digital-cities', 'PreparedDocument'), ('boston-2011-digital-cities', 'PreparedDocument')]
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from kg.errors import KGError
from kg.rdf.namespaces import DEFAULT_BASE
from kg.store.prepared import PreparedDocument

__all__ = ["prepared_in_order", "default_workers", "prepare_path"]

#: Files per task sent to a worker (amortises the round trip), and files per worker below which
#: starting processes costs more than it saves.
CHUNK = 8
MIN_FILES_PER_WORKER = 24
#: Files queued ahead of the writer: workers keep extracting while it writes a batch.
IN_FLIGHT = 512


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def prepare_path(path: Path, base: str = DEFAULT_BASE, extractor: str = "", doc_id: str | None = None
                 ) -> PreparedDocument | KGError:
    """Extract and map one file (id ``doc_id``, default its stem); its one-line error instead of raising,
    so a batch goes on."""
    from kg.extract import extract_file
    from kg.store.prepared import prepare_document

    try:
        return prepare_document(extract_file(path, doc_id), base, extractor=extractor)
    except KGError as exc:
        return exc


def _prepare_chunk(paths: Sequence[Path], base: str, extractor: str, ids: Sequence[str | None]) -> list:
    out = []
    for path, doc_id in zip(paths, ids, strict=True):
        result = prepare_path(path, base, extractor, doc_id)
        # KGError's constructor takes (code, where, **params): send its parts, not the object
        out.append(_Failure.of(result) if isinstance(result, KGError) else result)
    return out


class _Failure:
    """A worker's KGError, in parts that pickle."""

    def __init__(self, cls: type, code: str, where: str | None, message: str) -> None:
        self.cls, self.code, self.where, self.message = cls, code, where, message

    @classmethod
    def of(cls, exc: KGError) -> _Failure:
        return cls(type(exc), exc.code, exc.where, exc.message)

    def error(self) -> KGError:
        exc = self.cls(self.code, self.where)
        exc.message = self.message
        exc.args = (str(exc),)
        return exc


def prepared_in_order(paths: Sequence[Path], base: str = DEFAULT_BASE, extractor: str = "",
                      workers: int = 1, ids: Mapping[Path, str] | None = None,
                      on_lost: Callable[[int], None] | None = None
                      ) -> Iterator[tuple[Path, PreparedDocument | KGError]]:
    """Each path with its prepared document (or its error), in the order of ``paths``; ``ids`` gives the
    document id of paths whose id is not their stem (files sharing a name in several folders).

    A worker that stops (killed, or out of memory) breaks the pool: the files not yet returned are then read
    in this process, after ``on_lost`` hears how many there are, so the build goes on rather than ending in
    a traceback with the batches so far written and the rest never read."""
    ids = ids or {}
    workers = max(1, min(workers, len(paths) // MIN_FILES_PER_WORKER))
    if workers == 1:
        for path in paths:
            yield path, prepare_path(path, base, extractor, ids.get(path))
        return
    chunks = [list(paths[i:i + CHUNK]) for i in range(0, len(paths), CHUNK)]
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kg.extract", "kg.extract.loaded", "kg.store.prepared"])
    pending: deque[tuple[list[Path], Future]] = deque()
    window = 4 * workers + IN_FLIGHT // CHUNK
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            todo = iter(chunks)
            for chunk in todo:
                job = pool.submit(_prepare_chunk, chunk, base, extractor, [ids.get(p) for p in chunk])
                pending.append((chunk, job))
                if len(pending) >= window:
                    break
            while pending:
                chunk, future = pending.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    rest = chunk + [p for c, _f in pending for p in c] + [p for c in todo for p in c]
                    pending.clear()
                    if on_lost is not None:
                        on_lost(len(rest))
                    for path in rest:
                        yield path, prepare_path(path, base, extractor, ids.get(path))
                    return
                nxt = next(todo, None)
                if nxt is not None:
                    job = pool.submit(_prepare_chunk, nxt, base, extractor, [ids.get(p) for p in nxt])
                    pending.append((nxt, job))
                for path, result in zip(chunk, results, strict=True):
                    yield path, result.error() if isinstance(result, _Failure) else result
        finally:
            for _, future in pending:
                future.cancel()
