"""Where a remote SPARQL store is reached, and as whom: read from its query URL and the environment.

Why the environment and not options: a password given on the command line lands in the shell's
history and in every ``ps`` listing, so credentials are only ever read from variables:

* ``KG_ENDPOINT_USER`` / ``KG_ENDPOINT_PASSWORD``: HTTP credentials, sent as the server asks
  (Basic, or Digest as Virtuoso's ``/sparql-auth`` wants).
* ``KG_ENDPOINT_UPDATE``: the SPARQL Update URL, when it is not the one derived from the query URL
  (:func:`update_endpoint`), e.g. Virtuoso's ``http://host:8890/sparql-auth``.
* ``KG_ENDPOINT_GSP``: a Graph Store Protocol URL (Oxigraph ``/store``, Fuseki ``/ds/data``,
  Virtuoso ``/sparql-graph-crud-auth``); when set, each document's graphs are uploaded with
  ``PUT`` instead of inside an ``INSERT DATA`` request.
* ``KG_ENDPOINT_DIALECT``: ``standard`` or ``virtuoso``; unset, the server's ``Server`` header decides.
* ``KG_ENDPOINT_TIMEOUT``: seconds to wait for one answer (default 300).

>>> c = endpoint_config("http://127.0.0.1:7878/query", env={"KG_ENDPOINT_USER": "kg", "KG_ENDPOINT_PASSWORD": "s3"})
>>> c.update_url, c.gsp_url, c.credentials
('http://127.0.0.1:7878/update', None, ('kg', 's3'))
>>> "s3" in repr(c)
False
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kg.errors import StoreError

__all__ = ["EndpointConfig", "endpoint_config", "update_endpoint", "DIALECTS"]

#: The dialects :mod:`kg.store.sparql_dialect` knows (``None``: detect from the server).
DIALECTS = ("standard", "virtuoso")
_DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class EndpointConfig:
    """The URLs and credentials of one remote store."""

    query_url: str
    update_url: str
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    dialect: str | None = None
    timeout: float = _DEFAULT_TIMEOUT

    @property
    def credentials(self) -> tuple[str, str] | None:
        """(user, password) when a user is configured."""
        return (self.user, self.password or "") if self.user else None


def update_endpoint(query_url: str) -> str:
    """The update endpoint that goes with a query endpoint, by the servers' conventions.

    >>> update_endpoint("http://localhost:7878/query")          # Oxigraph, kg serve, Fuseki /ds/query
    'http://localhost:7878/update'
    >>> update_endpoint("http://localhost:7200/repositories/kg")  # GraphDB, RDF4J
    'http://localhost:7200/repositories/kg/statements'
    >>> update_endpoint("http://localhost:3030/ds")              # Fuseki's dataset URL takes both
    'http://localhost:3030/ds'
    """
    url = query_url.rstrip("/")
    if url.endswith("/query"):
        return url[: -len("query")] + "update"
    parts = urlsplit(url).path.split("/")
    if len(parts) >= 3 and parts[-2] == "repositories":
        return url + "/statements"
    return query_url


def endpoint_config(url: str, env: Mapping[str, str] | None = None) -> EndpointConfig:
    """The configuration of the store whose query URL is ``url``, completed from ``env`` (default: the
    process environment).  Refuses (``E200``) a URL that is not http(s) or that carries credentials."""
    env = os.environ if env is None else env
    _check_url(url, "the store URL")
    update = env.get("KG_ENDPOINT_UPDATE") or update_endpoint(url)
    gsp = env.get("KG_ENDPOINT_GSP") or None
    for name, value in (("KG_ENDPOINT_UPDATE", update), ("KG_ENDPOINT_GSP", gsp)):
        if value:
            _check_url(value, name)
    dialect = (env.get("KG_ENDPOINT_DIALECT") or "").strip().lower() or None
    if dialect is not None and dialect not in DIALECTS:
        raise StoreError("E200", url, detail=f"KG_ENDPOINT_DIALECT={dialect!r}; expected one of {', '.join(DIALECTS)}")
    try:
        timeout = float(env.get("KG_ENDPOINT_TIMEOUT") or _DEFAULT_TIMEOUT)
    except ValueError:
        raise StoreError("E200", url, detail="KG_ENDPOINT_TIMEOUT is not a number of seconds") from None
    return EndpointConfig(url, update, gsp, env.get("KG_ENDPOINT_USER") or None,
                          env.get("KG_ENDPOINT_PASSWORD"), dialect, timeout)


def _check_url(url: str, what: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError("E200", url, detail=f"{what} must be an http(s):// URL")
    if parts.username or parts.password:
        raise StoreError("E200", f"{parts.scheme}://{parts.hostname}",
                         detail="credentials do not belong in the URL; set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD")
