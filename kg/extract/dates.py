"""Extraction component: publication date and headline.

The publication date is the first full date (day, month and year) written
where a page puts its date: a short masthead line ("Nov. 8, 2024", "Date:
11/18/2024", "Posted: 4/4/2019 5:00 PM"), after a cue word ("Posted",
"Released", "For Immediate Release"), or in the dateline ("LOUISVILLE, Ky.
(Nov. 16, 2012) —", "SACRAMENTO, Calif., Sept. 19, 2023 –").  Dates inside
body sentences ("Honorees will be celebrated May 15, 2023") are events, not
publication dates, and "released Wednesday" is not a date at all.  A page that
gives only a month ("November 2017") has no publication date (``None``), but
its year still tells later components which year "this year" is.

Keys this component leaves in ``doc.context``:

- ``doc_year``: the publication year (from a full or month-only date), or None;
- ``doc_date``: the ISO publication date, or None.

>>> from kg.extract.sentences import split_sentences
>>> text = "CITY NEWS\\nPosted: 4/4/2019 5:00 PM\\n\\nA long body that says it will happen May 15, 2023."
>>> publication_date(text)
('2019-04-04', 2019)
>>> publication_date("CITY NEWS | November 2017\\n\\nBody.")
(None, 2017)
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.extract.doc import Doc
from kg.extract.regex import rx
from kg.record import DocumentRecord

__all__ = ["MONTHS", "find_dates", "publication_date", "headline", "extract"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_FULL = re.compile(
    # "July 16, 2014COLUMBIA, SC –": a dateline glued to its date by the page's markup still ends the year
    # ("Oct.28, 2020": no space after the month's stop)
    # ("Posted October 3, 200717 yr": a "time ago" chip glued to the year)
    rf"\b{_MONTH}(?:\s+|(?<=\.))(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\b|(?=[A-Z]{2})|(?=\d{1,2}[ \t]?(?:yrs?|mos?|min|hrs?|h|d|wks?)\b))"
    r"|\b(?P<nm>\d{1,2})(?P<sep>[/.-])(?P<nd>\d{1,2})(?P=sep)(?P<ny>(?:19|20)\d\d)\b"
    # "2018/02/09 15:13:06": a year-first date with slashes, as a news agency's page stamps it
    r"|\b(?P<iy>(?:19|20)\d\d)(?P<isep>[-/])(?P<im>\d\d)(?P=isep)(?P<id>\d\d)\b"
    rf"|\b(?P<dday>\d{{1,2}})\s+{_MONTH.replace('?P<mon>', '?P<dmon>')},?\s+(?P<dyear>(?:19|20)\d\d)\b",
    re.I,
)
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# "Wednesday", "Wed.", "Thurs": a weekday in full or cut short, as mastheads write it
_WEEKDAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?"
_CUE = re.compile(r"(?:posted|date|dated|released?|published|updated|for immediate release|issued)(?:\s+on)?\s*:?\s*"
                  r"(?:[—–-]\s*)?(?:" + _WEEKDAY + r",?\s*)?$", re.I)
# "SACRAMENTO, CA--(Marketwire - ": a newswire's name opens the dateline's parenthesis
# "TOKYO, JAPAN - Media OutReach - ", "SACRAMENTO, CALIFORNIA, UNITED STATES, ": a country after the state, and a
# newswire's name between dashes
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}){0,2},?\s*"
                            r"[(—–-]{0,3}\s*"
                            r"(?:(?:(?<=\()|(?<=[—–-]\s))[A-Z][\w ]{1,30}?\s+[—–-]+\s*)?"
                            r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")
# "Ottawa, Ontario, May 14, 2019 – ...", "Washington, D.C. -- October 15, 2013 --": a dateline in mixed case, which
# a sentence could start with too, so only with the dash that ends a dateline after its date
_DATELINE_MIXED = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z.]*){0,3},\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2},?\s*"
                             r"(?:[(—–-]{1,3}\s*)?$")
_WEEKDAY_HEAD = re.compile(r"^(?:.*[|—–]\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$")


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full date in ``text`` as (start, end, ISO string); impossible dates are skipped.

    >>> [d[2] for d in find_dates("On Sept. 19, 2023 and 11/13/2014 and 31 Feb 2020.")]
    ['2023-09-19', '2014-11-13']
    """
    return list(_find_dates(text))


@lru_cache(maxsize=16)
def _find_dates(text: str) -> tuple[tuple[int, int, str], ...]:
    """``find_dates`` once per text: publication date, provenance and award years all ask for the document's."""
    out: list[tuple[int, int, str]] = []
    if not _HAS_YEAR.search(text):
        return ()
    for m in _FULL.finditer(text):
        g = m.groupdict()
        try:
            if g["mon"]:
                d = date(int(g["year"]), MONTHS[g["mon"].lower()], int(g["day"]))
            elif g["nm"]:
                d = date(int(g["ny"]), *_month_day(int(g["nm"]), int(g["nd"]), g["sep"]))
            elif g["iy"]:
                d = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            else:
                d = date(int(g["dyear"]), MONTHS[g["dmon"].lower()], int(g["dday"]))
        except ValueError:
            continue
        out.append((m.start(), m.end(), d.isoformat()))
    return tuple(out)


