"""Compacting an on-disk store by rewriting it: its quads bulk-loaded into a fresh folder that takes its place.

Why a rewrite: Oxigraph's bulk loader lays quads out far more densely than
RocksDB's own compactions, which rewrite whatever many batches of writes left
(measured 2026-12-05 at a million statements: 409 MB after a build and
``optimize()``, 252 MB for the same quads bulk-loaded in one call, against
175 MB for the documents' quads alone; ``optimize()`` itself made a four-batch
load grow from 257 to 374 MB).  A RocksDB checkpoint (``Store.backup``) keeps
the files as they are, so it saves nothing.

Why it is safe to kill at any moment: the fresh store is written in a hidden
folder beside the store (``.NAME.compact-*``), never seen by anyone, and then
exchanges places with the store in one ``renameat2(RENAME_EXCHANGE)`` call:
before it the store is the old one, after it the new one, whole.  The writer
holds the store's lock throughout (RocksDB's, then the same lock taken
directly while the old store is closed for the exchange), so no other writer
can slip in between reading the quads and the swap.  What a kill leaves behind
is a hidden folder, removed by the next writer that opens the store.  On a
system or filesystem without that call, :func:`swap_in` says so and the caller
compacts in place instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

__all__ = ["fresh_copy", "swap_in", "remove_leftovers", "exchange", "leftover_prefix", "fsync_folder"]

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def leftover_prefix(location: Path) -> str:
    """The name every folder a compaction of ``location`` writes beside it starts with."""
    return f".{location.name}.compact-"


def remove_leftovers(location: Path) -> None:
    """Delete what compactions of ``location`` killed midway left beside it.

    Only a process holding the store's write lock may call this: no compaction of it can be running."""
    for old in location.parent.glob(leftover_prefix(location) + "*"):
        shutil.rmtree(old, ignore_errors=True)


def exchange(a: Path, b: Path) -> bool:
    """Swap the folders ``a`` and ``b`` in one step; False when the system cannot (then nothing moved)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    call = getattr(libc, "renameat2", None)
    if call is None:
        return False
    if call(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def fresh_copy(location: Path, current: ox.Store) -> Path:
    """Bulk-load every quad of ``current`` (the store open at ``location``) into a fresh store in a hidden
    folder beside it; that folder (the store is its ``store`` subfolder)."""
    remove_leftovers(location)
    work = Path(tempfile.mkdtemp(prefix=leftover_prefix(location), dir=location.parent))
    fresh = ox.Store(str(work / "store"))
    fresh.bulk_extend(iter(current))
    fresh.flush()
    del fresh  # RocksDB closes when the last reference goes
    fsync_folder(work / "store")
    fsync_folder(work)
    return work


def swap_in(work: Path, location: Path) -> bool:
    """Exchange the fresh store of :func:`fresh_copy` with the (closed) store at ``location``, holding the
    store's lock meanwhile; False when folders cannot be exchanged here (nothing moved).

    Why closed first: an open RocksDB keeps using its folder's path, so one open across the exchange
    would write into, and delete files of, the store that took its place.  Why the lock: between the close
    and the exchange no other writer may open the old store (it would write to what is then thrown
    away); a writer that has it already makes this raise ``BlockingIOError``."""
    descriptor = os.open(location / "LOCK", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the lock RocksDB takes
        if not exchange(work / "store", location):
            return False
        fsync_folder(location.parent)
        fsync_folder(work)
        return True
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Make a folder's entries (a rename, a new file) durable."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
