"""Extraction component: awards won, with rank, category and streak, and the wins streaks imply.

The shape of the component: several readers propose candidate wins (recipient x award x signals), each
with the strength of its signals, and one linking step (``merge``) decides.  Readers:

- the page's layout (:mod:`kg.extract.award_layout` over :mod:`kg.extract.layout`): items, rows and
  paragraphs under a winners' head, which gives them its award, year, rank, category or tier;
- ranked list lines, member lists and category lines (:mod:`kg.extract.award_lists`), the older line
  readers, kept for the list formats they know;
- graded surveys (:mod:`kg.extract.grades`): states with their letter grade;
- sentences (below), for prose.

Merging (:mod:`kg.extract.award_merge`) groups candidates by (recipient, award, year) and keeps, for each
attribute, the strongest signal (a list's own ordinal over a prose placing, a member's own bracket over its
head's); the linking step (:mod:`kg.extract.award_linker`) then keeps the readers' wins and, with a trained
model, adds places no reader linked.  Shared records and context: :mod:`kg.extract.award_context`.

How a release says who won what, and how we read it:

- **Ranked lists** ("1st Place – Stafford County, Va.", "2nd (tie) – Chicago,
  Ill.; Seattle, Wash.", "No. 1 Virginia Beach, Va. | No. 2 ...", "1. Des
  Moines, Iowa  2. Hampton, Va.", "5th Salem, Ore.", table rows "1 | Salem,
  Ore." and "| 1 | Salem, Ore. | 500,000 or more |", "First place: Salem")
  are read line by line; the line above a list ("500,000 or more population
  category:", "Overall County Government Experience"), skipping table header
  rows, is its category; a repeated ordinal is a tie.  A list can also follow
  a colon in prose ("... were: 1. Tulsa, Okla.; 2. Omaha, Neb.").
  "Finalists:" lines are not wins.
- **Category lines** after "recognized in two categories:" ("Community
  Engagement – ...") give one win per category.
- **Prose**: in each sentence we find recipients (cities and counties from
  :mod:`kg.extract.places`, and "the city"/"the county"/"the 2016 win"/a
  city web domain standing for the document's own place) and signals
  (placings from :mod:`kg.extract.ranks`, certification levels, "won ...
  Award").  Recipients joined by list punctuation or "tied" form a group; a
  signal goes to the group just before it ("Aurora, Colo., placed third"),
  or to the group it introduces ("Other first-place winners in 2018: ...",
  "cities like Norfolk, ...", "second-place Tinley Park", "Other honorees
  include projects from X; Y; and Z": fellow winners of the award, with no rank
  or category).  Venue cities ("in Tampa" next to "honored"/"summit") and
  descriptors ("a suburb of Chicago") take no member signals.
- **Year**: an explicit year in the signal's stretch of the sentence ("finished
  9th ... in both 2012 and 2011"), else a relative one ("Last year", "One year
  after placing eighth"), else the award year in force: the publication year,
  else the most frequent year in the text.  Founding years ("since 2001",
  "began in 2003") are not award years.
- **Category**: a bracket right after the recipient ("Norfolk, Va.
  (125,000-249,999)"), else in the signal's stretch, else earlier in the
  sentence, else (for bracketed surveys, unless the sentence speaks of
  "other" brackets) the bracket in force.  "that category"/"the large-city
  group"/"the middle bracket" resolve against the brackets the text names.
  An award that ranks cities and counties apart (``type_categories``: GovX)
  puts a placing "among counties"/"in the city division" in its overall
  category for that kind of recipient.
- **Relative placings**: "followed by X" is the next rank, "trailing only X"
  the one above, "second to X; third to Y" and "X and Y taking second and
  third" give each its own; "up two spots from 2015", "a two-spot climb from
  2021", "moved from ninth to fourth", "(6th in 2021)" and, on its own, "moved
  up from fifth place last year" also state the earlier year's rank; "2021,
  when the city placed sixth" dates the placing in the "when" clause.
- **Who**: "the city"/"it" is the one place its paragraph's earlier sentences
  name, else the release's own place; a county written without "County"
  ("Cabarrus ranked 4th") is that county; the object of a giving verb ("NACo
  gave the county a 2018 Achievement Award") receives the award.
- **Award**: the known award (``kg/data/awards.json``) named in the sentence,
  else an award name written out (:mod:`kg.extract.award_names`: "... Award",
  "named ... to its Bright21 Communities of 2014"), else the document's main
  award.  Prize titles ("Among the Champion Cities are") and certification
  levels are categories.  Person awards (ORBIE) are never city awards.
- **Streaks** (:mod:`kg.extract.streaks`) attach to the nearest signal; a run of
  N ending in year Y implies wins in Y-N+1 .. Y-1, reported as inferred unless
  the text states that year (then it is an award, and a No. 1 streak lends it
  its rank and bracket).

Wins for the same recipient, award and year are merged.

Keys read from ``doc.context``: ``places``, ``main_place`` (places),
``doc_year`` (dates).  Keys written: ``award_year`` (the year "this year"
means), ``main_award`` (canonical name of the document's main award),
``subject`` (name of the place the release is about), ``award_entries``
((recipient, start, end) of the projects list items name after a winning place).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from kg.data import load as load_data
from kg.extract import award_linker
from kg.extract.award_context import (
    ELIGIBILITY,
    FINALIST,
    LAST_EDITION,
    NOT_WON_AFTER,
    YEAR,
    AwardContext,
    AwardDef,
    Win,
    award_defs,
    award_mentions,
    in_span,
    is_dateline,
    known_award_in,
    known_award_names,
    known_by_tail,
    level_words,
    place_line_by_date,
    text_line,
    years_in,
)
from kg.extract.award_givers import is_generic, qualified
from kg.extract.award_layout import part_of_main, without_giver
from kg.extract.award_lists import (
    category_line_wins,
    cell_line_wins,
    consume_related,
    dated_member_wins,
    grade_wins,
    inline_member_wins,
    layout_exclusions,
    layout_wins,
    list_wins,
    member_list_wins,
    own_item_wins,
    segment_winner_wins,
    semicolon_item_wins,
    tiers,
)
from kg.extract.award_merge import carry_category_back, infer, list_category_from_prose, merge
from kg.extract.award_names import (
    find_titles,
    is_ranking_title,
    list_award,
    name_pattern,
    recognition_programs,
    written_awards,
)
from kg.extract.award_stated_categories import item_categories, prize_tiers, stated_levels
from kg.extract.categories import CategoryMention, find_categories, named_category, range_key
from kg.extract.dates import find_dates, headline
from kg.extract.doc import Doc, Sentence
from kg.extract.gazetteer import country_pattern, province_pattern, state_names, state_pattern
from kg.extract.layout import blocks
from kg.extract.mentions import alternation, related_spans
from kg.extract.places import PlaceMention
from kg.extract.ranks import find_ranks, number_value, ordinal_pattern, ordinal_value
from kg.extract.regex import finds, fold_for_words, rx
from kg.extract.streaks import find_streaks, survey_edition
from kg.record import Award, DocumentRecord

__all__ = ["AwardDef", "award_defs", "extract"]


@cache
def _type_categories() -> dict[str, dict[str, str]]:
    """Award -> {recipient kind: the award's overall category for it} ('county': 'Overall County ...')."""
    return {a["name"]: a["type_categories"] for a in load_data("awards")["awards"] if a.get("type_categories")}


@cache
def _type_phrase() -> tuple[re.Pattern[str], dict[str, str]]:
    """'among counties', 'in the city division': a placing among one kind of recipient; word -> kind."""
    kinds = {w.lower(): k for k, ws in load_data("awards").get("recipient_type_words", {}).items() for w in ws}
    alt = alternation(kinds)
    pat = re.compile(rf"\bamong\s+(?:(?:all|the|other|participating|competing|eligible|U\.S\.|American|"
                     rf"[\w-]+-sized?|large|small|larger|smaller)\s+)*(?P<w>{alt})\b"
                     rf"|\b(?:in|atop|of|topped|tops|led|leads)\s+the\s+(?P<v>{alt})\s+"
                     r"(?:category|division|rankings?|field|competition|group)\b", re.I)
    return pat, kinds


def _type_category(award: str, text: str) -> str | None:
    """The award's overall category for the kind of recipient the last 'among counties' in ``text`` names."""
    cats = _type_categories().get(award)
    if not cats:
        return None
    pat, kinds = _type_phrase()
    found = [kinds[(m.group("w") or m.group("v")).lower()] for m in pat.finditer(text)]
    return cats.get(found[-1]) if found else None


#: certification levels, from ``kg/data/layout.json`` ("levels"), as the patterns below spell them
_LV_LOW = level_words()
_LV_WORDS = _LV_LOW.split("|")
_LV_CAP = "|".join(w.capitalize() for w in _LV_WORDS)
_LV_BOTH = f"{_LV_LOW}|{_LV_CAP}"
_LV_INIT = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _LV_WORDS)
#: a name and "in" before a county: the county locates the name ("the town of Highlands in Orange County")
_LOCATING_IN = re.compile(r"[A-Z][\w.'’-]*[ \t]+in[ \t]+(?:the[ \t]+)?$")
#: a county naming a kind of place after it describes that place: "the lowest-placing Fairfield County municipality"
_COUNTY_MODIFIER = re.compile(r"[ \t]+(?:municipalit(?:y|ies)|localit(?:y|ies)|towns?|cities|communit(?:y|ies)|"
                              r"villages?|boroughs?|townships?|residents)\b")
#: an Irish county written short after its town: "Westport, Co Mayo", "Dalkey, Co. Dublin"
_SHORT_COUNTY = re.compile(r"Co\.?[ \t]")
#: what may end a row after the place and its county: a score, a level, a dash and a number
_ROW_REST = re.compile(r"[ \t]*(?:[-–—(|:,][^A-Za-z\n]*)?(?:\n|$)")


def _with_locating_counties_folded(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places as award readers see them: a county written after a town and a comma to say where the town
    is becomes part of the town's mention, not a winner of its own (nor a break in a list of winners: "Westport,
    Co Mayo, and Ennis, Co Clare, won"): the Irish "Glaslough, Co Monaghan" ("Keadue Co Roscommon") anywhere,
    and "Cape May, Cape May County" as a list row's place (nothing but a score or a level after it on its line)."""
    out: list[PlaceMention] = []
    for p in places:
        before = out[-1] if out else None
        if p.kind == "county" and before is not None and before.kind == "city" and (
                (_SHORT_COUNTY.match(text, p.start) and rx(r",?[ \t]*").fullmatch(text, before.end, p.start))
                or (_ROW_REST.match(text, p.end) and rx(r",[ \t]*").fullmatch(text, before.end, p.start))):
            out[-1] = replace(before, end=p.end)
            continue
        out.append(p)
    return out


#: a heading over a list of winners: "Previous Winners of LivCom Awards", "Winners of the 2019 Savvy Awards"
_WINNERS_OF = re.compile(r"[ \t]*(?:(?:Previous|Past|Recent|All|Our)[ \t]+)?(?:Winners|Recipients|Honou?rees)"
                         r"[ \t]+of[ \t]")
#: a sentence that names the award whose winners a page announces: "announced the winners of the third annual
#: IDC Smart Cities North America Awards", "Top honors for the 2018 America in Bloom National Awards Program",
#: "released results of the eighth annual Digital Cities Survey"
_WINNERS_OF_THE = re.compile(r"\b(?:winners|recipients|honou?rees|results)\s+(?:of|for|in)\s+"
                             r"(?:the|this\s+year['’]s|its)\b|"
                             r"\b[Tt]op\s+honou?rs\s+(?:for|in|at)\s+the\b|"
                             # "The 2016 Digital Cities Survey results are in."
                             r"\b(?:results|rankings|winners)\s+(?:are|were)\s+(?:in|out|announced|released)\b")
_WIN_VERB = re.compile(r"\b(?:won|wins|winning|received|receives|receiving|earned|earns|picked up|picks up|claimed|"
                       # "one of 10 cities to receive the 2019 ...", "among only five counties nationwide to earn"
                       r"(?:one\s+of|among)\s+(?:the\s+|only\s+|just\s+)*(?:\w+\s+){0,2}(?:cities|counties|communities|"
                       r"towns|municipalities|places|local\s+governments)\s+(?:\w+\s+){0,3}?to\s+(?:receive|win|earn)|"
                       # "has qualified for Tree City USA for the 25th consecutive year" (a designation's standard met)
                       r"qualified (?:as|for)(?= (?:(?:the|a|an)\s+)?(?:(?:19|20)\d\d\s+)?[A-Z])|"
                       r"claims|brings? home|brought home|took home|takes home|takes|took|captured|captures|clinched|"
                       r"scooped|scoops|attained|attains|retained|retains|"
                       r"(?:honou?red|recogni[sz]ed|presented)\s+with|"
                       r"named (?:a|an|the|one of)|awarded|selected as|selected for (?:a|an|the)|bestowed|"
                       r"triumphed (?:at|in)|(?:beat|beats|beating|edged|edges|edging|topped|outpaced|defeated|bested|"
                       r"outlasted|went on)(?: out)?\s+[^.;]{0,80}?\bto win(?= (?:the|a|an|this|its) )|"
                       # "they beat out 50 other applicants for the Innovation Awards"
                       r"(?:beat|beats|edged|bested|topped|outpaced)(?: out)?\s+(?:\d+|\w+)\s+other\s+(?:applicants|"
                       r"entrants|entries|cities|communities|counties|towns|contenders|finalists|nominees)\s+"
                       r"for(?= the )|"
                       # "is the recipient of the 2020 Excellence in Open Data Award", "is one of the 2014 Smart21
                       # Communities" (a named honour right after)
                       r"(?:is|was|are|were|as)\s+(?:the|a|an)\s+(?:proud\s+)?recipients?\s+of|"
                       r"(?:is|was|are|were)\s+(?:one|among)\s+of\s+(?:the|this year's|its)(?=\s+(?:(?:19|20)\d\d\s+)?"
                       r"(?-i:[A-Z]))|"
                       # "Statesville, North Carolina is a 2009 All-America City", "became a Playful City USA": a title
                       # the honour makes the place (the award's name right after)
                       r"(?:is|was|became|becomes|remains|remained|is\s+now|are\s+now)\s+(?:a|an)"
                       r"(?=\s+(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])))\b",
                       re.I)
_LEVEL = re.compile(r"\b(?:at|to|earned|earns|earn|achieved|achieves|achieve|received|receives|reached|reaches|reach|"
                    r"attained|attains|attain|awarded|achieving|earning|reaching)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
                    r"(" + _LV_CAP + r")(?:\s+level|\s+certification)?\b|\b(" + _LV_CAP + r")[- ]"
                    r"(?:certified|level certification)\b"
                    r"|\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(" + _LV_CAP + r")(?:[- ]level)?"
                    r"\s+certification\b")
# "certified at the gold level", "achieved LEED for Cities platinum certification"
_LOWER_LEVEL = re.compile(r"\b(?:at|to)\s+(?:the\s+|a\s+)?(" + _LV_LOW + r")[- ]level\b"
                          r"|\b(?:achieved|earned|received|attained|won|achieving|earning)\s+(?:the\s+|a\s+)?"
                          r"(?:[A-Z][\w-]*\s+(?:for\s+)?){0,4}(" + _LV_LOW + r")[- ]?"
                          r"(?:certification|status|designation|rating)\b")
_WON_IN_CATEGORY = re.compile(r"\b(?:has won|have won|won|wins|took|takes|was honou?red|were honou?red)\s+(?:in\s+)?"
                              r"the\s+(?P<cat>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|and|of|&)){0,5})\s+"
                              r"(?:category|categories|division|award(?![\w-]))")  # "won the Smart Water award"
_LEVEL_AFTER = re.compile(r"[ \t]+(" + _LV_CAP + r")\b(?![- ]level\s+(?:recognition|designation))")
_LEVEL_BEFORE = re.compile(r"\b(" + _LV_BOTH + r")(?:[- ]level)?[ \t]+$")
_STARS = re.compile(r"\b([1-5])-$")  # "a 3-STAR Community Rating": a rating's stars are its level
_LEVEL_WITH = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(" + _LV_BOTH + r")"
                         r"(?:[- ]level)?\s+(?:designations?|certifications?|status|ratings?|recognition)\b")
_LEVEL_AS = re.compile(r"\bas\s+(?:an?\s+|the\s+)?(" + _LV_BOTH + r")"
                       r"(?:[- ]level)?\b(?![- ](?:sponsors?|partners?|members?|standard|medalists?)\b)"
                       r"(?!\s+(?:sponsors?|partners?|members?)\b)")
_WINNING_WORD = re.compile(r"\b(?:renewals?|renewed|designat\w*|certifi\w*|award\w*|recogni[sz]\w*|named|earned|"
                           r"received|won|wins|honou?red)\b", re.I)
_UP_FROM_LEVEL = re.compile(r"\b(?:up|moving|moved|moves|rising|rose|advancing|advanced|upgrading|upgraded|graduating|"
                            r"graduated|stepping|stepped)\s+(?:up\s+)?from\s+(?:the\s+|its\s+|their\s+)?"
                            r"(" + _LV_LOW + r")(?:[- ]level)?(?:\s+(?:certification|status))?"
                            r"(?:\s+(?:in|since)\s+((?:19|20)\d\d)|\s+(last year|a year (?:ago|earlier)))?", re.I)
_MEDAL = re.compile(r"\b(?:won|wins|took|takes|earned|earns|captured|captures|claimed|claims|received|receives|"
                    r"brought home|took home|takes home|scooped|scoops|struck|strikes)\s+(?:a\s+)?(" + _LV_LOW + r")"
                    r"(?:\s+(?:medal|award|prize|level|honou?rs?))?\b"
                    r"(?!\s+(?:certification|level certification))", re.I)
