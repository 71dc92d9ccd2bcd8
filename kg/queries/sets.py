"""Columns a query declares as sets: ``GROUP_CONCAT`` values put in one order whatever the engine.

Why: SPARQL leaves the order of the values inside ``GROUP_CONCAT`` to the engine, and engines do
differ (Oxigraph, rdflib and Virtuoso each list a city's documents in their own order), so one query
gave different rows from different stores.  A query says which columns are sets, with the separator
its ``GROUP_CONCAT`` uses, in a header comment::

    # set: documents ", "
    # set: aliases "; "

and :func:`normalise` sorts the items of those columns (numbers by value, text by code point) when
the result is read.

>>> declared_sets('# set: documents ", "\\n# set: aliases "; "\\nSELECT ...')
{'documents': ', ', 'aliases': '; '}
>>> sort_items("b-2, a-10, a-9", ", "), sort_items("9, 10, 4", ", ")
('a-10, a-9, b-2', '4, 9, 10')
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from rdflib import Literal
from rdflib.query import Result

__all__ = ["declared_sets", "sort_items", "normalise"]

_SET = re.compile(r'^#\s*set\s*:\s*(\w+)\s*("(?:[^"\\]|\\.)*")?\s*$', re.MULTILINE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def declared_sets(text: str) -> dict[str, str]:
    """The set columns a query text declares (``# set: NAME "SEPARATOR"``; ``", "`` when left out)."""
    return {m.group(1): json.loads(m.group(2)) if m.group(2) else ", " for m in _SET.finditer(text)}


def _key(item: str) -> tuple:
    return (0, float(item), item) if _NUMBER.fullmatch(item) else (1, 0.0, item)


def sort_items(value: str, separator: str) -> str:
    """``value``'s items (split on ``separator``) in order: numbers first by value, then text."""
    if not value:
        return value
    return separator.join(sorted(value.split(separator), key=_key))


def normalise(result: Result, sets: Mapping[str, str]) -> Result:
    """``result`` with the items of each set column sorted (language and datatype kept)."""
    if not sets or result.type != "SELECT":
        return result
    names = [str(v) for v in result.vars or []]
    wanted = {name: sep for name, sep in sets.items() if name in names}
    if not wanted:
        return result
    columns = [(var, sep) for var in result.vars or [] if (sep := wanted.get(str(var))) is not None]
    # rows repeat the same values (a city's documents on each of its rows): each is sorted once, and
    # a value with one item or already in order is kept as it is (making rdflib literals is the cost)
    done: dict[tuple[str, Literal], Literal] = {}
    rows = []
    for row in result.bindings:
        row = dict(row)
        for var, sep in columns:
            term = row.get(var)
            if isinstance(term, Literal) and sep in term:
                key = (sep, term)
                if key not in done:
                    text = sort_items(str(term), sep)
                    done[key] = term if text == str(term) else Literal(text, lang=term.language,
                                                                       datatype=term.datatype)
                row[var] = done[key]
        rows.append(row)
    result.bindings = rows
    return result
