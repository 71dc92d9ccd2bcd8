"""Where queries run: killable worker processes for an on-disk store, or the server's own threads.

Why processes: pyoxigraph cannot cancel a query, and Oxigraph's own server does not stop one
either (``oxigraph serve-read-only --timeout-s 2`` let a four-way join with ``COUNT`` run for 53 s
and answer 200; it also runs ``SERVICE``).  A query that passes the time limit is stopped by
killing its worker (SIGKILL): the core is free at once, its memory is returned, and a fresh worker
takes its place (about half a second to start, off the request's path).  Each worker opens the
store read-only and reopens it when ``kg build`` committed, so new documents are seen without a
restart.

Targets that live only in this process (rdflib graphs, in-memory stores, a remote endpoint) run
in a thread instead: the client still gets its error at the time limit, but the work cannot be
stopped there; ``kg serve`` always serves an on-disk store through workers.
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from pathlib import Path
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


class _Worker:
    """One worker process (``python -m kg.server.worker``) and the socket that talks to it.

    Why a plain subprocess and not :mod:`multiprocessing`: its start methods either fork the
    threaded server or re-import the caller's ``__main__`` (a script without a main guard would
    start itself again in every worker).  A fresh interpreter imports only the engine."""

    def __init__(self, location: str) -> None:
        ours, theirs = socket.socketpair()
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.server.worker", str(theirs.fileno()), location],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, timeout: float) -> bool:
        """True once the worker has opened the store and said so."""
        try:
            return self.conn.poll(timeout) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            return False

    def kill(self) -> None:
        self.conn.close()
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass


class WorkerPool(Runner):
    """``size`` worker processes over the on-disk store at ``location``.

    A request waits at most ``timeout`` seconds for a free worker (else ``E608``), then at most
    ``timeout`` seconds for its answer (else its worker is killed and replaced, ``E606``).
    """

    def __init__(self, location: str, *, size: int, timeout: float) -> None:
        self.location = location
        self.timeout = timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        starting = [self._start() for _ in range(max(1, size))]
        for worker in starting:
            self._admit(worker)
        if self._idle.empty():
            raise KGError("E609", None, detail=f"no worker could open the store {location}")

    def _start(self) -> _Worker:
        worker = _Worker(self.location)
        with self._lock:
            self._all.add(worker)
        return worker

    def _admit(self, worker: _Worker) -> None:
        """Put a started worker to work once it is ready; a worker that cannot start is dropped."""
        if worker.wait_ready(60) and not self._closed:
            self._idle.put(worker)
        else:
            with self._lock:
                self._all.discard(worker)
            worker.kill()

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        if not self._closed:
            replacement = self._start()
            threading.Thread(target=self._admit, args=(replacement,), daemon=True, name="kg-worker-start").start()

    @property
    def pids(self) -> list[int]:
        """The worker processes now running (for tests and monitoring)."""
        with self._lock:
            return [w.pid for w in self._all]

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
