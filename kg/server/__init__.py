"""A SPARQL 1.1 Protocol endpoint over HTTP that holds up when published: ``kg serve``.

It publishes a store so any SPARQL client (SPARQLWrapper, rdflib's ``SPARQLStore``, curl,
:mod:`kg.store`'s ``sparql`` backend) can query it.  The layout follows Oxigraph's server, which
the store's remote backend expects: queries at ``/query`` (alias ``/sparql``), updates at
``/update``, a query editor (YASGUI, with the catalogue) at ``/`` and a plain form at ``/form``.

What keeps it safe to leave running: read-only unless made with ``allow_update``; ``SERVICE`` and
``LOAD`` refused; a time limit that kills the work (:mod:`kg.server.workers`); a result-size
limit; loopback by default; no CORS header unless an origin is given.  Modules:
:mod:`~kg.server.endpoint` (HTTP), :mod:`~kg.server.workers` (where queries run),
:mod:`~kg.server.execute` (one query), :mod:`~kg.server.formats` (serialisers),
:mod:`~kg.server.editor_page` (the editor), :mod:`~kg.server.editor_assets` (YASGUI's files, fetched
with npm), :mod:`~kg.server.static` (the files under ``/static/``), :mod:`~kg.server.page` (the form).

>>> from rdflib import Dataset
>>> server = make_server(Dataset(), port=0)
>>> server.url.startswith("http://127.0.0.1:") and server.url.endswith("/query")
True
>>> server.server_close()
"""

from __future__ import annotations

from kg.server.endpoint import (
    DEFAULT_HOST,
    DEFAULT_MAX_RESULT,
    DEFAULT_PORT,
    DEFAULT_TIMEOUT,
    LISTEN_BACKLOG,
    MAX_BODY,
    SparqlHandler,
    SparqlServer,
    make_server,
)
from kg.server.formats import negotiate

__all__ = ["make_server", "SparqlServer", "SparqlHandler", "negotiate", "DEFAULT_HOST", "DEFAULT_PORT",
           "DEFAULT_TIMEOUT", "DEFAULT_MAX_RESULT", "MAX_BODY", "LISTEN_BACKLOG"]
