"""Reading files: every kind of bad input is a one-line DocumentError naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.errors import DocumentError
from kg.extract.document import iter_document_paths, load_document, text_from_bytes


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_reads_bundled_example():
    src = load_document(EXAMPLES_DIR / "boston-2011-digital-cities.txt")
    assert src.id == "boston-2011-digital-cities"
    assert "Mayor Thomas M. Menino announced today" in src.text
    assert len(src.content_hash) == 64


@pytest.mark.parametrize(
    "name,data,code",
    [
        ("empty.txt", b"", "E101"),
        ("blank.txt", b"  \n\t\n", "E101"),
        ("binary.txt", bytes(range(256)) * 20, "E102"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "E102"),
        ("only-script.html", b"<html><script>var a = 1;</script></html>", "E105"),
        ("notes.pdf", b"%PDF-1.4", "E107"),
    ],
)
def test_bad_input_is_one_line_error_naming_the_file(tmp_path, name, data, code):
    p = _write(tmp_path, name, data)
    with pytest.raises(DocumentError) as err:
        load_document(p)
    msg = str(err.value)
    assert err.value.code == code
    assert str(p) in msg and "\n" not in msg


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="E106"):
        load_document(tmp_path / "nope.txt")


def test_huge_file_is_refused(tmp_path):
    p = _write(tmp_path, "huge.txt", b"a" * 2048)
    with pytest.raises(DocumentError, match="E103"):
        load_document(p, max_bytes=1024)


def test_latin1_and_bom_are_decoded(tmp_path):
    latin = _write(tmp_path, "latin.txt", "Mayor José Núñez of San José, Calif. said the city won.".encode("latin-1"))
    assert "José" in load_document(latin).text
    bom = _write(tmp_path, "bom.txt", "City of Boston wins".encode("utf-8-sig"))
    assert load_document(bom).text.startswith("City of Boston")
    utf16 = _write(tmp_path, "u16.txt", "City of Austin wins".encode("utf-16"))
    assert "Austin" in load_document(utf16).text


def test_malformed_html_keeps_text_and_drops_script(tmp_path):
    html = b"<html><body><h1>Austin wins<p>Mayor Steve Adler <b>said<script>alert(1)</script> it</div></table>"
    text = load_document(_write(tmp_path, "bad.html", html)).text
    assert "Austin wins" in text and "Mayor Steve Adler" in text
    assert "alert" not in text


def test_markdown_is_rendered_to_text(tmp_path):
    md = b"# Austin wins\n\n**Mayor** [Steve Adler](http://x) said *hello*.\n"
    text = load_document(_write(tmp_path, "a.md", md)).text
    assert "Austin wins" in text and "Mayor Steve Adler said hello." in text
    assert "**" not in text and "http://x" not in text


def test_folders_expand_to_document_files(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.html", "c.md", "d.png"):
        (tmp_path / name).write_text("x")
    names = [p.name for p in iter_document_paths([tmp_path])]
    assert names == ["a.txt", "c.md", "b.html"]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["text", "markdown", "html"]))
def test_any_bytes_give_text_or_a_document_error(data, kind):
    try:
        text = text_from_bytes(data, kind, "x")
    except DocumentError as exc:
        assert "\n" not in str(exc)
    else:
        assert text.strip() and "\x00" not in text


def test_table_cells_stay_apart(tmp_path):
    html = b"<table><tr><th>Rank</th><th>City</th></tr><tr><td>1</td><td>Los Angeles, Calif.</td></tr></table>"
    text = load_document(_write(tmp_path, "t.html", html)).text
    assert "1 | Los Angeles, Calif." in text.splitlines()


def test_typeset_hyphens_read_as_ascii_hyphens(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("The first\u2010place winners and the top\u2011ranked city.\n", encoding="utf-8")
    assert load_document(path).text == "The first-place winners and the top-ranked city.\n"
