"""Mapping document records to RDF with the civic-kg ontology."""
