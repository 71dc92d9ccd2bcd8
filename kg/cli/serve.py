"""``kg serve``: publish the store as a SPARQL 1.1 endpoint over HTTP (see :mod:`kg.server`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

from kg.cli.app import app, store_option

__all__ = ["serve"]


def _editor(wanted: bool, say: Callable[[str], None]) -> tuple[Path | None, str | None]:
    """The YASGUI folder (installed now if missing) and a line to print after the address line, or
    ``(None, why)`` when the plain form will be served instead."""
    import sys

    from kg.errors import KGError
    from kg.server.editor_assets import YASGUI_PACKAGE, YASGUI_VERSION, ensure_editor

    if not wanted:
        return None, None
    try:
        folder, fetched = ensure_editor(progress=say if sys.stderr.isatty() else None)
    except KGError as exc:
        return None, f"warning: {exc}; / serves the plain query form"
    note = f"query editor: fetched {YASGUI_PACKAGE} {YASGUI_VERSION} with npm into {folder}" if fetched else None
    return folder, note


def _is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@app.command()
def serve(
    store: str = store_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on (0.0.0.0 for all)."),
    port: int = typer.Option(7878, "--port", "-p", min=0, max=65535, help="TCP port (0 picks a free one)."),
    allow_update: bool = typer.Option(False, "--allow-update",
                                      help="Accept SPARQL UPDATE at /update (default: read-only, 403)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, metavar="SECONDS",
                                  help="Stop a query (kill its worker) after this long; the client gets 503."),
    max_result_mb: float = typer.Option(64.0, "--max-result-mb", min=0.001, metavar="MB",
                                        help="Refuse results larger than this (422); add LIMIT to narrow."),
    workers: int = typer.Option(0, "--workers", min=0, help="Query worker processes (0: one per core, >= 2)."),
    cors: str = typer.Option(None, "--cors", metavar="ORIGIN",
                             help="Let web pages from ORIGIN (or * for any) read answers; off by default."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not log each request on stderr."),
    editor: bool = typer.Option(True, "--editor/--no-editor",
                                help="Serve the YASGUI query editor at / (fetched once with npm at a pinned "
                                     "version); --no-editor serves the plain form."),
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint until Ctrl-C.

    Queries at /query (GET ?query=... or POST), a query editor (YASGUI) with the
    catalogue queries at /, a plain form at /form; the default graph is the union
    of all document graphs.  The first start fetches YASGUI with npm (pinned
    version and checksum); without npm, / serves the plain form and says why.  Results as SPARQL JSON, XML,
    CSV or TSV, graphs as Turtle or N-Triples, chosen by the Accept header.
    Read-only unless --allow-update; SERVICE and LOAD are always refused.
    Queries run in worker processes that are killed at --timeout.  Binds
    127.0.0.1 unless --host says otherwise.  A read-only server answers from what
    `kg build` or `kg remove` committed in another terminal from the next
    query on, without a restart (a writable one holds the store's lock).

    Examples:

      kg serve                                   # http://127.0.0.1:7878/

      kg serve --no-editor                       # the plain form at /, no npm

      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:7878/query

      kg query winners -s http://127.0.0.1:7878/query
    """
    from kg.cli.output import err, open_cli_store
    from kg.server import make_server

    editor_dir, editor_line = _editor(editor, err)
    with open_cli_store(store, read_only=not allow_update) as st:
        server = make_server(st, host=host, port=port, allow_update=allow_update, timeout=timeout,
                             max_result=int(max_result_mb * (1 << 20)), workers=workers or None, cors=cors,
                             verbose=not quiet, editor=editor, editor_dir=editor_dir)
        mode = "read-write" if allow_update else "read-only"
        page = "query editor" if editor_dir is not None else "query form"
        err(f"SPARQL endpoint ({mode}, {timeout:g} s limit) at {server.url} ; {page} at {server.base_url}/ ;"
            " Ctrl-C to stop")
        if editor_line:
            err(editor_line)
        if not _is_loopback(host):
            err(f"warning: listening on {host}: other machines can query this store")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            err("stopped")
        finally:
            server.server_close()