_METAL = re.compile(_LV_LOW, re.I)
_CLASS = re.compile(r"\b(?:this year's|the \d{4}|the new) (?:class|cohort)\b|\bclass of (?:19|20)\d\d\b|"
                    r"\b(?:the|this year's|the (?:19|20)\d\d|its) (?:list|class|cohort|honou?rees|winners|recipients|"
                    r"selections?) (?:also )?(?:includes?|included|are|were|features?|featured|consists? of)\b", re.I)
_RELATIVE = [(re.compile(r"\blast year\b|\ba year (?:earlier|ago|before)\b|\bthe (?:previous|prior) year\b|"
                         r"\b(?:one|a) year after\b", re.I), -1),
             (re.compile(r"\btwo years (?:ago|earlier)\b", re.I), -2),
             (re.compile(r"\bthis year\b|\bthis year's\b", re.I), 0)]
def _relative_clause_year(text: str, s0: int, at: int, years: list[tuple[int, int]]) -> int | None:
    """The year a relative phrase in the signal's own clause ("; last year's winners included") counts back
    from the year an earlier clause of the sentence states; None without both."""
    clause = max(text.rfind(";", s0, at), text.rfind(" but ", s0, at))
    if clause < 0:
        return None
    stated = [y for p, y in years if p < clause]
    if not stated:
        return None
    for pat, delta in _RELATIVE:
        if delta and pat.search(text, clause, at):
            return stated[-1] + delta
    return None


_EVENT_WORDS = re.compile(r"\b(?:honou?red|recogni[sz]ed|ceremony|conference|summit|meeting|expo|convention|reception|"
                          r"held|celebrated|accept|gala|event|awards? (?:dinner|luncheon)|presented)\b", re.I)
_EVENT_BRAND_BEFORE = re.compile(r"(?:^|[.!?]\s+)At\s+(?:the\s+)?[A-Z][\w-]*[A-Z][\w-]*\s+$")  # "At CityLab "
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:downtown\s+)?$")
_DESCRIPTOR_BEFORE = re.compile(r"\b(?:suburb|outskirts|outside|near|north|south|east|west|part|region|area|metro)"
                                r"\s+of\s+$|"
                                r"\b(?:based|headquartered|located)\s+in\s+$|\bnear\s+$", re.I)
_INTRODUCER = re.compile(r"^[^.;]{0,100}?(?:\bwere|\bwas|\bare|\bis|\binclude[sd]?|\bincluding|\blike|\bsuch as|"
                         r"\bamong them|\bnamely|:|—|–)\s*$|^\s*(?:\(tie\))?\s*$", re.I)


#: a named place in its city, as a list names its entries: "Bungalow Heaven in Pasadena", "the Haymarket in Lincoln"
_NAMED_IN = r"\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,4}\s+in"  # (matched with re.I)


@cache
def _introducer() -> re.Pattern[str]:
    """What may stand between a member signal and the places it introduces: 'honorees include ...', and
    'honorees include projects from ...' (the honoured work is named for its owner, the place after it)."""
    forms = {f for n in load_data("awards").get("project_nouns", [])
             for f in (n, n + "s", n[:-1] + "ies" if n.endswith("y") else n)}
    nouns = alternation(forms)
    # ("Great neighborhoods include Bungalow Heaven in Pasadena": the honoured place in its city)
    work = rf"(?:\s+(?:[\w-]+\s+)?(?:{nouns})\s+(?:(?:came|come|are|were|hail|hailed)\s+)?(?:from|by|in|of)" \
        rf"|{_NAMED_IN})"
    return re.compile(_INTRODUCER.pattern.replace(r")\s*$|", rf")(?:{work})?\s*$|^{work}\s*$|", 1), re.I)
_COUNTED = re.compile(r"\s*(?:The|These|All|Those)\s+([a-z]+|\d{1,2})\s+(?:cities|counties|communities|towns|"
                      r"winners|jurisdictions|municipalities|governments)\b")
_CONTRAST = re.compile(r",\s+(?:but|while|whereas|although|though)\s")
_OFFICE_OF = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Cc]ouncil(?:member|man|woman)?|[Ss]upervisor|[Cc]ommissioner|"
                        r"[Mm]anager|[Ee]xecutive|[Cc]lerk|[Ss]heriff)\s+of\s+(?:the\s+)?(?:[Cc]ity\s+of\s+)?$")
_SEAT_AFTER = re.compile(r"['’]?s?[ \t]*(?:-based|[ \t]based|headquarters|headquartered|offices?\b)")
#: a list's places named through the officials who accepted for them: "Mayors Alan Autry of Fresno, ...", "Susan
#: J. Bauman of Madison" (the office, said once for the list, is written before this)
_PERSON_OF = r"(?:[A-Z][\w'’-]*\.?,?\s+){1,4}(?:Jr\.,?\s+|Sr\.,?\s+)?of\s+"
_OFFICES = r"(?:Mayors?|Governors?|County\s+Executives?|County\s+Judges?)"
_FELLOWS = (
    # "The winning communities are: A; B", "The Winning Cities Receiving $1 Million ... are A, B"
    re.compile(r"\b(?i:winning|designated|certified|selected|honou?red|recogni[sz]ed|awarded|new|newly certified)\s+"
               r"(?:[A-Z][\w-]*\s+){0,3}(?i:communities|cities|counties|towns|jurisdictions|municipalities|states)"
               r"(?:,?[ \t]+(?i:receiving|selected|chosen|named|recogni[sz]ed|honou?red)\b[^.;:\n]{0,80}?,?)?\s+"
               r"(?:are|were|include[sd]?|including)(?:\s+(?:as follows|the following))?\s*:?\s*(?=[A-Z])"),
    re.compile(r"\bjoined in the winners['’]? circle by\s+(?=[A-Z])"),
    # "An Award of Excellence to Clark County, Washington, in the Special Focus Planning category for ...": a
    # paragraph that opens with the award and who it goes to, with no verb
    re.compile(r"(?:^|(?<=\n))[ \t]*(?:An?|The|One)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Award|Prize|Medal|Citation)s?"
               r"(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+(?:goes\s+|went\s+)?to\s+(?:the\s+)?"
               r"(?:(?i:city|town|village|county)\s+of\s+)?(?=[A-Z])"),
    # "Outstanding Achievement Awards were also given to mayors of cities with populations of 100,000 or fewer
    # people: Mayors William F. Glacken of Freeport (NY); Randy Roach of Lake Charles (LA); ...": the list after
    # the colon
    re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:given|awarded|presented)\s+to\s+[^.;:\n]{1,90}:\s+"
               rf"(?:(?:Mayors?|Governors?|County\s+Executives?)\s+{_PERSON_OF})?"
               r"(?:the\s+(?i:city|town|village|county)\s+of\s+)?(?=[A-Z])"),
    # "Laredo Mayor Elizabeth Flores presented awards for best practices in Portland, Washington, D.C., Augusta (GA),
    # ...": the places the awards were presented in
    re.compile(r"\b(?:presented|presents|gave|gives|handed\s+out|announced)\s+(?:the\s+|its\s+|their\s+)?"
               r"(?:\w+\s+){0,2}awards?\s+(?:for\s+[^.;:]{1,40}?\s+)?(?:in|to)\s+"
               r"(?:the\s+(?i:city|town|village|county|community)\s+of\s+)?(?=[A-Z])"),
    # "The Board of County Commissioners accepted the StormReady designation on behalf of Dakota County": who it
    # was accepted for
    re.compile(r"\b(?:accepted|accepts|accept|received|receives)\b[^.;]{0,100}?\bon\s+behalf\s+of\s+"
               r"(?:the\s+(?i:city|town|village|county)\s+of\s+)?(?=[A-Z])"),
    # "We extend our congratulations to Barnsley, Belfast, ...", "Congratulations to Akron, Dayton and Toledo!" on
    # a page announcing an honour: the places congratulated won it
    re.compile(r"\b(?:[Cc]ongratulations|[Cc]ongrats)\s+(?:(?:also\s+|further\s+)?(?:go|goes|are\s+extended)\s+)?to\s+"
               r"(?:the\s+(?i:city|town|village|county|community)\s+of\s+)?(?=[A-Z])"),
    # "Outstanding Achievement awards were received by Mayors Alan Autry of Fresno, California; ...": the award's
    # receivers after "by", through the officials who accepted it
    # ("Outstanding Achievement Awards were also won by David Ragucci of Everett, Massachusetts; ...": the office
    # left unsaid)
    re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:received|won|accepted|earned|claimed)\s+by\s+"
               rf"(?:(?:{_OFFICES}\s+)?{_PERSON_OF})?"
               r"(?:the\s+(?i:city|town|village|county|community)\s+of\s+)?(?=[A-Z])"),
    # ("The Purple Flag award - similar to the Blue Flag scheme - has been given to Bournemouth, Bristol, ...")
    # ("The City Livability Award went to Honolulu", "The 2001 Bright Award was presented to the City of Reno")
    # ("Honorable Mention Citations were awarded, for cities with populations of 100,000 or greater, to Mayors
    # William E. Ward of Chesapeake, Virginia; ...": a clause between, and the places through their mayors)
    # ("The overall Australian Tidy Towns win went to Barmera, South Australia")
    re.compile(r"\b(?i:prize|award|honou?r|title|top spot|first place|certification|designation|grant|citation|win|"
               r"victory|crown)s?\s+(?:[-–—][^.;\n]{1,80}?[-–—]\s+)?"
               r"(?:went|goes|go|(?:was|were) (?:given|awarded|presented|granted|bestowed)|"
               r"(?:has|have) (?:been given|been awarded|been presented|gone))"
               r"(?:,[^.;:\n]{1,80}?,)?"
               rf"\s+to\s+(?:{_OFFICES}\s+{_PERSON_OF})?"
               r"(?:the\s+(?i:city|town|village|county|community)\s+of\s+)?(?=[A-Z])"),
    re.compile(r"\b(?:remaining|other)\s+(?:\w+\s+)?(?:winners|honou?rees|recipients|designees)\s*"
               r"(?:\(|:|are\s+|were\s+|include\s+|included\s+)\s*(?=[A-Z])"),
    re.compile(r"\b(?:[Cc]ertification|[Aa]wards?|[Pp]rize|[Ss]urvey|[Cc]hallenge)\s+(?:recogni[sz]es|honou?rs|names|"
               r"recogni[sz]ed|honou?red|named)\s+(?=[A-Z])"),
    # "The 1993 All-America Cities include: Oakland, Calif.; Wray, Colo.", "The 2019 Smart 50 Winners are:", "The
    # 2021 Playful City USA communities include", "Among this year's Tree City USA communities are"
    re.compile(r"\b(?:(?:19|20)\d\d|[Tt]his\s+year['’]s|[Tt]he\s+(?:latest|newest))\s+[A-Z][\w.-]*"
               r"(?:\s+[A-Z][\w.-]*){0,4}\s+"
               r"(?i:cities|communities|counties|towns|places|winners|honou?rees|recipients|awardees|designees)\s+"
               # ("This year's Ten Best Places (in no particular order) are: Los Angeles, Seattle, ...")
               r"(?:\([^()\n]{1,40}\)\s+)?(?:include[sd]?|are|were)\s*:?\s*(?=[A-Z])"),
    # "four communities moved into the Gold tier: Austin, TX, San Luis Obispo and Santa Cruz, CA"
    re.compile(r"\b(?:move|moved|moving|moves|rose|advanced|stepped)\s+(?:up\s+)?(?:in)?to\s+the\s+"
               r"(?P<lv>" + _LV_INIT + r")\s+(?:tier|level|status)\s*:\s*(?=[A-Z])"),
    # "Top 10" / "1. Washington, D.C." / ... / "As for the rest … Oxford, Miss., New Orleans": the list's others
    re.compile(r"(?:^|(?<=\n))[ \t]*(?:[Aa]s for the rest|[Tt]he rest of the (?:list|top[ \t]+\w+)"
               r"(?:[ \t]+(?:are|were|includes?))?)[ \t]*(?:…|\.\.\.|:|,)?[ \t]*(?=[A-Z])"),
    # "Eight of the winners--Kenai, Alaska; Little Rock, Ark.; ...--are NLC member cities": winners counted, then named
    re.compile(r"\b(?:\w+|[Ss]ome|[Mm]any|[Aa]ll)\s+of\s+the\s+(?:\w+\s+)?(?:winners|honou?rees|recipients|awardees)"
               r"\s*(?:--|[—–:])\s*(?=[A-Z])"),
    # "... as well as repeat Gold honorees Urbana, Ill., and Bloomington, Ind.": the level's honorees named after it
    re.compile(r"\b(?:(?:repeat|new|returning|first-time)\s+)?(?P<lv>" + _LV_INIT + r")\s+(?:medal\s+|level\s+)?"
               r"(?:honou?rees|winners|recipients|awardees)\s+(?:(?:were|are|include[sd]?|including)\s+)?:?\s*"
               r"(?=[A-Z])"),
    # "Gold went to Chester and Norwich", "Silver medals went to ...": a level's winners after it
    re.compile(r"(?:^|(?<=[.;:][ \t])|(?<=\n))(?P<lv>" + _LV_INIT + r")(?:[- ](?:medals?|awards?))?\s+"
               r"(?:went|go|goes)\s+to\s+(?=[A-Z])"),
    # "The grand-prize winner (Barcelona) will receive", "the first-prize winner is Bologna"
    re.compile(r"\b(?P<tier>[Gg]rand[- ]prize|[Ff]irst[- ]prize|[Tt]op[- ]prize)\s+(?:winner|recipient)s?\s*"
               r"(?:\(|:|,|is\s+|was\s+|went\s+to\s+)\s*(?=[A-Z])"),
    re.compile(r"\b(?P<lv>" + _LV_INIT + r")[- ]level\s+(?:recognition|designations?|"
               r"certifications?|status|awards?)\s+(?:for|(?:were|was)\s+(?:given|awarded|granted)\s+to|went\s+to)"
               r"\s+(?=[A-Z])"),
    # "Rounding out the top five in the local division were Web sites from Montgomery County, Md.; Conyers, Ga.; ..."
    re.compile(r"\b[Rr]ounding out the top (?:\d{1,2}|three|five|ten|\w+)\b[^.;:]{0,60}?\b(?:were|are)\s+"
               r"(?:(?:[Ww]eb ?sites|entries|projects|programs) (?:from|of|by)\s+)?(?=[A-Z])"),
    # "Thirty-nine new communities have joined others in making a commitment to children, including Honolulu,
    # Indianapolis and San Antonio": the new honorees of the page's designation, named after "including"
    re.compile(r"\b(?:\d{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)\s+new\s+(?:communities|cities|counties|towns|municipalities|"
               r"honou?rees|designees|members)\b[^.;:]{0,100}?,?\s+including\s+(?=[A-Z])"),
    # "Other cities included Los Angeles [first], San Diego [third], ..."
    re.compile(r"\b(?:[Oo]ther|[Rr]emaining)\s+(?:cities|counties|communities|towns|states)\s+(?:included|include|"
               r"includes|were|are)\s+(?=[A-Z])"),
    # "Hendersonville was one of just seven cities in the state to earn the Award. The others were Belmont, ...":
    # the others of a count the sentence before gives
    re.compile(r"(?:^|(?<=[.!?][ \t]))The\s+others\s+(?:were|are|include[sd]?)\s*:?\s*(?=[A-Z])"),
    # "Other Virginia communities who have a SolSmart designation include Arlington, VA (Bronze), ..."
    # (places that hold an honour, undated: not this edition's winners)
    re.compile(r"\b(?:communities|cities|counties|towns|municipalities)\s+(?:who|that|which)\s+(?P<held>have|hold|"
               r"have\s+earned|have\s+received)\s+(?:a|an|the)\s+(?:[A-Z][\w-]*\s+){1,4}(?:designation|"
               r"certification|award|recognition)\s+include[sd]?\s*:?\s*(?=[A-Z])"),
    # "only three communities in Virginia that have achieved this award – Pulaski County, Alexandria and Fairfax"
    re.compile(r"\b(?:that|who|which)\s+(?P<held>have|has)\s+(?:achieved|earned|received|won)\s+(?:this|the)\s+"
               r"(?:award|designation|honou?r|title|certification)\s*[–—:]\s*(?=[A-Z])"),
)
# "Singapore (5)", "City of Seattle, Washington (2nd)": a placing in parentheses after each place of a list
_PAREN_RANK = re.compile(r"[ \t]*\((\d{1,3})(?:st|nd|rd|th)?\)(?![ \t]*(?:[%$]|percent|million|years?|people|"
                         r"residents))")
_PAST_WINNERS = re.compile(r"\b(?:previous|past|former|earlier|prior)\s+(?:\w+\s+)?(?:winners|recipients|honou?rees|"
                           r"champions)\b", re.I)
_WON_BY = re.compile(r"\b(?:was|were)\s+(?:won|taken|topped|claimed|captured)\s+by\s+(?:the\s+)?(?=[A-Z])")
_WON_BRACKET = re.compile(r"\b(?:(?:the\s+)?winner\s+(?:of|in)|won|wins|took|topped|captured)\s+"
                          r"(?:first\s+place\s+in\s+)?the\s+(?=[^.;]{0,60}?\d{2,3},\d{3})[^.;]{0,60}?\bpopulation\s+(?:category|bracket|group)\b")
