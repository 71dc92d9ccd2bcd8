"""Award candidates read from the page's layout: the places that open the items under a winners' head.

Why: real winners pages are lists more than sentences.  "This year's
first-place winners in each population category include:" then one bullet per
city, the bracket in a parenthesis after it; "Overall State Government
Experience Winners:" then "1st Place – State of Mississippi"; "US Mayors
Challenge winners" then one paragraph per city opening with its name; a
"Finalists" heading whose items win nothing.  The head gives the award, year,
rank, category or tier to every member that opens with a place; the member
adds its own (an ordinal, a bracket in parentheses).

This component proposes candidates; :mod:`kg.extract.awards` links them with
what the sentences say (the same recipient, award and year merge, the
stronger signal deciding each attribute).

Reads: the text's :mod:`~kg.extract.layout`, the places found
(:class:`~kg.extract.places.PlaceMention`), the award mentions and years the
awards component finds.  Writes: :class:`Candidate` records and the positions of
places a head takes out of the running (finalists, nominees).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from kg.data import load as load_data
from kg.extract.award_names import written_awards
from kg.extract.categories import find_categories, named_category
from kg.extract.gazetteer import country_pattern, province_pattern, state_code, state_names, state_pattern
from kg.extract.layout import Block, Scope, blocks, level_alternation, scopes
from kg.extract.mentions import alternation, is_given_name, is_person_name
from kg.extract.places import PlaceMention
from kg.extract.ranks import find_ranks, ordinal_value
from kg.extract.regex import rx

__all__ = ["Candidate", "excluded_members", "layout_candidates", "part_of_main", "strip_trailer", "without_giver"]


@dataclass(frozen=True)
class Candidate:
    recipient: str
    pos: int  # where the recipient is written
    award: str
    year: int | None
    explicit_year: bool
    rank: int | None
    tie: bool
    category: str | None
    cat_own: bool  # the category is the member's own (a parenthesis after the place), not its head's
    head: tuple[int, int] = (0, 0)  # the head's span: a streak it states is every member's
    entry: tuple[int, int] | None = None  # "Tulsa, OK — River Gauge Network": what the place was honoured for


@cache
def _words() -> dict[str, re.Pattern[str]]:
    data = load_data("layout")
    # word lists match as words; head_trailer is anchored at the head's end (a ':' closes it, no word boundary)
    return {k: re.compile(rf"(?:{'|'.join(v)})" if k == "head_trailer" else rf"\b(?:{'|'.join(v)})\b", re.I)
            for k, v in data.items() if not k.startswith("_")}


@cache
def _shortlist_re() -> re.Pattern[str] | None:
    """Awards whose shortlist is the honour itself ('semi-finalists for the Smart21 Communities of 2020')."""
    pats = [p for a in load_data("awards")["awards"] if a.get("shortlist") for p in a["patterns"]]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def _excluding(head: str) -> bool:
    """Whether a head says its places did not win ('Finalists'), unless the shortlist it names is the honour."""
    if not _words()["excluding"].search(head):
        return False
    short = _shortlist_re()
    return not (short and short.search(head))


def strip_trailer(head: str) -> str:
    """A heading without the words that say what the list is ('Overall County Government Experience
    Winners:' -> 'Overall County Government Experience')."""
    return _words()["head_trailer"].sub("", head.strip().rstrip(":").strip()).strip(" :–—-")


def _sibling_head(head: str) -> bool:
    """A head that names one category of a list of them: a subject ('Information Technology:') or a population
    bracket ('Population Less than 25,000')."""
    return bool(_CATEGORY_HEAD.fullmatch(head) or _BRACKET_LABEL.fullmatch(head.rstrip(":")))


def _head_text(text: str, b: Block) -> str:
    return text[b.start:b.end].strip()


@cache
def _state_re() -> re.Pattern[str]:
    """A state standing for its government at the head of a list item: 'State of Mississippi', 'Utah'."""
    return re.compile(rf"(?:(?:the\s+)?(?:State|Commonwealth)\s+of\s+)?(?P<name>{alternation(state_names())})\b"
                      r"(?!\s+(?:County|City|Department|University|State\b))", re.I)


def _state_name(written: str) -> str:
    low = written.lower()
    return next((n for n in state_names() if n.lower() == low), written)


#: a state's postal code labelling a list item: "GA: Savannah, Sandy Springs"
_CODE_LABEL = re.compile(r"[A-Z]{2}(?=[ \t]*:)")
_CONTACT = re.compile(r"@|\(\d{3}\)|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b")
_TIE = re.compile(r"\s*\((?:tie|tied)\)\s*$", re.I)
_QUALIFIER = re.compile(r",[ \t]*")
_COUNTY_NOTE = re.compile(r"[ \t]*\([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}[ \t]+(?:County|Parish|Co\.)\)")
#: (a member's footnote mark first: "Anchorage*, Juneau")
_SEPARATOR = re.compile(r"[*†‡]*[ \t]*(?:[ \t]/|,[ \t]*and|;[ \t]*and|,|;|&|and)[ \t]+")
#: a subject category heading: "Information Technology:", "Public Safety, Emergency Management, and Resiliency:"
_CATEGORY_HEAD = re.compile(r"[ \t]*[A-Z][\w&'’-]*(?:,?[ \t]+(?:[A-Z][\w&'’-]*|and|of|for|&|the|in))*[ \t]*:[ \t]*")
#: a short label and a dash opening a list item: "Rural – ", "Large City — "
#: (or a population bracket: "– 4,001-10,000 – Charles City, Iowa")
_DASHED_LEAD = re.compile(r"(?:[A-Z][\w&'’/-]*|\d[\d,]*(?:[-–]\d[\d,]*)?)(?:[ \t]+[\w&'’/-]+){0,3}"
                          r"(?:[ \t]+(?:19|20)\d\d)?[ \t]+[-–—][ \t]+")


def _dashed_recipient(text: str, b: Block, by_start: dict[int, PlaceMention]
                      ) -> tuple[list[tuple[str, int, int]], str | None]:
    """The place right after a block's short label and dash, and the label, its category ("Rural – Glenn
    County", "Ireland's Tidiest Town 2018 - Listowel": "Ireland's Tidiest Town", the year left out)."""
    dashed = _DASHED_LEAD.match(text, b.body, b.end)
    p = by_start.get(dashed.end()) if dashed else None
    if p is None:
        return [], None
    return [(p.name, p.start, p.end)], rx(r"(?:[ \t]+(?:19|20)\d\d)?[ \t]+[-–—][ \t]+$").sub("", dashed.group())


_BARE_YEAR = re.compile(r"[ \t]*(?:19|20)\d\d[ \t]*:?[ \t]*")
#: a category in parentheses after a heading's place: "(City Spirit)", "(Communication Programs)"
_NAMED_NOTE = re.compile(r"\(([A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|and|of|&|for|the|in)){0,5})\)")
#: a population bracket written as a label: "Population under 5,000", "Population 5,000-10,000", "Over 25,000"
_BRACKET_LABEL = re.compile(r"(?i)[ \t]*(?:population[ \t]+)?(?:(?:under|over|less than|more than|up to|fewer than|"
                            r"greater than|between|below|above)[ \t]+)?\d[\d,]*(?:[ \t]*(?:-|–|to)[ \t]*\d[\d,]*)?"
                            r"(?:[ \t]*\+|[ \t]+or more|[ \t]+and (?:over|above|up))?(?:[ \t]+population)?[ \t]*")
#: a short title-case head, perhaps dated: "2015 Great Public Spaces", "Great Streets"
_DATED_TITLE = re.compile(r"[ \t]*(?:(?:19|20)\d\d[ \t]+)?"
                          r"(?P<title>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|and|of|for|&|the|in)){0,5})[ \t]*")
_UNKNOWN_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}[ \t]*;[ \t]*(?=[A-Z])")
#: a name we do not know ending a member of a semicolon list, with its state: "Offutt Air Force Base, Nebraska;"
_UNKNOWN_LAST = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+and[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}"
                           r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?[ \t]*;[ \t]*(?=[A-Z])")
_LABELLED = re.compile(r"[ \t]*(?::|[–—][ \t])")
_QUOTED_LEAD = re.compile(r"[ \t]*(?:For|In)[ \t]+(?:the[ \t]+)?[‘'\"“](?P<cat>[^’'\"”\n]{2,60})[’'\"”]"
                          r"(?:[ \t]+(?:category|award))?,?[ \t]+")
