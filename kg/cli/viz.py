"""``kg viz``: the graph as interactive, offline HTML views (see :mod:`kg.viz`)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import typer

from kg.cli.app import app, store_option
from kg.errors import KGError

__all__ = ["viz"]


@app.command()
def viz(
    output: Path = typer.Option(Path("graph.html"), "--output", "-o", help="Where to write the HTML page."),
    store: str = store_option(),
    title: str = typer.Option("civic-kg", "--title", help="Page title and heading."),
    focus: str | None = typer.Option(None, "--focus", "-f", help="Centre on the node(s) with this name."),
    hops: int = typer.Option(1, "--hops", min=0, help="With --focus: how many edges away to reach."),
    types: list[str] = typer.Option([], "--type", "-t",
                                    help="Only nodes of this type (city, county, person, program, organisation, "
                                         "award, edition); repeat for several."),
    award: str | None = typer.Option(None, "--award", "-a", help="One award series: its editions and winners."),
    year: int | None = typer.Option(None, "--year", "-y", help="The award editions of one year and their winners."),
    state: str | None = typer.Option(None, "--state", help="The places of one state (two-letter code)."),
    max_nodes: int | None = typer.Option(None, "--max-nodes", min=1,
                                         help="Show at most this many nodes, the best-connected "
                                              "(default 300; 1500 with --raw)."),
    site: Path | None = typer.Option(None, "--site",
                                     help="Write a folder of views instead: index.html, the whole graph, "
                                          "one page per award and per state."),
    raw: bool = typer.Option(False, "--raw", help="Draw the stored RDF as it is (reified wins, evidence)."),
    evidence: bool = typer.Option(False, "--evidence/--no-evidence",
                                  help="With --raw: draw evidence sentences as nodes (default: tooltips only)."),
    open_page: bool = typer.Option(False, "--open", help="Open the page in the default browser."),
) -> None:
    """Write an interactive view of the graph: one self-contained HTML file that works offline.

    The view draws the graph as the README states it: City -won-> Award
    edition (rank and category on the edge), Person -leads-> City, City
    -runs-> Program, Organisation -gives-> Award.  Hover for a summary,
    click a node or an edge for its documents and evidence sentences.
    The whole graph keeps the best-connected --max-nodes nodes and says
    what it left out.

    Examples:

      kg build && kg viz -o graph.html --open

      kg viz --focus Boston --hops 2 -o boston.html

      kg viz --award "Digital Cities Survey" --year 2019 -o dcs-2019.html

      kg viz --site views/          # views/index.html links every award and state

      kg viz --raw -o rdf.html      # the stored RDF, reified
    """
    from kg.cli.output import err, open_cli_store

    filters = bool(focus or types or award or year is not None or state)
    if raw and (filters or site):
        raise KGError("E622", None, detail="--raw draws the whole stored graph; it takes no filters or --site")
    with open_cli_store(store, read_only=True) as st:
        if raw:
            path = _raw(st, store, output, title, max_nodes or 1500, evidence)
        elif site is not None:
            from kg.viz.site import write_site

            pages = write_site(st, site, title=title, max_nodes=max_nodes)
            err(f"wrote {len(pages)} pages to {site}")
            path = pages[0]
        else:
            from kg.viz.view import DEFAULT_VIEW_NODES, ViewSpec, render_view

            spec = ViewSpec(focus=focus, hops=hops, types=list(types), award=award, year=year, state=state,
                            max_nodes=max_nodes or DEFAULT_VIEW_NODES)
            if len(st) == 0:
                raise KGError("E604", str(store))
            path = render_view(st, output, spec, title=title)
    if site is None:
        err(f"wrote {path}")
    if open_page:
        webbrowser.open(path.resolve().as_uri())


def _raw(st, store: str, output: Path, title: str, max_nodes: int, evidence: bool) -> Path:
    import warnings

    from kg.cli.output import err
    from kg.viz import render_html

    dataset = st.to_dataset()
    if next(iter(dataset.quads((None, None, None, None))), None) is None:
        raise KGError("E604", str(store))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UserWarning)
        path = render_html(dataset, output, title=title, max_nodes=max_nodes, show_evidence=evidence)
    for w in caught:
        err(f"warning: {w.message}")
    return path