_BRACKET_WORD = re.compile(r"\b(?:category|bracket|division|population)\b", re.I)
#: "At the top is Sharon, Mass.", "At the top of this year's list sits Provo": the ranking's first place
_AT_THE_TOP = re.compile(r"\b[Aa]t\s+the\s+(?:very\s+)?top(?:\s+of\s+(?:the|this\s+year['’]s|its|their)\s+"
                         r"(?:list|rankings?|pack|index))?\s*,?\s+(?:is|was|sits|sat|stands|stood)\s+"
                         r"(?:the\s+(?i:city|town|village|county)\s+of\s+)?(?=[A-Z])")
_THESE_ARE = re.compile(r"\s*(?:These|They|Those)\s+(?:include[sd]?|are|were)\s*:?\s*(?=[A-Z])")
#: an award that is a contest: its winners may be said to win its grants
_CONTEST = re.compile(r"\b(?:Challenge|Prize|Competition|Contest)s?$")
_WINNING_ENTRIES_IN = re.compile(r"\b(?:[Ww]inning|(?:honou?red|recogni[sz]ed|awarded)[ \t]+(?:\d{1,3}|the|its)"
                                 # ("CSAC honored 15 programs from Glenn, Kern, ... and Yuba counties")
                                 r"(?=[ \t]+(?:programs|projects|entries|initiatives)[ \t]+from\b))[ \t]+"
                                 r"(?:projects?|proposals?|entries|entry|ideas?|bids?|applications?|programs|"
                                 r"initiatives|cities|communities|towns|municipalities|counties)[ \t]+"
                                 r"(?:in|from|by)[ \t]+")
_WINNERS_WORD = re.compile(r"\b(?:winners|honou?rees|recipients|awardees|winning|designees)\b", re.I)
_JOIN = re.compile(r"^\s*(?:\([^)]{0,40}\)|\[[^\]]{0,40}\])?"
                   # "Gary, Indiana, which will transform a vacant building ...; Los Angeles, which ...": entries with
                   # what each will do, between semicolons
                   r"(?:,\s+(?:which|that|where)\s+[^;.]{0,240}(?=;))?"
                   # "San Francisco's Bay Area, Las Vegas": a member written as its area
                   r"(?:['’]s\s+(?:[A-Z][a-z]+\s+)?(?:Area|Region|Metro(?:\s+Area)?)\b)?"
                   r"(?:\s+from\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
                   # "Bungalow Heaven in Pasadena, the Haymarket in Lincoln, Nebraska": the next entry and its city
                   r"(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+in\s*$)?"
                   # "Athens, Kirklees, Stockholm", "Des Moines, DeWitt, Dubuque": a name we do not know keeps the list
                   r"(?:,\s*[A-Z](?:[a-z]+[A-Z])?[a-z]+(?=,)){0,2}"
                   r"\s*(?:,|;|,?\s*and|,?\s*&|,?\s*or|,?\s*as well as|,?\s*joins|,?\s*joined|"
                   r",\s*along with|,\s*together with)?"
                   r"\s*(?:and\s+)?(?:(?:renewed|re-?designated|re-?certified)\s+(?:for\s+)?)?"
                   r"(?:[A-Z][a-z]+['’]s\s+)?"  # "Suzhou in China, Spain’s Bilbao and New York"
                   # "Mayor Greg Fischer of Louisville (KY) and Mayor Geraldine Muoio of West Palm Beach"
                   r"(?:(?:Mayor|Governor|County\s+Executive|County\s+Judge)\s+(?:[A-Z][\w.'’-]*\s+){1,4}of\s+"
                   r"(?:the\s+)?(?:(?:City|Town|Village|County)\s+of\s+)?"
                   # "received by Mayors Alan Autry of Fresno, California; Jeremy Harris of Honolulu, Hawaii; ...": the
                   # office said once for the list
                   r"|(?<=[;,] )(?:and\s+)?(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+,?\s+(?:Jr\.,?\s+|Sr\.,?\s+)?of\s+"
                   r"(?:the\s+)?(?:(?:City|Town|Village|County)\s+of\s+)?)?$")
_TIE_JOIN = re.compile(r"^\s*,?\s*(?:which itself |who |itself )?(?:tied|ties|tying|tied with|shares? \S+ \S+ with|"
                       r"shared \S+ \S+ with)\s*$", re.I)
# ("A number of other California cities made it into the top 10, including ...": others, of any bracket)
_OTHER = re.compile(r"\bother\s+(?:first[- ]place|brackets?|categor|population|divisions?|groups?)"
                    # (not "Other large counties receiving recognition": their size is their bracket)
                    r"|\bother\s+(?!(?:large|larger|largest|small|smaller|smallest|mid-?sized?|big|biggest)\b)"
                    r"(?:[\w.]+\s+){0,2}(?:cities|counties|towns|communities|municipalities)\b"
                    r"|\bin the other\b|\b(?:their|its|each)\s+(?:respective\s+|own\s+)?(?:population\s+)?"
                    r"(?:categor|brackets?|divisions?|class(?:es)?)", re.I)
_ANAPHOR = re.compile(r"\b[Tt]he (?:city|town|county|village|municipality|City|Town|County)\b(?!['’])"
                      r"(?=\s+(?:has|have|had|was|is|also|again|placed|finished|took|ranked|won|earned|received|came|"
                      r"tied|moved|climbed|held|landed|made|ranks|takes|holds|improved|rose|jumped|advanced|fell|slipped|"
                      r"dropped)\b"
                      # "The county announced Monday it received first place"
                      r"|\s+(?:announced|said|learned|reported)\s+(?:\w+\s+){0,2}?(?:that\s+)?it\s+(?:has\s+|had\s+)?"
                      r"(?:received|won|placed|finished|took|earned|ranked|been)\b)")


@cache
def _placing_anaphor() -> re.Pattern[str]:
    """The release's own place as a pronoun or possessive next to a placing: 'when it ranked 3rd',
    'Its best finish came in 2019', 'follows the city's fourth-place finish'."""
    o = ordinal_pattern()
    return re.compile(rf"\b[Ii]t\b(?=\s+(?:ranked|placed|finished|came in|landed|tied|took)\s+(?:the\s+)?(?:{o}|No\.))"
                      r"|\b[Ii]ts\b(?=\s+(?:best|highest|top|previous|prior|first|last|latest|earlier)\s+"
                      r"(?:finish|ranking|placing|showing|result)\b)"
                      r"|\b[Tt]he\s+(?:city|county|town|village)['’]s?(?=\s+(?:[\w-]+\s+)?"
                      rf"(?:{o})[- ](?:place|spot)\s+(?:finish|ranking|showing|result)\b)")


_PLACING_VERB = (r"(?=\s+(?:(?:has|have|had|was|is|also|again|now|then|previously|once|first|last|most recently)\s+)*"
                 r"(?:ranked|ranks|placed|places|finished|finishes|took|takes|came|tied|won|wins|earned|earns|landed|lands|moved|climbed|rose|jumped|"
                 r"improved|advanced)\b)")


def _bare_county(ctx: AwardContext) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A pattern for the counties the text names ('Cabarrus County') written without 'County' as the subject
    of a placing ('Cabarrus ranked 4th'), and stem -> county name."""
    if ctx.bare is None:
        stems = {}
        for p in ctx.places:
            m = rx(r"(.+?)\s+(?:County|Parish|Borough)").fullmatch(p.name) if p.kind == "county" else None
            if m:
                stems[m.group(1)] = p.name
        # only stems the text also writes bare can match: no pattern for a page that always writes "County"
        text = ctx.doc.text
        stems = {s: n for s, n in stems.items()
                 if text.count(s) > sum(text.count(f"{s} {w}") for w in ("County", "Parish", "Borough"))}
        pat = re.compile(rf"\b(?:{alternation(stems)})\b" + _PLACING_VERB) if stems else None
        ctx.bare = (pat, stems) if pat else False
    return ctx.bare or None


_GIVE = re.compile(r"\b(?:gave|gives|given|presented|presents|awarded|awards|handed|hands|bestowed|honou?red|honou?rs|"
                   r"recogni[sz]ed|recogni[sz]es|named|names|designated|designates)\s+", re.I)
_GIVE_OBJ = re.compile(r"(?P<pron>(?:the\s+(?:city|county|town|village|parish)|it)\b)(?!['’])")
_GIFT = re.compile(r",?\s+(?:with\s+)?(?:an?|the|its|their|one of (?:its|the|their))\s+")
_GOVERNMENT_OF = re.compile(r"(?:the\s+)?(?:City|Town|Village|County|Borough|Township)\s+of\s+")


def _recips_at(recips: list[PlaceMention], pos: int) -> list[PlaceMention]:
    return [p for p in recips if p.start == pos]


def _awards_after(ctx: AwardContext, st: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of the awards named within a few words after ``pos`` ('a 2018 Achievement Award', 'the
    Tree City USA'), no comma or semicolon between."""
    pos += len(st[pos:]) - len(st[pos:].lstrip(", \t"))  # "gave Mason City, Iowa, a Growth Award"
    return [(a, b) for a, b, _n in [*award_mentions(st), *_written_mentions(ctx, st)]
            if 0 <= a - pos <= 60 and not rx(r"[,;]").search(st[pos:a])]


def _award_after(ctx: AwardContext, st: str, pos: int) -> bool:
    return bool(_awards_after(ctx, st, pos))


_TO_RECIPIENT = re.compile(r"[\"”’]?\s+to\s+(?:the\s+)?(?:(?:City|Town|Village|County)\s+of\s+)?")


def _gift_to(ctx: AwardContext, st: str, pos: int, recips: list[PlaceMention], s0: int) -> int | None:
    """Where the place starts that a giving verb's award goes to ("presented a Growth Award to Mason City"):
    an award named within a few words after the verb, then "to" and the place; else None."""
    if not _GIFT.match(" " + st[pos:]):
        return None
    for _a, b in _awards_after(ctx, st, pos):
        m = _TO_RECIPIENT.match(st, b)
        if m and _recips_at(recips, s0 + m.end()):
            return s0 + m.end()
    return None


def _local_subject(ctx: AwardContext, sent: Sentence, anaphor: str) -> str | None:
    """The place a paragraph is about, for 'the city'/'it' in a later sentence of it: the one place (of the
    anaphor's kind) its earlier sentences name ('For Chandler, the result is a step up. The city placed
    sixth in 2021.'); None when they name none or several, or when the sentence opens the paragraph."""
    text = ctx.doc.text
    para = max(text.rfind("\n", 0, sent.start) + 1, 0)
    if para >= sent.start or not text[para:sent.start].strip():
        return None
    county = rx(r"count|parish", re.I).search(anaphor)
    city = rx(r"city|town|village", re.I).search(anaphor)
    names = set()
    for p in ctx.places_in(para, sent.start):
        if p.start in ctx.excluded or is_dateline(text, p):
            continue
        if (county and p.kind != "county") or (city and p.kind == "county"):
            continue
        s = ctx.sentence_at(p.start)
        before = text[s.start if s else para:p.start]
        if (_VENUE_BEFORE.search(before[-12:]) and s and _EVENT_WORDS.search(s.text)) \
                or _DESCRIPTOR_BEFORE.search(before[-30:]):
            continue
        names.add(p.name)
    return names.pop() if len(names) == 1 else None


# "Norman, Okla., and Rochester, Minn., which were certified at the Silver level": about both
_WHICH_PLURAL = re.compile(r"\s*,?\s*(?:which|who)\s+(?:were|are|have|both|each|all|together)\b")
_WHICH = re.compile(r"\s*,?\s*(?:which|who)\b(?!\s+(?:also|all|each|both|too))")
_NOISE = re.compile(r"(?:related(?: stories| links| articles)?|see also|more news|read more|filed under)\b", re.I)
_WE_WON = re.compile(r"\b[Ww]e\s+(?:have\s+|had\s+)?(?:received|earned|achieved|attained|won)\b")
_YEAR_WIN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:19|20)\d\d)\s+(?:win|title|victory|honou?r|award|ranking|"
                       r"recognition|first[- ]place finish)\b")


# -- document-level context ----------------------------------------------------------