_LEAD_PHRASE = re.compile(r"[ \t]*(?:In|During|Since|Over|For|This|Last|Earlier)\b[^,.;:\n]{1,30},[ \t]+(?:the[ \t]+)?")
_OPENER = re.compile(r"[ \t\"“]*(?:(?:19|20)\d\d(?:[ \t]*(?:[:–—]|-[ \t])[ \t]*|[ \t]+(?=[A-Z])))?"  # "2017: Galway",
                     # "2024 Velenje, Winterswijk": the row's year
                     r"(?:(?:The|the)[ \t]+)?(?:(?:City|Town|Village|County|Borough|Township|"
                     r"Municipality|Consolidated Government|City and County|Unified Government|"
                     # "Towns of Cary, Morrisville, and Holly Springs, Cities of Raleigh and Wilson"
                     r"Cities|Towns|Villages|Counties)[ \t]+of[ \t]+)?")
_ORD_MARK = re.compile(r"[ \t]*(?:[•*·▪◦●○■□➢➤►✓✔–—-][ \t]*)?"  # a bullet may stand before the ordinal
                       r"(?:(?:No\.|#)[ \t]*(?P<n>\d{1,3})|(?P<b>\d{1,3})(?=[ \t:]|$)"
                       r"|(?P<o>\d{1,3}(?:st|nd|rd|th)|First|Second|Third|"
                       r"Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)|(?P<d>\d{1,3})[.)])(?P<tie>[ \t]*\(tie[d]?\))?",
                       re.I)


#: the country a page abroad names its US entries with: "Chicago, The United States", "Seattle, USA"
_THE_US = re.compile(r"(?:[Tt]he[ \t]+)?(?:United[ \t]+States(?:[ \t]+of[ \t]+America)?|U\.S\.A?\.?|USA)\b")


def _past_qualifiers(text: str, end: int, limit: int) -> int:
    """Where a place's name ends once its state, or its province and country abroad, are read past (and the county
    in parentheses that locates a town: "Mullica Township (Atlantic County)")."""
    while True:
        county = _COUNTY_NOTE.match(text, end, limit)
        if county:
            end = county.end()
            continue
        paren = rx(r"[ \t]*\([ \t]*").match(text, end, limit)
        if paren:  # "Alba (Italy) – Gastronomy": the country in parentheses
            m = country_pattern().match(text, paren.end(), limit) or state_pattern().match(text, paren.end(), limit)
            close = m and rx(r"[ \t]*\)").match(text, m.end(), limit)
            if close:
                end = close.end()
                continue
        q = _QUALIFIER.match(text, end, limit)
        m = q and (country_pattern().match(text, q.end(), limit) or province_pattern().match(text, q.end(), limit)
                   or state_pattern().match(text, q.end(), limit) or _THE_US.match(text, q.end(), limit))
        if not m:
            return end
        end = m.end()


def _opening_recipients(text: str, b: Block, by_start: dict[int, PlaceMention], many: bool
                        ) -> list[tuple[str, int, int]]:
    """(name, start, end) of the places a member opens with (``by_start``: the places found, by where they
    start); ``many`` reads a run ('Orlando, Plantation, and Winter Park, Florida')."""
    body = b.body
    label = _state_re().match(text, body, b.end)
    if label is None and (code := _CODE_LABEL.match(text, body, b.end)) and state_code(code.group()):
        label = code  # "NC: Apex, Asheville, ...": the state's postal code
    colon = rx(r"[ \t]*:[ \t]*|[ \t]+[-–—][ \t]+").match(text, label.end(), b.end) if label else None
    after = [p for p in by_start if colon.end() <= p < b.end] if colon else []
    if after:
        # "• Alaska: Anchorage, Juneau", "Ohio - Somerset": the state groups the places after it (from the first
        # one known: "Arizona: Chandler, Flagstaff")
        body = min(after)
    m = _OPENER.match(text, body, b.end)
    at = m.end() if m else body
    out: list[tuple[str, int, int]] = []
    while at < b.end:
        p = by_start.get(at)
        if p is None and m:  # "The Villages, FL", "The Woodlands": "The" is part of the name
            lead = m.group()
            p = by_start.get(m.start() + len(lead) - len(lead.lstrip(' \t"“')))
        if p is not None and p.name in state_names():
            p = None  # "Utah, Ohio, Georgia": a city named like a state is the state in a list of states
        if p is not None:
            out.append((p.name, p.start, p.end))
            end = p.end
        else:
            sm = _state_re().match(text, at, b.end)
            if not sm or (sm.end() < b.end and text[sm.end()].isalpha()):
                # "...; Nunavut; Ottawa-Gatineau, Ontario; ...": a name we do not know, alone between semicolons,
                # does not end the run
                skip = _UNKNOWN_ITEM.match(text, at, b.end) if many and out and text[at - 2:at].strip() == ";" \
                    else None
                if skip is None and many and out and text.count(";", b.start, b.end) >= 3 \
                        and rx(r"(?:[,;]|\band)[ \t]*$").search(text[max(b.start, at - 6):at]):
                    # "Lincoln and Offutt Air Force Base, Nebraska; Paramus ...": the member's last name is one we
                    # do not know, and the run goes on after its semicolon
                    skip = _UNKNOWN_LAST.match(text, at, b.end)
                if skip is None:
                    break
                at = skip.end()
                continue
            if out and out[-1][0] not in state_names():  # "Loudoun County, Virginia": the place's state
                break
            out.append((_state_name(sm.group("name")), sm.start(), sm.end()))
            end = sm.end()
        if not many:
            break
        # "Dubai, United Arab Emirates;", "Wake County, N.C.": the place's country or state, not a recipient
        qualified = False
        if out[-1][0] not in state_names():  # a state has no qualifier: "Ohio, Georgia" are two states
            past = _past_qualifiers(text, end, b.end)
            qualified, end = past > end, past
        sep = _SEPARATOR.match(text, end, b.end)
        if sep is None and text[end:end + 1] in ("-", "–") and end + 1 in by_start:
            sep = _HYPHEN.match(text, end)  # a metro area: "Minneapolis-St. Paul, MN" is both cities
        elif sep is None and text[end:end + 1] == "/" and end + 1 in by_start:
            sep = _SLASH.match(text, end)  # partners: "Yuma/Yuma County (AZ)", "Columbia/Ellicott City, MD"
        if qualified or "," in text[out[-1][1]:end]:
            # a table's columns run together: "Chicago, Illinois, USA Taoyuan, Taiwan" (a place right after the
            # last one's state or country)
            gap = _COLUMN_GAP.match(text, end, b.end)
            if gap and gap.end() in by_start:
                sep = gap
        if not sep:
            break
        at = sep.end()
        m = _OPENER.match(text, at, b.end)
        at = m.end() if m else at
    return out


def _later_cell_recipients(text: str, b: Block, by_start: dict[int, PlaceMention]
                           ) -> tuple[list[tuple[str, int, int]], str | None]:
    """The places a table row's later cell opens with ("Administration | Arlington, TX |", "Sustainable
    Infrastructure (Tie) | -Spokane, WA -San Diego, CA |") and the first cell's text, the row's category."""
    if b.kind != "row" or "|" not in text[b.body:b.end]:
        return [], None
    cells = [m.start() + b.body for m in rx(r"[^|]+").finditer(text[b.body:b.end])]
    for at in cells[1:]:
        lead = rx(r"[ \t]*(?:[-–•][ \t]*)?").match(text[at:b.end])
        cell_end = text.find("|", at, b.end)
        cell = Block("row", at, b.end if cell_end < 0 else cell_end, at + lead.end(), "")
        found = _opening_recipients(text, cell, by_start, many=True)
        if not found and len(cells) == 2:
            # "Public Safety | -Real Time Crime Center, New Orleans |": the cell names the project, then its place
            found = _closing_recipient(text, Block("item", cell.start, cell.end, cell.body, ""), by_start)
        # "-Spokane, WA -San Diego, CA": places after a dash inside the cell, each its own
        for m in rx(r"[ \t][-–][ \t]*(?=[A-Z])").finditer(text[cell.body:cell.end]):
            more = by_start.get(cell.body + m.end())
            if found and more is not None and all(more.start != f[1] for f in found):
                found.append((more.name, more.start, more.end))
        if found:
            # the first cell names the row's category ("President's Prize | The 'Retrofit Demonstration House' |
            # Maynooth, Ireland": the prize, not the project after it) ...
            first_end = text.find("|", cells[0], at)
            label = text[cells[0]:first_end if first_end >= 0 else at].strip()
            # ... unless a later cell is a level ("| Village | Babylon | Czech Republic | Gold |": the medal, not
            # the kind of place the first cell says it competed as)
            level = next((c.strip() for c in text[cell.end:b.end].split("|")
                          if rx(rf"(?i:{level_alternation()})").fullmatch(c.strip())), None)
            if level:
                return found, level.capitalize()
            return found, (label if label and not any(cells[0] <= p < at for p in by_start) else None)
    return [], None


