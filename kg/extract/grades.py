"""Letter grades a survey gives whole states: "Virginia and Ohio moving up to A designations".

Why: a graded survey (the Digital States Survey) does not rank its recipients;
it grades them, and releases say so in prose: "received a letter grade of A",
"earned an A-", "the 18 states earning top grades - including Minnesota and
North Carolina improving to an 'A'".  The grade is the win's category; the
states named in the same clause are its recipients.

Reads: sentences.  Writes: :class:`GradeMention` records (state, grade, where,
and the year the clause states, if any); :mod:`kg.extract.awards` turns them
into wins of the document's graded award.

>>> [(g.state, g.grade) for g in find_grades("Virginia and Ohio moved up to A designations, and Utah kept its A-.")]
[('Virginia', 'A'), ('Ohio', 'A'), ('Utah', 'A-')]
>>> [(g.state, g.grade) for g in find_grades("The state of Georgia has received a letter grade of A in the survey.")]
[('Georgia', 'A')]
>>> [(g.state, g.grade) for g in find_grades("This year's A-grade states — Utah, Ohio and Georgia — lead.")]
[('Utah', 'A'), ('Ohio', 'A'), ('Georgia', 'A')]

A results table gives a grade per line instead, the grade first (:func:`find_grade_lines`):

>>> [(g.state, g.grade) for g in find_grade_lines("Grades\\n\\nA  Michigan and Utah\\nB+: Iowa, New York\\n")]
[('Michigan', 'A'), ('Utah', 'A'), ('Iowa', 'B+'), ('New York', 'B+')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.gazetteer import state_names
from kg.extract.mentions import alternation
from kg.extract.regex import rx

__all__ = ["GradeMention", "find_grade_cards", "find_grades", "find_grade_lines", "states_in"]


@dataclass(frozen=True)
class GradeMention:
    state: str
    grade: str
    start: int  # where the state is written
    year: int | None
    earlier: int | None = None  # "maintaining their A marks from 2014": the same grade then
    kept: bool = False  # "Utah maintained their A grade": the same grade as at the last survey, year unsaid
    earlier_grade: str | None = None  # "bumped up from a B+ grade in 2012": another grade then (``earlier``)


_GRADE = r"(?P<g>[ABCD] (?:plus|minus)|[ABCD][+-]?)(?![\w+-])"
_GRADE_RES = (
    re.compile(rf"\b(?:grades? of|graded|an?|the|its|their|to|earned|received|kept|maintain(?:ed|ing)?|with)\s+"
               rf"[\"“']?{_GRADE}[\"”']?(?:\s+(?:grades?|marks?|designations?|ratings?))?"),
    re.compile(rf"[\"“']{_GRADE}[\"”']\s+grades?"),
    re.compile(rf"\b{_GRADE}\s+(?:grades?|marks?|designations?|ratings?)\b"),
    # "this year's A-grade states — Utah, Michigan, Missouri, Ohio and Georgia —"
    re.compile(r"(?<![\w-])(?P<g>[ABCD]\+?)-grade(?:d)?\s+states\b"),
)
_CLAUSE = re.compile(r"[.;!?]\s+|\s+(?:while|whereas|but)\s+|,\s+(?:and\s+)?"
                     r"(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:was|were|is|are|rose|fell|dropped|slipped|moved|improved|earned|received|kept|maintained)\b)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HOLDING = re.compile(r"\b(?:maintain(?:ed|ing|s)?|kept|keeping|retain(?:ed|ing|s)?)\b")
_FROM = re.compile(r"\bfrom\s+(?:an?\s+)?[\"“']?$")
# the grade a state had at an earlier survey it rose or fell from: "bumped up from a B+ grade in 2012", "an
# improvement from the last survey in 2016, when the state received an A-"
_EARLIER_RES = (
    re.compile(rf"\bfrom\s+(?:an?\s+)?[\"“']?{_GRADE}[\"”']?(?:\s+(?:grade|mark|rating)s?)?\s+in\s+"
               r"(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?:last|previous|prior)\s+survey\s+in\s+(?P<y>(?:19|20)\d\d),?\s+when\s+(?:the\s+state|it|they)\s+"
               rf"(?:received|earned|got|had|was\s+given)\s+(?:an?\s+)?[\"“']?{_GRADE}"),
)
_BOTH_YEARS = re.compile(r"\bboth\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b")
_KEPT = re.compile(r"\b(?:maintain(?:ed|ing|s)?|kept|keeping|retain(?:ed|ing|s)?)\b[^.;]*?\b(?:from|in|since)\s+"
                   r"(?:the\s+)?((?:19|20)\d\d)\b")


@cache
def _states() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:the\s+[Ss]tate\s+of\s+)?(?P<s>{alternation(state_names())})(?![\w-])"
                      r"(?!\s+(?:County|City|Department|University|State University|Technology|Office))")


def states_in(text: str, offset: int = 0) -> list[tuple[str, int]]:
    """(state, where) of every state ``text`` names: the recipients of a grade another sentence gave."""
    return [(m.group("s"), offset + m.start("s")) for m in _states().finditer(text)]


def _grade(raw: str) -> str:
    return raw  # as written: "A minus" stays "A minus"


def find_grades(text: str, offset: int = 0) -> list[GradeMention]:
    """Every (state, grade) a clause of ``text`` states."""
    out: list[GradeMention] = []
    pos = 0
    for part in [*_CLAUSE.split(text), None]:
        if part is None:
            break
        start = text.find(part, pos)
        pos = start + len(part)
        # "rising from a C to a B+": the grade it rose from is not the one it has
        grades = sorted((m.start("g"), _grade(m.group("g"))) for r in _GRADE_RES for m in r.finditer(part)
                        if not _FROM.search(part, max(0, m.start() - 8), m.start("g")))
        if not grades:
            continue
        years = [int(m.group(0)) for m in _YEAR.finditer(part)
                 if not rx(r"\b(?:from|since|than|in)\s+(?:the\s+)?$").search(part[max(0, m.start() - 15):m.start()])]
        kept = _KEPT.search(part)
        holding = _HOLDING.search(part)
        for m in _states().finditer(part):
            # a state takes the first grade after it ("Oregon and Iowa earned an A"), else the last before it
            after = [g for p, g in grades if p > m.start()]
            before = [g for p, g in grades if p < m.start()]
            # "Virginia moving up to an A and Utah maintaining its A from 2014": only the states whose own
            # stretch (no grade between them and the verb) runs into "maintaining" kept an earlier grade
            own = kept is not None and m.start() < kept.start() and not any(
                m.start() < p < kept.start() for p, _g in grades)
            held = holding is not None and m.start() < holding.start() and not any(
                m.start() < p < holding.start() for p, _g in grades)
            # the earlier grade written after the state, before any other state
            nxt = min([x.start() for x in _states().finditer(part, m.end())] + [len(part)])
            was = next((e for r in _EARLIER_RES for e in r.finditer(part, m.end(), nxt)), None)
            both = _BOTH_YEARS.search(part, m.end(), nxt)  # "earned "A" grades in both 2012 and 2010": two surveys
            year = int(both.group(1)) if both else years[0] if len(set(years)) == 1 else None
            earlier = int(both.group(2)) if both else int(was.group("y")) if was else int(kept.group(1)) if own \
                else None
            out.append(GradeMention(m.group("s"), after[0] if after else before[-1], offset + start + m.start("s"),
                                    year, earlier, held, _grade(was.group("g")) if was and not both else None))
    return out


#: a results line that opens with its grade: "A-  California, Minnesota and Ohio", "B+: Arkansas"
_GRADE_LINE = re.compile(r"(?m)^[ \t]*(?P<g>[ABCDF][+-]?)(?:[ \t]*[:|–—-][ \t]*|[ \t]+)(?=[A-Z])(?P<rest>[^\n]+)$")
_LIST_GLUE = re.compile(r"[ \t]*[,;][ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+|[ \t]*")


def find_grade_lines(text: str, offset: int = 0) -> list[GradeMention]:
    """States on lines that open with a grade; every line's rest must be nothing but states, so that a
    sentence opening with "A" is never read as a grade."""
    out: list[GradeMention] = []
    for m in _GRADE_LINE.finditer(text):
        rest, at, found = m.group("rest").rstrip(" \t.*"), 0, []
        while at < len(rest):
            sm = _states().match(rest, at)
            if not sm:
                break
            found.append(sm)
            at = _LIST_GLUE.match(rest, sm.end()).end()
        cut = m.end() >= len(text.rstrip())  # the page's text ends mid-list: what is there counts
        if found and (at >= len(rest) or cut):
            out.extend(GradeMention(sm.group("s"), m.group("g"), offset + m.start("rest") + sm.start("s"), None)
                       for sm in found)
    return out


#: a state's card on a results page: "2018 Grade: C+" / "2016 Grade: C+" / "CIO: ..." over the paragraph about it
_CARD_LINE = re.compile(r"(?m)^[ \t]*(?P<y>(?:19|20)\d\d)[ \t]+[Gg]rade[ \t]*:[ \t]*(?P<g>[ABCDF][+-]?)[ \t]*$")


def find_grade_cards(text: str, offset: int = 0) -> list[GradeMention]:
    """The grades of a state's card ("2018 Grade: C+" lines, one per survey): the state is the first one the
    text after the card names, before the next card, within the paragraph that follows its lines."""
    lines = list(_CARD_LINE.finditer(text))
    out: list[GradeMention] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and text.count("\n", lines[j - 1].end(), lines[j].start()) <= 2:
            j += 1  # one card: its lines a line or two apart
        end = lines[j - 1].end()
        stop = min(lines[j].start() if j < len(lines) else len(text), end + 800)
        named = [m for m in _states().finditer(text, end, stop)]
        if named:
            at = named[0]
            out.extend(GradeMention(at.group("s"), m.group("g"), offset + at.start("s"), int(m.group("y")))
                       for m in lines[i:j])
        i = j
    return out

