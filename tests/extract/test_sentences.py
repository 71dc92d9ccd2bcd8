"""Sentence splitting: line breaks end sentences, abbreviations do not, 'City, St. Next' does."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.extract.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_state_abbreviation_inside_sentence_does_not_split():
    text = "Roanoke, Va., came out on top, while Macon, Ga., tied Cape Coral, Fla., for seventh."
    assert _texts(text) == [text]


def test_state_abbreviation_ending_a_sentence_splits():
    # southeast-2002: "... including Hampton, Va. Richmond, Va., ranked third ..."
    text = "Winston-Salem shared 10th place, including Hampton, Va. Richmond, Va., ranked third in that group."
    assert _texts(text) == ["Winston-Salem shared 10th place, including Hampton, Va.",
                            "Richmond, Va., ranked third in that group."]
    # wwc-2019: "... and Washington, D.C. Thirteen cities have been certified ..."
    assert len(_texts("The class: Memphis, Tenn.; and Washington, D.C. Thirteen cities have been certified.")) == 2


def test_dateline_with_parenthesised_date_stays_whole():
    text = "LOUISVILLE, Ky. (Nov. 16, 2012) — Louisville Metro Government has been named the No. 1 digital city."
    assert _texts(text) == [text]


def test_titles_and_numbers_do_not_split():
    text = "Mayor Thomas M. Menino announced that Dr. Smith took No. 1 on Nov. 13 at 5 p.m. in St. Louis."
    assert _texts(text) == [text]


def test_lines_always_split():
    assert _texts("Headline\nLONG BEACH, Calif. – Long Beach won.\n\n• a bullet") == [
        "Headline", "LONG BEACH, Calif. – Long Beach won.", "• a bullet"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab. ,\nVaN.C(”'") + ["Va.", "Mr.", " The", "D.C."]), max_size=40).map("".join))
def test_offsets_point_at_the_sentence(text: str):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text


def _split_reading_whole_prefixes(text: str) -> list[tuple[int, int]]:
    """The splitter as first written, searching each line's whole prefix: the reference the fast one must match."""
    import re

    from kg.extract.sentences import _ABBREV, _BRAND, _END, _STATES

    out = []
    pos = 0
    for line in text.split("\n"):
        line_start, pos, start = pos, pos + len(line) + 1, 0
        cuts = []
        for m in _END.finditer(line):
            word = re.search(r"([\w.]+)[.!?][\"'”’)]*$", line[:m.end()].rstrip())
            if word and line[m.start()] == "." and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1)) \
                    and word.group(1).lower() not in _ABBREV:
                continue
            if word and line[m.start()] == "!" and _BRAND.fullmatch(word.group(1)):
                continue
            if word and line[m.start()] == "." and word.group(1).lower() in _ABBREV:
                if not (word.group(1).lower() in _STATES and re.search(r",\s*[\w.]+$", line[:m.start()])
                        and line[m.end():m.end() + 1].isupper()):
                    continue
            cuts.append((start, m.end()))
            start = m.end()
        cuts.append((start, len(line)))
        for a, b in cuts:
            piece = line[a:b]
            if piece.strip():
                s = line_start + a + len(piece) - len(piece.lstrip())
                out.append((s, s + len(piece.strip())))
    return out


_PIECES = ["Va.", "Mr.", " The", "D.C.", "G.T.", ", ", ". ", "! ", "? ", ")", "”", "\n", " "]
_LONG = ["x" * 300, "A." * 150 + "B", "A." * 151 + "B", "Va" * 200 + ".", ". " * 150, ", " + "a" * 600]


@settings(max_examples=300, deadline=None)
@example("Mayor " + "A." * 150 + "B. Spoke here.")
@example("Mayors " + "A." * 150 + "B. Spoke here.")
@example("In Hampton,  " + "a" * 300 + ".Va. Richmond won.")
@given(st.lists(st.sampled_from(list("ab. ,\nVaN.C(”'") + _PIECES + _LONG), max_size=30).map("".join))
def test_looking_back_a_window_cuts_where_reading_the_whole_line_did(text: str):
    """The splitter looks back only as far as a sentence's last word (linear in the line's length),
    and cuts exactly where the first version, which re-read the line up to each cut, did."""
    assert [(s.start, s.end) for s in split_sentences(text)] == _split_reading_whole_prefixes(text)


def test_a_long_one_line_page_is_cut_like_short_ones():
    line = "Hampton, Va. Richmond, Va., ranked third. Mayor G.T. Bynum spoke. " * 5000
    sentences = split_sentences(line)
    assert len(sentences) == 15000
    assert [s.text for s in sentences[-3:]] == [
        "Hampton, Va.", "Richmond, Va., ranked third.", "Mayor G.T. Bynum spoke."]
