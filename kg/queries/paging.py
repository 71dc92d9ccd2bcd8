"""The first rows of a long answer: a query's text with ``LIMIT`` added, and whether more rows exist.

Why: a catalogue query over every win or official answers 150,000 rows at ten million statements,
and reading a row into Python costs about 6 us per term with Oxigraph, more than the engine's whole
evaluation; nobody reads such a table on a terminal.  ``kg query`` therefore prints the first
:data:`DEFAULT_LIMIT` rows and says how to get the rest (``--all``, or ``--limit N``), as ``psql``'s
pager or a web console's first page do.  The engine still evaluates and sorts every row (so the page
is the first rows of the full, ordered answer), but only the page crosses into Python.

A query that keeps its rows' order as integers (the kept rows' keys, :mod:`kg.resolve.sort_keys`) says so
in a header comment, ``# page: order``, and may give its page a shape of its own: lines ending ``# whole``
are the whole answer's only, and lines starting ``#page `` (comments in the whole answer) the page's.  Why
two shapes: Oxigraph reads the whole answer's columns fastest as sub-selects it reads whole and joins by
hashing (0.7 s at one million statements against 2.3 s looking each row's columns up), and a page's
fastest by looking up the columns of its rows alone (0.1-0.2 s against 0.6 s).  The page's sub-select
``{ SELECT ... ORDER BY ?order }`` lists the rows in the answer's order, one answer row each, so it gets
the page's limit too: the engine sorts integers and reads the names of the page's rows alone.

The limit is written at the end of the text, one more row than asked for, so that the extra row says
there are more without counting them.  A text with its own ``LIMIT`` or ``OFFSET``, a trailing
``VALUES`` block, or that is not a SELECT, is left as it is.  The SPARQL endpoint pages nothing: its
clients write their own ``LIMIT``, as the protocol expects.

>>> paged("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 10)
'SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 11'
>>> paged("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", 10)
'SELECT ?s WHERE { ?s ?p ?o } LIMIT 5'
>>> paged("ASK { ?s ?p ?o }", 10)
'ASK { ?s ?p ?o }'
>>> paged("SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }", 10)
'SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <urn:a> }'
>>> paged("# page: k\\nSELECT ?s WHERE { { SELECT ?s ?k WHERE { ?s <urn:k> ?k } ORDER BY ?k } } ORDER BY ?k", 10)
'# page: k\\nSELECT ?s WHERE { { SELECT ?s ?k WHERE { ?s <urn:k> ?k } ORDER BY ?k LIMIT 11 } } ORDER BY ?k\\nLIMIT 11'
>>> print(paged("# page: k\\nSELECT ?s WHERE {\\n ?s <urn:k> ?k # whole\\n #page ?s <urn:k> ?k .\\n} ORDER BY ?k", 2))
# page: k
SELECT ?s WHERE {
 ?s <urn:k> ?k .
} ORDER BY ?k
LIMIT 3
"""

from __future__ import annotations

import re

from kg.queries.sparql_text import first_keyword, tokens

__all__ = ["DEFAULT_LIMIT", "paged", "has_limit"]

_PAGE = re.compile(r"^#\s*page\s*:\s*(\w+)\s*$", re.MULTILINE)
_WHOLE_ONLY = re.compile(r"^.*#\s*whole\s*\n", re.MULTILINE)
_PAGE_ONLY = re.compile(r"^(\s*)#page ", re.MULTILINE)

#: Rows ``kg query`` prints unless ``--limit N`` or ``--all`` says otherwise.
DEFAULT_LIMIT = 1000


def has_limit(text: str) -> bool:
    """Whether ``text`` has its own ``LIMIT``/``OFFSET``, or a trailing ``VALUES`` block (before which a
    ``LIMIT`` would have to go), outside its braces after the query pattern."""
    depth, seen_pattern = 0, False
    for kind, tok, _start, _end in tokens(text):
        if kind == "other" and tok == "{":
            depth += 1
            seen_pattern = True
        elif kind == "other" and tok == "}":
            depth -= 1
        elif kind == "word" and depth == 0 and seen_pattern and tok.upper() in ("LIMIT", "OFFSET", "VALUES"):
            return True
    return False


def paged(text: str, limit: int | None) -> str:
    """``text`` asking for ``limit`` + 1 rows (the extra one tells that more exist); as it is when
    ``limit`` is None, the text is no SELECT, or it has its own LIMIT/OFFSET."""
    if limit is None or first_keyword(text) != "SELECT" or has_limit(text):
        return text
    return f"{_limit_ordered_rows(text, int(limit) + 1).rstrip()}\nLIMIT {int(limit) + 1}"


def _limit_ordered_rows(text: str, rows: int) -> str:
    """The page's shape of ``text`` (``# whole`` lines dropped, ``#page`` lines kept) with ``LIMIT rows`` in
    each sub-select that ends ``ORDER BY ?VAR`` for the ``# page: VAR`` it declares (as it is without one)."""
    declared = _PAGE.search(text)
    if not declared:
        return text
    text = _PAGE_ONLY.sub(r"\1", _WHOLE_ONLY.sub("", text))
    wanted = ("word:ORDER", "word:BY", f"var:{declared.group(1)}", "other:}")
    seen: list[tuple[str, int]] = []
    inserts: list[int] = []
    for kind, tok, start, _end in tokens(text):
        if kind == "comment":
            continue
        label = f"{kind}:{tok.upper() if kind == 'word' else tok[1:] if kind == 'var' else tok}"
        seen = [*seen[-3:], (label, start)]
        if [lab for lab, _ in seen] == list(wanted):
            inserts.append(start)
    for at in reversed(inserts):
        text = f"{text[:at]}LIMIT {rows} {text[at:]}"
    return text
