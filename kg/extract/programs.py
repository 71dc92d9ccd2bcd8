"""Extraction component: named civic programs, portals and apps, with aliases and their city.

A program is a proper name that the text marks as one:

* a parenthesised short form: "Boston about Results (BAR)", "Long Beach
  Collaboratory (LB Co-Lab)"; or a lower-case one: "public safety common
  operational platform, or PSCOP";
* a descriptor after the name: "Citizens Connect program", "Get It Done app",
  "openMontgomery portal" (descriptors in ``kg/data/programs.json`` "strip"
  are dropped from the name and the full phrase kept as an alias; "keep"
  ones stay: "Pet Finder app");
* a capitalised program word ending the name: "Digital Rights Platform";
* an appositive: "LouieStat, a performance program", "My eCISO, an AI
  chatbot", "Boston Business Hub – a new portal";
* the head of a bullet in a list of initiatives ("Release of Citizen Connect
  3.0"), a declared name ('declaration of 2016 as the "Year of
  Connectivity"'), or a project under an award category ("Community
  Engagement – Water-Centric Citizen Engagement.").

Names may hold digits, hyphens and plus signs ("Austin 3-1-1 mobile app",
"AB+C (Albany Build + Connect)", short form first); a possessive owner is not
part of a name ("Springfield's Smart City Initiative"); a quoted or camel-case
product keeps its bare name with the described phrase as alias ('its new
"ALBgov" mobile app', "SalemStat performance meetings", "hubAlbany customer
service system"); "runs the urban data pilot program" names a lower-case one.

Lower-case initiatives count only when the text presents them as new ("a new
cybersecurity program") or as a list item ("An efficiency study that ...").
Names of organisations, awards, competitions ("2018 Mayors Challenge"), job
titles ("Chief of Performance Strategy"), vendor products ("Microsoft Teams
platform"), events, people and places are not programs, nor is a product the
text describes without naming ("a new permitting system"; "a new permitting
portal, AB+C": the name follows).
Mentions of one program ("Ina Road business app", "Ina Road app") merge, the
first name kept and the others aliases.  The city is the jurisdiction the
name contains, else the document's main one.

>>> from kg.extract.sentences import split_sentences
>>> from kg.record import City
>>> t = "We built on the success of our Citizens Connect program and Boston about Results (BAR)."
>>> doc = Doc(id="d", text=t, sentences=split_sentences(t))
>>> rec = DocumentRecord(id="d", cities=[City(name="Boston")])
>>> extract(doc, rec)
>>> [(p.name, p.city, p.aliases) for p in rec.programs]
[('Citizens Connect', 'Boston', ['Citizens Connect program']), ('Boston about Results', 'Boston', ['BAR'])]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.award_context import level_words
from kg.extract.doc import Doc, Sentence
from kg.extract.gazetteer import country_pattern, foreign_city, provinces, state_code, state_names, us_city
from kg.extract.mentions import (
    alternation,
    clean_space,
    is_given_name,
    is_person_name,
    jurisdictions,
    lines_with_offsets,
    load_data,
    primary_jurisdiction,
    sentence_at,
    word_boundary,
    word_finditer,
    word_search,
)
from kg.extract.organizations import (
    acronyms,
    ends_in_org_head,
    is_known_org,
    is_org_name,
    quoted_project_spans,
    resolve_org,
)
from kg.extract.regex import rx
from kg.record import DocumentRecord, Program

__all__ = ["extract", "find_programs"]

_TOK = r"(?:[A-Z][\w'’.+-]*[\w]|[A-Z]|[a-z]+[A-Z][\w-]*|[a-z]{1,2}-[A-Z][\w'’.+-]*\w|\d[\w.]*(?:[-+][\dA-Z]\w*)*|\+)"
_CONN = r"(?:about|of|for|and|the|&|on|to)"
_RUN = rf"{_TOK}(?:[ \t]+(?:{_CONN}[ \t]+)?{_TOK}){{0,7}}"
_GENERIC_FIRST = {"City", "County", "Town", "State", "Village", "The", "A", "An", "Its", "Our", "Their", "This",
                  "That", "These", "Each", "Every", "Other", "New", "Top", "National", "Federal", "Mayor", "Metro"}
_NOT_PROGRAM = re.compile(
    r"\b(?:Awards?|Survey|Prize|Certification|Conference|Summit|Expo|Ceremony|Rankings?|Press|Release|"
    r"Government|Officer|Director|Manager|Digital Cit(?:y|ies)|Digital Count(?:y|ies)|Top 10|Category|"
    r"Population|Internet of Things|Office 365|Place|Rank|Finalists?|Winners?|Challenge|Competition)\b"
    r"|\b\d+(?:st|nd|rd|th)\b"
)
_FUNCTION_WORDS = {"We", "It", "They", "He", "She", "I", "You", "That", "This", "These", "Those", "Our", "Its",
                   "Their", "His", "Her", "Each", "Every", "All", "Some", "Any", "Such", "What", "Which", "When"}
_PREPOSITIONS = {"In", "At", "On", "From", "With", "By", "Into", "After", "During", "Since", "Under", "Across",
                 "Through", "Throughout", "Within", "Without", "Among", "Between", "Before", "Until", "Unlike"}
_ACTION_OF = re.compile(r"^(?:Release|Launch|Rollout|Roll-out|Deployment|Full deployment|Expansion|Creation|"
                        r"Development|Introduction|Implementation|Adoption|Completion|Use)\s+of\s+(?:the\s+)?", re.I)
_LOWER_HEADS = ("program", "system", "study", "plan", "platform", "portal", "initiative", "app", "tool",
                "dashboard", "strategy")


@cache
def _page_chrome() -> frozenset[str]:
    return frozenset(_data().get("page_chrome", []))


@cache
def _data() -> dict:
    return load_data("programs")


@cache
def _descriptor_re() -> re.Pattern[str]:
    alts = alternation(_data().get("strip", []) + _data().get("keep", []))
    # a descriptor word modifies only the descriptor right after it ("mobile service application"), never a
    # word that follows ("the Get IT Done system posts service requests": "system" is the descriptor)
    mods = (rf"(?P<mods>(?:[ \t]+(?!(?:{_STOP_MODS}|{alts})\b)[a-z][a-z-]+){{0,2}}"
            rf"(?:[ \t]+(?:{alts})(?=[ \t]+(?:{alts})\b))?)")
    return re.compile(rf"(?<![\w-])[\"“]?(?P<core>{_RUN})[\"”]?{mods}[ \t]+(?P<head>{alts})\b(?![\w-])")


@cache
def _cap_head_re() -> re.Pattern[str]:
    heads = alternation(_data().get("capitalized_heads", []))
    return re.compile(rf"(?<![\w-])(?P<name>{_RUN}[ \t]+(?:{heads}))(?![\w-])")


@cache
def _appos_re() -> re.Pattern[str]:
    heads = sorted(_data().get("strip", []) + _data().get("keep", []) + _data().get("appositive_heads", []),
                   key=len, reverse=True)
    alts = alternation(heads)
    return re.compile(rf"(?<![\w.-])(?P<name>{_RUN}|[\w-]+(?:\.[\w-]+)+)(?:,|\s[–—-])\s+(?:a|an|the|our|its|their)\s+"
                      rf"(?:[\w’'-]+\s+){{0,6}}?(?:{alts})\b(?!['’]s)")


_STOP_MODS = (r"(?:the|a|an|and|or|of|to|for|in|on|at|by|with|from|as|is|was|were|are|be|will|has|have|had|"
              r"its|their|our|his|her|this|that|called|named|said|says|new|launched|announced|unveiled|"
              r"every|each|all|any|some|more|most|many|other|own|no|not|every|such|than|into|over|\w+ly)")
_CAMEL = re.compile(r"(?:[a-z]+[A-Z]\w*|[A-Z][a-z]+[A-Z]\w*|[A-Z][A-Za-z]*\d\w*|[A-Z]{2,}[a-z]+\w*)")
_DOMAIN_RE = re.compile(r"\b(?:a|an|the|its|their|our)\s+(?:new\s+)?(?P<desc>(?:[a-z][\w-]*\s+){0,3}"
                        r"(?:portal|website|site|app)),\s+(?P<dom>[a-z][\w-]*(?:\.[\w-]+)+)")
_OWNED_QUOTED = re.compile(r"(?P<owner>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})['’]s\s+[\"“]"
                           r"(?P<name>[A-Z][^\"“”\n]{2,80}?)[.,]?[\"”]")
_DECLARED_RE = re.compile(r"\b(?:declar\w*|designat\w*|proclaim\w*|dubbed|branded|christened)\b[^\"“]{0,60}"
                          r"[\"“](?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*)){1,6})[.,]?[\"”]")
_NEW_LOWER_RE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+new\s+(?P<desc>(?:[a-z][\w-]*\s+){0,3}(?:"
                           + "|".join(_LOWER_HEADS) + r"))\b")
_RUNS_RE = re.compile(r"\b(?:runs|ran|running|operates|operated|manages|managed|launched|piloted|piloting|"
                      r"expanded|started)\s+(?:the|its|their)\s+(?P<desc>(?:(?!new\b)[a-z][\w-]*\s+){1,3}"
                      r"(?:pilot\s+)?(?:program|initiative|pilot))\b")
_SHORT_FIRST = re.compile(r"\s+\((?P<long>[A-Z][^()]{3,60})\)")
_SHORT_END = re.compile(r"(?<![\w+&-])[A-Za-z][A-Za-z0-9+&-]{1,11}$")
_EMPHASIS = re.compile(r"(?<!\w)(?:\*\*|__|\*|_)([^*_\n]+?)(?:\*\*|__|\*|_)(?!\w)")
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d\b")
_DATELINE_START = re.compile(r"^[A-Z][A-Z .'’-]{2,},")
#: what follows an owner's name that opens a program's name: "Smart Cities Council's Readiness Program"
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,3}$")  # "a generative ", "an "
_APPOS_CUE = re.compile(r"(?:,|\s[–—-])\s+(?:a|an|the|our|its|their)\s")


@cache
def _any_head_re() -> re.Pattern[str]:
    """Cheap pre-filter: does a sentence hold any descriptor word at all?"""
    heads = sorted(_data().get("strip", []) + _data().get("keep", []) + _data().get("appositive_heads", [])
                   + list(_LOWER_HEADS), key=len, reverse=True)
    return re.compile(r"\b(?:" + alternation(heads) + r")\b")


@cache
def _any_cap_head_re() -> re.Pattern[str]:
    heads = alternation(_data().get("capitalized_heads", []))
    return re.compile(rf"\b(?:{heads})\b")


@cache
def _named_after_re() -> re.Pattern[str]:
    heads = "|".join(_LOWER_HEADS)
    return re.compile(r"\b(?:a|an|the|its|their|our|[\w-]+['’]s)\s+(?:new\s+)?"
                      rf"(?P<desc>(?:[\w-]+\s+){{0,4}}?(?:{heads})),\s+(?P<name>{_RUN})"
                      r"(?=,|\s+(?:which|that|has|is|was|will)\b)")


@cache
def _own_survey_words() -> frozenset[str]:
    return frozenset(_data().get("own_survey_words", []))


@cache
def _not_last() -> frozenset[str]:
    """Last words of laws and observances ("... Act", "... Month"): no program ends in them."""
    return frozenset(_data().get("not_program_last", []))


@cache
def _not_last_re() -> re.Pattern[str]:
    return re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, sorted(_not_last()))) + r")\b")


@cache
def _service_number_re() -> re.Pattern[str]:
    """A one-word camel-case name and a public service line: "PhillyHELP 311"."""
    nums = alternation(_data().get("service_numbers", []))
    return re.compile(rf"(?<![\w.@/-])(?P<name>{_CAMEL.pattern}[ \t]+(?:{nums}))(?![\w-])")


@cache
def _project_re() -> re.Pattern[str]:
    """A jurisdiction's capitalised project that wins: "The City of Fresno's Clean Air Corridor was named ..."."""
    verbs = alternation(_data().get("project_verbs", []))
    return re.compile(rf"(?P<owner>(?:(?:City|Town|County|Village)[ \t]+of[ \t]+)?"
                      rf"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})"
                      rf"['’]s[ \t]+(?P<name>{_RUN})[ \t]+(?:(?:has|have)[ \t]+been[ \t]+|was[ \t]+|is[ \t]+)?"
                      rf"(?i:{verbs})\b")


