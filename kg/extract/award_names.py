"""Award names a release writes out that ``kg/data/awards.json`` does not know, and prize titles.

Why a module: most honours are not in any list we keep ("Bright21 Communities",
"Excellence in Open Data Award"), so we read the name from how releases frame
it, and report it as written:

- a written-out name ending in an award noun ("... Award", "... Prize",
  "... Challenge", "... Certification"), trimmed of headline words before it
  ("Springfield Earns Gold Certification" names no award);
- a list or class a place is named to: "named the City of X to its Bright21
  Communities of 2014", "selected for the 2018 Smart 20 list", "announced the
  winners of the 2021 Civic Tech Honors".

A prize title given to a group of winners ("Among the Champion Cities are
...", "named a LEED Platinum City") is not an award name: it is the winners'
category, like a Gold or Silver certification level (:func:`find_titles`).

>>> [n for _a, _b, n in written_awards("Tulsa Wins Gold Certification; Omaha won the Excellence in Data Award.")]
['Excellence in Data Award']
>>> [n for _a, _b, n in written_awards("Eight cities will receive the NLC's 2009 Awards for Municipal Excellence.")]
['Awards for Municipal Excellence']
>>> [n for _a, _b, n in written_awards("Decatur won one of the 2020 National Gold Medal Awards.")]
['National Gold Medal Awards']
>>> [n for _a, _b, n in written_awards("Money's Top 10 Best Places To Live In The US")]
['Best Places to Live']
>>> list_award("The Forum today named the City of Dayton to its Bright21 Communities of 2014, a list of 21.")
('Bright21 Communities', 2014)
>>> list_award("Money Magazine named Rosemount one of the best places to live in the United States.") is None
True
>>> list_award("Dayton was named to the Board of Directors of the Forum.") is None
True
>>> list_award("Dayton was named the top city, according to the Center for Digital Government's survey.") is None
True
>>> list_award("The Forum today announced its Smart21 Communities of 2015, a list of 21.")
('Smart21 Communities', 2015)
>>> list_award("Dayton was named to the Smart21 list for 2016.")
('Smart21', 2016)
>>> list_award("The Town was recognized for its Smart City Hub, a data platform.") is None
True
>>> list_award("The survey recognized Dayton's work on the Dayton Digital Inclusion Strategic Plan.") is None
True
>>> list_award("Dayton was selected for a Smart 20 Award in the Public Safety category.") is None
True
>>> list_award("Dayton was selected for the 2018 Smart 20 list.")
('Smart 20', 2018)
>>> bool(name_pattern("Bright21 Communities").search("a Bright21 Community for the second year"))
True
>>> [t[2] for t in find_titles("Among the Champion Cities are Dayton, Ohio, and the What Works Cities")]
['Champion City']
>>> find_titles("The Arbor Day Foundation recognized Mason City, Iowa, for its trees.")
[]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.data import load as load_data
from kg.extract.award_context import known_award_in, known_award_is, prize_tier_patterns
from kg.extract.gazetteer import country_pattern, county_name, foreign_city, state_pattern, town_states, us_city
from kg.extract.layout import level_alternation
from kg.extract.mentions import alternation
from kg.extract.organizations import is_known_org
from kg.extract.regex import finds, fold_for_words, holds, rx

__all__ = ["written_awards", "recognition_programs", "clean_award_name", "list_award", "name_pattern", "find_titles",
           "is_ranking_title"]

_NAME = (r"[A-Z][\w&'’+-]*(?:\s+(?:(?:of|for|in|the|and|on|to|&)\s+[A-Z][\w&'’+-]*|"
         r"(?!(?:19|20)\d\d\b)[A-Z0-9][\w&'’+-]*)){0,5}")
# (a person's middle initial inside: "the Ron H. Levine Public Health Award")
_WRITTEN = re.compile(r"\b(?:the\s+|a\s+|an\s+)?(?:(?:19|20)\d\d\s+)?("
                      r"(?:(?:[A-Z][\w&'’-]*|(?<=[a-z][ \t])[A-Z]\.(?=[ \t]+[A-Z]))[ \t]+"
                      r"(?:(?:of|in|for|the|and|on|to|&)[ \t]+)?){1,6}"
                      r"(?:Award|Awards|Prize|Prizes|Medal|Challenge|Certification|Accreditation|Honor|Honors|Honour|"
                      r"Honours|Trophy|Citation|Distinction|Contest|Competition|Index|(?<=Taste[ \t])Test|Cook-?[Oo]ff|"
                      # a survey that ranks kinds of places ("Digital Cities Survey"), not a data survey ("American
                      # Community Survey", "National Citizen Survey")
                      r"(?<=Cities[ \t])Survey|(?<=Counties[ \t])Survey|(?<=States[ \t])Survey|"
                      r"(?<=Towns[ \t])Survey))\b")
# the award noun first: "Awards for Municipal Excellence", "International Awards for Livable Communities" (an
# acronym or a hyphenated word before it is the giver's, not the award's)
_NOUN_FIRST = re.compile(r"(?<![\w-])((?:[A-Z][a-z]+(?:['’]s)?[ \t]+(?:(?<=[a-z][ \t])[A-Z]\.[ \t]+)?){0,2}"
                         r"(?:Award|Awards|Prize|Prizes|Medal)"
                         r"[ \t]+(?:for|of)[ \t]+(?!the\b|[A-Z][a-z]+['’]s\b)"
                         r"[A-Z][\w&'’-]*(?:[ \t]+(?:(?:in|and|&|of)[ \t]+)?[A-Z][\w&'’-]*){0,4})")
# a ranking's title: "Best Places to Live", "Top 10 Best Places to Live", "Best Small Towns to Retire"
_RANKING = re.compile(r"\b(?:Top[ \t]+(?:\d{1,3}|Ten|Five)[ \t]+)?((?:\d{1,3}[ \t]+)?"
                      r"(?:Best|Most[ \t]+Livable|Safest|Happiest|Greenest)[ \t]+"
                      r"(?:(?:Small|Large|Mid-Sized|Big)[ \t]+)?"
                      r"(?:Places|Cities|Towns|Counties|Communities|Suburbs)[ \t]+(?:[Tt]o|[Ff]or)[ \t]+[A-Z][a-z]+"
                      # (not "Best Places To Live In The US": a preposition after it starts the ranking's scope)
                      # ("Best Places to Raise a Family")
                      r"(?:[ \t]+(?:(?:and|&|a|an)[ \t]+)?(?!(?:In|Of|On|At|The|For|By|Across|Around)\b)[A-Z][a-z]+)?)")
# headline words a capitalised run picks up before the award's own name
_HEAD_WORDS = re.compile(r"^.*\b(?:Earns?|Earned|Wins?|Won|Receives?|Received|Takes?|Took|Named|Names|Gets?|Got|"
                         r"Recogni[sz]es?|Honou?rs|Presents?|Announces?|Celebrates?|Selects?|"
                         r"Celebrating|Announcing|Honou?ring|Recogni[sz]ing|Presenting|Introducing|"
                         r"Gives?|Gave|Hands?|Handed|Bestows?|Bestowed|Grants?|Granted|"
                         r"Achieves?|Achieved|Lands?|Landed|Captures?|Captured|Claims?|Claimed|Honou?red|"
                         r"Recogni[sz]ed|Awarded|Selected|Clinch(?:es|ed)?|Garners?|Garnered|Nabs?|Snags?|"
                         r"Secures?|Secured|Scores?|Brings?|Picks?|Up|Out|Home|With|As|For|Again|Also|"
                         # "Places Fifth in Overall City Government Experience Awards": a placing before the award
                         r"(?:Places?|Placed|Ranks?|Ranked|Finish(?:es|ed)?|Comes?|Came)[ \t]+"
                         r"(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th))[ \t]+(?:[Ii]n|[Aa]t|[Oo]n)(?:[ \t]+[Tt]he)?"
                         r"(?:[ \t]+Overall)?|"
                         r"(?:Winners|Recipients|Honou?rees)[ \t]+of(?:[ \t]+the)?)\s+")
_LEADING = re.compile(r"^(?:(?:The|A|An|Its|Their|This|These|Those|Our|Year's|Top|Prestigious|Annual|"
                      r"Inaugural|(?:US|U\.S\.)(?![ \t]+(?:News|Conference)\b)|"  # ("2018 US Mayors Challenge")
                      # (a level before "Medal" is the medal's name: "the Gold Medal Awards")
                      r"(?:Platinum|Gold|Silver|Bronze|Diamond)(?:-[Ll]evel)?(?![ \t]+Medals?\b)|"
                      # ("Fifth All-America City Award", "Level of What Works Cities Certification")
                      r"First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Level[ \t]+of|"
                      r"Place[ \t]+(?:in|at)|Through|Via|"  # ("Second Place in Georgetown Energy Competition")
                      r"(?:19|20)\d\d|in|In|of|for|the|and|on|to)\s+)+")
# a giver's possessive before an award's name ("MMA’s", "Bloomberg Philanthropies'"; not "Let's", a contraction)
_GIVER_POSSESSIVE = re.compile(r"^(?![Ll]et['’]s\b)(?:[\w.&-]+[ \t]+){0,3}[\w.&-]+(?:['’]s|(?<=s)['’])[ \t]+")
#: what a city builds or runs is a program, not an honour (unless an award noun ends the name)
_BUILT_WORDS = {"Hub", "Plan", "Portal", "Platform", "System", "App", "Application", "Strategy", "Dashboard",
                "Website", "Service", "Services", "Tool",
                # ... or what the honour is for ("Public-Private Partnership Awards", "Regional Coalition Award")
                "Partnership", "Coalition", "Project", "Initiative"}
_NOT_AWARD_WORDS = {"Board", "Committee", "Commission", "Team", "Staff", "Office", "Department",
                    "Panel", "Cabinet", "Position", "Role", "Post", "Director", "Directors", "Chair",
                    "President", "Manager", "Officer", "Force", "Group", "Coalition", "Network", "Partnership",
                    "Program", "Initiative", "Project", "Task", "Working", "Advisory", "Steering", "Trustees"} \
    | _BUILT_WORDS
_COUNTED = re.compile(r"^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})[ \t]+"
                      r"(?=.*\b(?:Awards|Prizes|Honou?rs|Medals)$)")
# words that say a thing is an honour without naming one
_ONLY_AWARD_WORDS = {"Designation", "Recognition", "Certification", "Accreditation", "Award", "Awards", "Honor",
                     "Honors", "Honour", "Honours", "Prize", "Prizes"}
#: the nouns that end an award's name
_AWARD_LAST = re.compile(r"Awards?|Prizes?|Medals?|Honou?rs?|Trophy")
# a list frame's object that is an organisation: "... according to the Center for Digital Government's survey"
_ORG_WORDS = {"Center", "Centre", "Foundation", "Institute", "Association", "League", "Government", "University",
              "Organization", "Society", "Agency", "Magazine", "Bureau", "Corporation", "Conference", "Summit",
              "Meeting", "Administration", "Authority", "Council"}


@cache
def _office_possessive() -> re.Pattern[str]:
    """An office in the possessive ending a run of words: 'Texas Governor’s ', "Keep America Beautiful President's "."""
    return re.compile(rf"(?:^|(?<=[ \t]))(?:{alternation(load_data('awards')['office_possessives'])})['’]s[ \t]+$")


def _giver_or_office(m: re.Match[str]) -> str:
    """What of a possessive run before an award's name stays: the office the award is named for ('the Governor’s
    Community Achievement Awards'), never a giver's name ('MMA’s Annual Town Report Contest')."""
    if not rx(r"['’]s[ \t]+$").search(m.group()) and not _plural_giver().search(m.group()):
        return m.group()  # "Readers' Choice Awards": those who chose, not a giver ("Bloomberg Philanthropies' ...")
    office = _office_possessive().search(m.group())
    return office.group() if office else ""


@cache
def _plural_giver() -> re.Pattern[str]:
    """A giver written in the plural possessive: an organisation's head word ending in s ('Philanthropies'')."""
    heads = [h for h in load_data("organizations")["heads"] if h.endswith("s") and h[:1].isupper()]
    return re.compile(rf"(?:^|(?<=[ \t]))(?:{alternation(heads)})['’][ \t]+$")


#: one word that is a name only because it is coined: "Smart21", "SolSmart"
_COINED = re.compile(r"[A-Z][a-z]*(?:\d+|[A-Z][a-z]+)\w*")


#: a results page's title words after a name: "Entente Florale Europe Results and Awards 2025"
_RESULTS_TAIL = re.compile(r"[ \t]+(?:Results(?:[ \t]+(?:and|&)[ \t]+Awards)?"
                           # ("Awards for Municipal Excellence Silver Winners": the winners of one level)
                           r"|(?:(?:Platinum|Gold|Silver|Bronze)[ \t]+)?(?:Winners|Recipients|Honou?rees))$")


def _without_results_tail(m: re.Match[str]) -> tuple[str, int]:
    """A name's match (group 1) and where it ends, without a results page's title words after it ("Entente Florale
    Europe Results and Awards 2025", "NLC’s 2008 Awards for Municipal Excellence Silver Winners:")."""
    tail = _RESULTS_TAIL.search(m.group(1))
    return (m.group(1), m.end(1)) if tail is None else (m.group(1)[:tail.start()], m.start(1) + tail.start())


def clean_award_name(name: str) -> str | None:
    """The award's own name from a capitalised run, or None if only generic words are left."""
    name = _HEAD_WORDS.sub("", name.strip())
    name = _GIVER_POSSESSIVE.sub(_giver_or_office, name)  # "MMA’s Annual Town Report Contest": the giver's
    name = _LEADING.sub("", name).strip()
    name = _COUNTED.sub("", name)  # "Hilliard Wins Three Savvy Awards": a count of the awards, not their name
    words = name.split()
    # one word is a name only if it is coined: "Smart21", "SolSmart"
    coined = len(words) == 1 and bool(_COINED.fullmatch(name))
    stop = _NOT_AWARD_WORDS - _BUILT_WORDS if words and _AWARD_LAST.fullmatch(words[-1]) else _NOT_AWARD_WORDS
    if (len(words) < 2 and not coined) or set(words) & stop or name.endswith(("'s", "’s")):
        return None  # (what a city builds names an honour only as the honour's subject: "Municipal Website Awards")
    if set(words) <= _ONLY_AWARD_WORDS:
        return None  # "Pulaski County receives Gold Designation Award": a level of some award, not its name
    return name


_AWARD_NOUN = re.compile(r"Award|Prize|Medal|Challenge|Certification|Accreditation|Hono|Trophy|Citation|Distinction|"
                         r"Contest|Competition|Index|Survey|Taste Test|Cook-?[Oo]ff")


# the same title written in lower case, marked as a ranking's by hyphens or a list noun: "its popular
# best-places-to-live list", "the best places to live ranking"
_RANKING_LOWER = re.compile(r"\b(best[- ](?:small[- ]|large[- ])?(?:places|cities|towns)[- ](?:to|for)[- ]"
                            r"(?:live|retire|work))(?:(?<=-live|-work)|(?<=-retire)|[ \t]+(?:list|ranking|rankings)\b)"
                            # "Fortune magazine's rankings of the best cities for business"
                            r"|\brankings?[ \t]+of[ \t]+the[ \t]+(best[ \t]+(?:places|cities|towns)[ \t]+for[ \t]+"
                            r"(?:business|families|jobs))\b")


# a ranking titled by its superlative alone, in capitals, owned by the country or its year, or counted: "America's
# 10 Safest Cities", "2016’s Best-Run Cities", "The 5 Best Small Towns In America" (the count is the list's length,
# not part of its name)
#: the superlatives a ranking's title opens with, and the kinds of place it ranks
_SUPERLATIVE = r"Best(?:-[A-Z][a-z]+)?|Safest|Happiest|Greenest|Smartest|Most[ \t]+Livable"
_RANKED_KIND = r"(?:Cities|Towns|Places|Counties|Communities|Suburbs)"
_RANKING_SHORT = re.compile(r"(?<![\w'’-])(?:(?:(?P<owner>America['’]s)|(?P<edition>(?:19|20)\d\d['’]s))[ \t]+"
                            r"(?:(?:Top[ \t]+)?\d{1,3}[ \t]+)?|"
                            r"(?:Top[ \t]+)?\d{1,3}[ \t]+)"
                            r"(?P<name>(?:" + _SUPERLATIVE + r"|"
                            r"Most[ \t]+Innovative)[ \t]+(?:(?:Small|Large|Big|Mid-Sized|Value)[ \t]+)?"
                            + _RANKED_KIND + r")\b"
                            # ("America's Best Small Cities for 2018", "10 Best Value Cities of 2011": the edition)
                            r"(?![ \t]+(?i:to|(?:for|of)(?![ \t]+(?:19|20)\d\d\b)|"
                            r"in[ \t]+(?:the[ \t]+)?(?:category|categories))\b)")
# a ranking's title on a line of its own over its list, maybe with its country: "Best-Run US Cities"
_RANKING_LINE = re.compile(r"(?m)^[ \t]*(?P<best>" + _SUPERLATIVE + r")[ \t]+(?:(?:US|U\.S\.|American)[ \t]+)?"
                           r"(?P<kind>(?:(?:Small|Large|Big|Mid-Sized)[ \t]+)?" + _RANKED_KIND + r"):?[ \t]*$")
# a top list of a kind of place named for what it ranks: "Top 10 Digital Cities", "Top Ten Wired Counties" (the count
# is the list's length, not its name)
_RANKING_TOP_KIND = re.compile(r"\bTop[ \t]+(?:\d{1,3}|Ten|Five|Twenty|Fifty|Hundred)[ \t]+"
                               r"(?P<name>(?:[A-Z][\w-]*[ \t]+){1,3}(?:Cities|Counties|Towns|Communities|States))\b")
# a top list of a kind of place, without a superlative: "Top Ten Counties in America"
_RANKING_TOP = re.compile(r"\bTop[ \t]+(?:\d{1,3}|Ten|Five|Twenty|Fifty|Hundred)[ \t]+"
                          r"(?:Cities|Counties|Towns|Places|Communities|Suburbs)[ \t]+(?:in|of)[ \t]+"
                          r"(?:America|the[ \t]+(?:U\.?S\.?|United[ \t]+States|Nation|Country))\b")
# ... or counted, or placed: "the 10 best places to live in America", "named the second-best place to live"
_RANKING_COUNTED = re.compile(r"\b(?:(?:\d{1,3}|ten|five|twenty|top(?:[ \t]+\d{1,3})?)[ \t]+|"
                              r"(?:first|second|third|fourth|fifth|\d{1,3}(?:st|nd|rd|th))-)"
                              r"(best[ \t]+(?:small[ \t]+|large[ \t]+)?(?:places?|cit(?:y|ies)|towns?)"
                              # ("the 10 best places (out of the 300 biggest U.S. metropolitan areas) to live")
                              r"(?:[ \t]+\([^()\n]{1,80}\))?[ \t]+(?:to|for)"
                              r"[ \t]+(?:live|retire|work))\b", re.I)


# ... or "top" for "best", counted or placed: "Top 25 places to live:", "named the top place to live" (a bare "one
# of the top places to live" describes, it does not rank)
_RANKING_TOP_PLACES = re.compile(r"\b[Tt]op[ \t]+(?:\d{1,3}|ten|five|twenty|fifty|hundred)[ \t]+"
                                 r"((?:small[ \t]+|large[ \t]+)?(?:places|cities|towns)[ \t]+(?:to|for)[ \t]+"
                                 r"(?:live|retire|work))\b"
                                 r"|\b[Tt]he[ \t]+top[ \t]+((?:small[ \t]+|large[ \t]+)?(?:place|city|town)[ \t]+"
                                 r"(?:to|for)[ \t]+(?:live|retire|work))\b")


# a ranking named in lower case by its superlative, as the object of a list word: "a new ranking of
# Connecticut's safest cities", "made a list of the country's 10 safest small towns", "its annual report on the
# safest cities in each state" (a bare "one of the safest cities" describes, it does not rank)
_LOW_SUPERLATIVE = r"safest|happiest|greenest|smartest|healthiest|most[ \t]+livable"
_LOW_KIND = r"(?:(?:small|large|big|mid-sized)[ \t]+)?(?:cities|towns|places|communities|suburbs|counties)"
_RANKING_SUPERLATIVE = re.compile(r"\b(?:ranking|rankings|list|report|study|index)[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?"
                                  r"(?:(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?|nation|country|state|region)['’]s[ \t]+)?"
                                  r"(?:(?:top[ \t]+)?\d{1,3}[ \t]+)?"
                                  rf"((?:{_LOW_SUPERLATIVE}|most[ \t]+affordable)[ \t]+{_LOW_KIND})\b")


# a program that recognises places by name is an honour, however it is called: "The Great Places in America
# program, launched in 2007, recognizes the best places in the country" (one that runs services is not: "the
# Citizens Connect program lets residents report potholes")
_RECOGNITION_PROGRAM = re.compile(r"(?P<name>[A-Z][\w&'’+-]*(?:[ \t]+(?:(?:of|for|in|and|on|to|&)(?:[ \t]+the)?[ \t]+)?"
                                  r"(?!(?:19|20)\d\d\b)[A-Z0-9][\w&'’+-]*){0,6})[ \t]+program\b"
                                  r"(?=[^.;\n]{0,60}?\b(?:recogni[sz](?:es|ed)|honou?r(?:s|ed)|celebrat(?:es|ed)|"
                                  r"designat(?:es|ed)|showcas(?:es|ed))\b)")
# ... or that a sentence defines as an honour: "Britain in Bloom is a horticultural competition in the United Kingdom",
# "The Harbor Prize is an annual award given to ..."
#: a programme's name: capitalised words and the small words between them ("Walk Friendly Communities", "Britain in
#: Bloom")
_PROGRAM_NAME = r"[A-Z][\w&'’+-]*(?:[ \t]+(?:(?:of|for|in|and|on|to|&)(?:[ \t]+the)?[ \t]+)?[A-Z][\w&'’+-]*){0,6}"
_DEFINED_HONOUR = re.compile(r"(?:^|(?<=[.!?\n][ \t])|(?<=\n))(?:The[ \t]+)?(?P<name>" + _PROGRAM_NAME + r")[ \t]+"
                             r"(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                             r"(?:competition|contest|award|prize|ranking|survey|index|designation|certification|"
                             r"recognition[ \t]+program)\b")
# ... or whose levels places reach: "were enshrined into the Platinum level of the Walk Friendly Communities program"
_PROGRAM_LEVEL = re.compile(r"\b(?i:platinum|gold|silver|bronze|diamond)[ \t]+level[ \t]+of[ \t]+the[ \t]+"
                            r"(?P<name>" + _PROGRAM_NAME + r")[ \t]+(?:program|initiative)\b")
# ... or that an apposition says recognises places: "SolSmart, a national program that recognizes cities and
# counties for ..."
_APPOSED_PROGRAM = re.compile(r"(?P<name>" + _PROGRAM_NAME + r"),[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                              r"(?:program|programme|initiative)[ \t]+(?:that|which)[ \t]+"
                              r"(?:recogni[sz]es|designates|certifies|honou?rs|celebrates|rewards)\b")
# an honour named by what it makes a place: "to earn the Certified Welcoming designation", "received the “Purple
# Heart City” title"
_DESIGNATION = re.compile(r"\b(?:earn|earns|earned|earning|receive|receives|received|receiving|achieve|achieves|"
                          r"achieved|awarded|granted|won|wins|holds?)\s+(?:(?:the|a|an|its|their)\s+)?"
                          r"(?:(?:19|20)\d\d\s+)?"
                          r"[“\"]?(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'’-]*){0,4})[”\"]?\s+"
                          r"(?:designations?|distinction|title|status)\b")
#: a capitalised word of a name, and the next ones with the small words between them ("Best of the Web")
_WORD = r"[A-Z][\w'’-]*"
_MORE_WORDS = r"(?:[ \t]+(?:(?:of|in|for|the|and|on|to|&)[ \t]+)*[A-Z][\w'’-]*)"
# a capitalised name before an award noun in lower case: "the 2012 Best of the Web contest", "the seventh annual
# Best of the Web competition", "the League's prestigious Bicycle Friendly Community designation" (not "award":
# "the Transportation Infrastructure award" is mostly a category of a bigger program; a known organisation's name
# is its giver's)
_LOWER_NOUN = re.compile(r"(?:\b(?P<det>the|its|their|this[ \t]+year['’]s|[A-Za-z.&]+['’]s)[ \t]+"
                         r"(?:(?:19|20)\d\d[ \t]+)?(?:[a-z]+[ \t]+annual[ \t]+)?|(?<=[a-z,][ \t]))"
                         r"[“\"]?(?P<name>" + _WORD + _MORE_WORDS + "{1,5})"
                         r"[”\"]?[℠®™]?[ \t]+(?P<noun>contest|competition|rankings?|(?P<part>survey|challenge)|"
                         r"designation|certification|"
                         # ("The National Tidy Towns awards were announced": not a verb, "the Board awards grants")
                         r"(?P<awards>awards)(?=[ \t]+(?:were|are|ceremony|program|recogni[sz]e|honou?r)\b"
                         r"|[ \t]*[.,;:]))\b")
# a dated name before its winners: "The 2020 Government Experience winners include:", "the 2019 Smart Water
# honorees" (a place's name there is whose winners they are: "the 2020 Boston winners")
_DATED_WINNERS = re.compile(r"\b(?:19|20)\d\d[ \t]+(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|in|for|the|and|&)[ \t]+)?"
                            r"[A-Z][\w'’-]*){0,4})[ \t]+(?:winners|honou?rees|recipients|awardees)\b")
# an edition's title a giver names places as: "is proud to name 60 local governments as 2024 Digital Inclusion
# Trailblazers", "named Dayton a 2019 Climate Leader"
_NAMED_AS_EDITION = re.compile(r"\b(?:name|names|named|naming|designate|designates|designated|designating|"
                               r"recogni[sz]e|recogni[sz]es|recogni[sz]ed|recogni[sz]ing)\b[^.;:\n]{1,60}?"
                               r"(?:[ \t]as)?[ \t]+(?:an?[ \t]+|the[ \t]+)?(?:19|20)\d\d[ \t]+"
                               r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|in|for|the|and|&)[ \t]+)?[A-Z][\w'’-]*){1,4})")
# a list a giver releases, named: "has just released its list of Great Places in America for 2009"
_RELEASED_LIST = re.compile(r"\b(?:released|releases|announced|announces|published|publishes|unveiled|unveils)[ \t]+"
                            r"(?:its|their|the)[ \t]+(?:(?:19|20)\d\d[ \t]+|annual[ \t]+|latest[ \t]+|new[ \t]+)*"
                            r"list[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?"
                            r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|in|for|the|and|&|to)[ \t]+)?[A-Z][\w'’-]*){1,5})")
#: the words a released list of places ends its name with (not "its list of Capital Improvement Projects")
_PLACES_LISTED = re.compile(r".*\b(?:Places|Cities|Towns|Communities|Counties|Neighbou?rhoods|Streets|Spaces|Suburbs|"
                            r"Villages|Destinations|America|States)")
# a certification named by the places it certifies ("The 2011 Sustainable Jersey SILVER Level Certified Communities
# are as follows:") or written with its mark and edition before its noun ("20 More Towns Achieve Sustainable Jersey ®
# 2011 Certification")
_CERTIFIED_PLACES = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|in|for|the|and|&)[ \t]+)?"
                               r"[A-Z][a-z][\w'’-]*){0,4})[ \t]*[®™]?[ \t]+"
                               r"(?:(?i:platinum|gold|silver|bronze|diamond)[ \t]+(?i:level)[ \t]+Certified[ \t]+"
                               r"(?:Communities|Towns|Cities|Municipalities|Counties|Places)\b"
                               r"|(?:19|20)\d\d[ \t]+Certification\b)")
