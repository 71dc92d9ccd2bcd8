"""A removal gives the award, official and win rows the nodes its retracted statements reach, not every hub
the document names: the award every city won, the person holding a post in every city (at 10k documents their
rows took most of ``kg remove``), nor a winner's every series when one of its wins goes (only that win's edition).
The rows then held are still a full recomputation's."""

from __future__ import annotations

import pytest

from kg.record import Award, City, DocumentRecord, Official
from kg.resolve import apply, award_rows, official_rows

CITIES = ["Marana", "Tucson", "Mesa", "Yuma"]


def release(doc_id: str, city: str, title: str = "Chief Information Officer", year: int = 2015) -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(city, "AZ")],
                          officials=[Official("Pat Hub", title, city)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=year, rank=1)])


@pytest.fixture()
def given(monkeypatch) -> dict[str, list]:
    """The nodes each refresh is given, per call."""
    seen: dict[str, list] = {"award": [], "official": [], "win": []}
    for name, module, attr in (("award", award_rows, "refresh"), ("official", official_rows, "refresh"),
                               ("win", apply, "refresh")):
        real = getattr(module, attr)

        def spy(store, nodes, *args, _real=real, _name=name, **kwargs):
            seen[_name].append(None if nodes is None else set(nodes))
            return _real(store, nodes, *args, **kwargs)

        monkeypatch.setattr(module, attr, spy)
    return seen


def _check(st) -> None:
    """Every kind's held rows are a full recomputation's, and the store what a full resolution leaves."""
    text = lambda rows: sorted(tuple(str(t) for t in q) for q in rows)  # noqa: E731
    assert text(award_rows.held_award_rows(st)) == text(award_rows.award_rows(st))
    assert text(official_rows.held_official_rows(st)) == text(official_rows.official_rows(st))
    kept = st.canonical_nquads()
    st.resolve(full=True)
    assert st.canonical_nquads() == kept


def _iri(st, kind: str, name: str):
    return next(n for (n,) in st.query(f"SELECT ?n WHERE {{ ?n a civic:{kind} ; rdfs:label ?l }}")
                if str(n).endswith(name))


def test_a_removal_that_leaves_the_hubs_statements_reaches_none_of_their_rows(new_store, given) -> None:
    st = new_store()
    for i, city in enumerate(CITIES):
        st.add_document(release(f"d{i}", city))
    st.add_document(release("again", "Marana"))  # says only what d0 says, in a document of its own
    series, person = _iri(st, "Award", "digital-cities-survey"), _iri(st, "Person", "pat-hub")
    marana = _iri(st, "City", "marana")
    for kind in given:
        given[kind].clear()
    assert st.remove_document("again")
    assert series not in given["award"][0] and not given["award"][0] & {marana, person}
    assert person not in given["official"][0] and marana not in given["official"][0]
    assert marana in given["win"][0]  # its rows list the documents that report its win
    _check(st)


def test_a_removal_that_takes_a_win_and_a_post_away_refreshes_their_rows(new_store, given) -> None:
    st = new_store()
    for i, city in enumerate(CITIES):
        st.add_document(release(f"d{i}", city, year=2015 + i))
    st.add_document(release("mayor", "Mesa", title="Mayor", year=2016))
    person, tucson = _iri(st, "Person", "pat-hub"), _iri(st, "City", "tucson")
    for kind in given:
        given[kind].clear()
    assert st.remove_document("d1")  # Tucson's only document: its win, its post, its edition
    # the edition of its win (whose winners changed), not the winner: a winner's other series keep their rows
    assert any(str(n).endswith("digital-cities-survey/2016") for n in given["award"][0])
    assert tucson not in given["award"][0]
    assert tucson in given["official"][0] and person not in given["official"][0]
    _check(st)
    assert st.remove_document("mayor")  # a post of its own, in a place whose other post stays
    assert person not in given["official"][-1]
    _check(st)
    for doc_id in ("d0", "d2", "d3"):
        assert st.remove_document(doc_id)
        _check(st)
