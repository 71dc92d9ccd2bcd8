"""Resolution on the dev corpus: one node per real-world entity, and the pairs that must stay apart.

Expected merges and non-merges were derived by reading the documents.  Most
mentions already meet on name-derived IRIs; these tests check the result as
queries see it (the default graph), whichever mechanism did the merging.
"""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.rdf.namespaces import CIVIC, DEFAULT_BASE, RDFS, SCHEMA, SKOS

from conftest import HAVE_SHARED, SHARED

ID = DEFAULT_BASE


@pytest.fixture(scope="session")
def dev_paths():
    if not HAVE_SHARED:
        pytest.skip(f"development data not found at {SHARED}")
    return [SHARED / "dev" / "docs", SHARED / "seeds"]


@pytest.fixture(scope="session")
def dev_records(dev_paths):
    from kg.extract import extract_file, iter_document_paths

    return [extract_file(p) for p in iter_document_paths(dev_paths)]


@pytest.fixture(scope="session")
def dev_store(dev_paths, tmp_path_factory):
    """An on-disk Oxigraph store built from the dev corpus with ``build_paths`` (read it, do not write)."""
    from kg.build import build_paths
    from kg.store import open_store

    store = open_store(tmp_path_factory.mktemp("dev") / "store")
    report = build_paths(dev_paths, store)
    assert report.counts()["failed"] == 0
    yield store
    store.close()



def nodes(store, cls, label: str) -> list[str]:
    """Nodes of class ``cls`` named ``label`` (as label or alternative label) in the default graph."""
    rows = store.query(f"""SELECT DISTINCT ?x WHERE {{ ?x a <{cls}> .
        {{ ?x <{RDFS.label}> "{label}" }} UNION {{ ?x <{SKOS.altLabel}> "{label}" }} }}""")
    return sorted(str(r[0])[len(ID):] for r in rows)


def documents(store, node: str) -> set[str]:
    """Documents that mention the node or state a fact about it."""
    rows = store.query(f"""PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?id WHERE {{
          {{ ?d <{SCHEMA.mentions}> <{ID}{node}> }} UNION {{ ?f ?p <{ID}{node}> ; dcterms:source ?d }}
          ?d <{CIVIC.documentId}> ?id }}""")
    return {str(r[0]) for r in rows}


#: (class, label, expected single node, documents that must all meet on it)
MERGES = [
    (CIVIC.City, "Long Beach", "city/ca/long-beach",
     {"long-beach-2014-sixth-place", "long-beach-2024-fourth-straight-first", "san-diego-2024-digital-cities"}),
    (CIVIC.City, "Louisville", "city/ky/louisville",
     {"louisville-2012-top-digital-city", "louisville-2015-tied-second", "el-paso-2023-digital-cities",
      "wwc-2019-seven-cities"}),
    (CIVIC.City, "Boston", "city/ma/boston",
     {"boston-2011-digital-cities", "louisville-2012-top-digital-city", "el-paso-2023-digital-cities"}),
    (CIVIC.City, "Aurora", "city/co/aurora", {"corpus-christi-2009-digital-cities", "dcs-2004-top-ten-list"}),
    # venue cities named without a state meet the stated ones
    (CIVIC.City, "Salt Lake City", "city/ut/salt-lake-city",
     {"southeast-2002-digital-cities", "dcs-2001-results-list"}),
    (CIVIC.City, "San Antonio", "city/tx/san-antonio",
     {"corpus-christi-2009-digital-cities", "baton-rouge-2019-digital-cities"}),
    (CIVIC.City, "Tampa", "city/fl/tampa", {"long-beach-2024-fourth-straight-first", "san-diego-2024-digital-cities"}),
    (CIVIC.City, "Los Angeles", "city/ca/los-angeles",
     {"los-angeles-2018-digital-cities", "durham-2016-digital-cities", "louisville-2015-tied-second",
      "virginia-beach-2017-digital-cities", "lafayette-2019-smart-50"}),
    (CIVIC.County, "Montgomery County", "county/md/montgomery-county",
     {"montgomery-county-2018-digital-counties", "dc-region-counties-2019"}),
    (CIVIC.Person, "Todd Sander", "person/todd-sander",
     {"durham-2016-digital-cities", "louisville-2015-tied-second", "boston-2011-digital-cities"}),
    (CIVIC.Person, "Teri Takai", "person/teri-takai",
     {"dc-region-counties-2019", "long-beach-2024-fourth-straight-first", "los-angeles-2018-digital-cities",
      "marana-2017-digital-cities", "virginia-beach-2017-digital-cities"}),
    (CIVIC.Person, "Greg Fischer", "person/greg-fischer",
     {"louisville-2012-top-digital-city", "louisville-2015-tied-second", "wwc-2019-seven-cities"}),
    (CIVIC.Organization, "Center for Digital Government", "org/center-for-digital-government",
     {"boston-2011-digital-cities", "durham-2016-digital-cities", "dc-region-counties-2019",
      "california-counties-2015", "san-diego-2024-digital-cities", "corpus-christi-2009-digital-cities"}),
    (CIVIC.Organization, "CDG", "org/center-for-digital-government", set()),
    (CIVIC.Program, "LouieStat", "program/city-ky-louisville/louiestat", {"louisville-2015-tied-second"}),
]

