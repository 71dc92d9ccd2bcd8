"""``kg remove``: retract one document's facts, and nothing else."""

from __future__ import annotations

import typer

from kg.cli.app import app, store_option
from kg.cli.output import err, open_cli_store
from kg.errors import StoreError

__all__ = ["remove"]


@app.command()
def remove(
    doc_ids: list[str] = typer.Argument(..., metavar="DOC_ID",
                                        help="Document ids (file names without the suffix)."),
    store: str = store_option(),
) -> None:
    """Remove documents from the store: their named graphs and bookkeeping, in one transaction each.

    Entities other documents also mention stay, with what those documents say.
    Entity resolution runs again afterwards, so a merge only the removed
    documents justified is undone.
    An unknown id is reported (error E203) and the others are still removed.

    \b
    Examples:
      kg remove boston-2011-digital-cities
      kg stats --documents     # lists the ids in the store
    """
    from kg.store.pending import recovery_note
    from kg.store.stats import document_count, statement_count

    missing = removed = 0
    with open_cli_store(store) as st:
        if st.recovered is not None:
            err(recovery_note(st.recovered))
        for doc_id in doc_ids:
            if st.remove_document(doc_id, resolve=False):
                removed += 1
                err(f"removed {doc_id}")
            else:
                missing += 1
                err(str(StoreError("E203", store, detail=repr(doc_id))))
        if removed:
            res = st.resolve().summary()
            err(f"resolution: {res['merged']} duplicates merged into {res['groups']} entities, "
                f"{res['flagged']} ambiguous names flagged")
        err(f"store: {store} ({document_count(st)} documents, {statement_count(st):,} triples)")
    if missing:
        raise typer.Exit(1)