@cache
def _off_topic() -> re.Pattern[str]:
    data = load_data("awards")
    topics = "|".join(data.get("non_award_rank_topics", [])) or "(?!)"
    return re.compile(rf"\s*(?:place\s+|spot\s+)?(?:in|for|on|by)\s+(?:terms\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                      rf"(?:{topics})\b(?![- ](?:category|categories|bracket|group|division|class|tier))", re.I)


def _main_award(doc: Doc, person: set[str]) -> str | None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for a, _b, name in award_mentions(doc.text):
        if name in person:
            continue
        counts[name] += 1
        first.setdefault(name, a)
    named = _listed(doc.text)  # "named the City of X to its Bright21 Communities of 2014"
    if named:
        n = len(name_pattern(named).findall(doc.text))
        if not counts or n >= max(counts.values()):
            return named
    if counts:
        return max(counts, key=lambda n: (counts[n], -first[n]))
    # no award named: "designated a Bicycle Friendly Community" is the honour (not a title a challenge gives: "awarded
    # Cape Town the title Global Earth Hour Capital", a category of the challenge's)
    titles = [t for t in find_titles(doc.text) if not doc.text.startswith("the title", t[0])]
    if titles:
        return titles[0][2]
    spans = [(a, b, n) for a, b, n in written_awards(doc.text) if n not in person]
    everywhere = [n for _a, _b, n in spans]
    # a ranking the page titles in capitals ("Best Places to Live rankings") over its words in lower case
    # ("America's 50 best towns to live in")
    titled = Counter(n for a, b, n in spans if doc.text[a:b] == n and is_ranking_title(n))

    def _own(name: str) -> str:
        if titled and is_ranking_title(name) and name not in titled:
            return titled.most_common(1)[0][0]
        return name

    # "CSAC Announces 2025 Challenge Award Winners": the award a headline announces, named again below it, is the
    # page's, over a part of it the first win sentence names ("three earned the Innovation Award")
    line = headline(doc.text)
    top = [(a, b, n) for a, b, n in written_awards(line) if n not in person] if line is not None else []
    if len(top) == 1 and _WINNERS_WORD.search(line):
        named = rx(r"s$").sub("", top[0][2])
        if sum(1 for n in everywhere if rx(r"s$").sub("", n) == named) >= 3:
            return _own(_fullest(top[0][2], everywhere))
    # "Outstanding Achievement in County Planning Awards" / "2013 Winners": a headline that is the award's name
    # alone, over a line announcing its winners
    if len(top) == 1 and not line[:top[0][0]].strip() and not line[top[0][1]:].strip():
        below = rx(r"\s*([^\n]{1,40})\n").match(doc.text, doc.text.find(line) + len(line))
        if below and _WINNERS_WORD.search(below.group(1)):
            return _own(top[0][2])

    for s in doc.sentences:
        if _WIN_VERB.search(s.text) or _WINNERS_OF.match(s.text) or _WINNERS_OF_THE.search(s.text):
            found = written_awards(s.text)
            if found:
                return _own(_fullest(found[0][2], everywhere))
    # no win verb next to it: the written-out award the page keeps naming ("NLC Awards for Municipal Excellence"
    # in the headline, "the 2009 Awards for Municipal Excellence" in the lead, "these eight Awards for ...")
    # (a name and its fuller form are one: "Leading Digital Cities" in the headline, "the CDG’s annual Digital Cities
    # Survey" below)
    full = {n: _fullest(n, everywhere) for n in everywhere}
    forms: dict[str, set[str]] = {}
    for f in full.values():
        forms.setdefault(_without_noun(f), set()).add(f)
    written = Counter(max(forms[_without_noun(full[n])], key=len) for n in everywhere)
    if written:
        name, n = written.most_common(1)[0]
        if n >= 2 or len(written) == 1 or is_ranking_title(name) \
                or name in {n for _a, _b, n in recognition_programs(doc.text)}:
            return _own(name)
    return None


@lru_cache(maxsize=4096)
def _without_noun(name: str) -> str:
    """A series' name without the noun for what it is, as :func:`_series_key` ("Digital Cities Survey" -> "digital
    city")."""
    # ("Certified Scenic City" is a form of "Scenic City Certification")
    return _series_key(rx(r"(?:[ \t]+(?:survey|awards?|index|rankings?|list|prizes?|competition|challenge|"
                          r"certification|designation|program))+$|^Certified[ \t]+", re.I).sub("", name))


def _fullest(name: str, names: list[str]) -> str:
    """The fuller form the page writes of an award it names short (the least longer one, so a headline's
    words before it stay out): "the 2023 CSAC Challenge Award winners"
    beside "the Challenge Awards program" is the CSAC Challenge Award; "The Excellence in Local Government
    Awards" beside "Local Government Awards" the former."""
    def key(n: str) -> str:
        return rx(r"s\b").sub("", n.lower())

    short = _without_noun(name)
    # ("Challenge Award" is all nouns: no name to find in a fuller one by its nouns)
    by_noun = len(short.split()) >= 2

    def before(n: str) -> str | None:
        """The words ``n`` writes before the short name, or None when ``n`` is no fuller form of it."""
        if key(n).endswith(" " + key(name)):
            return n[:len(n) - len(name)].strip()
        # ("the 2020 Gold Medal Grand Plaque recipients" beside "the National Gold Medal Awards program", "What
        # Works City" beside "What Works Cities Certification": the fuller name with its noun)
        if not by_noun or key(n) == key(name):
            return None  # (a plural is no fuller)
        long = _without_noun(n)
        if long == short:
            return ""
        if long.endswith(" " + short):
            return " ".join(n.split()[:len(long.split()) - len(short.split())])
        return None

    longer = [(n, w) for n in names if len(n) > len(name) and (w := before(n)) is not None]
    if not is_generic(name):  # "MMA Municipal Website Award", "Joint Center Sustainable Community Awards": a
        # giver's name before a name of its own is no part of it, unless the page writes it so more often
        longer = [(n, w) for n, w in longer if not w or not _GIVER_BEFORE.fullmatch(w)
                  or names.count(n) > sum(1 for m in names if key(m) == key(name))]
    return min((n for n, _w in longer), key=len) if longer else name


#: the words a giver's name or acronym is written in before an award's name: capitalised, no small word
_GIVER_BEFORE = re.compile(r"(?!(?:[A-Z][a-z]+est|Best|Most|Top|Great|National|International|Global)\b)"  # (a
                           # superlative or a scope begins a name: "Healthiest Cities & Counties Challenge")
                           r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,4}(?<!['’]s)")  # ("America's": the scope)


def _listed(text: str) -> str | None:
    """An award no list knows that the text names places to; a known award written longer
    ("the Bloomberg Philanthropies Mayors Challenge") is the known one."""
    named = list_award(text)
    if named is None:
        return None
    at = text.find(named[0])  # with the words cleaning took off: "its Top Digital Cities in America for 2009"
    written = text[max(0, at - 12):at + len(named[0])] if at >= 0 else named[0]
    return None if known_award_in(written) else named[0]


def _written_mentions(ctx: AwardContext, st: str) -> list[tuple[int, int, str]]:
    """Award names written out in a sentence that no known award covers, and the document's unlisted
    awards (its main one, a list it names places to) in any of their forms ('a Bright21 Community')."""
    spans = [(a, b) for a, b, _n in award_mentions(st)]
    # nor one inside a known award's words: "People Award for Excellence" in "Voice of the People Award for ..."
    out = [(a, b, n) for a, b, n in written_awards(st) if not known_award_in(n)
           and not any(x <= a and b <= y for x, y in spans)]
    known = known_award_names()
    for name in {ctx.main_award, ctx.listed}:
        if name and name not in known:
            out += [(m.start(), m.end(), name) for m in name_pattern(name).finditer(st)]
    return out


#: a line that points at other stories ("Related stories: 2002 Digital Cities results")
_OTHER_STORY = re.compile(r"[ \t]*(?:Related|See also|Read more|More (?:stories|news)|Also read)\b", re.I)


_LEAD_WIN = re.compile(r"\b(?:announced|named|certified|recogni[sz]ed|honou?red|awarded|won|wins|winners|selected|"
                       r"earned|received|ranked|ranks?|designated)\b", re.I)


_COMPARED = re.compile(r"\b(?:similar to|compared (?:to|with)|than|from|since|unlike|like|after|before)\s+$", re.I)


#: an edition named by a generic noun: "the 2016 survey", "this year's 2019 awards", "the 2020 rankings"
_GENERIC_EDITION = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+((?:19|20)\d\d)\s+(?:survey|awards?|rankings?|"
                              r"competition|contest|honou?rees|winners|class of|list)\b")


def _attached_years(text: str) -> set[int]:
    """Years written onto a mention of a known award: 'the 2021 Digital Cities Survey', 'Digital Cities
    Survey 2024', 'the 2002 Survey', "2016's Best-Run Cities"."""
    attached = set()
    related = related_spans(text)
    # a page that names no award we know dates the one it writes out: "the 2009 Awards for Municipal Excellence"
    for a, b, _name in award_mentions(text) or written_awards(text):
        line_start = text.rfind("\n", 0, a) + 1
        if any(x <= a < y for x, y in related) or _OTHER_STORY.match(text, line_start):
            continue
        line_end = text.find("\n", b)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if line.isupper() and line_start > len(text) // 2:
            continue  # "CURRENT BICYCLE FRIENDLY COMMUNITIES 2014" below the list: a link in the page's chrome
        m = rx(r"\b((?:19|20)\d\d)(?:['’]s)?\s+(?:[\w'’]+\s+){0,2}$").search(text[max(0, a - 30):a])  # "2016’s"
        if m and not in_span(text, max(0, a - 30) + m.start(1), max(0, a - 30) + m.end(1)):
            attached.add(int(m.group(1)))
        # "Best Places to Live (USA) 2006"
        m = rx(r"\s*(?:\([A-Z][^()\n]{0,12}\)\s*)?(?:[–—:|-]\s*|\(\s*)?((?:19|20)\d\d)\b(?![,\d])").match(
            text[b:b + 28])
        if m and not in_span(text, b + m.start(1), b + m.end(1)):
            attached.add(int(m.group(1)))
        # "earned the Tree City USA distinction for 2022": the edition after "for"
        m = _FOR_EDITION.match(text, b)
        if m and not in_span(text, m.start(m.lastindex), m.end(m.lastindex)):
            attached.add(int(m.group(m.lastindex)))
    return attached


_FOR_EDITION = re.compile(r"[ \t]+(?:(?:distinction|designation|recognition|status|title|certification)[ \t]+)?"
                          r"for[ \t]+((?:19|20)\d\d)\b(?![,\d])"
                          # "The 10 best places to live in America in 2016": the ranking's scope, then its edition
                          r"|[ \t]+in[ \t]+(?:the[ \t]+)?(?:America|U\.S\.|US|United[ \t]+States|[Nn]ation|[Cc]ountry)"
                          r"[ \t]+(?:in|for)[ \t]+((?:19|20)\d\d)\b(?![,\d])")


_ANNOUNCED_AT = re.compile(
    r"\b(?:were|was|are|is|been|be)[ \t]+(?:announced|named|recogni[sz]ed|honou?red|presented|revealed|unveiled|"
    r"celebrated)[ \t]+(?:at|during)[ \t]+(?:the[ \t]+|this[ \t]+year['’]s[ \t]+)?"
    r"(?:((?:19|20)\d\d)[ \t]+[A-Z]|[A-Z][\w&'’-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+)?[A-Z][\w&'’-]*){0,5}"
    r"[ \t]+((?:19|20)\d\d)\b(?![,.]?\d))")


_ANNOUNCED_ON = re.compile(
    r"\b[Oo]n[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},[ \t]+"
    r"((?:19|20)\d\d),?[ \t]+(?:the[ \t]+)?(?:(?:of|for|and|on|&)[ \t]+|[A-Z][\w.&'’-]*[ \t]+){1,7}"
    r"(?:announced|named|recogni[sz]ed|honou?red|awarded|designated|certified|released)\b")
_DATED_ROUND = re.compile(r"\b(?i:spring|summer|fall|autumn|winter)[ \t]+((?:19|20)\d\d)[ \t]+(?:[A-Z]{2,6}[ \t]+)?"
                          r"(?:class|round|cohort)\b")
#: a round dated by its year as the subject of what it drew: "2019 brought the most nominations yet", "2022 saw
#: a record number of applicants"
_ROUND_YEAR = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))((?:19|20)\d\d)[ \t]+(?:saw|brought|drew|attracted|set)[ \t]+"
                         r"(?:a[ \t]+|the[ \t]+)?(?:record|largest|most|highest|biggest)\b[^.\n]{0,60}?\b"
                         r"(?:submissions|applications|applicants|entries|nominations|nominees|participants)\b")


def _doc_year(doc: Doc) -> int | None:
    """The year 'this year' means: the publication year, unless every award mention is dated the year
    before (a March 2022 release about 'the 2021 Digital Cities Survey').  Undated, it is the one year the
    award's own mentions carry ('2002 Digital Cities Survey Winners'); otherwise there is none, because a
    guessed year (the most frequent one, a program-history year) is worse than none."""
    year = doc.context.get("doc_year")
    attached = _attached_years(doc.text)
    # "Since the last biennial survey in 2018, ..." / "... in 2016, ...": a page that dates several earlier
    # editions is about several, and an undated one fixes none (one earlier edition is the one it compares with)
    earlier = {int(m.group(1)) for m in LAST_EDITION.finditer(doc.text)}
    if len(earlier) >= 2:
        attached |= earlier
    if year:
        if attached == {int(year) - 1}:
            return int(year) - 1
        edition = _headline_edition(doc.text)
        if edition is not None and edition < int(year):
            return edition  # "March 22, 2018" / "LJ Index 2015: The Star Libraries": the page is about 2015's
        return int(year)
    if len(attached) == 1:
        return attached.pop()
    if attached:
        return None
    edition = _headline_edition(doc.text)
    if edition is not None:
        return edition  # an undated page whose headline dates its list: "Outside Mag Publishes 2008 List"
    # an undated page that dates its award only in a generic noun: "the outlook suggested by the 2016 survey"
    # ... but not one it compares with: "This year's list was similar to the 2006 rankings"
    generic = {int(m.group(1)) for m in _GENERIC_EDITION.finditer(doc.text)
               if not any(x <= m.start() < y for x, y in related_spans(doc.text))
               and not _COMPARED.search(doc.text, max(0, m.start() - 25), m.start())}
    if len(generic) == 1:
        return generic.pop()
    if generic:
        return None
    # an undated page whose winners were announced at a dated event ("The winning cities were announced at
    # Bloomberg CityLab 2023", "were honored during the 2019 NLC City Summit"), on a stated day ("On June 10, 2015,
    # the League announced"), or in a dated round ("the fall 2018 BFC class", "2019 brought the most nominations")
    announced = {int(m.group(1) or m.group(2)) for m in _ANNOUNCED_AT.finditer(doc.text)} \
        | {int(m.group(1)) for m in _ANNOUNCED_ON.finditer(doc.text)} \
        | {int(m.group(1)) for m in _DATED_ROUND.finditer(doc.text)} \
        | {int(m.group(1)) for m in _ROUND_YEAR.finditer(doc.text)}
    if len(announced) == 1:
        return announced.pop()
    # an undated page whose lead states the edition: "announced seven cities certified for 2019"
    for s in doc.sentences[:6]:
        if _LEAD_WIN.search(s.text):
            # "ranked ninth in the survey, down from third in 2016": the earlier placing's year is not this one
            moves = [(m.start(), m.end()) for m in [*_up_from().finditer(s.text), *_MOVE.finditer(s.text),
                                                     *_UP_FROM_LEVEL.finditer(s.text)]]
            years = {y for _p, y in years_in(s.text, skip=moves)}
            return years.pop() if len(years) == 1 else None
    return None


#: a headline's dated list or round: "Outside Mag Publishes 2008 List", "2019 Rankings Released"
_DATED_LIST = re.compile(r"\b(?:19|20)\d\d\s+(?:[A-Z][\w-]*\s+){0,3}"
                         r"(?:List|Rankings?|Awards?|Survey|Winners|Honorees)\b")


def _headline_edition(text: str) -> int | None:
    """The one year a page's headline gives the award it names ("LJ Index 2015: The Star Libraries"): the edition
    the page is about, whatever later date the page carries (a site's stamp, an archive's copy)."""
    line = headline(text)
    if line is None or not (award_mentions(line) or written_awards(line) or _DATED_LIST.search(line)):
        return None
    # (not "EPA Names Top Cities for ENERGY STAR Certified Buildings in 2017": the year the list counts)
    years = {y for p, y in years_in(line) if not rx(r"\b(?:in|for|since|from|of|through|during)\s*$").search(line[:p])}
    return years.pop() if len(years) == 1 else None


def _subject(doc: Doc, recips: list[PlaceMention]) -> str | None:
    title = None
    for s in doc.sentences[:12]:
        if len(s.text) < 160 and not s.text.endswith(".") and any(s.start <= p.start < s.end for p in recips):
            title = s
            break
    if title is not None:
        for p in recips:
            if title.start <= p.start < title.end:
                return p.name
    main = doc.context.get("main_place")
    if main is not None:
        return main.name
    return recips[0].name if recips else None


# -- prose (lists, tables and layout: kg.extract.award_lists) ---------------------------

@dataclass
class _Signal:
    start: int
    end: int
    rank: int | None
    strength: int
    tie: bool
    category: str | None = None
    seq: bool = False  # "followed by A and B": A is the next rank, B the one after
    forward: bool = False  # "second to Albany": the signal is about the group after it
    year: int | None = None  # a past placing that dates itself: "moved up from fifth place last year"
    undated: bool = False  # places said to hold the honour ("communities who have a SolSmart designation include")


