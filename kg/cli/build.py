"""``kg build``: documents in, graph store updated (incrementally)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import typer
from rdflib import URIRef

from kg.cli.app import app, store_option
from kg.cli.output import Compactor, err, open_cli_store
from kg.errors import StoreError
from kg.rdf.namespaces import DEFAULT_BASE

__all__ = ["build", "COMPACT_AFTER"]

#: Documents a build writes into a store that held documents before it compacts the store (a first build,
#: bulk loaded, is not compacted unless --compact-after is given: see kg.build.build_paths).
COMPACT_AFTER = 1000


@app.command()
def build(
    paths: list[Path] = typer.Argument(
        None, metavar="PATHS", show_default=False,
        help="Files (.txt, .md, .html) or folders of them. Default: the bundled example press releases."),
    store: str = store_option(),
    base: str = typer.Option(DEFAULT_BASE, "--base", metavar="IRI", help="Base IRI of the entities minted."),
    progress: bool = typer.Option(True, "--progress/--no-progress",
                                  help="Progress bar on stderr (only when it is a terminal)."),
    workers: int = typer.Option(None, "--workers", "-w", min=1, show_default=False,
                                help="Processes that extract documents. Default: the number of cores."),
    batch: int = typer.Option(None, "--batch", min=1, metavar="N", show_default=False,
                              help="Documents written per transaction: what an interrupted build keeps. "
                                   "Default: 256, and 2048 for a first build into an empty store (bulk "
                                   "loaded: fewer, larger loads)."),
    wait: float = typer.Option(0.0, "--wait", min=0.0, metavar="SECONDS",
                               help="When another process is writing to the store, wait up to SECONDS "
                                    "for it to finish instead of failing at once."),
    compact_after: int = typer.Option(None, "--compact-after", min=0, metavar="N", show_default=False,
                                      help="Compact the store when the build wrote at least N documents "
                                           "(0: never). Default: 1000, and never for a first build into an "
                                           "empty store (see kg compact)."),
    dask: str = typer.Option(None, "--dask", metavar="SCHEDULER",
                             help="Extract on a Dask cluster: 'local' (this machine's cores) or a scheduler "
                                  "address such as tcp://host:8786 (pip install 'civic-kg[dask]')."),
    shards: Path = typer.Option(None, "--shards", metavar="DIR",
                                help="With --dask: also write each task's N-Quads to DIR/part-NNNNN.nq."),
) -> None:
    """Extract facts from documents and load them into the graph store.

    Incremental: each document owns its named graph; an unchanged document is
    skipped, a changed one replaces its own facts and nothing else, all or
    nothing; an unchanged file is not even extracted again.  Entities are
    then resolved across documents (see kg resolve).
    A file that cannot be read is reported in one line and skipped; the rest
    of the batch lands.  Files with one name in several folders get ids from
    their folders (a/index, b/index).  The summary goes to stderr, with the
    count and kinds of the files that are not documents (.pdf, .docx...).
    Exit status: 0 every document read, 3 some failed (the rest landed),
    1 none could be read.
    A build that replaced or added --compact-after documents or more (default
    1000) in a store that held documents then compacts the store, giving
    back the space its transactions left behind; a first build into an empty
    store is written by the bulk loader and is not rewritten unless
    --compact-after is given (kg compact rewrites any store later).
    Interrupted (even by kill -9), a build keeps the batches it wrote, whole;
    the next command that writes to the store finishes the rest.  A second
    build on the same store meanwhile fails at once (error E201), or with
    --wait SECONDS waits for the first one to end (error E210 if it does not).

    \b
    Examples:
      kg build                      # the bundled examples into ./civic-kg-store
      kg build docs/ more.html -s my-store
      kg build archive/ --workers 4     # extract with 4 processes
      kg build archive/ --dask tcp://scheduler:8786 --shards shards/   # on a Dask cluster
      kg build docs/ --endpoint http://localhost:7878/query   # into a SPARQL 1.1 server
    """
    from kg import EXAMPLES_DIR
    from kg.build import build_paths, exit_status, no_documents_error
    from kg.build_workers import default_workers
    from kg.store.pending import recovery_note
    from kg.store.stats import summary

    sources = list(paths) if paths else [EXAMPLES_DIR]
    with _open_waiting(store, wait) as st:
        if st.recovered is not None:
            err(recovery_note(st.recovered))
        report = build_paths(sources, st, base=base, on_error=lambda e: err(str(e)), batch_size=batch,
                             progress=progress and sys.stderr.isatty(), workers=workers or default_workers(),
                             dask=dask, shards=shards,
                             compact_after=COMPACT_AFTER if compact_after is None else compact_after,
                             compact_new=compact_after is not None,
                             on_compact=lambda n: err(f"compacting the store ({n} documents written)"),
                             on_worker_lost=lambda n: err(f"warning: an extraction worker stopped (killed or out of "
                                                          f"memory); reading the other {n} files in this process"))
        counts = report.counts()
        classes, _years, triples = summary(st)  # the counts resolution keeps: counting took seconds at 10k
        documents = len(st.documents())
    compact = Compactor(base)
    if not report.batch.files:
        raise no_documents_error(sources, report.batch)
    err("documents: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    if report.batch.skipped:
        err(f"skipped: {report.batch.skipped_summary()}")
    for old, new in report.renamed:
        err(f"renamed: {old} -> {new} (another file in the batch has its name)")
    err(f"store: {store} ({documents} documents, {triples:,} triples)")
    if classes:
        err("entities: " + ", ".join(f"{compact(URIRef(c))} {n}" for c, n in classes))
    if report.resolution is not None:
        res = report.resolution.summary()
        err(f"resolution: {res['merged']} duplicates merged into {res['groups']} entities, "
            f"{res['flagged']} ambiguous names flagged (details: kg resolve --explain)")
    status = exit_status(report.landed, counts["failed"])
    if status:
        raise typer.Exit(status)


#: Seconds between two attempts to take the store's lock, and between two "still waiting" lines.
_RETRY, _REMIND = 0.2, 30.0


def _open_waiting(store: str, wait: float):
    """Open the store for writing; while another writer holds its lock, try again for up to ``wait`` seconds.

    Why not wait inside RocksDB: it refuses a locked store at once.  The user is told that the build
    waits, and why, then every half minute how long it has waited, so a silent terminal never looks hung.
    """
    start = time.monotonic()
    said = start - _REMIND
    while True:
        try:
            return open_cli_store(store)
        except StoreError as exc:
            waited = time.monotonic() - start
            if exc.code != "E201" or not wait:
                raise
            if waited >= wait:
                raise StoreError("E210", exc.where, limit=f"{wait:g}") from None
            if time.monotonic() - said >= _REMIND:
                err(f"waiting for the store: another process writes to it ({waited:.0f} of {wait:g} s)")
                said = time.monotonic()
            time.sleep(min(_RETRY, max(wait - waited, 0.0)))
