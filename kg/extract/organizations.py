"""Extraction component: organisations named in the document, and its publisher.

Organisations are found three ways, in this order of trust:

1. known organisations and their aliases (``kg/data/organizations.json``:
   "CDG", "the Center" for the Center for Digital Government);
2. capitalised names that end in an organisation word ("Department of
   Innovation & Technology", "Long Beach Public Library", "Data Governance
   Committee") or that a parenthesised acronym defines;
3. names in a partner list ("in partnership with X, Y and Z", "Source: X") or
   in front of a sponsoring verb ("Dyntek sponsored the survey");
4. names the text says are organisations: an appositive kind ("BrightPath,
   the nonprofit that ...", "The Global Civic Forum (GCF), a New York-based
   think tank"), a kind in front ("the nonprofit Code for Riverton"), an
   acronym-defined name that announces ("The Global Civic Forum (GCF) today
   named"), a short owner and a service word ("SPU Fiber"), an acronym-defined
   government ("Springfield Consolidated Government (SCG)").

An organisation's name directly before a gathering noun ("Smart Cities
Connect Conference & Expo") is part of the event's name, not a mention.
Offices keep a title owner ("Mayor's Office of Communications") and their
whole name ("Office of Performance Strategy and Innovation").

An office named in a contact line counts like any other mention (the dev and
team gold list "Media inquiries: Communications Office" and "Contact: ...,
Office of Public Affairs"); award, survey and event names are skipped.

The publisher is who put the page out: the "Released By:" line, the masthead
("COASTAL BEND COURIER | Local | ..." -> "Coastal Bend Courier"; "CITY OF
DURHAM" over "Office of Public Affairs" -> "City of Durham Office of Public
Affairs"), or an organisation that "today announced" the news; None when the
page names nobody.  A news outlet written as a name on the first line ("The
Springfield Courier", "Albany Outlook | News") or in a staff byline
("Government Technology staff | ...") is the publisher and an organisation; an
all-capitals masthead ("COASTAL BEND COURIER | Local") is only the publisher
(the gold convention on dev).

>>> from kg.extract.sentences import split_sentences
>>> t = "Released By:\\nMayor's Office\\n\\nThe Center for Digital Government (CDG) and the Center agree."
>>> doc = Doc(id="d", text=t, sentences=split_sentences(t))
>>> rec = DocumentRecord(id="d")
>>> extract(doc, rec)
>>> rec.publisher, sorted(rec.organizations)
("Mayor's Office", ['Center for Digital Government', "Mayor's Office"])
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from kg.extract.doc import Doc
from kg.extract.gazetteer import state_names, town_states, us_city
from kg.extract.mentions import (
    PERSON,
    alternation,
    clean_space,
    is_given_name,
    is_person_name,
    jurisdictions,
    lines_with_offsets,
    load_data,
    related_spans,
    word_search,
)
from kg.extract.places import find_places
from kg.extract.regex import leftmost_matches, rx
from kg.record import DocumentRecord

__all__ = ["extract", "acronyms", "resolve_org", "org_spans", "find_publisher", "is_org_name", "ends_in_org_head",
           "is_known_org", "known_forms",
           "masthead_outlet", "quoted_project_spans"]

_CONNECT = r"(?:of|for|and|on|the|at|&|de|del|la)"
#: a word of a name: "St." too ("Port St. Lucie Procurement Office"), and initials with their last stop ("the U.S.
#: Conference of Mayors and Waste Management": the stop does not end the name)
_WORD = r"(?:(?:St|Ft|Mt)\.|(?:[A-Z]\.){2,}(?![\w&])|[A-Z0-9][\w.&'’-]*[\w&]|[A-Z]|&)"
_RUN_RE = re.compile(rf"{_WORD}(?:[ \t]+(?:{_CONNECT}[ \t]+){{0,2}}{_WORD}){{0,11}}")
_LOWER_UNIT_RE = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w&'’.-]*){1,5})"
                            r"[ \t]+(?:department|office|agency|division|bureau|team)\b")
_TAIL_RE = re.compile(rf"\s+(?:of|for|on|at)\s+(?:the\s+)?{_WORD}(?:\s+(?:{_CONNECT}\s+)*{_WORD})*")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:,\s*[A-Z][\w.]*\.?)*\s*(?:\([^)]*\)\s*)?[—–-]+\s*"
                       r"(?:[A-Z][a-z]{2,}\.? \d{1,2}, \d{4}\s*[—–-]+\s*)?")
_ACR_RE = re.compile(r"\(\s*([A-Z][A-Za-z0-9.&/ -]{0,14}?)\s*\)")
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z]\.){2,3})[ \t]+$")
_SKIP_WORDS = re.compile(
    r"\b(?:Awards?|Survey|Prize|Certification|Conference|Summit|Expo|Competition|Rankings?|Report|News|"
    r"Release|Government|Press)\b"
)


@cache
def _known() -> list[tuple[str, str]]:
    """(alias, canonical) pairs, longest alias first, canonical names included: the known organisations, and
    the organisers of the known awards (:func:`_award_organisers`)."""
    pairs = []
    for org in load_data("organizations").get("known", []):
        pairs.append((org["name"], org["name"]))
        pairs.extend((a, org["name"]) for a in org.get("aliases", []))
        pairs.extend((w, w) for w in org.get("written_forms", []))  # reported as written; folded in the graph
    written = {a for a, _c in pairs}
    pairs.extend((o, o) for o in _award_organisers() if o not in written)
    return sorted(pairs, key=lambda p: -len(p[0]))


def _award_organisers() -> list[str]:
    """The organisers of the awards in ``kg/data/awards.json``, where their names are safe to look for.

    Why: the givers of civic awards (a state's municipal league, a professional association, a magazine) are
    the organisations award pages name most, and their full names hold words the generic reader cuts at
    ("American Academy for Park and Recreation Administration", "America's Promise Alliance").  A one-word name
    that is no acronym ("Outside", "Mercer") is a common word or a surname, and ``not_organisers`` are
    designations or events named like their organiser."""
    data = load_data("organizations")
    skip = set(data.get("not_organisers", []))
    out: list[str] = []
    for a in load_data("awards")["awards"]:
        o = a.get("organiser")
        if not o or o in skip or o in out or rx(r"\bAwards?$").search(o):
            continue
        if len(o.split()) >= 2 or rx(r"[A-Z][A-Z0-9&-]{2,}").fullmatch(o):
            out.append(o)
    return out


@cache
def known_forms(name: str) -> tuple[str, ...]:
    """How texts write a known organisation: its name and aliases, longest first.

    "the ..." aliases ("the Center") are left out: they refer back only where a
    text has introduced the organisation.
    """
    return tuple(alias for alias, canonical in _known()
                 if canonical == name and not alias.lower().startswith("the "))


@cache
def _known_written() -> tuple[str, ...]:
    """The known names and aliases looked for in texts, longest first (the alternation's order)."""
    return tuple(a for a, _ in _known() if not a.lower().startswith("the "))


@cache
def _known_one(i: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(_known_written()[i])}(?![\w&]|\s+&)")


@cache
def _known_by_first_word() -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """(the known names that open with no word character, each first word with the names it opens).

    A name matched whole opens with a whole word of the text, so a text's words say which of the hundreds of
    names it may hold: one look-up a word instead of a search of the text a name (measured 2026-12-07: 2% of
    extraction)."""
    always: list[int] = []
    index: dict[str, list[int]] = {}
    for i, name in enumerate(_known_written()):
        first = rx(r"\w+").match(name)
        if first is None:
            always.append(i)
        else:
            index.setdefault(first.group(0), []).append(i)
    return tuple(always), {w: tuple(ix) for w, ix in index.items()}


def _known_matches(text: str) -> list[re.Match[str]]:
    r"""Every known name or alias ``text`` writes as a whole name (``(?<![\w.])...(?![\w&]|\s+&)``), longest
    first where several start at one point, looked for only where ``text`` holds it (hundreds of known names
    made one alternation that tried each at every position; a page holds a handful)."""
    names = _known_written()
    always, index = _known_by_first_word()
    possible = [*always, *(i for w in set(rx(r"\w+").findall(text)) for i in index.get(w, ()))]
    pats = {i: _known_one(i) for i in possible if names[i] in text}
    return [m for m, _i in leftmost_matches(pats, text)]


@cache
def _heads() -> tuple[str, ...]:
    data = load_data("organizations")
    districts = [f"{k} District" for k in data.get("district_kinds", [])]  # "Library District", not "Library"
    return tuple(sorted(data.get("heads", []) + districts, key=len, reverse=True))


@cache
def _heads_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + alternation(_heads()) + r")(?![\w-])")


@cache
def _not_orgs() -> frozenset[str]:
    return frozenset(s.lower() for s in load_data("organizations").get("not_orgs", []))


@cache
def _title_words() -> frozenset[str]:
    """Capitalised words of job titles: an organisation's name ends before them ("Board of Supervisors Chair")."""
    words = {w for t in load_data("titles").get("before_name", []) for w in t.split() if w[:1].isupper()}
    return frozenset(words - {"County", "City", "Board", "Council", "Commission", "State", "Public", "Information",
                               "Technology", "Data", "Security", "Innovation", "Digital", "Police", "Fire"})


@cache
def _title_heads() -> frozenset[str]:
    return frozenset(h for h in load_data("titles").get("heads", []) if " " not in h)


@cache
def _event_word_re() -> re.Pattern[str]:
    """A capitalised gathering noun right after a name (``kg/data/events.json`` nouns)."""
    nouns = [n.title() for n in load_data("events").get("nouns", []) if n not in {"awards", "event"}]
    return re.compile(r"[ \t]+(?:Annual[ \t]+)?(?:" + alternation(nouns) + r")\b")


@cache
def _office_owners() -> frozenset[str]:
    return frozenset(load_data("organizations").get("office_owners", []))


@cache
def _gov_re() -> re.Pattern[str]:
    heads = alternation(load_data("organizations").get("government_heads", []))
    return re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:" + heads + r")$")