def _resolve_category(ctx: AwardContext, c: CategoryMention, who: str | None, offset: int) -> str | None:
    """Canonical bracket for a mention; anaphora resolve against the brackets the text names."""
    if c.kind in ("range", "descriptive"):
        return c.value
    if c.kind in ("own", "same") and who in ctx.said:
        return ctx.said[who]  # "San Diego placed second in the same category" = San Diego's bracket
    if c.kind == "own" and who != ctx.main:
        return None
    values = sorted({v for _p, v in ctx.ranges}, key=range_key)
    if c.kind == "largest":
        tops = [v for v in values if v.endswith("or more")]
        return tops[-1] if tops else (values[-1] if values else None)
    if c.kind == "middle":
        return values[len(values) // 2] if len(values) % 2 == 1 and len(values) >= 3 else None
    return _in_force(ctx, offset + c.start)


def _in_force(ctx: AwardContext, pos: int, ahead: bool = True) -> str | None:
    """The bracket stated last before ``pos``; with ``ahead``, else the first stated after it (a page that
    names one bracket, or places a recipient before saying in which bracket)."""
    before = [v for p, v in ctx.ranges if p < pos]
    if before:
        return before[-1]
    after = [v for p, v in ctx.ranges if p >= pos] if ahead else []
    return after[0] if after else None


#: a relative clause that recalls another honour of the places listed: ", which were also recipients of the X award,"
_ALSO_CLAUSE = re.compile(r",\s*(?:which|who)\s+(?:were|are|was|is|have|had|has)\s+also\b[^,;]*,")


def _labelled_award_above(text: str, pos: int) -> str | None:
    """The award a paragraph (or the one right above it) opens with as its label: "Tree City USA Growth Award – To
    qualify for ..."."""
    bs = blocks(text)
    at = next((i for i, b in enumerate(bs) if b.start <= pos <= b.end), None)
    if at is None:
        return None
    for b in (bs[at], bs[at - 1] if at else None):
        if b is None:
            continue
        line = text[b.body:b.end]
        found = award_mentions(line)
        if found and found[0][0] == 0 and rx(r"\s*[–—:-]\s").match(line[found[0][1]:]):
            return found[0][2]
    return None


def _sentence_wins(ctx: AwardContext, sent: Sentence) -> list[Win]:
    text = ctx.doc.text
    s0, s1 = sent.start, sent.end
    st = sent.text
    folded = fold_for_words(st)  # (a pattern none of whose words the sentence holds is not searched)
    recips = [p for p in ctx.places_in(s0, s1) if p.start not in ctx.excluded
              and not is_dateline(text, p)]
    venue: set[int] = set()
    keep = []
    for p in recips:
        before = text[s0:p.start]
        dm = _DESCRIPTOR_BEFORE.search(before[-30:])
        if dm and not rx(r"[A-Z][\w.]*\s+$").search(before[-30:][:dm.start()]):  # "the Twin Cities suburb of Eagan"
            continue
        if _VENUE_BEFORE.search(before[-12:]) and _EVENT_WORDS.search(st):
            venue.add(p.start)
        if _OFFICE_OF.search(before[-40:]) or _SEAT_AFTER.match(text, p.end):
            continue  # "three-term Mayor of New York City", "the think tank's New York headquarters"
        if _EVENT_BRAND_BEFORE.search(before[-30:]):
            continue  # "At CityLab Detroit, Mayor Bloomberg announced the winners": the gathering's city
        fin = FINALIST.search(before[-40:])
        if fin and not rx(r"\bwinners?\b|;").search(before[-40:][fin.start():]):
            continue
        if NOT_WON_AFTER.match(text, _unit_end(text, p), s1):
            continue  # "Boise, Idaho, has applied for ...", "Reno was one of 10 finalists for ...", "hopes to join"
        keep.append(p)
    recips = keep
    pseudo: list[tuple[int, int, str]] = []  # (start, end, name) anaphors for the document's own place
    # "Last year, the city placed third, behind Fresno and Madison": places named only as those ahead of it leave
    # the anaphor the subject
    if ctx.main:
        if not recips or all(rx(r"\b(?:behind|trailing)\b").search(text, s0, p.start) for p in recips):
            for m in finds(_ANAPHOR, st, folded):
                pseudo.append((s0 + m.start(), s0 + m.end(), _local_subject(ctx, sent, m.group(0)) or ctx.main))
            if not pseudo:
                for m in finds(_placing_anaphor(), st, folded):
                    pseudo.append((s0 + m.start(), s0 + m.end(), _local_subject(ctx, sent, m.group(0)) or ctx.main))
    # "Cabarrus ranked 4th among counties ...": a county of the text named without its "County"
    bare = _bare_county(ctx)
    if bare is not None:
        for m in bare[0].finditer(st):
            a = s0 + m.start()
            if not any(p.start <= a < p.end for p in recips):
                pseudo.append((a, s0 + m.end(), bare[1][m.group(0)]))
    # "NACo gave the county a 2018 Achievement Award": the object of a giving verb receives the award named next
    gifts: list[tuple[int, int]] = []  # (verb start, recipient start)
    written = _written_mentions(ctx, st)
    for m in (finds(_GIVE, st, folded) if award_mentions(st) or written_awards(st) or written else ()):
        a = s0 + m.end()
        # "named the Town of Thurmont a 2024 Tree City USA": the place after its government's words
        gov = _GOVERNMENT_OF.match(text, a, s1)
        if gov and _recips_at(recips, gov.end()):
            a = gov.end()
        obj = _GIVE_OBJ.match(text, a, s1)
        if obj and obj.group("pron") and not _recips_at(recips, a):
            who = _local_subject(ctx, sent, obj.group(0)) or ctx.main
            if who is None:
                continue
            end = obj.end("pron")
            pseudo.append((a, end, who))
        elif _recips_at(recips, a):
            end = _unit_end(text, _recips_at(recips, a)[0])
            # "presented Jacksonville, Oldsmar and Pinecrest with the 2025 ... Awards": the whole list is the object
            for p in recips:
                if p.start > end and _JOIN.match(text[end:p.start]):
                    end = _unit_end(text, p)
        else:
            # "has given a “Tree City USA Growth Award” to Mason City": the place after "to" receives it
            to = _gift_to(ctx, st, a - s0, recips, s0)
            if to is not None:
                gifts.append((s0 + m.start(), to))
            continue
        if _GIFT.match(text, end, s1) and _award_after(ctx, st, end - s0):
            gifts.append((s0 + m.start(), a))
    if ctx.main:
        # a first-person win in the release's own voice: "the Silver certification we received in 2019"
        for m in finds(_WE_WON, st, folded):
            pseudo.append((s0 + m.start(), s0 + m.start() + 2, ctx.main))
        if not recips:
            low = ctx.main.lower().replace(" ", "")
            site = rf"\b[\w.]*{re.escape(low)}[\w.]*\.(?:gov|org|com|us)\b"  # "boston.gov" in its own sentence
            for m in () if low not in st.lower() else re.finditer(site, st):
                pseudo.append((s0 + m.start(), s0 + m.end(), ctx.main))
    # "The four counties earned top rankings ...": a counted plural stands for the places the sentence
    # before named, when it named that many
    if not recips:
        pm = _COUNTED.match(st)
        n = number_value(pm.group(1)) if pm else None
        prev = ctx.sentence_before(s0)
        if n and prev:
            named = list(dict.fromkeys(p.name for p in ctx.places_in(prev.start, prev.end)
                                       if not is_dateline(text, p)))
            if len(named) == n:
                for k, name in enumerate(named):
                    pseudo.append((s0 + pm.start(1) + k, s0 + pm.start(1) + k + 1, name))
    year_wins: list[Win] = []
    if ctx.main and ctx.main_award and not recips:
        for m in finds(_YEAR_WIN, st, folded):
            year_wins.append(Win(ctx.main, ctx.main_award, int(m.group(1)), evidence=sent.evidence(),
                                  explicit_year=True, pos=s0 + m.start()))
    # recipient units: (start, end, name, own category, is venue)
    units = [(p.start, _unit_end(text, p), p.name, p.start in venue) for p in recips] + \
            [(a, b, n, False) for a, b, n in pseudo]
    units.sort()
    if not units:
        return year_wins
    # groups of units joined by list punctuation or "tied"
    groups: list[list[tuple[int, int, str, bool]]] = [[units[0]]]
    tie_groups: set[int] = set()
    for u in units[1:]:
        between = text[groups[-1][-1][1]:u[0]]
        if _JOIN.match(between):
            groups[-1].append(u)
        elif _TIE_JOIN.match(between):
            groups[-1].append(u)
            tie_groups.add(len(groups) - 1)
        else:
            groups.append([u])

    signals: list[_Signal] = []
    off_topic = _off_topic()
    for r in find_ranks(st):
        if off_topic.match(st[r.end:r.end + 60]):
            continue  # "ranked third in population growth" is not an award
        strength = {"rank": 3, "top": 2, "member": 1}[r.kind]
        signals.append(_Signal(s0 + r.start, s0 + r.end, r.rank, strength, r.tie))
    for m in finds(_LEVEL, st, folded):
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group(1) or m.group(2) or m.group(3)))
    # "achieved LEED Platinum", "a platinum Walk Friendly Community": a level written onto the award's name
    for a, b, _n in award_mentions(st):
        stars = _STARS.search(st[max(0, a - 3):a]) if st.startswith("STAR", a) else None
        if stars:
            signals.append(_Signal(s0 + a, s0 + b, None, 1, False, f"{stars.group(1)}-STAR"))
            continue
        lv = _LEVEL_AFTER.match(st, b) or _LEVEL_BEFORE.search(st[max(0, a - 25):a])
        if lv:
            signals.append(_Signal(s0 + a, s0 + b, None, 1, False, lv.group(1).capitalize()))
    for m in finds(_WON_IN_CATEGORY, st, folded):  # "has won in the Smart Buildings category": the named category
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group("cat").strip()))
    for m in finds(_LEVEL_WITH, st, folded):  # "A and B, with Platinum-level designations": the group before it
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group(1).capitalize()))
    if ctx.main_award and _WINNING_WORD.search(st):
        for m in finds(_LEVEL_AS, st, folded):  # "Renewals were made for Ann Arbor, MI and Bend, OR as silver level"
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group(1).capitalize()))
    for m in finds(_LOWER_LEVEL, st, folded):  # "certified at the gold level": a level written in lower case
        if not any(sg.start <= s0 + m.start() < sg.end for sg in signals):
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False,
                                   (m.group(1) or m.group(2)).capitalize()))
    for m in (finds(_MEDAL, st, folded) if _METAL.search(st) else ()):  # "won gold", "took silver"
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group(1).capitalize()))
    for m in finds(_CLASS, st, folded):
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False))
    # "The winning communities are: A; B", "joined in the winners' circle by A, B", "the remaining four winners
    # (A, B)", "Gold-level recognition for A and B": a phrase that introduces the list of places after it
    for pat in _FELLOWS:
        for m in finds(pat, st, folded):
            level, tier = m.groupdict().get("lv"), m.groupdict().get("tier")
            cat = level.capitalize() if level else tier.replace("-", " ").lower() if tier else None
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, cat, forward=True,
                                   undated=m.groupdict().get("held") is not None))
    if ctx.paren_ranked:  # "Rising Singapore (5) saw off a resurgent Paris (6)": each place its rank
        for u in units:
            pm = _PAREN_RANK.match(text, u[1], s1)
            if pm:
                signals.append(_Signal(pm.start(), pm.end(), int(pm.group(1)), 3, False))
    if ctx.main_award and "top" in st:
        for m in finds(_AT_THE_TOP, st, folded):
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), 1, 3, False, forward=True))
    # "The smallest population category, under 150,000 population, was won by Nevada County": first place
    if _BRACKET_WORD.search(st):
        for m in finds(_WON_BY, st, folded):
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), 1, 3, False, forward=True))
        # "Oakland County, Mich. -- winner of the 500,000 or more population category", "Ames won the
        # under-75,000 population category": the bracket's winner is its first place
        for m in finds(_WON_BRACKET, st, folded):
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), 1, 3, False))
    # "... are among the Smart 50 award winners. These include: A, B and C": the winners the sentence
    # before announced
    lead = _THESE_ARE.match(st)
    if lead:
        prev = ctx.sentence_before(s0)
        if prev and _WINNERS_WORD.search(prev.text) and (award_mentions(prev.text) or written_awards(prev.text)):
            said = {y for _p, y in years_in(prev.text)}  # "the 2024 City of Excellence Award winners. They were"
            signals.append(_Signal(s0 + lead.start(), s0 + lead.end(), None, 1, False, forward=True,
                                   year=said.pop() if len(said) == 1 else None))
    has_award = bool(award_mentions(st) or written)
    # "named ... to its Bright21 Communities": a written award after "to its"/"on the" makes its recipients members
    for a, b, _n in written:
        if rx(r"\b(?:to|on|in|among|as one of|joins?|joined)\s+(?:its|their|the|this year's)\s+"
                     r"(?:(?:19|20)\d\d\s+)?$").search(st[max(0, a - 40):a]):
            signals.append(_Signal(s0 + a, s0 + b, None, 1, False))
    # "Among the Champion Cities are ...": a prize title is the winners' category
    for a, b, title in (find_titles(st) if ctx.main_award not in ctx.bracketed else ()):
        # "named a Bright21 Community" names the award itself, not a title
        own = any(a < wb and wa < b for wa, wb, _n in [*written, *award_mentions(st)])
        signals.append(_Signal(s0 + a, s0 + b, None, 1, False, None if own else title))
    for a, b in gifts:
        signals.append(_Signal(a, b, None, 1, False, forward=True))
    # "Winning projects in Atlanta, Baltimore and Honolulu address ...": the places of the winning entries of the
    # award the page announces
    for m in (finds(_WINNING_ENTRIES_IN, st, folded) if ctx.main_award and ("inning" in st or " from " in st) else ()):
        signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, forward=True))
    for m in finds(_WIN_VERB, st, folded):
        if rx(r"\s+(?:an?\s+|the\s+)?(?:honou?rable mention|finalist|nomination|spot as (?:a )?finalist)",
              re.I).match(st[m.end():]):
            continue  # "earned an honorable mention" is not a win
        # a win verb needs an award in the sentence, or a prize as its object ("each won $1 million"), or a
        # grant on a page announcing a challenge or prize, whose winners get grants ("each won a grant in 2017")
        if has_award or rx(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w$.,-]+\s+){0,4}?(?:awards?|prizes?|honou?rs?|titles?|"
                                 r"medals?|certification)\b").match(st[m.end():]) \
                or (ctx.main_award and _CONTEST.search(ctx.main_award)
                    and rx(r"\s+(?:the\s+|a\s+|an\s+|one\s+of\s+the\s+)?(?:[\w$.,-]+\s+){0,3}?grants?\b").match(
                        st[m.end():])) \
                or (m.group(0).lower().startswith("won") and rx(r"\s+(?:a\s+|the\s+)?\$").match(st[m.end():])):
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False))
    # elliptical placings: "San Bernardino County eighth", "Alameda County seventh"
    for u in units:
        m = re.match(rf"(?-i:,\s*(?:[A-Z]\.\s?)+|,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)?"
                     rf",?\s+(?:in\s+)?({ordinal_pattern()})\b(?!\s*(?:year|time|annual|anniversary|consecutive|straight))",
                     text[u[1]:s1], re.I)
        if m:
            signals.append(_Signal(u[1] + m.start(1), u[1] + m.end(1), ordinal_value(m.group(1)), 3, False))
        else:  # a fact-box row: "Tempe, Ariz.: 4th, 125,000-249,999 population"
            m = _row_rank().match(text, u[1], s1)
            if m:
                signals.append(_Signal(m.start(1), m.end(1), ordinal_value(m.group(1)), 3, False))
    # "(9th in 2022)", "(No. 6 last year)": an earlier placing in brackets
    for m in (finds(_past_paren(), st, folded) if "(" in st else ()):
        got = _paren_prior(m, ctx.year)
        if got:
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), got[1], 3, False, year=got[0]))
    # "took first place, followed by Albany, N.Y.": the next rank down
    for m in (rx(r"\b(?:followed|trailed)\s+(?:closely\s+)?by\b").finditer(st) if "ed by" in st or "ly by" in st
              else ()):
        prior = [sg for sg in signals if sg.rank is not None and sg.end <= s0 + m.start()]
        if prior:
            last = max(prior, key=lambda sg: sg.end)
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), last.rank + 1, 3, False, last.category, seq=True))
    # "first place went to Springfield; second to Albany; and third to Salem"
    for m in (finds(_ord_to(), st, folded) if " to " in st else ()):
        rank = ordinal_value(m.group("o"))
        if rank:
            signals.append(_Signal(s0 + m.start("o"), s0 + m.end(), rank, 3, False, forward=True))
    # "placed second, trailing only Virginia Beach": the rank above
    for m in (rx(r"\b(?:trailing|behind|after)\s+only\b|\bsecond only to\b").finditer(st) if " only" in st else ()):
        prior = [sg for sg in signals if sg.rank is not None and sg.rank > 1 and sg.end <= s0 + m.start()]
        if prior or m.group(0).startswith("second"):
            rank = max(prior, key=lambda sg: sg.end).rank - 1 if prior else 1
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), rank, 3, False))
    # "finished second, behind Albany, N.Y.": only a second place says who was first
    for m in (rx(r",\s+(?:just\s+|narrowly\s+)?behind\s+(?=[A-Z])").finditer(st) if "behind" in st else ()):
        prior = [sg for sg in signals if sg.rank is not None and sg.end <= s0 + m.start()]
        if prior and max(prior, key=lambda sg: sg.end).rank == 2:
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), 1, 3, False, forward=True))
    # "up from seventh place a year ago" is last time's rank, not a placing of its own
    ups = list(finds(_up_from(), st, folded)) if "from" in st else []
    if ups:
        signals = [sg for sg in signals if not any(s0 + m.start("r") <= sg.start < s0 + m.end() for m in ups)]
        # "The county moved up from fifth place in the same category last year.": with no placing of its own
        # before it, the earlier rank is a placing of the previous year (or the year it states)
        for m in ups:
            # "ranked ninth, down from third in 2016": a stated year makes the earlier rank that year's placing
            if any(sg.rank is not None and sg.end <= s0 + m.start() for sg in signals) and not m.group("y"):
                continue
            prior = _up_from_prior(m, ctx.year)
            if prior:
                signals.append(_Signal(s0 + m.start(), s0 + m.end(), prior[1], 3, False, year=prior[0]))
    # "moves up two notches from third in 2002 to First place": the placing left behind is that year's
    froms = list(finds(_from_to_year(), st, folded)) if " from " in st else []
    for m in froms:
        signals.append(_Signal(s0 + m.start(), s0 + m.start("y"), ordinal_value(m.group("r")) or int(m.group("r")),
                               3, False, year=int(m.group("y"))))
    # "Tampa retains its First-place ranking from the 2002 survey": first again this year, and first in 2002
    kept_from = list(finds(_kept_from_year(), st, folded)) if " from " in st else []
    for m in kept_from:
        signals.append(_Signal(s0 + m.start("y"), s0 + m.end("y"), ordinal_value(m.group("r")) or int(m.group("r")),
                               3, False, year=int(m.group("y"))))
    froms += kept_from
    # "achieved the gold level, moving up from silver in 2018": the level left behind is that year's win
    up_levels = list(finds(_UP_FROM_LEVEL, st, folded))
    for m in up_levels:
        when = int(m.group(2)) if m.group(2) else (ctx.year - 1 if ctx.year and m.group(3) else None)
        if when:
            signals.append(_Signal(s0 + m.start(), s0 + m.end(), None, 1, False, m.group(1).capitalize(), year=when))
    signals.sort(key=lambda s: (s.start, -s.strength))
    # drop signals nested in a stronger one
    kept: list[_Signal] = []
    for sg in signals:
        if any(k.start <= sg.start < k.end or sg.start <= k.start < sg.end for k in kept):
            if kept and (kept[-1].strength < sg.strength or sg.forward and not kept[-1].forward
                         and kept[-1].strength == sg.strength) and kept[-1].start >= sg.start:
                kept[-1] = sg  # a phrase that introduces a list outranks a bare mention inside it
            elif kept and kept[-1].strength < sg.strength and sg.rank is not None and kept[-1].rank is None \
                    and kept[-1].category is None and not kept[-1].forward:
                kept[-1] = sg  # "were named the top-ranked municipalities": the placing the bare verb runs into
            continue
        kept.append(sg)
    # "earned What Works Cities Certification at the Silver level in 2018": the bare win verb is the same win
    # as the more specific signal it runs into
    signals = [sg for i, sg in enumerate(kept)
               if not (sg.strength == 1 and sg.rank is None and sg.category is None and not sg.forward
                       and i + 1 < len(kept)
                       and kept[i + 1].start - sg.end <= 60
                       and not rx(r"[,;]|\band\b").search(text[sg.end:kept[i + 1].start]))]
    if not signals:
        return year_wins

    cats = [c for c in find_categories(st) if not ELIGIBILITY.search(st)]
    named_cat = named_category(st)
    streaks = find_streaks(st, year=ctx.year, edition=ctx.edition)
    awards_here = [(s0 + a, n) for a, _b, n in award_mentions(st)]
    awards_here += [(s0 + a, n) for a, _b, n in written]
    described = [(s0 + m.start(), s0 + m.end()) for m in finds(_ALSO_CLAUSE, st, folded)]
    if described and any(x <= a < y for a, _n in awards_here for x, y in described):
        # "The award recipients, which were also recipients of the Tree City USA award, are ...": the award the
        # clause recalls is not the one the sentence lists; that is the one its paragraph is labelled with
        awards_here = [(a, n) for a, n in awards_here if not any(x <= a < y for x, y in described)]
        label = _labelled_award_above(text, s0)
        if label and not awards_here:
            awards_here = [(s0, label)]
    skip_years = [(x.start, x.end) for x in streaks] + [(c.start, c.end) for c in cats] + \
        ([(m.start(), m.end()) for m in finds(_MOVE, st, folded)] if " from " in st or " since " in st or " over " in st
         or "compared" in st else [])
    skip_years += [(m.start(), m.end()) for m in ups]
    skip_years += [(m.start(), m.end()) for m in froms]
    skip_years += [(m.start(), m.end()) for m in up_levels]  # "up from Silver in 2015"
    years = years_in(st, s0, skip_years)

    wins: list[Win] = year_wins
    assigned: dict[int, int] = {}  # group index -> first signal index
    up_from: dict[int, re.Match[str]] = {}
    for m in ups:
        at = [k for k, sg in enumerate(signals) if sg.end <= s0 + m.start() and sg.rank is not None]
        if at:
            up_from[at[-1]] = m
    for i, sg in enumerate(signals):
        prev_end = signals[i - 1].end if i else s0
        next_start = signals[i + 1].start if i + 1 < len(signals) else s1
        # which group?
        group = None
        following = [g for g in groups if g[0][0] >= sg.end]
        preceding = [g for g in groups if g[-1][1] <= sg.start]
        predicate = bool(preceding) and sg.strength >= 2 and len(text[preceding[-1][-1][1]:sg.start]) <= 30 \
            and "," not in text[preceding[-1][-1][1]:sg.start].strip(" ,")
        if preceding and len(preceding[-1]) > 1 and _WHICH.match(text[preceding[-1][-1][1]:sg.start]) \
                and not _WHICH_PLURAL.match(text[preceding[-1][-1][1]:sg.start]):
            # "... and St. Paul, Minn., which came in 2nd": the relative clause is about the last one only
            preceding = preceding[:-1] + [[preceding[-1][-1]]]
        if sg.forward:
            group = following[0] if following and following[0][0][0] == sg.end else None
        elif sg.seq and following and not text[sg.end:following[0][0][0]].strip():
            group = following[0]  # "Honolulu took first, followed by Fresno": the places after it, not the first
        elif predicate:
            group = preceding[-1]  # "Winston-Salem shared 10th place with ..., including Hampton"
        elif following and (_introducer().match(text[sg.end:following[0][0][0]])
                            or (sg.strength == 3 and text[sg.end:following[0][0][0]].strip() in ("", "(tie)"))):
            group = following[0]
        elif preceding:
            group = preceding[-1]
            # a member signal does not reach back over a venue city
            if sg.strength == 1 and all(u[3] for u in group):
                group = None
        if group is None and not preceding and following and sg.strength >= 2 and not following[0][0][3] \
                and not rx(r"[;:]|\b(?:behind|trailing|after|ahead\s+of|following|than)\b").search(
                    text[sg.end:following[0][0][0]]):  # ("placed third, behind Fresno": not Fresno's placing)
            group = following[0]  # "One year after placing eighth ..., the City of Durham has ..."
        if group is None:
            continue
        assigned.setdefault(next(k for k, g in enumerate(groups) if group[-1] in g), i)
        gi = next(k for k, g in enumerate(groups) if group[-1] in g)
        # award
        award = None
        if awards_here:
            # "the city's fourth-place finish in the ... category of the 2021 Government Experience Awards":
            # the award the placing is in, else the nearest
            within = [a for a in awards_here if sg.end <= a[0] < next_start
                      and not rx(r"[,;]").search(text[sg.end:a[0]])
                      and rx(r"\b(?:in|of|at)\b").search(text[sg.end:a[0]])]
            award = within[0][1] if within else min(awards_here, key=lambda a: abs(a[0] - sg.start))[1]
        award = award or ctx.main_award
        if not award or award in ctx.person_awards:
            continue
        # "Outstanding Achievement awards were received by ..." on a page about the City Livability Awards: a part
        # of the page's main award, the category its winners won that award in
        # (not "Growth Awards" on a Tree City USA page: the Tree City USA Growth Award, known by its last words)
        part = part_of_main(text, award, ctx.main_award, award_mentions) \
            if award != ctx.main_award and not known_by_tail(award) else None
        written_as = award if part else None
        if part:
            low_main, low_part = (_series_key(n) for n in (ctx.main_award, without_giver(part)))
            # ("Best Places to Live List" is the main award written longer, "Achievement Awards" the NACo Achievement
            # Award and "Tree City Award" the Tree City USA written shorter: no part of it)
            variant = low_main in _series_key(part) or low_part in low_main
            award, part = ctx.main_award, None if variant else rx(r"(?<=\b[Aa]ward)s$").sub("", part)
        # years
        # a negated clause ("did not place in 2013") ends the signal's stretch for years
        neg = _NEGATED.search(text, sg.end, next_start) or _CONTRAST.search(text, sg.end, next_start)
        year_end = neg.start() if neg else next_start  # "..., but Medellin was nominated for 2016": not this win's
        after = [(p, y) for p, y in years if sg.start <= p < year_end]  # "on the 2013 list" dates itself
        after_years = _year_chain(after, text)
        # a year the previous placing runs into ("the fifth-place finish in 2020 and the sixth consecutive
        # year ...") is that placing's, not the next one's
        before_years = [y for p, y in years if prev_end <= p < sg.start
                        and not (i and rx(r"[^,;]*?").fullmatch(text[prev_end:p])
                                 and not rx(r"\band\b").search(text[prev_end:p]))]
        # "which made the list last year, did not place in 2013": a relative year right after the signal wins
        rel_first = None
        if ctx.year:
            first_after = after[0][0] if after else year_end
            if i in up_from:
                first_after = min(first_after, s0 + up_from[i].start())
            for pat, delta in _RELATIVE:
                rm = pat.search(text, sg.end, first_after)
                if rm and delta and rm.start() - sg.end <= 25:
                    rel_first = delta
                    break
        explicit = True
        when = _when_year().search(text, max(prev_end, sg.start - 80), sg.start)
        if sg.year is not None:
            ys = [sg.year]
        elif sg.undated:
            explicit, ys = True, [None]
        elif when:  # "a two-spot climb from 2021, when the city placed sixth"
            ys = [int(when.group("y"))]
        elif rel_first is not None and ctx.year:
            ys = [ctx.year + rel_first]
        elif (clause := _relative_clause_year(text, s0, sg.start, years)) is not None:
            ys = [clause]  # "Applications for the 2022 Smart 50 Awards are due; last year's winners included ..."
        elif after_years:
            ys = after_years
        elif before_years:
            ys = before_years[-1:]
        elif _PAST_WINNERS.search(text, max(prev_end, sg.start - 40), sg.end):
            # "after previous winners Suzhou, Bilbao and New York": an earlier edition the text does not date
            explicit, ys = True, [None]
        else:
            explicit = False
            ys = [ctx.year]
            w0 = max(prev_end, sg.start - 45)
            if i and w0 == prev_end:
                # "which ranked third last year, took first": a relative year right after the previous
                # signal is that signal's
                rm = rx(r"[\s,]*(?:[\w-]+\s+){0,2}?(?:last year|a year (?:ago|earlier)|in \d{4})[\s,]*",
                        re.I).match(text[w0:sg.start])
                if rm:
                    w0 += rm.end()
            window = _MOVE.sub(" ", text[w0:sg.start] + " " + text[sg.end:next_start])
            if i in up_from:
                window = window.replace(up_from[i].group(0), " ")
            for pat, delta in _RELATIVE:
                if pat.search(window) and ctx.year:
                    ys = [ctx.year + delta]
                    explicit = delta != 0
                    break
        # a move ("up two spots from 2015", "down one place from last year") states last time's rank too
        moved: tuple[int, int] | None = None
        if sg.rank is not None and len(ys) == 1 and ys[0]:
            mv = _MOVE.search(text, sg.end, min(next_start, sg.end + 220))
            if mv:
                moved = _moved(mv, sg.rank, ys[0], ctx.year)
            um = up_from.get(i)
            if um and not moved:  # "fourth, up from seventh a year ago"
                got = _up_from_prior(um, ys[0])
                if got and got[0] < ys[0]:
                    moved = got
            fm = _FROM_TO.match(text, sg.start, sg.end)
            if fm and not moved:  # "moved from ninth (in 2018) to fourth"
                prior = ordinal_value(fm.group("r")) if not fm.group("r").isdigit() else int(fm.group("r"))
                py = int(fm.group("y")) if fm.group("y") else ys[0] - 1
                if prior and py < ys[0]:
                    moved = (py, prior)
        # category
        # the stretch ends where another recipient begins ("X finished first among the largest counties,
        # and Y earned its first top finish in the 500,000-999,999 group")
        cat_end = min([next_start] + [u[0] for u in units if u[0] >= max(sg.end, group[-1][1])])
        own_stretch = [c for c in cats if sg.start - s0 <= c.start < cat_end - s0]
        before_sent = [c for c in cats if c.start < sg.start - s0]
        cat, cat_strength = sg.category, (3 if sg.category else 0)
        if cat is None and named_cat:
            cat, cat_strength = named_cat[2], 2
        if cat is None and sg.rank == 1 and rx(r"the\s+best\s+", re.I).match(text[sg.start:sg.end]):
            phrase = rx(r"^the\s+best\s+", re.I).sub("", text[sg.start:sg.end])
            type_phrase, kinds = _type_phrase()
            among = type_phrase.fullmatch(phrase)
            if among:  # "the best among cities": the kind of recipient it was best of
                cat, cat_strength = kinds[(among.group("w") or among.group("v")).lower()], 2
            elif len(phrase.split()) > 1:
                cat, cat_strength = phrase, 2
        if cat is None:
            explicit_stretch = [c for c in own_stretch if c.kind in ("range", "descriptive")]
            pick = (explicit_stretch or own_stretch or before_sent[-1:] or [None])[0]
            if pick is not None:
                cat, cat_strength = _resolve_category(ctx, pick, group[0][2], s0), 2
                if cat is None:
                    cat_strength = -1  # "its bracket" of a peer: unknown, do not guess
        if cat is None and cat_strength == 0:
            # "took first place among counties, and Maricopa County finished second": the award's overall
            # category for that kind of recipient, said in the placing's stretch or earlier in the sentence
            cat = _type_category(award, text[s0:cat_end])
            cat_strength = 2 if cat else 0
        if part and cat is None:
            cat, cat_strength = part, 2
        is_bracketed = award in ctx.bracketed
        # "four cities took top honors: A; B; C; and D": first places of a bracketed award, one per bracket, so no
        # bracket said elsewhere is theirs together
        split_firsts = is_bracketed and sg.rank == 1 and len(group) > 1 and not sg.tie and gi not in tie_groups
        if cat is None and cat_strength == 0 and is_bracketed and not _OTHER.search(st) and not split_firsts:
            cat = ctx.said.get(group[0][2])
            one = len({v for _p, v in ctx.ranges}) == 1
            if cat is None and (ys == [ctx.year] or one):
                # this year's placings are in the bracket in force, not past ones
                cat = _in_force(ctx, s0, ahead=one or sg.rank is not None)
            cat_strength = 1 if cat else 0
        # streak: attached to the nearest signal
        my_streaks = [x for x in streaks
                      if min(range(len(signals)), key=lambda j: _dist(signals[j], s0 + x.start, s0 + x.end)) == i]
        tie = sg.tie or gi in tie_groups
        ranks = None
        if sg.rank is not None and len(group) > 1 and sg.strength == 3:
            rm = _respective().match(text, sg.end)
            if rm:
                ranks = [sg.rank] + [ordinal_value(g) for g in rm.groups() if g]
                ranks = ranks if len(ranks) == len(group) and None not in ranks else None
        # "the top three were Honolulu, Fresno and Madison, in that order": ranked as listed
        in_order = len(group) > 1 and sg.rank is None \
            and bool(rx(r",?\s+in\s+that\s+order\b").match(text, group[-1][1]))
        for k, u in enumerate(group):
            own = None
            own_rank = sg.rank + k if sg.seq and sg.rank is not None else sg.rank
            if ranks:
                own_rank = ranks[k]
            elif in_order:
                own_rank = k + 1
            pm = rx(r"\s*[(\[]([^)\]]{2,40})[)\]]").match(text[u[1]:s1])  # "(third)", "[third]"
            if pm:
                oc = [c for c in find_categories(pm.group(1)) if c.kind == "range"]
                if oc:
                    own = oc[0].value
                pr = re.fullmatch(rf"\s*(?:No\.\s*(\d{{1,2}})|#(\d{{1,2}})|({ordinal_pattern()})(?: place)?)"
                                  r"(?:,?\s*(?:tie|tied))?\s*", pm.group(1), re.I)
                if pr:
                    own_rank = int(pr.group(1) or pr.group(2)) if (pr.group(1) or pr.group(2)) \
                        else ordinal_value(pr.group(3))
                elif ctx.paren_ranked and rx(r"\s*\d{1,3}\s*").fullmatch(pm.group(1)):
                    own_rank = int(pm.group(1))
            if split_firsts and not own and not cat:
                own = ctx.said.get(u[2])  # each first place keeps the bracket said for it alone
            if (own or cat) and (3 if own else cat_strength) >= 2 and (explicit is False or ys == [ctx.year]):
                ctx.said[u[2]] = own or cat
            unit_ys, unit_explicit = ys, explicit
            if pm and rx(r"\s*(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*\s*").fullmatch(pm.group(1)):
                unit_ys, unit_explicit = [int(y) for y in YEAR.findall(pm.group(1))], True  # "Albany (2016)"
            for y in unit_ys:
                w = Win(u[2], award, y, own_rank, sg.strength if own_rank == sg.rank else 3, own or cat,
                         3 if own else cat_strength, tie, list(my_streaks), sent.evidence(), unit_explicit, u[0])
                w.part = written_as
                wins.append(w)
            if moved and len(group) == 1:
                wins.append(Win(u[2], award, moved[0], moved[1], 3, own or cat, 3 if own else cat_strength, False,
                                 [], sent.evidence(), True, u[0]))
    # groups with no signal of their own that ride along: "tied with San Jose", "including Hampton, Va."
    for gi, group in enumerate(groups):
        if gi in assigned:
            continue
        lead = text[s0:group[0][0]]
        m = rx(r"(?:\b(?:tied|tying|ties|tie|shared|sharing|shares)\b[^.;]{0,40}?\bwith|\bincluding|"
                      r"\balong with|\btogether with)\s+$").search(lead)
        # co-honourees ("..., alongside Lyon and Osaka") and the rest of a list a relative clause interrupted
        # ("included Tulsa, Okla., which finished third, and Salem, Ore.") share the award, not the rank
        member = None
        if not m and gi:
            member = rx(r"\b(?:alongside|as well as)\s+$|\b(?P<join>joining|join|joins|joined)(?:\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}(?:localities|cities|communities|counties|towns|places|"
                               r"municipalities)\s*\(?)?\s*$").search(lead) or \
                rx(r",?\s*(?:which|who)\b[^;:]{0,80}?[,;]\s*and\s+").fullmatch(text[groups[gi - 1][-1][1]:group[0][0]])
        if not m and not member:
            continue
        donors = [w for w in wins if w.pos < group[0][0] and (w.rank is not None or member)
                  and w.evidence is not None and w.evidence.start == s0]
        if member:
            donors = [w for w in donors if w.rank is None] or [w for w in donors if w.rank_strength < 3 and
                                                                 not member.group(0).startswith(",")]
        if not donors:
            continue
        d = donors[-1]
        tie = bool(m and rx(r"tie|shar", re.I).match(m.group(0).lstrip())) or (d.tie and not member)
        # a level or rank stated in the relative clause is that member's own, not the list's
        own_clause = bool(member and rx(r"\b(?:which|who)\b").search(member.group(0))) and d.cat_strength >= 3
        cat, cat_strength = (None, 0) if own_clause else (d.category, d.cat_strength)
        # "moved to platinum, joining Portland, Boulder and Davis": those it joins held the level already, in a
        # year the sentence does not say
        joined = bool(member and member.groupdict().get("join"))
        for u in group:
            wins.append(Win(u[2], d.award, None if joined else d.year, None if member else d.rank, d.rank_strength,
                             cat, cat_strength, tie, [], d.evidence, True if joined else d.explicit_year, u[0]))
        if tie:
            d.tie = True
    return wins


