"""A store folder the process cannot write, or a full disk: one coded line, and the store as it was.

As root, ``chmod`` does not stop writes, so these tests make the conditions for
real in a user and mount namespace (``unshare``): a read-only bind mount of the
store folder, and a tmpfs a little larger than the store.  Where namespaces are
not allowed they skip and say why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.cli import main
from kg.store import open_store

from conftest import ROOT

DOCS = ROOT / "tests" / "data" / "written" / "docs"
KG = f"{sys.executable} -c 'import sys; from kg.cli import main; sys.exit(main(sys.argv[1:]))'"
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
       "PYTHONWARNINGS": "ignore"}


def namespaces_or_skip() -> None:
    """Skip unless this process may make a user and mount namespace with a tmpfs in it."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("needs unshare (util-linux) to make a read-only or full file system as this user")
    probe = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
                            "mount -t tmpfs -o size=64k tmpfs /mnt 2>&1 || mount -t tmpfs -o size=64k tmpfs /tmp"],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        reason = " ".join((probe.stderr or probe.stdout).split())[:200]
        pytest.skip(f"user and mount namespaces are not allowed here ({reason}), and as root chmod does not "
                    "stop writes: no way to make a read-only or full file system")


def in_namespace(script: str) -> subprocess.CompletedProcess:
    return subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-e", "-c", script],
                          capture_output=True, text=True, env=ENV, timeout=300, cwd=ROOT)


def built(folder: Path) -> Path:
    store = folder / "store"
    assert main(["build", str(EXAMPLES_DIR), "-s", str(store), "--no-progress"]) == 0
    return store


def nquads(store: Path) -> str:
    with open_store(store, read_only=True) as st:
        return st.canonical_nquads()


def one_error_line(stderr: str, code: str, store: Path) -> None:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Traceback" not in stderr and len(lines) == 1, stderr
    assert lines[0].startswith(f"error[{code}] {store}: "), lines[0]


def test_a_read_only_store_folder_is_one_line_and_the_store_is_untouched(tmp_path):
    store = built(tmp_path)
    before = nquads(store)
    if os.geteuid() != 0:  # an ordinary user: permissions are enough
        for path in [store, *store.iterdir()]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        proc = subprocess.run(f"{KG} build {DOCS} -s {store} --no-progress --workers 1", shell=True,
                              capture_output=True, text=True, env=ENV, timeout=300, cwd=ROOT)
        code = proc.returncode
        store.chmod(0o755)
    else:
        namespaces_or_skip()
        proc = in_namespace(f"mount --bind {store} {store} && mount -o remount,bind,ro {store}\n"
                            f"{KG} build {DOCS} -s {store} --no-progress --workers 1 || echo exit=$? >&2\n"
                            f"{KG} stats -s {store} > {tmp_path / 'stats.txt'}")
        code = 1 if "exit=1" in proc.stderr else 0
        proc.stderr = proc.stderr.replace("exit=1\n", "")
        assert "documents:  2" in (tmp_path / "stats.txt").read_text()  # reading still works
    assert code == 1
    one_error_line(proc.stderr, "E206", store)
    assert "the store folder is not writable" in proc.stderr
    assert nquads(store) == before


def test_a_full_disk_is_one_line_and_the_store_is_as_it_was(tmp_path):
    namespaces_or_skip()
    store = built(tmp_path)
    before = nquads(store)
    size_kib = sum(p.stat().st_size for p in store.iterdir()) // 1024 + 384  # the written releases need MBs
    mnt, after = tmp_path / "mnt", tmp_path / "after"
    mnt.mkdir()
    proc = in_namespace(f"mount -t tmpfs -o size={size_kib}k tmpfs {mnt}\ncp -r {store} {mnt}/store\n"
                        f"{KG} build {DOCS} -s {mnt}/store --no-progress --workers 1 || echo exit=$? >&2\n"
                        f"cp -r {mnt}/store {after}")
    assert "exit=1" in proc.stderr, proc.stderr
    one_error_line(proc.stderr.replace("exit=1\n", ""), "E207", mnt / "store")
    assert "no space left" in proc.stderr
    assert nquads(after) == before  # one batch, one transaction: none of it landed
    with open_store(after) as st:  # and it still takes writes once there is room
        assert not st.pending().due
        st.remove_document("boston-2011-digital-cities")
        assert sorted(st.documents()) == ["baton-rouge-2019-digital-cities"]
