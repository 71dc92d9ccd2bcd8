"""Hard-wrapped text, wrapped HTML source and wrapped Markdown read as whole sentences (kg.extract.reflow)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.document import text_from_bytes
from kg.extract.reflow import unwrap, wrap_width

WRAPPED = """\
FOR IMMEDIATE RELEASE

PROVO, Utah -- The City of Provo has been ranked 5th among cities with
populations between 75,000 and 124,999 in the 2009 Digital Cities Survey,
conducted by the Center for Digital Government through its Digital
Communities program.

"We set out to put every counter at City Hall on the web," said Mayor Lewis
Billings. "Residents noticed."

Highlights:
- ProvoNow, a mobile app for reporting problems, built in-house for less
  than $20,000.
- OpenProvo, the budget transparency site.

# # #
"""


def test_a_hard_wrapped_release_reads_as_whole_sentences() -> None:
    text = text_from_bytes(WRAPPED.encode(), "text")
    assert "conducted by the Center for Digital Government through its Digital Communities program." in text
    assert '"We set out to put every counter at City Hall on the web," said Mayor Lewis Billings. "Residents' in text
    assert "- ProvoNow, a mobile app for reporting problems, built in-house for less than $20,000.\n" in text
    assert "\n- OpenProvo, the budget transparency site.\n" in text  # a list item keeps its own line
    assert "FOR IMMEDIATE RELEASE\n\nPROVO" in text and "\n# # #" in text  # short lines keep their breaks


def test_text_that_is_not_wrapped_is_left_alone() -> None:
    text = "Short line.\nAnother.\n" + "A long line " * 20 + "\nshort\n" * 6
    assert wrap_width(text.split("\n")) is None
    assert unwrap(text) == text


def test_wrapped_markdown_and_html_source_read_as_whole_sentences() -> None:
    md = WRAPPED.replace("FOR IMMEDIATE RELEASE", "# Provo ranks 5th")
    text = text_from_bytes(md.encode(), "markdown")
    assert "through its Digital Communities program." in text and "Center for Digital Government" in text
    html = ("<html><body><p>The Center for Digital\n   Government ranked\nOrem third.</p>"
            "<pre>keep\nthis</pre></body></html>")
    text = text_from_bytes(html.encode(), "html")
    assert "The Center for Digital Government ranked Orem third." in text and "keep\nthis" in text


@given(st.lists(st.text(alphabet="abcdefghij -\"#.", min_size=0, max_size=90), min_size=0, max_size=30))
def test_unwrapping_only_ever_turns_line_breaks_into_spaces(lines: list[str]) -> None:
    text = "\n".join(lines)
    out = unwrap(text)
    assert out.split() == text.split()
    assert out.count("\n") <= text.count("\n")
