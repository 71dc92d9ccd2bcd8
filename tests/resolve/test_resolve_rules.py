"""Resolution rules on synthetic records: the hard cases, each in a real (in-memory Oxigraph) store."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, OWL, RDFS, SKOS
from kg.record import Award, City, County, DocumentRecord, Official, Program, Quote
from kg.store import open_store

ID = DEFAULT_BASE


def iri(path: str) -> URIRef:
    return URIRef(ID + path)


def build(*records: DocumentRecord):
    store = open_store(None)
    for rec in records:
        store.add_document(rec, resolve=False)
    return store, store.resolve()


def nodes(store, cls, label: str) -> list[str]:
    """Nodes of class ``cls`` with this label in the default graph (what queries see)."""
    rows = store.query(f'SELECT DISTINCT ?x WHERE {{ ?x a <{cls}> ; <{RDFS.label}> "{label}" }}')
    return sorted(str(r[0])[len(ID):] for r in rows)


def win(doc: str, city: str, state: str | None, year: int) -> DocumentRecord:
    return DocumentRecord(id=doc, content_hash=doc, cities=[City(city, state)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1)])


def test_same_name_in_two_states_plus_a_stateless_one_is_flagged_not_merged():
    store, res = build(win("a", "Aurora", "CO", 2009), win("b", "Aurora", "IL", 2010), win("c", "Aurora", None, 2011))
    with store:
        assert res.canonical == {}
        assert nodes(store, CIVIC.City, "Aurora") == ["city/aurora", "city/co/aurora", "city/il/aurora"]
        stateless = iri("city/aurora")
        assert set(store.dataset.objects(stateless, CIVIC.possiblySameAs)) == {iri("city/co/aurora"),
                                                                            iri("city/il/aurora")}
        assert set(store.dataset.objects(stateless, CIVIC.ambiguousName)) == {Literal("Aurora")}
        assert [(f.node, f.ambiguous) for f in res.flags] == [(stateless, True)]
        assert not [t for t in store.default_triples() if t[1] == OWL.sameAs and str(t[2]).startswith(ID)]


def test_same_name_in_two_states_stays_apart():
    store, res = build(win("a", "Columbia", "SC", 2009), win("b", "Columbia", "MO", 2009))
    with store:
        assert res.canonical == {} and res.flags == []
        assert nodes(store, CIVIC.City, "Columbia") == ["city/mo/columbia", "city/sc/columbia"]


def test_a_stateless_name_merges_into_the_only_stated_one():
    store, res = build(win("a", "Marana", "AZ", 2012), win("b", "Marana", None, 2017))
    with store:
        assert res.canonical == {iri("city/marana"): iri("city/az/marana")}
        assert nodes(store, CIVIC.City, "Marana") == ["city/az/marana"]
        rows = store.query(f"""SELECT ?y WHERE {{ ?w <{CIVIC.recipient}> <{iri('city/az/marana')}> ;
                                 <{CIVIC.edition}>/<{CIVIC.year}> ?y }} ORDER BY ?y""")
        assert [int(r[0]) for r in rows] == [2012, 2017]  # both documents' wins on one node
        assert (iri("city/marana"), OWL.sameAs, iri("city/az/marana")) in set(store.default_triples())


def test_cities_and_counties_of_one_name_stay_apart():
    rec = DocumentRecord(id="a", content_hash="a", cities=[City("Durham", "NC"), City("Arlington", "TX")],
                         counties=[County("Durham County", "NC"), County("Arlington County", "VA")])
    store, res = build(rec, DocumentRecord(id="b", content_hash="b", counties=[County("Durham County")]))
    with store:
        assert res.canonical == {iri("county/durham-county"): iri("county/nc/durham-county")}
        assert nodes(store, CIVIC.City, "Durham") == ["city/nc/durham"]
        assert nodes(store, CIVIC.County, "Durham County") == ["county/nc/durham-county"]


def test_a_shorter_name_merges_when_tied_to_the_same_place_and_stays_apart_otherwise():
    a = DocumentRecord(id="a", content_hash="a", cities=[City("Boston", "MA")],
                       officials=[Official("Thomas M. Menino", "Mayor", "Boston")])
    b = DocumentRecord(id="b", content_hash="b", cities=[City("Boston", "MA")],
                       officials=[Official("Mayor Menino", "Mayor", "Boston")],
                       quotes=[Quote("Mayor Menino", "Proud day.")])
    c = DocumentRecord(id="c", content_hash="c", cities=[City("Denver", "CO")],
                       officials=[Official("Garcia", "Chief Information Officer", "Denver")])
    d = DocumentRecord(id="d", content_hash="d", cities=[City("Long Beach", "CA")],
                       officials=[Official("Robert Garcia", "Mayor", "Long Beach")])
    store, res = build(a, b, c, d)
    with store:
        assert res.find(iri("person/mayor-menino")) == iri("person/thomas-menino")
        assert nodes(store, CIVIC.Person, "Thomas M. Menino") == ["person/thomas-menino"]
        assert Literal("Mayor Menino") in set(store.dataset.objects(iri("person/thomas-menino"), SKOS.altLabel))
        speakers = {str(r[0]) for r in store.query(f"SELECT ?s WHERE {{ ?q <{CIVIC.speaker}> ?s }}")}
        assert speakers == {ID + "person/thomas-menino"}
        assert iri("person/garcia") not in res.canonical  # Denver's Garcia is not Long Beach's mayor
        assert [(f.node, f.ambiguous) for f in res.flags] == [(iri("person/garcia"), False)]


def test_a_surname_tied_to_two_people_is_flagged():
    people = [Official("John Smith", "Mayor", "Salem"), Official("Jane Smith", "Clerk", "Salem"),
              Official("Smith", "Mayor", "Salem")]
    store, res = build(DocumentRecord(id="a", content_hash="a", cities=[City("Salem", "OR")], officials=people))
    with store:
        assert res.canonical == {}
        assert [f.node for f in res.flags if f.ambiguous] == [iri("person/smith")]


def test_organisations_meet_through_acronyms_and_qualified_names():
    a = DocumentRecord(id="a", content_hash="a", cities=[City("Salem", "OR")], publisher="City of Salem Press Office",
                       organizations=["Government Technology Institute", "GTI", "Press Office"])
    b = DocumentRecord(id="b", content_hash="b", organizations=["GTI"])
    store, res = build(a, b)
    with store:
        assert res.find(iri("org/gti")) == iri("org/government-technology-institute")
        assert res.find(iri("org/a/press-office")) == iri("org/city-of-salem-press-office")
        assert nodes(store, CIVIC.Organization, "Government Technology Institute") == [
            "org/government-technology-institute"]
        assert nodes(store, CIVIC.Organization, "GTI") == []  # now an altLabel of the institute


def test_programs_of_one_city_meet_through_aliases_and_stay_per_city():
    a = DocumentRecord(id="a", content_hash="a", cities=[City("Boston", "MA"), City("Salem", "OR")],
                       programs=[Program("Citizens Connect", "Boston", aliases=["Citizens Connect app"]),
                                 Program("Citizens Connect", "Salem")])
    b = DocumentRecord(id="b", content_hash="b", cities=[City("Boston", "MA")],
                       programs=[Program("Citizens Connect app", "Boston")])
    store, res = build(a, b)
    with store:
        assert res.canonical == {iri("program/city-ma-boston/citizens-connect-app"):
                                 iri("program/city-ma-boston/citizens-connect")}
        assert nodes(store, CIVIC.Program, "Citizens Connect") == [
            "program/city-ma-boston/citizens-connect", "program/city-or-salem/citizens-connect"]


def test_a_state_written_in_the_name_picks_its_state():
    store, res = build(win("a", "Boston", "MA", 2011), win("b", "Boston, Mass.", None, 2012),
                       win("c", "Columbia, Mo.", None, 2012), win("d", "Columbia", "SC", 2012))
    with store:
        assert res.find(iri("city/boston-mass")) == iri("city/ma/boston")
        assert Literal("Boston, Mass.") in set(store.dataset.objects(iri("city/ma/boston"), SKOS.altLabel))
        assert res.find(iri("city/columbia-mo")) == iri("city/columbia-mo")  # Missouri's is not in the corpus


def test_the_center_is_the_one_center_of_its_document():
    a = DocumentRecord(id="a", content_hash="a",
                       organizations=["Center for Civic Data", "National League of Cities", "the Center"])
    store, res = build(a)
    with store:
        assert res.find(iri("org/the-center")) == iri("org/center-for-civic-data")
        assert nodes(store, CIVIC.Organization, "Center for Civic Data") == ["org/center-for-civic-data"]