def _single_word_description(core: str, before: str) -> bool:
    """Whether a one-word capitalised core only describes what follows it: after "a"/"an" ("a Bicentennial
    project", "a Web-based system") a plain word names nothing, nor does a participle or adverb capitalised
    by opening a sentence ("Improved service to citizens ...").  Camel-case and digit-bearing words
    ("a SeeClickFix app") are names."""
    if not rx(r"[A-Z][a-z]+(?:-[a-z]+)*").fullmatch(core):
        return False
    if rx(r"(?:^|\s)(?:[Aa]|[Aa]n)\s+$").search(before):
        return True
    return _opens_item(before) and rx(r"(?:ed|ing|ly)$").search(core) is not None


def _opens_item(before: str) -> bool:
    """Whether text before a word is only a sentence's, quote's, cell's or bullet's opening."""
    return bool(rx(r"\s*(?:(?:[-•*–·▪]|\d+[.)])\s+)?|.*[\"“‘(|]\s*").fullmatch(before))


@cache
def _descriptor_modifies_re() -> re.Pattern[str]:
    """A noun right after a descriptor word that the descriptor only modifies ("service centers")."""
    nouns = "|".join(map(re.escape, _data().get("descriptor_modifies", [])))
    return re.compile(rf"[ \t]+(?:{nouns})\b")