# a quoted title a place is named to or as: 'named one of the country's "Great Places in America" by the American
# Planning Association', "selected as a 'Purple Heart City'"
_QUOTED_NAMING = re.compile(r"\b(?:named|selected|designated|recogni[sz]ed|chosen|listed)[ \t]+(?:as[ \t]+|to[ \t]+)?"
                            r"(?:one[ \t]+of[ \t]+)?(?:(?:the|an?|its|their)[ \t]+)?(?:[\w.]+['’]s[ \t]+)?"
                            r"(?:(?:19|20)\d\d[ \t]+)?[“\"‘](?P<name>" + _WORD + _MORE_WORDS + r"{1,6})[ \t]?[”\"’]")
# an organisation announcing the winners of its own awards: "America in Bloom announced the 2010 winners of its
# community awards", "America In Bloom Announces Winning Cities" (the award is named for its giver)
_GIVER_ANNOUNCES = re.compile(r"(?:^|(?<=[.!?\n][ \t])|(?<=\n))(?P<org>[A-Z][\w'’-]*"
                              r"(?:[ \t]+(?:(?:in|of|for|the|and|&)[ \t]+)?[A-Z][\w'’-]*){0,4})[ \t]+"
                              r"(?:[Aa]nnounced|[Aa]nnounces|[Nn]ames|[Nn]amed|[Hh]onou?rs|[Hh]onou?red)[ \t]+"
                              r"(?:the[ \t]+|its[ \t]+)?(?:(?:19|20)\d\d[ \t]+)?"
                              r"(?:[Ww]inners[ \t]+of[ \t]+its[ \t]+(?:[a-z]+[ \t]+)?awards|[Ww]inning[ \t]+"
                              r"(?:[Cc]ities|[Cc]ommunities|[Tt]owns))\b", re.M)
