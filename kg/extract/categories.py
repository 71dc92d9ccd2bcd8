"""Population categories (brackets) as texts write them, normalised to the survey's ranges.

Why: surveys rank places within population brackets, and every outlet writes
the same bracket differently: "250,000-and-over", "more than 250,000",
"500,000-or-more", "one million or more", "fewer than 75,000", "up to
75,000", "under 75,000", "125,000 to 250,000" (the 2001 wording of
125,000-249,999).  We report one canonical string per bracket:

- open top: "250,000 or more";
- open bottom: "less than 75,000";
- closed: "125,000-249,999" (an upper bound written as a round number, "to
  250,000", means up to the next bracket, so one is taken off).

Descriptive brackets ("mid-sized cities") are kept as written; anaphora
("that category", "the same bracket", "the large-city group", "the middle
bracket") are reported as :class:`CategoryMention` with ``kind`` "same",
"own" ("its category": the recipient's own, unknown unless said elsewhere),
"largest" or "middle" for the award extractor to resolve.

>>> [c.value for c in find_categories("among cities of 125,000 to 250,000 residents")]
['125,000-249,999']
>>> [c.value for c in find_categories("the 500,000-or-more category and one million or more")]
['500,000 or more', '1,000,000 or more']
>>> [c.value for c in find_categories("cities with fewer than 75,000 people; the up-to-150,000 category")]
['less than 75,000', 'less than 150,000']
>>> [c.value for c in find_categories("(30,000-74,999) and the 250,000 to 499,999 group")]
['30,000-74,999', '250,000-499,999']
>>> [c.value for c in find_categories("cities between 125,000 and 249,999 people")]
['125,000-249,999']
>>> [c.value for c in find_categories("joined Tampa in the over-250,000-residents list")]
['250,000 or more']
>>> [c.value for c in find_categories("counties with more than 500,000 but fewer than 1 million residents")]
['500,000-999,999']
>>> [c.value for c in find_categories("the 125K-250K population group; cities of 500K+ and under 75K residents")]
['125,000-249,999', '500,000 or more', 'less than 75,000']
>>> [(c.kind, c.value) for c in find_categories("in that same category among large cities")]
[('same', None), ('largest', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.data import load as load_data
from kg.extract.ranks import number_value
from kg.extract.regex import finds, fold_for_words, rx

__all__ = ["CategoryMention", "find_categories", "format_range", "named_category", "range_key"]

_NUM = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:million|thousand)|\d{4,}|\d{1,3}(?:\.\d)?[KkMm]\b"
        r"|(?:one|two|three|four|five|half a)\s+million)")
_OPEN_TOP = re.compile(
    rf"(?:\b(?:more than|over|above|greater than|at least)(?:\s+|-)(?P<a>{_NUM}))"  # "the over-250,000-residents list"
    rf"|(?P<b>{_NUM})(?:\s*-?\s*)(?:or|and)[- ](?:more|over|above|greater|larger|up)\b"
    rf"|(?P<c>{_NUM})(?:\+|[- ]plus\b)", re.I)
_OPEN_BOTTOM = re.compile(
    rf"\b(?:fewer than|less than|under|below|up[- ]to|smaller than)[- ](?P<a>{_NUM})"
    rf"|(?P<b>{_NUM})(?:\s*-?\s*)(?:or|and)[- ](?:fewer|less|under|below|smaller)\b", re.I)
_CLOSED = re.compile(rf"(?P<a>{_NUM})(?:\s*[-–—]?\s*(?:to|through)\s*[-–—]?\s*|\s*[-–—]\s*)(?P<b>{_NUM})", re.I)
_BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{_NUM})\s+and\s+(?P<b>{_NUM})", re.I)
# "more than 500,000 but fewer than 1 million residents": both bounds in words
_ABOVE_BELOW = re.compile(rf"\b(?:more than|over|above|greater than|at least)\s+(?P<a>{_NUM})\s+(?:but|and)\s+"
                          rf"(?:fewer than|less than|under|below|smaller than)\s+(?P<b>{_NUM})", re.I)
_DESCRIPTIVE = re.compile(r"\b(mid-?sized?|midsized?)\b", re.I)
_OWN = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:population\s+)?"
                  r"(?:category|bracket|group|division|class|tier)\b", re.I)
_SAME = re.compile(r"\b(?:that|the same|same|this)\s+(?:same\s+)?(?:population\s+)?"
                   r"(?:category|bracket|group|division|class|tier)\b", re.I)
_LARGEST = re.compile(r"\b(?:large|largest|biggest|big)[- ]cit(?:y|ies)\b|\bnation's largest\b|\blargest cities\b|"
                      r"\blarge[- ]county\b|\blargest counties\b|\bbiggest bracket\b", re.I)
_MIDDLE = re.compile(r"\bmiddle\s+(?:bracket|group|category|tier)\b", re.I)
# a bracket needs population context nearby, so "$7 million" or "286,462" stay out
_CONTEXT = re.compile(r"cit(?:y|ies)|count(?:y|ies)|town|communit|residents|people|population|inhabitants|"
                      r"categor|bracket|group|division|class|tier|\(|^\s*$", re.I)


_DIGIT = re.compile(r"\d")
#: words (lower case) one of which every match of each kind of anaphor or label holds
_GROUP_NOUNS = ("categor", "bracket", "group", "division", "class", "tier")
_NEEDS = {"descriptive": ("mid",), "own": _GROUP_NOUNS, "same": _GROUP_NOUNS, "largest": ("larg", "big"),
          "middle": ("middle",)}


@dataclass(frozen=True)
class CategoryMention:
    start: int
    end: int
    kind: str  # "range", "descriptive", "same", "largest", "middle"
    value: str | None  # canonical string for "range"/"descriptive"


def format_range(lo: int | None, hi: int | None) -> str:
    """Canonical bracket text: (250000, None) -> '250,000 or more'; (None, 75000) -> 'less than 75,000'."""
    if hi is None:
        return f"{lo:,} or more"
    if lo is None:
        return f"less than {hi:,}"
    return f"{lo:,}-{hi:,}"


def range_key(value: str) -> tuple[int, int]:
    """Sort key for canonical brackets (by lower bound)."""
    nums = [int(n.replace(",", "")) for n in rx(r"\d[\d,]*").findall(value)]
    if value.startswith("less than"):
        return (0, nums[0] if nums else 0)
    return (nums[0] if nums else 0, nums[-1] if nums else 0)


def _num(s: str) -> int | None:
    s = s.lower().replace("half a million", "500000")
    m = rx(r"(\d{1,3}(?:\.\d)?)([km])").fullmatch(s.strip())
    if m:  # "250K", "1M"
        return int(float(m.group(1)) * (1000 if m.group(2) == "k" else 1_000_000))
    return number_value(s)


def _has_context(text: str, a: int, b: int) -> bool:
    if rx(r"\$\s*$").search(text[max(0, a - 3):a]):
        return False
    window = text[max(0, a - 40):a] + " " + text[b:b + 30]
    if _CONTEXT.search(window):
        return True
    # a later member of a list the context opens: "four population categories: 500,000 or more; ...; and
    # less than 150,000" (the list runs from the colon, items parted by semicolons)
    colon = text.rfind(":", max(0, a - 200), a)
    return colon >= 0 and bool(_CONTEXT.search(text[max(0, colon - 40):colon])) \
        and "." not in text[colon:a].replace(".,", "") and ";" in text[colon:a]


@lru_cache(maxsize=4096)
def find_categories(text: str) -> tuple[CategoryMention, ...]:
    """Every bracket mention in ``text`` in order (ranges, descriptive words and anaphora)."""
    out: list[CategoryMention] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, kind: str, value: str | None) -> None:
        if any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        out.append(CategoryMention(a, b, kind, value))

    low = text.lower()
    # each family of patterns needs words of its own: a text with none of them is not scanned for it
    numbers = _DIGIT.search(text) is not None or "million" in low
    folded = fold_for_words(text) if numbers else ""
    for m in [*finds(_ABOVE_BELOW, text, folded), *finds(_BETWEEN, text, folded), *_CLOSED.finditer(text)] \
            if numbers else ():
        lo, hi = _num(m.group("a")), _num(m.group("b"))
        if lo is None or hi is None or hi <= lo or lo < 1000 or not _has_context(text, m.start(), m.end()):
            continue
        if all(rx(r"(?:19|20)\d\d").fullmatch(g.strip()) for g in (m.group("a"), m.group("b"))):
            continue  # "the 2021-2022 Global Mayors Challenge": a span of years, not a population
        if rx(r"\s*(?:or|and)[- ](?:more|over)").match(text, m.end()):
            continue
        if hi % 1000 == 0:  # "125,000-250,000" is 125,000-249,999 (as kg.devset.bracket writes gold)
            hi -= 1
        add(m.start(), m.end(), "range", format_range(lo, hi))
    for pat, top in ((_OPEN_TOP, True), (_OPEN_BOTTOM, False)) if numbers else ():
        for m in pat.finditer(text):
            raw = next(g for g in m.groupdict().values() if g)
            n = _num(raw)
            if n is None or n < 1000 or not _has_context(text, m.start(), m.end()):
                continue
            add(m.start(), m.end(), "range", format_range(n, None) if top else format_range(None, n))
    for pat, kind in ((_DESCRIPTIVE, "descriptive"), (_OWN, "own"), (_SAME, "same"), (_LARGEST, "largest"),
                      (_MIDDLE, "middle")):
        if not any(w in low for w in _NEEDS[kind]):
            continue
        for m in pat.finditer(text):
            value = "mid-sized" if kind == "descriptive" else None
            add(m.start(), m.end(), kind, value)
    out.sort(key=lambda c: c.start)
    return tuple(out)


# the name's words never include "in"/"the": "second in the nation in the City Portal category" names "City Portal"
_NAMED = re.compile(r"\bin\s+the\s+((?:(?!(?:in|the)\s)[\w&’'-]+\s+){1,6}?)categor(?:y|ies)\b", re.I)
#: the name after the word: "in the category of Risk and Emergency Management", "in the category of County
#: Resiliency: Infrastructure, Energy, and Sustainability" (to the end of the clause)
_NAMED_OF = re.compile(r"\bin\s+the\s+categor(?:y|ies)\s+of\s+([A-Z][^.;()\n]{2,90}?)[ \t]*(?=[.;()\n]|$)")


@cache
def _not_named() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("awards").get("not_named_categories", []))


@lru_cache(maxsize=4096)
def named_category(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the first category named in words: 'in the Mobility category',
    'in the city portal category'.  Brackets, anaphora ('the same category') and bare
    'population' are not names.

    >>> named_category("took second in the city portal category of the Best of the Web awards")[2]
    'city portal'
    >>> named_category("finished second in the nation in the City Portal category")[2]
    'City Portal'
    >>> named_category("placed third in the same population category") is None
    True
    >>> named_category("ranked 4th in the 125,000-249,999 population category") is None
    True
    >>> named_category("TEAM Leon, in the category of Risk and Emergency Management")[2]
    'Risk and Emergency Management'
    """
    if (of := _NAMED_OF.search(text)) and not any(c.kind != "same" for c in find_categories(of.group(1))):
        return of.start(1), of.end(1), of.group(1)
    for m in _NAMED.finditer(text):
        name = m.group(1).strip()
        words = name.lower().split()
        if (words[0] in _not_named() and not name[0].isupper()) or all(w in _not_named() for w in words) \
                or rx(r"\d").search(name):
            continue
        if any(c.kind != "same" for c in find_categories(name)):
            continue
        if not name[0].isupper() and any(c.kind != "range" for c in find_categories(name + " category")):
            continue
        return m.start(1), m.start(1) + len(name), name
    return None