def _closing_recipient(text: str, b: Block, by_start: dict[int, PlaceMention]) -> list[tuple[str, int, int]]:
    """The place an item ends with, after a comma: "- Crossroads Arts District, Kansas City, Mo." (the item
    names the honoured place's city), with nothing after it but its state."""
    p = max((p for a, p in by_start.items() if b.body < a < b.end), key=lambda p: p.start, default=None)
    if p is not None and text[b.body:p.start].rstrip().endswith(",") and p.name not in state_names() \
            and _past_qualifiers(text, p.end, b.end) >= len(text[:b.end].rstrip()):
        return [(p.name, p.start, p.end)]
    return []


_NUMBERING = r"(?:Category|Class|Division|Group|Tier)[ \t]+"
#: a category named by its number: "Category 1", "Class III", "Division B"
_NUMBERED_CATEGORY = re.compile(_NUMBERING + r"(?:\d{1,2}|[IVX]{1,4}|[A-Z])")
#: the numbering that opens a row's label, no part of its category: "Category 1, population up to 3,000: Salado"
_NUMBER_PREFIX = re.compile(_NUMBERING + r"(?:\d{1,2}|[IVX]{1,4})[ \t]*[,:–—-]?[ \t]*")


def _labelled_recipient(text: str, b: Block, by_start: dict[int, PlaceMention]
                        ) -> tuple[list[tuple[str, int, int]], str | None]:
    """The one place a labelled item names after its label, with nothing after it but its state, and the label
    ("Small Town: Garstang" -> Garstang, "Small Town")."""
    colon = text.find(":", b.body, b.end)
    if colon < 0:
        return [], None
    at = colon + 1 + len(text[colon + 1:b.end]) - len(text[colon + 1:b.end].lstrip(" \t"))
    p = by_start.get(at)
    if p is None or p.name in state_names() or _past_qualifiers(text, p.end, b.end) < len(text[:b.end].rstrip()):
        return [], None
    label = text[b.body:colon].strip()
    if _excluding(label):
        return [], None  # "Finalist: Greenville County, SC"
    numbered = _NUMBER_PREFIX.match(label + ":")
    if numbered:
        label = label[numbered.end():].strip()
    return [(p.name, p.start, p.end)], (label or None) if len(label) <= 60 else None


#: a list of each group's best: "the county with the best health outcomes in each state", "the healthiest county in
#: each state"
_BEST_IN_EACH = re.compile(r"\bthe[ \t]+(?:(?:best|top|top-ranked|highest-ranked|healthiest|safest|greenest)[ \t]+"
                           r"(?:county|city|town|community)|(?:county|city|town|community)[ \t]+with[ \t]+the[ \t]+"
                           r"(?:best|highest|top))\b[^.]*\bin[ \t]+each[ \t]+(?:US[ \t]+|U\.S\.[ \t]+)?state\b", re.I)
#: a heading that is a year alone ("2004", "[edit] 2004", "2004:")
_YEAR_HEAD = re.compile(r"[^\w\n]*(?:edit[^\w\n]*)?(?:19|20)\d\d[ \t]*:?[ \t]*")
_HYPHEN = re.compile(r"[-–]")
_SLASH = re.compile(r"/")
_COLUMN_GAP = re.compile(r"(?:,[ \t]*(?:USA|U\.S\.A\.|U\.S\.|United States))?[ \t]+")


def _shouted(text: str, found: tuple[str, int, int]) -> bool:
    """A dateline ('ROCKVILLE, Md. –') opens a paragraph with the place it was written in, not a winner."""
    written = text[found[1]:found[2]]
    return written[:4].isupper()


_AFTER = re.compile(r"[ \t]*(?:\(([^()\n]{3,80})\)|[–—:|-][ \t]*([^\n]{2,60}?)[ \t.]*$)")


#: a subject category after an item's place, to the end of its line: "City of Corona, Public Safety"
_ITEM_SUBJECT = re.compile(r",[ \t]*(?P<cat>[A-Z][\w&'’-]*"
                           r"(?:,?[ \t]+(?:[A-Z][\w&'’-]*|and|of|for|&|the|in|to|on)){1,9})[ \t.]*(?=\n|$)")


_ENTRY = re.compile(r"[ \t]+[—–-][ \t]+(?P<e>[A-Z0-9][^\n]{2,150}?)[ \t.]*$")


def _entry(text: str, end: int, limit: int) -> tuple[int, int] | None:
    """The project an item names after its place and a dash: 'Topeka, KS — Open Data and Project Portal'."""
    m = _ENTRY.match(text, _past_qualifiers(text, end, limit), limit)
    if not m or len(m.group("e").split()) > 16 or rx(r"[.!?]\s").search(m.group("e")):
        return None
    return m.span("e")


#: a quoted entry title after the place, then the subject it won in, in parentheses, perhaps on the next line:
#: 'Carroll County: “Economic Milestone” (Regional Collaboration)'
_TITLED_SUBJECT = re.compile(r"[ \t]*[:–—-]?[ \t]*[“\"][^”\"\n]{2,150}[”\"][ \t]*\n?[ \t]*"
                             r"\((?P<cat>[A-Z][\w&'’,/-]*(?:[ \t]+[\w&'’,/-]+){0,7})\)[ \t]*(?:\n|$)")


def _titled_subject(text: str, end: int, limit: int) -> str | None:
    """The subject a member's quoted entry won in: '“Road DAWG” (Criminal Justice & Public Safety)'. The
    parenthesis may close the entry's line or stand alone on the next one; an acronym ('(NACo)') is none."""
    nxt = text.find("\n", limit + 1)
    m = _TITLED_SUBJECT.match(text[:nxt if nxt >= 0 else len(text)], end)
    if not m:
        return None
    cat = m.group("cat").strip()
    return None if cat.isupper() or _bracket(cat) else cat


def _own_category(text: str, end: int, limit: int) -> str | None:
    """The member's own category after its place: a bracket in parentheses ('(500,000 or more population
    category)') or a level after a dash ('Columbia, MO — Silver')."""
    m = _AFTER.match(text, end, limit)
    if not m:
        return None
    said = m.group(1) or m.group(2)
    bracket = _bracket(said)
    if bracket:
        return bracket
    levels = level_alternation()
    lv = re.fullmatch(rf"(?:{levels})(?:\s+(?:level|designation|status))?", said.strip(), re.I)
    return said.strip().split()[0].split("-")[0].capitalize() if lv else None


def _item_subject(text: str, end: int, limit: int, places: Sequence[PlaceMention]) -> str | None:
    """The subject an item names after its one place ('City of Azusa, Community Services and Economic
    Development'): the category it won in; a county or another place there is where it is, not a category."""
    m = _ITEM_SUBJECT.match(text, end, limit)
    if not m or any(m.start("cat") <= p.start < m.end("cat") for p in places):
        return None
    if any(country_pattern().fullmatch(part.strip()) or state_pattern().fullmatch(part.strip())
           for part in m.group("cat").split(",")):
        return None  # "Barcelona, Catalonia, Spain": a region and a country, not a subject
    cat = m.group("cat")
    return None if _words()["winning"].search(cat) or cat.split()[-1] in ("County", "Parish") else cat


@cache
def _level_head() -> re.Pattern[str]:
    """A head that is only a level, or a move between levels ('Silver:', 'Gold Level', 'Bronze > Silver:')."""
    lv = level_alternation()
    return re.compile(rf"\s*(?:(?:{lv})\s*(?:>|->|→|to)\s*)?(?P<level>{lv})(?:[ -](?:level|designations?|awards?))?"
                      r"\s*:?\s*$", re.I)


def level_of_head(head: str) -> str | None:
    """The level a level-only head gives its members: the new one when it names a move.

    >>> level_of_head("Bronze > Silver:"), level_of_head("Gold Level"), level_of_head("Gold Coast")
    ('Silver', 'Gold', None)
    """
    m = _level_head().fullmatch(head)
    return m.group("level").split("-")[0].split()[0].capitalize() if m else None


def _level_of_group(head: str) -> str | None:
    """A level the head gives the places it introduces: 'the four newly Gold cities:', 'new Silver-level
    communities include:', 'received 2025 RP3 Diamond Level (highest level) designation'."""
    lv = level_alternation()
    # (... "received 2025 RP3 Diamond Level (highest level) designation, awarded to utilities that ...:")
    m = re.search(rf"\b({lv})(?:[- ](?:level|certified))?\s+(?:\([^()]{{0,30}}\)\s+)?(?:cities|communities|counties|"
                  r"towns|designees|municipalities|jurisdictions|designations?|certifications?|recognition)\b",
                  head, re.I)
    return m.group(1).split("-")[0].split()[0].capitalize() if m else None


#: a score a head says its places earned: "The following cities scored 100 on the 2014 HRC MEI"
_SCORED = re.compile(r"\b(?:scored|earned\s+(?:a\s+)?(?:perfect\s+)?scores?\s+of)\s+(\d{1,3})"
                     r"(?=\s*(?:points?\b|out\s+of\b|on\b|in\b|or\b|[;:)]|[.,](?!\d)|$))")  # not "scored 506 cities"