_ANNOUNCES = re.compile(r",?\s+(?:today\s+|on\s+\w+\s+|also\s+)?(?:named|announced|released|unveiled|awarded|selected|"
                        r"recognized|recognised|honored|honoured|ranked|reported|said|says|surveyed|published)\b")


def _acts_as_org(acr: str, long: str, text: str) -> bool:
    """A name defined by an acronym that then announces or ranks, as only organisations do:
    "The Global Civic Forum (GCF) today named ..."."""
    m = re.search(rf"{re.escape(long)}\s*\({re.escape(acr)}\)", text) if f"({acr})" in text and long in text else None
    return bool(m and _ANNOUNCES.match(text, m.end())) and not _SKIP_WORDS.search(long) and len(long.split()) >= 2


def _is_government(name: str) -> bool:
    """A government's own name ("Springfield Consolidated Government"), an organisation when defined by acronym."""
    return bool(_gov_re().match(name)) and name.lower() not in _not_orgs()


_KIND_FIRST_RE = re.compile(rf"\b(?:the|a|local|[Aa]\s+local)\s+(?:nonprofit|non-profit|consulting firm|law firm|firm)"
                            rf"(?:\s+organization)?\s+"
                            rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?{_WORD}){{0,5}})")
_DESC_CUE = re.compile(r"(?:\)|\w),[ \t]+(?:a|an|the|one[ \t]+of[ \t]+(?:the|its|their|our))[ \t]")
_FUNCTION = r"(?:with|of|for|at|in|on|and|or|the|a|an|to|by|from|who|that)"


@cache
def _described_re() -> re.Pattern[str]:
    """A name, an optional acronym, then an appositive saying what kind of organisation it is."""
    kinds = load_data("organizations").get("described_by", [])
    nouns = alternation(kinds)
    # "..., one of the What Works Cities partner organizations": the kind in the plural
    plurals = alternation(_plural(n) for n in kinds)
    name = rf"{_WORD}(?:[ \t]+(?:(?:of|for|and|&|the)[ \t]+)?{_WORD}){{0,6}}"
    return re.compile(rf"(?<![\w.&'’-])(?P<name>{name})(?:[ \t]+\([A-Z][A-Za-z&]{{1,7}}\))?,[ \t]+"
                      rf"(?:(?:a|an|the)[ \t]+(?:(?!{_FUNCTION}\b)[\w.'’-]+[ \t]+){{0,4}}?(?:{nouns})"
                      rf"|one[ \t]+of[ \t]+(?:the|its|their|our)[ \t]+(?:(?!{_FUNCTION}\b)[\w.'’-]+[ \t]+){{0,4}}?"
                      rf"(?:{plurals}))"
                      r"(?=[ \t]+(?:that|which|who|based|in|of|for|with|from|whose|behind|founded|and|to)\b"
                      r"|[,.;:)]|[ \t]*$)")


def _plural(noun: str) -> str:
    """'organization' -> 'organizations', 'agency' -> 'agencies', 'think tank' -> 'think tanks'."""
    if rx(r"[^aeiou]y$").search(noun):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


@cache
def _city_utility_re() -> re.Pattern[str]:
    """A place's name and a utility word: "Lakeland Electric", "Austin Energy", "Seattle City Light"."""
    heads = alternation(load_data("organizations").get("city_utility_heads", []))
    return re.compile(rf"(?<![\w.&'’-])(?P<owner>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}})[ \t]+(?:{heads})"
                      r"(?![\w&'’-]|[ \t]+(?:[A-Z0-9&]|and[ \t]+[A-Z]))")


@cache
def _title_at_re() -> re.Pattern[str]:
    """A job title, then "at" and the employer: "director of certification at Results for America"."""
    heads = alternation(load_data("titles").get("heads", []))
    name = rf"{_WORD}(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?{_WORD}){{0,6}}"
    return re.compile(rf"\b(?i:{heads})(?:[ \t]+(?:of|for)[ \t]+[a-z][a-z -]{{0,40}}?)?[ \t]+at[ \t]+(?:the[ \t]+)?"
                      rf"(?P<name>{name})(?![\w&'’-])")


@cache
def _product_after_re() -> re.Pattern[str]:
    """A lower-case program or product noun (``kg/data/programs.json``) right after a name: "... Power app"."""
    data = load_data("programs")
    nouns = alternation(data.get("strip", []) + data.get("keep", []))
    return re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?:" + nouns + r")\b")


@cache
def _building_after_re() -> re.Pattern[str]:
    """A building word after an organisation's head: "County Administration Building" is a building."""
    words = "|".join(map(re.escape, load_data("organizations").get("building_words", [])))
    return re.compile(rf"^[ \t]+(?:{words})\b")


@cache
def _service_re() -> re.Pattern[str]:
    heads = alternation(load_data("organizations").get("service_heads", []))
    return re.compile(rf"(?<![\w.-])(?P<name>(?!(?:IT|GIS|AI|LED|IOT|API|CCTV|GPS|HVAC|EV|US|USA|UK|DC|NYC|ADA|"
                      rf"LTE|HD|PC)\b)[A-Z]{{2,6}}[ \t]+(?:{heads}))(?![\w-])")


def _initials(words: list[str], all_words: bool) -> str:
    skip = {"of", "for", "and", "the", "on", "at", "&", "de", "in", "to", "a"}
    out = ""
    for w in words:
        if not all_words and w.lower() in skip:
            continue
        for part in rx(r"[-/]").split(w):
            if part[:1].isalnum():
                out += part[0].upper()
    return out


def acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms the document defines, "Long Name (LN)" -> {"LN": "Long Name"} (cached per doc).

    >>> d = Doc(id="x", text="the Department of Technology Services (DTS) and Boston about Results (BAR)")
    >>> acronyms(d)
    {'DTS': 'Department of Technology Services', 'BAR': 'Boston about Results'}
    """
    if "acronyms" in doc.context:
        return doc.context["acronyms"]
    found: dict[str, str] = {}
    for m in _ACR_RE.finditer(doc.text):
        acr = m.group(1).strip()
        letters = rx(r"[^A-Z]").sub("", acr)
        if len(letters) < 2 or len(acr.split()) > 3:
            continue
        before = doc.text[max(0, m.start() - 120) : m.start()].rstrip()
        before = rx(r"['’]s$|['’]$").sub("", before)
        words = before.split()
        best = None
        for k in range(1, min(len(words), 10) + 1):
            cand = words[-k:]
            if not cand[0][:1].isupper() and not cand[0][:1].isdigit():
                continue
            for all_words in (False, True):
                ini = _initials(cand, all_words)
                if ini == letters:
                    best = " ".join(cand)
                    break
            if best:
                break
        if best is None and len(acr) > 3 and " " in acr and words and words[-1][:1].isupper():
            # a short form that is not an acronym: "Long Beach Collaboratory (LB Co-Lab)"
            run = _RUN_RE.findall(before)
            if run and before.endswith(run[-1]) and len(letters) >= 2 \
                    and _initials(run[-1].split(), False)[:2] == letters[:2]:
                best = run[-1]
        if best:
            best = rx(r"^(?:the|The)\s+").sub("", best).strip(" ,;:")
            found.setdefault(acr, best)
    doc.context["acronyms"] = found
    return found


def resolve_org(text: str, doc: Doc) -> str:
    """The canonical name of an organisation mention: aliases and acronyms expanded.

    >>> resolve_org("the Center", Doc(id="x", text="the Center for Digital Government said"))
    'Center for Digital Government'
    >>> resolve_org("CDG", Doc(id="x", text=""))
    'Center for Digital Government'
    """
    t = clean_space(text).strip(" ,.;:")
    t = rx(r"['’]s?$").sub("", t)
    bare = rx(r"^(?:the|The)\s+").sub("", t)
    exact, the_forms = _known_index()
    cands = [exact[x] for x in (t, bare) if x in exact] + the_forms.get(t.lower(), [])
    for _rank, alias, canon in sorted(cands):  # longest alias first, as in _known()
        if alias.lower().startswith("the ") and canon not in doc.text:
            continue
        return canon
    acr = acronyms(doc)
    if bare in acr:
        return resolve_org(acr[bare], doc) if acr[bare] != bare else bare
    return bare


@cache
def _known_index() -> tuple[dict[str, tuple[int, str, str]], dict[str, list[tuple[int, str, str]]]]:
    """_known() indexed by exact alias, and by lower case for "the ..." aliases (a dict look-up per mention)."""
    exact: dict[str, tuple[int, str, str]] = {}
    the_forms: dict[str, list[tuple[int, str, str]]] = {}
    for i, (alias, canon) in enumerate(_known()):
        exact.setdefault(alias, (i, alias, canon))
        if alias.lower().startswith("the "):
            the_forms.setdefault(alias.lower(), []).append((i, alias, canon))
    return exact, the_forms


def is_known_org(text: str) -> bool:
    """Whether ``text`` is a known organisation's name or alias (``kg/data/organizations.json``).

    >>> is_known_org("Microsoft"), is_known_org("CDG"), is_known_org("Springfield")
    (True, True, False)
    """
    return text in _known_index()[0]


def is_org_name(text: str) -> bool:
    """Whether a capitalised phrase names an organisation by its head word.

    >>> is_org_name("Long Beach Public Library"), is_org_name("Digital Cities Survey")
    (True, False)
    """
    t = clean_space(text)
    if len(t.split()) < 2 or t.lower() in _not_orgs() or _SKIP_WORDS.search(t):
        return False
    return any(hm.group(0) not in _complement_heads() or rx(r"\s+(?:of|for)\s").match(t[hm.end():])
               for hm in _heads_re().finditer(t))


@cache
def _complement_heads() -> frozenset[str]:
    """Heads that name an organisation only with an "of"/"for" complement ("Academy of Sciences")."""
    return frozenset(load_data("organizations").get("complement_heads", []))


def ends_in_org_head(text: str) -> bool:
    """Whether an organisation word ends the phrase or heads its "of" complement ("Office of Budget"), as
    opposed to opening a longer name ("Board Matters" is a livestream, not a board).

    >>> ends_in_org_head("Data Governance Committee"), ends_in_org_head("Board Matters")
    (True, False)
    """
    t = clean_space(text)
    if not is_org_name(t):
        return False
    return any(m.end() == len(t) or rx(r"\s+(?:of|for|on|at)\s").match(t[m.end():])
               for m in _heads_re().finditer(t))


@cache
def _owned_tail_re() -> re.Pattern[str]:
    """Last words of a facility's or program's name: after an organisation's possessive they name something it
    owns ("Main Library", "Relief Grant Program"), so the organisation mentioned is the owner."""
    tails = alternation(load_data("organizations").get("owned_unit_tails", []))
    return re.compile(r"(?<![\w-])(?:" + tails + r")$")


@cache
def _lead_imperative_re() -> re.Pattern[str]:
    verbs = alternation(load_data("organizations").get("lead_imperatives", []))
    return re.compile(r"^(?:" + verbs + r")\s+(?:the\s+)?(?=[A-Z])")


_WHEN_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|(?:January|February|March|April|"
                        r"June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                        r"Friday|Saturday|Sunday)$")


@cache
def _headline_verb_re() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(load_data('titles').get('headline_verbs', []))})\b")


#: a unit named with its government: "City of Boca Raton Purchasing Division", "Town of Davie Procurement Division"
_OWNED_UNIT = re.compile(r"\b(?:City|Town|Village|Borough|County)[ \t]+of[ \t]+"
                         r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]+(?:[A-Z][\w&'’,-]*[ \t]+){0,5}"
                         r"(?:Department|Division|Office|Bureau)\b")


def _many_owners(text: str) -> bool:
    """Whether the page names units of two or more governments by their governments' names: then "City of X" is
    part of each unit's name (a list of winners' departments), not the page's own government."""
    return len({m.group(1) for m in _OWNED_UNIT.finditer(text)}) >= 2


def _ends_in_plural_head(words: list[str]) -> bool:
    """Whether ``words`` end in an organisation's head word or its plural ('Agencies', 'Officers')."""
    if not words:
        return False
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
    return bool(_heads_re().fullmatch(last) or _heads_re().fullmatch(singular) or singular.lower() in _member_heads())


@cache
def _member_heads() -> frozenset[str]:
    """Heads of a body named for its members ('... Security Officers'; ``member_heads`` in the data)."""
    return frozenset(load_data("organizations").get("member_heads", []))