# ... or certifying places: "What Works Cities is recognizing nine cities with certifications", "X is announcing its
# first certifications" (the certification is named for its giver)
_GIVER_CERTIFIES = re.compile(r"(?:^|(?<=[.!?\n,][ \t])|(?<=\n))(?P<org>[A-Z][\w'’-]*"
                              r"(?:[ \t]+(?:(?:in|of|for|the|and|&)[ \t]+)?[A-Z][\w'’-]*){0,4})[ \t]*,?[ \t]+"
                              r"(?:[^\n]{0,160}?,[ \t]+)?(?:is[ \t]+|has[ \t]+)?"
                              r"(?:announc(?:ed|es|ing)|recogni[sz](?:ed|es|ing)|award(?:ed|s|ing)|grant(?:ed|s|ing))"
                              r"[ \t]+(?:its[ \t]+(?:first[ \t]+|latest[ \t]+|newest[ \t]+)?|(?:\w+[ \t]+){1,2}"
                              r"(?:cities|communities|counties|towns|municipalities)[ \t]+with[ \t]+)"
                              r"certifications\b", re.M)
# a name with its initials before what it gives: "prestigious Bicycle Friendly Community (BFC) awards", "the
# Walk Friendly Communities (WFC) designation" (the initials make it a proper name, whatever noun follows), or alone
# after a name for the places it makes ("its five new Walk Friendly Communities (WFC)")
# (a word may end in "!" or a comma: "Let's Move! Cities, Towns and Counties (LMCTC)", the initials vouch for them)
_INITIALLED = re.compile(r"(?<![\w'’-])(?P<name>" + _WORD + r"(?:!?,?[ \t]+(?:(?:of|in|for|the|and|on|to|&)[ \t]+)*"
                         + _WORD + r"){1,5})"
                         r"[ \t]+\((?P<acr>[A-Z]{2,6})\)(?:[ \t]+"
                         r"(?P<noun>awards?|designations?|certifications?|status|recognition|program|designees|"
                         r"honou?rees|communities|cities)\b)?")
