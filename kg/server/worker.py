"""A query worker: ``python -m kg.server.worker FD LOCATION``.

Opens the on-disk store at LOCATION read-only, says ``"ready"`` on the socket FD, then answers
:class:`kg.server.execute.QueryRequest` s with :class:`kg.server.execute.Reply` s until the socket
closes.  Before each query it reopens the store when ``kg build`` committed since, so new
documents are seen.  The server kills it when a query passes the time limit.
"""

from __future__ import annotations

import signal
import sys
from multiprocessing.connection import Connection

from kg.errors import KGError
from kg.server.execute import error_reply, run_ox

__all__ = ["main"]


def main(argv: list[str]) -> int:
    """Serve requests on the socket ``argv[0]`` over the store at ``argv[1]``."""
    from kg.store.oxigraph import open_oxigraph

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    conn = Connection(int(argv[0]))
    location = argv[1]
    try:
        store = open_oxigraph(location, read_only=True)
        conn.send("ready")
    except (KGError, OSError) as exc:
        conn.send(str(exc))
        return 1
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return 0
        try:
            store = store.reopened()
            reply = run_ox(store.ox, request)
        except KGError as exc:
            reply = error_reply(exc)
        try:
            conn.send(reply)
        except OSError:
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
