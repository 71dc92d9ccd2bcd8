"""A first build into an empty store uses Oxigraph's bulk loader, which is not one transaction:
readers polling ``kg serve`` all the while still see each document with all of its statements or none.

Oxigraph's loader publishes its input a million quads at a time, so the writer here loads one batch
of a little over a million lines (synthetic documents, so that no extraction has to run): a document
cut by the loader would show part of its statements to a reader for seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from server_fixtures import serving

from kg.store import open_store
from kg.store.meta import KGS, META_GRAPH

from conftest import ROOT

pytestmark = pytest.mark.durability

DOCS, STATEMENTS = 260, 2_000  # 260 x (2,000 statements + their union copies) > one million lines
GRAPH = "https://w3id.org/civic-kg/graph/"

#: One process that writes the batch, as ``kg build`` does into an empty store (bulk=True).
WRITER = f"""
import sys
from kg.store import open_store
from kg.store.meta import DocumentEntry, meta_quads
from kg.store.prepared import PreparedDocument
from kg.store.terms import nquad
from rdflib import URIRef

def document(i):
    graph = URIRef("{GRAPH}doc-%d" % i)
    lines = []
    for j in range({STATEMENTS}):
        triple = '<https://w3id.org/civic-kg/id/doc-%d/s%d> <https://w3id.org/civic-kg/ontology#n> "%d"' % (i, j, j)
        lines += [triple + " <%s> .\\n" % graph, triple + " .\\n"]
    entry = DocumentEntry("doc-%d" % i, "c%d" % i, "r%d" % i, "b", {{graph}}, statements={STATEMENTS})
    return PreparedDocument(entry, "".join(lines) + "".join(nquad(q) + "\\n" for q in meta_quads(entry)))

docs = [document(i) for i in range({DOCS})]
with open_store(sys.argv[1]) as store:
    print("writing", flush=True)
    store.add_prepared(docs, {{}}, bulk=True)
"""

#: In ONE query (one snapshot of the store): the statements of every graph, and the documents' ids.
SNAPSHOT = f"""SELECT ?g ?n ?id WHERE {{
  {{ SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g }}
  UNION {{ GRAPH <{META_GRAPH}> {{ ?d <{KGS.documentId}> ?id }} }} }}"""


def test_readers_see_each_document_whole_while_the_bulk_loader_fills_an_empty_store(tmp_path: Path):
    store = tmp_path / "store"
    with open_store(store):  # an empty store to serve; the build finds no document in it, so it bulk-loads
        pass
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    seen: list[dict[str, int]] = []
    with serving(store, timeout=120) as server:
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store)], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert writer.stdout.readline() == "writing\n", writer.stderr.read()
        while True:
            done = writer.poll() is not None
            url = f"{server.url}?query={urllib.parse.quote(SNAPSHOT)}"
            rows = json.loads(urllib.request.urlopen(url, timeout=120).read())["results"]["bindings"]
            counts = {r["g"]["value"]: int(r["n"]["value"]) for r in rows if "g" in r}
            ids = {r["id"]["value"] for r in rows if "id" in r}
            documents = {g: n for g, n in counts.items() if g.startswith(GRAPH)}
            for graph, n in documents.items():
                assert n == STATEMENTS, f"{graph}: {n} of its {STATEMENTS} statements visible"
                assert graph[len(GRAPH):] in ids, f"{graph} is visible before its bookkeeping"
            assert all(GRAPH + i in documents for i in ids), "bookkeeping visible before its document"
            seen.append(documents)
            if done:
                break
    assert writer.returncode == 0, writer.stderr.read()
    assert len(seen[-1]) == DOCS
    print(f"\n{len(seen)} snapshots during the load; documents seen: {sorted({len(s) for s in seen})}")