_NEGATED = re.compile(r"\b(?:did not|didn't|does not|doesn't|failed to|was not|wasn't|were not|not)\s+"
                      r"(?:\w+\s+)?(?:place|rank|make|finish|appear|win|crack)", re.I)
_N_WORD = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
_MOVE = re.compile(rf"\b(?:(?P<dir>up|down|rising|falling|climbing|dropping|slipping|jumping|improving)\s+"
                   rf"(?P<n>{_N_WORD})\s+(?:spots?|places?|positions?|notches?|rungs?|ranks?|slots?)"
                   # "a two-spot climb from 2021", "a three-place jump over last year"
                   rf"|an?\s+(?P<n2>{_N_WORD})[- ](?:spots?|places?|positions?|notch|rungs?|ranks?|slots?)\s+"
                   r"(?P<dir2>climb|jump|rise|improvement|gain|leap|drop|fall|slide|slip|decline))\s+"
                   r"(?:from|since|over|compared (?:to|with))\s+"
                   r"(?:its\s+|their\s+)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>last year|a year (?:ago|earlier)|"
                   r"the (?:previous|prior) year|the year before|"
                   r"(?:the\s+)?(?:previous|prior|last) (?:survey|ranking|year)))",
                   re.I)
# "..., when the city placed sixth": a placing in a clause dated by the year just before it
_WHEN = r"\b(?P<y>(?:19|20)\d\d)\s*,?\s+when\s+(?:[\w'’.-]+\s+){0,4}$"


@cache
def _when_year() -> re.Pattern[str]:
    return re.compile(_WHEN, re.I)


_FROM_TO = re.compile(r"from\s+(?:No\.\s*|number\s+|#)?(?P<r>\d{1,2}|[a-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))"
                      r"(?:[- ](?:place|spot|position))?(?:\s+in\s+(?P<y>(?:19|20)\d\d))?\s+to\b", re.I)


def _up_from_prior(m: re.Match[str], year: int | None) -> tuple[int, int] | None:
    """(year, rank) of the earlier placing an 'up from' phrase states; a year not stated is the one before."""
    r = m.group("r")
    prior = int(r) if r.isdigit() else ordinal_value(r)
    py = int(m.group("y")) if m.group("y") else (year - 1 if year else None)
    if m.group("rel") and rx(r"two", re.I).match(m.group("rel")) and year:
        py = year - 2
    return (py, prior) if prior and py else None


@cache
def _from_to_year() -> re.Pattern[str]:
    """'from third in 2002 to First place': an earlier placing with its year, then the new one."""
    o = ordinal_pattern()
    return re.compile(rf"\bfrom\s+(?:No\.\s*|number\s+|#)?(?P<r>{o}|\d{{1,2}}(?![\d,.%]))"
                      r"(?:[- ](?:place|spot|position))?\s+in\s+(?P<y>(?:19|20)\d\d)\s+to\b", re.I)


