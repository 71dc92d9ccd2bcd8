"""``kg resolve`` and what ``kg build``/``kg remove`` say about resolution."""

from __future__ import annotations

import json

from kg.cli import main
from kg.record import City, DocumentRecord
from kg.store import open_store


def test_resolve_prints_merges_flags_and_reasons(tmp_path, capsys):
    path = tmp_path / "store"
    with open_store(path) as st:
        for doc_id, city, state in [("a", "Aurora", "CO"), ("b", "Aurora", "IL"), ("c", "Aurora", None),
                                    ("d", "Marana", "AZ"), ("e", "Marana", None)]:
            st.add_document(DocumentRecord(id=doc_id, content_hash=doc_id, cities=[City(city, state)]),
                            resolve=False)
    assert main(["resolve", "-s", str(path), "--explain"]) == 0
    out, err = capsys.readouterr()
    assert "id:city/az/marana <= id:city/marana" in out
    assert "[place] 'Marana' has no state" in out
    assert "id:city/aurora ?= id:city/co/aurora, id:city/il/aurora  (ambiguous 'Aurora')" in out
    assert "1 duplicates merged into 1 entities, 1 ambiguous names flagged" in err
    assert main(["resolve", "-s", str(path), "--json", "--full"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["merged"] == 1 and data["flagged"] == 1
    assert data["flags"][0]["candidates"] == ["https://w3id.org/civic-kg/id/city/co/aurora",
                                              "https://w3id.org/civic-kg/id/city/il/aurora"]
    assert main(["remove", "-s", str(path), "d"]) == 0
    assert "0 duplicates merged" in capsys.readouterr().err
