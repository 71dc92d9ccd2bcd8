"""Where a remote store is reached and as whom: URLs and credentials from the environment only."""

from __future__ import annotations

import pytest

from kg.cli import main
from kg.errors import StoreError
from kg.store.sparql_config import endpoint_config

from triple_servers import free_port


def test_update_and_graph_store_urls_come_from_the_environment():
    env = {"KG_ENDPOINT_UPDATE": "http://db:8890/sparql-auth", "KG_ENDPOINT_GSP": "http://db:8890/sparql-graph-crud-auth",
           "KG_ENDPOINT_USER": "kg", "KG_ENDPOINT_PASSWORD": "secret"}
    config = endpoint_config("http://db:8890/sparql", env)
    assert (config.update_url, config.gsp_url, config.credentials) == (
        "http://db:8890/sparql-auth", "http://db:8890/sparql-graph-crud-auth", ("kg", "secret"))
    assert "secret" not in repr(config)
    assert endpoint_config("http://db:3030/ds/query", {}).update_url == "http://db:3030/ds/update"


@pytest.mark.parametrize("url", ["http://kg:secret@db:8890/sparql", "ftp://db/sparql", "db:8890"])
def test_a_url_with_credentials_or_another_scheme_is_refused(url):
    with pytest.raises(StoreError) as exc:
        endpoint_config(url, {})
    assert exc.value.code == "E200" and "secret" not in str(exc.value)


def test_an_unknown_dialect_is_refused():
    with pytest.raises(StoreError, match="KG_ENDPOINT_DIALECT"):
        endpoint_config("http://db/sparql", {"KG_ENDPOINT_DIALECT": "fuseki"})


def test_a_server_that_is_not_there_is_one_line(capsys):
    url = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", "streaks", "--endpoint", url]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error[E200]") and "connection refused" in err and "\n" not in err
