"""Patterns written inline in the components, compiled once per process.

Why a module: ``re.search(r"...", text)`` compiles through ``re``'s own cache of 512 patterns, and the
names a corpus brings (each a pattern of its own: :func:`kg.extract.mentions.word_pattern`) keep
flushing it, so the components' inline patterns were compiled again and again (measured 2026-12-06: 5-10%
of extraction time).  ``rx`` keeps them for the process; only literal patterns go through it, so it
stays as small as the code.

>>> rx(r"\\bCity of (\\w+)").search("the City of Tulsa").group(1)
'Tulsa'
>>> rx(r"tulsa", re.I) is rx(r"tulsa", re.I)
True
>>> [(m.group(), i) for m, i in leftmost_matches({0: rx("Tulsa"), 1: rx("Tulsa County")}, "Tulsa County, Tulsa")]
[('Tulsa', 0), ('Tulsa', 0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

__all__ = ["finds", "fold_for_words", "holds", "leftmost_matches", "required_word_sets", "required_words", "rx"]


@cache
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for the process (``pattern`` is a literal in the code, never data)."""
    return re.compile(pattern, flags)


def leftmost_matches(pats: dict[int, re.Pattern[str]], text: str) -> list[tuple[re.Match[str], int]]:
    """What one alternation of ``pats`` (in the order of their keys) finds in ``text``, left to right: at each
    point the leftmost match, and of matches starting there the first pattern's; each with its key.

    Why: components look for hundreds of known names (awards, organisations); a page holds the words of a
    handful.  Scanning for those alone finds what the alternation of all would, at a fraction of the cost
    (Python's alternation tries every name at every position)."""
    nexts: dict[int, re.Match[str] | None] = {i: pats[i].search(text) for i in sorted(pats)}
    out: list[tuple[re.Match[str], int]] = []
    pos = 0
    while True:
        best: tuple[int, int] | None = None
        for i, m in nexts.items():
            if m is not None and m.start() < pos:
                m = nexts[i] = pats[i].search(text, pos)
            if m is not None and (best is None or m.start() < best[0]):
                best = (m.start(), i)
        if best is None:
            return out
        m = nexts[best[1]]
        out.append((m, best[1]))
        pos = max(m.end(), m.start() + 1)


def fold_for_words(text: str) -> str:
    """``text`` folded so that it holds every word of :func:`required_word_sets` that a pattern ignoring case
    matches in it: case folded, and the dotted and dotless I (which ``re.IGNORECASE`` matches to "i") made "i".

    >>> fold_for_words("CİTY of Kırklareli")
    'city of kirklareli'
    """
    folded = text.casefold()
    return folded if folded.isascii() else folded.replace("i\u0307", "i").replace("\u0131", "i")


#: marks rare enough in prose that a pattern needing one is worth skipping where a text has none ("(ICMA)")
_RARE_MARKS = frozenset("()[]{}$%#@|")


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Words (runs of three or more plain characters, or of marks rare in prose such as a parenthesis, folded)
    one of which every match of ``pattern`` holds, or None when no such words can be read: of the sets
    :func:`required_word_sets` reads, the one whose shortest word is longest.

    >>> sorted(required_words(re.compile("Tree Cit(?:y|ies) USA|Arbor Day Foundation's Tree City", re.I)))
    ["arbor day foundation's tree city", 'tree cit']
    >>> required_words(re.compile("AAC|All-America", re.I)) is None
    True
    >>> sorted(required_words(re.compile(r"[A-Z]+ \\((?P<acr>[A-Z]{2,6})\\)")))
    ['(']
    """
    sets = required_word_sets(pattern)
    return sets[0] if sets else None


def required_word_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of words (as :func:`required_words` reads them) every match of ``pattern`` holds one of each of, the
    set whose shortest word is longest first; None when none can be read.

    Why all of them: one set alone is often the most common word of the pattern ("APSE Service Awards" holds
    "award" and one of "apse" or "association for public service excellence"), which every awards page holds.

    >>> [sorted(s) for s in required_word_sets(re.compile(r"(?:APSE|CAPIO)(?:'s)? (?:Service )?Awards?", re.I))]
    [['award'], ['apse', 'capio']]
    """
    try:
        from re import _constants as sre
        from re import _parser
    except ImportError:  # another Python's internals: every award is scanned for
        return None

    def best(choices: list[frozenset[str]]) -> frozenset[str] | None:
        return max(choices, key=lambda c: min(len(w) for w in c)) if choices else None

    def needed(items: list) -> list[frozenset[str]]:
        choices: list[frozenset[str]] = []
        run: list[str] = []

        def close() -> None:
            word = "".join(run).strip()
            if len(word) >= 3 or (word and set(word) <= _RARE_MARKS):
                choices.append(frozenset([word]))
            run.clear()

        for op, av in items:
            if op is sre.LITERAL and av < 128 and chr(av).isprintable():
                run.append(chr(av).casefold())
                continue
            close()
            if op is sre.SUBPATTERN:
                choices += needed(list(av[3]))
            elif op is sre.BRANCH:
                each = [best(needed(list(b))) for b in av[1]]
                if all(each):
                    choices.append(frozenset().union(*each))  # type: ignore[arg-type]
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
                choices += needed(list(av[2]))
        close()
        return choices

    sets = sorted(set(needed(list(_parser.parse(pattern.pattern, pattern.flags)))),
                  key=lambda c: (-min(len(w) for w in c), sorted(c)))
    return tuple(sets) or None


#: each gated pattern's words, by the pattern's identity (the entry holds the pattern, so its id stays its own):
#: a cache keyed by the pattern itself hashes its compiled code on every look-up
_WORDS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]] = {}


def _remember(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], tuple[tuple[str, ...], ...]]:
    sets = required_word_sets(pattern) or ()
    entry = _WORDS[id(pattern)] = (pattern, tuple(tuple(sorted(s, key=len)) for s in sets))
    return entry


def _all_held(sets: tuple[tuple[str, ...], ...], folded: str) -> bool:
    for words in sets:  # (a loop, not all() over a generator: this runs a quarter million times in 300 releases)
        if not any(map(folded.__contains__, words)):
            return False
    return True


def holds(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether a text (``folded`` by :func:`fold_for_words`) holds a word of each set of words every match of
    ``pattern`` holds one of (:func:`required_word_sets`): else the pattern finds nothing there.

    >>> holds(rx(r"\\b(?:won|earned)\\s+the\\b", re.I), fold_for_words("Ames EARNED the title"))
    True
    >>> holds(rx(r"\\b(?:won|earned)\\s+the\\b", re.I), fold_for_words("Ames hosted the fair"))
    False
    """
    entry = _WORDS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _remember(pattern)
    return _all_held(entry[1], folded)


def finds(pattern: re.Pattern[str], text: str, folded: str) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, skipped where ``text`` (``folded`` by :func:`fold_for_words`) lacks every word
    of one of the pattern's sets of words (:func:`holds`).

    Why: a reader tries a dozen patterns on each sentence and most sentences hold the words of none of them; a
    substring test is far cheaper than a scan that tries the pattern at every position (measured 2026-12-07:
    2% of extraction for the written award names)."""
    entry = _WORDS.get(id(pattern))  # (what :func:`holds` says, without its call: this runs a quarter million
    if entry is None or entry[0] is not pattern:  # times in reading 300 releases)
        entry = _remember(pattern)
    return pattern.finditer(text) if _all_held(entry[1], folded) else ()
