"""Award readers of the page's lists, tables, grade tables and layout (headings over their items).

Why apart from the sentence reader: a list says who won by its shape (a winners' heading, ranked rows, a
member list after an introducing sentence) rather than by a sentence's words; each reader here proposes
:class:`~kg.extract.award_context.Win` records and marks the spans it consumed so the sentence reader
does not read them twice.
"""

from __future__ import annotations

import re
from functools import cache

from kg.data import load as load_data
from kg.extract.award_context import (
    ELIGIBILITY,
    FINALIST,
    LAST_EDITION,
    YEAR,
    AwardContext,
    Win,
    award_defs,
    award_mentions,
    level_words,
    years_in,
)
from kg.extract.award_layout import excluded_members, layout_candidates, received_above, strip_trailer
from kg.extract.award_names import find_titles, is_ranking_title, written_awards
from kg.extract.categories import find_categories, named_category
from kg.extract.gazetteer import country_pattern, province_pattern, state_code
from kg.extract.grades import find_grade_cards, find_grade_lines, find_grades, states_in
from kg.extract.layout import blocks
from kg.extract.mentions import related_spans
from kg.extract.places import PlaceMention
from kg.extract.ranks import find_ranks, ordinal_pattern, ordinal_value
from kg.extract.regex import rx
from kg.extract.streaks import StreakMention, find_streaks

__all__ = [
    "category_line_wins",
    "cell_line_wins",
    "consume_related",
    "dated_member_wins",
    "inline_member_wins",
    "own_item_wins",
    "segment_winner_wins",
    "grade_wins",
    "layout_exclusions",
    "layout_wins",
    "list_wins",
    "member_list_wins",
    "semicolon_item_wins",
]


LIST_HEAD = re.compile(r"^\s*(?:\|\s*)?(?P<ord>{o})(?:\s+Place)?(?:\s+(?:Winner|Finisher|Honou?ree))?\s*"
                        r"(?P<tie>\(tie\))?(?:\s*[–—:|]|\s+-)\s+", re.I)


# "1st Springfield, Ill." (digit ordinal, no separator), "1 | Springfield, Ill." (a table row),
# "#1 Springfield", "1) Springfield": the place must follow at once
BARE_ORD = re.compile(r"^\s*(?:\|\s*)?(?P<n>\d{1,3})(?:st|nd|rd|th)(?:\s+[Pp]lace)?\s*(?P<tie>\(tie\)|T\b)?\s+(?=\S)")


CELL_ITEM = re.compile(r"^\s*(?:\|\s*)?(?:No\.\s*|#)?(?P<n>\d{1,3})\s*(?P<tie>\(tie\)|T\b)?\s*\|\s*")


NO_ITEM = re.compile(r"(?:^|\|\s*|\s)(?:No\.\s*|#)(?P<n>\d{1,2})\b\s*(?P<tie>\(tie\))?(?:\s*[–—:-])?")


DOT_ITEM = re.compile(r"(?:^|\s)\*?(?P<n>\d{1,2})(?:\.\)|[.)])\s+(?P<tie>\(tie\))?")  # ("1.) Arlington, Virginia")


# a table's header row or Markdown rule: "Rank | City", "|---|---|"
TABLE_HEAD = re.compile(r"^[\s|:-]*(?:(?:Rank(?:ing)?|Place|Position|No\.|#|City|County|Jurisdiction|Government|"
                         r"State|Population|Category|Winner|Name|Score|Year)\s*(?:\||$)[\s|]*){2,}$|^[\s|:-]+$", re.I)


@cache
def list_head() -> re.Pattern[str]:
    return re.compile(LIST_HEAD.pattern.replace("{o}", ordinal_pattern()), re.I)


def list_items(line: str) -> list[tuple[int, int, int, bool, bool]] | None:
    """(start, end, rank, tie, loose) of each ranked item on a list line, or None if it is not a list line.

    ``loose`` items ("1st Springfield", "1 | Springfield") count only when a place opens the item.

    >>> list_items("2nd (tie) – Chicago, Ill.; Seattle, Wash.")
    [(12, 41, 2, True, False)]
    >>> [i[2:] for i in list_items("No. 1 Virginia Beach, Va. | No. 2 Norfolk, Va.")]
    [(1, False, False), (2, False, False)]
    >>> [i[2:] for i in list_items("5th Salem, Ore.") + list_items("3 | Durham, N.C. | 250,000")]
    [(5, False, True), (3, False, True)]
    >>> list_items("Second Avenue reopened") is None and list_items("2019 | budget") is None
    True
    """
    m = list_head().match(line)
    if m:
        rank = ordinal_value(m.group("ord"))
        if rank:
            return [(m.end(), len(line), rank, bool(m.group("tie")), False)]
    for pat in (BARE_ORD, CELL_ITEM):
        m = pat.match(line)
        if m and 0 < int(m.group("n")) <= 100:
            end = line.find("|", m.end())
            return [(m.end(), end if end >= 0 else len(line), int(m.group("n")), bool(m.group("tie")), True)]
    for pat in (NO_ITEM, DOT_ITEM):
        ms = list(pat.finditer(line))
        # ("(MONEY Magazine) – *1. Madison, Wis. 2. Punta Gorda, Fla. 3. Rochester, Minn.": a run counted from 1
        # after a lead on the same line)
        counted = len(ms) >= 3 and [int(m.group("n")) for m in ms] == list(range(1, len(ms) + 1))
        if ms and (ms[0].start() <= 2 or counted) and (len(ms) >= 2 or len(line) < 120):
            items = []
            for i, mm in enumerate(ms):
                end = ms[i + 1].start() if i + 1 < len(ms) else len(line)
                items.append((mm.end(), end, int(mm.group("n")), bool(mm.group("tie")), len(ms) == 1))
            return items
    return None


