"""The largest kinds of kept rows of a large first build computed in other processes, beside the others.

Why: after the last batch of a large build every kind of kept row was computed in turn in the writing
process, on one core, while the other core idled: at 10,000 documents the win rows took 20 s, the official
rows 12-14 s and the label keys 7 s of a 60 s tail (measured 2026-12-06).  They read only the resolved default
graph, which no kind of row writes, so child processes can compute them from a checkpoint of the store taken
once resolution is written (RocksDB hard links: cheap, and untouched by what the writer does next) while the
writer computes the other kinds.  Each child writes its rows as N-Quads into a file beside the store; the
writer bulk-loads that file where it would have loaded the rows it computed.

Only where that is the same result: a whole recomputation of the rows into a store that holds none of that
kind (a first build).  Otherwise, or when a child fails, the writer computes the rows itself as before; the
checkpoint and the files go in every case (and a killed writer's are removed by the next writer, as a
compaction's).

Used by :func:`kg.resolve.apply.resolve_store`; started only for stores on disk and where a second core is
free.
"""

from __future__ import annotations

import importlib
import multiprocessing
import shutil
from pathlib import Path

from kg.resolve.meta_writes import held_marks
from kg.store.meta import META_GRAPH

__all__ = ["KINDS", "RowsAside", "rows_file"]

#: the kinds of rows a child computes: kind -> the function (``module:name``) giving every row of a store
KINDS = {
    "win_rows": "kg.resolve.summary:win_rows",
    "official_rows": "kg.resolve.official_rows:official_rows",
    "label_keys": "kg.resolve.label_keys:label_keys",
}


def rows_file(kind: str, checkpoint: str, out: str) -> None:
    """In a child: every row of ``kind`` of the store at ``checkpoint`` as N-Quads in ``out``, and their number
    in ``out``.count once the file is whole."""
    from kg.store import open_store
    from kg.store.terms import gc_paused, nquads_pieces

    module, name = KINDS[kind].split(":")
    compute = getattr(importlib.import_module(module), name)
    with gc_paused(), open_store(checkpoint, read_only=True) as store:
        quads = list(dict.fromkeys(compute(store)))
        with open(out, "w", encoding="utf-8") as text:  # a piece at a time: the whole text doubled the memory
            text.writelines(nquads_pieces(quads))
    Path(out + ".count").write_text(str(len(quads)), encoding="ascii")


class RowsAside:
    """Kinds of rows being computed in child processes from a checkpoint of a store (see the module)."""

    def __init__(self, work: Path, children: dict[str, multiprocessing.process.BaseProcess]) -> None:
        self.work, self._children = work, children

    @classmethod
    def start(cls, store, kinds: tuple[str, ...] = tuple(KINDS)) -> RowsAside | None:
        """Checkpoint ``store`` and start one child per kind; None where the store cannot be checkpointed."""
        work = store.checkpoint_folder()
        if work is None:
            return None
        children: dict[str, multiprocessing.process.BaseProcess] = {}
        try:
            context = multiprocessing.get_context("forkserver")  # never fork the writer (its database threads)
            for kind in kinds:
                children[kind] = context.Process(
                    target=rows_file, args=(kind, str(work / "checkpoint"), str(work / f"{kind}.nq")), daemon=True)
                children[kind].start()
        except (OSError, RuntimeError, ValueError):  # (ValueError: no forkserver on this platform)
            cls(work, {k: c for k, c in children.items() if c.pid is not None}).close()
            return None
        return cls(work, children)

    def result(self, kind: str) -> tuple[Path, int] | None:
        """(the N-Quads file, its number of quads) once the child of ``kind`` is done; None when it failed."""
        child = self._children.get(kind)
        if child is None:
            return None
        child.join()
        count = self.work / f"{kind}.nq.count"
        if child.exitcode != 0 or not count.exists():
            return None
        return self.work / f"{kind}.nq", int(count.read_text(encoding="ascii"))

    def load(self, store, kind: str, mark: tuple, rows: str) -> int | None:
        """Every row of ``kind`` from its child's file, with the marker quad ``mark`` when there is a row
        (what a whole recomputation into a store holding none inserts); the number of quads loaded.  None,
        loading nothing, when the store holds a row (``rows``: a triple pattern of the bookkeeping graph that
        matches any) or a marker of the kind, or the child failed."""
        # (an ASK: reading every held row only to see there is one cost seconds)
        if store.query(f"ASK {{ GRAPH <{META_GRAPH}> {{ {rows} }} }}").askAnswer or held_marks(store, mark[0]):
            return None
        found = self.result(kind)
        if found is None:
            return None
        path, count = found
        extra = [mark] if count else []
        if count:
            store._bulk_insert_file(path, extra)
        return count + len(extra)

    def close(self) -> None:
        """Stop the children still running and remove the checkpoint and the files."""
        for child in self._children.values():
            if child.is_alive():
                child.kill()
            child.join()
        shutil.rmtree(self.work, ignore_errors=True)
