"""A compacted copy written while the store's last rows are still being computed.

Why: after a large build two serial steps remained, one after the other on one core: computing the kept
rows (win, officials', award rows, label and sort keys; Python) and the compaction (every quad rewritten
by Oxigraph's bulk loader).  Here they overlap.  A child process dumps the store's quads (from a RocksDB
checkpoint, so the writer's own compactions cannot delete files under it) as N-Quads into a FIFO; the
fresh store's bulk loader reads that FIFO in a thread of the writer (Oxigraph releases Python's lock
while it loads from a path, and uses two threads of its own); meanwhile the writer computes the rows.
Their inserts (:meth:`kg.store.Store.write_rows` and bulk inserts) are appended to the same stream once
the dump is done, so ONE bulk load writes everything (a second load into the copy made it half as large
again: 1.1 GB against 700 MB at 10k documents); the marker that the rows are due is left out of the dump,
and what else they delete (nothing on a new store) follows as transactions on the copy.  Order does not
matter between the two: what one kind of rows deletes is never what it or another kind inserts.

Crash safety: the store itself is not written during the window, and it carries the marker that its rows
are due (:data:`kg.store.pending.ROWS_DUE`, written with the resolution), so a kill anywhere before the
exchange leaves a store whose next writer recomputes the rows; the copy is swapped in only whole
(:func:`kg.store.compaction.swap_in`), and what a kill leaves beside the store is removed by the next
writer (:func:`kg.store.compaction.remove_leftovers`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.store.base import Compaction
from kg.store.compaction import fsync_folder, leftover_prefix, remove_leftovers
from kg.store.oxigraph import io_error
from kg.store.pending import ROWS_DUE
from kg.store.terms import data_update, nquad, nquads_pieces

__all__ = ["StreamedCopy", "StreamedCompaction"]

#: The child: dump every quad of the checkpoint as N-Quads to its standard output (the FIFO), but the line
#: ``argv[2]`` (the marker that the rows are due: the copy gets them).  Why filter the text rather than delete
#: it from the copy later: any write after the bulk load left files that set RocksDB compacting the copy
#: (882 against 767 MB at 10k documents).
_DUMP = """import sys, pyoxigraph as ox
line, out, rest = b"\\n" + sys.argv[2].encode(), open(1, "wb", buffering=1 << 20, closefd=False), [b""]
def whole(lines):
    return (b"\\n" + lines).replace(line, b"\\n")[1:]
class Lines:
    def write(self, data):
        size, data = len(data), rest[0] + data
        cut = data.rfind(b"\\n") + 1
        rest[0] = data[cut:]
        out.write(whole(data[:cut]))
        return size
    def flush(self):
        pass
