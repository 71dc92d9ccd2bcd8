"""The page's layout: blocks (headings, list items, table rows, paragraphs) and the scopes they open.

Why: real pages say who won what as much by layout as by sentences.  A bracket
in a heading applies to every item under it; "This year's first-place winners
include:" gives its rank to the bullets that follow; a "Finalists" heading
takes the award away from its items.  Readers of facts ask this module which
block a position is in and which heads govern it, instead of each re-reading
the lines with its own patterns.

A block is one non-empty line of the clean text (extraction's text keeps one
line per HTML block, list item and table row).  Kinds:

- ``item``: a line opened by a bullet or an ordinal marker ("•", "-", "1.",
  "2nd (tie) –", "No. 3");
- ``row``: a table row (cells joined by "|" or tabs);
- ``heading``: a short line that is not a sentence ("Overall County Government
  Experience Winners:", "500,000 or more population category");
- ``intro``: a sentence that announces what follows ("... winners include:");
- ``paragraph``: anything else.

A scope is opened by a heading or an intro and holds the blocks under it, up
to the next heading or intro.  Scopes also keep the heads above their own
(``outer``), newest first, up to the page's first head: an inner heading
("Overall State Government Experience Winners:") sits under an intro that
names the award and year ("The 2020 Government Experience winners include:").

>>> text = "Winners include:\\n• Tulsa, Okla.\\n• Omaha, Neb.\\nAbout us\\nA paragraph of prose here."
>>> [(b.kind, text[b.body:b.end]) for b in blocks(text)]
[('intro', 'Winners include:'), ('item', 'Tulsa, Okla.'), ('item', 'Omaha, Neb.'), ('heading', 'About us'), \
('paragraph', 'A paragraph of prose here.')]
>>> [(text[s.head.start:s.head.end], len(s.members)) for s in scopes(text)]
[('Winners include:', 2), ('About us', 1)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.regex import rx

__all__ = ["Block", "Scope", "blocks", "scopes", "block_at", "scope_of"]


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "intro", "item", "row" or "paragraph"
    start: int  # offsets into the text: the whole line
    end: int
    body: int  # where the content starts, after a bullet or ordinal marker
    marker: str  # "bullet", "ordinal" or ""


@dataclass(frozen=True)
class Scope:
    head: Block
    members: tuple[Block, ...]
    outer: tuple[Block, ...]  # heads of the scopes above, newest first


#: a bullet: the usual marks, or any pictograph a page draws its list with ("🌼GA: Savannah, ...", "✅ Austin")
_BULLET = re.compile(r"[ \t]*(?:[•*·▪◦●○■□➢➤►✓✔\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
                     r"|(?:--|[-–—_])(?=[ \t]))[ \t]*")
_ORDINAL = re.compile(r"[ \t]*(?:(?:No\.|#)[ \t]*\d{1,3}\b|\d{1,3}(?:st|nd|rd|th)\b(?:[ \t]+[Pp]lace)?"
                      r"|\d{1,3}(?:\.\)|[.)])(?=[ \t])|\d{1,3}(?=(?:[ \t]*\((?:tie|tied)\))?[ \t]*:[ \t])"
                      r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ \t]+[Pp]lace)"
                      r"(?:[ \t]*\((?:tie|tied)\))?(?:[ \t]*[–—:|-](?=[ \t])|[ \t]*:)?[ \t]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*[ \t]*$")
_INTRO_END = re.compile(r":[ \t]*$")
#: a line that hails winners: "Congratulations to the 2014 ... Award Winners!"
_HAILED = re.compile(r"\b(?:congratulations|winners?|honou?rees|recipients|awardees)\b", re.I)
#: a short line ending in an abbreviation is a name, not a sentence: "Eugene, Ore.", "Washington, D.C."
_ABBREVIATED = re.compile(r"^(?:\S+[ \t]+){0,4}\S*(?:,[ \t]*|[ \t]+)(?:[A-Z][a-z]{1,5}|[A-Z]\.[A-Z])\.$")
#: a lead-in sentence: "winners include:", "The cities named are:"
_ANNOUNCING = re.compile(r"\b(?:includes?|including|are|were|is|was|named|announced|went to|goes to|follows?|"
                         r"following|below|received|earned|honou?red|recogni[sz]ed|selected|list(?:ed)?)\b", re.I)


#: "ASIA: Dubai, United Arab Emirates; Taipei, Taiwan", "Gold: Tulsa, Okla.", "Population 1,001-5,000: City of
#: Manning", "Population less than 25,000: Sebastopol": a labelled list line (a bracket's words may be lower-case)
_LABEL = re.compile(r"[ \t]*(?:[A-Z][A-Z&'. -]{1,30}|[A-Z][a-z]+(?:[ \t](?:(?:and|&|of|for|in)[ \t])?"
                    # ("Parks and Recreation: Honolulu")
                    r"(?:[A-Z][a-z]+|\d[\d,]*(?:[-–]\d[\d,]*)?\+?)){0,3}|"
                    r"[A-Z][a-z]+(?:[ \t](?:[A-Z][a-z]+|\d[\d,]*(?:[-–]\d[\d,]*)?\+?|less|more|than|under|over|"
                    r"up|to|and|or))*[ \t]\d[\d,]*(?:[-–]\d[\d,]*)?\+?(?:[ \t](?:or|and)[ \t](?:more|over|above|up))?)"
                    r":[ \t]+(?=[A-Z])")


#: a line that is a place and its state or country: "Douglas County, CO", "Eugene, Ore.", "Tallinn, Estonia"
_PLACE_LINE = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4},[ \t]*"
                         r"[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2}"  # ("Chicago, The United States")
                         r"(?:[ \t]+\(\d{1,3}\))?")  # a number after it: "Atlanta, Ga. (100)" (a score or rank)
_CAPTION = re.compile(r"\b(?:Source|Photo|Photograph|Credit|Image|Courtesy)[ \t]*:[ \t]*(?:[A-Z]|$)")


@lru_cache(maxsize=1)
def level_alternation() -> str:
    """The certification levels of ``kg/data/layout.json`` as one alternation, longest first."""
    from kg.data import load as load_data

    return "|".join(sorted(load_data("layout")["levels"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _level_label() -> re.Pattern[str]:
    """A certification level labelling a ranked line after its ordinal ("1st Gold: ")."""
    return re.compile(rf"(?i:{level_alternation()})[ \t]*:[ \t]+(?=[A-Z])")


def _kind(line: str) -> tuple[str, int, str]:
    """(kind, content offset within the line, marker)."""
    m = _ORDINAL.match(line)
    if m and m.end() < len(line) and not rx(r"\d{1,3}[.)]\d").match(line.lstrip()):
        lv = _level_label().match(line, m.end())  # "1st Silver: Villach, Austria": the level is the marker's
        return "item", lv.end() if lv and lv.end() < len(line) else m.end(), "ordinal"
    m = _BULLET.match(line)
    if m and m.end() > 0 and m.end() < len(line) and line[:m.end()].strip():
        o = _ORDINAL.match(line, m.end())  # "• 1st Place: Miami-Dade County, FL": a ranked list drawn with bullets
        if o and o.end() < len(line) and not rx(r"\d{1,3}[.)]\d").match(line[m.end():]):
            return "item", o.end(), "ordinal"
        return "item", m.end(), "bullet"
    m = _LABEL.match(line)
    if m and not _SENTENCE_END.search(line[:m.end()]):
        return "item", m.end(), "label"
    lead = len(line) - len(line.lstrip())
    if _CAPTION.search(line):
        return "paragraph", lead, "caption"  # "Mount Vernon, Source: Flickr user ...": a picture's caption, no head
    if line.count("|") >= 1 and len(line.strip()) > 1 or "\t" in line.strip():
        return "row", lead, ""
    s = line.strip()
    if _INTRO_END.search(s):
        return ("intro" if len(s) > 90 or rx(r"[.!?]\s").search(s) or _ANNOUNCING.search(s) else "heading"), lead, ""
    if len(s) <= 90 and (not _SENTENCE_END.search(s) or _ABBREVIATED.search(s)
                         or (s.endswith("!") and not rx(r"[.!?][ \t]").search(s) and _HAILED.search(s))):
        # (a line of its own that hails winners is a headline: "Congratulations to the 2014 Award Winners!", not
        # "Find local clubs, classes and more!")
        return "heading", lead, ""
    if len(s) <= 200 and not _SENTENCE_END.search(s) and rx(r"\s[—–]\s").search(s):
        return "heading", lead, ""  # an entry, not prose: "Houston, TX — Open Data and Project Portal"
    if len(s) <= 160 and not _SENTENCE_END.search(s) and not rx(r"\b[a-z]{4,}\b").search(s):
        return "heading", lead, ""  # names, not prose: a table's row whose columns ran together
    return "paragraph", lead, ""


@lru_cache(maxsize=64)
def blocks(text: str) -> tuple[Block, ...]:
    """Every non-empty line of ``text`` as a block."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        parts = _INLINE_BULLET.split(line)
        if len(parts) >= 3:  # "... are: • City of Olathe, Kan. (...) • City of Roseville, Calif. (...)"
            at = start
            for k, part in enumerate(parts):
                a = text.index(part, at) if part else at
                at = a + len(part)
                if not part.strip():
                    continue
                if k == 0:
                    kind, body, marker = _kind(part)
                    if kind in ("paragraph", "heading", "intro"):  # the lead-in is the part's last sentence
                        last = max(part.rfind(". "), part.rfind(".” "), part.rfind('." '))
                        kind, a = "intro", (a + last + 2 if last >= 0 else a)
                        part, body = text[a:at], 0
                else:
                    kind, body, marker = "item", len(part) - len(part.lstrip()), "bullet"
                out.append(Block(kind, a, a + len(part.rstrip()), a + body, marker))
            continue
        kind, body, marker = _kind(line)
        end = start + len(line.rstrip())
        out.append(Block(kind, start, end, start + body, marker))
    return _lead_ins(text, _unmarked_lists(text, _numbered_rows(text, out)))