@cache
def _level_head() -> re.Pattern[str]:
    """A certification level a list's lead-in gives its items: "The 2011 ... SILVER Level Certified Communities
    are as follows:", "Communities certified at the Gold level:"."""
    lv = level_words()
    return re.compile(rf"(?i)\b({lv})(?:[- ]level\b|[- ]certified\b|\s+certification\b|\s+status\b)"
                      rf"|\bat\s+the\s+({lv})\s+level\b")


def heading(line: str) -> tuple[str | None, int | None]:
    """(category, year) a heading line gives to the list under it."""
    cats = [c for c in find_categories(line) if c.kind in ("range", "descriptive")]
    years = [y for _p, y in years_in(line)]
    year = years[0] if years else None
    if cats:
        return cats[0].value, year
    if lv := _level_head().search(line):
        return (lv.group(1) or lv.group(2)).capitalize(), year
    named = named_category(line)  # "... were ranked in the Overall City Government Experience category:"
    if named:
        return named[2], year
    s = strip_trailer(line)
    words = s.split()
    if 1 <= len(words) <= 7 and all(w[0].isupper() or w in ("of", "and", "&", "the", "for", "in") for w in words) \
            and not YEAR.search(s) and not _placed(s):
        return s, year
    return None, year


def _placed(line: str) -> bool:
    """Whether a short line ends with a state after a comma ("Coral, Fla.": the end of a place the page wrapped
    onto its own line), which is no category."""
    m = rx(r",[ \t]*([A-Z][A-Za-z. ]{1,20}?)[ \t]*$").search(line)
    return m is not None and state_code(m.group(1)) is not None


def stray_row(line: str) -> bool:
    """A short line inside a ranked list that is neither a heading with a category nor a lead-in: a row the
    page garbled ("P2nd lano, TX"), not the start of a new list."""
    s = line.strip()
    return len(s) <= 40 and not s.endswith(":") and heading(s)[0] is None and not award_mentions(s)


def list_wins(ctx: AwardContext) -> list[Win]:
    text = ctx.doc.text
    wins: list[Win] = []
    pos = 0
    prev_plain: str | None = None
    section_award: str | None = None
    in_list = False
    head_cat: str | None = None
    head_year: int | None = None
    block = -1
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if FINALIST.match(line.strip()):
            for p in ctx.places_in(start, start + len(line)):
                ctx.excluded.add(p.start)
            ctx.consumed.append((start, start + len(line)))
            continue
        if TABLE_HEAD.match(line):
            continue
        items = list_items(line)
        head_line = prev_plain
        if items is None:
            # "The top cities in the 250,000-499,999 category were: 1. Tulsa, Okla.; 2. Omaha, Neb."
            cm = rx(r"([^:]{3,160}):\s+(?=(?:No\.\s*|#)?1\b)").match(line)
            inline = list_items(line[cm.end():]) if cm else None
            if not inline or len(inline) < 2:
                if in_list and stray_row(line):
                    continue  # "P2nd lano, TX": a garbled row inside a list does not end it
                in_list = False
                prev_plain = line
                if len(line) < 100 and not line.rstrip().endswith("."):
                    named = [n for _a, _b, n in award_mentions(line)]
                    if named:  # a section heading: "2019 Digital Counties Survey" above its bracket lists
                        section_award = named[0]
                continue
            items = [(a + cm.end(), b + cm.end(), r, t, lo) for a, b, r, t, lo in inline]
            head_line, in_list = cm.group(1), False
        if not in_list:
            head_cat, head_year = heading(head_line) if head_line else (None, None)
            # a level's list numbers its members, it does not rank them ("1. Bernards, Somerset County" under
            # "SILVER Level Certified Communities are as follows:")
            # ... nor does a list of the places certified or designated ("The eight Sustainable Jersey newly
            # certified towns are:" / "1. Mullica Township"), unless its head ranks them
            counted = bool(head_line and ((head_cat and _level_head().search(head_line)) or (
                _COUNTING_HEAD.search(head_line) and not _RANKING_HEAD.search(head_line))))
            # the head's award: one we know, the section's, or a ranking's title it writes ('Top 10 "Best Places
            # to Live" according to the report:')
            award_here = [n for _a, _b, n in award_mentions(head_line or "")] or \
                ([section_award] if section_award else []) or \
                [n for _a, _b, n in written_awards(head_line or "") if is_ranking_title(n)]
            in_list = True
            block += 1
            last: list[Win] = []
        found_any = False
        for a, b, rank, tie, loose in items:
            recips = [p for p in ctx.places_in(start + a, start + b) if p.start not in ctx.excluded]
            # "7. West Milford Township (Passaic County)": the county in parentheses places the town, it wins
            # nothing
            recips = [p for i, p in enumerate(recips) if not (
                i and p.kind == "county" and rx(r"[^()\n;]{0,20}\([ \t]*").fullmatch(text, recips[i - 1].end, p.start))]
            if loose and (not recips or not place_prefix().fullmatch(line[a:recips[0].start - start])):
                continue
            for p in recips:
                found_any = True
                award = award_here[0] if award_here else ctx.main_award
                if not award:
                    continue
                sent = ctx.sentence_at(p.start)
                if head_cat:
                    ctx.said[p.name] = head_cat
                row_cat = head_cat
                if loose:  # a table row can carry its bracket: "1 | Springfield, Ill. | 500,000 or more"
                    rc = [c for c in find_categories("population " + line[b:]) if c.kind == "range"]
                    row_cat = rc[0].value if rc else head_cat
                # the heading (or cell) right above/beside a row outranks a bracket the prose words for it
                w = Win(p.name, award, head_year or ctx.year, None if counted else rank, 3, row_cat,
                         3 if row_cat else 0, not counted and (tie or len(recips) > 1), [],
                         sent.evidence() if sent else None, head_year is not None, p.start)
                w.block = block
                if counted:  # no ties among counted members
                    last = []
                elif last and last[-1].rank == rank:  # a repeated ordinal is a tie: "2nd Albany" / "2nd Salem"
                    w.tie = True
                    for x in last:
                        x.tie = True
                elif last and p is recips[0]:
                    last = []
                last.append(w)
                wins.append(w)
        if found_any:
            ctx.consumed.append((start, start + len(line)))
    return wins