ox.Store.read_only(sys.argv[1]).dump(Lines(), format=ox.RdfFormat.N_QUADS)
out.write(whole(rest[0]))
out.close()
"""
class StreamedCopy:
    """A fresh store beside ``location`` bulk-loaded from the store's quads, then from quads appended.

    :meth:`start` takes a checkpoint of ``current`` and starts the dump and the load; :meth:`finish`
    appends quads, waits for the load, applies updates and returns the folder holding the fresh store
    (its ``store`` subfolder), ready for :func:`kg.store.compaction.swap_in`; :meth:`abort` stops
    everything and removes the folder."""

    def __init__(self, location: Path) -> None:
        self.location = location
        self.work: Path | None = None
        self._fresh: ox.Store | None = None
        self._child: subprocess.Popen | None = None
        self._loader: threading.Thread | None = None
        self._failure: BaseException | None = None
        self._stream: int | None = None

    def start(self, current: ox.Store) -> None:
        """Checkpoint ``current`` and start dumping it into the fresh store's loader."""
        remove_leftovers(self.location)
        self.work = Path(tempfile.mkdtemp(prefix=leftover_prefix(self.location), dir=self.location.parent))
        try:
            current.backup(str(self.work / "checkpoint"))  # hard links: cheap, and immune to its compactions
            fifo = self.work / "quads.nq"
            os.mkfifo(fifo)
            self._fresh = ox.Store(str(self.work / "store"))
            # read-write, so that opening never waits for the loader; the loader sees the end of the stream
            # once this and the child's copy are closed
            self._stream = os.open(fifo, os.O_RDWR)
            self._loader = threading.Thread(target=self._load, args=(str(fifo),), daemon=True)
            self._loader.start()
            # the child writes only: should this process die, its next write fails and it ends too
            output = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            try:
                os.set_blocking(output, True)
                with open(self.work / "dump.err", "wb") as errors:
                    self._child = subprocess.Popen([sys.executable, "-c", _DUMP, str(self.work / "checkpoint"),
                                                    nquad(ROWS_DUE) + "\n"],
                                                   stdin=subprocess.DEVNULL, stdout=output, stderr=errors)
            finally:
                os.close(output)
        except BaseException:
            self.abort()
            raise

    def _load(self, fifo: str) -> None:
        try:
            self._fresh.bulk_load(path=fifo, format=ox.RdfFormat.N_QUADS, lenient=True)
        except BaseException as exc:  # noqa: BLE001 - handed to finish(), which raises it in the writer
            self._failure = exc

    def finish(self, texts: Iterable[bytes], updates: Iterable[str]) -> Path:
        """Append the N-Quads ``texts`` once the dump is complete, end the load, apply the SPARQL ``updates`` to
        the copy in order; the folder holding the fresh store."""
        self._wait_child()
        for text in texts:
            _write_all(self._stream, text)
        os.close(self._stream)
        self._stream = None
        self._loader.join()
        if self._failure is not None:
            raise self._failure
        for text in updates:
            self._fresh.update(text)
        self._fresh.flush()
        self._fresh = None  # RocksDB closes when the last reference goes
        shutil.rmtree(self.work / "checkpoint", ignore_errors=True)
        (self.work / "quads.nq").unlink(missing_ok=True)
        fsync_folder(self.work / "store")
        fsync_folder(self.work)
        return self.work

    def _wait_child(self) -> None:
        """Wait for the dump to end whole; raise when it failed or the loader stopped first."""
        while True:
            try:
                code = self._child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if not self._loader.is_alive():  # the loader failed: the dump would wait on a full pipe
                    self._child.kill()
                    self._child.wait()
                    raise self._failure or OSError("the compacted copy stopped reading the store's quads") from None
        if code != 0:
            said = (self.work / "dump.err").read_text(errors="replace").strip().splitlines() or [f"exit status {code}"]
            raise OSError(f"dumping the store's quads for the compacted copy failed: {said[-1]}")

    def abort(self) -> None:
        """Stop the dump and the load and remove the copy (the store itself was never touched)."""
        if self._child is not None and self._child.poll() is None:
            self._child.kill()
            self._child.wait()
        if self._stream is not None:
            os.close(self._stream)
            self._stream = None
        while self._loader is not None and self._loader.is_alive():
            # a loader that has not opened the FIFO yet waits for a writer: be one, and end the stream
            os.close(os.open(self.work / "quads.nq", os.O_RDWR))
            self._loader.join(timeout=0.2)
        self._fresh = None
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


class StreamedCompaction(Compaction):
    """:meth:`kg.store.oxigraph.OxigraphStore.compaction_after`: from :meth:`start` on, the store's writes
    (the kept rows) are held back and go into a :class:`StreamedCopy` that then takes the store's place."""

    def __init__(self, store, wanted: bool) -> None:
        super().__init__(store, wanted)
        self.copy: StreamedCopy | None = None
        #: what the rows wrote meanwhile: their inserts as N-Quads text, and SPARQL updates in order
        self.texts: list[bytes] = []
        self.updates: list[str] = []

    def insert(self, quads: Iterable[tuple]) -> None:
        """Hold back quads to insert, as text at once: made while the dump still runs, not after it."""
        self.texts += [piece.encode("utf-8") for piece in nquads_pieces(quads)]

    def start(self, *, overlap: bool) -> None:
        """Begin the copy now when the rows that follow are recomputed whole (``overlap``): they then read
        nothing they write, so holding their writes back changes nothing they compute."""
        store = self.store
        if not (self.wanted and overlap and store.location is not None and hasattr(os, "mkfifo")):
            return
        store._guard(store.ox.flush)
        copy = StreamedCopy(Path(store.location))
        try:
            copy.start(store.ox)
        except (OSError, RuntimeError) as exc:
            raise io_error(" ".join(str(exc).split()), store.location, "E202") from None
        self.copy = copy
        store._deferred = self

    def __exit__(self, kind, value, trace) -> bool:
        if self.copy is None:
            return super().__exit__(kind, value, trace)
        self.store._deferred = None
        if kind is not None:
            self.copy.abort()
            return False
        try:
            work = self.copy.finish(self.texts, self.updates)
        except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
            self.copy.abort()
            raise io_error(" ".join(str(exc).split()), self.store.location, "E202") from None
        except BaseException:
            self.copy.abort()
            raise
        if not self.store._swap_in(work):  # folders cannot be exchanged here: write the rows, compact in place
            for text in self.texts:
                self.store._guard(lambda text=text: self.store.ox.bulk_load(text, format=ox.RdfFormat.N_QUADS))
            for text in [*self.updates, data_update([], [ROWS_DUE], [])]:  # the rows are all there now
                self.store._apply_update(text)
            self.store._guard(self.store.ox.optimize)
            self.store._reopen()
        return False