# a coined name with what it gives or publishes: "SolSmart designees", "the ParkScore® index", or dated as a list
# ("The Smart21 of 2015"), quoted or not (one coined word: "SolSmart", "ParkScore"; ordinary words are read by the
# other patterns)
_COINED_WITH = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]+(?:[A-Z][A-Za-z]*\d*|\d+"
                          # ("its Smart 21 Communities": a count written apart before the kind of place)
                          r"|[ \t]\d{1,3}(?=[ \t]+(?:Communities|Cities)\b)))[®™]?"
                          r"[”\"]?[ \t]+"  # (quoted: 'the "ParkScore" rankings')
                          r"(?:designees?|designations?|designated|[Ii]ndex|[Rr]ankings?|[Rr]atings?|[Cc]ertified|"
                          r"[Cc]ertification|(?P<kind>Communities|Cities)|communities|[Hh]onou?rees|"
                          r"of[ \t]+(?:19|20)\d\d)\b")
# a national designation named for the kind of place it makes: "Playful City USA", "Tree City U.S.A.", "Bee City USA"
# (its members are "2010 Playful City USA communities"; a city's own name before "USA" is no designation)
_USA_DESIGNATION = re.compile(r"(?<![\w'’-])(?P<name>(?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+){1,2}(?:City|Community|Town|"
                              r"County)[ \t]+(?:USA|U\.S\.A\.))(?![\w.])|(?<![\w'’-])(?P<dotted>"
                              # (not the giver's: "the Foundation’s Tree City USA")
                              r"(?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+){1,2}"
                              r"(?:City|Community|Town|County)[ \t]+U\.S\.A)\.")