@cache
def _facility_before_re() -> re.Pattern[str]:
    """A preposition of place (and an owner) right before a name: the name is somewhere one goes."""
    words = "|".join(map(re.escape, _data().get("facility_before", [])))
    return re.compile(rf"\b(?:{words})[ \t]+(?:the[ \t]+)?(?:[\w.-]+['’]s[ \t]+)?$")


@cache
def _place_suffixes() -> frozenset[str]:
    return frozenset(_data().get("place_suffixes", []))


@cache
def _award_mods() -> frozenset[str]:
    """Words between a name and "program" that make it an award's ("Best of Web awards program")."""
    return frozenset(_data().get("award_mods", []))


@cache
def _geographic_last() -> frozenset[str]:
    return frozenset(_data().get("geographic_last", []))


@cache
def _facility_modifiers() -> frozenset[str]:
    return frozenset(_data().get("facility_modifiers", []))


@cache
def _facility_heads() -> frozenset[str]:
    return frozenset(_data().get("facility_heads", []))


@cache
def _title_words() -> frozenset[str]:
    return frozenset(_data().get("title_words", []))


@cache
def _camel_re() -> re.Pattern[str]:
    """A one-word product name (camel case or with digits) and the lower-case nouns that describe it."""
    nouns = alternation(_data().get("camel_nouns", []))
    return re.compile(rf"(?<![\w.@/-])[\"“]?(?P<name>{_CAMEL.pattern})[\"”]?(?P<desc>(?:[ \t]+[a-z][a-z-]+){{0,3}}?"
                      rf"[ \t]+(?:{nouns}))\b(?![\w-])")


@cache
def _product_heads() -> frozenset[str]:
    return frozenset(_data().get("product_heads", []))


@cache
def _generic() -> frozenset[str]:
    return frozenset(_data().get("generic", []))


@cache
def _drop_words() -> frozenset[str]:
    return frozenset(_data().get("strip", []) + _data().get("keep", []))


@lru_cache(maxsize=4096)
def _key_cached(name: str) -> tuple[str, ...]:
    drop = _drop_words()
    words = rx(r"[a-z0-9]+").findall(name.lower())
    return tuple(w.rstrip("s") if len(w) > 3 else w for w in words if not w.isdigit() and w not in drop)


def _key(name: str) -> list[str]:
    """Comparable words of a name: lower case, no plural s, no version numbers or descriptor words."""
    return list(_key_cached(name))


_MONTH_DAY = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?")
_PLACE_OF = frozenset({"City", "Town", "Township", "Village", "Borough", "County", "Region", "Municipality",
                       "Parish", "District"})


@cache
def _government_org() -> re.Pattern[str]:
    """A word that makes an organisation a government's ("Department", "Office"; ``programs.json``)."""
    return re.compile(r"\b(?:" + alternation(_data().get("government_org_words", [])) + r")\b")



#: what is written around a person's name: "Charles Bingham, ...", "Charles Bingham said", "Charles Bingham (2018
#: Walking ...", "said Charles Bingham"
_AFTER_PERSON = re.compile(r",| said\b| says\b|[ \t]+\((?:19|20)\d\d[ \t]+[A-Z]")
_BEFORE_PERSON = re.compile(r"\b(?:said|says)\s+$")
#: "Page 2", "Only 5": a page's furniture or a count, never a program
_COUNTED = re.compile(r"(?:Page|Only|Part|Step|Figure|Table|Chapter|Section|Slide)[ \t]+\d+")
#: a commenter's handle before what they wrote ("TrvlnMn says:")
_COMMENTER_AFTER = re.compile(r"[ \t]+(?i:says|said|wrote|writes)[ \t]*:")
#: two capitalised words of four letters or more before a name in mixed case: a heading run into the line after it
_SHOUTED_LEAD = re.compile(r"[A-Z]{4,}[ \t]+[A-Z]{4,}[ \t]+[A-Z][a-z]")
#: a population bracket's label: "Class I (population 400,001 and over)"
_LABEL_AFTER = re.compile(r"[ \t]*\((?:population|pop\.|populations)\b")
#: a place's state, province or country after its name, at an item's end or before its prize in parentheses
_REGION_AFTER = re.compile(r"(?:,|[ \t]+[–—-])[ \t]+(?P<where>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})"
                           r"[ \t]*(?:\(|\n|$|;)")
#: any of the three, looked for first
_FURNITURE_AFTER = re.compile("|".join(p.pattern for p in (_COMMENTER_AFTER, _LABEL_AFTER, _REGION_AFTER)))
#: what is written around an award's category: "the Public Safety category", "the category of Public Safety"
_AFTER_CATEGORY = re.compile(r"\s+categor(?:y|ies)\b")
_BEFORE_CATEGORY = re.compile(r"\bcategor(?:y|ies)\s+(?:of\s+)?$")


def _written_with(name: str, text: str, after: re.Pattern[str], before: re.Pattern[str] | None = None) -> bool:
    r"""Whether ``text`` writes ``name`` with ``after`` right after it (the name opening a word) or ``before``
    (a pattern ending in ``$``) right before it (the name closing a word): what ``\bNAME(?:AFTER)|(?:BEFORE)NAME\b``
    finds.

    Why not that pattern: it is a pattern per candidate name, compiled once and used once (measured 2026-12-07:
    4% of the first reading of the dev documents for the two of them).

    >>> _written_with("Charles Bingham", "as said Charles Bingham.", _AFTER_PERSON, _BEFORE_PERSON)
    True
    >>> _written_with("Cary Walks", "Cary Walks!", _AFTER_PERSON, _BEFORE_PERSON)
    False
    """
    i = text.find(name)
    while i >= 0 and name:
        end = i + len(name)
        if word_boundary(text, i) and after.match(text, end):
            return True
        # (``before`` reads back from the name; a window of 200 characters holds any of its matches)
        if before is not None and word_boundary(text, end) and before.search(text, max(0, i - 200), i):
            return True
        i = text.find(name, i + 1)
    return False


