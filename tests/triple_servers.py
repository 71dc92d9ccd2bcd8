"""Real triple-store servers on loopback for the external-store tests: Oxigraph's and Virtuoso.

Each runs as a subprocess in a temporary folder on free ports and is stopped (by its own pid) at the
end.  Where a server is not installed or does not start, the caller skips with the reason.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import requests

#: Virtuoso's administrator account as Debian's package creates it.
VIRTUOSO_USER, VIRTUOSO_PASSWORD = "dba", "dba"


class ServerUnavailable(Exception):
    """The server is not installed or did not start; the message says why (a skip reason)."""


@dataclass
class TripleServer:
    """A running server: its query URL and the ``KG_ENDPOINT_*`` variables that reach it."""

    name: str
    query_url: str
    env: dict[str, str] = field(default_factory=dict)
    gsp_url: str = ""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_command() -> str | None:
    """The ``oxigraph`` server command of PyPI's ``oxigraph`` package, next to this Python or on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[TripleServer]:
    """``oxigraph serve`` on a store in ``folder``: query ``/query``, update ``/update``, GSP ``/store``."""
    command = oxigraph_command()
    if command is None:
        raise ServerUnavailable("the oxigraph server is not installed (pip install oxigraph, in the [dev] extra)")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with _process([command, "serve", "--location", str(folder / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                  folder / "oxigraph.log", f"{base}/query?query=ASK%7B%7D", "oxigraph serve"):
        yield TripleServer("oxigraph", f"{base}/query", gsp_url=f"{base}/store")


_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


@contextmanager
def virtuoso_server(folder: Path) -> Iterator[TripleServer]:
    """Debian's Virtuoso (``virtuoso-t``) on a new database in ``folder``: queries at ``/sparql``,
    updates at ``/sparql-auth`` and GSP at ``/sparql-graph-crud-auth``, both with Digest credentials."""
    command = shutil.which("virtuoso-t")
    if command is None:
        raise ServerUnavailable("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource; .ci/run does)")
    folder.mkdir(parents=True, exist_ok=True)
    http = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(_VIRTUOSO_INI.format(d=folder, sql=free_port(), http=http), encoding="utf-8")
    base = f"http://127.0.0.1:{http}"
    with _process([command, "+foreground", "+configfile", str(ini)], folder / "virtuoso.out",
                  f"{base}/sparql?query=ASK%7B%7D", "virtuoso-t", wait=90):
        yield TripleServer("virtuoso", f"{base}/sparql", gsp_url=f"{base}/sparql-graph-crud-auth", env={
            "KG_ENDPOINT_UPDATE": f"{base}/sparql-auth",
            "KG_ENDPOINT_USER": VIRTUOSO_USER, "KG_ENDPOINT_PASSWORD": VIRTUOSO_PASSWORD})


@contextmanager
def _process(argv: list[str], log: Path, ready_url: str, name: str, wait: float = 30) -> Iterator[None]:
    """Run ``argv`` until the block ends; ready when ``ready_url`` answers 200."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=log.parent)
    try:
        deadline = time.monotonic() + wait
        while True:
            if proc.poll() is not None:
                raise ServerUnavailable(f"{name} exited with status {proc.returncode}: {_tail(log)}")
            try:
                if requests.get(ready_url, timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise ServerUnavailable(f"{name} did not answer within {wait:g} s: {_tail(log)}")
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _tail(log: Path) -> str:
    try:
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "no log"
    return " | ".join(lines[-3:]) or "no output"
