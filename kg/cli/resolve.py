"""``kg resolve``: re-run entity resolution on a store and show what merged and what is flagged."""

from __future__ import annotations

import json

import typer

from kg.cli.app import app, store_option
from kg.cli.output import Compactor, err, open_cli_store
from kg.rdf.namespaces import DEFAULT_BASE

__all__ = ["resolve", "describe"]


@app.command()
def resolve(
    store: str = store_option(),
    explain: bool = typer.Option(False, "--explain", "-e", help="Say which rule merged each pair, and why."),
    as_json: bool = typer.Option(False, "--json", help="Print merges and flags as one JSON object."),
    full: bool = typer.Option(False, "--full", help="Rebuild the whole default graph from the document graphs "
                              "(a repair after an interrupted build or a raw SPARQL update)."),
) -> None:
    """Resolve entities across documents: merge duplicates, flag ambiguous names.

    kg build and kg remove already do this after every change; run it to
    see the result, or to repair a store whose build was interrupted.  Merges
    are printed as ``canonical <= duplicate``; flags as ``node ?= candidate``.

    \b
    Examples:
      kg resolve
      kg resolve --explain
      kg resolve --full            # repair: recompute the whole default graph
      kg resolve --json | jq .flags
    """
    from kg.store.pending import recovery_note

    with open_cli_store(store) as st:
        if st.recovered is not None:
            err(recovery_note(st.recovered))
        res = st.resolve(full=full)
    if as_json:
        typer.echo(json.dumps(describe(res), indent=2))
        return
    typer.echo("\n".join(lines(res, explain=explain, compact=Compactor(DEFAULT_BASE))) or "nothing to resolve")
    counts = res.summary()
    err(f"resolution: {counts['merged']} duplicates merged into {counts['groups']} entities, "
        f"{counts['flagged']} ambiguous names flagged")


def lines(res, *, explain: bool = False, compact=str) -> list[str]:
    """Human-readable merges (grouped by canonical node) and flags."""
    out = []
    for canonical, members in sorted(res.groups.items()):
        out.append(f"{compact(canonical)} <= " + ", ".join(compact(m) for m in members if m != canonical))
    if explain:
        for m in sorted(res.merges, key=lambda m: (m.rule, str(m.a), str(m.b))):
            out.append(f"  [{m.rule}] {m.reason}")
    for f in res.flags:
        kind = "ambiguous" if f.ambiguous else "unconfirmed"
        out.append(f"{compact(f.node)} ?= " + ", ".join(compact(c) for c in f.candidates) + f"  ({kind} {f.name!r})")
    return out


def describe(res) -> dict:
    """The resolution as JSON-ready data."""
    return {
        "graph": str(res.graph),
        "merges": {str(c): [str(m) for m in ms if m != c] for c, ms in sorted(res.groups.items())},
        "reasons": [{"rule": m.rule, "a": str(m.a), "b": str(m.b), "reason": m.reason} for m in res.merges],
        "flags": [{"node": str(f.node), "name": f.name, "candidates": [str(c) for c in f.candidates],
                   "rule": f.rule, "ambiguous": f.ambiguous} for f in res.flags],
        **res.summary(),
    }