@cache
def _kept_from_year() -> re.Pattern[str]:
    """'retains its First-place ranking from the 2002 survey': the same placing then and now."""
    o = ordinal_pattern()
    return re.compile(rf"\b(?:retain(?:s|ed)?|keeps?|kept|maintain(?:s|ed)?|holds?\s+on\s+to)\s+(?:its|their|the)\s+"
                      rf"(?:No\.\s*|number[- ])?(?P<r>{o}|\d{{1,2}}(?![\d,.%]))(?:[- ](?:place|spot|position))?"
                      r"(?:\s+(?:ranking|rank|position|spot|place|title))?\s+from\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)\b",
                      re.I)


@cache
def _up_from() -> re.Pattern[str]:
    """'up from seventh in the same category a year ago': the earlier rank, and its year if stated."""
    o = ordinal_pattern()
    return re.compile(rf"\b(?:(?:up|down|rising|climbing|jumping|improving|falling|slipping|dropping)\s+(?:from\s+)?|"
                      rf"(?:an? (?:jump|climb|rise|improvement|drop|slip|step up)|improved|improves|climbed|climbs|"
                      rf"rose|rises|jumped|jumps|advanced|advances|advancing|fell|falls|slipped|slips|dropped|"
                      rf"drops)\s+(?:from|over)\s+)"
                      rf"(?:No\.\s*|number\s+|#)?"
                      rf"(?P<r>{o}|\d{{1,2}}(?![\d,.%]))(?:[- ](?:place|spot|position))?"
                      # "climbed from ninth to fourth" is a placing now ("from ... to"), read elsewhere
                      r"(?![- ]?(?:place|spot|position)?\s+(?:in\s+(?:19|20)\d\d\s+)?to\b)"
                      r"(?:\s+(?:in|among)\s+(?:the\s+)?(?:same|that)\s+(?:population\s+)?(?:category|bracket|group))?"
                      r"(?:\s*,?\s*(?:in\s+(?P<y>(?:19|20)\d\d)\b|(?P<rel>last year|a year (?:ago|earlier|before)|"
                      r"the (?:previous|prior) year|the year before|two years (?:ago|earlier)|"
                      r"in the (?:previous|prior|last) (?:survey|ranking))))?",
                      re.I)


@cache
def _row_rank() -> re.Pattern[str]:
    """A placing right after a place and a colon, ended by a comma, bracket or the line: 'Tempe, Ariz.: 4th,'."""
    return re.compile(rf"\s*:\s+(?:No\.\s*)?({ordinal_pattern()})(?:\s+place)?(?=\s*(?:[,;(]|$))", re.I | re.M)


@cache
def _past_paren() -> re.Pattern[str]:
    """'(9th in 2022)', '(No. 6 last year)', '(up from 7th in 2021)': an earlier placing in brackets."""
    return re.compile(rf"\((?:up|down|up from|down from)?\s*(?:No\.\s*|#)?(?P<r>{ordinal_pattern()}|\d{{1,2}})"
                      r"(?:[- ](?:place|spot))?\s*,?\s+(?:in\s+(?P<y>(?:19|20)\d\d)|(?P<rel>last year|a year ago|"
                      r"the (?:previous|prior) year))\s*\)", re.I)


def _paren_prior(m: re.Match[str], year: int | None) -> tuple[int, int] | None:
    r = m.group("r")
    rank = int(r) if r.isdigit() else ordinal_value(r)
    py = int(m.group("y")) if m.group("y") else (year - 1 if year else None)
    return (py, rank) if rank and py and (year is None or py < year) else None


@cache
def _ord_to() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[;,]\s*(?:and\s+)?|\band\s+)(?P<o>{ordinal_pattern()})(?:[- ](?:place|spot|prize))?"
                      r"\s+(?:(?:honou?rs\s+)?(?:went|goes|going)\s+)?to\s+(?=[A-Z])", re.I)


# "Albany and Salem taking second and third": one rank for each, in order
@cache
def _respective() -> re.Pattern[str]:
    o = ordinal_pattern()
    return re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({o})\b(?:\s*,?\s*(?:and\s+)?({o})\b)?"
                      rf"(?:\s*,?\s*(?:and\s+)?({o})\b)?", re.I)


def _moved(m: re.Match[str], rank: int, year: int, doc_year: int | None) -> tuple[int, int] | None:
    """(earlier year, earlier rank) a move states: 'No. 7, up two spots from 2015' -> (2015, 9).

    >>> _moved(_MOVE.search("up two spots from 2015"), 7, 2016, 2016)
    (2015, 9)
    >>> _moved(_MOVE.search("down one place from last year"), 4, 2019, 2019)
    (2018, 3)
    """
    n = number_value(m.group("n") or m.group("n2"))
    if not n:
        return None
    up = (m.group("dir") or m.group("dir2")).lower().startswith(("up", "ris", "climb", "jump", "impro", "gain", "leap"))
    before = rank + n if up else rank - n
    prior = int(m.group("year")) if m.group("year") else year - 1
    if before < 1 or prior >= year:
        return None
    return prior, before


_US = re.compile(r"(?:USA|U\.S\.A\.|U\.S\.|United States(?: of America)?)(?![\w.])")


def _ranks_in_parentheses(numbers: list[str]) -> bool:
    """Whether the numbers a page writes after its places are their ranks: at least three, and nearly all
    different, as placings are even with ties ("Dallas (13), Houston (17)"); one number after most places is a
    score ("Atlanta, Ga. (100)", "Austin, Texas (100)": perfect scores on an index), not a shared placing.

    >>> _ranks_in_parentheses(["13", "17", "4"]), _ranks_in_parentheses(["100", "100", "90", "100", "86"])
    (True, False)
    """
    return len(numbers) >= 3 and len(set(numbers)) >= 0.75 * len(numbers)


def _unit_end(text: str, p: PlaceMention) -> int:
    """End of a recipient with the state written after a county ("Lake County, Md.", "Pitt County North
    Carolina") and the country after a place ("Amman, Jordan;", "Paterson, New Jersey, USA;"), so that a
    list of them stays one group."""
    end = p.end
    if p.kind == "county":
        m = rx(r",?[ \t]+").match(text[p.end:p.end + 3])
        if m:
            st = state_pattern().match(text, p.end + m.end())
            if st:
                end = st.end()
    m = rx(r",[ \t]+(?:the[ \t]+)?|[ \t]+in[ \t]+(?:the[ \t]+)?(?=[A-Z])").match(text[end:end + 8])
    if m:
        co = country_pattern().match(text, end + m.end()) or province_pattern().match(text, end + m.end()) \
            or _US.match(text, end + m.end())
        if co:
            end = co.end()
    return end


def _year_chain(found: list[tuple[int, int]], text: str) -> list[int]:
    """The first year and any joined to it by 'and'/','/'or' ("in both 2012 and 2011")."""
    if not found:
        return []
    out = [found[0][1]]
    for (p0, _y0), (p1, y1) in zip(found, found[1:], strict=False):
        if rx(r"\s*(?:,|and|or|, and|&)(?:\s+in)?\s*").fullmatch(text[p0 + 4:p1]):
            out.append(y1)
        else:
            break
    return out


def _dist(sg: _Signal, a: int, b: int) -> int:
    if b <= sg.start:
        return sg.start - b
    if a >= sg.end:
        return a - sg.end + 1
    return 0


# -- after merging (merging itself: kg.extract.award_merge) ---------------------------


# "It is the county's seventh consecutive appearance in the top 10.": a streak whose subject is the
# release's own place, referred to by a pronoun or "the city's"
_BACK_REF = re.compile(r"^(?:(?:This|That|It)\s+(?:is|was|marks|marked|makes|made)\b"
                       r"|(?:The|This)\s+(?:\d{4}\s+)?(?:result|ranking|honou?r|award|recognition|win)\b)"
                       r"|\b(?:the\s+(?:city|county|town|village|parish|municipality)|its)['’]s?\s", re.I)


_SUBJECT_WIN = re.compile(r"[\s,]*(?:[A-Z][a-z]+\.\s*)*,?\s*"
                          r"(?i:(?:has\s+|have\s+|also\s+|again\s+|been\s+|is\s+|was\s+)*(?:won|wins|took|takes|topped|tops|placed|finished|ranked|earned|repeated|claimed|"
                          r"captured|made|led|retained|kept|held|named|selected|recogni[sz]ed|honou?red|received|receives|achieved|"
                          # "Tamarac, Florida appears in this year's ranking for the fifth consecutive time"
                          r"appears|appeared|returns|returned|lands|landed|ranks|earns))\b")


def _named_subject(ctx: AwardContext, sent: Sentence) -> str | None:
    """The place a sentence opens with when a win verb follows it: 'Westminster won its category ...'."""
    first = ctx.places_in(sent.start, sent.start + 3)
    if not first or first[0].start in ctx.excluded:
        return None
    end = _unit_end(ctx.doc.text, first[0])
    return first[0].name if _SUBJECT_WIN.match(ctx.doc.text, end, sent.end) else None


#: "2016 marks the 16th consecutive year ...": the year a streak sentence says it runs to
_MARKS_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s+marks\s+the\b")


def _orphan_streak(ctx: AwardContext, sent: Sentence, wins: list[Win], later: list[Sentence],
                   done: bool = False) -> None:
    """Give a streak sentence's streak to the subject's win of the award year: the subject referred back to
    ('It is the county's seventh ...'), or named ('Westminster won its category for the second year in a
    row'; a headline's subject, whose win may be stated only later, so those wait for every sentence)."""
    if not ctx.year and not any(w.year is None for w in wins):
        return  # (a page with no year: its undated wins still take the streak, "for the last 22 consecutive years")
    ref = _BACK_REF.search(sent.text) or _MARKS_YEAR.match(sent.text)  # "2016 marks the 16th consecutive year"
    subject = None if ref else _named_subject(ctx, sent)
    if subject and not done:
        later.append(sent)
        return
    if not wins or (not ref and not subject):
        return
    streaks = find_streaks(sent.text, year=ctx.year, edition=ctx.edition)
    if not streaks:
        return
    marks = _MARKS_YEAR.match(sent.text)
    if marks and int(marks.group(1)) != ctx.year:
        # "2016 marks the 16th consecutive year that the Village has earned this honor" in a 2017 release: the
        # streak runs to 2016, the year of the win it reports (unless the page dates that win itself)
        marked = int(marks.group(1))
        for w in wins:
            if w.year == ctx.year and not w.explicit_year and (w.recipient == (subject or ctx.main)):
                w.year, w.explicit_year = marked, True
        this_year = [w for w in wins if w.year == marked]
        streaks = find_streaks(sent.text, year=marked, edition=ctx.edition)
    else:
        this_year = [w for w in wins if w.year == ctx.year]
    if subject:  # "Westminster won its category for the second year in a row."
        own = [w for w in this_year if w.recipient == subject]
        if ctx.main_award:
            own = [w for w in own if w.award == ctx.main_award] or own
        if len({w.award for w in own}) == 1 and not any(w.streaks for w in own):
            own[0].streaks.extend(streaks)
        return
    if rx(r"count|parish", re.I).search(ref.group(0)):
        this_year = [w for w in this_year if rx(r"\b(?:County|Parish|Borough)$").search(w.recipient)]
    elif rx(r"city|town|village|municipality", re.I).search(ref.group(0)):
        this_year = [w for w in this_year if not rx(r"\b(?:County|Parish|Borough)$").search(w.recipient)]
    # the release's own place if it won this year, else the nearest win before the sentence
    own = [w for w in this_year if w.recipient == ctx.main] or this_year[-1:]
    if not own:
        return
    who = own[-1].recipient
    own = [w for w in this_year if w.recipient == who]
    if ctx.main_award:
        own = [w for w in own if w.award == ctx.main_award] or own
    if len({w.award for w in own}) == 1 and not any(w.streaks for w in own):
        own[0].streaks.extend(streaks)


@cache
def _work_subject() -> re.Pattern[str]:
    """A sentence about the honoured work, not its owner: 'StreamWatch was honored in the ... category',
    'The project was recognized in the ... category'."""
    nouns = alternation(load_data("awards").get("project_nouns", []))
    return re.compile(rf"^\s*(?:(?P<generic>(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?i:{nouns}))|(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,4}}))"
                      r"\s+(?:was|were|is|has\s+been)\s+(?:also\s+)?"
                      r"(?:honou?red|recogni[sz]ed|selected|named|chosen|cited|entered|judged|awarded|a\s+winner)\b")


def _work_category(ctx: AwardContext, sent: Sentence, wins: list[Win]) -> None:
    """'StreamWatch was honored in the Urban Infrastructure category.': the category of the win the work was
    honoured for ('named a Smart 50 honoree for Cary StreamWatch'); a place-less sentence about the work."""
    named = named_category(sent.text)
    if not named or not ctx.year:
        return
    m = _work_subject().match(sent.text, 0, named[0])
    if not m or ctx.places_in(sent.start, sent.end):
        return
    cands = [w for w in wins if w.year == ctx.year and w.award not in ctx.bracketed and not w.category
             and w.evidence is not None and w.evidence.start < sent.start]
    if m.group("name"):
        subj = re.compile(rf"\b{re.escape(m.group('name'))}\b")
        cands = [w for w in cands if subj.search(w.evidence.sentence)]
    elif ctx.main_award:
        cands = [w for w in cands if w.award == ctx.main_award]
    if len({(w.recipient, w.award) for w in cands}) == 1:
        for w in cands:
            w.category, w.cat_strength = named[2], 2


_DATELINE_DATE = re.compile(r"^[^\n]{0,60}?(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b)", re.M)
_PAREN_DATELINE = re.compile(r"\(([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d)\)\s*[–—-]")


_ALL_EARNED = re.compile(r"\b(?:all|each)(?:\s+of\s+(?:them|the\s+\w+))?\s+"
                         r"(?:earned|received|achieved|were\s+certified\s+at)\s+(?:the\s+|a\s+)?"
                         r"(" + _LV_LOW + r")\b(?![- ]?(?:medal|sponsor))", re.I)
_EXCEPT = re.compile(r"\bexcept(?:\s+for)?\b", re.I)


def _group_levels(ctx: AwardContext, wins: list[Win]) -> None:
    """'The certifications went to A and B; C; and D. Of the group, all of them earned silver, except for A
    and D, both of which earned gold.': the level the group shares goes to the wins of the sentence before
    that have none (the exceptions name their own)."""
    sents = ctx.doc.sentences
    for i, s in enumerate(sents[1:], 1):
        m = _ALL_EARNED.search(s.text)
        if not m:
            continue
        prev = sents[i - 1]
        excepted = set()
        ex = _EXCEPT.search(s.text, m.end())
        if ex:
            excepted = {p.name for p in ctx.places_in(s.start + ex.end(), s.end)}
        for w in wins:
            if prev.start <= w.pos < prev.end and w.category is None and w.recipient not in excepted:
                w.category, w.cat_strength = m.group(1).capitalize(), 1


_RESPECTIVE_CATEGORY = re.compile(r"\b(?:each|their|its)\s+respective\s+(?:population\s+)?(?:categor|bracket|division|"
                                  r"class)", re.I)


def _respective_categories(ctx: AwardContext, wins: list[Win]) -> None:
    """'The survey grouped counties into four population categories: A; B; C; and D.' then 'First-place honors
    in each respective population category go to W; X and Y (tied); Z; and V.': the groups the semicolons
    part take the brackets in the order the page listed them."""
    text = ctx.doc.text
    sents = ctx.doc.sentences
    for i, s in enumerate(sents):
        if not _RESPECTIVE_CATEGORY.search(s.text) or any(c.kind == "range" for c in find_categories(s.text)):
            continue
        here = sorted((w for w in wins if s.start <= w.pos < s.end), key=lambda w: w.pos)
        if len(here) < 2:
            continue
        groups: list[list[Win]] = [[here[0]]]
        for a, b in zip(here, here[1:], strict=False):
            if a.pos == b.pos or ";" not in text[a.pos:b.pos]:
                groups[-1].append(b)
            else:
                groups.append([b])
        for prev in reversed(sents[max(0, i - 3):i]):
            ranges = [c.value for c in find_categories(prev.text) if c.kind == "range"]
            if len(ranges) == len(groups) >= 2:
                for group, value in zip(groups, ranges, strict=True):
                    for w in group:
                        if w.cat_strength < 3:
                            w.category, w.cat_strength = value, 3
                break


def _section_years(ctx: AwardContext, wins: list[Win]) -> None:
    """A page of several releases (a newsroom's 'Latest' page): each release's own dateline fixes the year of
    the wins it states without one, not the page's first date."""
    text = ctx.doc.text
    stamps = []
    for m in _DATELINE_DATE.finditer(text):
        dates = [d for d in find_dates(text[m.end():m.end() + 25]) if d[0] == 0]
        if dates and rx(r"[—–-]|\(|\s*$").search(text[m.end() + dates[0][1]:m.end() + dates[0][1] + 3]):
            stamps.append((m.start(), int(dates[0][2][:4])))
    # "Sustainability Leadership Peoria, Ariz. (February 27, 2018) – STAR Communities announced today": a teaser's
    # dateline inside its paragraph, its date in parentheses before a dash, dates that paragraph's undated wins
    if ctx.year is None:
        dated: dict[tuple[str, str], int] = {}
        for m in _PAREN_DATELINE.finditer(text):
            dates = find_dates(m.group(1))
            if not dates:
                continue
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            for w in wins:
                if not w.explicit_year and w.year is None and w.pos is not None and m.start() <= w.pos < end:
                    w.year = dated.setdefault((w.recipient, w.award), int(dates[0][2][:4]))
        for w in wins:  # (the teaser's headline states the same win: "Peoria Achieves a 3-STAR Community Rating")
            if w.year is None and not w.explicit_year and (w.recipient, w.award) in dated:
                w.year = dated[(w.recipient, w.award)]
    if len({y for _p, y in stamps}) < 2:
        return
    for w in wins:
        if w.explicit_year or w.pos is None or w.year != ctx.year:
            continue
        before = [y for p, y in stamps if p <= w.pos]
        if before:
            w.year = before[-1]