#: a list's head that says its places were certified or designated: its numbers count them
_COUNTING_HEAD = re.compile(r"(?i)\b(?:(?:re|newly[ \t]+)?certified|certifications?|designated|designations?|"
                            r"accredited|accreditations?)\b")
#: ... and one that ranks them
_RANKING_HEAD = re.compile(r"(?i)\b(?:top|best|worst|rank(?:ed|ing|ings|s)?|most|least|leading|first|highest|"
                           r"lowest|\d+(?:st|nd|rd|th))\b")


MEMBER_INTRO = re.compile(r"\b(?:winners?|honou?rees|recipients|awardees|include[sd]?|including|are|were|list|"
                           r"following|class|cohort|selected|named|certified|recogni[sz]ed|honou?red|"
                           r"(?:went|go(?:es)?|given|presented)[ \t]+to)\b[^:]*:\s*$",
                           re.I)


def _member_intro(text: str) -> bool:
    """Whether ``text`` introduces a list of members ("The 2023 honorees are:").

    Why the colon first: the pattern ends at a colon that closes the text, and searched without it, every
    "are" or "list" of a page's lines ran on to the line's end (measured 2026-12-07: 1% of extraction)."""
    return text.rstrip().endswith(":") and MEMBER_INTRO.search(text) is not None


@cache
def place_prefix() -> re.Pattern[str]:
    """The wrapper a list row may put before a place's name: 'City and County of Honolulu, Hawaii'."""
    forms = sorted(load_data("awards").get("list_place_prefixes", []), key=len, reverse=True)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) or "(?!)"
    return re.compile(rf"\s*(?:(?:the\s+)?(?:{alt})\s+)?", re.I)


@cache
def bullet() -> re.Pattern[str]:
    return re.compile(r"^[\s•*·▪◦\-–—]*" + place_prefix().pattern.removeprefix(r"\s*"), re.I)


def member_list_wins(ctx: AwardContext) -> list[Win]:
    """Unranked winner lists: 'This year's honorees include:' then one place per line
    ('City of Springfield, Ill. – Smart Streetlight Network')."""
    text = ctx.doc.text
    wins: list[Win] = []
    pos = 0
    intro: str | None = None
    intro_at = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if intro is not None and list_items(line) is None and len(line) < 200:
            lead = bullet().match(line)
            recips = [p for p in ctx.places_in(start, start + len(line)) if p.start not in ctx.excluded]
            if recips and recips[0].start - start <= (lead.end() if lead else 0) + 1:
                award_here = [n for _a, _b, n in award_mentions(intro)]
                award = award_here[0] if award_here else (
                    None if written_awards(intro) else received_above(text, intro_at, award_mentions)) \
                    or ctx.main_award
                years = [y for _p, y in years_in(intro)]
                cats = [c.value for c in find_categories(intro) if c.kind in ("range", "descriptive")] or \
                    [t for a, b, t in find_titles(intro) if ctx.main_award not in ctx.bracketed
                     and not any(x < b and a < y for x, y, _n in award_mentions(intro))]  # a title that is an award
                sep = rx(r"\s[–—-]\s|:\s|\s\|\s").search(line)
                cut = start + sep.start() if sep else start + len(line)
                sent = ctx.sentence_at(recips[0].start)
                if award and award not in ctx.person_awards:
                    for p in recips:
                        if p.start < cut:
                            wins.append(Win(p.name, award, years[0] if years else ctx.year, None, 1,
                                             cats[0] if cats else None, 2 if cats else 0, False, [],
                                             sent.evidence() if sent else None, bool(years), p.start))
                ctx.consumed.append((start, start + len(line)))
                continue
        intro = line if (_member_intro(line) and not FINALIST.search(line)
                         and not ELIGIBILITY.search(line)) else None
        intro_at = start
    return wins


