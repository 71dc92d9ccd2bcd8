"""The document record: the seam between extraction and RDF.

Field names follow the gold schema (``../shared/gold/seeds.json``) so that a
record serialises straight into what the scorer reads.  Extraction fills these
dataclasses; the RDF mapping only reads them.  Either side can be replaced
without touching the other.

Every fact may carry :class:`Evidence` (the sentence it came from, with
character offsets into the document's clean text).  The scorer ignores the
extra key; the RDF mapping turns it into PROV-O provenance.

>>> rec = DocumentRecord(id="d", cities=[City(name="Boston", state="MA")])
>>> DocumentRecord.from_dict(rec.to_dict()) == rec
True
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

__all__ = [
    "Evidence",
    "City",
    "County",
    "Official",
    "Award",
    "InferredAward",
    "Program",
    "Quote",
    "Event",
    "Amount",
    "DocumentRecord",
    "records_to_json",
    "records_from_json",
]

T = TypeVar("T", bound="_Record")


class _Record:
    """JSON round trip shared by every record type.

    Optional evidence fields are dropped when empty so predictions stay compact.
    """

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if f.name.endswith("evidence") and not value:
                continue
            out[f.name] = _dump(value)
        return out

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        hints = typing.get_type_hints(cls)
        aliases: dict[str, str] = getattr(cls, "_aliases", {})
        data = {aliases.get(k, k): v for k, v in data.items()}
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return [_load(item, v) for v in value]
    if origin is dict:
        _key_hint, item = typing.get_args(hint) or (Any, Any)
        return {k: _load(item, v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, _Record) and isinstance(value, dict):
        return hint.from_dict(value)
    return value


@dataclass
class Evidence(_Record):
    """Where a fact was read: the sentence and its offsets in the clean text."""

    sentence: str
    start: int
    end: int


@dataclass
class City(_Record):
    name: str
    state: str | None = None  # USPS code, e.g. "MA"
    evidence: Evidence | None = None
    #: Other surface forms in this document ("City of Boston", "Boston, Mass.").
    aliases: list[str] = field(default_factory=list)


@dataclass
class County(_Record):
    name: str  # "King County"
    state: str | None = None
    evidence: Evidence | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Official(_Record):
    name: str
    title: str | None = None
    of: str | None = None  # city, county or organisation the post belongs to
    evidence: Evidence | None = None
    #: Other ways this document names the person ("Mayor Menino", "Menino").
    aliases: list[str] = field(default_factory=list)


@dataclass
class Award(_Record):
    """One win: recipient (city or county, under the gold key ``city``), award and year."""

    city: str
    award: str
    year: int | None = None
    rank: int | None = None
    category: str | None = None
    streak: int | None = None
    tie: bool = False
    evidence: Evidence | None = None


@dataclass
class InferredAward(_Record):
    """A win implied by a streak, with the reason ("fifth year in a row in 2019")."""

    city: str
    award: str
    year: int
    why: str
    evidence: Evidence | None = None


@dataclass
class Program(_Record):
    name: str
    city: str | None = None
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence | None = None


@dataclass
class Quote(_Record):
    speaker: str
    text: str
    evidence: Evidence | None = None

    #: Gold files give only the quote's opening words.
    _aliases: typing.ClassVar[dict[str, str]] = {"starts_with": "text"}


@dataclass
class Event(_Record):
    name: str
    city: str | None = None
    date: str | None = None  # ISO 8601
    purpose: str | None = None
    evidence: Evidence | None = None


@dataclass
class Amount(_Record):
    context: str
    amount_usd: float | int
    kind: str | None = None
    evidence: Evidence | None = None

    _aliases: typing.ClassVar[dict[str, str]] = {"program_or_context": "context"}


@dataclass
class DocumentRecord(_Record):
    """Everything one document says, in the gold schema."""

    id: str
    file: str | None = None
    date: str | None = None  # publication date, ISO 8601, None when not stated to the day
    publisher: str | None = None
    cities: list[City] = field(default_factory=list)
    counties: list[County] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    inferred_awards: list[InferredAward] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    title: str | None = None  # headline, when the page has one
    content_hash: str | None = None  # sha256 of the raw bytes, for incremental builds
    text: str | None = None  # clean text the evidence offsets point into
    # Where the string-valued facts were read (the gold schema keeps them as plain strings):
    date_evidence: Evidence | None = None  # a sentence stating the publication date
    organization_evidence: dict[str, Evidence] = field(default_factory=dict)  # organisation or publisher -> sentence


def records_to_json(records: list[DocumentRecord], *, with_text: bool = False) -> str:
    """Serialise records as the JSON list the scorer reads."""
    out = []
    for r in records:
        d = r.to_dict()
        if not with_text:
            d.pop("text", None)
        out.append(d)
    return json.dumps(out, indent=2, ensure_ascii=False)


def records_from_json(data: str) -> list[DocumentRecord]:
    """Parse a JSON list of records (or ``{"documents": [...]}``)."""
    obj = json.loads(data)
    if isinstance(obj, dict):
        obj = obj.get("documents", [])
    return [DocumentRecord.from_dict(d) for d in obj]
