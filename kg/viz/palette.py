"""One palette: node type -> colour, shared by the nodes and the legend of the view.

Known civic types get fixed, distinguishable colours (Tableau 10 and its
light variants); any other type gets a colour picked by a stable hash of its
name, so the same type is always drawn the same way across runs and graphs.

>>> colour_for("City")
'#1f77b4'
>>> colour_for("SomethingNew") == colour_for("SomethingNew")
True
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

__all__ = ["PALETTE", "FALLBACK", "colour_for", "legend"]

#: Fixed colours for the types the civic ontology is known to use.
PALETTE: dict[str, str] = {
    "City": "#1f77b4",
    "County": "#aec7e8",
    "State": "#c5b0d5",
    "Place": "#6baed6",
    "Official": "#ff7f0e",
    "Person": "#ffbb78",
    "Post": "#fdd0a2",
    "Organization": "#2ca02c",
    "Organisation": "#2ca02c",
    "Award": "#d62728",
    "AwardEdition": "#ff9896",
    "AwardWin": "#e7298a",
    "InferredAwardWin": "#e7cb94",
    "Win": "#e7298a",
    "Program": "#9467bd",
    "Programme": "#9467bd",
    "Quote": "#8c564b",
    "Quotation": "#c49c94",
    "Event": "#e377c2",
    "Amount": "#7f7f7f",
    "MonetaryAmount": "#7f7f7f",
    "Document": "#bcbd22",
    "SourceDocument": "#bcbd22",
    "PressRelease": "#bcbd22",
    "Evidence": "#dbdb8d",
    "EvidenceSentence": "#dbdb8d",
    "Literal": "#f7f7f7",
    "Resource": "#c7c7c7",
}

#: Colours for types not in :data:`PALETTE`, chosen by a stable hash of the type name.
FALLBACK: tuple[str, ...] = (
    "#17becf", "#9edae5", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
    "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363",
)


def colour_for(type_name: str) -> str:
    """The colour of a node type (fixed for known types, stable hash otherwise)."""
    if type_name in PALETTE:
        return PALETTE[type_name]
    return FALLBACK[zlib.crc32(type_name.encode("utf-8")) % len(FALLBACK)]


def legend(type_names: Iterable[str]) -> list[tuple[str, str, int]]:
    """(type, colour, count) for each type present, most frequent first.

    >>> legend(["City", "Award", "City"])
    [('City', '#1f77b4', 2), ('Award', '#d62728', 1)]
    """
    counts: dict[str, int] = {}
    for t in type_names:
        counts[t] = counts.get(t, 0) + 1
    return [(t, colour_for(t), n) for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
