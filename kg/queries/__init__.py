"""The query catalogue: named SPARQL queries shipped as ``kg/queries/*.rq`` files.

Each file starts with comment lines that describe it::

    # title: Winners of an award in a year
    # description: Recipients with rank and category, stated and inferred.
    # param: award Digital Cities Survey
    # param: year 2019
    # set: documents ", "
    # lower: cityKey city

Parameters are written in the query as ``$name`` (``# param: name default``).
``# lower: KEY NAME`` binds ``$KEY`` to parameter NAME's value lower-cased: why, Oxigraph looks a
literal up in its index only when the query names it, and a name matched case-insensitively is
compared with every stored key otherwise (0.25 s at 1M statements against 0.1 ms).  Write such a
pattern with a filter that says what the key is (``?row kgs:nameKey $cityKey
FILTER($cityKey = LCASE(STR($city)))``), so that the text run as it is, unbound, gives the same rows.
In SPARQL ``$name`` is an ordinary variable, so the raw text still parses.
Values are bound, never pasted: :meth:`CatalogueQuery.values` gives them as RDF
literals (an integer when the default is an integer, ``year``) for
:meth:`kg.store.Store.query`'s ``bindings``, which binds them (rdflib) or places
each as one literal token in the parsed query (:func:`kg.queries.sparql_text.substitute`;
Oxigraph's own substitution refuses variables outside the projection).
:meth:`CatalogueQuery.render` shows the text with the values in place.  Output column
names never reuse a parameter name.  ``# set:`` names a ``GROUP_CONCAT`` column whose items
come in no defined order; :meth:`CatalogueQuery.rows` (and a remote store, for any text that
declares one) sorts them (:mod:`kg.queries.sets`), so every engine gives the same rows.
Queries run against the union of all named graphs (the store's default graph) and print
labels, not IRIs.

>>> q = get("winners")
>>> sorted(q.parameters)
['award', 'year']
>>> '"Digital Cities Survey"' in q.render(year=2011)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import XSD, Literal
from rdflib.query import Result

from kg.errors import QueryError
from kg.queries.sets import declared_sets, normalise
from kg.queries.sparql_text import literal, substitute

__all__ = ["CatalogueQuery", "catalogue", "get", "render_literal", "term_token"]

_HEADER = re.compile(r"^#\s*(title|description|param|lower)\s*:\s*(.*?)\s*$")
_INTEGER = re.compile(r"-?\d+")


def render_literal(value: object, integer: bool = False) -> str:
    """A SPARQL literal for a parameter value: an integer literal or an escaped string.

    >>> render_literal("2019", integer=True), render_literal(2019), render_literal('Say "hi"')
    ('2019', '"2019"', '"Say \\\\"hi\\\\""')
    """
    return term_token(_literal(value, integer))


def _literal(value: object, integer: bool) -> Literal:
    text = str(value).strip()
    if integer:
        if not _INTEGER.fullmatch(text):
            raise QueryError("E302", detail=f"{text!r} is not an integer")
        return Literal(int(text))
    return Literal(text)


def term_token(term: Literal) -> str:
    """The one SPARQL token for a parameter value: an integer, or a fully escaped string."""
    if term.datatype == XSD.integer:
        return literal(term.toPython(), integer=True)
    return literal(str(term))


@dataclass(frozen=True)
class CatalogueQuery:
    """One catalogue query: its name (file stem), header metadata and SPARQL text."""

    name: str
    title: str
    description: str
    text: str
    parameters: dict[str, str] = field(default_factory=dict)
    #: derived parameters: key -> the parameter whose value, lower-cased, it is bound to
    lowered: dict[str, str] = field(default_factory=dict)

    def values(self, **params: object) -> dict[str, Literal]:
        """Every parameter's value as an RDF literal, defaults filling gaps: what a store binds.

        Unknown parameter names and non-integers for integer parameters raise
        ``QueryError("E302")`` so a typo does not silently return nothing.
        """
        unknown = sorted(set(params) - set(self.parameters))
        if unknown:
            raise QueryError("E302", detail=f"{self.name} has no parameter {', '.join(unknown)}")
        given = {**self.parameters, **{k: v for k, v in params.items() if v is not None}}
        out = {name: _literal(value, integer=bool(_INTEGER.fullmatch(self.parameters[name])))
               for name, value in given.items()}
        out.update({key: Literal(str(out[name]).lower()) for key, name in self.lowered.items() if name in out})
        return out

    @property
    def sets(self) -> dict[str, str]:
        """The columns declared as sets (``# set: NAME "SEPARATOR"``), by name, with their separator."""
        return declared_sets(self.text)

    def rows(self, store: Any, **params: object) -> Result:
        """Run on ``store`` with ``params`` bound, set columns sorted: the same rows from every engine."""
        return normalise(store.query(self.text, self.values(**params)), self.sets)

    def render(self, **params: object) -> str:
        """The SPARQL text with every ``$name`` token replaced by its value's literal (for reading and
        for engines that cannot bind); run :meth:`values` through ``Store.query(bindings=...)`` instead."""
        return substitute(self.text, {name: term_token(term) for name, term in self.values(**params).items()})


def _parse(name: str, text: str) -> CatalogueQuery:
    title, description, params, lowered = name, "", {}, {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.groups()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        elif key == "lower":
            derived, _, source = value.partition(" ")
            lowered[derived] = source.strip()
        else:
            pname, _, default = value.partition(" ")
            params[pname] = default.strip()
    return CatalogueQuery(name=name, title=title, description=description, text=text, parameters=params,
                          lowered=lowered)


@lru_cache(maxsize=1)
def _load() -> dict[str, CatalogueQuery]:
    folder = resources.files("kg.queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            out[name] = _parse(name, entry.read_text(encoding="utf-8"))
    return out


def catalogue() -> dict[str, CatalogueQuery]:
    """All catalogue queries by name, sorted by name."""
    return dict(_load())


def get(name: str) -> CatalogueQuery:
    """The catalogue query called ``name``; ``QueryError("E301")`` when there is none."""
    try:
        return _load()[name]
    except KeyError:
        raise QueryError("E301", detail=name) from None