class _Collector:
    """Programs found so far, merging mentions of one program."""

    def __init__(self, doc: Doc, record: DocumentRecord) -> None:
        self.doc, self.record = doc, record
        self.items: list[Program] = []
        self.pos: dict[int, int] = {}
        self.excluded = self._excluded()
        self._places: set[str] | None = None
        self._owners: list[str] | None = None

    def _excluded(self) -> set[str]:
        names = set(jurisdictions(self.record)) | set(self.record.organizations)
        names |= {o.name for o in self.record.officials}
        out = {" ".join(_key(n)) for n in names if n}
        for a in self.record.awards:
            if a.award:
                out.add(" ".join(w for w in _key(a.award) if w not in {"award", "survey", "prize"}))
        return out

    def ok(self, name: str, project: bool = False) -> bool:
        name = clean_space(name)
        words = name.split()
        if not words or len(name) < 3 or len(words) > 12:
            return False
        if words[0] in _GENERIC_FIRST and len(words) > 1 and not name[:1].islower():
            return False
        if words[0] in _FUNCTION_WORDS or (len(words) == 1 and name in _GENERIC_FIRST):
            return False
        if name in _page_chrome() or _COUNTED.fullmatch(name) or not rx(r"[A-Za-z]{2}").search(name):
            return False  # "Go Back", "Popular Posts", "Page 2", "Only 5 cities", a score ("344")
        text = self.doc.text
        furniture = _written_with(name, text, _FURNITURE_AFTER)  # (one look for the three below)
        if words[-1].lower() in ("said", "says") or furniture and _written_with(name, text, _COMMENTER_AFTER):
            return False  # "TrvlnMn says:": a commenter
        if _SHOUTED_LEAD.match(name):
            return False  # "CONSENT CALENDAR Stacy Miller": an agenda's heading run into the next line
        if furniture and _written_with(name, text, _LABEL_AFTER):
            return False  # "Class I (population 400,001 and over)": a population bracket's label
        if furniture and _written_with(name, text, _REGION_AFTER) and self._region_after(name):
            return False  # "Côte Saint-Luc, Quebec ($10M prize)", "The Woodlands Township – Texas": a place
        if len(words) == 2 and all(rx(r"[A-Z][a-z'’-]+").fullmatch(w) for w in words) and is_given_name(words[0]) \
                and not self._place_words() & set(_key(name)) \
                and _written_with(name, self.doc.text, _AFTER_PERSON, _BEFORE_PERSON):
            # "said Charles Bingham", "Charles Bingham (2018 Walking College Fellow ...)": a person ("Cary
            # StreamWatch", "Storm Drain Adopter" are not)
            return False
        if "categor" in self.doc.text and _written_with(name, self.doc.text, _AFTER_CATEGORY, _BEFORE_CATEGORY):
            return False  # "in the Public Safety category": an award's category, not a program
        if words[0] in _PREPOSITIONS or words[-1] in _not_last():
            return False  # "In Tyler" opens a sentence; "Recovery Act", "Mentoring Month" are a law, an observance
        if words[-1] in _geographic_last() and len(words) > 1:
            return False  # "Illinois River", "Lake Tahoe Basin": a geographic feature
        if "_" in name:
            return False  # "GitEm_Steve": a commenter's handle
        if _MONTH_DAY.fullmatch(name):
            return False  # "June 25": a date opening a sentence
        if len(words) <= 4 and len(words) >= 3 and words[1] == "of" and words[0] in _PLACE_OF:
            return False  # "Township of New Hanover", "Region of Waterloo": a place
        if len(words) > 1 and self._only_places(words):
            return False  # "Reno and Sparks": places, not a program
        if len(words) > 1 and self._place_with_suffix(name):
            return False  # "Upper Merion Township", "Columbus Region", "Washington DC": a place, not a program
        if _NOT_PROGRAM.search(name) and not self._own_survey(name) or ends_in_org_head(name) and not project \
                or _YEAR_FIRST.match(name):
            return False  # (a winner's quoted project keeps an organisation's head: "Treasure Valley Partnership")
        if self._facility(words):
            return False  # "Western Service Center", "Main Street Building": a building, not a program
        if words[0] in _title_words():
            return False  # "Chief of Performance Strategy" is a post
        if len(words) > 1 and is_known_org(words[0]):
            return False  # "Microsoft Teams platform": a vendor's product
        if resolve_org(name, self.doc) != name:
            return False
        k = _key(name)
        if rx(r"\b\d+(?:-\d+)+\b|\d{3}").search(name) and len(words) > 1:
            return True  # "Austin 3-1-1" is not the city Austin
        return bool(k) and " ".join(k) not in self.excluded

    def _region_after(self, name: str) -> bool:
        """Whether some mention of ``name`` is followed by a state, province or country (the place's own)."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}{_REGION_AFTER.pattern}", self.doc.text):
            where = m.group("where")
            if state_code(where) or where.lower() in provinces() or country_pattern().fullmatch(where):
                return True
        return False

    def _only_places(self, words: list[str]) -> bool:
        """Whether a name is only the document's places joined by "and"/"&" or commas."""
        names = [n.strip(",") for n in rx(r"\s+(?:and|&)\s+|,\s*").split(" ".join(words)) if n.strip(",")]
        juris = set(jurisdictions(self.record))
        return len(names) > 1 and all(n in juris for n in names)

    def _place_with_suffix(self, name: str) -> bool:
        """Whether a name is one of the document's places followed by a word for a place ("Township",
        "Region": ``place_suffixes``) or by its state ("Washington DC"): a list of places read as a list of
        projects."""
        words = name.split()
        if words[-1] in _place_suffixes():
            # "Riverton Region, Ohio": a name ending in a place word, written with its state or country
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)},[ \t]+([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)",
                                 self.doc.text):
                where = m.group(1)
                if state_code(where) or state_code(where.split()[0]) or country_pattern().fullmatch(where):
                    return True
        for j in jurisdictions(self.record):
            if not name.startswith(j + " "):
                continue
            rest = name[len(j) + 1:].strip(" ,")
            if rest in _place_suffixes() or state_code(rest):
                return True
        return False

    def _place_words(self) -> set[str]:
        """Key words of the document's jurisdictions: a shared "Tempe" does not make "Tempe 311 app" and
        "Tempe ePermits" one program."""
        if self._places is None:
            self._places = {w for j in jurisdictions(self.record) for w in _key(j)}
        return self._places

    def _own_survey(self, name: str) -> bool:
        """A jurisdiction's own survey ("Riverton Resident Survey"), not a contest's ("Digital Cities Survey")."""
        if not name.endswith(" Survey") or _NOT_PROGRAM.search(name[: -len(" Survey")]):
            return False
        return any(name.startswith(j + " ") for j in jurisdictions(self.record)) \
            or name.split()[0] in _own_survey_words()  # "Resident Pulse Survey": one a government runs

    @staticmethod
    def _facility(words: list[str]) -> bool:
        """A place word in front of a building's head word: "Western Service Center", "North Annex"."""
        return len(words) >= 2 and words[0] in _facility_modifiers() and words[-1] in _facility_heads()

    def _outside_owners(self) -> list[str]:
        """The document's organisations that are not a government of its places: foundations, companies,
        associations ("Smart Cities Council", "US Ignite"), longest first (worked out once per document)."""
        if self._owners is None:
            gov, places = _government_org(), jurisdictions(self.record)
            out = [o for o in self.record.organizations
                   if not gov.search(o) and not any(word_search(j, o) for j in places)]
            self._owners = sorted(out, key=len, reverse=True)
        return self._owners

    def _run_by_other(self, name: str, sent: Sentence | None) -> bool:
        """Whether an organisation other than a government owns the program ("the Smart Cities Council's
        Readiness Program", "US Ignite Smart Gigabit Communities"): by the conventions it is not a place's."""
        owners = self._outside_owners()
        if not owners:
            return False
        if any(name.startswith(o) and _POSSESSIVE_GAP.match(name, len(o)) for o in owners):
            return True
        if sent is None or name not in sent.text:
            return False
        before = sent.text[: sent.text.index(name)]
        return any(o in before and re.search(rf"(?<!\w){re.escape(o)}(?:['’]s)?\s+$", before) for o in owners)

    def add(self, name: str, aliases: list[str], sent: Sentence | None, pos: int | None = None,
            project: bool = False) -> None:
        name = clean_space(name).strip(" ,;:.")
        name = rx(r"^(?:the|The|a|A|an|An)\s+").sub("", name)
        if self._run_by_other(name, sent):
            return
        # an owner in front: "The County's 311 Contact Center", "Springfield's Smart City Initiative"
        name = rx(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?\s+(?=\S)").sub("", name)
        name = _ACTION_OF.sub("", name)
        if not self.ok(name, project):
            return
        aliases = [clean_space(a).strip(" ,;:.") for a in aliases if a and clean_space(a) != name]
        k = _key(name)
        places = self._place_words()
        for p in self.items:
            pk = _key(p.name)
            shorter = pk if len(pk) <= len(k) else k
            same = pk == k or (min(len(pk), len(k)) >= 1 and (pk[: len(k)] == k or k[: len(pk)] == pk)
                               and len(set(pk) & set(k)) >= 1 and not set(shorter) <= places)
            if not same:
                same = any(_key(a) == k for a in p.aliases)
            longer = pk if len(pk) > len(k) else k
            if not same and len(shorter) >= 2 and longer[len(longer) - len(shorter):] == shorter \
                    and set(longer[: len(longer) - len(shorter)]) <= places and not set(shorter) <= places:
                # "Bloomington Data Academy" and "the Data Academy": one program, named in full with its place
                same = True
                if longer == k:
                    p.aliases = [p.name, *[a for a in p.aliases if a.lower() != name.lower()]]
                    p.name = name
                    self.pos[id(p)] = min(self.pos.get(id(p), len(self.doc.text)),
                                          max(self.doc.text.find(name), 0))
            if same:
                for a in [name, *aliases]:
                    if a.lower() != p.name.lower() and a.lower() not in {x.lower() for x in p.aliases}:
                        p.aliases.append(a)
                return
        self.items.append(Program(name=name, city=self._city(name, sent), aliases=list(dict.fromkeys(aliases)),
                                  evidence=sent.evidence() if sent else None))
        found = self.doc.text.find(name)
        self.pos[id(self.items[-1])] = found if found >= 0 else (pos if pos is not None else len(self.doc.text))

    def _city(self, name: str, sent: Sentence | None) -> str | None:
        """The jurisdiction in the name ("Open Arlington"), else the last one named before it in its
        sentence ("San Jose's SJ311 app"), else the document's main one."""
        # a place whose name is also someone's name here ("Mayor J.T. Hollis") does not own programs
        people = {w for o in self.record.officials for w in o.name.split()}
        names = sorted((j for j in jurisdictions(self.record) if j not in people), key=len, reverse=True)
        for j in names:
            if word_search(j, name) or name.lower().endswith(j.lower().replace(" ", "")):
                return j
        if sent is not None and name in sent.text and not _DATELINE_START.match(sent.text):
            before = sent.text[: sent.text.index(name)]
            best, at = None, -1
            for j in names:
                for m in word_finditer(j, before):
                    if m.start() > at:
                        best, at = j, m.start()
            if best:
                return best
        return primary_jurisdiction(self.doc, self.record)


def _strip_heads() -> set[str]:
    return set(_data().get("strip", []))


def find_programs(doc: Doc, record: DocumentRecord) -> list[Program]:
    """Every named program in the document, mentions merged."""
    col = _Collector(doc, record)
    sents = doc.sentences

    def sent_at(pos: int) -> Sentence | None:
        return sentence_at(doc, pos)

    text = doc.text
    juris = set(jurisdictions(record)) | {"City", "County", "Town", "Village"}
    # 1. parenthesised short forms
    for acr, long in acronyms(doc).items():
        if col.ok(long) and not is_org_name(long):
            pos = text.find(long)
            if rx(r"\b(?:Awards?|Prizes?)\s+(?:for|of)\s+$").search(text[max(0, pos - 20):pos]) \
                    or text.startswith(("'s", "’s"), pos + len(long)):
                continue  # "Awards for Livable Communities (LivCom)": an award; "Standard and Poor's (S&P)": a firm
            col.add(long, [acr], sent_at(pos))
    for m in _SHORT_FIRST.finditer(text) if "(" in text else ():
        # 'a new permitting portal, AB+C (Albany Build + Connect)': the short form first
        sm = _SHORT_END.search(text, max(0, m.start() - 12), m.start())
        if not sm:
            continue
        letters = rx(r"[^A-Z0-9]").sub("", sm.group(0).upper())
        ini = "".join(w[0] for w in rx(r"[A-Za-z0-9]\w*").findall(m.group("long")) if w[0].isupper() or w[0].isdigit())
        if len(letters) >= 2 and ini.upper() == letters and m.group("long") not in acronyms(doc).values():
            col.add(m.group("long"), [sm.group(0)], sent_at(m.start()))
    for m in re.finditer(r"(?:\b(?:a|an|the|new|expanded)\s+)(?P<desc>(?:[a-z][\w-]*\s+){1,5}?(?:"
                         + "|".join(_LOWER_HEADS) + r")),\s+or\s+(?P<acr>[A-Z]{2,8})\b", text):
        desc = rx(r"^(?:new|expanded|internal)\s+").sub("", m.group("desc"))
        ini = "".join(w[0] for w in desc.split()).upper()
        if ini == m.group("acr"):
            col.add(desc, [m.group("acr")], sent_at(m.start()))
    for sent in sents:
        s = sent.text
        # a descriptor then its name: "the city's new 311 mobile app, SpringfieldConnect, has ..."
        has_head = _any_head_re().search(s) is not None
        has_cap_head = _any_cap_head_re().search(s) is not None
        for m in (_named_after_re().finditer(s) if has_head and "," in s else ()):
            if not rx(r"[A-Z]").search(m.group("desc")):
                col.add(m.group("name"), [m.group("desc")], sent)
        # 2. a name and its descriptor
        for m in (_descriptor_re().finditer(s) if has_head else ()):
            # "For the Housing Springfield initiative, IT ...": a sentence's opening preposition is no part of it
            core = rx(r"^(?:(?:For|In|At|On|With|By|From|Through|Under|Via|To)\s+)?"
                          r"(?:The|A|An|Its|Our|Their|This|the|a|an|its|our|their|this)\s+").sub("", m.group("core"))
            core = rx(r"\S+['’]s\s+").split(core)[-1]  # after a possessive owner: "City-Parish's IT"
            if " and " in core and _any_cap_head_re().search(core.rsplit(" and ", 1)[0]):
                core = core.rsplit(" and ", 1)[1]  # "the Open Data Initiative and 311 system": two things
            if core.endswith(("'s", "’s")) or not rx(r"[A-Za-z]").search(core) or core in _GENERIC_FIRST \
                    or core in _FUNCTION_WORDS:
                continue
            if all(w in _generic() for w in core.split()):
                continue  # "public Wi-Fi network" describes, it does not name
            if m.group("mods") and rx(r"[A-Z][a-z]+").fullmatch(core) \
                    and rx(r"(?:^|[\"“‘(|]\s*)$").search(s[: m.start("core")]):
                continue  # a sentence's or table cell's first word: "Innovation improves city service"
            if rx(r"[A-Z][a-z]+(?:-[a-z]+)+").fullmatch(core) and _opens_item(s[: m.start("core")]):
                continue  # "Text-to-queue service at ...": a lower-case description capitalised by its place
            if set(m.group("mods").split()) & _award_mods():
                continue  # "the Best of Web awards program": an award's, not a place's program
            if _single_word_description(core, s[: m.start("core")]):
                continue  # "began as a Bicentennial project", "won for a Web-based system": descriptions
            if _descriptor_modifies_re().match(s, m.end()):
                continue  # "the Reno and Sparks service centers": the descriptor word modifies a place noun
            if rx(r"[A-Z]{2,3}").fullmatch(core) and _INDEFINITE_BEFORE.search(s, 0, m.start("core")):
                continue  # "an AI chatbot", "a generative GIS tool" describe, they do not name
            full = clean_space(f"{core}{m.group('mods')} {m.group('head')}")
            quoted = m.group(0)[:1] in "\"“"
            if m.group("head") in _strip_heads() or quoted or _CAMEL.fullmatch(core) \
                    or (m.group("mods") and rx(r"\d").search(core)):
                # 'its new "ALBgov" mobile app', 'hubAlbany customer service system', 'Austin 3-1-1 mobile app'
                col.add(core, [full], sent)
            else:
                col.add(full, [], sent)
        # camel-case product names and what they are: "SalemStat performance meetings"
        for m in (_camel_re().finditer(s) if rx(r"[a-z][A-Z]|[A-Za-z]\d").search(s) else ()):
            col.add(m.group("name"), [clean_space(m.group("name") + m.group("desc"))], sent)
        for m in (_service_number_re().finditer(s) if rx(r"\d").search(s) else ()):
            col.add(m.group("name"), [], sent)
        # a jurisdiction's project that wins an award: "Fresno's Clean Air Corridor Named a Smart 50 Honoree"
        for m in (_project_re().finditer(s) if "'s " in s or "’s " in s else ()):
            owner = rx(r"^(?:City|Town|County|Village)\s+of\s+").sub("", m.group("owner"))
            if owner in juris and len(m.group("name").split()) >= 2:
                col.add(m.group("name"), [], sent)
        # a named lower-case initiative the city runs: "runs the urban data pilot program"
        for m in (_RUNS_RE.finditer(s) if has_head and ("program" in s or "initiative" in s or "pilot" in s)
                  else ()):
            col.add(m.group("desc"), [], sent)
        # 3. a capitalised program word
        for m in (_cap_head_re().finditer(s) if has_cap_head else ()):
            if _not_last_re().match(s, m.end()):
                continue  # "American Rescue Plan Act" is a law
            name = rx(r"^(?:The|A|An|Its|Our|Their|This)\s+").sub("", m.group("name"))
            after = rx(r"[ \t]+([a-z]+)\b").match(s[m.end():])
            if after and after.group(1) in _award_mods():
                continue  # "the Golden Portal awards program": an award's name
            nxt = rx(r"[ \t]+([A-Z][a-z]+)\b").match(s[m.end():])
            if nxt and ends_in_org_head(f"{name} {nxt.group(1)}"):
                continue  # "the city's new Digital Strategy Division": a unit's name, not a program
            if _facility_before_re().search(s, 0, m.start()) and name.split()[-1] in _facility_heads():
                continue  # "tried the kiosks at the county's Customer Service Center": a place one goes to
            col.add(name, [], sent)
        # 4. appositives
        for m in (_appos_re().finditer(s) if has_head and _APPOS_CUE.search(s) else ()):
            if rx(r"\s(?:a|an|the)\s").search(m.group(0)[m.end("name") - m.start():].split(None, 2)[-1]):
                continue  # "Instead, the league created a program": a clause follows, not an appositive
            col.add(rx(r"^(?:The|A|An)\s+").sub("", m.group("name")), [], sent)
        for m in (_DOMAIN_RE.finditer(s) if has_head and ", " in s else ()):
            desc = m.group("desc")
            named = rx(r"\bnew\b").search(m.group(0)) or len(desc.split()) >= 3  # "its open data portal, data.x.gov"
            col.add(desc if named else m.group("dom"), [m.group("dom")], sent)
        # 6. declared names
        for m in (_DECLARED_RE.finditer(s) if '"' in s or "“" in s else ()):
            col.add(m.group("name"), [], sent)
        # 6b. a place's quoted project: "Kern County’s “Mobile Evaluation Team”"
        for m in (_OWNED_QUOTED.finditer(s) if "“" in s or '"' in s else ()):
            if m.group("owner") in juris:
                col.add(m.group("name"), [], sent)
        # 6c. a winner's quoted project: 'Ada County/Boise (ID) for their "Treasure Valley Partnership"'
        for a, b in (quoted_project_spans(s) if "“" in s or '"' in s else ()):
            col.add(s[a:b], [], sent, project=True)
        # 8. new lower-case initiatives
        for m in (_NEW_LOWER_RE.finditer(s) if " new " in s else ()):
            if rx(r"\s*(?:,|–|—|-|:)?\s*(?:called|named|dubbed|known as)?\s*[\"“]?[A-Z]").match(s[m.end():]):
                continue  # "a new permitting portal, AB+C": the name follows
            if m.group("desc").split()[-1] in _product_heads() and len(m.group("desc").split()) <= 2:
                continue  # "a new permitting system" describes a product it does not name
            col.add(m.group("desc"), [], sent)
    # 5. bullets and 7. category lines
    lead = alternation(_data().get("lead_ins", []))
    prev = ""
    lines = lines_with_offsets(text)
    glossary = _glossary_lines([ln for _o, ln in lines])
    for offset, line in lines:
        sent = sent_at(offset + len(line) - len(line.lstrip()))
        m = rx(r"^\s*(?:[-•*–·▪]|\d+[.)])\s+(?P<item>.+)$").match(line)
        if m is None and line.strip() and (line in glossary or len(line) < 300 and (
                rx(r"(?:;|;\s+and|,\s+and)\s*$").search(line) or prev.rstrip().endswith(":"))):
            m = rx(r"^\s*(?P<item>.+)$").match(line)  # a list item whose bullet the page lost
        if line.strip():
            prev = line
        if m:
            item = rx(r"^(?:Item\s+)?\d+[a-z]?[.)]\s+").sub("", m.group("item"))  # "4a. Minutes of ...": agenda
            item = _EMPHASIS.sub(r"\1", item)  # "**Riverton Pothole Tracker** – a map ...": Markdown bold
            body = re.sub(rf"^(?:(?:{lead})\s+)+", "", item, flags=re.I)
            body = rx(r"^(?:the\s+)?[\w-]+['’]s\s+", re.I).sub("", body)
            rm = re.match(rf"^(?P<name>{_RUN})(?=\s+[a-z(]|\s*[;,–—:]|\s*$)", body)
            if rm and (len(rm.group("name").split()) >= 2 or rx(r"[a-z][A-Z]").search(rm.group("name"))):
                col.add(rm.group("name"), [], sent)
            lm = re.match(r"^(?:a|an)\s+(?:(?:new|expanded|internal)\s+)?(?P<desc>(?:[a-z][\w-]*\s+){0,3}(?:"
                          + "|".join(_LOWER_HEADS) + r"))\b", item, flags=re.I)
            if lm and not rx(r"[A-Z]").search(lm.group("desc")):
                col.add(lm.group("desc"), [], sent)
            # "Full deployment of the City-Parish's new ERP system": the owned system is the lead-in's object;
            # in "The move of the city's billing system to the cloud" the item is the move, not the system
            pm = re.match(rf"^(?i:(?:{lead})\s+)+(?:the\s+)?[\w-]+['’]s\s+(?:new\s+)?(?P<desc>(?:[A-Z]{{2,}}\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,3}(?:" + "|".join(_LOWER_HEADS) + r"))\b", item)
            if pm and pm.group("desc")[:1] != " ":
                desc = pm.group("desc")
                if not rx(r"(?:new\s+)").match(desc) and len(desc.split()) >= 2:
                    col.add(desc, [], sent)
        cm = rx(r"^(?P<cat>[A-Z][\w&-]*(?:\s+(?:&|and|[A-Z][\w&-]*)){0,4})\s+[–—-]\s+"
                      r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,6})\.\s+[A-Z]").match(line.strip())
        if cm:
            col.add(cm.group("name"), [], sent)
    items = _drop_headline_paraphrases(col.items, text, record)
    return sorted(items, key=lambda p: col.pos.get(id(p), 0))


