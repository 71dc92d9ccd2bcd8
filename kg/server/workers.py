"""Where queries run: killable worker processes for an on-disk store, or the server's own threads.

Why processes: pyoxigraph cannot cancel a query, and Oxigraph's own server does not stop one
either (``oxigraph serve-read-only --timeout-s 2`` let a four-way join with ``COUNT`` run for 53 s
and answer 200; it also runs ``SERVICE``).  A query that passes the time limit is stopped by
killing its worker (SIGKILL): the core is free at once, its memory is returned, and a fresh worker
(forked from a preloaded fork server, a few milliseconds) takes its place.  Each worker opens the
store read-only and reopens it when ``kg build`` committed, so new documents are seen without a
restart.

Targets that live only in this process (rdflib graphs, in-memory stores, a remote endpoint) run
in a thread instead: the client still gets its error at the time limit, but the work cannot be
stopped there; ``kg serve`` always serves an on-disk store through workers.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from typing import Any

from kg.errors import KGError
from kg.server.execute import QueryRequest, Reply, error_reply, run_ox, run_rdflib

__all__ = ["WorkerPool", "InlineRunner", "Runner"]


class Runner:
    """Runs a :class:`QueryRequest` within a time limit; :meth:`close` releases what it holds."""

    timeout: float

    def run(self, request: QueryRequest) -> Reply:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _worker_main(conn: Any, location: str) -> None:
    """A worker's loop: open the store read-only, answer requests until the pipe closes."""
    from kg.store.oxigraph import open_oxigraph

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            store = open_oxigraph(location, read_only=True) if store is None else store.reopened()
            reply = run_ox(store.ox, request)
        except KGError as exc:
            reply = error_reply(exc)
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx: Any, location: str) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, location), daemon=True,
                                   name="kg-query-worker")
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


def _context() -> Any:
    """A fork server with the store and engine preloaded: workers start in milliseconds, and
    nothing is forked from the threaded server itself."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.server.execute", "kg.store.oxigraph"])
    return ctx


class WorkerPool(Runner):
    """``size`` worker processes over the on-disk store at ``location``.

    A request waits at most ``timeout`` seconds for a free worker (else ``E608``), then at most
    ``timeout`` seconds for its answer (else its worker is killed and replaced, ``E606``).
    """

    def __init__(self, location: str, *, size: int, timeout: float) -> None:
        self.location = location
        self.timeout = timeout
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self._ctx, self.location)
        with self._lock:
            if self._closed:
                worker.kill()
                return
            self._all.add(worker)
        self._idle.put(worker)

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if not self._closed:
            self._add()

    @property
    def pids(self) -> list[int]:
        """The worker processes now running (for tests and monitoring)."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def run(self, request: QueryRequest) -> Reply:
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return error_reply(KGError("E608", None, limit=_seconds(self.timeout)))
        try:
            worker.conn.send(request)
            if worker.conn.poll(self.timeout):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError) as exc:  # the worker died (out of memory, killed from outside)
            self._retire(worker)
            return error_reply(KGError("E609", None, detail=f"{type(exc).__name__}; it was replaced"))
        self._retire(worker)
        return error_reply(KGError("E606", None, limit=_seconds(self.timeout)))

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.kill()


class InlineRunner(Runner):
    """Queries in a thread of this process, for targets no other process can open.

    ``lock`` serialises access when the target is written to while being read (rdflib's
    in-memory store is not safe for that)."""

    def __init__(self, target: Any, *, timeout: float, lock: threading.RLock | None = None) -> None:
        self.target = target
        self.timeout = timeout
        self.lock = lock
        self._reopen_lock = threading.Lock()

    def current(self) -> Any:
        """The target as it is now: a read-only store sees what ``kg build`` committed since."""
        reopened = getattr(self.target, "reopened", None)
        if reopened is not None and self.lock is None:
            with self._reopen_lock:
                self.target = reopened()
        return self.target

    def _execute(self, request: QueryRequest) -> Reply:
        target = self.current()
        ox_store = getattr(target, "_ox", None)
        if self.lock is not None:
            with self.lock:
                return run_ox(ox_store, request) if ox_store is not None else run_rdflib(target, request)
        return run_ox(ox_store, request) if ox_store is not None else run_rdflib(target, request)

    def run(self, request: QueryRequest) -> Reply:
        box: list[Reply] = []
        thread = threading.Thread(target=lambda: box.append(self._execute(request)), daemon=True,
                                  name="kg-query")
        thread.start()
        thread.join(self.timeout)
        if box:
            return box[0]
        return error_reply(KGError("E606", None, limit=_seconds(self.timeout)))


def _seconds(value: float) -> str:
    return f"{value:g}"


def default_workers() -> int:
    """One worker per core, at least two (one runaway query must not block the rest)."""
    return max(2, os.cpu_count() or 1)