def own_item_wins(ctx: AwardContext) -> list[Win]:
    """A release's own wins listed one per item, each in its category: "The winning programs are:" then
    "• Text-to-911, in the Information Technology category" (the page's own place wins the award in each
    category; an item that names another place is left to the other readers)."""
    if not ctx.main or not ctx.main_award or ctx.main_award in ctx.person_awards \
            or ctx.main_award in ctx.bracketed:
        return []
    text = ctx.doc.text
    wins: list[Win] = []
    intro: str | None = None
    items: list[tuple[int, str]] = []

    def flush() -> None:
        if intro is not None and len(items) >= 2:
            named = [(at, named_category(item)) for at, item in items]
            if sum(1 for _at, n in named if n) >= 2:
                awards = [n for _a, _b, n in award_mentions(intro)]
                years = [y for _p, y in years_in(intro)]
                for at, n in named:
                    if n is None:
                        continue
                    sent = ctx.sentence_at(at)
                    wins.append(Win(ctx.main, awards[0] if awards else ctx.main_award,
                                    years[0] if years else ctx.year, None, 1, n[2], 3, False, [],
                                    sent.evidence() if sent else None, bool(years), at))

    for b in blocks(text):  # the page's lines as the layout reads them: bullets and numbers marked
        if intro is not None and b.marker in ("bullet", "ordinal") \
                and all(p.name == ctx.main for p in ctx.places_in(b.start, b.end)):
            items.append((b.body, text[b.body:b.end]))
            continue
        flush()
        items = []
        line = text[b.start:b.end]
        intro = line if (_member_intro(line) and not FINALIST.search(line)
                         and not ELIGIBILITY.search(line)) else None
    flush()
    return wins


#: what may stand between two members of a run of places: "Alexandria, Va.; New York City; Port St. Lucie, Fla."
_SKIPPED_MEMBER = re.compile(r"(?:,[ \t]*[A-Z][\w.]*\.?)?;[ \t]*[A-Z][^;:\n]{0,60};[ \t]*(?:and[ \t]+)?")
_RUN_GAP = re.compile(r"(?:,[ \t]*(?:[A-Z][\w.]*\.?(?:[ \t]+[A-Z][\w.]*)?)?)?[ \t]*(?:;|,)?[ \t]*(?:and[ \t]+)?")


_ANNOUNCED = re.compile(r"\b(?:winners?|winning|honou?rees|recipients|awardees|certified|named|selected|recogni[sz]ed|"
                        r"honou?red|awarded|champions|designated|earned|received|(?:went|given|presented)[ \t]+to)\b",
                        re.I)
#: a sentence that restates, without a colon, the members the one before counts: "The six communities are",
#: "These 12 cities were"
_RESTATED_LEAD = re.compile(r"(?:The|These|Those)[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve)[ \t]+(?:[a-z]+[ \t]+)?(?:communities|cities|counties|towns|places|winners|"
                            r"recipients|honou?rees)[ \t]+(?:are|were|include)[ \t]+(?=[A-Z])")
_ANAPHORIC_LEAD = re.compile(r"\b(?:[Oo]ther|[Rr]emaining|[Tt]hey|[Tt]hese|[Tt]hose|also)\b")


#: a sentence that announces its winners before listing them: "This year's winners are ..."
_WINNERS_ARE = re.compile(r"\b(?:winners|honou?rees|recipients|awardees)\s+(?:are|were|include[sd]?)\b", re.I)


def _bracket_value(cat: str) -> bool:
    return bool(rx(r"\d").search(cat)) or cat == "mid-sized"


def segment_winner_wins(ctx: AwardContext) -> list[Win]:
    """Winners listed one segment each between semicolons, each with its own category: "This year's winners are
    Virginia Beach, Va., in the 250,000 or more category; Des Moines, Iowa, in the 125,000 to 249,999
    category; a tie between Denton, Texas, and Ogden, Utah, in the 75,000 to 124,999 category; ..." (two
    segments or more that each name places and a category)."""
    text = ctx.doc.text
    wins: list[Win] = []
    for s in ctx.doc.sentences:
        lead = _WINNERS_ARE.search(s.text)
        if lead is None or s.text.count(";") < 1 or FINALIST.search(s.text[:lead.end()]) \
                or any(a <= s.start < b for a, b in ctx.consumed):
            continue
        head = s.text[:lead.end()]
        named = [n for _a, _b, n in award_mentions(head)]
        award = named[0] if named else ctx.main_award
        if not award or award in ctx.person_awards:
            continue
        years = [y for _p, y in years_in(head)]
        found: list[Win] = []
        at = s.start + lead.end()
        segments = 0
        for part in rx(r";").split(text[at:s.end]):
            a, b = at, at + len(part)
            at = b + 1
            places = [p for p in ctx.places_in(a, b) if p.start not in ctx.excluded]
            cats = [c.value for c in find_categories(part) if c.kind in ("range", "descriptive")]
            cat = cats[0] if len(cats) == 1 else (named_category(part) or (0, 0, None))[2]
            if not places or cat is None:
                continue
            segments += 1
            tie = bool(rx(r"\btie\b|\btied\b").search(part))
            # a survey ranked within brackets names as a bracket's winner its first place
            first = award in ctx.bracketed and _bracket_value(cat)
            for p in places:
                found.append(Win(p.name, award, years[0] if years else ctx.year, 1 if first else None,
                                 2 if first else 0, cat, 3, tie, [], s.evidence(), bool(years), p.start))
        if segments >= 2:
            wins.extend(found)
    return wins