def _headline_line(line: str) -> bool:
    """A title-cased line with no closing stop: a headline, where every word is capitalised anyway."""
    line = line.strip()
    words = [w for w in rx(r"[A-Za-z][\w'’-]*").findall(line) if len(w) >= 4]
    if not line or len(line) > 160 or line[-1] in ".!?\"”" or len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _drop_headline_paraphrases(items: list[Program], text: str, record: DocumentRecord) -> list[Program]:
    """A name of plain capitalised words found only in headlines ("Springfield's Flood Sensor Network Wins
    Award") is the headline's description of a project, not its name, when the body names a program properly
    ("... for RiverWatch, a network of sensors")."""
    if len(items) < 2:
        return items
    lines = [(o, ln) for o, ln in lines_with_offsets(text) if ln.strip()]
    heads = [(o, o + len(ln)) for o, ln in lines if _headline_line(ln)]
    if not heads:
        return items
    places = {w for j in jurisdictions(record) for w in j.split()}

    def only_in_headlines(name: str) -> bool:
        spots = [m.start() for m in word_finditer(name, text, re.I)]
        return bool(spots) and all(any(a <= x < b for a, b in heads) for x in spots)

    def paraphrase(p: Program) -> bool:
        words = p.name.split()
        return (len(words) >= 2 and all(rx(r"[A-Z][a-z]+").fullmatch(w) for w in words)
                and not set(words) & places and only_in_headlines(p.name) and not p.aliases)

    drop = [p for p in items if paraphrase(p)]
    if not drop or not any(not only_in_headlines(p.name) for p in items if p not in drop):
        return items
    return [p for p in items if p not in drop]


