"""Sentence segmentation with character offsets.

Press releases mix prose with lists, datelines and headline lines, so a line
break always ends a sentence, and within a line a sentence ends at ., ! or ?
followed by space and an upper-case letter or quote, unless the period closes a
known abbreviation (Mr., Dr., Va., No., ...).
"""

from __future__ import annotations

import re

from kg.extract.doc import Sentence
from kg.extract.regex import rx

__all__ = ["split_sentences"]

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "sr", "jr", "no", "nos", "inc", "corp", "co", "ltd", "vs", "gov",
    "sen", "rep", "gen", "lt", "col", "capt", "prof", "hon", "ft", "mt", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "d.c", "a.m", "p.m", "e.g", "i.e",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j",
    "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va",
    "wash", "w.va", "wis", "wyo", "m", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z",
}
_STATES = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
    "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
}
#: The word a sentence-ending mark closes, and the characters that cannot be part of that match.
_LAST_WORD = re.compile(r"([\w.]+)[.!?][\"'”’)]*$")
_NOT_IN_WORD = re.compile(r"[^\w.!?\"'”’)]")
_WORD_RUN = re.compile(r"[\w.]+$")
_NOT_IN_RUN = re.compile(r"[^\w.]")
#: A brand whose name ends in "!" (mixed case, "KaBOOM!"): its "!" ends no sentence.
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z]{2,}[A-Za-z]*")
#: How far back from a sentence end the word search looks first.
_TAIL = 256
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences with offsets; blank pieces are dropped.

    >>> [s.text for s in split_sentences("Mayor Smith of Salem, Ore. spoke. It won.\\nNext")]
    ['Mayor Smith of Salem, Ore. spoke.', 'It won.', 'Next']
    >>> [s.text for s in split_sentences("Add Hampton, Va. Richmond, Va., was third. LOUISVILLE, Ky. (Nov. 1)")]
    ['Add Hampton, Va.', 'Richmond, Va., was third.', 'LOUISVILLE, Ky. (Nov. 1)']
    >>> [s.text for s in split_sentences("It met in Denver, CO. This is the fifth time. Acme Co. won.")]
    ['It met in Denver, CO.', 'This is the fifth time.', 'Acme Co. won.']
    >>> [s.text for s in split_sentences("Mayor G.T. Bynum spoke. It won.")]
    ['Mayor G.T. Bynum spoke.', 'It won.']
    >>> [s.text for s in split_sentences("KaBOOM! CEO Kim Roe spoke. We won! It was fun.")]
    ['KaBOOM! CEO Kim Roe spoke.', 'We won!', 'It was fun.']
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in _END.finditer(line):
            word = _word_before(line, m.start() + len(line[m.start():m.end()].rstrip()))
            if word and line[m.start()] == "." and rx(r"(?:[A-Z]\.)+[A-Z]").fullmatch(word.group(1)) \
                    and word.group(1).lower() not in _ABBREV:
                continue  # initials: "Mayor G.T. Bynum"
            if word and line[m.start()] == "!" and _BRAND.fullmatch(word.group(1)):
                continue  # a brand whose name ends in "!": "KaBOOM! CEO Kim Roe said"
            if word and line[m.start()] == "." and word.group(1).lower() in _ABBREV:
                # AP style puts a comma after "City, St." inside a sentence, so "City, St. Next" ends one
                # ... and so does a postal code written in capitals: "in Denver, CO. This is the fifth time"
                ends_place = ((word.group(1).lower() in _STATES or rx(r"[A-Z]{2}").fullmatch(word.group(1)))
                              and _after_comma(line, m.start()) and line[m.end():m.end() + 1].isupper())
                if not ends_place:
                    continue
            _add(out, line, line_start, start, m.end())
            start = m.end()
        _add(out, line, line_start, start, len(line))
    return out


def _word_before(line: str, end: int) -> re.Match[str] | None:
    """The word a sentence-ending mark at the end of ``line[:end]`` closes ("Va." in "Hampton, Va.")."""
    return _search_tail(_LAST_WORD, _NOT_IN_WORD, line, end)


def _after_comma(line: str, end: int) -> bool:
    """``line[:end]`` ends with a comma, spaces and a word ("Hampton, Va")."""
    word = _search_tail(_WORD_RUN, _NOT_IN_RUN, line, end)
    if word is None:
        return False
    comma = word.start()
    while comma > 0 and line[comma - 1].isspace():
        comma -= 1
    return comma > 0 and line[comma - 1] == ","


def _search_tail(pattern: re.Pattern[str], outside: re.Pattern[str], line: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored at its end with ``$``) searched in ``line[:end]``, without reading the whole prefix.

    Why: searching ``line[:end]`` whole at every sentence end is quadratic in the
    line's length (a 10 MB one-line page took minutes).  The search looks back a
    window that doubles only while the window could hold part of a longer match
    (no character in it matches ``outside``, the characters ``pattern`` never
    takes), so the answer is the one a search of the whole prefix gives.
    """
    window = _TAIL
    while True:
        start = max(0, end - window)
        if start == 0 or outside.search(line, start, end):
            return pattern.search(line, start, end)
        window *= 2


def _add(out: list[Sentence], line: str, line_start: int, a: int, b: int) -> None:
    piece = line[a:b]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = line_start + a + lead
    out.append(Sentence(text=stripped, start=s, end=s + len(stripped)))