#: bullets run into one line (a PDF's text): "are: • City and County of Honolulu, Hawaii • City of Olathe, Kan."
_INLINE_BULLET = re.compile(r"[ \t]+[•▪●][ \t]+")
_NUMBERED = re.compile(r"[ \t]*(\d{1,3})[ \t]+(?=[A-Z])")


def _numbered_rows(text: str, out: list[Block]) -> list[Block]:
    """Three or more lines in a row opened by rising numbers are a ranked table whose cells lost their
    borders: "1 Nampa, ID 48 1" / "2 Provo, UT 2 3"."""
    res = list(out)
    i = 0
    while i < len(res):
        j, last = i, 0
        while j < len(res):
            m = _NUMBERED.match(text, res[j].start, res[j].end)
            if not m or int(m.group(1)) < last or res[j].kind == "item":
                break
            last = int(m.group(1))
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                b = res[k]
                m = _NUMBERED.match(text, b.start, b.end)
                res[k] = Block("item", b.start, b.end, m.end(), "ordinal")
        i = max(j, i + 1)
    return res


def _lead_ins(text: str, out: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paragraph right above two or more items introduces them, colon or not ("This spring, 16
    communities are celebrating their 50th year as a Tree City." then the bullets); a bullet ending in a
    colon that announces a table introduces the table."""
    res = list(out)
    for i, b in enumerate(res[:-2]):
        if b.kind == "paragraph" and b.marker != "caption" and res[i + 1].kind == "item" \
                and res[i + 2].kind == "item" and res[i + 1].marker != "line":
            res[i] = Block("intro", b.start, b.end, b.body, b.marker)
    for i, b in enumerate(res[:-2]):
        # "- The winners are as follows:" above a table: a bullet that announces what follows introduces it
        if b.kind == "item" and b.marker == "bullet" and res[i + 1].kind == "row" and res[i + 2].kind == "row":
            line = text[b.body:b.end]
            if _INTRO_END.search(line) and _ANNOUNCING.search(line):
                res[i] = Block("intro", b.start, b.end, b.body, b.marker)
    return tuple(res)


def _unmarked_lists(text: str, out: list[Block]) -> tuple[Block, ...]:
    """Short lines in a run under a head are the head's items, not headings of their own:
    "Finalists" then "State of Louisiana", "State of Maine" ... (a list whose markers the page's
    styling drew).  A run needs three short lines; a title and its subtitle stay headings."""
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and out[j].kind == "heading":
            j += 1
        # right under a lead-in ("The winning communities are:") or a paragraph, the run's first line is
        # an item too, and the paragraph introduces the run
        k = i - 1
        while k >= 0 and out[k].marker == "caption":  # a picture's caption between a head and its list
            k -= 1
        above = out[k] if k >= 0 else None
        first = i + 1
        if above is not None and (above.kind == "paragraph" and (above.end - above.start <= 160 or text[
                above.end - 1] == "?") or above.kind in ("intro", "heading") and _INTRO_END.search(
                text[above.start:above.end])):
            first = i
        if j < len(out) and out[j].kind in ("item", "row"):
            j -= 1  # the last heading of the run is the head of the list below it
        if first == i + 1 and j - i >= 3 and all(_PLACE_LINE.fullmatch(text[b.start:b.end].strip())
                                                 for b in out[i:i + 3]):
            first = i  # "Loudoun County, VA" / "Douglas County, CO" / ...: the run's first place is one of its items
        if j - i >= 3 or (first == i and j - i >= 2):
            if first == i and above is not None and above.kind == "paragraph":
                out[k] = Block("intro", above.start, above.end, above.body, above.marker)
            for k in range(first, j):
                b = out[k]
                if not _INTRO_END.search(text[b.start:b.end]):  # a colon line opens its own list
                    out[k] = Block("item", b.start, b.end, b.body, "line")
        i = max(j, i + 1)
    return tuple(out)


@lru_cache(maxsize=64)
def scopes(text: str) -> tuple[Scope, ...]:
    """The scopes headings and intros open, in page order."""
    out: list[Scope] = []
    heads: list[Block] = []
    head: Block | None = None
    members: list[Block] = []
    for b in blocks(text):
        if b.kind in ("heading", "intro"):
            if head is not None:
                out.append(Scope(head, tuple(members), tuple(reversed(heads[:-1]))))
            head, members = b, []
            heads.append(b)
        elif head is not None:
            members.append(b)
    if head is not None:
        out.append(Scope(head, tuple(members), tuple(reversed(heads[:-1]))))
    return tuple(out)


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(b.start for b in blocks(text))


def block_at(text: str, pos: int) -> Block | None:
    """The block holding character ``pos``."""
    bs = blocks(text)
    i = bisect.bisect_right(_starts(text), pos) - 1
    if i >= 0 and bs[i].start <= pos <= bs[i].end:
        return bs[i]
    return None


def scope_of(text: str, block: Block) -> Scope | None:
    """The scope ``block`` is a member of."""
    for s in scopes(text):
        if block in s.members:
            return s
    return None