_TERM_LINE = re.compile(rf"^\s*(?:\*\*|__)?{_RUN}(?:[ \t]+\([A-Z][\w+&-]{{1,11}}\))?(?:\*\*|__)?\s+[–—-]\s+[a-z]")


def _glossary_lines(lines: list[str]) -> set[str]:
    """Lines of a list whose bullets a page conversion dropped, each "Name – what it is" (the name first, a dash,
    a lower-case description): two or more such lines in a row, blank lines between them allowed."""
    nonblank = [ln for ln in lines if ln.strip()]
    shaped = [bool(_TERM_LINE.match(ln)) and len(ln) < 400 for ln in nonblank]
    return {ln for i, ln in enumerate(nonblank) if shaped[i] and ((i > 0 and shaped[i - 1])
                                                                  or (i + 1 < len(shaped) and shaped[i + 1]))}


def _award_name(name: str) -> bool:
    """An award or certification written like a program ('Walk Friendly Communities', 'Playful Cities USA
    Program'): the honour, not something a place runs."""
    from kg.extract.award_context import known_award_is

    bare = rx(r"\s+(?:program|programme|initiative|designation|certification)s?$", re.I).sub("", name.strip())
    return any(known_award_is(n) for n in {name.strip(), bare})


def _entries(doc: Doc, record: DocumentRecord, have: list[Program]) -> list[Program]:
    """Projects a winners' list names after each place ('Topeka, KS — Open Data and Project Portal'), read by
    the awards component from the page's layout (``doc.context["award_entries"]``)."""
    out: list[Program] = []
    keys = {_key_cached(p.name) for p in have}
    places = {c.name for c in record.cities} | {c.name for c in record.counties}
    for owner, a, b in doc.context.get("award_entries", ()):
        name = clean_space(doc.text[a:b]).strip(" ,;:.")
        if not name or _key_cached(name) in keys or name in places or _award_name(name) or is_org_name(name) \
                or not rx(r"[A-Za-z]{2}").search(name):  # "Terryglass, Co Tipperary - 344": a score
            continue
        keys.add(_key_cached(name))
        sent = sentence_at(doc, a)
        out.append(Program(name=name, city=owner, evidence=sent.evidence() if sent else None))
    return out