def _trim_run(run: str, keep_owner: bool = False) -> str | None:
    """Cut a capitalised run down to the organisation it names, or None."""
    run = _lead_imperative_re().sub("", run)  # "Contact the Parks Department": a contact line's verb
    # a date or year in front ("On 20 September 2024 the European Innovation Council", "1968 Kerner Commission"),
    # a conjunction left from the sentence ("and City Utilities"), a menu's "Home" ("Home Virginia Municipal League")
    run = rx(r"^(?:(?:On|In|By)\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?=[A-Z]|the\s)|^(?:and|&)\s+"
                 r"|^Home\s+(?=[A-Z])"
                 # a page's footer or stamp in front: "Copyright 2012 Annandale Chamber of Commerce", "2022-09-28 The
                 # Town of Fountain Hills Community Services Department"
                 r"|^(?:Copyright|©)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?,?\s+)?"
                 r"|^(?:19|20)\d\d-\d\d-\d\d\s+|^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d,?\s+").sub("", run)
    run = rx(r"^(?:The|the)\s+(?=Town\s+of|City\s+of|Village\s+of|County\s+of)").sub("", run)
    run = rx(r"^(?:From|Via|Through|With)\s+(?=the\s|[A-Z])").sub("", run)  # "From the County Office of ..."
    run = _headline_verb_re().split(run, 1)[0]  # "State League Honors Eight Cities": the name ends at the verb
    run = rx(r"^(?:The|A|An|This|Its|Our|the)\s+").sub("", run)
    # a job title in front: "CEO of the Marana Chamber of Commerce"
    m = rx(r"^([\w.-]+(?:\s+(?:and\s+)?[\w.-]+){0,3}?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$").match(run)
    if m and any(w.lower() in _title_heads() for w in m.group(1).split()):
        run = m.group(2)
    # an organisation's unit named after its possessive: "Johns Hopkins University's Centers for Civic Impact"
    m = re.match(rf"^(?P<owner>[\w.&-]+(?:\s+(?:of|for|&|and)?\s*[\w.&-]+){{0,5}}?)['’]s\s+"
                 rf"(?P<unit>[A-Z][\w.&-]*(?:\s+(?:{_CONNECT}\s+)?[A-Z][\w.&-]*){{1,6}})", run)
    if m and ends_in_org_head(m.group("owner")) and _owned_tail_re().search(m.group("unit")):
        return m.group("owner")  # "Riverton Public Library's Eastside Library", "... Agency's Relief Grant Program"
    if m and ends_in_org_head(m.group("owner")) and not _heads_re().search(m.group("unit")) \
            and not rx(r"\b(?:City|County|Town|Village|State|Parish)$").search(m.group("owner")):
        return m.group(0)
    # a government's own office: "City of Olathe Communications Office" is its "Communications Office"
    m = rx(r"^(?:City|Town|Village|County|Borough)\s+of\s+").match(run)
    if m and not keep_owner:
        words = run[m.end():].split()
        for n in range(min(3, len(words) - 2), 0, -1):
            if us_city(" ".join(words[:n])) and is_org_name(" ".join(words[n:])):
                run = " ".join(words[n:])
                break
    # a possessive owner in front of a longer name: "City's Technology Solutions Department"
    m = rx(r"^([\w.-]+(?:\s+[\w.-]+)?)['’]s\s+(.+)$").match(run)
    if m and len(m.group(2).split()) >= 2 and not (m.group(1) in _office_owners()
                                                   and m.group(2).startswith("Office")):
        run = m.group(2)  # ... but "Mayor's Office of Communications" is the office's own name
    if " at " in run and not rx(r"\b(?:University|College)\b[^,]* at ").search(run):
        before, after = run.split(" at ", 1)
        # "Researchers at the University of Iowa": nothing named before "at", the organisation follows it
        run = before if _heads_re().search(before) else rx(r"^the\s+").sub("", after)
    best_end = -1
    for hm in _heads_re().finditer(run):
        end = hm.end()
        tail = _TAIL_RE.match(run, end)
        if tail:
            words = tail.group(0).split()
            keep = []
            for i, w in enumerate(words[:7]):
                if w.lower() in {"on", "at"} and i + 1 < len(words) and _WHEN_WORD.match(words[i + 1]):
                    break  # "the Association of County Commissions of Alabama on Aug. 21": a date, not the name
                later = [x for x in words[i + 1 :] if x not in _title_words()]
                if w in _title_words() and any(k[:1].isupper() for k in keep) and later \
                        and later[0].lower() not in {"and", "&", "of", "for", "on", "the"} \
                        and not _ends_in_plural_head(words[i + 1:]):
                    # a job title, then the holder's name: "Board of Supervisors Chair Katie Lee" (not the words of
                    # a longer name ending in a head: "... of Park and Recreation Agencies", "Coalition of City
                    # Chief Information Security Officers")
                    break
                keep.append(w)
            while keep and keep[-1].lower() in {"of", "for", "on", "at", "the", "and", "&"}:
                keep.pop()
            if keep:
                end = end + tail.group(0).find(keep[-1], len(" ".join(keep[:-1]))) + len(keep[-1])
        best_end = max(best_end, end)
    if best_end < 0 or _building_after_re().match(run[best_end:]):
        return None  # "Washtenaw County Administration Building" is a building, not an organisation
    org = run[:best_end].strip(" ,;:")
    org = rx(r"\s+(?:and|of|for|on|the|at|&)$").sub("", org)
    # "League of Minnesota Cities and Hennepin County": two parties, not one name
    parts = org.rsplit(" and ", 1)
    if len(parts) == 2 and _heads_re().search(parts[0]) and (
            rx(r"\b(?:County|City|Town|Parish|Village|Borough)$").search(parts[1]) or is_org_name(parts[1])
            or any(parts[1] == a for a, _ in _known())):
        org = parts[0]
    return org if is_org_name(org) else None


@cache
def _name_part_re() -> re.Pattern[str]:
    """A capitalised word that makes a known organisation's name part of a longer one ("... Certification")."""
    words = alternation(load_data("organizations").get("name_part_before", []))
    return re.compile(rf"[ \t]+(?:{words})\b")


@cache
def _chrome_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("organizations").get("social_chrome", []))


def _chrome_lines(text: str) -> list[tuple[int, int]]:
    """Lines of share/follow bars: every segment is a social network or a share word."""
    words = _chrome_words()
    out = []
    for start, line in lines_with_offsets(text):
        segs = [x.strip(" :").lower() for x in rx(r"[|·•,/]|\s{2,}|:\s").split(line) if x.strip(" :")]
        if segs and all(x in words or all(w in words for w in x.split()) for x in segs):
            out.append((start, start + len(line)))
    return out


@cache
def _titled_body_re() -> re.Pattern[str]:
    """A bare governing body named by an official's title: "chair of the Board of Supervisors",
    "Board of Commissioners Chair Ann Roe" (``titled_bodies`` in ``kg/data/organizations.json``)."""
    data = load_data("organizations")
    bodies = alternation(data.get("titled_bodies", []))
    heads = data.get("titled_body_heads", [])
    low = alternation(heads)
    cap = alternation(h.title() for h in heads)
    after = rf"(?i:\b(?:{low}))[ \t]+of[ \t]+the[ \t]+(?P<body>{bodies})\b"
    before = rf"(?<![A-Za-z][ \t])(?<![\w.&'’-])(?P<body2>{bodies})[ \t]+(?:{cap})[ \t]+(?=[A-Z])"
    return re.compile(f"{after}|{before}")


#: the capitalised word right before a one-word name, when it may be a given name ("Dusty McAfee")
_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z]+)[ \t]+$")


#: a project a winner is honoured for, named in quotes: 'for their "Green Business Program"'
_FOR_QUOTED = re.compile(r"\bfor[ \t]+(?:their|its|his|her)[ \t]+(?:[a-z-]+[ \t]+){0,2}?[\"“]"
                         r"(?P<name>[A-Z][^\"“”\n]{2,80}?)[.,]?[\"”]")


def quoted_project_spans(text: str) -> list[tuple[int, int]]:
    """Where the projects a text names in quotes after "for their"/"for its" are: a winner's work, never an
    organisation, though named like one ("Treasure Valley Partnership")."""
    return [m.span("name") for m in _FOR_QUOTED.finditer(text)]