#: A document's generic office and the publisher naming it with its city: one organisation.
QUALIFIED_OFFICES = {
    "org/long-beach-2014-sixth-place/public-information-office": "org/city-of-long-beach-public-information-office",
    "org/montgomery-county-2018-digital-counties/office-of-public-information":
        "org/montgomery-county-office-of-public-information",
    "org/los-angeles-2018-digital-cities/information-technology-agency":
        "org/information-technology-agency-city-of-los-angeles",
}

#: Pairs that share a name or a word but are different entities.
APART = [
    ("city/tx/arlington", "county/va/arlington-county"),
    ("city/nc/durham", "county/nc/durham-county"),
    ("city/ca/san-diego", "county/ca/san-diego-county"),
    ("city/ca/sacramento", "county/ca/sacramento-county"),
    ("org/smart-cities-connect", "org/smart-cities-connect-foundation"),
    ("org/digital-communities", "org/center-for-digital-government"),
    ("person/robert-garcia", "person/eric-garcetti"),
]


def test_one_node_per_entity_across_documents(dev_store):
    for cls, label, node, docs in MERGES:
        assert nodes(dev_store, cls, label) == [node], label
        assert docs <= documents(dev_store, node), (label, docs - documents(dev_store, node))


def test_generic_offices_merge_into_their_qualified_name(dev_store):
    res = dev_store.resolve()  # already resolved: recomputing writes nothing and gives the same answer
    for dup, canonical in QUALIFIED_OFFICES.items():
        assert res.find(URIRef(ID + dup)) == URIRef(ID + canonical)
        assert not dev_store.query(f"ASK {{ <{ID}{dup}> a ?c }}").askAnswer, dup  # only its sameAs link


def test_different_entities_stay_apart(dev_store):
    res = dev_store.resolve()
    for a, b in APART:
        assert res.find(URIRef(ID + a)) != res.find(URIRef(ID + b)), (a, b)
        for x in (a, b):
            assert dev_store.query(f"ASK {{ <{ID}{x}> a ?c }}").askAnswer, x
    # Arlington, Texas and Arlington County, Virginia keep their own states
    state = {str(r[0]) for r in dev_store.query(
        f"SELECT ?s WHERE {{ <{ID}county/va/arlington-county> <{CIVIC.inState}> ?s }}")}
    assert state == {ID + "state/va"}


def test_no_merge_joins_two_stated_places(dev_store):
    res = dev_store.resolve()
    for dup, canonical in res.canonical.items():
        d, c = str(dup)[len(ID):].split("/"), str(canonical)[len(ID):].split("/")
        if d[0] in ("city", "county"):
            assert len(d) == 2 and len(c) == 3, (dup, canonical)


