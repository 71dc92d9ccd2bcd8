"""The nodes a kind of kept rows must recheck, from the default-graph triples that changed.

Why: after a write, each kind of kept rows (:mod:`kg.resolve.award_rows`, :mod:`kg.resolve.official_rows`,
:mod:`kg.resolve.summary`) is refreshed for "every IRI whose statements may have changed": the IRIs the
written documents mention, and those resolution touched.  A removed document mentions the hubs of the corpus
(the award series it reports, the city that won it, a person holding posts in a hundred places) although
their statements stay as other documents state them; recomputing their rows was most of ``kg remove`` at
10,000 documents (the award series' aggregate 0.4 s, a hub person's hundred places 6 s).

When the store knows exactly which default-graph triples changed (a removal's share of the union, counted
before it is retracted, and the triples resolution deleted or inserted), each kind is given instead the
nodes those triples reach through what its query reads: only the triples whose predicate the query reads,
and of each the end(s) the kind's unit function finds the changed rows from (a person holding one more
post reaches the post's place, not every place of the person).  Where a query joins a changed triple to
rows through a node that is not itself an end (an edition's year reaches the places that won it), that
node's neighbours are looked up now; had the link been retracted too, it is among the changed triples
itself.  ``tests/resolve`` checks that the rows a store then holds are a full recomputation's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from kg.rdf.namespaces import CIVIC, ORG
from kg.resolve.values import values_blocks
from kg.store.meta import KGS, META_GRAPH

__all__ = ["REACH", "award_nodes", "official_nodes", "win_nodes"]

Triple = tuple  # (subject, predicate, object) of the default graph


def _subjects(triples: Iterable[Triple], *predicates: URIRef) -> set[URIRef]:
    return {s for s, p, _o in triples if p in predicates and isinstance(s, URIRef)}


def _objects(triples: Iterable[Triple], *predicates: URIRef) -> set[URIRef]:
    return {o for _s, p, o in triples if p in predicates and isinstance(o, URIRef)}


def _linked(store, nodes: set[URIRef], pattern: str) -> set[URIRef]:
    """``?x`` of ``pattern`` (a graph pattern over ``?n``, one of ``nodes``, and ``?x``), looked up now."""
    out: set[URIRef] = set()
    for values in values_blocks("n", nodes):
        out |= {x for (x,) in store.query(f"SELECT DISTINCT ?x WHERE {{ {values} {pattern} }}")
                if isinstance(x, URIRef)}
    return out


def award_nodes(store, triples: Iterable[Triple]) -> set[URIRef]:
    """For :func:`kg.resolve.award_rows.refresh`: the ends of changed ``civic:gives`` and ``civic:ofAward``
    triples, the editions of changed ``civic:won`` triples, the subjects of changed years and of
    ``a civic:Award``, and the subjects of changed labels that are a series or a giver (now or as a held row
    names them).

    Its unit function finds a series from each: a series itself, an edition (now or as a held row links it),
    a giver (now or as held).  Not a winner: a changed win changes its edition's series alone (the edition is
    the triple's object), and a winner's name is no column of the rows; following a winner (a city that won
    forty series) recomputed every series it ever won."""
    triples = list(triples)
    labelled = _subjects(triples, RDFS.label)
    meta = f"GRAPH <{META_GRAPH}>"
    named = _linked(store, labelled, f"""{{ ?n a <{CIVIC.Award}> }} UNION {{ ?n <{CIVIC.gives}> ?s }}
        UNION {{ {meta} {{ ?row <{KGS.awardRowOf}> ?n }} }} UNION {{ {meta} {{ ?row <{KGS.awardGiver}> ?n }} }}
        BIND(?n AS ?x)""") if labelled else set()
    return (_subjects(triples, CIVIC.gives, CIVIC.ofAward, CIVIC.year) | named
            | _objects(triples, CIVIC.gives, CIVIC.ofAward, CIVIC.won)
            | {s for s, p, o in triples if p == RDF.type and o == CIVIC.Award and isinstance(s, URIRef)})


def official_nodes(store, triples: Iterable[Triple]) -> set[URIRef]:
    """For :func:`kg.resolve.official_rows.refresh`: what a changed post, holder, place, win or award name
    reaches.

    A changed ``org:holds`` reaches the post (whose places' names are the rows it changes), not the holder (a
    holder's every place changes only with its name); ``org:postIn`` both ends; a title its post; a label its
    subject, and the places that won an edition of it (an award's name is every row's); a ``civic:won`` the
    place; an edition's award or year the places that won it."""
    triples = list(triples)
    editions = _subjects(triples, CIVIC.ofAward, CIVIC.year)
    labelled = _subjects(triples, RDFS.label)
    return (_objects(triples, ORG.holds, ORG.postIn)
            | _subjects(triples, ORG.postIn, CIVIC.title, CIVIC.won) | labelled
            | _linked(store, editions, f"?x <{CIVIC.won}> ?n")
            | _linked(store, labelled, f"?e <{CIVIC.ofAward}> ?n . ?x <{CIVIC.won}> ?e"))


def win_nodes(store, triples: Iterable[Triple]) -> set[URIRef]:
    """For :func:`kg.resolve.summary.refresh` (the rows of the recipients among its nodes): the recipients
    whose wins, names or state changed.

    A changed win (its edition, source, rank or inferred type) reaches its recipient now (a retracted
    recipient is a changed triple itself); an edition's award or year the recipients of its wins; a
    document's id those of the wins it is the source of; a state's code the places in it; a label or
    alias its subject (an award's names are followed by the refresh itself)."""
    triples = list(triples)
    wins = (_subjects(triples, CIVIC.edition, DCTERMS.source, CIVIC.rank)
            | {s for s, p, o in triples if p == RDF.type and o == CIVIC.InferredAwardWin and isinstance(s, URIRef)})
    recipient = f"?n <{CIVIC.recipient}> ?x"
    lookups: list[tuple[set[URIRef], str]] = [
        (wins, recipient),
        (_subjects(triples, CIVIC.ofAward, CIVIC.year), f"?w <{CIVIC.edition}> ?n ; <{CIVIC.recipient}> ?x"),
        (_subjects(triples, CIVIC.documentId), f"?w <{DCTERMS.source}> ?n ; <{CIVIC.recipient}> ?x"),
        (_subjects(triples, CIVIC.uspsCode), f"?x <{CIVIC.inState}> ?n"),
    ]
    out = _objects(triples, CIVIC.recipient) | _subjects(triples, RDFS.label, SKOS.altLabel, CIVIC.inState)
    for nodes, pattern in lookups:
        out |= _linked(store, nodes, pattern)
    return out


#: what :func:`kg.resolve.apply.resolve_store` gives each kind that follows changed triples
REACH: dict[str, Callable[[object, Iterable[Triple]], set[URIRef]]] = {
    "award_rows": award_nodes, "official_rows": official_nodes, "win_rows": win_nodes}
