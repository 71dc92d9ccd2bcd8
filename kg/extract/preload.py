"""Every data file and compiled pattern of the extractor, loaded before the first document.

Why: components load their gazetteers and compile their patterns lazily, on the first document that
needs them, which charges about a second to whichever documents come first.  A build's worker processes
are forked from a server that has imported :mod:`kg.extract.loaded`, so each worker starts with all of it
in memory; the extraction benchmark loads the same way before it times anything.

>>> load_all() > 100
True
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

__all__ = ["load_all"]


def _loaders(module) -> list:
    """The module's own memoised functions that need no argument: its data files and compiled patterns."""
    out = []
    for f in vars(module).values():
        if not hasattr(f, "cache_info") or getattr(f, "__module__", None) != module.__name__:
            continue
        try:
            params = inspect.signature(f).parameters.values()
        except (TypeError, ValueError):
            continue
        if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
            out.append(f)
    return out


def load_all() -> int:
    """Load every data file and compile every pattern the components keep; return how many loaders ran."""
    import kg.extract as package

    count = 0
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("preload", "loaded"):
            continue
        for loader in _loaders(importlib.import_module(f"{package.__name__}.{info.name}")):
            loader()
            count += 1
    return count
