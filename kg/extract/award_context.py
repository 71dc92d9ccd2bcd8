"""What every award reader shares: the award definitions, the awards a page names, the years it writes,
the win record readers propose and the context they read a page in.

Why a module of its own: the readers of lists and tables (:mod:`kg.extract.award_lists`), the sentence
reader (:mod:`kg.extract.awards`) and the merging step (:mod:`kg.extract.award_merge`) all need these, and
none of them should import another reader.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

from kg.data import load as load_data
from kg.extract.dates import find_dates
from kg.extract.doc import Doc, Sentence
from kg.extract.mentions import alternation
from kg.extract.places import PlaceMention
from kg.extract.regex import fold_for_words, leftmost_matches, required_word_sets, rx
from kg.extract.streaks import StreakMention
from kg.record import Evidence

__all__ = [
    "known_by_tail",
    "AwardContext",
    "AwardDef",
    "ELIGIBILITY",
    "FINALIST",
    "LAST_EDITION",
    "NOT_WON_AFTER",
    "Win",
    "YEAR",
    "award_defs",
    "award_mentions",
    "known_award_in",
    "prize_tier_patterns",
    "known_award_is",
    "known_award_names",
    "in_span",
    "is_dateline",
    "place_line_by_date",
    "text_line",
    "level_words",
    "years_in",
]


@dataclass(frozen=True)
class AwardDef:
    name: str
    recipients: str
    bracketed: bool
    pattern: re.Pattern[str]
    counterpart: str | None = None  # the same award for counties ("Digital Counties Survey")
    state_counterpart: str | None = None  # ... and for states ("Digital States Survey")


@cache
def apostrophes(pattern: str) -> str:
    """A known name as pages write it with or without a possessive mark: 'Mayors Challenge' also reads
    "Mayors' Challenge" and 'Mayors’ Challenge' (a plural word before a space, in the pattern's plain text)."""
    return rx(r"(?<=[a-z]s) (?![^\[]*\])").sub("['’]? ", pattern)


@cache
def award_defs() -> tuple[AwardDef, ...]:
    """Known awards from ``kg/data/awards.json``, patterns compiled (once: every sentence asks)."""
    data = load_data("awards")
    out = []
    for a in data["awards"]:
        pat = re.compile("|".join(f"(?:{apostrophes(p)})" for p in a["patterns"]), re.I)
        out.append(AwardDef(a["name"], a["recipients"], a["bracketed"], pat, a.get("county_counterpart"),
                            a.get("state_counterpart")))
    return tuple(out)


@cache
def known_award_names() -> frozenset[str]:
    """The known awards' canonical names (asked for every sentence: built once)."""
    return frozenset(d.name for d in award_defs())


@lru_cache(maxsize=8192)
def known_award_in(text: str) -> bool:
    """Whether a known award's pattern occurs in ``text``.  Memoised: the readers ask it of every award name
    written in a sentence, the same few names page after page, and it tries each of the known patterns."""
    return any(d.pattern.search(text) for d in award_defs())


@lru_cache(maxsize=8192)
def known_award_is(text: str) -> bool:
    """Whether ``text`` is, whole, a known award's name in one of its forms (memoised like :func:`known_award_in`)."""
    return any(d.pattern.fullmatch(text) for d in award_defs())


YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")


NOT_AWARD_YEAR = re.compile(r"(?:since|began in|begun in|founded in|launched in|started in|established in|created in|"
                             r"inception in|first held in|©|copyright|\bin|\bthrough)\s*$", re.I)


ELIGIBILITY = re.compile(r"\bopen to\b|\beligib|\bqualif|\bapplicants?\b", re.I)


#: the earlier edition a sentence compares with: "Since the last biennial survey in 2018"
LAST_EDITION = re.compile(r"\b(?:last|previous|prior)\s+(?:\w+\s+)?(?:survey|ranking|edition)\s+in\s+((?:19|20)\d\d)\b",
                          re.I)


FINALIST = re.compile(r"\bfinalists?\b|\bhonou?rable mentions?\b|\bnominees?\b", re.I)


@dataclass
class Win:
    recipient: str
    award: str
    year: int | None
    rank: int | None = None
    rank_strength: int = 0  # 3 list/rank, 2 top, 1 member
    category: str | None = None
    cat_strength: int = 0  # 3 own, 2 stretch, 1 sentence/in force
    tie: bool = False
    streaks: list[StreakMention] = field(default_factory=list)
    evidence: Evidence | None = None
    explicit_year: bool = False
    pos: int = 0
    block: int = -1  # the ranked list a win was read from (-1: prose)
    sources: set[str] = field(default_factory=set)  # the readers that proposed it (award_linker.READERS)
    #: the award as written when it was read as a part of the page's main award ("Outstanding Achievement Awards")
    part: str | None = None


@dataclass
class AwardContext:
    doc: Doc
    places: list[PlaceMention]
    main: str | None
    main_award: str | None
    year: int | None
    bracketed: set[str]
    person_awards: set[str]
    ranges: list[tuple[int, str]]  # (offset, canonical bracket) of every explicit bracket, in order
    excluded: set[int]  # start offsets of place mentions that are never recipients (finalists)
    consumed: list[tuple[int, int]]  # spans already read as lists
    listed: str | None = None  # an unlisted award the text names places to ("its Bright21 Communities of 2014")
    said: dict[str, str] = field(default_factory=dict)  # recipient -> last bracket stated for it
    bare: object = None  # see _bare_county
    edition: int | None = None  # this year's survey is its N-th ('the seventh annual ... Survey')
    paren_ranked: bool = False  # the page ranks places with a bare number after them: "Dallas (13), Houston (17)"
    _starts: list[int] = field(default_factory=list)
    _sent_starts: list[int] = field(default_factory=list)

    def places_in(self, a: int, b: int) -> list[PlaceMention]:
        """Place mentions starting in [a, b), by bisection (pages can name hundreds of places)."""
        if not self._starts and self.places:
            self._starts = [p.start for p in self.places]
        return self.places[bisect.bisect_left(self._starts, a):bisect.bisect_left(self._starts, b)]

    def sentence_at(self, pos: int) -> Sentence | None:
        i = self._index_at(pos)
        if i >= 0 and self.doc.sentences[i].start <= pos < self.doc.sentences[i].end:
            return self.doc.sentences[i]
        return None

    def sentence_before(self, pos: int) -> Sentence | None:
        """The last sentence that ends at or before ``pos`` (the one a sentence starting there follows)."""
        i = self._index_at(pos)
        while i >= 0 and self.doc.sentences[i].end > pos:
            i -= 1
        return self.doc.sentences[i] if i >= 0 else None

    def _index_at(self, pos: int) -> int:
        if not self._sent_starts:
            self._sent_starts = [x.start for x in self.doc.sentences]
        return bisect.bisect_right(self._sent_starts, pos) - 1


#: the last page-sized text scanned for awards, where the awards found there start, and how far the first
#: i of them reach: its sentences and lines, asked about one by one, need no scan of their own when no award
#: found on the page touches them (most of them)
_scanned: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = []
_PAGE_SIZED = 400
#: what may follow a piece of a page that the page's scan answers for: a sentence's or a line's end
_PIECE_END = re.compile(r"$|[\r\n]|[.!?;:]|(?<=[.!?;:\"”’)])\s")


def award_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of every known award ``text`` names, in order.

    A sentence, line or paragraph of the page last scanned whole that no award found on the page reaches into
    names none: the page's scan stands for the piece's (scanning sentences and lines again was an eighth of
    extraction time).  A piece an award touches, or one cut elsewhere than at a sentence's or line's end (where
    what follows could change a match: "County Health Rankings" before "& Roadmaps"), is scanned."""
    if _scanned and text:
        page, starts, reach = _scanned[0]
        at = page.find(text) if len(text) < len(page) else -1
        end = at + len(text)
        if at >= 0 and not (at and (page[at - 1].isalnum() or page[at - 1] == "_")) and _PIECE_END.match(page, end):
            i = bisect.bisect_left(starts, end)  # the awards starting before the piece ends ...
            if i == 0 or reach[i - 1] <= at:  # ... none reaching into it
                return ()
            # (a piece holds no award words its page does not: only the page's possible awards are tried)
            return _award_mentions(text, (_possible_awards(page), _possible_givers(page)))
    found = _award_mentions(text)
    if len(text) >= _PAGE_SIZED and not (_scanned and _scanned[0][0] is text):
        reach = tuple(accumulate((b for _a, b, _n in found), max))
        _scanned[:] = [(text, tuple(a for a, _b, _n in found), reach)]
    return found


@lru_cache(maxsize=4096)
def _award_mentions(text: str, among: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
                    ) -> tuple[tuple[int, int, str], ...]:
    """What the scan finds; ``among``: the awards and givers' awards the text's page may name (the answer is
    the same, found sooner)."""
    return _scan(text, among)


def _scan(text: str, among: tuple[tuple[int, ...], tuple[int, ...]] | None = None,
          ) -> tuple[tuple[int, int, str], ...]:
    names = [d.name for d in award_defs()]
    found = [(a, b, names[i]) for a, b, i in _scan_possible(text, None if among is None else among[0])]
    given, given_names = given_awards()
    if given:
        possible = {i: given[i][1] for i in _possible_givers(text, None if among is None else among[1])}
        for m, _i in leftmost_matches(possible, text):
            a, b = m.span(m.lastgroup)
            if not any(x < b and a < y for x, y, _n in found):
                found.append((a, b, given_names[m.lastgroup]))
        found.sort()
    return tuple(found)


@cache
def given_awards() -> tuple[tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], dict[str, str]]:
    """An award written short ('a 2018 Achievement Award') that its organiser, the subject of a giving verb,
    gives: 'NACo gave the county a 2018 Achievement Award'.  Names come from ``giver_names`` and
    ``short_patterns`` in ``kg/data/awards.json``; the names in ``short_near`` need no verb, only their giver in
    the same sentence, before or after them ('Monocle ... their 2016 "Quality of Life" survey').

    One pattern per award, with the award's giver names folded: every alternative names a giver, so a text
    that holds none of them needs no scan (:func:`~kg.extract.regex.leftmost_matches` merges what the others find)."""
    out, names = [], {}
    for i, a in enumerate(load_data("awards")["awards"]):
        parts: list[str] = []
        if a.get("giver_names") and a.get("short_near"):
            givers = alternation(a["giver_names"])
            near = "|".join(f"(?:{p})" for p in a["short_near"])
            # "Monocle have recently completed their 2016 'Quality of Life' survey"; "the world's most liveable
            # city, according to the Economist Intelligence Unit"
            parts.append(rf"\b(?:{givers})(?:['’]s?)?(?![\w'’])[^.;\n]{{0,80}}?(?P<n{i}>{near})(?!\w)")
            parts.append(rf"(?<![\w'’])(?P<r{i}>{near})(?!\w)[^.;\n]{{0,60}}?\b(?:according\s+to|by|from|of)\s+"
                         rf"(?:the\s+)?(?:{givers})\b")
            names[f"n{i}"] = names[f"r{i}"] = a["name"]
        if a.get("giver_names") and a.get("short_patterns"):
            givers = alternation(a["giver_names"])
            short = "|".join(f"(?:{p})" for p in a["short_patterns"])
            # "NACo gave the county a 2018 Achievement Award", "NACo is pleased to announce the winners for the 2022
            # Achievement Awards"
            # ("The National Association of Counties (NACo) has awarded the county with three Achievement Awards")
            parts.append(rf"\b(?:{givers})(?:\s*\([A-Za-z]{{2,8}}\))?\s+(?:(?:has|have|also|then)\s+)*"
                         rf"(?:gave|gives|given|presented|presents|"
                         rf"awarded|awards|handed|bestowed|honou?red|(?:is|are)\s+(?:pleased|proud|excited)\s+to\s+"
                         rf"announce|announced|announces)\b[^.;\n]{{0,80}}?\b(?P<g{i}>{short})\b")
            names[f"g{i}"] = a["name"]
        if parts:
            out.append((tuple(g.casefold() for g in a["giver_names"]), re.compile("|".join(parts), re.I)))
    return tuple(out), names


def _scan_possible(text: str, among: tuple[int, ...] | None = None) -> list[tuple[int, int, int]]:
    """(start, end, award index) of what one alternation of every known award finds in ``text``, left to right,
    found by scanning only for the awards ``text`` holds the words of (:func:`~kg.extract.regex.leftmost_matches`)."""
    pats = _anchored()
    possible = _possible_awards(text) if among is None else _possible_among(text, among)
    return [(m.start(), m.end(), i) for m, i in leftmost_matches({i: pats[i] for i in possible}, text)]


def _possible_givers(text: str, among: tuple[int, ...] | None = None) -> tuple[int, ...]:
    """The givers' awards (:func:`given_awards`) one of whose givers ``text`` names, of ``among`` when given
    (a page's are kept for its pieces)."""
    if among is None:
        return _page_givers(text)
    given, _names = given_awards()
    folded = fold_for_words(text)
    return tuple(i for i in among if any(map(folded.__contains__, given[i][0])))


@lru_cache(maxsize=16)
def _page_givers(text: str) -> tuple[int, ...]:
    return _possible_givers(text, tuple(range(len(given_awards()[0]))))


def _possible_among(text: str, among: tuple[int, ...]) -> tuple[int, ...]:
    """:func:`_possible_awards` of a piece of a page, ``among`` the page's: a piece holds no word its page does
    not, so only those are looked for (the hundreds of required words were looked for in every piece)."""
    folded = fold_for_words(text)
    return tuple(i for i in among if _may_match(i, folded))


def _may_match(award: int, folded: str) -> bool:
    """Whether one of the award's patterns may match a text (``folded``): it holds a word of each set of words
    that pattern's every match holds one of (:func:`~kg.extract.regex.required_word_sets`)."""
    conj = _word_sets()[award]
    return conj is None or any(all(any(map(folded.__contains__, ws)) for ws in sets) for sets in conj)


@cache
def _word_sets() -> tuple[tuple[tuple[tuple[str, ...], ...], ...] | None, ...]:
    """For each known award, for each of its patterns, the sets of words its every match holds one of each of
    (None: a pattern none could be read from)."""
    out: list[tuple[tuple[tuple[str, ...], ...], ...] | None] = []
    for a in load_data("awards")["awards"]:
        each = [required_word_sets(re.compile(apostrophes(p), re.I)) for p in a["patterns"]]
        out.append(None if any(s is None for s in each)
                   else tuple(tuple(tuple(ws) for ws in sets) for sets in each))  # type: ignore[union-attr]
    return tuple(out)


@cache
def _anchored() -> tuple[re.Pattern[str], ...]:
    """Each known award's pattern, tried only where a name may start (a word or an opening quote)."""
    return tuple(re.compile(rf"(?:(?<!\w)(?=\w)|(?=[\"“]))(?:{d.pattern.pattern})", re.I) for d in award_defs())


@lru_cache(maxsize=16)
def _possible_awards(text: str) -> tuple[int, ...]:
    """The known awards whose required words ``text`` holds, in order.

    An award none of whose required words a text holds cannot match there, so leaving it out of the scan
    changes no match; a page names a handful of the hundred-odd awards, and the alternation of all of them was
    a tenth of extraction time."""
    folded = fold_for_words(text)
    always, index = _word_owners()
    words = _owned_words()  # (filtered in C: a Python loop over the hundreds of words was 1.6% of extraction)
    # (then each award's every set of words: one word of a set is often "award", which every awards page holds)
    return tuple(i for i in sorted({*always, *(i for w in filter(folded.__contains__, words) for i in index[w])})
                 if _may_match(i, folded))


@cache
def _owned_words() -> tuple[str, ...]:
    return tuple(_word_owners()[1])


@cache
def _word_owners() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """(the awards with no required words, each required word with the awards it belongs to): every word is
    looked for once per text (an award at a time, shared words were looked for again and again)."""
    owners: dict[str, list[int]] = {}
    always: list[int] = []
    for i, words in enumerate(_required_words()):
        if words is None:
            always.append(i)
            continue
        for w in sorted(words):
            owners.setdefault(w, []).append(i)
    return tuple(always), {w: tuple(o) for w, o in owners.items()}


@cache
def _required_words() -> tuple[frozenset[str] | None, ...]:
    """For each known award, words one of which every match holds, folded (None: none could be read): of each of
    its patterns, the first set of :func:`_word_sets` (the one :func:`~kg.extract.regex.required_words` picks).

    Read from each of the award's patterns apart: compiled together, their common first letters are factored
    out of the alternation ("All-America" | "AAC") and no word of either is left whole."""
    return tuple(None if conj is None else frozenset().union(*(sets[0] for sets in conj)) for conj in _word_sets())


SPAN_BEFORE = re.compile(r"(?:19|20)\d\d[ \t]?[-–/][ \t]?$")


SPAN_AFTER = re.compile(r"[ \t]?[-–/][ \t]?(?:19|20)?\d\d\b(?![,.]\d)")


#: what a place's own predicate says when it has not won: it applied, competes, hopes, was nominated or a finalist
NOT_WON_AFTER = re.compile(
    r",?[ \t]+(?:(?:has|have|had|is|are|was|were|will|also|now|again|recently|officially|formally)[ \t]+){0,3}"
    r"(?:been[ \t]+)?(?:(?:one|among)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?(?:\w+)?[ \t]*)?"  # "one of 10 finalists"
    r"(?:appl(?:y|ies|ied|ying)[ \t]+(?:for|to)|applicants?|nominated|nominees?|(?:semi-?)?finalists?|"
    r"hop(?:e|es|ed|ing)[ \t]+to|aim(?:s|ed|ing)?[ \t]+to|plan(?:s|ned|ning)?[ \t]+to|seek(?:s|ing)?|sought|"
    r"pursu(?:e|es|ed|ing)|compete[sd]?|competing|vie[sd]?|vying|eligible|in[ \t]+the[ \t]+running|"
    r"(?:served|serves|serve)[ \t]+as[ \t]+(?:a[ \t]+)?judges?)\b", re.I)


@cache
def prize_tier_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The tiers any prize may be given in (``prize_tiers`` in ``kg/data/awards.json``), compiled: (pattern,
    label)."""
    return tuple((re.compile(t["pattern"], re.I), t["label"]) for t in load_data("awards").get("prize_tiers", []))


@cache
def level_words() -> str:
    """The certification levels of ``kg/data/layout.json`` as bare words ('gold', not 'gold[- ]level'), one
    alternation, longest first."""
    return "|".join(sorted((w for w in load_data("layout")["levels"] if w.isalpha()), key=len, reverse=True))


def in_span(text: str, a: int, b: int) -> bool:
    """A year that is one end of a span ('the 2021-2022 Global Mayors Challenge', '2020-21'): the span
    names no single edition."""
    return bool(SPAN_BEFORE.search(text[max(0, a - 7):a]) or SPAN_AFTER.match(text, b))


def years_in(text: str, offset: int = 0, skip: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(position, year) of explicit award-year candidates in ``text``."""
    skip = list(skip or []) + [(a, b) for a, b, _ in find_dates(text)]
    out = []
    for m in YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in skip) or in_span(text, m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 25):m.start()]
        if NOT_AWARD_YEAR.search(before) and not rx(r"\b[Ii]n\s*$").search(before):
            continue
        if rx(r"(?:since|began in|founded in|launched in|started in|inception in|established in|inaugurated in|"
              r"introduced in|debuted in)\s*$",
              re.I).search(before):
            continue
        if rx(r"\d|,\d|\s*(?:percent|%)").match(text[m.end():m.end() + 3]) or rx(r"[\d$]$|\d,$").search(before):
            continue
        # a year in the name of what a city runs: "its Kids Compute 2001 program", "the Vision 2030 Plan"
        named = rx(r"[ \t]+(?:program|plan|initiative|project|campaign|strategy|vision|agenda)\b", re.I)
        if rx(r"[A-Z][\w-]*[ \t]+$").search(before) and named.match(text, m.end()):
            continue
        out.append((m.start() + offset, int(m.group(0))))
    return out


