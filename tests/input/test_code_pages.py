"""Files in 8-bit code pages are read in the right one (or refused), never garbled into another."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DocumentError
from kg.extract import extract_file
from kg.extract.decoding import decode_bytes
from kg.extract.document import load_document

WESTERN = ("SAN JOSÉ, Calif. — Mayor Sam Liccardo said today that San José and Cañon City, Colo. were "
           "named “Digital Cities” for 2019 – the city’s third win. «Très bien», said the café owner.\n")
#: Latin-1 has no curly quotes or dashes.
LATIN1 = WESTERN.replace("—", "-").replace("“", '"').replace("”", '"').replace("–", "-").replace("’", "'")


@pytest.mark.parametrize("encoding,text", [("cp1252", WESTERN), ("latin-1", LATIN1), ("iso8859-15", LATIN1),
                                           ("utf-8", WESTERN), ("utf-8-sig", WESTERN), ("utf-16", WESTERN),
                                           ("utf-32", WESTERN)])
def test_western_text_reads_right_in_each_encoding(tmp_path, encoding, text):
    path = tmp_path / "release.txt"
    path.write_bytes(text.encode(encoding))
    assert load_document(path).text == text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_accented_city_is_found_in_an_8_bit_file(tmp_path, encoding):
    path = tmp_path / "san-jose.txt"
    path.write_bytes(LATIN1.encode(encoding))
    record = extract_file(path)
    assert "San José" in record.text
    assert {(c.name, c.state) for c in record.cities} >= {("San Jose", "CA"), ("Cañon City", "CO")}


@pytest.mark.parametrize("name,raw", [
    ("short", "San José".encode("cp1252")),
    ("one accent in a line", "Cañon City".encode("latin-1")),
    ("quotes and dashes only", "“Boston” – 2011".encode("cp1252")),
])
def test_short_western_snippets_read_as_cp1252(name, raw):
    assert decode_bytes(raw) == raw.decode("cp1252")


def test_cyrillic_8_bit_text_keeps_its_code_page():
    text = "Мэр города Москва объявил сегодня, что город получил награду за лучшие цифровые услуги."
    assert decode_bytes(text.encode("cp1251")) == text


@pytest.mark.parametrize("declared,encoding", [("windows-1251", "cp1251"), ("iso-8859-1", "cp1252"),
                                               ("ISO-8859-15", "iso8859-15")])
def test_html_declared_charset_is_used(tmp_path, declared, encoding):
    body = "Мэр Москвы" if encoding == "cp1251" else "Mayor of San José"
    page = f'<html><head><meta charset="{declared}"></head><body><p>{body}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    assert load_document(path).text == body + "\n"


def test_iso_8859_1_declaration_means_windows_1252_as_in_browsers(tmp_path):
    page = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>“San José”</p>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    assert load_document(path).text == "“San José”\n"


def test_a_lying_declaration_gives_way_to_the_bytes(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes('<meta charset="utf-8"><p>Mayor of San José</p>'.encode("cp1252"))
    assert load_document(path).text == "Mayor of San José\n"


@pytest.mark.parametrize("raw", [b"\xff\xfeB\x00\x00\xd8", b"\xef\xbb\xbfSan Jos\xe9"])
def test_broken_text_after_a_byte_order_mark_is_refused_not_garbled(tmp_path: Path, raw):
    path = tmp_path / "bom.txt"
    path.write_bytes(raw)
    with pytest.raises(DocumentError) as err:
        load_document(path)
    assert err.value.code == "E104" and str(path) in str(err.value)