def _month_day(first: int, second: int, sep: str) -> tuple[int, int]:
    """(month, day) of a numeric date: month first, as US pages write it ("11/13/2014", "11.04.2021"), unless the
    first number cannot be a month ("22.10.2010", as European pages write it).

    >>> _month_day(11, 13, "/"), _month_day(22, 10, "."), _month_day(4, 7, "."), _month_day(22, 10, "/")
    ((11, 13), (10, 22), (4, 7), (10, 22))
    """
    if first > 12:
        return second, first
    return first, second


def _line_of(text: str, pos: int) -> tuple[int, str]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, text[a:b if b >= 0 else len(text)]


_CUED_BY = re.compile(r"\b(?:posted|published|released|issued|submitted|written)\b[^.\n]{0,60}\bon\s*$", re.I)


_LABEL_START = re.compile(r"(?:^|[|•·—–]|\s{2})\W*$")


def _is_cued(text: str, start: int, label: bool = False) -> bool:
    """Whether the date at ``start`` follows a publication cue on its line ("Posted:", "Published on").

    With ``label``, the cue must open the line or a separator-delimited field of it
    ("Posted: 01/18/2017 | Office of Communications"), not run on from a sentence
    ("the rankings, released Nov. 1, 2023, ...").
    """
    line_start, _ = _line_of(text, start)
    before = text[line_start:start]
    m = _CUE.search(before) or _CUED_BY.search(before)
    if not m or not label:
        return bool(m)
    return bool(_LABEL_START.search(before[:m.start()]))


def _in_sentence(before: str, after: str) -> bool:
    """A short line that is a sentence ending on its date ("The next round opens May 1, 2024."): its words before
    the date run in lower case, as a masthead's do not."""
    return after.startswith(".") and len(rx(r"\b[a-z]{2,}\b").findall(before)) >= 2


def _is_publication_slot(text: str, start: int, end: int) -> bool:
    line_start, line = _line_of(text, start)
    before = text[line_start:start]
    if _is_cued(text, start):
        return True  # "Posted by Communications Office on November 4, 2021"
    # "What Works Cities launched in April 2015 with a team of partners to mana": a sentence the excerpt cut short
    # is no masthead, its date no publication date
    if len(line) <= 100 and not rx(r"\b(?:will|on|at|during|held|in|since|from|until|by)\s*$", re.I).search(before) \
            and not _in_sentence(before, text[end:end + 2]):
        return True
    if not before.strip() or before.strip() in ("(", "[") or _DATELINE_HEAD.match(before) \
            or _WEEKDAY_HEAD.match(before.strip()):
        return len(before) <= 60  # "(June 15, 2016 – St. Paul, Minn.) The League ..."
    if _DATELINE_MIXED.match(before) and len(before) <= 60 and _DASH_AFTER.match(text, end):
        return True
    # a dateline after a headline run into the same line: "... Recognized SACRAMENTO, Calif. Nov. 3, 2011 –"
    return bool(_DATELINE_TAIL.search(before)) and _DASH_AFTER.match(text, end) is not None


# the end of a dateline: an upper-case city and its state, right before the date
# ("...and equitySACRAMENTO, CALIFORNIA, UNITED STATES, September 15, 2022 /EINPresswire.com/ --": the headline glued
# to it by the page's markup)
_DATELINE_TAIL = re.compile(r"(?:^|\s|(?<=[a-z]))[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}"
                            r"(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2}){1,2},?\s*\(?$")
_DASH_AFTER = re.compile(r"\)?\s*(?:/[^/\n]{2,40}/\s*)?(?:[—–]|--?)\s")  # "/PRNewswire/ --" between them


_UPDATED = re.compile(r"\b(?:updated|modified|revised|edited)\b[^\n]{0,12}$", re.I)


