"""Mapping document records to RDF with the civic-kg ontology.

Modules: :mod:`~kg.rdf.namespaces` (prefixes), :mod:`~kg.rdf.mapping` (record -> quads in named
graphs), :mod:`~kg.rdf.iris` (the IRI scheme), :mod:`~kg.rdf.slug`, :mod:`~kg.rdf.names` and
:mod:`~kg.rdf.geo` (normalising names into IRIs), :mod:`~kg.rdf.ontology` (loading
``ontology/*.ttl``) and :mod:`~kg.rdf.validate` (SHACL).  Importing this package loads nothing
heavy; import the module you need.
"""

__all__: list[str] = []