_LEVEL_WORDED = re.compile(rf"(?i)({_LV_LOW})[- ]level")


def _level_word(category: str | None) -> str | None:
    """A certification level is its metal alone, however a sentence words it ('Gold Level' -> 'Gold')."""
    m = _LEVEL_WORDED.fullmatch(category or "")
    return m.group(1).capitalize() if m else category


def _tier_from_sentence(wins: list[Win], text: str) -> None:
    """On a page that names a prize's tiers (``tiers`` in kg/data/awards.json), a win with no category takes
    the one tier its sentence names: "nine were selected as winners: Denver, ..." are the Mayors Challenge's
    winners, as opposed to its champion cities.  A page naming one tier only has no tiers to tell apart."""
    by_award = tiers()
    for w in wins:
        if w.category or w.award not in by_award or w.evidence is None:
            continue
        if not all(re.search(pat, text, re.I) for pat in by_award[w.award].values()):
            continue
        at = w.pos - w.evidence.start  # the tier named last before the place: "of the 35 champion cities, two
        before = [(m.end(), label) for label, pat in by_award[w.award].items()  # were selected as winners:"
                  for m in re.finditer(pat, w.evidence.sentence, re.I) if m.end() <= at]
        if before:
            w.category = max(before)[1]


# a consolidated government named for its city and its county, which is the city's government, not a county's
_CONSOLIDATED = re.compile(r"\b(?:Metropolitan|Metro|Consolidated|Unified)\s+Government\s+of\s+[A-Z][\w.'’-]*"
                           r"(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:&|and)\s+(?P<county>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
                           r"\s+County)")
_LINE_ORDINAL = re.compile(r"\((\d{1,3})(?:st|nd|rd|th)\)")


def _streaks_to_their_end(wins: list[Win]) -> None:
    """A streak counted from a year ("every year since 2002", a run of 13 in the 2014 edition) ends in the
    edition it was counted to: it is the win of that year's, not an earlier win its sentence also names
    ("... every year since 2002, ranging from second place in 2003, 2008 and 2011")."""
    for w in wins:
        moved = [s for s in w.streaks if s.since is not None and w.year is not None
                 and s.since + s.length - 1 != w.year]
        for s in moved:
            w.streaks.remove(s)
            end = s.since + s.length - 1
            own = [o for o in wins if (o.recipient, o.award, o.year) == (w.recipient, w.award, end)]
            if own and not any(o.streaks for o in own):
                own[0].streaks.append(s)


def _line_ordinals(wins: list[Win], ctx: AwardContext) -> None:
    """A list row that ends its place with a placing in parentheses ranks it ("- City of Seattle, Washington
    (2nd)"): a short line, one place on it, one placing after the place."""
    text = ctx.doc.text
    for w in wins:
        if w.rank is not None or w.pos is None or w.pos < 0:
            continue
        a, b = text_line(text, w.pos)
        if b - a > 160 or len([p for p in ctx.places_in(a, b) if p.start not in ctx.excluded]) != 1:
            continue
        found = _LINE_ORDINAL.findall(text, w.pos, b)
        if len(found) == 1:
            w.rank = int(found[0])


def _bracket_winner_elsewhere(wins: list[Win], ctx: AwardContext) -> None:
    """A win read where its placing is not written takes the first place another sentence gives its place in a
    bracket ("Oakland County, Mich. -- winner of the 500,000 or more population category -- started ...", in a
    story about the survey that sentence does not name)."""
    text = ctx.doc.text
    for w in wins:
        if w.rank is not None or w.award not in ctx.bracketed or w.year != ctx.year:
            continue
        for p in ctx.places:
            if p.name != w.recipient or p.start in ctx.excluded:
                continue
            m = _WON_BRACKET.match(text, p.end + len(_AFTER_PLACE.match(text, p.end).group(0)))
            cats = [c.value for c in find_categories(m.group(0)) if c.kind == "range"] if m else []
            if len(cats) == 1 and w.category in (None, cats[0]):
                w.rank, w.category = 1, cats[0]
                break


#: what may stand between a place and what is said of it: its state, a dash, "the"
_AFTER_PLACE = re.compile(r"(?:,?\s*[A-Z][a-z]*\.?(?:\s?[A-Z]\.)?)?,?\s*(?:--?|[—–])?\s*(?:the\s+)?")


def _one_bracket(wins: list[Win], ctx: AwardContext) -> None:
    """On a page that states one population bracket, a placing in a bracketed award with no bracket of its own
    is in that one ("... took top honors in the 250,000 or more category. The other municipalities that ranked
    higher than Boston included: - City of Seattle (2nd) ...")."""
    brackets = {v for _at, v in ctx.ranges}
    if len(brackets) != 1:
        return
    bracket, first = next(iter(brackets)), min(at for at, _v in ctx.ranges)
    open_wins = [w for w in wins if w.category is None and w.rank is not None and w.award in ctx.bracketed
                 and w.pos is not None and w.pos > first and w.year == ctx.year]
    group = open_wins + [w for w in wins if w.category == bracket and w.rank is not None and w.year == ctx.year]
    ranks = Counter(w.rank for w in group if not w.tie)
    if any(n > 1 for n in ranks.values()):
        return  # "Other first-place finishers were Los Angeles; ...": placings in other brackets
    for w in open_wins:
        w.category = bracket


def _smallest_bracket(wins: list[Win], ctx: AwardContext) -> None:
    """"the smallest population category" on a page that states its brackets in numbers ("Digital Cities 2025:
    Up to 75,000 Population Category") is the smallest of them: the label counts only when it is all the text
    gives."""
    lows = sorted({v for _at, v in ctx.ranges if v.startswith("less than")}, key=range_key)
    if not lows:
        return
    for w in wins:
        if w.category and rx(r"(?i)smallest\b").match(w.category):
            w.category = lows[0]


def _state_heading(w: Win, text: str, state_awards: set[str]) -> bool:
    """A state's name alone on its line ("Alabama[edit]", "Maryland:") heads the state's section of a list: it
    wins no award that places win (the places under it do), only an award states win."""
    if w.award in state_awards or w.recipient not in state_names() or w.pos is None or w.pos < 0:
        return False
    line = text[slice(*text_line(text, w.pos))].strip()
    return line.startswith(w.recipient) and _HEADING_ONLY.fullmatch(line[len(w.recipient):]) is not None


_HEADING_ONLY = re.compile(r"\s*(?:\[edit\]|:)?\s*")


def _from(source: str, wins: list[Win]) -> list[Win]:
    for w in wins:
        w.sources.add(source)
    return wins


def _link(ctx: AwardContext, merged: list[Win]) -> list[Win]:
    """The linking step: the learned linker keeps the readers' wins it believes and adds places it finds won."""
    cands = award_linker.candidates(
        ctx.doc, ctx.places, merged, main=ctx.main, main_award=ctx.main_award, year=ctx.year,
        award_spans=award_mentions(ctx.doc.text), excluded=ctx.excluded, person_awards=ctx.person_awards)
    ctx.doc.context["award_candidates"] = cands
    out = []
    for c in award_linker.link(cands):
        if c.win is not None:
            out.append(c.win)
            continue
        sent = ctx.sentence_at(c.pos)
        out.append(Win(c.recipient, c.award, c.year, evidence=sent.evidence() if sent else None, pos=c.pos,
                        sources={"linker"}))
    return out


#: a level written before a series' name: "Platinum-level Walk Friendly Community" is the series at that level
_LEVEL_PREFIX = re.compile(r"^(?P<lv>" + _LV_CAP + r")[- ][Ll]evel[ \t]+(?=[A-Z])")


def _series_key(name: str) -> str:
    """What variants of one series' name share: case, plurals ("Communities" / "Community") and a closing
    "Award(s)" aside."""
    words = [rx(r"(?<=[^s])s$").sub("", rx(r"ies$").sub("y", w)) for w in rx(r"[\w-]+").findall(name.lower())]
    while words and words[-1] in ("award", "program"):
        words.pop()
    return " ".join(words)


def _one_name_per_series(wins: list[Win], text: str, known: set[str]) -> dict[str, str]:
    """One name for each series no list knows, on one page: the form the page writes most.

    Why: sentences name an unlisted series in several forms ("a Platinum-level Walk Friendly Community", "Walk
    Friendly Communities", "the Walk Friendly Community designation"), and a page's winners should not be split
    over them.  A level written before the name is the win's category; a name the page also writes with "USA"
    after it is that national designation's ("a recognized Tree City" on a page of "Tree City USA communities")."""
    for w in wins:
        if w.award in known:
            continue
        lv = _LEVEL_PREFIX.match(w.award)
        if lv:
            w.award = w.award[lv.end():]
            if not w.category:
                w.category, w.cat_strength = lv.group("lv"), max(w.cat_strength, 2)
    renamed: dict[str, str] = {}  # (once per name: a list's wins share one)
    for was in {w.award for w in wins if w.award not in known}:
        # "celebrate ... as a recognized Tree City" on a page about "Tree City USA communities"
        name = rx(r"[ \t]U\.S\.A\.?$").sub(" USA", was)  # "Tree City U.S.A." is "Tree City USA"
        if not name.endswith("USA") and re.search(re.escape(name) + r"[ \t]+(?:USA|U\.S\.A\.)(?![\w.])", text):
            name += " USA"
        if name != was:
            renamed[was] = name
    for w in wins:
        w.award = renamed.get(w.award, w.award)
    groups: dict[str, set[str]] = {}
    for w in wins:
        if w.award not in known:
            groups.setdefault(_series_key(w.award), set()).add(w.award)
    chosen = {name: max(names, key=lambda n: (text.count(n), len(n), n))
              for names in groups.values() if len(names) > 1 for name in names}
    for w in wins:
        if w.award in chosen:
            w.award = chosen[w.award]
        if w.category and w.award not in known and _series_key(w.category).endswith(_series_key(w.award)):
            # "were also named Hiking Friendly Communities", "the Joint Center Sustainable Community Awards": the
            # award itself, no title of its own
            w.category, w.cat_strength = None, 0
    return {**renamed, **chosen}


def _counterparts(wins: list[Win]) -> None:
    """"The Center's annual survey" won by a county is the counties' survey, and a state's grade in it the states'
    survey (``county_counterpart`` and ``state_counterpart`` in the award data)."""
    counterpart = {d.name: d.counterpart for d in award_defs() if d.counterpart}
    for_states = {d.name: d.state_counterpart for d in award_defs() if d.state_counterpart}
    for w in wins:
        if w.award in counterpart and rx(r"\b(?:County|Parish|Borough)$").search(w.recipient):
            w.award = counterpart[w.award]
        elif w.award in for_states and w.recipient in state_names() and "grade" in w.sources:
            w.award = for_states[w.award]  # (a grade: "New York" ranked among digital cities is the city)


def _separate_parts(wins: list[Win]) -> None:
    """An award read as a part of the page's main award is an award of its own when its winner also wins the main
    award on the page: Tallahassee's "Social Media Award" beside its All-America City Award is a second honour,
    while "Outstanding Achievement Awards were received by ..." names the tier of the other cities' win."""
    plain = {(w.recipient, w.award) for w in wins if w.part is None}
    for w in wins:
        if w.part is not None and (w.recipient, w.award) in plain:
            if w.category and w.part.lower().startswith(w.category.lower()):
                w.category, w.cat_strength = None, 0
            w.award, w.part = w.part, None


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.awards`` and ``record.inferred_awards``."""
    places = _with_locating_counties_folded(doc.text, list(doc.context.get("places") or []))
    person = {d.name for d in award_defs() if d.recipients == "person"}
    bracketed = {d.name for d in award_defs() if d.bracketed}
    recips = [p for p in places if not is_dateline(doc.text, p)]
    ctx = AwardContext(doc=doc, places=places, main=_subject(doc, recips), main_award=_main_award(doc, person),
               year=_doc_year(doc), bracketed=bracketed, person_awards=person, ranges=[], excluded=set(),
               consumed=[], listed=_listed(doc.text), edition=survey_edition(doc.text))
    # a dateline on a line of its own by the date wins nothing ("May 7, 2013" / "Washington, D.C." over a list)
    ctx.excluded.update(p.start for p in places if place_line_by_date(doc.text, p))
    # "Dallas-Fort Worth 248": a metro area's row names it by its first city, the others win nothing
    ctx.excluded.update(p.start for p in places if p.how == "metro_part")
    # "the town of Highlands in Orange County", "Bridgeport was the lowest-placing Fairfield County municipality":
    # a county that locates a place or describes one is not who won
    ctx.excluded.update(p.start for p in places if p.kind == "county" and (
        _LOCATING_IN.search(doc.text, max(0, p.start - 40), p.start) or _COUNTY_MODIFIER.match(doc.text, p.end)))
    for m in _CONSOLIDATED.finditer(doc.text):  # "Metropolitan Government of Nashville & Davidson County": one
        ctx.excluded.update(p.start for p in ctx.places_in(m.start("county"), m.end()) if p.kind == "county")
    ctx.paren_ranked = bool(ctx.main_award) and _ranks_in_parentheses(
        [m.group(1) for p in recips if (m := _PAREN_RANK.match(doc.text, _unit_end(doc.text, p)))])
    for s in doc.sentences:
        if ELIGIBILITY.search(s.text):
            continue
        for c in find_categories(s.text):
            if c.kind == "range":
                ctx.ranges.append((s.start + c.start, c.value))
    doc.context["award_year"] = ctx.year
    doc.context["main_award"] = ctx.main_award
    doc.context["subject"] = ctx.main

    consume_related(ctx)
    later: list[Sentence] = []
    layout_exclusions(ctx)  # "Top five worst-run cities:", "Finalists": their items win nothing, in any reader
    wins: list[Win] = []
    for source, reader in (("list", list_wins), ("list", cell_line_wins), ("category_line", category_line_wins),
                           ("layout", layout_wins),
                           ("member_list", member_list_wins), ("member_list", dated_member_wins),
                           ("member_list", semicolon_item_wins), ("member_list", inline_member_wins),
                           ("member_list", own_item_wins),
                           ("member_list", segment_winner_wins),
                           ("grade", grade_wins)):
        wins.extend(_from(source, reader(ctx)))
    for s in doc.sentences:
        if any(a <= s.start < b for a, b in ctx.consumed) or _NOISE.match(s.text):
            continue
        found = _from("sentence", _sentence_wins(ctx, s))
        wins.extend(found)
        if not any(w.streaks for w in found):
            _orphan_streak(ctx, s, wins, later)
        if not found:
            _work_category(ctx, s, wins)
    for s in later:
        _orphan_streak(ctx, s, wins, later, done=True)
    _separate_parts(wins)
    # "The 2023 Challenge Award recipients include" on a page that names "the 2023 CSAC Challenge Award": the
    # page's fuller name of an award no list knows
    known = {d.name for d in award_defs()}
    written_here = [n for _a, _b, n in written_awards(doc.text)]
    givers: dict[str, str] = {}  # "Achievement Awards" -> "Municipal Association of South Carolina Achievement Awards"
    for w in wins:
        if w.award not in known:
            full = _fullest(w.award, written_here)
            if is_generic(w.award) or without_giver(full) != w.award:
                w.award = full  # (a name the page also writes with its giver's acronym is not generic: kept bare)
            # "in this Fitness Index" on a page about the American Fitness Index: the known award, named short
            w.award = known_by_tail(w.award) or w.award
            if w.award in known:
                continue
            if w.award not in givers:
                givers[w.award] = qualified(w.award, doc.text)
            w.award = givers[w.award]
    renamed = _one_name_per_series(wins, doc.text, known)
    if ctx.main_award in renamed:  # (the name the linker gives the page's own wins)
        ctx.main_award = doc.context["main_award"] = renamed[ctx.main_award]
    _counterparts(wins)
    _section_years(ctx, wins)
    _group_levels(ctx, wins)
    _respective_categories(ctx, wins)
    list_category_from_prose(wins)
    merged = merge([w for w in wins if w.year is not None or ctx.year is None or w.explicit_year], bracketed)
    _tier_from_sentence(merged, doc.text)
    _streaks_to_their_end(merged)
    _line_ordinals(merged, ctx)
    _bracket_winner_elsewhere(merged, ctx)
    _one_bracket(merged, ctx)
    _smallest_bracket(merged, ctx)
    carry_category_back(merged, ctx.year, bracketed)
    inferred = infer(merged)
    merged = _link(ctx, merged)
    _counterparts(merged)  # (the linker's own wins too)
    stated_levels(ctx, merged)
    item_categories(doc, merged)
    prize_tiers(doc, merged, bracketed)
    state_awards = {d.name for d in award_defs() if d.recipients == "state"}
    merged = [w for w in merged if not _state_heading(w, doc.text, state_awards)]
    record.awards = [Award(city=w.recipient, award=w.award, year=w.year, rank=w.rank, category=_level_word(w.category),
                           streak=max((s.length for s in w.streaks), default=None), tie=w.tie,
                           evidence=w.evidence) for w in merged]
    record.inferred_awards = inferred

