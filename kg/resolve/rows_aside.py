"""The win rows of a large first build computed in another process, beside the other kept rows.

Why: after the last batch of a large build every kind of kept row is computed in turn in the writing process,
on one core, while the other core idles: at 10,000 documents the win rows alone took 20 s of a 61 s tail
(measured 2026-12-06).  They read only the resolved default graph, which no other kind of row writes, so a
child process can compute them from a checkpoint of the store taken once resolution is written (RocksDB hard
links: cheap, and untouched by what the writer does next) while the writer computes the others.  The child
writes the rows as N-Quads into a file beside the store; the writer bulk-loads that file where it would have
loaded the rows it computed.

Only where that is the same result: a whole recomputation of the rows into a store that holds none (a first
build).  Otherwise, or when the child fails, the writer computes the rows itself as before; the checkpoint and
the file go in every case (and a killed writer's are removed by the next writer, as a compaction's).

Used by :func:`kg.resolve.apply.resolve_store`; started only for stores on disk and where a second core is
free.
"""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

__all__ = ["RowsAside", "win_rows_file"]


def win_rows_file(checkpoint: str, out: str) -> None:
    """In the child: every win row of the store at ``checkpoint`` (with its sort keys) as N-Quads in ``out``,
    and their number in ``out``.count once the file is whole."""
    from kg.resolve.summary import win_rows
    from kg.store import open_store
    from kg.store.terms import gc_paused, nquads_text

    with gc_paused(), open_store(checkpoint, read_only=True) as store:
        quads = list(dict.fromkeys(win_rows(store)))
        Path(out).write_text(nquads_text(quads), encoding="utf-8")
    Path(out + ".count").write_text(str(len(quads)), encoding="ascii")


class RowsAside:
    """The win rows being computed in a child process from a checkpoint of a store (see the module)."""

    def __init__(self, work: Path, child: multiprocessing.process.BaseProcess) -> None:
        self.work, self._child = work, child

    @classmethod
    def start(cls, store) -> RowsAside | None:
        """Checkpoint ``store`` and start the child; None where the store cannot be checkpointed."""
        work = store.checkpoint_folder()
        if work is None:
            return None
        try:
            context = multiprocessing.get_context("forkserver")  # never fork the writer (its database threads)
            child = context.Process(target=win_rows_file, args=(str(work / "checkpoint"), str(work / "rows.nq")),
                                    daemon=True)
            child.start()
        except (OSError, RuntimeError, ValueError):  # (ValueError: no forkserver on this platform)
            shutil.rmtree(work, ignore_errors=True)
            return None
        return cls(work, child)

    def result(self) -> tuple[Path, int] | None:
        """(the N-Quads file, its number of quads) once the child is done; None when it failed."""
        self._child.join()
        count = self.work / "rows.nq.count"
        if self._child.exitcode != 0 or not count.exists():
            return None
        return self.work / "rows.nq", int(count.read_text(encoding="ascii"))

    def close(self) -> None:
        """Stop the child if it still runs and remove the checkpoint and the file."""
        if self._child.is_alive():
            self._child.kill()
        self._child.join()
        shutil.rmtree(self.work, ignore_errors=True)
