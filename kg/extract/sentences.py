"""Sentence segmentation with character offsets.

Press releases mix prose with lists, datelines and headline lines, so a line
break always ends a sentence, and within a line a sentence ends at ., ! or ?
followed by space and an upper-case letter or quote, unless the period closes a
known abbreviation (Mr., Dr., Va., No., ...).
"""

from __future__ import annotations

import re

from kg.extract.doc import Sentence

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
_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")


def split_sentences(text: str) -> list[Sentence]:
    """Cut ``text`` into sentences with offsets; blank pieces are dropped.

    >>> [s.text for s in split_sentences("Mayor Smith of Salem, Ore. spoke. It won.\\nNext")]
    ['Mayor Smith of Salem, Ore. spoke.', 'It won.', 'Next']
    >>> [s.text for s in split_sentences("Add Hampton, Va. Richmond, Va., was third. LOUISVILLE, Ky. (Nov. 1)")]
    ['Add Hampton, Va.', 'Richmond, Va., was third.', 'LOUISVILLE, Ky. (Nov. 1)']
    >>> [s.text for s in split_sentences("Mayor G.T. Bynum spoke. It won.")]
    ['Mayor G.T. Bynum spoke.', 'It won.']
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in _END.finditer(line):
            word = re.search(r"([\w.]+)[.!?][\"'”’)]*$", line[:m.end()].rstrip())
            if word and line[m.start()] == "." and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word.group(1)) \
                    and word.group(1).lower() not in _ABBREV:
                continue  # initials: "Mayor G.T. Bynum"
            if word and line[m.start()] == "." and word.group(1).lower() in _ABBREV:
                # AP style puts a comma after "City, St." inside a sentence, so "City, St. Next" ends one
                ends_place = (word.group(1).lower() in _STATES and re.search(r",\s*[\w.]+$", line[:m.start()])
                              and line[m.end():m.end() + 1].isupper())
                if not ends_place:
                    continue
            _add(out, line, line_start, start, m.end())
            start = m.end()
        _add(out, line, line_start, start, len(line))
    return out


def _add(out: list[Sentence], line: str, line_start: int, a: int, b: int) -> None:
    piece = line[a:b]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = line_start + a + lead
    out.append(Sentence(text=stripped, start=s, end=s + len(stripped)))
