"""Files with one name in several folders are distinct documents with stable ids; unique names keep their stem."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg import EXAMPLES_DIR
from kg.build import build_paths
from kg.cli import main
from kg.extract.paths import document_ids, list_documents
from kg.store import open_store

from conftest import HAVE_SHARED, SHARED

BOSTON = (EXAMPLES_DIR / "boston-2011-digital-cities.txt").read_text(encoding="utf-8")
BATON_ROUGE = (EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt").read_text(encoding="utf-8")


@pytest.fixture
def site(tmp_path) -> Path:
    """A scraped site: an index page in each section, one page with a unique name."""
    root = tmp_path / "site"
    for section, text in (("boston", BOSTON), ("baton-rouge", BATON_ROUGE)):
        (root / section).mkdir(parents=True)
        (root / section / "index.html").write_text(f"<html><body><p>{text}</p></body></html>", encoding="utf-8")
    (root / "news.txt").write_text(BOSTON, encoding="utf-8")
    return root


def test_one_name_in_two_folders_gives_two_ids(site):
    assert list(list_documents([site]).ids.values()) == ["baton-rouge/index", "boston/index", "news"]


def test_both_pages_land_in_the_store(site):
    with open_store(backend="memory") as st:
        report = build_paths([site], st)
        assert report.counts() == {"added": 3, "replaced": 0, "unchanged": 0, "failed": 0}
        assert sorted(st.documents()) == ["baton-rouge/index", "boston/index", "news"]
        assert build_paths([site], st).counts()["unchanged"] == 3  # the ids are the same on the next run


def test_kg_extract_writes_both_records(site, tmp_path, capsys):
    out = tmp_path / "pred.json"
    assert main(["extract", str(site), "-o", str(out), "--no-progress"]) == 0
    records = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert sorted(records) == ["baton-rouge/index", "boston/index", "news"]
    assert {c["name"] for c in records["boston/index"]["cities"]} >= {"Boston"}
    assert {c["name"] for c in records["baton-rouge/index"]["cities"]} >= {"Baton Rouge"}


@pytest.mark.parametrize("files,ids", [
    (["s/a/index.html", "s/b/index.html"], ["a/index", "b/index"]),
    (["x/a/index.html", "y/a/index.html", "y/b/index.html"], ["x/a/index", "y/a/index", "y/b/index"]),
    (["s/a/index.html", "s/a/index.htm"], ["a/index.html", "a/index.htm"]),
    (["s/one.txt", "s/two.md"], ["one", "two"]),
])
def test_ids_take_as_many_folders_as_it_takes(files, ids):
    assert list(document_ids([Path(f) for f in files]).values()) == ids


def test_ids_do_not_depend_on_the_order_files_come_in():
    files = [Path(f) for f in ("x/a/index.html", "y/a/index.html", "y/b/index.html", "z/page.txt")]
    assert document_ids(files) == document_ids(files[::-1])


def test_a_file_named_twice_is_read_once(site):
    page = site / "news.txt"
    assert list(list_documents([page, site, page]).ids.values()) == ["news", "baton-rouge/index", "boston/index"]


@pytest.mark.shared
@pytest.mark.skipif(not HAVE_SHARED, reason=f"development documents not found at {SHARED}")
def test_the_dev_folder_keeps_file_stems_as_ids():
    """The scorer pairs records with gold by id = file stem."""
    docs = SHARED / "dev" / "docs"
    assert list(list_documents([docs]).ids.values()) == sorted(p.stem for p in docs.glob("*.txt"))


def test_a_copy_of_the_examples_in_a_subfolder_keeps_both(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES_DIR, docs)
    shutil.copytree(EXAMPLES_DIR, docs / "copy")
    ids = list(list_documents([docs]).ids.values())
    assert ids == ["docs/baton-rouge-2019-digital-cities", "docs/boston-2011-digital-cities",
                   "copy/baton-rouge-2019-digital-cities", "copy/boston-2011-digital-cities"]


def test_a_page_stored_under_its_stem_moves_to_its_folder_id_when_a_namesake_arrives(tmp_path, capsys):
    site = tmp_path / "site"
    (site / "boston").mkdir(parents=True)
    (site / "boston" / "index.html").write_text(f"<p>{BOSTON}</p>", encoding="utf-8")
    store = str(tmp_path / "store")
    assert main(["build", str(site), "-s", store, "--no-progress"]) == 0
    (site / "baton-rouge").mkdir()
    (site / "baton-rouge" / "index.html").write_text(f"<p>{BATON_ROUGE}</p>", encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(site), "-s", store, "--no-progress"]) == 0
    assert "renamed: index -> boston/index (another file in the batch has its name)" in capsys.readouterr().err
    with open_store(store, read_only=True) as st:
        assert sorted(st.documents()) == ["baton-rouge/index", "boston/index"]
