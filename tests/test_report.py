"""kg report: per-award timelines, streaks, decorated places, conflicts, every fact linked to its evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS
from test_viz_views import IMG, SCRIPT, SENTENCE, hostile_quads

from kg.rdf.namespaces import CIVIC
from kg.report import gather, render_report, report_html

ID = "https://w3id.org/civic-kg/id/"


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory):
    from kg import EXAMPLES_DIR
    from kg.build import build_paths
    from kg.store import open_store

    path = tmp_path_factory.mktemp("report") / "store"
    with open_store(path) as st:
        build_paths([EXAMPLES_DIR], st)
    with open_store(path, read_only=True) as st:
        yield st


def _conflicting_quads() -> list[tuple]:
    """Two documents giving Boston different ranks in one edition."""
    out = []
    edition, award, city = (URIRef(ID + "award/dcs/2011"), URIRef(ID + "award/dcs"), URIRef(ID + "city/ma/boston"))
    for doc_id, rank in (("a", 1), ("b", 3)):
        g, doc = URIRef(ID + f"graph/{doc_id}"), URIRef(ID + f"doc/{doc_id}")
        win, ev = URIRef(ID + f"win/{doc_id}"), URIRef(ID + f"evidence/{doc_id}/0-9")
        for t in [(doc, RDF.type, CIVIC.SourceDocument), (doc, CIVIC.documentId, Literal(doc_id)),
                  (city, RDF.type, CIVIC.City), (city, RDFS.label, Literal("Boston")),
                  (award, RDF.type, CIVIC.Award), (award, RDFS.label, Literal("DCS")),
                  (edition, RDF.type, CIVIC.AwardEdition), (edition, RDFS.label, Literal("DCS 2011")),
                  (edition, CIVIC.ofAward, award), (edition, CIVIC.year, Literal(2011)),
                  (win, CIVIC.recipient, city), (win, CIVIC.edition, edition), (win, CIVIC.rank, Literal(rank)),
                  (win, DCTERMS.source, doc), (win, PROV.wasDerivedFrom, ev),
                  (ev, CIVIC.sentenceText, Literal(f"Boston placed {rank} says {doc_id}.")),
                  (ev, DCTERMS.source, doc)]:
            out.append((*t, g))
    return out


def test_sections_hold_timelines_streaks_and_decorated_places(example_store) -> None:
    data = gather(example_store)
    dcs = next(a for a in data.awards if a.name == "Digital Cities Survey")
    baton = [w for w in dcs.wins if w.recipient == "Baton Rouge"]
    assert [w.year for w in baton] == [2015, 2016, 2017, 2018, 2019]
    assert [w.stated for w in baton] == [False, False, False, False, True] and baton[-1].ranks == [5]
    streak = dcs.streaks[0]
    assert (streak.recipient, streak.length, streak.first, streak.last) == ("Baton Rouge", 5, 2015, 2019)
    places = {d.place: d for d in data.decorated}
    assert places["Baton Rouge"].wins == 5 and places["Baton Rouge"].officials[0][0] == "Sharon Weston Broome"
    assert "Open Data BR" in {name for name, _ in places["Baton Rouge"].programs}
    assert data.conflicts == []


def test_every_fact_links_to_a_sentence_or_document_on_the_page(example_store) -> None:
    html = report_html(example_store)
    targets = set(re.findall(r'id="((?:ev|doc)-[0-9a-f]+)"', html))
    links = re.findall(r'<a class="src" href="#([^"]+)">', html)
    assert links and set(links) <= targets
    assert re.search(r'<li class="ev" id="ev-[0-9a-f]+">[^<]*Baton Rouge placed fifth', html)
    for table in re.findall(r'<table class="wins">(.*?)</table>', html, re.S):
        rows = re.findall(r"<tr><td>\d{4}</td>(.*?)</tr>", table, re.S)
        assert rows and all('class="src"' in row for row in rows)


def test_the_page_is_offline_with_inline_svg_plots(example_store) -> None:
    html = report_html(example_store)
    assert html.count("<svg") >= 1 and "<script" not in html
    assert not re.search(r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=", html, re.I)
    assert not re.search(r"https?://(?!www\.w3\.org/)", html.split("<body>")[0].replace(
        "http://www.w3.org/2000/svg", ""))
    assert "default-src 'none'" in html


def test_conflicting_documents_are_listed_with_each_source() -> None:
    from kg.store import open_store

    with open_store(None) as st:
        st.bulk_load(_conflicting_quads())
        html = report_html(st)
        data = gather(st)
    assert [(c.recipient, c.edition, c.field, [v for v, _ in c.values]) for c in data.conflicts] == [
        ("Boston", "DCS 2011", "rank", ["1", "3"])]
    section = html.split('id="conflicts"')[1].split('id="sources"')[0]
    assert "Boston" in section and section.count('class="src"') == 2


def test_hostile_text_stays_text_in_the_report() -> None:
    from kg.store import open_store

    with open_store(None) as st:
        st.bulk_load(hostile_quads())
        html = report_html(st, title=SCRIPT)
    assert "<img src=x" not in html and "<script>alert(2)" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert IMG not in re.sub(r"<svg.*?</svg>", "", html, flags=re.S)
    assert SENTENCE.replace("<", "&lt;").replace(">", "&gt;").split('"')[0] in html


def test_kg_report_writes_the_page(example_store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.cli import main

    out = tmp_path / "report.html"
    assert main(["report", "-s", example_store.location, "-o", str(out), "--top", "3"]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["report", "-s", example_store.location, "-o", str(tmp_path / "no" / "r.html")]) == 1
    assert "error[E402]" in capsys.readouterr().err
    assert render_report(example_store, tmp_path / "r2.html").exists()