def _category_of_head(head: str, titled: bool) -> str | None:
    """A bracket or named category the head states; with ``titled``, a short title-case head is itself
    the category ('Overall County Government Experience Winners:', 'Gold')."""
    cats = [c for c in find_categories(head) if c.kind in ("range", "descriptive")]
    if cats:
        return cats[0].value
    score = _SCORED.search(head)
    if score:  # "The following cities scored 100 on the 2014 HRC MEI.": the score all of them earned
        return score.group(1)
    named = named_category(head)
    if named:
        return named[2]
    if not titled or _PLACE_LIKE.search(_KIND_OF_GOVERNMENT.sub("", head)):
        return None
    s = strip_trailer(head)
    words = s.split()
    if len(words) == 1 and not re.fullmatch(rf"(?:{level_alternation()})", s, re.I):
        return None  # "Green winners": one word is a category only as a level ("Gold")
    if 1 <= len(words) <= 7 and all(w[0].isupper() or w in ("of", "and", "&", "the", "for", "in") for w in words) \
            and not rx(r"\b(?:19|20)\d\d\b").search(s) and not _words()["not_category"].search(s):
        return s
    return None


def _member_rank(text: str, b: Block) -> tuple[int | None, bool]:
    if b.marker != "ordinal":
        return None, False
    m = _ORD_MARK.match(text, b.start, b.body)
    if not m:
        return None, False
    if m.group("n") or m.group("d") or m.group("b"):
        n = int(m.group("n") or m.group("d") or m.group("b"))
    else:
        n = ordinal_value(m.group("o")) or 0
    return (n or None), bool(m.group("tie"))


_RANK_COLUMN = re.compile(r"(?i)rank(?:ing)?|#|no\.?|place|position")


def _cells(text: str, b: Block) -> list[str]:
    cells = [c.strip() for c in text[b.start:b.end].split("|")]
    return cells[1:] if cells and not cells[0] else cells


def _rank_column(text: str, members: Sequence[Block]) -> tuple[int, int] | None:
    """(where it starts, which column) of a table header among ``members`` that names a rank column anywhere
    ("City | State | Rank")."""
    for mb in members:
        if mb.kind == "row" and not rx(r"\d").search(text[mb.start:mb.end]):
            at = next((k for k, c in enumerate(_cells(text, mb)) if _RANK_COLUMN.fullmatch(c)), None)
            if at is not None:
                return mb.start, at
    return None


def _column_rank(text: str, row: Block, column: tuple[int, int] | None) -> int | None:
    """A row's placing under a header with a rank column (:func:`_rank_column`: "City | State | Rank" / "Fresno |
    CA | 2"): the number in that column."""
    if row.kind != "row" or column is None or column[0] >= row.start:
        return None
    at = column[1]
    cells = _cells(text, row)
    if at < len(cells) and rx(r"=?\d{1,3}").fullmatch(cells[at]):
        n = int(cells[at].lstrip("="))
        return n if 0 < n <= 500 else None
    return None


def _noted_rank(text: str, end: int, limit: int) -> int | None:
    """A placing noted in parentheses after an item's place: "Fresno, California (No. 2)", "(#2)"."""
    m = rx(r"[ \t,]*\((?:No\.|#|number)\s*(\d{1,3})\)").match(text, _past_qualifiers(text, end, limit), limit)
    return int(m.group(1)) if m and 0 < int(m.group(1)) <= 500 else None


#: a recipient's size noted after it, not a category it is said to have won in: "(pop. over 250,000)"
_POPULATION_NOTE = re.compile(r"[ \t]*\((?:pop\.|population:)", re.I)


def _bracket(said: str) -> str | None:
    """The population bracket ``said`` states, in its canonical form ('500,000 or more population category')."""
    cats = [c for c in find_categories("population " + said) if c.kind in ("range", "descriptive")]
    return cats[0].value if cats else None


def _item_bracket(text: str, end: int, limit: int) -> str | None:
    """The one population bracket an item states after its place, wherever in the item: "Virginia Beach, Va.,
    1st place, 250,000-499,999 population category"."""
    cats = {c.value for c in find_categories(text[end:limit]) if c.kind == "range"}
    return cats.pop() if len(cats) == 1 else None


def _sub_heading(text: str, b: Block, places: Sequence[PlaceMention]) -> str | None:
    """A short line among a list's members that names no place is a category for the members under it
    ('Gold' above 'Seattle', 'Civic engagement' above 'Kansas City, MO')."""
    if b.kind not in ("item", "heading") or b.marker not in ("line", ""):
        return None
    line = text[b.body:b.end].strip().rstrip(":").strip()
    if not line or len(line) > 80 or len(line.split()) > 8 or _SENTENCE_END.search(line):
        return None
    if any(b.start <= p.start < b.end for p in places) or _state_re().search(line) or _PLACE_LIKE.search(line):
        return None
    if rx(r"\b(?:19|20)\d\d\b").search(line) or _words()["not_category"].search(line) or not line[0].isupper():
        return None
    if "@" in line or _LABEL_VALUE.fullmatch(line):
        return None  # "Florence: 1" among "Casa Grande: 7", "Chandler: 9": a member and its count, not a head
    paren = rx(r"\(([^()]{2,60})\)").search(line)
    if paren and (country_pattern().fullmatch(paren.group(1).strip()) or _state_re().fullmatch(paren.group(1).strip())):
        return None  # "Chordeleg (Ecuador) – Crafts and Folk Art": a member whose place we do not know, not a head
    nxt = rx(r"\s*([^\n]*)").match(text, b.end)
    after = nxt.group(1) if nxt else ""
    if is_person_name(line) and (_words()["not_category"].search(after) or _CONTACT.search(after)):
        return None  # a contact block: "Jenna Marquardt" above "Communications Manager"
    return line


#: a year opening a list's row, as its own cell or before a colon or a dash: "1996 | Kiama, New South Wales |",
#: "2017: Galway", "2012 – Vitoria-Gasteiz", "2024 Velenje" (a space alone only right before the place)
_ROW_YEAR = re.compile(r"[ \t|]*((?:19|20)\d\d)(?:[ \t]*(?:[|:–—]|-[ \t])|(?P<space>[ \t]+))")


def _row_year(text: str, b: Block, first_place: int) -> int | None:
    """The year a list's row opens with, before its place: the edition that row's place won (a table of an
    award's winners by year); or the year in parentheses an item closes with ("• Bowling Green Electric Division
    (2024)" under "designations awarded in previous years include:")."""
    m = _ROW_YEAR.match(text, b.start)
    if m and (m.end() == first_place if m.group("space") else m.end() <= first_place):
        return int(m.group(1))
    m = _CLOSING_YEAR.search(text, first_place, b.end) if b.kind == "item" else None
    return int(m.group(1)) if m else None


#: a year in parentheses closing a list item: "Piqua Power System (2024)"
_CLOSING_YEAR = re.compile(r"\(((?:19|20)\d\d)\)[ \t.;,]*$")


def _year_heading(text: str, b: Block, years_in: Callable[[str], Sequence[tuple[int, int]]]) -> int | None:
    """The year a short line among a list's members names for the members under it: "The Top7 of 2018",
    "2017 Winners" (one year, no sentence)."""
    if b.kind not in ("item", "heading") or b.marker not in ("line", ""):
        return None
    line = text[b.body:b.end].strip().rstrip(":").strip()
    if not line or len(line) > 60 or _SENTENCE_END.search(line):
        return None
    years = {y for _p, y in years_in(line)}
    return years.pop() if len(years) == 1 else None


#: "Overall County Government Experience Winners:": a kind of government, not a place
_KIND_OF_GOVERNMENT = re.compile(r"\b(?:County|City|Town|Village|Borough)\s+(?=Governments?\b)")
_STATE_ABBREVIATION_END = re.compile(r",[ \t]*(?:[A-Z][a-z]{1,5}|[A-Z]\.[ \t]?[A-Z])\.$")
_LABEL_VALUE = re.compile(r"[^:]{2,60}:\s*\d[\d,.%]*")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
#: "Buffalo Grove, IL", "Fairfield, Conn.": a place the gazetteer missed is still no category
_PLACE_LIKE = re.compile(r",\s*(?:[A-Z][A-Za-z]|[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.)\s*:?\s*$"
                         r"|\b(?:County|Parish|City|Town|Village|Borough)\b")


