"""``load_all`` loads every data file and pattern the components keep, so a build's workers (forked from a
server that imported ``kg.extract.loaded``) load nothing on their first documents."""

from __future__ import annotations

import importlib
import pkgutil

import kg.extract as package
from kg import EXAMPLES_DIR
from kg.extract import extract_file
from kg.extract.preload import _loaders, load_all


def _misses() -> dict[str, int]:
    out = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for loader in _loaders(module):
            out[f"{info.name}.{loader.__name__}"] = loader.cache_info().misses
    return out


def test_after_load_all_a_document_loads_nothing():
    assert load_all() > 100
    before = _misses()
    for path in sorted(EXAMPLES_DIR.iterdir()):
        extract_file(path)
    assert _misses() == before


def test_the_build_s_forkserver_imports_the_loaded_extractor():
    import kg.build_workers as workers

    source = importlib.util.find_spec(workers.__name__).loader.get_source(workers.__name__)
    assert '"kg.extract.loaded"' in source
    assert importlib.import_module("kg.extract.loaded").LOADERS > 100


def test_after_load_all_a_document_compiles_no_inline_pattern():
    from kg.extract.regex import rx

    load_all()
    before = rx.cache_info().misses
    for path in sorted(EXAMPLES_DIR.iterdir()):
        extract_file(path)
    assert rx.cache_info().misses == before
