"""Resolving part of the store finds the posts whose key a merge changes, and reads only the owners of the posts
its people hold.

A stated city joining a stateless one gives the stateless one's group a new member, so the posts of both places
share a key only under the new groups; the post of the place that kept its root, held by someone the change
never names, must still be resolved with the other (as a full resolution merges them)."""

from __future__ import annotations

from kg.rdf.namespaces import ORG
from kg.record import City, DocumentRecord, Official
from kg.resolve.scope import find_scope


def release(doc_id: str, city: str, state: str | None, person: str, title: str = "Mayor") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(city, state)],
                          officials=[Official(person, title, city)])


def _merged(st) -> set[tuple[str, str]]:
    return {(str(d).split("/civic-kg/id/")[-1], str(c).split("/civic-kg/id/")[-1]) for d, c in st.query(
        "SELECT ?d ?c WHERE { ?d owl:sameAs ?c }")}


def test_a_post_of_a_stateless_place_merges_with_the_stated_ones_post_when_its_holder_is_not_named(new_store) -> None:
    st = new_store()
    st.add_document(release("a", "Aurora", None, "Jane Roe"))
    st.add_document(release("b", "Aurora", "CO", "Sam Lee"))  # names neither Jane Roe nor her post
    text = st.canonical_nquads()
    assert {"post/city-aurora/mayor", "post/city-co-aurora/mayor"} <= {n for pair in _merged(st) for n in pair}
    st.resolve(full=True)
    assert st.canonical_nquads() == text
    assert st.remove_document("b")  # and apart again
    text = st.canonical_nquads()
    assert not _merged(st)
    st.resolve(full=True)
    assert st.canonical_nquads() == text


def test_the_posts_a_person_holds_give_their_owners_without_joining_the_scope(new_store) -> None:
    st = new_store()
    for i, city in enumerate(["Marana", "Tucson", "Mesa", "Yuma"]):
        st.add_document(release(f"d{i}", city, "AZ", "Pat Hub", title="Chief Information Officer"))
    st.add_document(release("e", "Marana", "AZ", "Pat Hub"))
    person = next(iter(st.query("SELECT ?p WHERE { ?p a civic:Person }")))[0]
    graphs = st.resolution_graphs()
    scope = find_scope(st, {person}, graphs[0] if graphs else None)
    posts = {p for (p,) in st.query("SELECT ?post WHERE { ?person org:holds ?post }")}
    assert len(posts) == 5
    assert not posts & scope.nodes  # not resolved again: nothing that reaches them changed
    assert scope.facts.objects(ORG.holds, person) == posts
    owners = {o for post in posts for o in scope.facts.objects(ORG.postIn, post)}
    assert {str(o).rsplit("/", 1)[1] for o in owners} == {"marana", "tucson", "mesa", "yuma"}
    assert st.remove_document("d1")  # resolved from its scope
    text = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == text
