"""Every fact is traceable to a sentence, the string-valued ones (organisations, date) included."""

from __future__ import annotations

from rdflib import URIRef

from kg import EXAMPLES_DIR
from kg.extract import extract_file
from kg.rdf.mapping import record_to_graph
from kg.rdf.namespaces import CIVIC, PROV, RDF, SCHEMA
from kg.record import DocumentRecord, records_from_json, records_to_json

SEED = sorted(EXAMPLES_DIR.glob("boston*"))[0]


def test_organisations_and_the_date_carry_their_sentence() -> None:
    record = extract_file(SEED)
    assert record.date and record.date_evidence is not None
    assert record.date_evidence.sentence in record.text
    for name in record.organizations:
        evidence = record.organization_evidence[name]
        assert record.text[evidence.start:evidence.end] == evidence.sentence


def test_an_acronym_the_text_defines_is_evidence_for_its_organisation() -> None:
    from kg.extract.doc import Doc
    from kg.extract.provenance import extract
    from kg.extract.sentences import split_sentences

    text = "Leaders met in Reno. The Regional Data Cooperative (RDC) trained 40 analysts."
    doc = Doc(id="d", text=text, sentences=split_sentences(text))
    record = DocumentRecord(id="d", organizations=["Regional Data Cooperative", "Nowhere Institute"])
    extract(doc, record)
    assert record.organization_evidence["Regional Data Cooperative"].sentence.startswith("The Regional")
    assert "Nowhere Institute" not in record.organization_evidence  # never written: no made-up evidence


def test_evidence_round_trips_and_is_left_out_when_empty() -> None:
    record = extract_file(SEED)
    (back,) = records_from_json(records_to_json([record]))
    assert back.organization_evidence == record.organization_evidence and back.date_evidence == record.date_evidence
    assert "organization_evidence" not in DocumentRecord(id="x").to_dict()


def test_in_the_graph_every_mentioned_entity_derives_from_a_sentence() -> None:
    record = extract_file(SEED)
    g = record_to_graph(record)
    (doc,) = g.subjects(RDF.type, CIVIC.SourceDocument)
    assert (g.value(doc, CIVIC.dateStatedIn), RDF.type, CIVIC.EvidenceSentence) in g
    orgs = [o for o in g.objects(doc, SCHEMA.mentions) if (o, RDF.type, CIVIC.Organization) in g]
    assert orgs
    for org in orgs:
        sources = set(g.objects(org, PROV.wasDerivedFrom))
        assert any((s, RDF.type, CIVIC.EvidenceSentence) in g for s in sources), org
        assert URIRef(doc) not in sources