_PHONE = re.compile(r"\(?\d{3}\)?[ .-]\d{3}-\d{4}")
_DAY_MONTH_YEAR = re.compile(r"^\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+(?:19|20)\d\d$")  # "12 May 2020"
_MODIFIER = re.compile(r"-(?:powered|funded|based|led|designated|certified|sponsored)$")
_MONTH_YEAR = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)[ \t]+(?:19|20)\d\d$")


@cache
def _level_name() -> re.Pattern[str]:
    """A certification level written as a name ("Gold Level"), its metals from ``kg/data/layout.json``."""
    return re.compile(rf"(?i)^(?:{level_words()})[- ]level$")


def _cut_short(name: str, text: str) -> bool:
    """A name the excerpt's end cuts mid-word ("... from the Santa Mon"): it ends the text, and its last word
    begins a longer word the text writes elsewhere ("Santa Monica")."""
    if not text.rstrip().endswith(name):
        return False
    last = name.split()[-1]
    return re.search(rf"\b{re.escape(last)}\w", text) is not None


def _not_a_program(name: str, doc: Doc, record: DocumentRecord) -> bool:
    """Names the program readers take that are something else on the page: an official it names, an
    organisation or a place it names, a contact line with a phone number, a date, a certification
    level, an award the page gives or a category it is given in, a modifier ("CivicPlus-powered"), or a name
    the excerpt's end cut short ("Santa Mon")."""
    if name in {o.name for o in record.officials} or any(o.name in name for o in record.officials):
        return True  # (also "CONSENT CALENDAR Stacy Miller": a name with an official's in it)
    if _PHONE.search(name) or _MONTH_YEAR.match(name) or _DAY_MONTH_YEAR.match(name) or _level_name().match(name):
        return True
    if _MODIFIER.search(name) or _cut_short(name, doc.text):
        return True
    folded = name.casefold()
    if folded in {o.casefold() for o in record.organizations} \
            or folded in {c.name.casefold() for c in [*record.cities, *record.counties]}:
        return True  # "Kaiser Permanente", "Nether Providence"
    if any(o.casefold().startswith(folded + " ") and len(o) > len(name) + 3 for o in record.organizations):
        return True  # "American Academy": the head of "American Academy for Park and Recreation Administration"
    if folded in {a.award.casefold() for a in record.awards}:
        return True
    words = name.split()
    if _a_place(name) or (len(words) == 2 and is_person_name(name) and is_given_name(words[0])
                          and words[0] not in {c.name for c in record.cities}):
        return True  # "London UK", "Dallas-Fort Worth", "James Felt" (not "Storm Drain Adopter", "Tulsa Performs")
    from kg.extract.award_names import written_awards

    return any(a == 0 and b == len(name) for a, b, _n in written_awards(name))  # "Safest Cities"