def publication_date(text: str) -> tuple[str | None, int | None]:
    """(ISO publication date or None, publication year or None) of a page's text.

    A date a page marks as updated gives way to one it marks as published:

    >>> publication_date("Headline Here Now\\nLast updated: Nov. 5, 2021\\nPublished: Nov. 4, 2021\\nBody.")
    ('2021-11-04', 2021)
    """
    slots = [(start, iso) for start, end, iso in find_dates(text) if _is_publication_slot(text, start, end)]
    if slots:
        fresh = [(start, iso) for start, iso in slots
                 if not _UPDATED.search(text[max(0, start - 30):start])]
        # a date the page labels as its posting/publication date beats an unlabelled
        # header line ("Regular Meeting of Tuesday, Jan. 17, 2017" above "Posted: 01/18/2017")
        cued = [iso for start, iso in fresh if _is_cued(text, start, label=True)]
        iso = (cued or [iso for _, iso in fresh] or [slots[0][1]])[0]
        recent = None if cued else _recent_year(text)
        if recent is not None and recent < int(iso[:4]):
            # "Tuesday , April 30 2024" over "the 2016 Digital Cities Survey, which was released earlier this
            # month": the site's clock on a later visit, not the story's date; the story's year is the one it states
            return None, recent
        return iso, int(iso[:4])
    labelled = _labelled_date(text)
    if labelled:
        return labelled, int(labelled[:4])
    for m in _MONTH_YEAR.finditer(text):
        if _is_publication_slot(text, m.start(), m.end()):
            return None, int(m.group("year"))
    return None, None


#: a year the text says is recent when written: "the 2016 Digital Cities Survey, which was released earlier this
#: month", "the 2019 rankings released this week"
_RECENT = re.compile(r"\b((?:19|20)\d\d)\b[^.\n]{0,80}?\b(?:released|announced|published|issued|unveiled)\b"
                     r"[^.\n]{0,20}?\b(?:earlier this (?:month|week)|this week|last week|yesterday)\b", re.I)


def _recent_year(text: str) -> int | None:
    m = _RECENT.search(text)
    return int(m.group(1)) if m else None


# "date 08/01/99", "Date: 2020-09": a page's date label with a two-digit year or an ISO month
_LABELLED = re.compile(r"^\s*(?:date|dated|posted|published)\s*:?\s*(?:(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d\d)"
                       r"|(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2]))(?![\w/-])", re.I | re.M)
# "SACRAMENTO, CA — (Marketwire) — 10/02/12 — In the ...": a newswire's two-digit-year date between the dashes
# of a dateline
_DASHED_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’ -]{2,},[^\n]{0,60}?(?:[—–]|--?)[ \t]*"
                              r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d\d)[ \t]*(?:[—–]|--?)[ \t]", re.M)
# a byline or reading-time chip glued to its date by the page's markup: "6 min readApr 24, 2019",
# "Ann Writer17 Mar 2016"
_GLUED = re.compile(r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|(?<=[a-z])(?=\d)")
_HEAD_LINES = 12


def _labelled_date(text: str) -> str | None:
    """A header's date that the full-date patterns leave out: a labelled two-digit-year or month-only date, or a
    date glued to the word before it on a short header line."""
    head = "\n".join(text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    m = _LABELLED.search(head) or _DASHED_DATELINE.search(head)
    if m:
        if m.groupdict().get("iy"):
            return f"{m.group('iy')}-{m.group('im')}"
        year = int(m.group("y"))
        try:
            return date(year + (1900 if year >= 50 else 2000), int(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            return None
    for line in head.split("\n"):
        if len(line) > 80 or not _HAS_YEAR.search(line):
            continue
        unglued = _GLUED.sub(" ", line)
        if unglued != line:
            found = find_dates(unglued)
            if found:
                return found[0][2]
    return None


_ORG_GLUE = {"of", "and", "&", "the", "for"}
_ORG_HEAD = {"Office", "Department", "Bureau", "Division", "Agency", "Affairs", "Newsroom", "Communications"}
_NOT_TITLE = re.compile(r"^\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Boulevard|Plaza|"
                        r"Drive|Dr|Way|Lane|Ln|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy)\b|\b[A-Z]{2}\s+\d{5}\b|"
                        r"[|›>»]|\b(?:release|contact|posted|skip to|share|related|e-?mail|phone)\b", re.I)


def headline(text: str) -> str | None:
    """The page's headline: the first title-like line before the body starts.

    >>> headline("CITY OF X\\nPress Office\\n\\nX Wins Top Digital City Award\\n\\nX, Ga. - The city won.")
    'X Wins Top Digital City Award'
    """
    for line in text.split("\n")[:15]:
        s = line.strip()
        if not s:
            continue
        if len(s) > 200:
            return None
        words = s.split()
        if (len(words) < 4 or s.isupper() or s.endswith((".", ":", ";")) or _NOT_TITLE.search(s)
                or find_dates(s) or _MONTH_YEAR.search(s) or rx(r"^[A-Z .,'-]{3,}[—–-]").match(s)):
            continue
        if (len(words) <= 6 and all(w[0].isupper() or w in _ORG_GLUE for w in words)
                and _ORG_HEAD & set(words)):
            continue  # "Office of Public Affairs": a masthead department, not a headline
        return s
    return None


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.date`` and ``record.title``; leave ``doc_year``/``doc_date`` in ``doc.context``."""
    iso, year = publication_date(doc.text)
    record.date = iso
    doc.context["doc_date"] = iso
    doc.context["doc_year"] = year
    if record.title is None:
        record.title = headline(doc.text)