def inline_member_wins(ctx: AwardContext) -> list[Win]:
    """A sentence that announces its winners and lists them after a colon: "The newly certified cities include
    five from the U.S. and seven from Latin America: Alexandria, Va.; New York City; Port St. Lucie, Fla.; ..."
    (three places or more, each right after the one before; the award named before the colon, else the page's)."""
    text = ctx.doc.text
    wins: list[Win] = []
    sentences = ctx.doc.sentences
    for i, s in enumerate(sentences):
        colon = s.text.find(":")
        restated = _RESTATED_LEAD.match(s.text) if colon < 0 else None
        if (colon < 0 and restated is None) or any(a <= s.start < b for a, b in ctx.consumed):
            continue
        # "... announced the six communities chosen as winners of this year's Prize. The six communities are
        # Brownsville, Texas; ...": a lead without a colon that restates the members the sentence before counts
        colon = restated.end() - 1 if restated else colon
        lead = s.text[:colon + 1]
        # "... announced the finalists for the 2014 All-America City Awards. They are:", "Other cities named
        # include:": the sentences before say who they are
        back = 3 if restated or _ANAPHORIC_LEAD.search(lead) else 1 if len(lead) < 40 else 0
        before = [t.text for t in sentences[max(0, i - back):i]]
        if not (restated or _member_intro(lead)) \
                or any(FINALIST.search(t) or ELIGIBILITY.search(t) for t in [lead, *before]):
            continue
        if not _ANNOUNCED.search(lead) and not any(_ANNOUNCED.search(t) for t in before):
            continue  # "Our network has grown this year. These include:", "Of the 21 cities, 16 are EUROCITIES
            # members:": members of something else
        run: list[PlaceMention] = []
        at = s.start + colon + 1
        for p in ctx.places_in(at, s.end):
            gap = _RUN_GAP.fullmatch(text, at, p.start) if run else rx(r"\s*").fullmatch(text[at:p.start])
            # "Alamosa County, Colo.; Chickaloon Native Village; Drew, Miss.": a member that is no place the
            # gazetteer knows, between semicolons, does not end a semicolon list
            if gap is None and not (run and _SKIPPED_MEMBER.fullmatch(text, at, p.start)):
                break
            if p.start not in ctx.excluded:
                run.append(p)
            at = p.end
        if len(run) < 3:
            continue
        named = [n for _a, _b, n in award_mentions(lead)]
        if not named and restated:  # the award the sentences before name, the nearest last
            named = [n for t in reversed(before) for _a, _b, n in sorted([*award_mentions(t), *written_awards(t)])[-1:]]
        award = named[0] if named else ctx.main_award
        if not award or award in ctx.person_awards:
            continue
        years = [y for _p, y in years_in(lead)]
        for p in run:
            wins.append(Win(p.name, award, years[0] if years else ctx.year, None, 1, None, 0, False, [],
                             s.evidence(), bool(years), p.start))
    return wins


#: "Stockholm (2010), Hamburg (2011)", "Mollet del Vallès and Torres Vedras (both 2016)": a holder and its year
_DATED = re.compile(r"[ \t]*\((?:both[ \t]+|all[ \t]+|in[ \t]+)?"
                    r"((?:19|20)\d\d(?:(?:,[ \t]*|[ \t]+and[ \t]+)(?:19|20)\d\d)*)\)")
#: a sentence listing an award's holders over the years: "The European Green Capitals to date are:", "Past winners"
_HOLDERS = re.compile(r"\b(?:to date|so far|past|previous|former|winners?|recipients?|holders?|honou?rees?|"
                      r"laureates?|title|followed by)\b", re.I)
#: the holder's country or state between its name and its year: "Hamburg, Germany (2011)"
_REGION_BEFORE_YEAR = re.compile(r",[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}(?=[ \t]*\()")


