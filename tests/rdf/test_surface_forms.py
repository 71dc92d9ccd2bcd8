"""Surface forms found by extraction become skos:altLabel on the shared nodes."""

from __future__ import annotations

from rdflib import Literal
from rdflib.namespace import SKOS

from kg import EXAMPLES_DIR
from kg.extract import extract_file
from kg.rdf.mapping import record_to_graph
from kg.record import City, DocumentRecord, Official


def test_aliases_map_to_alt_labels_once():
    rec = DocumentRecord(id="d", cities=[City("Boston", "MA", aliases=["City of Boston", "city of  Boston"])],
                         officials=[Official("Thomas M. Menino", "Mayor", "Boston", aliases=["Menino"])])
    g = record_to_graph(rec)
    assert {str(o) for o in g.objects(None, SKOS.altLabel)} >= {"City of Boston", "Menino"}
    assert len([o for o in g.objects(None, SKOS.altLabel) if str(o).lower() == "city of boston"]) == 1


def test_examples_carry_the_forms_the_text_uses():
    g = record_to_graph(extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt"))
    labels = set(g.objects(None, SKOS.altLabel))
    assert Literal("Mayor Broome") in labels and Literal("Norfolk, Virginia") in labels