# a designation a place holds at a level: "made Seattle a platinum Walk Friendly Community", "a Gold-level Bee Safe
# City"
_LEVEL_DESIGNATION = re.compile(r"\b(?:a|an)[ \t]+(?i:platinum|gold|silver|bronze|diamond)(?:-(?i:level))?[ \t]+"
                                r"(?P<name>(?:[A-Z][\w'’-]*(?<!['’]s)[ \t]+){2,3}"
                                r"(?:City|Community|Town|County|Village|Place))\b(?![ \t]+[A-Z])")
# an award name of generic words only ("Awards of Excellence") and the giver's acronym written before it
_GENERIC_NAME = re.compile(r"(?:Awards?|Prizes?)[ \t]+(?:of|for)[ \t]+(?:Excellence|Achievement|Merit|Distinction)")
_GIVER_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,6})[ \t]+$")


# ... or as the intro of its list: "The top 10 best places for 2018 are:", "The top five safest cities include:"
_RANKING_TOP_LIST = re.compile(r"\b[Tt]he[ \t]+top[ \t]+(?:\d{1,3}|ten|five|twenty)[ \t]+"
                               rf"((?:best|{_LOW_SUPERLATIVE})[ \t]+{_LOW_KIND}"
                               r"(?:[ \t]+to[ \t]+(?:live|retire|work|visit))?)"
                               r"(?=(?:[ \t]+(?:for|in|of)[ \t]+[^:\n]{1,40})?[ \t]+(?:are|were|include)[ \t]*:)")


def _ranking_name(written: str) -> str:
    """A ranking's title from its words as written: "best place to live" -> "Best Places to Live"."""
    written = rx(r"[ \t]*\([^()\n]*\)").sub("", written)  # an aside in parentheses is no part of the title
    words = [w if w in ("to", "for") else w.capitalize() for w in rx(r"[- \t]+").split(written.lower())]
    words[-3] = {"Place": "Places", "City": "Cities", "Town": "Towns"}.get(words[-3], words[-3])
    return " ".join(words)


def _covered(out: list[tuple[int, int, str]], pos: int) -> bool:
    """Whether a name already read covers ``pos``: the first pattern to read a name keeps it."""
    return any(a <= pos < b for a, b, _n in out)


@lru_cache(maxsize=1)
def _trailing_level() -> re.Pattern[str]:
    return re.compile(rf"[ \t]+(?i:{level_alternation()})$")


def _without_level(name: str) -> str:
    """A name without the level written after it: "the SolSmart Gold designation" is SolSmart's, at Gold."""
    return _trailing_level().sub("", name)


#: what a text must hold for any pattern of :func:`written_awards` to find a name there
_ANY_NAME = (_AWARD_NOUN, _RANKING, _RANKING_LOWER, _RANKING_COUNTED, _RANKING_SHORT, _RANKING_TOP,
             _RANKING_SUPERLATIVE, _RANKING_TOP_LIST, _RECOGNITION_PROGRAM, _DEFINED_HONOUR, _PROGRAM_LEVEL,
             _DESIGNATION, _RANKING_TOP_PLACES, _COINED_WITH, _LOWER_NOUN, _INITIALLED, _RANKING_TOP_KIND,
             _QUOTED_NAMING, _GIVER_ANNOUNCES, _GIVER_CERTIFIES, _DATED_WINNERS, _APPOSED_PROGRAM,
             _CERTIFIED_PLACES, _LEVEL_DESIGNATION, _NAMED_AS_EDITION,
             _RANKING_LINE, _RELEASED_LIST)