def dated_member_wins(ctx: AwardContext) -> list[Win]:
    """A sentence naming an award's holders each with its own year in parentheses: "The European Green
    Capitals to date are: Stockholm (2010), Hamburg (2011), Vitoria-Gasteiz (2012) ..." (each place wins the
    award named in the sentence, else the last one named before it, in the year beside it)."""
    text = ctx.doc.text
    wins: list[Win] = []
    named: list[tuple[int, int, str]] | None = None  # every award named in the document, read on first need
    for s in ctx.doc.sentences:
        if not _HOLDERS.search(s.text) or FINALIST.search(s.text) or "(" not in s.text:
            continue
        found: list[tuple[PlaceMention, list[int]]] = []
        waiting: list[PlaceMention] = []
        for p in ctx.places_in(s.start, s.end):
            if p.start in ctx.excluded:
                continue
            if waiting and not rx(r"\s*(?:,|and|,\s*and|&)\s*").fullmatch(text[waiting[-1].end:p.start]):
                waiting = []  # "(both 2016)" dates only the places joined to the one it follows
            waiting.append(p)
            region = _REGION_BEFORE_YEAR.match(text, p.end)
            m = _DATED.match(text, region.end() if region else p.end)
            if m:
                years = [int(y) for y in rx(r"\d{4}").findall(m.group(1))]  # "Albany, N.Y. (2016, 2017)"
                found.extend((q, years) for q in waiting)
                waiting = []
        if len({p.start for p, _y in found}) < 2:
            continue
        if named is None:
            named = sorted([*award_mentions(text), *written_awards(text)])
        here = [n for a, _b, n in named if s.start <= a < s.end]
        before = [n for a, _b, n in named if a < s.start]
        award = here[0] if here else before[-1] if before else ctx.main_award
        if not award or award in ctx.person_awards:
            continue
        for p, years in found:
            for year in years:
                wins.append(Win(p.name, award, year, None, 0, None, 0, False, [], s.evidence(), True, p.start))
        ctx.consumed.append((s.start, s.end))
    return wins


OTHER_STATES = re.compile(r"\s*(?:The|These)\s+(?:other|remaining)\s+(?:\w+\s+)?states\s+(?:are|were|include[sd]?)\b")


#: a ranking of states that lists them: "the top 10 tech-savvy states, in order, are", "the leading states were"
TOP_STATES = re.compile(r"\b(?:top(?:[- ](?:\d{1,2}|ten|five))?|leading|best|highest[- ]ranked|most [\w-]+)\s+"
                        r"(?:[\w-]+\s+){0,2}states\b[^.;:]{0,40}?(?:\bis\b|\bare\b|\bwere\b|\binclude[sd]?\b|:)",
                        re.I)


#: a list said to be ranked: its order is the placing ("the top 10 states, in order, are ...")
IN_ORDER = re.compile(r"\bin (?:that |ranked |descending )?order\b", re.I)


#: the grades a graded survey gives: each is the state's result in that edition, a C or a D as much as an A
#: (measured 2026-12-05 on real pages: annotators recorded the low grades of four pages in five)
SURVEY_GRADES = re.compile(r"[A-D](?:[+-]| plus| minus)?$")


def grade_wins(ctx: AwardContext) -> list[Win]:
    """States a graded survey names with their grade (:mod:`kg.extract.grades`)."""
    # (and an award whose states' edition is another: "the survey from the Center for Digital Government" that
    # graded the states is its Digital States Survey)
    graded = {d.name for d in award_defs() if d.recipients == "state" or d.state_counterpart}
    known = {d.name for d in award_defs()}
    # an award no list knows that is named for the states it grades ("the 2012 Digital States Survey")
    if ctx.main_award not in graded and not (ctx.main_award and ctx.main_award not in known
                                             and rx(r"\bStates\b").search(ctx.main_award)):
        return []
    wins = []
    last: Win | None = None
    sentences = ctx.doc.sentences
    for i, s in enumerate(sentences):
        prev = sentences[i - 1] if i else None
        if last is not None and OTHER_STATES.match(s.text):
            # "Georgia is one of only five states to receive an A in the 2018 survey. The other states are
            # Michigan, Missouri, Ohio, and Utah."
            for state, at in states_in(s.text, s.start):
                wins.append(Win(state, ctx.main_award, last.year, None, 0, last.category, 3, False, [],
                                 s.evidence(), last.explicit_year, at))
        for g in find_grades(s.text, s.start):
            if not SURVEY_GRADES.match(g.grade):
                continue
            wins.append(Win(g.state, ctx.main_award, g.year or ctx.year, None, 0, g.grade, 3, False, [],
                             s.evidence(), g.year is not None, g.start))
            last = wins[-1]
            earlier = g.earlier
            if earlier is None and g.kept:
                # "Since the last biennial survey in 2018, ... Georgia, Michigan ... maintained their A grade": the
                # edition the sentence, or the one before it, compares with
                lm = LAST_EDITION.search(s.text) or (LAST_EDITION.search(prev.text) if prev is not None else None)
                earlier = int(lm.group(1)) if lm else None
            if earlier and earlier != wins[-1].year:
                wins.append(Win(g.state, ctx.main_award, earlier, None, 0, g.earlier_grade or g.grade, 3, False, [],
                                 s.evidence(), True, g.start))
    graded_here = {w.recipient for w in wins}
    # (a survey of cities whose states' edition is another grades states, but its "top states for digital cities"
    # are no winners)
    by_states = ctx.main_award not in {d.name for d in award_defs() if d.state_counterpart}
    for s in ctx.doc.sentences if by_states else ():
        # "The list of top 10 tech-savvy states, in order, is Utah, Michigan, Virginia, ..."
        if any(a <= s.start < b for a, b in ctx.consumed) or find_grades(s.text, s.start):
            continue
        m = TOP_STATES.search(s.text)
        if not m:
            continue
        listed = [(st, at) for st, at in states_in(s.text[m.end():], s.start + m.end()) if st not in graded_here]
        if len(listed) >= 3:
            ordered = bool(IN_ORDER.search(s.text, m.start(), listed[0][1] - s.start))
            # "..., and Tennessee and Pennsylvania, which tied for 10th place": the last two share the placing
            tail = [r for r in find_ranks(s.text[listed[-1][1] - s.start:]) if r.rank and r.tie]
            for i, (state, at) in enumerate(listed):
                rank = i + 1 if ordered else None
                if ordered and tail and i >= len(listed) - 2:
                    rank = tail[0].rank
                wins.append(Win(state, ctx.main_award, ctx.year, rank, 3 if rank else 0, None, 0,
                                bool(tail) and rank == (tail[0].rank if tail else None), [], s.evidence(), False, at))
    for g in find_grade_lines(ctx.doc.text):  # "B+  Arkansas, Colorado and Indiana" under a grades heading
        if SURVEY_GRADES.match(g.grade):
            s = ctx.sentence_at(g.start)
            wins.append(Win(g.state, ctx.main_award, ctx.year, None, 0, g.grade, 3, False, [],
                             s.evidence() if s else None, False, g.start))
    for g in find_grade_cards(ctx.doc.text):  # "2018 Grade: C+" / "2016 Grade: C+" over the paragraph on Nevada
        if SURVEY_GRADES.match(g.grade):
            s = ctx.sentence_at(g.start)
            wins.append(Win(g.state, ctx.main_award, g.year, None, 0, g.grade, 3, False, [],
                             s.evidence() if s else None, True, g.start))
    return wins