def _a_place(name: str) -> bool:
    """A place's name, maybe with its country or state after it ("London UK", "Dallas-Fort Worth", "World")."""
    if name in ("World", "America", "USA", "United States") or country_pattern().fullmatch(name):
        return True
    parts = name.split("-")
    head = rx(r"[ \t]+(?:[A-Z]{2}|UK|U\.K\.|USA|U\.S\.A?\.?)$").sub("", name)
    return bool(us_city(head) or foreign_city(head)) or (len(parts) == 2 and all(us_city(p) for p in parts))


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.programs``."""
    states = set(state_names())
    found = [p for p in find_programs(doc, record) if not _award_name(p.name) and p.name not in states]
    found = [p for p in found if not _not_a_program(p.name, doc, record)]
    entries = [p for p in _entries(doc, record, found) if not _not_a_program(p.name, doc, record)]
    record.programs.extend(_merge_titled(found + entries))


def _merge_titled(items: list[Program]) -> list[Program]:
    """A name that opens a longer one before its colon ("911 Project" and "911 Project: Predicting Hotspots")
    is that project's short form, kept as its alias, not a second program."""
    out: list[Program] = []
    for p in items:
        longer = next((q for q in items if q is not p and q.name.startswith(p.name + ":")), None)
        if longer is None:
            out.append(p)
        elif p.name not in longer.aliases:
            longer.aliases.append(p.name)
    return out