def _entry_lines(members: list[tuple[Block, list[tuple[str, int, int]]]], subs: dict[Block, str | None]
                 ) -> list[Block]:
    """The short lines of a run that name what the place line above them was honoured for, not the category of the
    places below: "Great Streets" / "Los Angeles, California" / "Olvera Street" / "Jacksonville, Florida" / ...

    A run of single sub-headings each above its place ("Gold" / "Seattle" / "Silver" / "Salem, Ore.") reads the
    same line by line; what tells them apart is a place followed by two such lines before the next place (its
    entry, then the next category): once that is seen, a line right after a place is that place's entry."""
    kinds = ["place" if f else "sub" if subs.get(mb) else "other" for mb, f in members]
    doubled = any(kinds[i:i + 4] == ["place", "sub", "sub", "place"] for i in range(len(kinds) - 3))
    if not doubled:
        return []
    return [mb for k, (mb, _f) in enumerate(members) if k and kinds[k] == "sub" and kinds[k - 1] == "place"]


def _pairs(members: list[tuple[Block, list[tuple[str, int, int]]]], subs: dict[Block, str | None]) -> int:
    """How many sub-headings stand right above a member that opens with a place (the head counts as one
    when its first member does)."""
    n = 1 if members and members[0][1] else 0
    for (mb, _f), (_nb, nf) in zip(members, members[1:], strict=False):
        n += bool(subs.get(mb) and nf)
    return n


#: a lead-in that names the title its list's places earned: 'the following localities earned the title of "All-Star
#: City."', 'these communities were named "Gold Cities":'
_HEAD_TITLE = re.compile(r"\b(?:(?:the[ \t]+)?(?:title|designation|distinction|status|rank)[ \t]+of|named|"
                         r"designated(?:[ \t]+as)?)"
                         r"[ \t]+(?:an?[ \t]+)?[\"“]([A-Z][^\"”\n]{1,40}?)[.,]?[\"”]")


def _title_of_head(head: str, award: str | None, award_mentions: Callable[[str], Sequence[tuple[int, int, str]]]
                   ) -> str | None:
    """The title a lead-in says its places earned, their category within the award ("All-Star City" within the
    Municipal Equality Index); not the award's own name."""
    m = _HEAD_TITLE.search(head)
    if m is None or award_mentions(m.group(1)) or (award and m.group(1).lower() in award.lower()):
        return None
    return m.group(1)


def _award_of(chain: Sequence[str], main_award: str | None,
              award_mentions: Callable[[str], Sequence[tuple[int, int, str]]]) -> str | None:
    for h in chain:
        known = [n for _a, _b, n in award_mentions(h)]
        if known:
            return known[0]
        written = [n for _a, _b, n in written_awards(h)]
        if written:
            # "2023 Achievement Award Winners" on a page about the NACo Achievement Awards: the main award, short
            return main_award if main_award and _shortens(written[0], main_award) else written[0]
    return main_award


