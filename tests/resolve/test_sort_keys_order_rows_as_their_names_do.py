"""The integer keys kept with the win rows, records and official rows (kg.resolve.sort_keys) order the rows
exactly as their names do, and are what a full recomputation gives after adds, replacements, removals and
merges (names that share their first characters, so buckets that hold several names, and names past ASCII),
on every backend; and ``kg query``'s page of ``wins-any-source``, ``officials-of-winners`` and
``city-record`` is the first rows of the whole answer."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st_

from kg import queries
from kg.build import build_paths
from kg.queries.paging import paged
from kg.queries.sets import normalise
from kg.record import Award, City, DocumentRecord, Official
from kg.resolve.sort_keys import OFFICIAL_ORDER, RECORD_ORDER, WIN_ORDER, Count, RowOrder, bucket, keys, sort_tuple
from kg.store.meta import META_GRAPH

from corpus_fixture import write_corpus


def doc(doc_id: str, city: str, state: str | None, year: int | None = None, official: str = "",
        award: str = "Digital Cities Survey", content: str = "") -> DocumentRecord:
    return DocumentRecord(
        id=doc_id, content_hash=content or doc_id, cities=[City(city, state)],
        officials=[Official(official, title="Mayor", of=city)] if official else [],
        awards=[Award(city=city, award=award, year=year)] if year else [])


def held(st, order: RowOrder) -> dict[str, tuple[int, tuple]]:
    """Each row the store holds: its key (or -1 without one) and its sort tuple."""
    columns = " ".join(f"<{p}> ?c{i} ;" for i, (p, _k) in enumerate(order.columns)).rstrip(";")
    found = st.query(f"""SELECT ?row ?k {' '.join(f'?c{i}' for i in range(len(order.columns)))} WHERE {{
        GRAPH <{META_GRAPH}> {{ ?row {columns} OPTIONAL {{ ?row <{order.key}> ?k }} }} }}""")
    return {str(r[0]): (-1 if r[1] is None else int(r[1]), sort_tuple(r[2:], [k for _p, k in order.columns]))
            for r in found}


def check_keys(st, order: RowOrder) -> int:
    rows = held(st, order)
    assert all(key >= 0 for key, _t in rows.values())
    assert {row: key for row, (key, _t) in rows.items()} == keys({row: t for row, (_k, t) in rows.items()})
    by_key = sorted(rows.values())
    assert [t for _k, t in by_key] == sorted(t for _k, t in by_key)  # the keys' order is the names'
    assert len({k for k, _t in by_key}) == len({t for _k, t in by_key})  # equal keys only for equal names
    return len(rows)


#: the columns each query orders by (rows equal in them may come in either order)
ORDERED_BY = {"wins-any-source": (0, 2, 3), "officials-of-winners": (2, 0, 3, 1), "city-record": (7, 4, 0, 1)}


def check_pages(st) -> None:
    for name, columns in ORDERED_BY.items():
        q = queries.get(name)
        whole = [tuple(map(str, r)) for r in normalise(st.query(q.text), q.sets)]
        for limit in (1, 3, 10, len(whole)):
            page = [tuple(map(str, r)) for r in normalise(st.query(paged(q.text, limit)), q.sets)]
            assert [[r[c] for c in columns] for r in page] == [[r[c] for c in columns] for r in whole[:limit + 1]]
            assert set(page) <= set(whole), (name, limit)


def check(st) -> None:
    assert check_keys(st, WIN_ORDER) > 0
    assert check_keys(st, RECORD_ORDER) > 0
    check_keys(st, OFFICIAL_ORDER)
    check_pages(st)


def test_keys_follow_adds_replacements_removals_and_merges(new_store, tmp_path: Path) -> None:
    st = new_store()
    build_paths([write_corpus(tmp_path / "corpus", 12, seed=7)], st)
    check(st)
    for i, (city, state) in enumerate([("Springfield", "IL"), ("Springdale", "AR"), ("Spring", "TX"),
                                       ("Zürich", None), ("Zurich", "KS"), ("Springfield", "MA")]):
        st.add_document(doc(f"d{i}", city, state, 2010 + i, official=f"Official {i}"))
        check(st)
    st.add_document(doc("bare", "Springdale", None, 2016))  # merges into Springdale, AR
    st.add_document(doc("d1", "Springdale", "AR", 2011, award="Smart 50", content="v2"))  # replaced
    check(st)
    # ... and one of the generated releases (whose ids depend on the award list the generator draws from)
    added = {f"d{i}" for i in range(6)} | {"bare"}
    for doc_id in ["d2", "d0", "bare", sorted(set(st.documents()) - added)[0]]:
        assert st.remove_document(doc_id)
        check(st)
    st.resolve(full=True)
    check(st)


texts = st_.text(alphabet=st_.sampled_from("\x00\x01 -ABSabsüé中"), max_size=8)


@given(st_.lists(st_.tuples(st_.integers(0, 300).map(Count), texts, texts, st_.integers(-40_000, 40_000)),
                 max_size=40))
def test_buckets_and_keys_order_as_the_tuples_do(tuples: list[tuple]) -> None:
    ordered = sorted(tuples)
    assert [bucket(t) for t in ordered] == sorted(bucket(t) for t in ordered)
    found = keys(dict(enumerate(ordered)))
    assert [found[i] for i in range(len(ordered))] == sorted(found.values())
    assert len(set(found.values())) == len(set(ordered))