_MIXED_DATELINE = re.compile(r"[ \t]*(?:,[ \t]*[A-Z0-9][\w.]*(?:[ \t]+[A-Z0-9][\w.]*){0,3}){0,3}"
                             r"[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*(?:[—–][ \t]*|--?[ \t]+)[^\n]{60}")


_STAMP_BEFORE = re.compile(r"\s*(?:date|posted|published|updated)?\s*:?\s*(?:19|20)\d\d[-/.]\d\d?[-/.]\d\d?\s+", re.I)


def text_line(text: str, pos: int) -> tuple[int, int]:
    """The span of the line holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


_PLACE_ONLY = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*$")


def place_line_by_date(text: str, p: PlaceMention) -> bool:
    """A line that is only a place (and its state), next to a line that is only a date: "May 7, 2013" /
    "Washington, D.C." at the head of a release."""
    line_start, end = text_line(text, p.start)
    if text[line_start:p.start].strip() or not _PLACE_ONLY.fullmatch(text, p.end, end):
        return False
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    after = text[end:].lstrip().split("\n", 1)[0].strip()
    return any(bool(line) and any(a == 0 and b == len(line) for a, b, _d in find_dates(line))
               for line in (before, after))


def is_dateline(text: str, p: PlaceMention) -> bool:
    """Whether the place mention ``p`` is the page's dateline (where the release was issued), which wins
    nothing by being named there."""
    line_start = text.rfind("\n", 0, p.start) + 1
    if text[line_start:p.start].strip() == "(":
        # "(New York, NY, USA & Durham Region, ON, Canada – June 20, 2023) – In an announcement today ...": a
        # dateline in parentheses, places and date
        close = text.find(")", p.end, p.end + 150)
        return close > 0 and bool(find_dates(text[p.end:close]))
    before = text[line_start:p.start]
    # "date 2017-11-09 SACRAMENTO, CA--(...)", "...and equitySACRAMENTO, CALIFORNIA, ...": a date stamp, or a
    # headline the page's markup glued to the dateline, before it on its line
    if before.strip() and not _STAMP_BEFORE.fullmatch(before) and not (before[-1:].islower() and
                                                                         text[p.start:p.start + 3].isupper()):
        return False
    head = text[p.start:p.end]
    if place_line_by_date(text, p):
        return True
    if head[:3].isupper():
        # (a country after the state, then the date and a newswire: "..., UNITED STATES, September 15, 2022 /EIN...")
        # ("WASHINGTON, D.C. -- The Conference ...": two hyphens for the dash, as typed releases write it)
        return bool(rx(r"[^\n]{0,45}?(?:[—–(]|[ \t]--?[ \t])|\s*-\s"
                       r"|[^\n]{0,80}?\b(?:19|20)\d\d\s*(?:/|--|[—–(])").match(text[p.end:p.end + 100]))
    # "New York, NY – Bloomberg Philanthropies today announced ...": a mixed-case dateline runs into prose
    return bool(_MIXED_DATELINE.match(text, p.end))


@cache
def _tails() -> dict[str, str | None]:
    """The last two or more words of each known award's name -> that award (None when two share them)."""
    data = load_data("awards")
    stop = {w.lower() for w in data.get("tail_stop_words", []) + data.get("generic_award_words", [])}
    stop |= {w for ws in data.get("recipient_type_words", {}).values() for w in ws}
    out: dict[str, str | None] = {}
    for d in award_defs():
        words = d.name.split()
        for i in range(1, len(words) - 1):
            tail = " ".join(words[i:])
            if words[i].lower() in stop or not words[i][:1].isupper():
                continue
            key = _tail_key(tail)
            out[key] = d.name if out.get(key, d.name) == d.name else None
    return out


def _tail_key(name: str) -> str:
    return rx(r"s\b").sub("", rx(r"[’']").sub("'", name.lower()))


def known_by_tail(name: str) -> str | None:
    """The known award whose name ends with ``name`` ("Fitness Index" -> "American Fitness Index"), if one
    alone does: a page that names an award short names the award it knows by its full name.

    >>> known_by_tail("Fitness Index"), known_by_tail("Cities Survey")
    ('American Fitness Index', None)
    """
    return _tails().get(_tail_key(name)) if len(name.split()) >= 2 else None