#: a giver's acronym written before an award's name: "AMWA Sustainable Water Utility Management Award"
_GIVER_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}['’]?s?[ \t]+(?=[A-Z])")


def without_giver(award: str) -> str:
    """An award's name without the giver's acronym written before it.

    >>> without_giver("AMWA Sustainable Water Utility Management Award")
    'Sustainable Water Utility Management Award'
    """
    return _GIVER_ACRONYM.sub("", award)


def _as_the_page_writes_it(text: str, award: str) -> str:
    """An award a head names with its giver's acronym, by the name the page writes more often without it ("The
    2016 AMWA Sustainable Water Utility Management Award winners are:" under "Five systems received the
    Sustainable Water Utility Management Award"); a name the page always writes with it stays whole."""
    if award in _known_names():
        return award  # "PHAB Accreditation", "RWJF Culture of Health Prize": the known name
    bare = without_giver(award)
    return bare if bare != award and text.count(bare) > text.count(award) else award


def part_of_main(text: str, award: str, main_award: str | None,
                  award_mentions: Callable[[str], Sequence[tuple[int, int, str]]]) -> str | None:
    """An award a list's head names that is one of the page's main award's own ("Outstanding Achievement Award
    winners were:", "Special Awards winners include:" on a page about the America in Bloom Awards): the name
    of the part, the category its winners won the main award in.  A known series is never a part, nor an award
    the page names before its main one (the program a page opens with is not a part of one of its prizes)."""
    if not main_award or award == main_award or award in _known_names():
        return None
    first_main = min([a for a, _b, n in award_mentions(text) if n == main_award] +
                     [i for i in (text.find(main_award),) if i >= 0], default=-1)
    # (its name with the giver's acronym too: "Five systems received the Sustainable Water Utility Management Award,
    # 10 received the Platinum Award ..." / "The 2016 AMWA Sustainable Water Utility Management Award winners are:")
    bare = without_giver(award)
    first_part = min((i for i in (text.find(award), text.find(bare)) if i >= 0), default=-1)
    if first_main < 0 or 0 <= first_part < first_main:
        return None
    return rx(r"[ \t]+(?:winners?|recipients?|honou?rees)$").sub("", award)


@cache
def _known_names() -> frozenset[str]:
    from kg.extract.award_context import award_defs

    return frozenset(d.name for d in award_defs())


_RECEIVED = re.compile(r"\b(?:receive[sd]?|receiving|win|won|winning|earn(?:ed|ing)?|awarded|recogni[sz]ed with)"
                       r"\s+(?:the|a|an|this year's)\s+$", re.I)


_MANY = re.compile(r"\b(?:these|they|communities|cities|counties|towns|municipalities|recipients|winners|"
                   r"honou?rees)\b", re.I)


def received_above(text: str, at: int, award_mentions: Callable[[str], Sequence[tuple[int, int, str]]]
                    ) -> str | None:
    """The award the paragraph right above a list's lead-in says its members received, if it says so: a list
    that names no award lists who received the one just named, not the page's program."""
    above = text[max(0, at - 800):at].rstrip()
    last = above[above.rfind("\n") + 1:]
    found = sorted([*award_mentions(last), *written_awards(last)])
    for a, _b, name in reversed(found):
        said = last[max(last.rfind(". ", 0, a), 0):a]
        # "making these the first communities to receive": the many a list lists, not "Edmonton was the first
        # Canadian city to win the North American Challenge"
        if _RECEIVED.search(said) and _MANY.search(said):
            return name
    return None


def _shortens(written: str, name: str) -> bool:
    """Whether ``written`` is ``name`` with words left out ('Achievement Award' of 'NACo Achievement Awards')."""
    def stem(w: str) -> str:
        return w.lower().rstrip("s")
    full = {stem(w) for w in name.split()}
    return {stem(w) for w in written.split()} <= full


_BRACKET_NOTE = re.compile(r"\([^()]{3,60}\)")


def _echoes(head: str, award: str | None) -> bool:
    """Whether a head names the award by two of its words ("the 2019 Best Small Towns" of "America's Best Small
    Towns")."""
    if not award:
        return False
    own = {w.lower() for w in rx(r"[A-Za-z]{4,}").findall(award)} - {"award", "awards", "best", "prize", "annual"}
    return len(own & {w.lower() for w in rx(r"[A-Za-z]{4,}").findall(head)}) >= 2


def _only_a_place(text: str, b: Block, by_start: dict[int, PlaceMention]) -> bool:
    """Whether a heading is one place and nothing more ("Fresno, California")."""
    found = _opening_recipients(text, b, by_start, many=False)
    return len(found) == 1 and not text[_past_qualifiers(text, found[0][2], b.end):b.end].strip(" \t.,:")


def _place_heading(text: str, sc: Scope, by_start: dict[int, PlaceMention], outer: list[str],
                   main_award: str | None, award_mentions: Callable[[str], Sequence[tuple[int, int, str]]],
                   skip: Callable[[int], bool], year: int | None,
                   years_in: Callable[[str], Sequence[tuple[int, int]]]) -> Candidate | None:
    """A heading that is only a place, over the paragraph about its project, under a winners' announcement
    ('Arts, Culture and Historic Preservation' / 'Catawba County, N.C.' / 'The Catawba County Library
    worked with ...'): the place wins; a short title-case heading right above it is its category."""
    if not (sc.head.kind == "heading" or sc.head.kind == "intro" and sc.head.end - sc.head.start <= 100) \
            or not sc.members or skip(sc.head.start):
        return None  # (an intro too: "King County, Wash. (1,000,000 or more population category):")
    found = _opening_recipients(text, sc.head, by_start, many=False)
    if len(found) != 1:
        return None
    rest = text[_past_qualifiers(text, found[0][2], sc.head.end):sc.head.end].strip(" \t.,:")
    # "King County, Wash. (1,000,000 or more population category):": a place and its bracket
    own = _item_bracket(text, found[0][2], sc.head.end) if _BRACKET_NOTE.fullmatch(rest) else None
    if own is None and (named := _NAMED_NOTE.fullmatch(rest)):
        own = named.group(1)  # "San Angelo (City Spirit)": a place and the category it won in
    if rest and own is None:
        return None  # the heading says more than a place
    if found[0][0] in state_names():
        return None  # "Alabama" over "- Abbeville, Alabama": a state heading groups the winners under it
    words = _words()
    announcing = []
    siblings = 0
    for i, h in enumerate(outer):  # the nearest head that says what the places under it are
        if _excluding(h):
            return None  # "2019 All-America City Award Finalists" above the place: no winner
        if words["winning"].search(h):
            announcing.append(i)
            break
        if i < len(sc.outer) and _only_a_place(text, sc.outer[i], by_start):
            siblings += 1  # "Honolulu, Hawaii" / its paragraph / "Fresno, California": the place heading before
            continue
        if h.rstrip().endswith(":") and (award_mentions(h) or written_awards(h) or _echoes(h, main_award)):
            # "Here are the 2019 Best Small Towns, according to our editors:" / "Honolulu, Hawaii" / ...: a lead-in
            # naming the award its place headings won
            announcing.append(i)
            break
    if not announcing:
        return None
    award = _award_of([h for i, h in enumerate(outer[:announcing[0] + 1]) if i >= siblings or i == announcing[0]],
                      main_award, award_mentions)
    if not award:
        return None
    # the line right above: a category heading ('Arts, Culture and Historic Preservation'), not the announcement
    above = text[:sc.head.start].rstrip().rsplit("\n", 1)[-1].strip()
    category = None
    if above and not words["winning"].search(above):
        category = _category_of_head(above, True)
    yrs = [y for h in outer[:announcing[0] + 1] for _p, y in years_in(h)]
    # "This year's first-place winners include:" above: its one placing is every place's under it
    ranks = [r.rank for r in find_ranks(outer[announcing[0]]) if r.rank]
    rank = ranks[0] if len(ranks) == 1 and outer[announcing[0]].rstrip().endswith(":") else None
    name, a, _b = found[0]
    return Candidate(name, a, award, yrs[0] if yrs else year, bool(yrs), rank, False, own or category,
                     own is not None, (sc.head.start, sc.head.end), None)


#: a line naming an award's category: "Daniel Burnham Award for a Comprehensive Plan", "The HUD Secretary's
#: Opportunity & Empowerment Award"
_AWARD_LINE = re.compile(r"(?:The[ \t]+)?[A-Z][^.\n]{0,90}\b(?:Award|Prize|Medal)s?\b[^.\n]{0,60}")


def _place_line_candidates(text: str, by_start: dict[int, PlaceMention], read: list[Candidate], *,
                           main_award: str | None, year: int | None, skip: Callable[[int], bool]) -> list[Candidate]:
    """Winners written as lines of their own, each under the line of its project and the line of the award it
    won ("National Planning Excellence Award for a Best Practice" / "Urban Forestry Code Revisions Project" /
    "Tigard, Oregon"): on a page of an award, three such place lines or more, each with an award line at most
    two lines above it, make a list of winners; the award line is the category.

    Lines that hold a place and its state alone but no award line above (a contact block, a dateline) read
    nothing; nor does a page without its award."""
    if not main_award:
        return []
    lines = [b for b in blocks(text) if b.kind in ("item", "heading") and b.marker in ("line", "")]
    hits: list[tuple[Block, list[tuple[str, int, int]], str]] = []
    first = last = -1
    for i, b in enumerate(lines):
        if skip(b.start):
            continue
        found = _opening_recipients(text, b, by_start, many=True)
        if not found or _past_qualifiers(text, found[-1][2], b.end) < len(text[:b.end].rstrip()):
            continue  # the line says more than its places
        near = [x for x in lines[max(0, i - 2):i] if 0 < b.start - x.end <= 400]
        above = [text[x.body:x.end].strip() for x in near]
        award_line = next((a for a in reversed(above) if _AWARD_LINE.fullmatch(a)), None)
        if award_line is None:
            continue
        first = near[0].start if first < 0 else first
        last = b.end
        entry = above[-1].split(",", 1)[0].strip() if "," in above[-1] else ""
        if entry and is_person_name(entry) and is_given_name(entry.split()[0]):
            continue  # "Cynthia Lee-Sheng, Jefferson Parish Council" / "Gretna, Louisiana": a person's honour
        hits.append((b, found, award_line))
    if len(hits) < 3:
        return []
    # the lines' own reading replaces what the heads made of them (a project line opening with its city's name,
    # a project line taken for a sub-heading)
    read[:] = [c for c in read if not first <= c.pos < last]
    out = []
    for b, found, award_line in hits:
        category = award_line if award_line != main_award else None
        for name, a, _b in found:
            out.append(Candidate(name, a, main_award, year, False, None, False, category, True, (b.start, b.end),
                                 None))
    return out


#: a winners' column that only says what its entries are
_GENERIC_COLUMN = re.compile(r"(?i)(?:the[ \t]+)?(?:city|cities|town|towns|community|communities|county|counties|"
                             r"place|location|municipality|name|recipients?|holders?|host(?:[ \t]+city)?)")
#: a table's header naming a year column, then the winners' column: "Year | Australia's Tidiest Town |"
_YEAR_TABLE_HEAD = re.compile(r"[ \t]*\|?[ \t]*(?:Year|Season|Edition)[ \t]*\|[ \t]*(?P<col>[^|\n]*?)[ \t]*\|?[ \t]*")
_YEAR_CELL = re.compile(r"[ \t]*\|?[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*\|[ \t]*")
_TABLE_RULE = re.compile(r"[ \t|:-]+")


def _year_table_candidates(text: str, by_start: dict[int, PlaceMention], read: list[Candidate], *,
                           main_award: str | None, award_mentions: Callable[[str], Sequence[tuple[int, int, str]]],
                           skip: Callable[[int], bool]) -> list[Candidate]:
    """A table of an award's holders by year ("Year | Australia's Tidiest Town |" / "1991 | Mount Tyson,
    Queensland |"): each row's place won the edition of its year; the winners' column's header is their category
    unless it only says what they are ("Winner", "City")."""
    out: list[Candidate] = []
    rows = [b for b in blocks(text) if b.kind == "row"]
    have = {c.pos for c in read}
    i = 0
    while i < len(rows):
        head = _YEAR_TABLE_HEAD.fullmatch(text, rows[i].start, rows[i].end)
        i += 1
        if head is None or skip(rows[i - 1].start):
            continue
        col = head.group("col").strip()
        category = None if not col or _words()["winning"].search(col) or _GENERIC_COLUMN.fullmatch(col) else col
        before = text[max(0, rows[i - 1].start - 600):rows[i - 1].start]
        named = award_mentions(before)
        award = named[-1][2] if named else main_award
        found_rows = []
        while i < len(rows) and (_TABLE_RULE.fullmatch(text, rows[i].start, rows[i].end)
                                 or (cell := _YEAR_CELL.match(text, rows[i].start, rows[i].end))):
            b = rows[i]
            i += 1
            if _TABLE_RULE.fullmatch(text, b.start, b.end):
                continue
            at = cell.end()
            cell_end = text.find("|", at, b.end)
            block = Block("row", at, b.end if cell_end < 0 else cell_end, at, "")
            found = _opening_recipients(text, block, by_start, many=True)
            if found:
                found_rows.append((int(cell.group("year")), found, b))
        if award and len(found_rows) >= 2:
            for yr, found, b in found_rows:
                out += [Candidate(name, a, award, yr, True, None, False, category, True, (b.start, b.end), None)
                        for name, a, _b in found if a not in have]
    return out


#: the tier a member's line closes with after its place: "São Paulo, Brazil Grand Prize Winner", "Bogotá, Colombia
#: Winner"
_TIER_LABEL = re.compile(r"(?i)(?:(?P<tier>(?:grand|first|second|third)[ \t]+prize)(?:[ \t]+winners?)?|winners?"
                         r"|runners?[- ]up)")


def _tier_labels(text: str, opened: dict[Block, list[tuple[str, int, int]]]) -> dict[Block, str]:
    """Each member's tier when the members close with tier labels after their place and the labels differ
    ("Grand Prize Winner" above four "Winner"s: the plain winners won the tier below); none when every member
    says the same ("Winner" on each line names no tier)."""
    out: dict[Block, str] = {}
    for mb, found in opened.items():
        if found and mb.kind in ("item", "row", "paragraph") and len(found) == 1:
            rest = text[_past_qualifiers(text, found[-1][2], mb.end):mb.end].strip(" \t.:;,–—-|")
            m = _TIER_LABEL.fullmatch(rest)
            if m:
                out[mb] = m.group("tier").title() if m.group("tier") else \
                    "Runner-up" if rest.lower().startswith("runner") else "Winner"
    return out if len(set(out.values())) >= 2 else {}


def _shared_entries_as_categories(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A list's members with the label after their place read as their category when the labels repeat ("Alba
    (Italy) – Gastronomy", "Almaty (Kazakhstan) – Music", "Amarante (Portugal) – Music": the fields the places
    were designated in), as their entry when they do not ("Topeka, KS — Open Data and Project Portal": each place
    its own project)."""
    said = [text[c.entry[0]:c.entry[1]].strip() for c in cands if c.entry and c.category is None]
    counts = Counter(label.lower() for label in said)
    if len(said) < 3 or max(counts.values(), default=0) < 2 or 4 * len(counts) > 3 * len(said):
        return cands
    return [replace(c, category=text[c.entry[0]:c.entry[1]].strip(), cat_own=True, entry=None)
            if c.entry and c.category is None else c for c in cands]


def _list_title(text: str, opened: dict[Block, list[tuple[str, int, int]]],
                award_mentions: Callable[[str], Sequence[tuple[int, int, str]]]) -> Block | None:
    """The first line of an unmarked list when it is the list's title: short, no place, naming an award, and two or
    more of the lines after it opening with places."""
    members = list(opened.items())
    if len(members) < 3:
        return None
    first, found = members[0]
    line = text[first.body:first.end].strip()
    if found or first.kind != "item" or first.marker != "line" or len(line) > 60 or _SENTENCE_END.search(line) \
            or _excluding(line) or not award_mentions(line):
        return None
    return first if sum(1 for _mb, f in members[1:] if f) >= 2 else None


def excluded_members(text: str, places: Sequence[PlaceMention]) -> set[int]:
    """Where the places under an excluding head ('Finalists', 'Top five worst-run cities:') are written."""
    out: set[int] = set()
    by_start = {p.start: p for p in places}
    for sc in scopes(text):
        if _excluding(_head_text(text, sc.head)):
            for mb in sc.members:
                if mb.kind in ("item", "row"):
                    out |= {a for _n, a, _b in _opening_recipients(text, mb, by_start, many=True)}
    return out


def layout_candidates(text: str, places: Sequence[PlaceMention], *, main_award: str | None, year: int | None,
                      award_mentions: Callable[[str], Sequence[tuple[int, int, str]]],
                      years_in: Callable[[str], Sequence[tuple[int, int]]],
                      person_awards: set[str], tiers: dict[str, dict[str, str]],
                      skip: Callable[[int], bool]) -> list[Candidate]:
    """Candidates from every scope whose head announces winners (:func:`excluded_members` says which
    places a head takes out of the running)."""
    words = _words()
    out: list[Candidate] = []
    by_start = {p.start: p for p in places}
    for sc in scopes(text):
        head = _head_text(text, sc.head)
        outer = [_head_text(text, o) for o in sc.outer[:8]]
        placed = _place_heading(text, sc, by_start, outer, main_award, award_mentions, skip, year, years_in)
        if placed is not None:
            out.append(placed)
            continue
        if not sc.members:
            continue
        all_outer, outer = outer, outer[:2]
        if _excluding(head):
            continue  # its members are in excluded_members
        if not words["winning"].search(head) and any(len(h) <= 60 and _excluding(h) for h in outer):
            continue  # "2019 Finalists" / "Click here for more on the 2019 Awards." / "Battle Creek, Michigan"
        # prose under a head is a list only when the head announces one ("... winners", "... include:") and
        # two or more of its paragraphs open with a place: a headline above a dateline is no list
        listing = text[sc.head.start:sc.head.end].rstrip().endswith(":") or words["head_trailer"].search(head)
        opened = {mb: _opening_recipients(text, mb, by_start, many=mb.kind in ("item", "row")) for mb in sc.members
                  if not skip(mb.start)}
        led: dict[Block, str] = {}  # members whose lead names their category: "For ‘zero pollution’ Nice won"
        if listing:  # "In 2022, Fulton County's Department of Arts ...": a paragraph whose subject follows a lead
            for mb, found in opened.items():
                if found:
                    continue
                lead = _LEAD_PHRASE.match(text, mb.body, mb.end) if mb.kind == "paragraph" else None
                quoted = _QUOTED_LEAD.match(text, mb.body, mb.end) if lead is None else None
                p = by_start.get((lead or quoted).end()) if lead or quoted else None
                if p is not None:
                    opened[mb] = [(p.name, p.start, p.end)]
                    if quoted:
                        led[mb] = quoted.group("cat")
        lead_in = text[sc.head.start:sc.head.end].rstrip().endswith(":")
        dated_category, dated_above = None, []
        if sc.head.kind == "heading" and _DATED_TITLE.fullmatch(head) and any(mb.kind == "item" for mb in sc.members) \
                and not words["winning"].search(head) and not award_mentions(head) and not written_awards(head) \
                and head.strip() not in state_names() and not country_pattern().fullmatch(head.strip()) \
                and not words["not_category"].search(head):
            # (not "2016 All-America City Winners": a head that announces its winners or names the award; not
            # "Alabama" over its towns: a place; not a table's column names: "Rank    Metro Area    Building Count")
            # "Without further ado, this year's winners:" / "2015 Great Neighborhoods" / "- Crossroads Arts District,
            # Kansas City, Mo." / "2015 Great Public Spaces" / ...: title heads in a row under an announcement, each
            # the category of the items under it
            dated_above = [h for h in all_outer if not _DATED_TITLE.fullmatch(h)][:1]
            if dated_above and dated_above[0].rstrip().endswith(":") and words["winning"].search(dated_above[0]):
                dated_category = _DATED_TITLE.fullmatch(head).group("title")
        if sc.head.kind == "heading" and outer and _YEAR_HEAD.fullmatch(head) and _YEAR_HEAD.fullmatch(outer[0]):
            # "Winners" / "2005" / ... / "2004" / ...: a year's heading under the one before it, both under the
            # head that announces the winners
            above = next((h for h in all_outer if not _YEAR_HEAD.fullmatch(h)), None)
            outer = [above] if above else outer
        if lead_in or words["winning"].search(head) or dated_category or (
                sc.head.kind == "heading" and outer and words["winning"].search(outer[0])):
            table = sum(1 for mb in sc.members if mb.kind == "row") >= 3  # not a byline: "Posted ... | City of X"
            for mb, found in opened.items():
                if not found and lead_in and mb.kind == "paragraph" and mb.end - mb.start <= 120:
                    # "The overall winners were:" / "Ireland's Tidiest Village - Glaslough, Co Monaghan.": a short
                    # paragraph under a lead-in that labels its place like an item
                    dashed, label = _dashed_recipient(text, mb, by_start)
                    if dashed:
                        opened[mb], led[mb] = dashed, label
                    continue
                if not found and (mb.kind == "item" or (mb.kind == "row" and table)):
                    # "Administration | Arlington, TX |": a table's later cell opens with the place, the first
                    # names its category; "- Balboa Park, San Diego, Calif.": the item ends with its place
                    later, label = _later_cell_recipients(text, mb, by_start)
                    if later:
                        opened[mb] = later
                        if label:
                            led[mb] = label
                    elif mb.kind == "item":
                        # "• Rural – Glenn County’s “Senior Resource Expo”": the place after a short label and a dash
                        dashed, label = _dashed_recipient(text, mb, by_start)
                        opened[mb] = dashed or _closing_recipient(text, mb, by_start)
                        if dashed:
                            led[mb] = label
                        if not opened[mb]:
                            # "– Category 2, population of 3,001 to 5,500: Richwood": the row's label is its category
                            opened[mb], label = _labelled_recipient(text, mb, by_start)
                            if label:
                                led[mb] = label
        for mb in opened:  # a paragraph that is a list of places: "Allentown, Pa.; Amory, Miss.; Baltimore, Md."
            if mb.kind == "paragraph" and lead_in:
                run = _opening_recipients(text, mb, by_start, many=True)
                if len(run) >= 3 and text.count(";", mb.start, mb.end) >= 2:
                    opened[mb] = run
        if not (listing and sum(1 for mb, f in opened.items() if f and mb.kind == "paragraph") >= 2):
            # "This year's first-place winners include:" then "San Diego, Calif.: San Diego's ...": an entry
            # labelled with its place counts even when the page (or its excerpt) holds only one
            opened = {mb: f for mb, f in opened.items() if mb.kind != "paragraph" or len(f) >= 3
                      or (lead_in and f and _LABELLED.match(text, _past_qualifiers(text, f[-1][2], mb.end)))}
        subs = {mb: _sub_heading(text, mb, places) for mb, f in opened.items() if not f}
        members = list(opened.items())
        for mb in _entry_lines(members, subs):
            subs[mb] = None  # "Phoenix, Arizona" / "Roosevelt Row": what the place above was honoured for
        # "Gold" / "Seattle" / "Silver" / "Salem, Ore.": a list of categories, each above its winners
        # ... or a lead-in whose list opens with one: "recognizes these communities:" / "Gold Level" / "Evanston, IL"
        pairs = _pairs(members, subs)
        first_sub = next((subs.get(mb) for mb in opened if not skip(mb.start)), None) if opened else None
        alternating = pairs >= 2 and (_sub_heading(text, sc.head, places) is not None or bool(first_sub))
        announced = bool(words["winning"].search(head) or award_mentions(head) or written_awards(head))
        if not announced and sc.head.kind == "heading" and outer and len(head) <= 40:
            announced = bool(words["winning"].search(outer[0]) or award_mentions(outer[0]))
        if not announced and sc.head.kind == "heading" and _BARE_YEAR.fullmatch(head):
            # "MMA Municipal Website Award Winners" / ... / "2017" / "Category 1: Boston": past winners by year, the
            # announcement above the years (other year heads and a line of page chrome between)
            above = [h for h in all_outer if not _BARE_YEAR.fullmatch(h)][:2]
            named = [h for h in above if words["winning"].search(h)
                     and (award_mentions(h) or written_awards(h) or main_award)]
            if named:
                announced = True
                outer = named[:1] + outer
        if not announced and sc.head.kind == "heading" and len(head) <= 25 and head.strip() in state_names():
            # "The following is a partial listing of Tree Cities USA." / "States" / "Alabama" / "- Abbeville,
            # Alabama": a list grouped under state headings takes the announcement above the groups
            above = [h for h in all_outer if h.strip() not in state_names() and len(h) > 12][:1]
            if not above and main_award:
                # "Below is a list of the county with the best health outcomes in each state." / "Alabama" /
                # "Shelby County": the paragraph right above the first state names what the list is
                before = text[:sc.head.start].rstrip().rsplit("\n", 1)[-1]
                above = [before] if words["winning"].search(before) and not _excluding(before) else []
            announced = bool(above and words["winning"].search(above[0]) and (award_mentions(above[0]) or main_award))
            outer = above + outer
        sibling = False
        if sc.head.kind == "heading" and len(head) <= 80 and _sibling_head(head):
            # "Information Technology:" / "Geospatial Information Systems:", "Population Less than 25,000" /
            # "Population Between 25,001-50,000": sibling category heads read as nested; the first head above them
            # that is not one of them says whether they list winners (each in its own category)
            above = [h for h in all_outer if not _sibling_head(h)][:1]
            sibling = bool(above and (words["winning"].search(above[0]) or award_mentions(above[0])))
            if not announced:
                announced = sibling
                outer = above + outer
        if dated_category is not None and not sibling:
            if not announced:
                outer = dated_above + outer
            announced = sibling = True
        if not announced:
            # "What is Green Leaf?" / "European Green Leaf cities" / "2024 Velenje" / "2022 Winterswijk, Valongo":
            # a list whose first line is its title, naming the award its other lines' places won
            titled_by = _list_title(text, opened, award_mentions)
            if titled_by is not None:
                announced = True
                outer = [text[titled_by.body:titled_by.end].strip()] + outer
                subs[titled_by] = None  # the list's title, not its first members' category
        ranked = any(mb.marker == "ordinal" and f for mb, f in opened.items())
        level = level_of_head(head)
        if not announced and not ((alternating or ranked or level) and main_award):
            continue
        chain = [head] + outer
        award = _award_of(chain, main_award, award_mentions)
        if lead_in and not (award_mentions(head) or written_awards(head)):
            # "... making these the first communities to receive the Sterling Award." / "A complete list of
            # communities follows:": a list that names no award lists who received the one just named
            award = received_above(text, sc.head.start, award_mentions) or award
        if not award or award in person_awards:
            continue
        award = _as_the_page_writes_it(text, award)
        part = part_of_main(text, award, main_award, award_mentions)
        if part:  # "Special Awards winners include:" on a page about the America in Bloom Awards
            award = main_award
        yrs = [y for h in chain for _p, y in years_in(h)]
        head_year = yrs[0] if yrs else None
        titled = sc.head.kind == "heading" and bool(ranked or alternating or sibling
                                                    or words["head_trailer"].search(head))
        category = level or dated_category or part or _category_of_head(head, titled) or _level_of_group(head) \
            or _title_of_head(head, award, award_mentions)
        if category is None and alternating:  # "Administration" / "Arlington, TX" / "Civic engagement" / ...: the
            category = _sub_heading(text, sc.head, places)  # head is the first of the categories it alternates
        for label, pat in tiers.get(award, {}).items():
            if category is None and re.search(pat, head, re.I):
                category = label
        head_ranks = [r for r in find_ranks(head) if r.rank]  # "first-place winners include:", not a headline
        head_rank = head_ranks[0].rank if len(head_ranks) == 1 and (lead_in or sc.head.kind == "intro") else None
        if head_rank is None and (_BEST_IN_EACH.search(head) or (
                outer and _BEST_IN_EACH.search(outer[0]) and head.strip() in state_names())):
            head_rank = 1  # "the county with the best health outcomes in each state" / "Alabama" / "Shelby County"
        sub = None
        first = len(out)
        sub_year = None
        rank_column = _rank_column(text, sc.members)
        tier_of = _tier_labels(text, opened)
        for mb, found in opened.items():
            if not found:
                lead = text[mb.body:mb.end]
                # "• ... the following localities earned the title of "All-Star City."": a member that leads in to
                # the ones after it names their title
                led_title = _title_of_head(lead, award, award_mentions) \
                    if rx(r"\bfollowing\b|:[ \t]*$").search(lead) else None
                sub = subs.get(mb) or led_title or sub
                sub_year = _year_heading(text, mb, years_in) or sub_year
                continue
            if _shouted(text, found[0]):
                continue
            rank, tie = _member_rank(text, mb)
            rank = rank or _column_rank(text, mb, rank_column) or _noted_rank(text, found[-1][2], mb.end) or head_rank
            own = _own_category(text, _past_qualifiers(text, found[-1][2], mb.end), mb.end) \
                or (_item_bracket(text, found[-1][2], mb.end) if mb.kind in ("item", "row") and len(found) == 1
                    else None) \
                or (_item_subject(text, _past_qualifiers(text, found[-1][2], mb.end), mb.end, places)
                    if mb.kind == "item" and len(found) == 1 else None) \
                or (_titled_subject(text, found[-1][2], mb.end) if len(found) == 1 else None)
            entry = None if own or mb.kind == "paragraph" else _entry(text, found[-1][2], mb.end)
            named = sub or category
            if own and named and _bracket(named) is None and _POPULATION_NOTE.match(
                    text, _past_qualifiers(text, found[-1][2], mb.end), mb.end):
                own = None  # "City of Dallas (pop. over 250,000)" under "Information Technology:": its size, not
                # the category it won in
            entry_line = text[mb.body:mb.end].strip()
            # (a line may end with its state's abbreviation: "Public Safety: Fresno, Calif.")
            stops = entry_line.endswith(".") and not _STATE_ABBREVIATION_END.search(entry_line)
            if own is None and mb.marker == "label" and len(entry_line) <= 150 and not stops:
                # "Public Safety: City of Orangeburg – Crime lab": an entry, not "Background: Lafayette voters ..."
                label = text[mb.start:mb.body].strip().rstrip(":").strip()
                # a form's field ("Community: Tamarac, FL") or a region in capitals ("ASIA: Dubai") is no category
                named = _CATEGORY_HEAD.fullmatch(label + ":") and not label.isupper() \
                    and not _words()["field_labels"].search(label) and label not in state_names()
                own = level_of_head(label) or _bracket(label) or (label if named else None) \
                    or (label if _NUMBERED_CATEGORY.fullmatch(label) else None)  # "Category 1: Boston"
            if own is None and mb.marker == "ordinal":  # "1st Gold: Águeda, Portugal": the level before the place
                marker = text[mb.start:mb.body].strip().rstrip(":").split(None, 1)
                own = level_of_head(marker[1]) if len(marker) == 2 else None
            if own is None and mb in tier_of:
                own = tier_of[mb]
            cat = own or led.get(mb) or sub or category
            if cat and _BRACKET_LABEL.fullmatch(cat):  # "Population under 5,000" is the bracket "less than 5,000"
                cat = _bracket(cat) or cat
            if cat and _TIE.search(cat):  # "Smart Water (Tie)": a tie in that category
                cat, tie = _TIE.sub("", cat).strip() or None, True
            row_year = _row_year(text, mb, found[0][1])
            for name, a, _b in found:
                out.append(Candidate(name, a, award, row_year or sub_year or head_year or year,
                                     row_year is not None or sub_year is not None or head_year is not None, rank,
                                     tie or (rank is not None and len(found) > 1), cat, own is not None,
                                     (sc.head.start, sc.head.end), entry))
        out[first:] = _shared_entries_as_categories(text, out[first:])
    out += _place_line_candidates(text, by_start, out, main_award=main_award, year=year, skip=skip)
    return out + _year_table_candidates(text, by_start, out, main_award=main_award, award_mentions=award_mentions,
                                        skip=skip)
