"""Importing this module loads the whole extractor (:func:`kg.extract.preload.load_all`).

The build's forkserver imports it (``kg.build_workers``), so every worker it forks starts with the
gazetteers loaded and the patterns compiled instead of loading them again on its first documents.
"""

from __future__ import annotations

from kg.extract.preload import load_all

__all__ = ["LOADERS"]

#: how many loaders ran when this module was imported
LOADERS = load_all()