def _may_name_award(text: str, folded: str) -> bool:
    """Whether any pattern of :func:`written_awards` may find a name in ``text`` (``folded`` by
    :func:`~kg.extract.regex.fold_for_words`): what searching them all says, searching only those whose words the
    text holds (most sentences name no award: measured 2026-12-07, searching all of them was 2% of extraction)."""
    if "US" in text or "U.S.A" in text:  # ("USA" and "U.S.A" for the designations named for the place they make)
        return True
    return any(p.search(text) for p in _ANY_NAME if holds(p, folded))


@lru_cache(maxsize=4096)
def written_awards(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of award names written out in ``text``, in order.

    Memoised (hence a tuple): the readers ask again about the same sentence, heading or line, and the
    ten ranking and award-noun patterns would be run again each time."""
    out: list[tuple[int, int, str]] = []
    folded = fold_for_words(text)
    if not _may_name_award(text, folded):
        return ()
    for m in finds(_RANKING_TOP, text, folded):
        out.append((m.start(), m.end(), rx(r"[ \t]+").sub(" ", m.group(0))))
    for m in finds(_RANKING_TOP_KIND, text, folded):
        name = rx(r"[ \t]+").sub(" ", m.group("name"))
        if not _RANKING_SHORT.search(m.group(0)) and not _covered(out, m.start("name")):
            out.append((m.start("name"), m.end("name"), name))
    for m in finds(_RANKING, text, folded):  # "Best Places To Live" is the Best Places to Live
        name = rx(r"\b(To|For)\b").sub(lambda w: w.group(1).lower(), m.group(1))
        # "250 Best Places to Live": the count is the list's length, not the ranking's name (unless the count is
        # part of a known series' name: "100 Best Communities for Young People")
        if not known_award_is(name):
            name = rx(r"^\d{1,3}[ \t]+").sub("", name)
        out.append((m.start(1), m.end(1), name))
    for m in finds(_RANKING_SHORT, text, folded):
        if not _covered(out, m.start("name")):
            name = rx(r"[ \t]+").sub(" ", m.group("name"))
            if m.group("owner"):
                out.append((m.start(), m.end(), f"America's {name}"))
            else:  # ("2016’s Best-Run Cities": the edition's year stays outside, dating the mention)
                out.append((m.start("name") if m.group("edition") else m.start(), m.end(), name))
    for m in finds(_RANKING_LINE, text, folded):
        if not _covered(out, m.start("best")):
            out.append((m.start("best"), m.end("kind"), f"{m.group('best')} {m.group('kind')}"))
    for m in finds(_RANKING_LOWER, text, folded):
        g = 1 if m.group(1) else 2
        out.append((m.start(g), m.end(g), _ranking_name(m.group(g))))
    for m in (*finds(_RANKING_SUPERLATIVE, text, folded), *finds(_RANKING_TOP_LIST, text, folded)):
        out.append((m.start(1), m.end(1), " ".join(w if w == "to" else w.capitalize() for w in m.group(1).split())))
    for m in finds(_RANKING_COUNTED, text, folded):
        if not _covered(out, m.start(1)):
            out.append((m.start(1), m.end(1), _ranking_name(m.group(1))))
    for m in finds(_RANKING_TOP_PLACES, text, folded):  # "top places to live" is the Best Places to Live
        g = 1 if m.group(1) else 2
        if not _covered(out, m.start(g)):
            out.append((m.start(g), m.end(g), _ranking_name("best " + m.group(g))))
    for m in finds(_NOUN_FIRST, text, folded):
        written, end = _without_results_tail(m)
        noun = rx(r"\b(?:Awards?|Prizes?|Medals?|Honou?rs?)\b").search(written)
        if noun and noun.start() and rx(r"\bof[ \t]+$").search(text, max(0, m.start(1) - 4), m.start(1)):
            written = written[noun.start():]  # ("National League of Cities Awards for ...": the giver's last words)
        name = _LEADING.sub("", _GIVER_POSSESSIVE.sub(_giver_or_office, _HEAD_WORDS.sub("", written)))
        giver = _GIVER_ACRONYM.search(text, max(0, m.start(1) - 12), m.start(1))
        if giver and _GENERIC_NAME.fullmatch(name):  # "NACIO Awards of Excellence": a name that is only generic
            name = f"{giver.group(1)} {name}"       # words is its giver's
        out.append((end - len(name), end, name))
    for a, b, name in recognition_programs(text) if holds(_RECOGNITION_PROGRAM, folded) \
            or holds(_DEFINED_HONOUR, folded) or holds(_PROGRAM_LEVEL, folded) \
            or holds(_APPOSED_PROGRAM, folded) else ():
        out.append((a, b, name))
    for m in finds(_USA_DESIGNATION, text, folded):
        g = "name" if m.group("name") else "dotted"
        name = _LEADING.sub("", _HEAD_WORDS.sub("", m.group(g)))
        kind_at = name.rfind(" ", 0, name.rfind(" "))  # the words before the kind of place
        if name.split()[0] not in ("Most", "Best") and not us_city(name[:kind_at].strip()) \
                and not us_city(name[:name.rfind(" ")].strip()) and len(name.split()) >= 3:
            name = name + "." if g == "dotted" else name
            out.append((m.end(g) - len(name) + (1 if g == "dotted" else 0), m.end(g), name))
    for m in finds(_LEVEL_DESIGNATION, text, folded):
        name = rx(r"[ \t]+").sub(" ", m.group("name"))
        if not _is_place(name) and not _covered(out, m.start("name")):
            out.append((m.start("name"), m.end("name"), name))
    for m in finds(_DATED_WINNERS, text, folded):
        name = clean_award_name(m.group("name"))
        # (a name with an award noun is read whole by the other patterns: "the 2020 Gold Medal Grand Plaque
        # winners" name a tier of a known award)
        if name and rx(r"\b(?:Awards?|Prizes?|Medals?|Plaques?|Honou?rs?|Trophy)\b").search(m.group("name")):
            continue
        if name and not _is_place(name) and not county_name(name) and not _is_land(name) \
                and not is_known_org(name) and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), name))
    for m in (*finds(_NAMED_AS_EDITION, text, folded), *finds(_RELEASED_LIST, text, folded)):
        name = clean_award_name(m.group("name"))
        if m.re is _RELEASED_LIST and name and not _PLACES_LISTED.fullmatch(name):
            continue
        if name and not _is_place(name) and not is_known_org(name) and not _is_land(name) \
                and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), name))
    for m in finds(_CERTIFIED_PLACES, text, folded):
        name = clean_award_name(m.group("name"))
        if name and not _is_place(name) and not is_known_org(name) and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), f"{name} Certification"))
    for pattern, noun in ((_GIVER_ANNOUNCES, "Awards"), (_GIVER_CERTIFIES, "Certification")):
        for m in finds(pattern, text, folded):  # the honour named for its giver
            org = _LEADING.sub("", m.group("org")).strip()
            if len(org.split()) >= 2 and not _is_place(org) and not county_name(org) and not _is_land(org) \
                    and not rx(r"\b(?:City|Town|Village|County)\b").search(org) \
                    and not _covered(out, m.start("org")):
                out.append((m.end("org") - len(org), m.end("org"), f"{org} {noun}"))
    for m in finds(_QUOTED_NAMING, text, folded):
        name = clean_award_name(m.group("name"))
        if name and not is_known_org(name) and not _is_place(name) and not _is_land(name) \
                and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), name))
    for m in finds(_INITIALLED, text, folded):
        name = clean_award_name(m.group("name"))
        words = [w for w in (name or "").split() if w[:1].isupper()]
        # without a noun after its initials, a name for the places it makes: "five new Walk Friendly Communities (WFC)"
        kind = m.group("noun") or rx(r"\b(?:Communit(?:y|ies)|Cit(?:y|ies)|Count(?:y|ies))$").search(name or "")
        if name and kind and "".join(w[0] for w in words) == m.group("acr") and not is_known_org(name) \
                and not county_name(name) and not _is_place(name) and not set(name.split()) & _ORG_WORDS \
                and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), name))
    for m in finds(_LOWER_NOUN, text, folded):
        # (a level after the name is the place's category: "the Bee Friendly Silver designation")
        quoted = text[m.start("name") - 1] in "“\""  # (a determiner or a lower-case word stands before the name)
        if m.group("noun") == "certification" and not m.group("det") and not quoted:
            continue  # without an article a certification is mostly a building's: "earned Energy Star certification"
        bare = _without_level(m.group("name"))
        name = clean_award_name(bare)
        # ("earned ENERGY STAR certification for its city hall": a label in capitals certifies a building)
        # (an organisation's designation or certification is its honour: "What Works Cities" certification)
        given = m.group("noun") in ("designation", "certification")
        if name and not name.isupper() and (given or not is_known_org(name) and not is_known_org(m.group("name"))) \
                and not _is_land(name) and not us_city(name) \
                and not _covered(out, m.end("name") - 1):
            end = m.start("name") + len(bare)
            start = end - len(name)
            if m.group("part") or m.group("awards"):  # a survey's, a challenge's or awards' noun is part of its name
                # ("Digital Cities Survey", "National Tidy Towns Awards")
                part = m.group("part") or m.group("awards")
                name, end = f"{name} {part.capitalize()}", m.end("noun")
            out.append((start, end, name))
    for m in finds(_COINED_WITH, text, folded):
        name = m.group("name")
        # ("the WalletHub ranking": a known organisation's ranking is named by its title, not by its publisher)
        ranked = m.group(0)[len(name):].strip(" \t®™").lower().startswith(("index", "ranking", "rating"))
        if not (ranked and is_known_org(name)) and not _covered(out, m.start("name")):
            if m.group("kind"):  # "the Smart21 Communities of 2015": the kind of place is part of the name
                out.append((m.start("name"), m.end("kind"), f"{name} {m.group('kind')}"))
            else:
                out.append((m.start("name"), m.end("name"), name))
    for m in finds(_DESIGNATION, text, folded):
        # (a level after the name is the place's category: "the SolSmart Gold designation")
        name = clean_award_name(_without_level(m.group("name")))
        if name and not _covered(out, m.start("name")):
            out.append((m.end("name") - len(name), m.end("name"), name))
    for m in finds(_WRITTEN, text, folded):
        written, end = _without_results_tail(m)
        name = clean_award_name(written)
        if name and not _covered(out, end - 1):
            out.append((end - len(name), end, name))
    return tuple(sorted(x for a, b, name in out
                        if (y := _without_giver_verb(text, a, b, name)) and (x := _without_place_qualifier(text, *y))))


#: a giver's initials and "Awards" before a capitalised name in a headline: "Awards" is the verb ("NCL Awards
#: All-American Cities", "PHAB Awards Accreditation to 17 Health Departments"), not part of a name
_ACRONYM_AWARDS = re.compile(r"(?<![\w&'’.-])(?P<acr>[A-Z]{2,6})[ \t]+Awards[ \t]+"
                             r"(?=[A-Z][\w'’-]*[ \t]+(?:[A-Z]|to[ \t]))")


@cache
def _org_head_after() -> re.Pattern[str]:
    """An organisation's head word right after a name ("... Accreditation Board", "... Awards Committee"); a fund
    may be an honour's own ("the Mayors Challenge Fund")."""
    heads = [h for h in load_data("organizations")["heads"] if h[:1].isupper() and h != "Fund"]
    return re.compile(rf"[ \t]+(?:{alternation(heads)})(?![\w-])")


def _without_giver_verb(text: str, a: int, b: int, name: str) -> tuple[int, int, str] | None:
    """``name`` without a headline's giver and its verb "Awards" (see ``_ACRONYM_AWARDS``): what the giver awards
    is the honour; an honour named by generic words only is the giver's ("PHAB Accreditation")."""
    if _org_head_after().match(text, b):
        return None  # "The Public Health Accreditation Board has awarded ...": an organisation's name begins there
    m = _ACRONYM_AWARDS.match(text, a)
    if not m:
        return a, b, name
    if b <= m.end():
        return None  # ("NCL Awards" alone: the giver and its verb)
    rest = text[m.end():b]
    if set(rest.split()) <= _ONLY_AWARD_WORDS:
        return a, b, f"{m.group('acr')} {rest}"
    rest = clean_award_name(rest)
    return (b - len(rest), b, rest) if rest else None


def _without_place_qualifier(text: str, a: int, b: int, name: str) -> tuple[int, int, str] | None:
    """``name`` without the country or state it starts with when a comma stands before it, or None when what is
    left is only a prize's tier: "São Paulo, Brazil Grand Prize Winner" names São Paulo, Brazil, and its tier,
    not a "Brazil Grand Prize"."""
    if not rx(r",[ \t]*$").search(text, max(0, a - 3), a):
        return a, b, name
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        if _is_land(" ".join(words[:k])):
            rest = " ".join(words[k:])
            if any(pat.fullmatch(rest) for pat, _label in prize_tier_patterns()):
                return None
            return b - len(rest), b, rest
    return a, b, name


def recognition_programs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the programs ``text`` says recognise places: honours by their framing, so a page
    that names one once still names its award.

    >>> recognition_programs("The Great Places in America program, launched in 2007, recognizes the best places.")
    [(4, 27, 'Great Places in America')]
    >>> recognition_programs("The Citizens Connect program lets residents report potholes.")
    []
    >>> recognition_programs("Harbor in Bloom is a horticultural competition in the United Kingdom.")
    [(0, 15, 'Harbor in Bloom')]
    """
    out = []
    for m in (*_RECOGNITION_PROGRAM.finditer(text), *_DEFINED_HONOUR.finditer(text), *_PROGRAM_LEVEL.finditer(text),
              *_APPOSED_PROGRAM.finditer(text)):
        name = _LEADING.sub("", _HEAD_WORDS.sub("", m.group("name"))).strip()
        # (an apposition says the name is a program's, whatever else a list knows it as: "SolSmart, a national
        # program that recognizes cities")
        apposed = m.re is _APPOSED_PROGRAM
        if (len(name.split()) >= 2 or apposed and _COINED.fullmatch(name)) \
                and not set(name.split()) & (_NOT_AWARD_WORDS - {"Program"}) \
                and not _is_place(name) and (apposed or not is_known_org(name)):
            out.append((m.end("name") - len(name), m.end("name"), name))
    return sorted(out)


def is_ranking_title(name: str) -> bool:
    """Whether a written award name is a ranking's title ("Best Places to Live"): a page that names one
    publishes the ranking, so it is the page's honour even named once and with no win verb.

    >>> is_ranking_title("Best Small Towns to Retire"), is_ranking_title("Excellence in Data Award")
    (True, False)
    """
    return _RANKING.fullmatch(name) is not None or _RANKING_SHORT.fullmatch(f"10 {name}") is not None \
        or _RANKING_SHORT.fullmatch(name.replace("’", "'")) is not None or _RANKING_TOP.fullmatch(name) is not None


_LIST_FRAME = re.compile(
    r"\b(?:named|selected|added|chosen|included|inducted|recogni[sz]ed)\b[^.;:]{0,90}?\b"
    r"(?<!according )(?<!due )(?<!thanks )(?<!next )"
    r"(?:(?P<prep>to|in|on|for|among|as one of)\s+(?:its|their|the|this year's)\s+(?:(?P<y1>(?:19|20)\d\d)\s+)?"
    rf"(?P<name>{_NAME})(?P<noun>\s+(?:list|class|cohort|ranking|index))?(?:\s+(?:of|for)\s+(?P<y2>(?:19|20)\d\d))?)"
    r"|\bannounced\s+(?:the\s+)?(?:\d+\s+)?(?:winners|recipients|honou?rees|members)\s+(?:of|for|in)\s+"
    rf"(?:the|its|this year's)\s+(?:(?P<y3>(?:19|20)\d\d)\s+)?(?P<name2>{_NAME})"
    # "announced its Bright21 Communities of 2014": a dated list
    rf"|\b(?:announced|released|unveiled|named)\s+(?:its|their|the)\s+(?P<name3>{_NAME})\s+(?:list\s+)?"
    r"(?:of|for)\s+(?P<y4>(?:19|20)\d\d)\b")


def _is_land(name: str) -> bool:
    """Whether ``name`` is a country or a US state ('United States', 'Canada', 'Minnesota')."""
    return name in load_data("places")["home_country_forms"] or bool(
        country_pattern().fullmatch(name) or state_pattern().fullmatch(name))


@lru_cache(maxsize=64)
def list_award(text: str) -> tuple[str, int | None] | None:
    """(name, year) of the first list or class the text names a place to, else None."""
    for m in _LIST_FRAME.finditer(text):
        # "recognized for its Smart City Hub" / "recognized ... work on the X Plan" give the reason, not
        # a list: after "for" or "on" the name must be marked as a list (a year or a list noun)
        if m.group("name") and m.group("prep") in ("for", "on") and not (
                m.group("y1") or m.group("y2") or m.group("noun")):
            continue
        raw = m.group("name") or m.group("name2") or m.group("name3")
        g = "name" if m.group("name") else "name2" if m.group("name2") else "name3"
        if rx(r"[ \t]+(?:(?:of|for|in|the|and|on|to|&)[ \t]+)?[A-Z]").match(text, m.end(g)):
            continue  # a name longer than a list's name runs: "to the Association's Great American Water Taste Test"
        if m.group("name") and rx(r"\s+(?:category|categories|division|bracket|group|tier|class)\b").match(
                text[m.end("name"):]):
            continue  # "selected ... in the Public Safety category" names a category, not a list
        name = clean_award_name(raw)
        if name and set(name.split()) & _ORG_WORDS:
            continue
        if name and _is_land(name):
            continue  # "named Rosemount one of the best places to live in the United States": a place, not a list
        if not name or rx(r"(?:[A-Z][a-z]+\s+)?(?:List|Survey|Ranking|Rankings|Class|Year)").fullmatch(name):
            continue
        y = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
        return name, int(y) if y else None
    return None


@lru_cache(maxsize=256)
def name_pattern(name: str) -> re.Pattern[str]:
    """A pattern for ``name`` that also takes the singular ('Bright21 Community') and the year inside."""
    parts = []
    for w in name.split():
        if w.endswith("ies") and len(w) > 4:
            parts.append(re.escape(w[:-3]) + "(?:y|ies)")
        elif w.endswith("s") and len(w) > 3 and w[0].isupper():
            parts.append(re.escape(w[:-1]) + "s?")
        elif w[0].isupper():
            parts.append(re.escape(w) + "s?")
        else:
            parts.append(re.escape(w))
    return re.compile(r"\b" + r"\s+".join(parts) + r"\b")


_TITLE = re.compile(r"\b(?:(?P<among>[Aa]mong the)|(?:[Nn]amed|[Ss]elected|[Dd]esignated|[Cc]ertified|[Rr]ecogni[sz]ed)"
                    r"(?: as)?(?: an?| one of(?: the)?| the)?|[Aa]s (?:an?|one of(?: the)?)"
                    # ("awarded Cape Town the title Global Earth Hour Capital 2014")
                    r"|(?P<titled>the title(?: of)?))"
                    r"\s+(?:\d+\s+|(?:19|20)\d\d\s+)?"
                    r"(?P<t>(?:[A-Z][\w-]*\s+){1,3}?)(?P<n>Cit(?:y|ies)|Communit(?:y|ies)|Count(?:y|ies)|Towns?|"
                    r"Capitals?)\b"
                    r"(?(among)(?=\s+(?:are|were|is|was|include[sd]?|selected|named)\b))"
                    r"|\b(?:[Tt]he|[Tt]his year's)\s+(?:\d+\s+|(?:19|20)\d\d\s+)?(?P<t2>(?:[A-Z][\w-]*\s+){1,3}?)"
                    r"(?P<n2>Cities|Communities|Counties|Towns)\s+(?:are|were|include[sd]?)\s*:")
_TITLE_NOUN = re.compile(r"Cit(?:y|ies)\b|Communit|Count(?:y|ies)\b|Towns?\b|Capitals?\b")
_NOT_TITLE = {"U.S.", "American", "Top", "Other", "Many", "Several", "Digital", "Participating", "Largest",
              "Smart", "Selected", "Winning", "Finalist", "Large", "Small", "Mid-Sized", "Midsize", "Major",
              "New", "Few", "All", "Best", "Most", "Leading", "Member", "Partner", "Pilot", "Sister", "Host"}


def _is_place(name: str) -> bool:
    return bool(us_city(name) or town_states(name) or foreign_city(name))


def find_titles(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of prize titles given to winners: 'Among the Champion Cities are' -> 'Champion City'."""
    out: list[tuple[int, int, str]] = []
    if not _TITLE_NOUN.search(text):
        return out
    for m in _TITLE.finditer(text):
        words = (m.group("t") or m.group("t2")).split()
        if any(w in _NOT_TITLE for w in words[words[0] == "All" and len(words) > 1:]):
            continue  # (not "All" before a name: "named All America Cities")
        if rx(r"What Works|All-America").search(m.group(0)) and known_award_in(m.group(0)):
            continue  # "named an All-America City": the known award's own name, read as that award
        noun = m.group("n") or m.group("n2")
        if noun in ("Capital", "Capitals") and not m.group("titled"):
            continue  # ("selected as National Capital for South Africa": a capital only as a title given)
        if m.group("titled") and rx(r"[ \t]+(?:of|for|in)[ \t]+[A-Z]").match(text, m.end()):
            continue  # ("the title European Capital of Culture": the title runs on, an award's own name)
        if noun in ("City", "Town") and _is_place(" ".join(words) + " " + noun):
            continue  # "recognized Mason City, Iowa": a place, not a prize title
        if rx(r"[ \t]+(?:USA|U\.S\.A\.)(?![\w.])|[ \t]+U\.S\.A\.").match(text, m.end()):
            continue  # "Bird City USA communities": a designation's name (written_awards), not a title
        single = {"Cities": "City", "Communities": "Community", "Counties": "County", "Towns": "Town",
                  "Capitals": "Capital"}.get(noun, noun)
        out.append((m.start(), m.end(), " ".join(words) + " " + single))
    return out
