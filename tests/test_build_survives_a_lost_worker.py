"""A build whose extraction worker is killed (the out-of-memory killer, an operator) goes on: the files not yet
read are read in the writing process, every document lands, the same as a build nobody disturbed, and the user is
told in one line, never shown a traceback."""

from __future__ import annotations

import os
import signal

import psutil
import pytest

from kg.build_workers import prepared_in_order
from kg.extract import iter_document_paths
from kg.store.prepared import PreparedDocument

from corpus_fixture import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("docs"), 160)


def _kill_workers() -> int:
    """SIGKILL the pool's workers: the forkserver's children (never another process a test started)."""
    me = psutil.Process()
    killed = 0
    for child in me.children(recursive=True):
        try:
            forked = child.ppid() != me.pid and "forkserver" in " ".join(child.cmdline())
        except psutil.Error:
            continue
        if forked:
            os.kill(child.pid, signal.SIGKILL)
            killed += 1
    return killed


def test_every_file_is_prepared_after_a_worker_is_killed(corpus) -> None:
    paths = list(iter_document_paths([corpus]))
    lost: list[int] = []
    out = []
    for k, (path, result) in enumerate(prepared_in_order(paths, workers=2, on_lost=lost.append)):
        out.append((path, result))
        if k == 0:
            assert _kill_workers() >= 1
    assert [p for p, _r in out] == paths
    assert all(isinstance(r, PreparedDocument) for _p, r in out)
    assert len(lost) == 1 and 0 < lost[0] < len(paths)


def test_prepared_documents_are_those_of_an_undisturbed_run(corpus) -> None:
    paths = list(iter_document_paths([corpus]))
    calm = {p: r.nquads for p, r in prepared_in_order(paths, workers=1)}
    disturbed = {}
    for k, (path, result) in enumerate(prepared_in_order(paths, workers=2)):
        disturbed[path] = result.nquads
        if k == 0:
            _kill_workers()
    assert disturbed == calm
