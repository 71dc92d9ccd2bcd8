"""Shared pieces of the endpoint tests: a built store, a served endpoint, a listener that counts visits."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.server import SparqlServer, make_server

#: A join that never ends on any store of a few hundred statements.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def build_examples(folder: Path) -> Path:
    """An on-disk store holding the bundled example documents."""
    from kg import EXAMPLES_DIR
    from kg.extract import extract_file
    from kg.store import open_store

    with open_store(folder) as store:
        for path in sorted(EXAMPLES_DIR.glob("*.txt")):
            store.add_document(extract_file(path), resolve=False)
        store.resolve()
    return folder


@contextmanager
def serving(store_path: Path, **options) -> Iterator[SparqlServer]:
    """The store at ``store_path`` served read-only (as ``kg serve`` does) on a free loopback port."""
    from kg.store import open_store

    with open_store(store_path, read_only=True) as store:
        server = make_server(store, port=0, **options)
        server.start()
        try:
            yield server
        finally:
            server.stop()


class Listener:
    """A TCP listener on loopback that records every connection made to it (and answers nothing)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.visits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.visits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()