def org_spans(doc: Doc, record: DocumentRecord | None = None) -> list[tuple[str, int, int]]:
    """Every organisation mention as (canonical name, start, end), contact lines included (cached per doc)."""
    cached = doc.context.get("org_spans")
    if cached is not None:
        return cached
    text = doc.text
    out: list[tuple[str, int, int]] = []
    taken = [False] * (len(text) + 1)

    def add(name: str, a: int, b: int) -> None:
        pre = _INITIALS_BEFORE.search(text, max(0, a - 12), a)
        if pre and name == text[a:b]:  # "U.S. Department of Transportation": the initials are part of the name
            name, a = text[pre.start(1):b], pre.start(1)
        if name == text[a:b]:
            b = _campus_end(text, name, b)  # "University of Tennessee, Knoxville" names the campus
            name = text[a:b]
        out.append((name, a, b))
        for i in range(a, b):
            taken[i] = True

    chrome = _chrome_lines(text)
    for m in _known_matches(text):
        if _event_word_re().match(text, m.end()) or _name_part_re().match(text, m.end()):
            # "Smart Cities Connect Conference & Expo" names an event, "What Works Cities Certification" an
            # award: the organisation's name is part of it
            for i in range(m.start(), m.end()):
                taken[i] = True
            continue
        if any(a <= m.start() < b for a, b in chrome):
            continue  # "Share this: Facebook Twitter LinkedIn" is page chrome
        if " " not in m.group(0) and (given := _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())) \
                and is_given_name(given.group(1)):
            continue  # "Dusty McAfee": a person's surname, not the company
        add(resolve_org(m.group(0), doc), m.start(), m.end())
    for m in _titled_body_re().finditer(text) if "Board" in text or "Commission" in text else ():
        # "chairman of the Board of Commissioners": a bare board is an organisation where a title names it
        a, b = m.span("body") if m.group("body") else m.span("body2")
        longer = m.group("body") and rx(r"[ \t]+(?:of[ \t]+)?[A-Z]").match(text[b:b + 5])  # "... Finance Committee"
        if not any(taken[a:b]) and not longer:
            add(text[a:b], a, b)
    places = {j.lower() for j in (jurisdictions(record) if record else [])}
    for acr, long in acronyms(doc).items():
        acts = _acts_as_org(acr, long, text) and long.lower() not in places
        if is_org_name(long) or _is_government(long) or acts:
            a = text.find(long)
            if (_is_government(long) or acts) and a >= 0 and not any(taken[a : a + len(long)]):
                add(long, a, a + len(long))
            for m in re.finditer(rf"(?<![\w.]){re.escape(acr)}(?![\w])", text):
                if not taken[m.start()]:
                    add(resolve_org(long, doc), m.start(), m.end())
    for a, b in quoted_project_spans(text) if '"' in text or "“" in text else ():
        for i in range(a, b):
            taken[i] = True  # 'for their "Treasure Valley Partnership"': a winner's project, no organisation
    keep_owner = _many_owners(text)
    for m in _RUN_RE.finditer(text):
        if any(taken[m.start() : m.end()]):
            # split around known names already taken, keep the free pieces
            pieces = rx(r"\s+and\s+the\s+|,\s*").split(m.group(0))
        else:
            pieces = (rx(r"\s+and\s+the\s+|\s+and\s+(?=(?:the\s+)?[A-Z][\w]*\s+(?:of|for)\s)").split(m.group(0))
                      if " and " in m.group(0) else [m.group(0)])
        pos = m.start()
        for piece in pieces:
            a = text.find(piece, pos)
            if a < 0:
                continue
            pos = a + len(piece)
            if any(taken[a : a + len(piece)]) or not _heads_re().search(piece):
                continue
            org = _trim_run(piece, keep_owner)
            if org and org.lower() not in places:
                b = text.find(org, a)
                if b >= 0:
                    add(resolve_org(org, doc), b, b + len(org))
                rest = piece[piece.find(org) + len(org):] if org in piece else ""
                second = rx(r"\s+and\s+(?:the\s+)?(.+)$").match(rest)
                org2 = _trim_run(second.group(1), keep_owner) if second else None
                if org2 and org2.lower() not in places:  # "the Lakeport Water Authority and Acme Analytics Inc."
                    b = text.find(org2, a + len(org))
                    if b >= 0 and not any(taken[b : b + len(org2)]):
                        add(resolve_org(org2, doc), b, b + len(org2))
    for m in _LOWER_UNIT_RE.finditer(text):
        # "the city's Communications and Technology Management department": the name is the capitalised part
        name = rx(r"^(?:The|A|An|Its|Our|Their)\s+").sub("", m.group("name"))
        name = rx(r"\S+['’]s\s+").split(name)[-1]
        a = m.start("name") + m.group("name").rfind(name)
        if len(name.split()) >= 2 and not any(taken[a : a + len(name)]) and name.lower() not in places \
                and not is_person_name(name) and not _SKIP_WORDS.search(name):
            add(resolve_org(name, doc), a, a + len(name))
    for name, a, b in _cued_orgs(doc, record, taken):
        add(name, a, b)
    for name, a, b in _described_orgs(doc, record, taken):
        add(name, a, b)
    for name, a, b in _cited_outlets(doc, taken, [n for n, _a, _b in out]):
        add(name, a, b)
    doc.context["org_spans"] = out
    return out


