"""The ontology: every civic term is documented, aligned and used consistently by the mapping."""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf import namespaces as ns
from kg.rdf.mapping import record_to_graph
from kg.rdf.namespaces import CIVIC, OWL, RDF, RDFS
from kg.rdf.ontology import load_ontology, load_shapes
from kg.record import Amount, Award, City, DocumentRecord, Event, Evidence, InferredAward, Official, Program, Quote

TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


def civic_terms(graph) -> set[URIRef]:
    return {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(str(CIVIC))}


def test_every_term_has_a_label_and_a_comment() -> None:
    onto = load_ontology()
    terms = civic_terms(onto)
    assert len(terms) > 30
    for term in terms:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term


def test_required_classes_exist_and_are_aligned() -> None:
    onto = load_ontology()
    for name in ("City", "County", "State", "Person", "Organization", "Post", "Program", "Award",
                 "AwardEdition", "AwardWin", "InferredAwardWin", "Quote", "Event", "MonetaryAmount",
                 "SourceDocument", "EvidenceSentence"):
        assert (CIVIC[name], RDF.type, OWL.Class) in onto, name
    assert (CIVIC.City, RDFS.subClassOf, ns.SCHEMA.City) in onto
    assert (CIVIC.InferredAwardWin, RDFS.subClassOf, CIVIC.AwardWin) in onto
    assert (CIVIC.Quote, RDFS.subClassOf, ns.SCHEMA.Quotation) in onto


def test_every_civic_term_the_mapping_uses_is_declared() -> None:
    sentence = Evidence("Boston won.", 0, 11)
    rec = DocumentRecord(
        id="d", file="f.txt", date="2011-11-15", publisher="P", title="T", content_hash="h",
        cities=[City("Boston", "MA", sentence)], officials=[Official("A B", "Mayor", "Boston")],
        awards=[Award(city="Boston", award="X", year=2011, rank=1, category="c", streak=2)],
        inferred_awards=[InferredAward(city="Boston", award="X", year=2010, why="w")],
        programs=[Program("P", "Boston", ["Q"])], quotes=[Quote("A B", "t")],
        events=[Event("E", "Boston", "2011-11-10", "p")], amounts=[Amount("c", 5, "k")])
    used = set()
    for _s, p, o in record_to_graph(rec):
        used.add(p)
        if p == RDF.type:
            used.add(o)
    declared = civic_terms(load_ontology())
    assert {t for t in used if str(t).startswith(str(CIVIC))} <= declared


def test_the_shapes_parse_and_target_real_classes() -> None:
    shapes, declared = load_shapes(), civic_terms(load_ontology())
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert targets and targets <= declared
