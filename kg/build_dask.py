"""Extraction mapped over a Dask cluster (``kg build --dask SCHEDULER``), with its N-Quads written as shards.

Why: one machine extracts about 150 documents per second per core; a national
archive of every city's releases wants more cores than one machine has.
Extraction and mapping are pure functions of a file, so they run on the
cluster's workers, a chunk of files per task; the store is still written by
this process, batch by batch, exactly as a local build writes it
(:func:`kg.build.build_paths`), so the graph is the same whatever ran the
extraction.  With ``shards``, each task also writes its documents' N-Quads to
``shards/part-NNNNN.nq`` (default-graph lines are the union), ready for another
store's bulk loader (``oxigraph load``, a Graph Store Protocol ``POST``) when the
production store is not the one this build writes.

``scheduler`` is ``local`` for a :class:`distributed.LocalCluster` of this
machine's cores (processes), or a scheduler address (``tcp://host:8786``).  The
workers must import the same ``kg`` (``pip install civic-kg[dask]`` on each) and
read the files at the same paths (a shared file system).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from kg.errors import BuildError, KGError
from kg.store.prepared import PreparedDocument

__all__ = ["prepared_on_cluster", "connect", "CHUNK"]

#: Files per task: large enough that scheduling costs little, small enough to spread over the workers.
CHUNK = 64


def connect(scheduler: str, workers: int | None = None):
    """A ``distributed.Client`` for ``scheduler`` (``local``: a LocalCluster of ``workers`` processes)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BuildError("E120", scheduler, detail="install the Dask extra: pip install 'civic-kg[dask]'") from None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            return Client(cluster)
        return Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise BuildError("E121", scheduler, detail=" ".join(str(exc).split())) from None


def _task(paths: Sequence[str], base: str, extractor: str, ids: Sequence[str | None], shard: str | None) -> list:
    """Runs on a worker: prepare each file; write the chunk's N-Quads shard when asked."""
    from kg.build_workers import _prepare_chunk

    results = _prepare_chunk([Path(p) for p in paths], base, extractor, ids)
    if shard is not None:
        text = "".join(r.nquads for r in results if isinstance(r, PreparedDocument))
        Path(shard).write_text(text, encoding="utf-8")
    return results


def prepared_on_cluster(paths: Sequence[Path], base: str, extractor: str, scheduler: str,
                        ids: Mapping[Path, str] | None = None, *, shards: Path | None = None,
                        workers: int | None = None) -> Iterator[tuple[Path, PreparedDocument | KGError]]:
    """As :func:`kg.build_workers.prepared_in_order`, the work done by a Dask cluster's workers."""
    from kg.build_workers import _Failure

    ids = ids or {}
    if not paths:
        return
    if shards is not None:
        shards.mkdir(parents=True, exist_ok=True)
    chunks = [list(paths[i:i + CHUNK]) for i in range(0, len(paths), CHUNK)]
    client = connect(scheduler, workers)
    try:
        futures = [client.submit(_task, [str(p) for p in chunk], base, extractor, [ids.get(p) for p in chunk],
                                 str(shards / f"part-{n:05d}.nq") if shards is not None else None, pure=False)
                   for n, chunk in enumerate(chunks)]
        for chunk, future in zip(chunks, futures, strict=True):
            for path, result in zip(chunk, future.result(), strict=True):
                yield path, result.error() if isinstance(result, _Failure) else result
            future.release()
    finally:
        cluster = client.cluster if scheduler == "local" else None
        client.close()
        if cluster is not None:
            cluster.close()
