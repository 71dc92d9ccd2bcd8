"""IRI-safe slugs for any string, so hostile names can never break an IRI.

Slugs are the readable tail of instance IRIs (``city/ma/boston``).  They must be
stable (the same name gives the same slug in every document), IRI-safe (only
``[a-z0-9-]``) and never empty.  Names that have no ASCII letters or digits at
all (``"東京"``, ``"<>"``) get a short content hash so that distinct names stay
distinct.

>>> slugify("Thomas M. Menino")
'thomas-m-menino'
>>> slugify("São Paulo")
'sao-paulo'
>>> slugify("Prince George's County")
'prince-georges-county'
>>> slugify("")
'unnamed'
>>> slugify("<>").startswith("x-")
True
>>> doc_key("boston-2011-digital-cities")
'boston-2011-digital-cities'
>>> doc_key("Boston 2011").startswith("boston-2011-")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

__all__ = ["slugify", "doc_key", "short_hash"]

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_DOC_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def short_hash(*parts: object, length: int = 10) -> str:
    """A short, deterministic hex digest of the parts (for content-derived IRIs)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:length]


@lru_cache(maxsize=65536)
def slugify(text: str | None) -> str:
    """Lower-case ASCII slug of ``text``; never empty, always ``[a-z0-9-]+``.

    Accents are folded (NFKD), apostrophes dropped (``George's`` -> ``georges``)
    and every other run of non-alphanumerics becomes one hyphen.
    """
    if text is None or not text.strip():
        return "unnamed"
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _APOSTROPHES.sub("", folded.lower())
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_only).strip("-")
    return slug or f"x-{short_hash(text)}"


def doc_key(doc_id: str) -> str:
    """IRI segment for a document id: the id itself when already a clean slug.

    Document ids must stay distinct (unlike entity names, which we want to
    merge), so an id that is not already a slug gets a hash suffix.
    """
    if _DOC_ID.fullmatch(doc_id or ""):
        return doc_id
    return f"{slugify(doc_id)}-{short_hash(doc_id, length=8)}"
