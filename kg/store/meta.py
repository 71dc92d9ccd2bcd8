"""Bookkeeping for incremental builds: which document owns which graphs, and its hashes.

Each ingested document gets a few triples in one named graph, :data:`META_GRAPH`,
about a node of its own (``kgs:doc/<id>``)::

    kgs:doc/boston  kgs:documentId  "boston" ;
                    kgs:contentHash "<sha256 of the file's bytes>" ;
                    kgs:recordHash  "<sha256 of the extracted facts>" ;
                    kgs:base        "https://w3id.org/civic-kg/id/" ;
                    kgs:extractor   "<fingerprint of the extracting code and data>" ;
                    kgs:statements  <number of statements in its graphs> ;
                    kgs:graph       <document graph>, <inferred graph> .

The extractor fingerprint lets a build skip an unchanged file before extracting
it (same bytes, same extractor, same base: same facts); the statement counts
let ``kg stats`` count the store without scanning it.

They live in the store (not beside it) so that they are written in the same
transaction as the facts they describe, and survive with an on-disk store.
The node IRI depends only on the document id, so a document can be removed
without knowing the base it was built with.

>>> str(doc_node("boston 2011"))
'https://w3id.org/civic-kg/store#doc/boston%202011'
>>> len(record_hash(__import__("kg.record").record.DocumentRecord(id="x")))
64
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from urllib.parse import quote

from rdflib import Literal, Namespace, URIRef

from kg.record import DocumentRecord

__all__ = ["KGS", "META_GRAPH", "DocumentEntry", "doc_node", "record_hash", "meta_quads",
           "DOCUMENTS_QUERY", "HASHES_QUERY"]

#: Namespace of the store's own bookkeeping terms (not part of the ontology).
KGS = Namespace("https://w3id.org/civic-kg/store#")
#: The named graph holding :class:`DocumentEntry` triples.
META_GRAPH = URIRef(KGS["meta"])

#: Each document's id and content hash (``?id ?h``): all that skipping unchanged files and ``kg stats``
#: need, one pattern and one optional (the full entries' optional fields cost 10x at 10k documents).
HASHES_QUERY = f"""SELECT ?id ?h WHERE {{ GRAPH <{META_GRAPH}> {{
    ?d <{KGS.documentId}> ?id . OPTIONAL {{ ?d <{KGS.contentHash}> ?h }} }} }}"""
#: Every document entry, one row per (document, owned graph).
DOCUMENTS_QUERY = f"""
SELECT ?node ?id ?content ?record ?base ?extractor ?statements ?graph WHERE {{
  GRAPH <{META_GRAPH}> {{
    ?node <{KGS.documentId}> ?id .
    OPTIONAL {{ ?node <{KGS.contentHash}> ?content }}
    OPTIONAL {{ ?node <{KGS.recordHash}> ?record }}
    OPTIONAL {{ ?node <{KGS.base}> ?base }}
    OPTIONAL {{ ?node <{KGS.extractor}> ?extractor }}
    OPTIONAL {{ ?node <{KGS.statements}> ?statements }}
    OPTIONAL {{ ?node <{KGS.graph}> ?graph }}
  }}
}}"""


@dataclass
class DocumentEntry:
    """What the store remembers about one ingested document."""

    doc_id: str
    content_hash: str
    record_hash: str
    base: str
    graphs: set[URIRef] = field(default_factory=set)
    extractor: str = ""  # fingerprint of the code and data that extracted and mapped it
    statements: int = 0  # quads in its graphs (bookkeeping and the union copy excluded)

    def same_as(self, other: DocumentEntry) -> bool:
        """True when re-ingesting ``other`` would write exactly what is already there."""
        return (self.content_hash, self.record_hash, self.base) == (
            other.content_hash, other.record_hash, other.base)


def doc_node(doc_id: str) -> URIRef:
    """The bookkeeping node of a document (independent of the instance base)."""
    return URIRef(f"{KGS}doc/{quote(doc_id, safe='')}")


def record_hash(record: DocumentRecord) -> str:
    """sha256 of the record's facts, so an improved extractor also triggers a replace.

    The clean text is left out: it is a function of the content, already hashed.
    """
    data = record.to_dict()
    data.pop("text", None)
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def meta_quads(entry: DocumentEntry) -> list[tuple]:
    """The bookkeeping quads of ``entry`` (all in :data:`META_GRAPH`)."""
    node = doc_node(entry.doc_id)
    quads = [
        (node, KGS.documentId, Literal(entry.doc_id), META_GRAPH),
        (node, KGS.contentHash, Literal(entry.content_hash), META_GRAPH),
        (node, KGS.recordHash, Literal(entry.record_hash), META_GRAPH),
        (node, KGS.base, Literal(entry.base), META_GRAPH),
        (node, KGS.statements, Literal(entry.statements), META_GRAPH),
    ]
    if entry.extractor:
        quads.append((node, KGS.extractor, Literal(entry.extractor), META_GRAPH))
    quads += [(node, KGS.graph, g, META_GRAPH) for g in sorted(entry.graphs)]
    return quads
