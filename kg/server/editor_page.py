"""The query editor at ``/``: YASGUI on this server's ``/query``, with the catalogue and the vocabulary.

The page is a shell: YASGUI's build and ``editor.js`` are files the server serves itself
(:mod:`kg.server.static`), and the data the script needs (endpoint, catalogue queries, prefixes,
the ontology's classes and properties for completion) sits in a JSON block, so the
Content-Security-Policy allows scripts from this origin only, no inline script, and requests to
this origin only: the editor can reach nothing but this endpoint.  YASGUI's own completers ask
prefix.cc and Linked Open Vocabularies on the web; ``editor.js`` swaps them for local ones fed
from the JSON block.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from kg.server.page import DEFAULT_QUERY, catalogue_texts, script_json

__all__ = ["editor_page", "EDITOR_CSP", "editor_data"]

#: Scripts and styles from this origin only (YASGUI sets element styles, hence 'unsafe-inline' for
#: styles alone); fetches to this origin only; images inline (icons) or from here.
EDITOR_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
              "img-src 'self' data:; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

# Terms from other vocabularies that the graph uses (kg/rdf/mapping.py), offered next to the ontology's.
_OTHER_PROPERTIES = (
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel", "http://www.w3.org/2002/07/owl#sameAs",
    "http://purl.org/dc/terms/source", "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/issued",
    "http://purl.org/dc/terms/publisher", "http://www.w3.org/ns/prov#wasDerivedFrom",
    "http://www.w3.org/ns/org#heldBy", "http://www.w3.org/ns/org#holds", "http://www.w3.org/ns/org#postIn",
    "https://schema.org/location", "https://schema.org/mentions", "https://schema.org/startDate",
    "https://schema.org/value", "https://schema.org/currency",
)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[str]]:
    """The ontology's classes and properties (IRIs), for the editor's completion; empty if unreadable."""
    try:
        from rdflib import OWL, RDF

        from kg.rdf.namespaces import CIVIC
        from kg.rdf.ontology import load_ontology

        graph = load_ontology()
    except Exception:
        return [], sorted(_OTHER_PROPERTIES)
    mine = str(CIVIC)
    classes = {str(s) for s in graph.subjects(RDF.type, OWL.Class) if str(s).startswith(mine)}
    properties = {str(s) for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                                      RDF.Property)
                  for s in graph.subjects(RDF.type, kind) if str(s).startswith(mine)}
    return sorted(classes), sorted(properties | set(_OTHER_PROPERTIES))


def _prefixes() -> dict[str, str]:
    from kg.server.execute import prefixes

    return {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#", **prefixes()}


def editor_data(endpoint_path: str = "/query") -> dict[str, object]:
    """What ``editor.js`` reads from the page: the endpoint, the first query, the catalogue, prefixes and
    the vocabulary."""
    classes, properties = _vocabulary()
    return {"endpoint": endpoint_path, "defaultQuery": DEFAULT_QUERY, "catalogue": catalogue_texts(),
            "prefixes": _prefixes(), "classes": classes, "properties": properties}


def editor_page(script_urls: list[str], style_urls: list[str]) -> str:
    """The editor's HTML: YASGUI's and our files by URL, the catalogue picker, and the data block."""
    data = editor_data()
    catalogue = data["catalogue"]
    assert isinstance(catalogue, dict)
    options = "".join(f'<option value="{escape(name)}" title="{escape(q["description"])}">'
                      f'{escape(name)}: {escape(q["title"])}</option>' for name, q in catalogue.items())
    styles = "".join(f'<link rel="stylesheet" href="{escape(url)}">\n' for url in style_urls)
    scripts = "".join(f'<script src="{escape(url)}"></script>\n' for url in script_urls)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>civic-kg SPARQL endpoint</title>
<link rel="icon" href="data:,">
{styles}</head>
<body>
<header class="kg-header">
<h1>civic-kg SPARQL endpoint</h1>
<p>Queries go to this server's <code>/query</code> (SPARQL 1.1 Protocol); the default graph is the union of
all documents, and the usual prefixes (<code>civic:</code>, <code>rdfs:</code>, <code>skos:</code>...) need no
declaration. <a href="/form">Plain form</a></p>
<p><label for="catalogue">Catalogue query</label>
<select id="catalogue"><option value="">(open a catalogue query in a tab)</option>{options}</select>
<span id="catalogue-description" class="kg-description"></span></p>
<noscript><p>The editor needs JavaScript; the <a href="/form">plain form</a> does not.</p></noscript>
</header>
<main id="yasgui"></main>
<script type="application/json" id="kg-editor-data">{script_json(data)}</script>
{scripts}</body></html>
"""
