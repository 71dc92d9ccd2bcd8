"""A document that names a popular award, edition or speaker reaches only the kept rows that show what it
changed: not the rows of every other winner of that award nor of every release quoting that mayor (at 10k
documents those took most of ``kg remove``).  A speaker's name changed by a merge, and undone by a removal,
still reaches every row showing it."""

from __future__ import annotations

from pathlib import Path

from kept_rows_check import check_kept_rows

from kg import queries
from kg.record import Award, City, DocumentRecord, Official, Quote
from kg.resolve import conflict_rows, quote_rows, run_rows

HAS_QUOTES = "ASK { ?q a civic:Quote }"
JOINED = (Path(__file__).parents[1] / "queries" / "reference" / "quotes-joins.rq").read_text(encoding="utf-8")


def release(doc_id: str, city: str, speaker: str = "Jane Roe", rank: int = 1, of: str = "Marana") -> DocumentRecord:
    return DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(city, "AZ")],
                          officials=[Official(speaker, "Mayor", of)],
                          awards=[Award(city=city, award="Digital Cities Survey", year=2015, rank=rank)],
                          quotes=[Quote(speaker, f"We are proud of {city}")])


def _check(st) -> list[tuple[str, ...]]:
    return check_kept_rows(st, quote_rows.KIND, HAS_QUOTES, "quotes", JOINED,
                           queries.get("quotes").values(award="Digital Cities Survey"))


def _nodes(st, kind: str) -> set:
    return {n for (n,) in st.query(f"SELECT DISTINCT ?n WHERE {{ ?n a civic:{kind} }}")}


def test_the_award_its_edition_and_a_quoted_mayor_reach_no_other_document_or_winner(new_store) -> None:
    st = new_store()
    for i, city in enumerate(["Marana", "Tucson", "Mesa", "Yuma"]):
        st.add_document(release(f"d{i}", city, rank=i + 1))
    shared = _nodes(st, "Award") | _nodes(st, "AwardEdition") | _nodes(st, "Person")
    assert shared
    documents = {d for (d,) in st.query("SELECT ?d WHERE { ?d civic:documentId ?id }")}
    cities = _nodes(st, "City")
    assert not quote_rows.KIND.units(st, set(shared)) & documents
    for kind in (conflict_rows.KIND, run_rows.KIND):
        assert not kind.units(st, set(shared)) & cities
    # a win of its own still reaches its recipient and its document
    wins = {w for (w,) in st.query("SELECT ?w WHERE { ?w civic:recipient ?r }")}
    assert conflict_rows.KIND.units(st, wins) >= cities
    assert quote_rows.KIND.units(st, wins) >= documents


def test_a_speaker_renamed_by_a_merge_and_back_by_a_removal_reaches_every_row_showing_them(new_store) -> None:
    st = new_store()
    st.add_document(release("a", "Marana", speaker="Roe"))
    st.add_document(release("b", "Tucson", speaker="Roe"))
    st.add_document(release("d", "Yuma", of="Tucson"))  # her name stays, as another city's mayor
    before = _check(st)
    st.add_document(release("c", "Mesa"))  # the same mayor by her full name: merged, and named so
    merged = _check(st)
    assert st.remove_document("c")
    assert _check(st) == before
    assert {row[0] for row in before} == {"Roe", "Jane Roe"} and {row[0] for row in merged} == {"Jane Roe"}
    st.resolve(full=True)
    _check(st)

