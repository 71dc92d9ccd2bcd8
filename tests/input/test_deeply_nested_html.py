"""Deeply nested pages are read in one walk of the tree, giving the text the tree-editing reading gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.document import _BLOCK_TAGS, _CELL_TAGS, _DROP_TAGS, html_to_text, text_from_bytes

_SOURCE_BREAK = re.compile(r"\s*\n\s*")


def _text_by_editing_the_tree(html: str, join_source_lines: bool = True) -> str:
    """The first version: line breaks and cell bars inserted into the tree, then get_text (quadratic in depth)."""
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for node in soup.find_all(string=_SOURCE_BREAK) if join_source_lines else ():
        if type(node) is NavigableString and node.find_parent(["pre", "textarea"]) is None:
            node.replace_with(_SOURCE_BREAK.sub(" ", node))
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for row in soup.find_all("tr"):
        for i, cell in enumerate(row.find_all(_CELL_TAGS, recursive=False)):
            if i:
                cell.insert_before(" | ")
    return soup.get_text()


_TAGS = ["p", "div", "b", "span", "li", "ul", "h1", "table", "tr", "td", "th", "pre", "textarea", "script",
         "br", "a", "head", "title", "style", "rt", "form", "section"]
_TEXTS = ["Boston", " Mayor Menino\n  said ", "\n", "  ", "1", "Los Angeles, Calif.", "<!-- note -->",
          "<![CDATA[raw]]>", "&amp;", "caf\u00e9", "\t"]


@st.composite
def _pages(draw) -> str:
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(_TAGS).map(lambda t: f"<{t}>"),
        st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
        st.sampled_from(_TEXTS)), max_size=40))
    return "<html><body>" + "".join(pieces)


@settings(max_examples=400, deadline=None)
@given(_pages(), st.booleans())
def test_one_walk_gives_the_text_editing_the_tree_gave(html, join_source_lines):
    assert html_to_text(html, join_source_lines=join_source_lines) == \
        _text_by_editing_the_tree(html, join_source_lines)


def test_tables_lists_and_pre_read_as_before():
    html = ("<html><head><title>x</title></head><body><h1>Winners\n  2019</h1><table><tr><th>Rank</th><th>City</th>"
            "</tr><tr><td>1</td><td>Los Angeles,\n Calif.</td></tr></table><pre>a\n  b</pre><ul><li>one<li>two</ul>"
            "<script>alert(1)</script></body></html>")
    assert html_to_text(html) == _text_by_editing_the_tree(html)


def test_a_page_nested_100000_deep_is_read():
    depth = 100_000
    page = b"<div>" * depth + b"<p>Mayor Thomas M. Menino of Boston</p>" + b"</div>" * depth
    assert text_from_bytes(page, "html") == "Mayor Thomas M. Menino of Boston\n"
