"""Categories stated apart from where a win was read: certification levels in prose, a category named
in the win's list item, a prize tier named in the win's clause.

Why a step of its own, after linking: a level is often stated away from where the win was read. A
list or a fellow-winners sentence names the places ("the nine cities recognized are Boston, Kansas City,
...") and another sentence gives them their level ("Los Angeles was named the top-performing city (Gold
Level certification)", "Three communities (Aspen, CO; Durango, CO; and Minneapolis, MN) renewed their
existing Gold awards", "The other eight cities earned Silver Level certification"). No reader's pattern
covers every such wording, and wins the linker adds carry no category at all; this step gives each win
still without one the level stated for it, or failing that the one stated for the whole group.

Reads: the page's sentences, its layout blocks, its place mentions and the merged wins. Writes:
``Win.category`` of wins that have none (levels only for awards without population brackets).

>>> from kg.extract import extract_text
>>> page = ("June 2, 2031. The cities to achieve What Works Cities Certification this year are Ames, Iowa, "
...         "and Tulsa, Okla. Ames, Iowa, was named the top city (Gold Level certification). "
...         "The other cities earned Silver.")
>>> sorted((a.city, a.category) for a in extract_text(page).awards)
[('Ames', 'Gold'), ('Tulsa', 'Silver')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from kg.extract.award_context import AwardContext, Win, level_words, prize_tier_patterns
from kg.extract.categories import named_category
from kg.extract.doc import Doc, Sentence
from kg.extract.layout import block_at
from kg.extract.mentions import sentence_at
from kg.extract.places import PlaceMention

__all__ = ["item_categories", "prize_tiers", "stated_levels"]

#: how far after its place a level may be written and still be the place's own ("Aspen, CO; Durango, CO;
#: and Minneapolis, MN) renewed their existing Gold awards")
_REACH = 160


@cache
def _level() -> re.Pattern[str]:
    """A level word as a level: not a name that starts with one ('Gold Star families', 'Silver Line')."""
    return re.compile(rf"\b({level_words()})\b(?![- ]?(?:medals?|sponsors?|stars?|coast|rush|line|standard|"
                      r"cards?|mines?|gate|glove|spring|plated|fish|smith|en)\b)", re.I)


@cache
def _from() -> re.Pattern[str]:
    """Before a level a place moved up from, not the one it holds: "from Bronze to Silver", "(Up from
    Bronze)", "moved from Bronze or Silver to a higher designation"."""
    return re.compile(rf"\bfrom\s+(?:the\s+|a\s+|its\s+)?(?:(?:{level_words()})"
                      r"(?:\s*,\s*|\s+or\s+|\s+and\s+))*$", re.I)
#: a sentence about the whole group: "The other eight cities earned ...", "All the cities ... at the bronze level"
_GROUP = re.compile(r"\b(?:the\s+other|the\s+remaining|all(?:\s+of)?\s+(?:the|these|those|\d+|[a-z]+-?[a-z]*)|"
                    r"all)\s+(?:\w+\s+){0,2}?(?:cities|communities|counties|towns|municipalities|places|"
                    r"jurisdictions|recipients|winners|honorees)\b", re.I)


def _levels_in(text: str, a: int, b: int, places: Sequence[PlaceMention]) -> list[tuple[int, str]]:
    """(offset, level) of each level word in [a, b) that is no place's name and no level moved up from."""
    out = []
    for m in _level().finditer(text, a, b):
        if any(p.start <= m.start() < p.end for p in places) or _from().search(text, max(a, m.start() - 40),
                                                                               m.start()):
            continue
        out.append((m.start(), m.group(1).capitalize()))
    return out


def _by_year(mentions: list[PlaceMention], year: int | None,
             sentence: Callable[[int], Sentence | None]) -> list[PlaceMention]:
    """The mentions whose sentences may state the level of the win of ``year``: those naming that year
    first, then those naming none ("entered in bronze in 2004" is the 2004 win's level, not this year's)."""
    if year is None:
        return [p for p in mentions if sentence(p.start) is not None]
    named, plain = [], []
    for p in mentions:
        s = sentence(p.start)
        if s is None:
            continue
        years = {int(y) for y in _YEAR.findall(s.text)}
        if year in years:
            named.append(p)
        elif not years:
            plain.append(p)
    return named + plain


_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def item_categories(doc: Doc, wins: list[Win]) -> None:
    """A win read from a list item with no category takes the one category the item names in words, in any
    of its sentences: "There has been a tie in the Smart water category. The pilot implemented by the towns
    of Cary, Morrisville and Holly Springs has won ..." (one bullet)."""
    text = doc.text
    for w in wins:
        if w.category is not None or w.pos is None:
            continue
        b = block_at(text, w.pos)
        if b is None or b.kind != "item":
            continue
        body = text[b.body:b.end]
        named = named_category(body)
        if named and named_category(body[named[1]:]) is None:
            w.category = named[2]


#: where a clause ends: "Barcelona was awarded the first prize, while the other four finalists (...) received"
_CLAUSE_END = re.compile(r";|\b(?:while|whereas|but)\b")


def prize_tiers(doc: Doc, wins: list[Win], bracketed: set[str] | frozenset[str] = frozenset()) -> None:
    """A win with no category takes the one prize tier its clause names ("Houston, Philadelphia, and Santa
    Monica were selected for the $1 million runner-up prizes", "Barcelona was awarded the first prize"): a
    tier is a category as the conventions count it (awards.json ``prize_tiers``); an award ranked in
    population brackets has its bracket for a category instead."""
    for w in wins:
        if w.category is not None or w.pos is None or w.award in bracketed:
            continue
        s = sentence_at(doc, w.pos)
        if s is None:
            continue
        at = w.pos - s.start
        ends = [m.start() for m in _CLAUSE_END.finditer(s.text)]
        clause = s.text[max([e for e in ends if e <= at], default=0):min([e for e in ends if e > at],
                                                                           default=len(s.text))]
        found = {label.format(m.group(1).lower() if m.groups() else "") for pat, label in prize_tier_patterns()
                 for m in pat.finditer(clause)}
        if len(found) == 1:
            w.category = found.pop()


def stated_levels(ctx: AwardContext, wins: list[Win]) -> None:
    """Give each win without a category the level its place's sentence states for it, else the level a
    sentence states for the whole group."""
    text = ctx.doc.text
    open_wins = [w for w in wins if w.category is None and w.award not in ctx.bracketed]
    if not open_wins or not _level().search(text):
        return
    mentions: dict[str, list[PlaceMention]] = {}
    for p in ctx.places:
        mentions.setdefault(p.name, []).append(p)
    for w in open_wins:
        for p in _by_year(mentions.get(w.recipient, []), w.year, ctx.sentence_at):
            s = ctx.sentence_at(p.start)
            here = ctx.places_in(s.start, s.end)
            found = _levels_in(text, s.start, s.end, here)
            after = [lv for at, lv in found if p.end <= at <= p.end + _REACH]
            if after:
                w.category = after[0]
                break
            if len({lv for _a, lv in found}) == 1 and all(at < p2.start for at, _lv in found for p2 in here):
                # "Our one Platinum under review, Madison, WI, renewed": a level before every place is theirs
                w.category = found[0][1]
                break
    rest = [w for w in open_wins if w.category is None]
    if not rest:
        return
    for s in ctx.doc.sentences:
        if not _GROUP.search(s.text) or ctx.places_in(s.start, s.end):
            continue
        found = {lv for _a, lv in _levels_in(text, s.start, s.end, ())}
        if len(found) == 1:
            level = found.pop()
            for w in rest:
                if w.category is None:
                    w.category = level
            return
