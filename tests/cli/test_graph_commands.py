"""The graph commands on the bundled examples: build, query, export, validate, stats, remove.

Commands run in-process through :func:`kg.cli.main`, the console script's entry point.
"""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built once from the bundled examples (tests that write get their own)."""
    store = tmp_path_factory.mktemp("cli") / "store"
    assert main(["build", "--store", str(store), "--no-progress"]) == 0
    return store


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_build_prints_a_summary_and_is_incremental(tmp_path, capsys):
    store = str(tmp_path / "s")
    code, out, err = run(capsys, "build", "-s", store)
    assert code == 0 and out == ""
    assert "documents: 2 added, 0 replaced, 0 unchanged, 0 failed" in err
    assert "civic:City" in err and "triples" in err
    code, _, err = run(capsys, "build", "-s", store)
    assert "0 added, 0 replaced, 2 unchanged, 0 failed" in err


def test_query_sparql_table_csv_json(built, capsys):
    sparql = "SELECT ?city ?name WHERE { ?city a civic:City ; rdfs:label ?name } ORDER BY ?name"
    code, out, _ = run(capsys, "query", sparql, "-s", str(built))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["city", "name"] and set(lines[1]) <= {"-", " "}
    assert any(line.startswith("id:city/ma/boston") and line.endswith("Boston") for line in lines)
    assert lines[-1].endswith("rows)")
    _, out, _ = run(capsys, "query", sparql, "-s", str(built), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["city", "name"]
    assert ["https://w3id.org/civic-kg/id/city/ma/boston", "Boston"] in rows
    _, out, _ = run(capsys, "query", sparql, "-s", str(built), "-f", "json")
    assert {"city": "https://w3id.org/civic-kg/id/city/ma/boston", "name": "Boston"} in json.loads(out)


def test_query_file_catalogue_and_list(built, tmp_path, capsys):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?d a civic:SourceDocument }\n")
    code, out, _ = run(capsys, "query", str(rq), "-s", str(built), "-f", "json")
    assert code == 0 and json.loads(out) == [{"n": 2}]
    code, out, _ = run(capsys, "query", "--list")
    assert code == 0 and "winners" in out and "--param" in out
    code, out, _ = run(capsys, "query", "document", "--param", "doc=boston-2011-digital-cities",
                       "-s", str(built))
    assert code == 0 and "Boston" in out


def test_query_errors_are_one_line(built, capsys):
    code, out, err = run(capsys, "query", "SELECT ?x WHERE { ?x", "-s", str(built))
    assert code == 1 and out == ""
    assert err.startswith("error[E300]") and err.count("\n") == 1
    code, _, err = run(capsys, "query", "no-such-query", "-s", str(built))
    assert code == 1 and err.startswith("error[E301]")
    code, _, err = run(capsys, "query", "SELECT * { ?s ?p ?o }", "-s", str(built / "nope"))
    assert code == 1 and err.startswith("error[E200]") and "kg build" in err


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_export_rdf_loads_back(built, tmp_path, capsys, fmt):
    out_file = tmp_path / f"graph.{fmt}"
    code, _, err = run(capsys, "export", "-f", fmt, "-o", str(out_file), "-s", str(built))
    assert code == 0 and "wrote" in err
    parse_as = {"jsonld": "json-ld"}.get(fmt, fmt)
    if fmt == "turtle":
        graph = Graph().parse(out_file, format=parse_as)
        assert len(graph) > 50
    else:
        ds = Dataset().parse(out_file, format=parse_as)
        graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert any(g.endswith("graph/boston-2011-digital-cities") for g in graphs)
        assert not any("civic-kg/store#" in g for g in graphs)  # bookkeeping stays out
    assert not list(tmp_path.glob(".*.tmp"))  # the temp file was renamed, not left behind


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_network_loads_back(built, tmp_path, capsys, fmt, reader):
    out_file = tmp_path / f"graph.{fmt}"
    code, _, _ = run(capsys, "export", "-o", str(out_file), "-s", str(built))  # format from the suffix
    assert code == 0
    network = reader(out_file)
    assert network.number_of_nodes() > 5 and network.number_of_edges() > 5


def test_export_unknown_format(built, capsys):
    code, _, err = run(capsys, "export", "-f", "rdfxml", "-s", str(built))
    assert code == 1 and err.startswith("error[E401]")


def test_validate_and_stats(built, capsys):
    code, out, _ = run(capsys, "validate", "-s", str(built))
    assert code == 0 and out.startswith("conforms")
    code, out, _ = run(capsys, "stats", "-s", str(built), "--json")
    figures = json.loads(out)
    assert code == 0 and figures["documents"] == 2
    assert figures["classes"]["https://w3id.org/civic-kg/ontology#SourceDocument"] == 2
    assert figures["statements"] >= figures["triples"] > 50
    code, out, _ = run(capsys, "stats", "-s", str(built), "--documents")
    assert "civic:City" in out and "boston-2011-digital-cities" in out
    # without --documents the count comes from the bookkeeping, not from listing every document
    code, out, _ = run(capsys, "stats", "-s", str(built))
    assert code == 0 and "documents:  2\n" in out and "boston-2011-digital-cities" not in out


def test_remove_retracts_one_document(tmp_path, capsys):
    store = str(tmp_path / "s")
    run(capsys, "build", "-s", store)
    code, _, err = run(capsys, "remove", "boston-2011-digital-cities", "nope", "-s", store)
    assert code == 1
    assert "removed boston-2011-digital-cities" in err and "error[E203]" in err
    _, out, _ = run(capsys, "stats", "-s", store, "--json")
    assert list(json.loads(out)["document_hashes"]) == ["baton-rouge-2019-digital-cities"]


def test_every_graph_command_teaches_with_an_example(capsys):
    for command in ("build", "query", "export", "validate", "stats", "remove"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0 and "Example" in out and f"kg {command}" in out and "--store" in out


def test_query_ask_and_construct(built, capsys):
    code, out, _ = run(capsys, "query", "ASK { ?c a civic:City }", "-s", str(built))
    assert code == 0 and out.strip() == "true"
    code, out, _ = run(capsys, "query", "CONSTRUCT { ?c a civic:City } WHERE { ?c a civic:City }",
                       "-s", str(built))
    assert code == 0 and len(Graph().parse(data=out, format="turtle")) > 1
    code, _, err = run(capsys, "query", str(built / "missing.rq"), "-s", str(built))
    assert code == 1 and err.startswith("error[E303]")


def test_nquads_export_holds_what_the_trig_export_holds(built, tmp_path, capsys):
    for fmt in ("nquads", "trig"):
        assert run(capsys, "export", "-f", fmt, "-o", str(tmp_path / f"g.{fmt}"), "-s", str(built))[0] == 0
    nq, trig = Dataset().parse(tmp_path / "g.nquads", format="nquads"), Dataset().parse(tmp_path / "g.trig",
                                                                                          format="trig")
    # the same statements in the same graphs (decimals keep their written form in N-Quads, so count them)
    assert len(set(nq.quads())) == len(set(trig.quads()))
    assert {q[3] for q in nq.quads()} == {q[3] for q in trig.quads()}