def test_every_year_a_city_won_with_rank_from_any_document(dev_store):
    """Cross-document question: Boston's wins come from several documents, on one node."""
    rows = dev_store.query(f"""PREFIX civic: <{CIVIC}> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?city ?year ?rank ?doc WHERE {{
          ?city a civic:City ; rdfs:label "Boston" .
          ?win civic:recipient ?city ; civic:edition/civic:year ?year ; dcterms:source/civic:documentId ?doc .
          OPTIONAL {{ ?win civic:rank ?rank }}
        }} ORDER BY ?year""")
    found = [(str(r[0]), int(r[1]), None if r[2] is None else int(r[2]), str(r[3])) for r in rows]
    assert {c for c, *_ in found} == {ID + "city/ma/boston"}
    years = {y for _, y, _, _ in found}
    assert {2011, 2012, 2023} <= years
    assert {"boston-2011-digital-cities", "louisville-2012-top-digital-city",
            "el-paso-2023-digital-cities"} <= {d for *_, d in found}
    assert (2023, 6) in {(y, r) for _, y, r, _ in found}


def test_building_in_another_order_gives_the_same_bytes(dev_store, dev_records):
    from kg.store import open_store

    with open_store(None) as other:
        for rec in reversed(dev_records):
            other.add_document(rec, resolve=False)
        other.resolve()
        assert other.canonical_nquads() == dev_store.canonical_nquads()


def test_rebuilding_the_corpus_changes_nothing(dev_store, dev_paths):
    from kg.build import build_paths

    before = dev_store.canonical_nquads()
    report = build_paths(dev_paths, dev_store)
    assert report.counts()["unchanged"] == 24 and report.resolution is None
    assert dev_store.canonical_nquads() == before


def test_incremental_resolution_equals_a_full_rebuild(dev_store):
    """The build resolved only the triples resolution touches; recomputing everything changes nothing."""
    before = dev_store.canonical_nquads()
    dev_store.resolve(full=True)
    assert dev_store.canonical_nquads() == before


def test_remove_and_replace_on_the_corpus_equal_a_fresh_build(dev_records):
    """Removing a document undoes its merges (Durham's office) and nothing else; replacing it
    with other facts gives what a fresh build of the new facts gives."""
    import dataclasses

    from kg.store import open_store

    def build(records):
        st = open_store(None)
        for rec in records:
            st.add_document(rec, resolve=False)
        st.resolve()
        return st

    durham = next(r for r in dev_records if r.id == "durham-2016-digital-cities")
    others = [r for r in dev_records if r is not durham]
    changed = dataclasses.replace(durham, content_hash="v2",
                                  organizations=[o for o in durham.organizations if o != "Office of Public Affairs"])
    with build(dev_records) as st, build(others) as without, build([*others, changed]) as with_changed:
        office = URIRef(ID + "org/durham-2016-digital-cities/office-of-public-affairs")
        assert st.resolve().find(office) != office
        assert st.remove_document(durham.id) is True
        assert st.canonical_nquads() == without.canonical_nquads()
        assert st.add_document(changed) == "added"
        assert st.canonical_nquads() == with_changed.canonical_nquads()
        assert st.resolve().find(office) == office  # its document no longer names it


def test_every_stated_place_in_the_corpus_links_to_geonames(dev_store):
    """Issue #5: cities and counties with a state are owl:sameAs their GeoNames feature, counties included."""
    rows = dev_store.query(f"""PREFIX civic: <{CIVIC}> PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?kind ?place (COUNT(DISTINCT ?gn) AS ?links) WHERE {{
          VALUES ?kind {{ civic:City civic:County }}
          ?place a ?kind ; civic:inState ?state .
          OPTIONAL {{ ?place owl:sameAs ?gn FILTER(STRSTARTS(STR(?gn), "https://sws.geonames.org/")) }}
        }} GROUP BY ?kind ?place""")
    links = {(str(kind).rsplit("#", 1)[-1], str(place)[len(ID):]): int(n) for kind, place, n in rows}
    counties = {p for (kind, p) in links if kind == "County"}
    assert {"county/va/arlington-county", "county/nc/durham-county"} <= counties and len(counties) >= 20
    assert all(n == 1 for n in links.values()), {k: n for k, n in links.items() if n != 1}
