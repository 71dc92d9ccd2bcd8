"""Gazetteer links (GeoNames, FIPS) and dated post holdings in the mapping."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kg.rdf.linking import city_link, county_link, state_link
from kg.rdf.mapping import record_to_graph
from kg.rdf.namespaces import CIVIC, DCTERMS, DEFAULT_BASE, OWL, RDF, XSD
from kg.rdf.validate import validate
from kg.record import Award, City, County, DocumentRecord, Official

B = DEFAULT_BASE


def iri(path: str) -> URIRef:
    return URIRef(B + path)


def gn(geonames_id: int) -> URIRef:
    return URIRef(f"https://sws.geonames.org/{geonames_id}/")


@pytest.mark.parametrize(("name", "state", "geonames_id"), [
    ("Boston", "MA", 4930956), ("Baton Rouge", "LA", 4315588), ("City of St. Louis", "MO", 4407066),
    ("Saint Paul", "MN", 5045360), ("Washington", "DC", 4140963), ("New York", "NY", 5128581),
])
def test_city_links_pick_the_gazetteer_city_in_that_state(name: str, state: str, geonames_id: int) -> None:
    link = city_link(name, state)
    assert link is not None and link.geonames_id == geonames_id and link.population and link.population > 200_000


def test_no_link_without_a_state_or_a_match() -> None:
    assert city_link("Boston", None) is None
    assert city_link("Boston", "ZZ") is None
    assert city_link("Atlantis", "FL") is None
    assert county_link("Nowhere County", "VA") is None


def test_county_and_state_codes() -> None:
    assert county_link("King County", "WA").fips == "53033"
    assert county_link("Prince George's County", "MD").fips == "24033"
    assert county_link("St. Louis County", "MO").fips == "29189"
    assert county_link("Saint Louis County", "MN").fips == "27137"
    assert state_link("la").fips == "22" and state_link("LA").geonames_id == 4331987
    assert state_link("ZZ") is None


@pytest.mark.parametrize(("name", "state", "fips", "geonames_id"), [
    ("Arlington County", "VA", "51013", 4744725), ("Durham County", "NC", "37063", 4464374),
    ("County of San Diego", "CA", "06073", 5391832), ("St. Louis County", "MO", "29189", 4407074),
    ("East Baton Rouge Parish", "LA", "22033", 4323288),
])
def test_counties_link_to_geonames_through_their_fips_code(name: str, state: str, fips: str,
                                                          geonames_id: int) -> None:
    link = county_link(name, state)
    assert link is not None and (link.fips, link.geonames_id) == (fips, geonames_id)


def test_a_county_geonames_no_longer_has_keeps_its_fips_code() -> None:
    # Connecticut's counties became planning regions in GeoNames: FIPS only, never a wrong id.
    link = county_link("Hartford County", "CT")
    assert link is not None and link.fips == "09003" and link.geonames_id is None
    assert state_link("ZZ") is None


def record(doc_id: str = "d", date: str | None = "2011-11-15") -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, date=date,
        cities=[City("Boston", "MA"), City("Baton Rouge", "LA"), City("Springfield")],
        counties=[County("Montgomery County", "MD")],
        officials=[Official("Thomas M. Menino", "Mayor", "Boston"),
                   Official("Bill Oates", "Chief Information Officer", "Boston")],
        awards=[Award(city="Boston", award="Digital Cities Survey", year=2011)])


def test_mapping_links_places_to_geonames_with_population_and_fips() -> None:
    g = record_to_graph(record())
    boston, baton_rouge = iri("city/ma/boston"), iri("city/la/baton-rouge")
    assert (boston, OWL.sameAs, gn(4930956)) in g
    assert (boston, CIVIC.geonamesId, Literal("4930956")) in g
    (population,) = g.objects(boston, CIVIC.population)
    assert population.datatype == XSD.integer and int(population) > 500_000
    assert (baton_rouge, OWL.sameAs, gn(4315588)) in g
    assert (iri("county/md/montgomery-county"), CIVIC.fipsCode, Literal("24031")) in g
    assert (iri("county/md/montgomery-county"), OWL.sameAs, gn(4362716)) in g
    assert (iri("state/ma"), OWL.sameAs, gn(6254926)) in g
    assert (iri("state/ma"), CIVIC.fipsCode, Literal("25")) in g
    assert not list(g.objects(iri("city/springfield"), OWL.sameAs))  # no state, no link
    conforms, report = validate(g)
    assert conforms, report


def test_a_post_holding_carries_the_documents_date() -> None:
    g = record_to_graph(record())
    holding = iri("holding/d/thomas-menino/city-ma-boston-mayor")
    post = iri("post/city-ma-boston/mayor")
    assert (holding, RDF.type, CIVIC.PostHolding) in g
    assert (holding, CIVIC.holder, iri("person/thomas-menino")) in g
    assert (holding, CIVIC.post, post) in g
    assert (holding, CIVIC.attestedOn, Literal("2011-11-15", datatype=XSD.date)) in g
    assert (holding, CIVIC.attestedInYear, Literal(2011)) in g
    assert (holding, DCTERMS.source, iri("doc/d")) in g
    assert (post, RDF.type, CIVIC.HeadPost) in g
    assert (iri("post/city-ma-boston/chief-information-officer"), RDF.type, CIVIC.HeadPost) not in g
    assert (iri("person/thomas-menino"), URIRef("http://www.w3.org/ns/org#holds"), post) in g  # kept
    assert (iri("doc/d"), CIVIC.documentYear, Literal(2011)) in g


def test_an_undated_document_attests_in_its_award_year() -> None:
    g = record_to_graph(record(date=None))
    holding = iri("holding/d/thomas-menino/city-ma-boston-mayor")
    assert (holding, CIVIC.attestedOn, Literal("2011", datatype=XSD.gYear)) in g
    assert (holding, CIVIC.attestedInYear, Literal(2011)) in g
    conforms, report = validate(g)
    assert conforms, report
    bare = DocumentRecord(id="e", officials=[Official("Ann Smith", "Mayor", "Boston")])
    g = record_to_graph(bare)
    (holding,) = g.subjects(RDF.type, CIVIC.PostHolding)
    assert not list(g.objects(holding, CIVIC.attestedInYear))  # nothing to date it by
    assert validate(g)[0]


@pytest.mark.parametrize("breakage", ["holding without holder", "two attested years", "population as text",
                                      "fips of three digits", "attested on a month"])
def test_the_shapes_catch_broken_links_and_holdings(breakage: str) -> None:
    g = record_to_graph(record())
    holding = iri("holding/d/thomas-menino/city-ma-boston-mayor")
    boston = iri("city/ma/boston")
    if breakage == "holding without holder":
        g.remove((holding, CIVIC.holder, None))
    elif breakage == "two attested years":
        g.add((holding, CIVIC.attestedInYear, Literal(2012)))
    elif breakage == "population as text":
        g.set((boston, CIVIC.population, Literal("about 650,000")))
    elif breakage == "fips of three digits":
        g.set((iri("county/md/montgomery-county"), CIVIC.fipsCode, Literal("031")))
    else:
        g.set((holding, CIVIC.attestedOn, Literal("2011-11", datatype=XSD.gYearMonth)))
    conforms, report = validate(g)
    assert not conforms and "Constraint Violation" in report
