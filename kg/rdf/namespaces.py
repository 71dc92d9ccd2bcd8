"""Namespaces shared by the ontology, the mapping, the queries and the exports."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.namespace import SDO as SCHEMA

__all__ = ["CIVIC", "DEFAULT_BASE", "ORG", "GN", "PROV", "RDF", "RDFS", "OWL", "SKOS", "XSD",
           "SCHEMA", "DCTERMS", "bind_all"]

#: The ontology's namespace (terms in ontology/civic.ttl).
CIVIC = Namespace("https://w3id.org/civic-kg/ontology#")
#: Default base for instance IRIs; configurable per build.
DEFAULT_BASE = "https://w3id.org/civic-kg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
GN = Namespace("https://sws.geonames.org/")


def bind_all(graph) -> None:
    """Bind the usual prefixes on an rdflib graph or dataset."""
    for prefix, ns in (("civic", CIVIC), ("org", ORG), ("prov", PROV), ("schema", SCHEMA),
                       ("skos", SKOS), ("dcterms", DCTERMS), ("owl", OWL), ("gn", GN)):
        graph.bind(prefix, ns)
