"""Every data file and compiled pattern of the extractor, loaded before the first document.

Why: components load their gazetteers and compile their patterns lazily, on the first document that
needs them, which charges about a second to whichever documents come first.  A build's worker processes
are forked from a server that has imported :mod:`kg.extract.loaded`, so each worker starts with all of it
in memory; the extraction benchmark loads the same way before it times anything.

>>> load_all() > 100
True
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re

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


def _compile_inline(module) -> int:
    """Compile the module's inline patterns (``rx(r"...", re.I)`` with a literal pattern and flags), as the
    components will on their first use; return how many.

    Why: a document that takes a reader's rarer paths compiled a few dozen of them while it was read (measured
    2026-12-07: 6% of the time of the dev documents' first reading, after other releases had been read)."""
    from kg.extract.regex import rx

    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError, SyntaxError):  # no source shipped: they compile on first use
        return 0
    count = 0
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "rx"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                and len(node.args) <= 2 and not node.keywords):
            continue
        flags = 0
        if len(node.args) == 2:
            try:  # only ``re`` flags are written there: re.I, re.I | re.M
                flags = eval(compile(ast.Expression(node.args[1]), "<flags>", "eval"), {"__builtins__": {}, "re": re})
            except Exception:  # noqa: BLE001 - anything else compiles on first use
                continue
        rx(node.args[0].value, flags)
        count += 1
    return count


def load_all() -> int:
    """Load every data file and compile every pattern the components keep or write inline; return how many
    loaders ran and inline patterns were compiled."""
    import kg.extract as package

    count = 0
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("preload", "loaded"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for loader in _loaders(module):
            loader()
            # a switch is a second pattern the readers ask for too, by name: ``_titles_re(capitals=True)``
            for name, param in inspect.signature(loader).parameters.items():
                if isinstance(param.default, bool):
                    loader(**{name: True})
                    loader(**{name: False})
            count += 1
        count += _compile_inline(module)
    return count