@cache
def tiers() -> dict[str, dict[str, str]]:
    return {a["name"]: a["tiers"] for a in load_data("awards")["awards"] if a.get("tiers")}


#: an item of a semicolon list of winners: its place, the place's region in parentheses, its category after a comma
#: ("Taunton (South West), Small City/Large Town")
_SEMI_ITEM = re.compile(r"[ \t]*(?:and[ \t]+)?(?:\([^()\n]{1,40}\)[ \t]*)?(?:,[ \t]*(?P<cat>[^;,\n]{2,60}?))?"
                        r"[ \t]*\.?[ \t]*$")


def semicolon_item_wins(ctx: AwardContext) -> list[Win]:
    """A winners' lead-in and, after its colon, items split by semicolons that each open with their place and may
    name its region and its category ("Winners include: Nottingham (East Midlands), Champion of Champions;
    Sheffield (Yorkshire), Large City; ..."): three such items or more win the award the lead names, else the
    page's, each in its category."""
    text = ctx.doc.text
    wins: list[Win] = []
    for s in ctx.doc.sentences:
        colon = s.text.find(":")
        if colon < 0 or s.text.count(";", colon) < 2 or any(a <= s.start < b for a, b in ctx.consumed):
            continue
        lead = s.text[:colon + 1]
        if not _member_intro(lead) or not _ANNOUNCED.search(lead) or FINALIST.search(lead) \
                or ELIGIBILITY.search(lead):
            continue
        items, at = [], s.start + colon + 1
        for part in s.text[colon + 1:].split(";"):
            a = at + len(part) - len(part.lstrip())
            at += len(part) + 1
            place = next((p for p in ctx.places_in(a, a + len(part)) if p.start == a or (
                text[a:p.start].strip() in ("and", "") and p.start - a <= 4)), None)
            rest = _SEMI_ITEM.fullmatch(text, place.end, at - 1) if place is not None else None
            if rest is None:
                continue
            cat = rest.group("cat")
            if cat and (state_code(cat) or country_pattern().fullmatch(cat) or province_pattern().fullmatch(cat)
                        or not cat[:1].isupper()):
                cat = None  # "Fayetteville, N.C.;", "Medellín, Colombia;": the place's state or country
            items.append((place, cat))
        # (the categories tell this list from a plain list of places, which inline_member_wins reads)
        if len(items) < 3 or sum(1 for _p, c in items if c) < 3:
            continue
        named = [n for _a, _b, n in award_mentions(lead)]
        award = named[0] if named else ctx.main_award
        if not award or award in ctx.person_awards:
            continue
        years = [y for _p, y in years_in(lead)]
        for place, cat in items:
            if place.start in ctx.excluded:
                continue
            wins.append(Win(place.name, award, years[0] if years else ctx.year, None, 1, cat.strip() if cat else None,
                            3 if cat else 0, False, [], s.evidence(), bool(years), place.start))
        ctx.consumed.append((s.start, s.end))
    return wins


#: a table cell that lost its row: one cell per line, each closed by its bar ("Ranking |", "1 |", "Indore |")
_CELL_LINE = re.compile(r"^[ \t]*(?P<cell>[^|\n]*?)[ \t]*\|[ \t]*$", re.M)
_RANK_HEAD = re.compile(r"(?i)rank(?:ing)?|no\.|#|place|position")
_PLACE_HEAD = re.compile(r"(?i)(?:the[ \t]+)?(?:city|cities|town|county|community|municipality|place|"
                         r"metro(?:[ \t]+area)?)")