@cache
def _cited_outlet_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A news outlet cited in a sentence: its name (capitalised words ending in an ``outlet_heads`` word) after
    "by", "for", "from", "to", "according to", or before "reported"/"reports" ("Other News in City News" is a
    page's section)."""
    heads = alternation(load_data("organizations").get("outlet_heads", []))
    name = (rf"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){{0,3}}[ \t]+(?:{heads})(?:-[A-Z][a-z]+)?"
            rf"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:{heads}))?)?")  # "US News and World Report"
    # (two patterns: the cue first, which the engine finds fast, and the name before the verb, looked for only in
    # the words before each "reported", since a pattern opening with any capital is tried at every one of them)
    return (re.compile(rf"\b(?:by|for|from|to|according[ \t]+to)[ \t]+(?:the[ \t]+)?(?P<a>{name})"
                       rf"(?![\w'’-]|[ \t]+[A-Z])"),
            re.compile(rf"(?:[Tt]he[ \t]+)?(?<![\w'’-])(?P<a>{name})[ \t]+$"))


_REPORTED = re.compile(r"[ \t](?:reported|reports|wrote|writes)\b")


def _cited_outlets(doc: Doc, taken: list[bool], found: list[str]) -> list[tuple[str, int, int]]:
    """News outlets a sentence cites ("listed ... by People Magazine", "reports for the Columbus Business Journal",
    "the Columbus Dispatch reported"): organisations, unless the outlet is the page's own publisher or the short
    form of one the page names in full ("U.S. News" beside "U.S. News & World Report")."""
    own = masthead_outlet(doc)
    text = doc.text
    cued, before_verb = _cited_outlet_res()
    spans = [m.span("a") for m in cued.finditer(text)]
    for v in _REPORTED.finditer(text):
        at = max(0, v.start() - 100)
        m = before_verb.search(text[at:v.start() + 1])
        if m:
            spans.append((at + m.start("a"), at + m.end("a")))
    out = []
    for a, b in spans:
        name = text[a:b]
        if any(taken[a:b]) or name == own or name.split()[0] in {"The", "This", "That", "Our", "Its"} \
                or any(f.startswith(name + " ") for f in found):
            continue
        out.append((name, a, b))
    return out


_CAMPUS_RE = re.compile(r"(?:,[ \t]+|[–-])(?P<city>[A-Z][a-z][\w'’]*(?:[ \t-][A-Z][a-z][\w'’]*)?)"
                        r"(?![\w'’&-]|[ \t]+(?:[A-Z]|of\b|&|and[ \t]+[A-Z]))")


def _campus_end(text: str, name: str, end: int) -> int:
    """End of a state university's name with its campus: a state-named university or college, then a comma or
    dash and a city of that state ("University of Tennessee, Knoxville", "University of Wisconsin–Madison",
    "Indiana University, Bloomington").  A private school's location ("Carnegie Mellon University, Pittsburgh")
    names no campus, nor does a city that starts another name ("..., Knoxville Utilities Board")."""
    if text[end : end + 1] not in {",", "–", "-"} or not rx(r"\b(?:University|College)\b").search(name):
        return end
    m = _CAMPUS_RE.match(text, end)
    if not m:
        return end
    codes = {code for st, code in state_names().items() if word_search(st, name)}  # (names open and end with letters)
    if codes and codes & (set(us_city(m.group("city"))) | set(town_states(m.group("city")))):
        return m.end()
    return end


@cache
def _place_dropped_re() -> re.Pattern[str]:
    heads = "|".join(map(re.escape, load_data("organizations").get("place_dropped_heads", [])))
    return re.compile(rf"^(?:{heads})\b|\b(?:{heads})$")


def _is_someone(name: str, doc: Doc, record: DocumentRecord | None, titled_only: bool = False) -> bool:
    """A person, not an organisation: titled ("Mayor Jane Doe") or (unless ``titled_only``) already known as an
    official."""
    if name.split()[0] in _title_words() or name.split()[0] in {"Mayor", "Gov.", "Dr.", "Mr.", "Ms.", "Mrs."}:
        return True
    if titled_only:
        return False
    people = [o.name for o in record.officials] if record else []
    people += list(doc.context.get("people", []))
    return any(p in name or name == p.split()[-1] for p in people)


def _a_person_listed(text: str, at: int) -> bool:
    """Whether a list member at ``at`` is a person's name, its middle initial included ("Victor E. Callahan"): a
    given name first (no state's: "Georgia Trend"), and no organisation the lists know."""
    member = rx(r"[^,;\n]*").match(text, at).group(0).strip()
    member = rx(r"\s+and\s.*$").sub("", member)
    first = member.split()[0] if member else ""
    return bool(first) and is_given_name(first) and first not in state_names() and is_person_name(member) \
        and not is_known_org(member)


@cache
def _cue_re() -> re.Pattern[str]:
    cues = alternation(load_data("organizations").get("list_cues", []))
    # ("the Campaign for the Protection of Rural England": "the" after a small word inside the name)
    item = rf"(?:the\s+)?{_WORD}(?:[ \t]+(?:(?:of|for|at|&)[ \t]+(?:the[ \t]+)?)*{_WORD}){{0,6}}"
    return re.compile(rf"(?:{cues})[ \t]+((?:{item})(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:{item}))*)")


@cache
def _sponsor_re() -> re.Pattern[str]:
    verbs = alternation(load_data("organizations").get("sponsor_verbs", []))
    return re.compile(rf"(?<![\w.])({_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]+(?:{verbs})[ \t]+(?:the|this|a|an)\b")


@cache
def _titled_person_re() -> re.Pattern[str]:
    """A title word, then a first and last name, ending a list member: a person, not an organisation."""
    heads = alternation(load_data("titles").get("heads", []))
    return re.compile(rf"\b(?i:{heads})\s+{PERSON}$")


def _cued_orgs(doc: Doc, record: DocumentRecord | None, taken: list[bool]) -> list[tuple[str, int, int]]:
    """Organisations in partner lists ("in partnership with X and Y") and before sponsoring verbs."""
    data = load_data("organizations")
    text = doc.text
    places = {j.lower() for j in (jurisdictions(record) if record else [])}
    out = []
    cue_matches = _cue_re().finditer(text) if any(c in text for c in data.get("list_cues", [])) else ()
    for m in cue_matches:
        pos = m.start(1)
        for part in rx(r",\s*(?:and\s+)?|\s+and\s+").split(m.group(1)):
            a = text.find(part, pos)
            pos = a + len(part)
            name = rx(r"^the\s+").sub("", part.strip())
            a2 = text.find(name, a)
            if not name or any(taken[a2 : a2 + len(name)]) or name.lower() in places:
                continue
            if _is_someone(name, doc, record) or _SKIP_WORDS.search(rx(r"\bGovernment\b(?=\s+[A-Z])").sub("", name)) \
                    or not rx(r"[A-Z0-9]").match(name) or _titled_person_re().search(name) \
                    or _a_person_listed(text, a2):
                continue  # "Park Superintendent Amber Cowell", "Sponsors: Victor E. Callahan, Terry Young": people
            out.append((resolve_org(name, doc), a2, a2 + len(name)))
    if not any(v in text for v in data.get("sponsor_verbs", [])):
        return out
    for m in _sponsor_re().finditer(text):
        name = rx(r"^(?:The|A|An)\s+").sub("", m.group(1))
        if any(taken[m.start(1) : m.end(1)]) or name.lower() in places or _is_someone(name, doc, record):
            continue
        if name.split()[0] in {"The", "This", "It", "He", "She", "They", "We", "Each", "Every"}:
            continue
        if _SKIP_WORDS.search(name) or len(name) < 3:
            continue
        out.append((resolve_org(name, doc), m.start(1), m.end(1)))
    return out


@cache
def _field_words() -> frozenset[str]:
    return frozenset(load_data("titles").get("field_words", []))


@cache
def _company_re() -> re.Pattern[str]:
    """A vendor cue, then a name ending in a company suffix ("with Motorola Solutions", "from Tyler Technologies")."""
    data = load_data("organizations")
    cues = "|".join(map(re.escape, data.get("vendor_cues", [])))
    suffixes = "|".join(map(re.escape, data.get("company_suffixes", [])))
    return re.compile(rf"\b(?:{cues})[ \t]+(?P<name>(?:[A-Z][\w&'’-]*[ \t]+){{1,3}}(?:{suffixes}))"
                      rf"(?![\w&'’-]|[ \t]+(?:[A-Z]|of\b|&))")


def _described_orgs(doc: Doc, record: DocumentRecord | None, taken: list[bool]) -> list[tuple[str, int, int]]:
    """Organisations the text says are one ("BrightPath, the nonprofit that ..."), and utilities/companies
    named by a short owner and a service word ("SPU Fiber")."""
    text = doc.text
    places = {j.lower() for j in (jurisdictions(record) if record else [])}
    out = []
    found = [(m.group("name"), m.start("name")) for m in _service_re().finditer(text)]
    related = related_spans(text)
    for m in _city_utility_re().finditer(text):
        owner = m.group("owner")
        if _product_after_re().match(text, m.end()) or any(a <= m.start() < b for a, b in related):
            continue  # "the Marietta Power app" is a product; a "Related News" headline is another story
        if owner.lower() in places or us_city(owner):
            found.append((m.group(0), m.start()))  # a city-owned utility: "Lakeland Electric"
    for m in _title_at_re().finditer(text) if " at " in text else ():
        name = m.group("name")
        if name.lower() in places or us_city(name) or rx(r"\b(?:County|Parish|City|Town|Village|State)$").search(name) \
                or name.split()[0] in {"Large", "Home", "Work", "Noon", "Night"}:
            continue  # "manager at Fort Collins", "member at large": no employer named
        found.append((name, m.start("name")))
    for c in _DESC_CUE.finditer(text) if ", a" in text or ", the" in text or ", one of" in text else ():
        # cheap anchor first (", a" / ", the"), then the full pattern over a short window around it
        window = _described_re().finditer(text, max(0, c.start() - 90), min(len(text), c.end() + 90))
        m = next((x for x in window if x.start() <= c.start() <= x.end()), None)
        if m:
            name, a = m.group("name"), m.start("name")
            if " and " in name and not is_org_name(name):  # "with SPU Fiber and BrightPath, the nonprofit"
                cut = name.rindex(" and ") + 5
                name, a = name[cut:], a + cut
            found.append((name, a))
    for m in _company_re().finditer(text):
        # "an upgrade of its radio system with Motorola Solutions": a vendor named by its company suffix
        words = m.group("name").split()
        if words[0].lower() not in _field_words() and not us_city(" ".join(words[:-1])):
            found.append((m.group("name"), m.start("name")))
    for m in _KIND_FIRST_RE.finditer(text) if "nonprofit" in text or "non-profit" in text or " firm " in text else ():
        found.append((m.group("name"), m.start("name")))  # "the nonprofit Code for Riverton"
    collective = frozenset(load_data("organizations").get("collective_heads", []))
    for name, a in found:
        lead = rx(r"(?:The|A|An|Its|Our|Their|This|And|But|In|At|For|With)\s+").match(name)
        if lead:
            name, a = name[lead.end():], a + lead.end()
        # "the Behavioral Insights Team, one of the ... organizations": a collective name the text says is an
        # organisation is one even if another component read it as a person
        someone = _is_someone(name, doc, record, titled_only=name.split()[-1] in collective if name else False)
        if not name or any(taken[a : a + len(name)]) or name.lower() in places \
                or someone or _SKIP_WORDS.search(name) or name.lower() in _not_orgs():
            continue
        if name in {o for o, _a, _b in out}:
            continue
        for i in range(a, a + len(name)):
            taken[i] = True
        out.append((resolve_org(name, doc), a, a + len(name)))
    return out


_HEADLINE_WORDS = re.compile(r"\b(?:Surveys?|Awards?|Rankings?|Results|Winners?|Named|Wins?|Tops|Ranks?|Earns?|"
                             r"Digital Cit(?:y|ies)|Digital Count(?:y|ies)|Annual)\b")


@cache
def _outlet_re() -> re.Pattern[str]:
    heads = alternation(load_data("organizations").get("outlet_heads", []))
    return re.compile(rf"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}}\s+(?:{heads})(?:\s+\d+)?$")


def masthead_outlet(doc: Doc) -> str | None:
    """A news outlet named, as a name (not in capitals), by the page's first line: "The Springfield Courier",
    "Albany Outlook | News"; or by a staff byline ("Government Technology staff | Nov. 13, 2019")."""
    if "masthead_outlet" not in doc.context:
        doc.context["masthead_outlet"] = _masthead_outlet(doc.text[:600])
    return doc.context["masthead_outlet"]


def _masthead_outlet(head: str) -> str | None:
    first_line = True
    for line in head.split("\n")[:6]:
        line = line.strip()
        if not line:
            continue
        first = rx(r"\s*(?:\||›|»|\s—\s|\s–\s)\s*").split(line)[0].strip()
        by = rx(r"^(?:By\s+)?(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+[Ss]taff$").match(first)
        if by and (_outlet_re().match(by.group("name")) or any(by.group("name") == a for a, _ in _known())):
            return by.group("name")  # a staff byline, on the first line or under the headline
        if first_line and _outlet_re().match(first) and not first.isupper() and not rx(r"\d{4}").search(first) \
                and not _HEADLINE_WORDS.search(first):
            return first
        first_line = False
    return None


def find_publisher(doc: Doc) -> str | None:
    """Who put the page out, from the "Released By:" line or the masthead; None when unnamed."""
    lines = [ln.strip() for _, ln in lines_with_offsets(doc.text)]
    for i, ln in enumerate(lines):
        m = rx(r"^(?:Released|Issued|Published)\s+By\s*:\s*(.*)$", re.I).match(ln)
        if m:
            if m.group(1).strip():
                return m.group(1).strip()
            nxt = next((x for x in lines[i + 1 : i + 4] if x), None)
            if nxt:
                return nxt
    noise = set(load_data("organizations").get("publisher_noise", []))

    def is_noise(line: str) -> bool:
        segs = [x.strip(" :").lower() for x in rx(r"[|›»:]").split(line) if x.strip(" :")]
        return all(x in noise for x in segs) or bool(rx(r"(?i)share\b|follow us\b").match(line))

    nonempty = [x for x in lines if x and not is_noise(x)][:3]
    if not nonempty:
        return None
    outlet = masthead_outlet(doc)
    if outlet:
        return outlet
    segs = [s.strip() for s in rx(r"\s*(?:\||›|»|>|\s—\s|\s–\s)\s*").split(nonempty[0]) if s.strip()]
    dated = any(_looks_like_date(s) for s in segs)
    gov = next((s for s in segs if rx(r"^(?:City|Town|Village|County)\s+of\s+\S", re.I).match(s)), None)
    first = segs[0] if segs else ""
    letters = rx(r"[^A-Za-z]").sub("", first)
    if letters and letters.isupper() and first.lower() not in noise and not (dated and "," in first):
        name = _title_case(rx(r",\s*[A-Z .]+$").sub("", first) if "," in first else first)
        if rx(r"\b(?:City|Town|Village|County)\b").search(name) and len(nonempty) > 1:
            second = rx(r"\s*(?:\||›|»)\s*").split(nonempty[1])[0].strip()
            if is_org_name(second) and not _looks_like_date(second):
                return f"{name} {second}"
        return name
    org_seg = next((s for s in segs if is_org_name(s)), None)
    if org_seg and gov:
        return f"{org_seg}, {_title_case(gov) if gov.isupper() else gov}"
    if gov:
        gov = rx(r",\s*[A-Z][\w .]+$").sub("", gov)  # "City of Maple Grove, Minnesota"
        gov = _government_name(gov)  # "City of Elgin Earns Top Spot in ...": a headline, not a masthead
        return _title_case(gov) if gov.isupper() else gov
    if org_seg and org_seg == first and _trim_run(first) == first:
        return org_seg  # "Office of the Governor" over the headline
    for s in doc.sentences[:8]:
        body = _DATELINE.sub("", s.text)
        m = re.match(rf"^(?:The\s+)?({_WORD}(?:\s+(?:{_CONNECT}\s+)*{_WORD}){{0,6}}?)\s+(?:\([A-Za-z]+\)\s+)?"
                     r"(?:and\s+(?:the\s+)?[^.;]{3,80}?\s+)?(?:today|on \w+)?\s*"
                     r"(?:announced|named|released|unveiled|awarded)\b", body)
        if m and (_trim_run(m.group(1)) == m.group(1) or any(m.group(1) == a for a, _ in _known())):
            name = resolve_org(m.group(1), doc)
            if not is_person_name(name):
                return name
    return None


def _government_name(segment: str) -> str:
    """'City of Elgin' from a segment that opens with it and goes on as a headline."""
    head = rx(r"(?:City|Town|Village|County)\s+of\s+", re.I).match(segment)
    named = [p for p in find_places(segment) if head and p.start == head.end()]
    return segment[:named[0].end] if named else segment


def _looks_like_date(s: str) -> bool:
    return bool(rx(r"\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b").search(s))


_SMALL = {"of", "and", "the", "for", "at", "in", "on", "a", "an", "to"}


def _title_case(s: str) -> str:
    """Title-case a masthead; keep call signs ("KXEP NEWS 9" -> "KXEP News 9")."""
    out = []
    for i, w in enumerate(s.split()):
        lw = w.lower()
        if i and lw in _SMALL:
            out.append(lw)
        elif rx(r"[KW][A-Z]{2,3}(?:-[A-Z]{2})?").fullmatch(w) and not rx(r"[AEIOU]{2}").search(w) \
                and w not in {"WIRE", "WEST", "WEEK", "KING", "WEB", "WAY", "WORLD", "WAVE"}:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


_BRAND_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*!?|\d+[a-z]\w*")  # "BrightNest", "4civics"


def _employers(doc: Doc, record: DocumentRecord) -> list[tuple[str, int, int]]:
    """Organisations an official serves ("Ann Lee, a Brightline analyst"): every post's owner that is no place and
    that the text names (by its name or one of its known forms)."""
    places = {j.lower() for j in jurisdictions(record)} | {s.lower() for s in state_names()}
    out = []
    for o in record.officials:
        of = o.of
        if not of or of.lower() in places or us_city(of) or any(o2 == of for o2, _a, _b in out):
            continue
        if not (is_org_name(of) or of in _known_index()[0] or _BRAND_NAME.fullmatch(of)):
            continue  # "City-Parish", an acronym the text never spells out: no organisation's name
        for form in (of, *known_forms(of)):
            at = doc.text.find(form)
            if at >= 0:
                out.append((of, at, at + len(form)))
                break
    return out


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.organizations`` and, when still empty, ``record.publisher``."""
    if record.publisher is None:
        record.publisher = find_publisher(doc)
    award_names = {a.award.lower() for a in record.awards if a.award}
    seen: set[str] = {o.lower() for o in record.organizations}
    outlet = masthead_outlet(doc)
    spans = org_spans(doc, record)
    # the news outlet that publishes a story (its masthead, staff byline, copyright line) is its publisher,
    # not an organisation of the story (the dev and team gold convention)
    own = rx(r"^The\s+").sub("", outlet) if outlet and outlet == record.publisher else None
    places_here = set(jurisdictions(record))
    place_keys = frozenset(_place_key(p) for p in places_here)
    for name, _a, _b in [(n, a, b) for raw, a, b in spans + _employers(doc, record)
                         for n in _separate(raw, places_here, place_keys)]:
        key = rx(r"[^a-z0-9]+").sub(" ", name.lower()).strip()
        if not key or key in seen or name.lower() in award_names or name == own:
            continue
        seen.add(key)
        record.organizations.append(name)
    # "Board of Supervisors" is the "Orange County Board of Supervisors" named in full elsewhere; but a
    # department or office named with and without its place ("Dare County Parks Department", "the Parks
    # Department") goes by its bare name
    names = record.organizations
    places = {j.lower() for j in jurisdictions(record)}
    bare_heads = _place_dropped_re()

    def place_prefixed(long: str, short: str) -> bool:
        owner = long[: -len(short)].strip()
        owner_bare = rx(r"^(?:City|Town|Village|County)\s+of\s+").sub("", owner)
        return bool(bare_heads.search(short)) and (owner.lower() in places or owner_bare.lower() in places
                                                   or bool(rx(r"\b(?:County|Parish|City|Town)$").search(owner)))

    drop = set()
    for n in names:
        for o in names:
            if o != n and o.endswith(" " + n):
                drop.add(o if place_prefixed(o, n) else n)
    record.organizations = [_as_written(n, doc.text) for n in names if n not in drop]


@cache
def _generic_acronyms() -> frozenset[str]:
    return frozenset(load_data("organizations").get("generic_acronyms", []))


@cache
def _corporate_end_re() -> re.Pattern[str]:
    ends = alternation(load_data("organizations").get("corporate_ends", []))
    return re.compile(rf"\s(?:{ends})\.?$")


def _place_key(name: str) -> str:
    """A place's name as :func:`_separate` compares it: lower case, hyphens and runs of spaces one space."""
    return rx(r"[\s-]+").sub(" ", name.lower())


#: where two names were glued together by a lost line break: a word of four letters or more, then a capital
#: ("New York CityDepartment of Juvenile Justice"), not "MacArthur" or "SolSmart"
_GLUE_POINT = re.compile(r"(?<=[A-Za-z][a-z]{3})(?=[A-Z][a-z])")


def _unglued(name: str) -> list[str]:
    """``name`` cut where two names were glued together: only where three words or more come before the cut and
    two or more after it, so a brand written in one word ("LibraryAware", "Detroit RiverFront Conservancy", "The
    TechRepublic Staff") stays whole."""
    cuts = [m.start() for m in _GLUE_POINT.finditer(name)
            if len(name[:m.start()].split()) >= 3 and " " in name[m.start():]]
    if not cuts:
        return [name]
    bounds = [0, *cuts, len(name)]
    return [name[a:b].strip() for a, b in itertools.pairwise(bounds)]


def _separate(name: str, places: set[str], place_keys: frozenset[str]) -> list[str]:
    """The organisations a found name stands for.  None when it has no word ("12 local universities") or is
    a field's acronym ("IT directives", "ICT"); two when it joins a known organisation and a company
    ("Bloomberg Philanthropies and Bloomberg L.P."); the unit alone when a place owns it ("Honolulu City and
    County's Office of Council Services": the office is named without its owner).  ``place_keys``: the
    ``places``' :func:`_place_key`, made once per page."""
    name = _trim_edges(name)
    if not rx(r"[A-Za-z]{2}").search(name) or name in _generic_acronyms():
        return []
    # a state or a place the page reads as one is no organisation ("Klamath County, Oregon, and Miami Dade County,
    # Florida": the list's members are places), nor a bare unit someone calls theirs ("My Administration")
    if name in state_names() or _place_key(name) in place_keys \
            or rx(r"(?:My|Our|Your|His|Her|Their|Its)\s+[A-Z]\w*$").fullmatch(name):
        return []
    if " and " in name:
        left, right = name.split(" and ", 1)
        if is_known_org(left) and (is_known_org(right) or _corporate_end_re().search(right)):
            return [left, right]
        if is_person_name(left) and is_given_name(left.split()[0]) and not is_known_org(name):
            # "Wayne Burton and Council Chair Jay Gooze": a person, then the start of the next member's title
            return [] if right.split()[0] in _not_orgs() or len(right.split()) < 2 else _separate(right, places,
                                                                                                    place_keys)
    if " " in name and len(glued := _unglued(name)) > 1:
        # "Department of EducationAdministration for Children's Services": a list whose line breaks the page's
        # conversion lost, each a name of its own (see :func:`_unglued` for the brands it leaves whole)
        return [part for g in glued for part in _separate(g, places, place_keys)]
    m = rx(r"(?P<owner>.+?)['’]s\s+(?P<unit>.+)$").match(name)
    if m and is_org_name(m.group("unit")):
        owner = rx(r"^(?:the\s+)?(?:City|Town|Village|County)\s+of\s+", re.I).sub("", m.group("owner"))
        if owner in places or rx(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:City and County|County|City|"
                                            r"Parish|Township)").fullmatch(owner):
            return [m.group("unit")]
    return [name]


#: words around a name that are not part of it: a list's joining word before it ("to the City and City Utilities
#: officials"), where it is based after it ("the Arbor Day Foundation based in Nebraska City"), a count after its
#: "for" ("the Elevance Health Foundation for the 11th year")
_NOT_OF_THE_NAME = re.compile(r"^(?:and|&)\s+(?=[A-Z])|,?\s+(?:based|headquartered|located)\s+in\b.*$|"
                              r"\s+(?:for|of)\s+(?:the\s+)?\d.*$")


def _trim_edges(name: str) -> str:
    """The name without words a scan took in at its edges."""
    return _NOT_OF_THE_NAME.sub("", name) if " " in name else name


def _as_written(name: str, text: str) -> str:
    """A known organisation the text writes only as its acronym ("NACo", "ICMA") is reported that way, as the
    gold writes it; the graph still folds it onto the full name."""
    if name in text:
        return name
    for form in known_forms(name):
        if " " not in form and any(c.isupper() for c in form[1:]) and re.search(rf"(?<!\w){re.escape(form)}(?!\w)",
                                                                              text):
            return form
    return name

