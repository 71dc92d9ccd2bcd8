"""Installing the query editor's files with the real npm, offline: ``npm pack`` of a local package
folder laid out like ``@zazuko/yasgui``'s, checked against its sha512 before anything is written."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.server.editor_assets import EDITOR_FILES, find_editor, install_editor, integrity_of

NPM = shutil.which("npm")
needs_npm = pytest.mark.skipif(NPM is None, reason="npm is not installed (Debian package nodejs or npm)")


def _package(folder: Path, files: tuple[str, ...] = EDITOR_FILES) -> Path:
    """A local npm package with YASGUI's layout: package.json and build/<files>."""
    (folder / "build").mkdir(parents=True)
    (folder / "package.json").write_text(json.dumps({"name": "@zazuko/yasgui", "version": "4.6.2",
                                                     "license": "MIT", "files": ["build"]}), encoding="utf-8")
    for name in files:
        (folder / "build" / name).write_text(f"/* {name} */\n", encoding="utf-8")
    (folder / "build" / "yasgui.esm.js").write_text("/* not copied */\n", encoding="utf-8")
    return folder


def _integrity(package: Path, tmp: Path) -> str:
    """The tarball's sha512 as npm itself reports it."""
    out = subprocess.run([NPM, "pack", str(package), "--json", "--pack-destination", str(tmp)], check=True,
                         capture_output=True, text=True, cwd=tmp).stdout
    record = json.loads(out)[0]
    assert integrity_of((tmp / record["filename"]).read_bytes()) == record["integrity"]
    return record["integrity"]


@needs_npm
def test_install_copies_the_build_files_of_a_package_that_matches_its_checksum(tmp_path: Path) -> None:
    package = _package(tmp_path / "pkg")
    packed = tmp_path / "packed"
    packed.mkdir()
    dest = tmp_path / "editor" / "yasgui-4.6.2"
    assert install_editor(dest, spec=str(package), integrity=_integrity(package, packed)) == dest
    assert sorted(p.name for p in dest.iterdir()) == sorted([*EDITOR_FILES, "package.json"])
    assert (dest / "yasgui.min.js").read_text(encoding="utf-8") == "/* yasgui.min.js */\n"
    assert json.loads((dest / "package.json").read_text(encoding="utf-8"))["license"] == "MIT"
    assert [p.name for p in dest.parent.iterdir()] == ["yasgui-4.6.2"]  # no staging folder left


@needs_npm
def test_a_package_that_does_not_match_the_pinned_checksum_is_not_installed(tmp_path: Path) -> None:
    package = _package(tmp_path / "pkg")
    dest = tmp_path / "editor" / "yasgui-4.6.2"
    with pytest.raises(KGError, match=r"^error\[E611\] .*does not match its pinned checksum sha512-") as caught:
        install_editor(dest, spec=str(package))  # the real YASGUI's checksum
    assert "\n" not in str(caught.value)
    assert not dest.exists() and not (dest.parent.exists() and any(dest.parent.iterdir()))


@needs_npm
def test_a_package_without_the_build_files_is_refused(tmp_path: Path) -> None:
    package = _package(tmp_path / "pkg", files=("yasgui.min.js",))
    packed = tmp_path / "packed"
    packed.mkdir()
    dest = tmp_path / "editor" / "yasgui-4.6.2"
    with pytest.raises(KGError, match=r"E610.*build/yasgui\.min\.css"):
        install_editor(dest, spec=str(package), integrity=_integrity(package, packed))
    assert not dest.exists()


@needs_npm
def test_npm_failing_is_one_line_with_npm_s_reason(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"^error\[E610\] .*npm pack .*failed: ") as caught:
        install_editor(tmp_path / "editor", spec=str(tmp_path / "no-such-package-folder"))
    assert "\n" not in str(caught.value)


def test_without_npm_the_error_says_how_to_go_on(tmp_path: Path) -> None:
    with pytest.raises(KGError, match=r"^error\[E610\] .*npm was not found.*--no-editor") as caught:
        install_editor(tmp_path / "editor", npm=str(tmp_path / "bin" / "npm"))
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "editor").exists()


def test_find_editor_looks_where_kg_editor_dir_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_EDITOR_DIR", str(tmp_path / "editor"))
    assert find_editor() is None
    (tmp_path / "editor").mkdir()
    (tmp_path / "editor" / "yasgui.min.js").write_text("x", encoding="utf-8")
    assert find_editor() is None  # half an install is no install
    (tmp_path / "editor" / "yasgui.min.css").write_text("x", encoding="utf-8")
    assert find_editor() == tmp_path / "editor"
