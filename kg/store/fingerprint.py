"""The extractor's fingerprint: which code and data turned a file into facts.

Why: ``kg build`` wants to skip an unchanged file *before* extracting it, and
the file's bytes alone cannot say whether its facts are still right: a new
extractor (or gazetteer, or mapping) reads the same bytes differently.  The
fingerprint hashes everything between the bytes and the quads (the extraction
code, its data files, the RDF mapping and the ontology), so "same bytes, same
fingerprint, same base" means "same quads", and any change to that code makes
every document extracted again once.

>>> len(extractor_fingerprint())
16
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["extractor_fingerprint"]

#: What decides a document's facts, relative to the ``kg`` package.
_PARTS = ("extract", "rdf", "data", "ontology", "record.py")
_SUFFIXES = {".py", ".json", ".ttl", ".txt"}


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A short hash of the extraction and mapping code and data (computed once per process)."""
    import kg

    root = Path(kg.__file__).resolve().parent
    digest = hashlib.sha256(kg.__version__.encode())
    for part in _PARTS:
        path = root / part
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.suffix in _SUFFIXES)
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