def cell_line_wins(ctx: AwardContext) -> list[Win]:
    """A ranked table whose cells lost their rows, one cell per line ("Ranking |" / "City |" / "State |" / "1 |" /
    "Indore |" / "Madhya Pradesh |"): the header's cells say how many make a row, the rank column each row's placing
    and the place column its winner."""
    text = ctx.doc.text
    if text.count("|") < 9 or not ctx.main_award:
        return []
    cells = list(_CELL_LINE.finditer(text))
    wins: list[Win] = []
    i = 0
    while i < len(cells):
        j = i  # a run of consecutive cell lines
        while j + 1 < len(cells) and not text[cells[j].end():cells[j + 1].start()].strip():
            j += 1
        run, i = cells[i:j + 1], j + 1
        if len(run) < 6 or not _RANK_HEAD.fullmatch(run[0].group("cell")):
            continue
        width = next((k for k, c in enumerate(run[1:], 1) if c.group("cell").isdigit()), 0)
        if not 2 <= width <= 6:
            continue
        column = next((k for k, c in enumerate(run[1:width], 1) if _PLACE_HEAD.fullmatch(c.group("cell"))), 1)
        for r in range(width, len(run) - width + 1, width):
            row = run[r:r + width]
            if not row[0].group("cell").isdigit():
                break
            rank = int(row[0].group("cell"))
            cell = row[column]
            place = next((p for p in ctx.places_in(cell.start("cell"), cell.end("cell"))
                          if p.start == cell.start("cell") and p.start not in ctx.excluded), None)
            if place is None or not 0 < rank <= 500:
                continue
            sent = ctx.sentence_at(place.start)
            wins.append(Win(place.name, ctx.main_award, ctx.year, rank, 3, None, 0, False, [],
                            sent.evidence() if sent else None, False, place.start))
    return wins


def layout_exclusions(ctx: AwardContext) -> None:
    ctx.excluded |= excluded_members(ctx.doc.text, ctx.places)
    ctx.excluded |= _locating_counties(ctx.doc.text, ctx.places)


def _locating_counties(text: str, places: list[PlaceMention]) -> set[int]:
    """Where a county in parentheses right after a town locates it ("1. Mullica Township (Atlantic County)"): the
    county wins nothing there, in any reader."""
    ends = {p.end for p in places if p.kind == "city"}
    return {p.start for p in places if p.kind == "county" and text[p.start - 1:p.start] == "("
            and any(e in ends and not text[e:p.start - 1].strip() for e in range(p.start - 3, p.start))}


def layout_wins(ctx: AwardContext) -> list[Win]:
    """Wins the page's layout states (:mod:`kg.extract.award_layout`): items under a winners' head."""
    text = ctx.doc.text
    cands = layout_candidates(
        text, ctx.places, main_award=ctx.main_award, year=ctx.year, award_mentions=award_mentions,
        years_in=years_in, person_awards=ctx.person_awards, tiers=tiers(),
        skip=lambda pos: any(a <= pos < b for a, b in ctx.consumed))
    wins = []
    head_streaks: dict[tuple[int, int], list[StreakMention]] = {}
    for c in cands:
        if c.pos in ctx.excluded:
            continue
        if c.head not in head_streaks:  # "celebrating their 50th consecutive year as a Tree City" above the list
            found = find_streaks(text[c.head[0]:c.head[1]], year=c.year, edition=ctx.edition)
            head_streaks[c.head] = found if len(found) == 1 else []
        sent = ctx.sentence_at(c.pos)
        wins.append(Win(c.recipient, c.award, c.year, c.rank, 3 if c.rank is not None else 0, c.category,
                         (3 if c.cat_own else 2) if c.category else 0, c.tie, list(head_streaks[c.head]),
                         sent.evidence() if sent else None, c.explicit_year, c.pos))
        if c.category:
            ctx.said.setdefault(c.recipient, c.category)
        if c.entry:
            ctx.doc.context.setdefault("award_entries", []).append((c.recipient, *c.entry))
    return wins


def consume_related(ctx: AwardContext) -> None:
    """Headlines under a 'Related' box are other stories: skip them."""
    ctx.consumed.extend(related_spans(ctx.doc.text))


def category_line_wins(ctx: AwardContext) -> list[Win]:
    """'X was recognized in two categories:' followed by 'Category – ...' lines."""
    text = ctx.doc.text
    wins: list[Win] = []
    for m in rx(r"(?:in|across)\s+(?:two|three|four|five|several|\d+|the following)\s+categories\s*:\s*\n",
                re.I).finditer(text):
        sent = ctx.sentence_at(m.start())
        if sent is None:
            continue
        recips = ctx.places_in(sent.start, m.start())
        who = recips[-1].name if recips else ctx.main
        if not who or not ctx.main_award:
            continue
        pos = m.end()
        for line in text[m.end():].split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            lm = rx(r"^\s*([A-Z][\w&/,' -]{2,60}?)\s+[–—-]\s+").match(line)
            if not lm:
                break
            s = ctx.sentence_at(start)
            wins.append(Win(who, ctx.main_award, ctx.year, None, 0, lm.group(1).strip(), 3, False, [],
                             s.evidence() if s else None, False, start))
            ctx.consumed.append((start, start + len(line)))
    return wins
