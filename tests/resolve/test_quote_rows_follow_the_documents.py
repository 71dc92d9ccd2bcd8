"""The quote rows resolution keeps (kg.resolve.quote_rows) stay what a full recomputation gives, and ``quotes``
read from them gives, in order, the rows of the query that joins the documents' statements, for every award
name and alias, after adds, a replacement and removals, on every backend."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import as_text, check_kept_rows

from kg import queries
from kg.build import build_paths
from kg.record import Award, City, DocumentRecord, Official, Quote
from kg.resolve.quote_rows import KIND, quote_rows_current

from corpus_fixture import write_corpus

JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "quotes-joins.rq").read_text(encoding="utf-8")


def doc(doc_id: str, award: str, speaker: str, *texts: str, content: str = "") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=content or doc_id, cities=[City("Marana", "AZ")],
                          officials=[Official(speaker, "Mayor", "Marana")],
                          awards=[Award(city="Marana", award=award, year=2015)],
                          quotes=[Quote(speaker, text) for text in texts])


def _names(st) -> list[str]:
    """Every award's labels and aliases, as written and upper-cased (the parameter matches either way)."""
    found = {str(n) for (n,) in st.query("""SELECT DISTINCT ?n WHERE { ?a a civic:Award .
        { ?a rdfs:label ?n } UNION { ?a skos:altLabel ?n } }""")}
    return sorted(found) + [n.upper() for n in sorted(found)[:2]] + ["no such award", "smart 50 awards"]


def check(st) -> dict[str, list[tuple[str, ...]]]:
    """The rows for every award name and alias, each checked."""
    q = queries.get("quotes")
    return {name: check_kept_rows(st, KIND, "ASK { ?q a civic:Quote }", "quotes", JOINED, q.values(award=name))
            for name in _names(st)}


def test_quote_rows_follow_adds_a_replacement_and_removals_for_every_name_and_alias(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 4, seed=5)], st)
    check(st)
    st.add_document(doc("a", "Smart 50", "Jane Roe", "We are proud"))
    rows = check(st)
    assert ("Jane Roe", "We are proud", "a", "Smart 50 Awards") in rows["Smart 50"]  # matched by an alias
    assert rows["Smart 50"] == rows["smart 50 awards"]
    st.add_document(doc("b", "Smart 50 Awards", "Jane Roe", "Again"))  # the same award
    rows = check(st)
    assert {("Jane Roe", "We are proud", "a"), ("Jane Roe", "Again", "b")} <= {r[:3] for r in rows["Smart 50"]}
    assert rows["Smart 50"] == rows["Smart 50 Awards"]
    st.add_document(doc("a", "Planet Earth Award", "Jane Roe", "Replaced", content="v2"))  # replaced
    rows = check(st)
    assert ("Jane Roe", "Replaced", "a", "Planet Earth Award") in rows["Planet Earth Award"]
    assert "a" not in {r[2] for r in rows["Smart 50"]}
    for doc_id in ["b", "a", *sorted(set(st.documents()) - {"a", "b"})[:2]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


def test_a_store_without_quotes_holds_no_rows_nor_their_marker(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Smart 50", "Jane Roe"))
    assert not quote_rows_current(st) and check(st)["Smart 50"] == []
    st.add_document(doc("b", "Smart 50", "Jane Roe", "Hello"))
    assert quote_rows_current(st) and len(check(st)["Smart 50"]) == 1
    st.remove_document("b")
    assert not quote_rows_current(st) and check(st)["Smart 50"] == []
    assert "store#quoteRow" not in st.canonical_nquads()


def test_an_older_store_without_rows_gets_them_at_its_next_resolution(new_store) -> None:
    st = new_store()
    st.add_document(doc("a", "Smart 50", "Jane Roe", "Hello"))
    st.update("DELETE WHERE { GRAPH <https://w3id.org/civic-kg/store#meta> { ?s ?p ?o } }")  # no bookkeeping
    assert not quote_rows_current(st)
    q = queries.get("quotes")
    rows = as_text(st.query(q.text, q.values(award="smart 50")))
    assert len(rows) == 1 and rows == as_text(st.query(JOINED, q.values(award="smart 50")))  # joined
    st.add_document(doc("b", "Smart 50", "John Doe", "Hi"))
    assert quote_rows_current(st)
    assert len(check(st)["Smart 50"]) == 2
