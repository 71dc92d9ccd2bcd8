"""Extraction component: officials: name, title and the jurisdiction or organisation they serve.

Press releases name people in two ways, and both are read here:

* title first: "Mayor-President Sharon Weston Broome", "Memphis Mayor Jim
  Strickland", "CDG Senior Vice President Teri Takai", "Kansas City (Mayor Sly
  James)": words just before the title tell whose post it is;
* apposition: "Bill Oates, Chief Information Officer", "Todd Sander, director of
  Digital Communities", "Beth Niblock, Louisville Metro's chief information
  officer", "Contact: Jane Doe, Press Secretary", "Ann Ortiz, head of Civic
  Innovation programs at the Harmon Foundation" (the employer follows
  "at"/"with"/"for"), "Ann Ortiz, Harmon Foundation president", "Pat Kim, who
  serves as chief data officer", "Ann Ortiz, who heads the Harmon Foundation",
  "Lee Wong (Chief Technology Officer)".

Names may start with initials ("Mayor J.T. Hollis"; sentences the splitter cut
after initials are rejoined here).  A role list is cut at "and" ("founder of
the Harmon Foundation and two-term Mayor of Albany" -> the foundation).

``of`` is a city/county of the record when the post belongs to one (a city
department's director serves the city: "director of the Technology and
Innovation Department" -> the main city), otherwise the organisation's
canonical name ("executive director of the CDG" -> "Center for Digital
Government").  A jurisdiction title with no owner in its words belongs to the
place its clause is about ("In Salem, Mayor ..."; "Salem ..., according to city
spokeswoman ...") or else to the document's main jurisdiction, which is the
award winner when there is one (a county release's mayor serves the county,
not the dateline city).  A person named twice is kept once; later surname-only mentions
add nothing.  Found people are left in ``doc.context["people"]`` for quotes.

>>> from kg.extract.sentences import split_sentences
>>> from kg.record import City
>>> t = '"Great," said Bill Oates, Chief Information Officer. Mayor Thomas M. Menino agreed.'
>>> doc = Doc(id="d", text=t, sentences=split_sentences(t))
>>> rec = DocumentRecord(id="d", cities=[City(name="Boston")])
>>> extract(doc, rec)
>>> [(o.name, o.title, o.of) for o in rec.officials]
[('Bill Oates', 'Chief Information Officer', 'Boston'), ('Thomas M. Menino', 'Mayor', 'Boston')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from kg.extract.doc import Doc, Sentence
from kg.extract.gazetteer import state_names, state_pattern
from kg.extract.mentions import (
    PERSON,
    alternation,
    clean_space,
    find_person,
    from_given_name,
    is_given_name,
    is_person_name,
    jurisdictions,
    lines_with_offsets,
    load_data,
    match_jurisdiction,
    primary_jurisdiction,
    word_finditer,
)
from kg.extract.organizations import is_org_name, known_forms, org_spans, resolve_org
from kg.extract.regex import rx
from kg.keys import person_key
from kg.record import DocumentRecord, Official

__all__ = ["extract", "find_officials", "person_key"]

_SMALL = {"of", "and", "the", "for", "at", "in", "on", "&", "to"}
_UNIT_HEADS = re.compile(r"\b(?:Department|Office|Agency|Bureau|Division|Board|Council|Commission|Committee|"
                         r"Authority|Library|Services)\b")
_APPOS_STOP = re.compile(
    r"(?<!\bSr)(?<!\bJr)(?<!\bSt)(?<!\bAsst)(?<!\bDept)(?<!\bGov)(?<!\bInc)(?<!\bU\.S)\.(?=\s|$)|[,;:\"“”()]|\s+(?:said|says|"
    r"told|added|noted|who|and\s+(?:a|the)\s|presented|accepted|congratulated|oversees)\b"
)


_PROPER_RE = re.compile(r"(?:[A-Z][\w.&'’-]*|&|and|of|for)(?:\s+(?:[A-Z][\w.&'’-]*|&|and|of|for|in|on))*")
#: an organisation written as its acronym alone: "Director-General of UNESCO"
_ACRONYM_RE = re.compile(r"[A-Z]{2,8}")
#: a plural title over a list of its holders, each of their place: "Mayors Mark Begich of Anchorage; Thomas M.
#: Menino of Boston; and Manuel E. Guillen of Paramount (CA)"
_PLURAL_TITLES = {"Mayors": "Mayor", "Governors": "Governor", "County Executives": "County Executive",
                  "County Judges": "County Judge"}
_PLURAL_TITLE_RE = re.compile(rf"\b(?P<title>{'|'.join(_PLURAL_TITLES)})\s+(?=[A-Z])")
_HOLDER_OF_RE = re.compile(rf"(?:and\s+)?(?P<name>{PERSON}),?\s+of\s+"
                           r"(?P<place>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)"
                           r"(?=\s*(?:\(|,|;|\.|$)|\s+and\b)")
_HOLDER_SEP_RE = re.compile(r"(?:\s*\([A-Z]{2}\))?(?:,\s*(?!and\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?=\s*[;,]|\s+and\b))?"
                            r"\s*(?:[;,]\s*|\s+(?=and\b))")


def _plural_title_holders(text: str) -> list[tuple[int, str, str, str]]:
    """(where, name, title, place) of each holder a plural title lists."""
    out = []
    for t in _PLURAL_TITLE_RE.finditer(text):
        title = _PLURAL_TITLES[t.group("title")]
        at = t.end()
        while (m := _HOLDER_OF_RE.match(text, at)) is not None:
            out.append((m.start("name"), m.group("name"), title, m.group("place")))
            sep = _HOLDER_SEP_RE.match(text, m.end())
            if sep is None:
                break
            at = sep.end()
    return out


@cache
def _plural_title_re() -> re.Pattern[str]:
    """A title written in the plural before the names of its holders: "Assistant City Managers", "Council
    members", "Commissioners" (each ``before_name`` title with an "s")."""
    titles = sorted(load_data("titles").get("before_name", []), key=len, reverse=True)
    def plural(title: str) -> str:  # "Council members" too: each word's first letter in either case
        return "".join(rf"(?i:{re.escape(c)})" if i == 0 or title[i - 1] == " " else re.escape(c)
                       for i, c in enumerate(title)) + "s"

    alts = "|".join(plural(t) for t in titles if t[-1].isalpha() and t not in _PLURAL_TITLES.values())
    return re.compile(rf"(?<![\w-])(?P<title>{alts})[ \t]+(?P<names>{PERSON}(?:,[ \t]+{PERSON})*,?[ \t]+and[ \t]+"
                      rf"{PERSON})")


#: what any plural title before a name shows, searched first: the title pattern is long (measured 2026-12-07:
#: 1% of the dev documents' first reading without this, on every sentence with an "and")
_PLURAL_GATE = re.compile(r"s[ \t]+[A-Z][a-z]")


def _plural_title_names(text: str) -> list[tuple[int, str, str, int]]:
    """(where, name, title, where the title starts) of each holder a plural title names: "Assistant City
    Managers Karla Stovall and Kimberly Brawner", "Council members Ute Luxem, Carden Welsh and Wayne Burton"."""
    out: list[tuple[int, str, str, int]] = []
    for m in _plural_title_re().finditer(text):
        title = m.group("title")[:-1]
        at = m.start("names")
        names = []
        for part in rx(r",?[ \t]+and[ \t]+|,[ \t]+").split(m.group("names")):
            at = text.index(part, at)
            names.append((at, find_person(part)))
            at += len(part)
        if all(name for _a, name in names):  # (a member that is no person's name: no list of holders)
            out += [(a, name, title, m.start()) for a, name in names]
    return out


_ALSO_SERVES_RE = re.compile(rf"(?P<name>{PERSON}),\s+who\s+(?:also\s+)?(?:serves|served|is|was|acts)\s+"
                             r"(?:also\s+)?as\s+(?P<app>[^,.;:()]+)")
# "Grace Kim, who became Dayton's first chief data officer in 2017, ...": the post she took and holds
_BECAME_RE = re.compile(rf"(?P<name>{PERSON}),\s+who\s+(?:became|was\s+(?:named|appointed|hired\s+as|promoted\s+to)|"
                        r"has\s+been)\s+(?P<app>[^,.;:()]+)")
_WHEN_TAIL = re.compile(r"\s+(?:in|during|since|last|earlier|this|back\s+in)\b.*$|\s+(?:(?:19|20)\d\d)$")
_PAREN_RE = re.compile(r"\s+\((?P<app>[A-Za-z][^()]{2,80})\)")
_NAME_END_RE = re.compile(rf"(?<![\w.])(?=[A-ZÀ-ÖØ-Þ])(?P<name>{PERSON})\Z")
_COMMA_RE = re.compile(r",\s+")
#: a card's line: a name (and a credential after a comma), a dash, then the title
_CARD_DASH = re.compile(rf"^[ \t]*(?P<name>{PERSON})(?:,[ \t]+[A-Z][\w.-]*)?[ \t]+[–—][ \t]+(?=[A-Z])", re.M)
# a title ending in a field ("professor of civil") that a lower-case list continues (", construction and ...")
_LIST_TAIL = re.compile(r"\b(?:of|in|for)\s+[a-z][\w-]*$")
_FIELD_LIST = re.compile(r",\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+)*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},?"
                         r"\s+and\s+(?=[a-z])")


def _names_before_commas(text: str) -> list[tuple[int, str, int]]:
    """(start, name, end of ", ") for each full name right before a comma (cheaper than scanning every word)."""
    out = []
    for c in _COMMA_RE.finditer(text):
        a = max(0, c.start() - 60)
        m = _NAME_END_RE.search(text, a, c.start())
        if m:
            name = from_given_name(m.group("name"))
            start = m.end("name") - len(name)
            if rx(r"\b(?:[Tt]he|[Aa]n?)\s+$").search(text, max(0, start - 4), start):
                continue  # "In presenting the Grand Plaques, AAPRA President ...": a thing, not a person
            out.append((start, name, c.end()))
    # "Thomas J. Roy, P.E. – Director of Public Works" on a line of its own: a dash for the comma, the name (and
    # its credential) opening the line
    for d in _CARD_DASH.finditer(text) if " – " in text or " — " in text else ():
        name = find_person(d.group("name"))
        if name and is_person_name(name) and not any(o[0] == d.start("name") for o in out):
            out.append((d.start("name"), name, d.end()))
    return out


@cache
def _titles_re(capitals: bool = False) -> re.Pattern[str]:
    """A title before a name; with ``capitals``, also the titles written in capitals, as a winner's card writes
    its labels ("MAYOR Annise D. Parker | POPULATION: 2,145,000"): asked for only where a text has a word
    in capitals, the other texts keep the shorter alternation."""
    titles = [t for t in load_data("titles").get("before_name", []) if t != "Dr."]
    alts = alternation(titles + (list(_capitals_titles()) if capitals else []))
    field = alternation(w.capitalize() for w in _field_words() if w.isalpha() and len(w) > 3)
    # "Commissioner for the Environment", "Director of Information Technology"
    complement = rf"(?:\s+(?:for|of)\s+(?:the\s+)?(?:{field})(?:,?\s+(?:(?:and|&)\s+)?(?:{field})){{0,3}})?"
    # composite chiefs: "Chief Technology and Innovation Officer"
    chief = rf"Chief\s+(?:{field})(?:\s+(?:(?:and|&)\s+)?(?:{field})){{0,3}}\s+Officer"
    rank = r"(?:(?:Acting|Interim|Deputy|Assistant|Associate)\s+)?"  # "Deputy County Administrator for Technology"
    # "by European Commissioner for Environment, Janez Potocnik,": a comma after a title with its portfolio;
    # "Mayor: Angel Taveras", a line of a winner's card
    return re.compile(rf"(?<![\w-])(?=[A-Z])(?P<title>{rank}(?:{chief}|{alts})(?:-[Ee]lect)?{complement})"
                      rf"(?P<comma>[,:])?\s+(?:(?:Dr|Mr|Ms|Mrs)\.\s+)?(?P<name>{PERSON})")


@cache
def _capitals_titles() -> dict[str, str]:
    """Each title before a name as a card writes it in capitals -> as it is written elsewhere."""
    return {t.upper(): t for t in load_data("titles").get("before_name", []) if len(t) > 3 and not t.isupper()}


def _capitals_title(written: str) -> str | None:
    """A title a card writes in capitals ("MAYOR", "CITY MANAGER") as the title is written elsewhere."""
    return _capitals_titles().get(written) if written.isupper() else None


def _title_matches(text: str) -> Iterator[re.Match[str]]:
    """Every title and the name after it, each search starting again where the last match's name started:
    "said USCM President Miami Mayor Francis Suarez" reads "President Miami Mayor" as a title and a name, which
    the reader rejects, and then "Mayor Francis Suarez" (a non-overlapping scan would have gone past it)."""
    pat = _titles_re(capitals=bool(rx(r"\b[A-Z]{4,}\b").search(text)))
    pos = 0
    while (m := pat.search(text, pos)) is not None:
        yield m
        pos = m.start("name")


@cache
def _title_comma_re() -> re.Pattern[str]:
    """A title, then the name between commas: "The city's chief information officer, Dana Whitfield, said";
    "our Chief Data and Analytics Officer, Priya Natarajan, whose team ..." (the publisher's own staff)."""
    heads = alternation(load_data("titles").get("heads", []))
    # ("designated by Director-General, Irina Bokova.": the agent of a passive needs no owner)
    owner = r"(?:[Tt]he\s+|[Oo]ur\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+|(?<=\bby\s))"
    post = r"(?:\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&-]*){0,3})?"  # "Chief of Performance"
    # the name ends at a comma, or at the sentence's end ("..., said UN-Habitat's Executive Director, Maimunah
    # Mohd Sharif.")
    # (the words before the title are no verbs: "The cities were designated by Director-General, ...")
    word = r"(?!(?:by|is|was|were|are|has|have|had|been|be)\b)[\w.&'’-]+\s+"
    return re.compile(rf"(?<![\w'’])(?P<app>{owner}(?:{word}){{0,4}}?(?i:{heads}){post}),\s+(?P<name>{PERSON})"
                      r"(?:,|\.(?=\s|$))")


#: a title its sentence gives an owner: "The city's chief information officer", "our Chief Data Officer"
_OWNED = re.compile(r"(?:[Tt]he|[Oo]ur|[\w.-]+['’]s)\s")
#: an owner written as a possessive before a title: "UN-Habitat's Executive Director"
_POSSESSIVE_OWNER = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s")


@cache
def _title_comma_speaker_re() -> re.Pattern[str]:
    """A capitalised title, a comma, then the speaker: "said League President, Andy Clarke." and "Center
    Executive Director, Cathilea Robinett added, ..." (the owner is the capitalised word before the title)."""
    heads = alternation(load_data("titles").get("heads", []))
    app = rf"(?P<app>(?:[A-Z][\w.&-]*[ \t]+){{0,3}}(?i:{heads}))"
    verbs = r"(?:said|added|noted|says|adds|explained|stated|remarked)"
    return re.compile(rf"(?:\b{verbs}[ \t]+{app},[ \t]+(?P<name>{PERSON})(?=[ \t]*[.,])"
                      rf"|(?<![\w'’,][ \t]){app.replace('app', 'app2')},[ \t]+(?P<name2>{PERSON})(?=[ \t]+{verbs}\b))")


@cache
def _under_re() -> re.Pattern[str]:
    """A unit, then the person it works under: "the Information Technology Services department under director
    Ann Roe", "the Parks Department, under the leadership of Director Sam Poe"."""
    heads = alternation(load_data("titles").get("heads", []))
    unit = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w&'’.-]*){0,6}"
    return re.compile(rf"\b[Tt]he[ \t]+(?:(?:city|county|town|village)['’]s[ \t]+)?(?P<unit>{unit})"
                      r"(?:[ \t]+(?P<low>department|office|division|bureau|agency))?"
                      rf",?[ \t]+under[ \t]+(?:the[ \t]+(?:leadership|direction)[ \t]+of[ \t]+)?"
                      rf"(?P<title>(?:(?:[A-Z][\w&-]*|interim|acting|deputy|assistant|senior|chief)[ \t]+){{0,3}}"
                      rf"(?i:{heads}))[ \t]+(?P<name>{PERSON})")


_LINE_START = re.compile(r"(?:^|\n)[ \t*•-]*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _card_place(doc: Doc, pos: int) -> str | None:
    """The last place named in the lines of a card (no blank line between) above a label at ``pos``."""
    start = max(doc.text.rfind("\n\n", 0, pos), pos - 400)
    named = [p.name for p in doc.context.get("places", ()) if start <= p.start < pos]
    return named[-1] if named else None


def _prefixed_body(before: str, title_head: str) -> str | None:
    """The body a post belongs to when the word before its title names it (``prefix_owners`` in titles.json)."""
    word = rx(r"(\S+)\s+$").search(before)
    return load_data("titles").get("prefix_owners", {}).get(f"{word.group(1)} {title_head}") if word else None


@cache
def _lower_titles_re() -> re.Pattern[str]:
    """Occupational titles in lower case after "city"/"county": "said city spokeswoman Jane Doe"."""
    titles = sorted({t.lower() for t in load_data("titles").get("before_name", [])
                     if " " in t or t.lower() in _jurisdiction_titles() or t in {"Spokesperson", "Spokesman",
                                                                                  "Spokeswoman", "Director"}},
                    key=len, reverse=True)
    titles = [rx(r"^(?:city|county|town|village)\s+").sub("", t) for t in titles if not t.endswith(".")]
    alts = alternation(set(titles))
    return re.compile(rf"\b(?P<pre>city|county|town|village)\s+(?P<title>{alts})\s+(?P<name>{PERSON})")


#: the verbs every match of :func:`_title_comma_speaker_re` holds (looked for first: most sentences have none)
_SPEECH_VERB = re.compile(r"\b(?:said|added|noted|says|adds|explained|stated|remarked)\b")


@cache
def _head_word_re() -> re.Pattern[str]:
    """A title's head word anywhere (every match of :func:`_described_re` holds one: looked for first)."""
    return re.compile(rf"\b(?i:{alternation(load_data('titles').get('heads', []))})")


@cache
def _described_re() -> re.Pattern[str]:
    """A role described in front of a name whose first word is a known given name: "said mayoral spokesman
    Mary Chris Skeldon", "analyst Cassandra Happe said", "said League president Andy Clarke"."""
    heads = alternation(load_data("titles").get("heads", []))
    stop = r"(?:said|says|and|or|the|a|an|of|by|to|with|from|for|told|according|as|at|in|on|our|his|her|their|its)"
    desc = rf"(?:(?!{stop}\b)[A-Za-z][\w-]*[ \t]+){{0,2}}"
    return re.compile(rf"(?<![\w’'-])(?P<title>{desc}(?i:{heads}))[ \t]+(?P<name>{PERSON})")


@cache
def _heads_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:co-)?(?:" + alternation(load_data("titles").get("heads", [])) + r")(?![\w-])",
                      re.I)


@cache
def _head_words() -> frozenset[str]:
    """Every word of every title head, for a cheap first test of an appositive."""
    return frozenset(w for h in load_data("titles").get("heads", []) for w in rx(r"[a-z]+").findall(h))


@cache
def _field_words() -> frozenset[str]:
    return frozenset(load_data("titles").get("field_words", []))


@cache
def _jurisdiction_titles() -> frozenset[str]:
    return frozenset(load_data("titles").get("jurisdiction_titles", []))


def _different_role(a: str, b: str | None) -> bool:
    """Titles that share no word ("Lieutenant Governor" / "Secretary of Commerce") are two posts."""
    wa = {w for w in rx(r"[a-z]+").findall(a.lower()) if w not in _SMALL}
    wb = {w for w in rx(r"[a-z]+").findall((b or "").lower()) if w not in _SMALL}
    return bool(wa) and bool(wb) and not wa & wb


def title_case(title: str) -> str:
    """Job titles as gold writes them ("chief information officer" -> "Chief Information Officer")."""
    acr = load_data("titles").get("acronyms", {})
    t = clean_space(title).strip(" ,")
    if t in acr and t not in {"Sr."}:
        return acr[t]  # "Gov." -> "Governor"
    t = t.strip(".")
    out = []
    for i, w in enumerate(t.split()):
        if w in acr and w.isupper():
            out.append(w if w == "CEO" else acr[w])
        elif i and w.lower() in _SMALL:
            out.append(w.lower())
        elif w.isupper() or any(c.isupper() for c in w[1:]):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def _owner(text: str, doc: Doc, record: DocumentRecord) -> str | None:
    """Whose post: a jurisdiction of the record, "the city"/"Town" (main one), or an organisation."""
    t = clean_space(text).strip(" ,.")
    if not t:
        return None
    low = rx(r"^the\s+").sub("", t.lower())
    if low in {"city", "town", "village", "county", "city's", "town's", "county's", "metro", "city-parish"}:
        return _primary(doc, record, county="county" in low)
    j = match_jurisdiction(t, record)
    if j:
        return j
    org = resolve_org(t, doc)
    if org != rx(r"^(?:the|The)\s+").sub("", t) or is_org_name(org) or _known_org(org):
        return org
    acr = _acronym_org(t, doc, record)
    return acr


def _segment_owner(segment: str, doc: Doc, record: DocumentRecord) -> str | None:
    """A jurisdiction or organisation that a whole comma-separated segment names, else None."""
    seg = segment.strip()
    j = match_jurisdiction(seg, record)
    if j and j.lower() == rx(r"(?i)^(?:the\s+)?(?:city|town|village|county) of ").sub("", seg).lower():
        return j
    org = resolve_org(seg, doc)
    if _known_org(org) or is_org_name(org):
        return org
    return _acronym_org(seg, doc, record)


def _place_after_name(after: str, record: DocumentRecord) -> str | None:
    """The place written right after a name with its state, as a list row writes it ("Thomas M. Menino Boston,
    MA ..."; "Joseph P. Riley, Jr. Charleston, SC ..."): the holder's jurisdiction."""
    m = rx(r"(?:,?[ \t]*(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV))?[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}),"
           r"[ \t]*[A-Z]").match(after)
    j = match_jurisdiction(m.group(1), record) if m else None
    return j if j and m and j.lower() == m.group(1).lower() else None


def _postfix_owner(after: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The owner in "of X" right after a name: a jurisdiction or an organisation, longest first."""
    m = rx(r",?\s+(?:of|with|at)\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*|of|for|and|&|the)(?:\s+|$)){1,8}").match(after)
    if not m:
        return None
    words = m.group(0).split()
    words = words[1:] if words[0].strip(",") in {"of", "with", "at"} else words[2:]
    if words and words[0] == "the":
        words = words[1:]
    for k in range(len(words), 0, -1):
        cand = " ".join(words[:k]).strip(",.")
        if not cand or cand.split()[-1] in _SMALL:
            continue
        j = match_jurisdiction(cand, record)
        if j and (j.lower() == rx(r"(?i)^(?:city|town|village|county) of ").sub("", cand).lower()):
            return j
        org = resolve_org(cand, doc)
        if _known_org(org) or is_org_name(org):
            return org
    return None


def _known_org(name: str) -> bool:
    return name in _known_names()


@cache
def _known_names() -> frozenset[str]:
    return frozenset(o.get("name") for o in load_data("organizations").get("known", []))


def _acronym_org(acr: str, doc: Doc, record: DocumentRecord) -> str | None:
    """An undefined acronym that spells an organisation named in the document ("ITA"), or a short form of
    one ("NC State" for "North Carolina State University")."""
    if not rx(r"[A-Z]{2,6}").fullmatch(acr):
        return _short_form_org(acr, doc, record)
    for name, _a, _b in org_spans(doc, record):
        ini = "".join(w[0] for w in name.split() if w.lower() not in _SMALL and w[:1].isalpha())
        if ini.upper() == acr:
            return name
    return None


def _short_form_org(short: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The one organisation of the document that ``short`` abbreviates: its words, in order, are the full
    name's first words, each written out or as the initials of a run of them, and the full name goes on
    ("NC State" -> "North Carolina State University"; "Lakeside Tech" is no short form of anything)."""
    words = short.split()
    if len(words) < 2 or len(words) > 5 or not all(w[:1].isupper() for w in words):
        return None
    found = {name for name, _a, _b in org_spans(doc, record)
             if name != short and _abbreviates(words, name.split())}
    return found.pop() if len(found) == 1 else None


def _owner_word(word: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The organisation one capitalised word stands for: an alias of a known one ('Center'), or the one
    organisation of the page whose name begins with it ('League')."""
    if word in load_data("titles").get("before_name", []) or word.lower() in _field_words():
        return None
    names = {name for name, _a, _b in org_spans(doc, record)}
    for name in names:
        if word.lower() in (f.lower().removeprefix("the ") for f in known_forms(name)) and name != word:
            return name
    found = {name for name in names if name.split()[0] == word and len(name.split()) > 1}
    return found.pop() if len(found) == 1 else None


def _org_in(app: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The organisation the page names that an appositive holds ("Global Director, Smart Cities Council
    Readiness Program"): its longest such name."""
    inside = [name for name, _a, _b in org_spans(doc, record) if len(name) > 3 and name in app]
    return max(inside, key=len) if inside else None


_TWO_TITLES = re.compile(r"(?:^|\s)(?P<org>[A-Z][\w!&.-]*)\s+(?P<t>(?:[A-Z][\w.-]*\s+){1,2})and\s+$")


def _title_org(word: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The organisation a title's first word names ("ICF co-founder", "KaBOOM! CEO"): one the page names by
    that word, its acronym or its first word."""
    if not word[:1].isupper() or word.lower() in _jurisdiction_titles():
        return None
    names = {name for name, _a, _b in org_spans(doc, record)}
    if word in names:
        return word
    return (_acronym_org(word, doc, record) if word.isupper() else None) or _owner_word(word, doc, record)


#: posts of a state, whose owner is the state: "said Governor Rick Snyder" in a Lansing, Mich., release
_STATE_TITLES = {"governor", "gov.", "lieutenant governor", "lt. governor", "lt. gov.", "attorney general",
                 "secretary of state", "state treasurer", "state senator", "state representative"}


def _state_of_page(sentence: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The state a state official serves: the one state the sentence names, else the one the page's places
    are in."""
    codes = state_names()
    named = {n for n in codes if re.search(rf"\b{re.escape(n)}\b(?!\s+(?:City|County))", sentence)}
    if len(named) == 1:
        return named.pop()
    states = {c.state for c in [*record.cities, *record.counties] if c.state}
    if len(states) == 1:
        code = states.pop()
        return next((n for n, c in codes.items() if c == code and len(n) > 2), None)
    return None


def _abbreviates(short: list[str], full: list[str]) -> bool:
    i = 0
    for w in short:
        if i < len(full) and w.lower() == full[i].lower():
            i += 1
            continue
        n = len(w)
        if not (w.isupper() and 2 <= n <= 4 and i + n <= len(full)
                and "".join(x[0] for x in full[i:i + n]) == w):
            return False
        i += n
    return 0 < i < len(full)


def _primary(doc: Doc, record: DocumentRecord, county: bool = False) -> str | None:
    if county and record.counties:
        return primary_jurisdiction(doc, record) if primary_jurisdiction(doc, record) in {
            c.name for c in record.counties} else record.counties[0].name
    return primary_jurisdiction(doc, record)


def _prefix_owner(before: str, doc: Doc, record: DocumentRecord, title: str | None = None) -> str | None:
    """The owner named just before a title: "Memphis Mayor", "Kansas City (Mayor", "CDG Senior ...",
    and, before a title only a company has ("CEO", "Founder"), the company: "Ridgeline Analytics CEO"."""
    owner = _prefix_owner_known(before, doc, record)
    if owner is None and title and title.lower() in _company_titles():
        owner = _prefix_company(before, record)
    return owner


@cache
def _company_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_data("titles").get("company_titles", []))


_CAP_RUN_END = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w.&'’-]*\s+(?:(?:&|and|of)\s+)?){0,4}[A-Z][\w.&'’-]*!?)\s*$")


def _prefix_company(before: str, record: DocumentRecord) -> str | None:
    """The capitalised run just before a company title, when it can only be a company's name: not a place,
    a city unit, a person or a subject field ("Public Works"); leading function words and modifiers
    ("When", "The", "Former") are not part of it."""
    m = _CAP_RUN_END.search(before.rstrip()[-80:])
    if not m:
        return None
    words = m.group(1).split()
    skip = _not_owner_words()
    while words and (words[0] in skip or words[0] in _SMALL):
        words = words[1:]
    if not words or any(w in skip for w in words):
        return None
    cand = " ".join(words)
    if match_jurisdiction(cand, record) or _UNIT_HEADS.search(cand) \
            or all(w.lower() in _field_words() for w in words) \
            or (len(words) == 1 and words[0] in load_data("organizations").get("heads", [])):
        return None  # "University President Ann Roe": a generic word names no employer
    return cand


@cache
def _not_owner_words() -> frozenset[str]:
    return frozenset(load_data("titles").get("not_owner_words", []))


def _prefix_owner_known(before: str, doc: Doc, record: DocumentRecord) -> str | None:
    before = before.rstrip()
    heading = rx(r"(?:^|\n)[ \t]*(?:[•*-][ \t]*)?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)"
                        r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]*:$").search(before)
    if heading:  # "Los Angeles, Calif.: Mayor ...": a list item headed by its place
        j = match_jurisdiction(heading.group(1), record)
        if j and j.lower() == heading.group(1).lower():
            return j
    paren = before.endswith("(")
    before = before.rstrip("( ")
    before = rx(r"\s[—–-]+\s|[—–]").split(before)[-1]  # "TULSA, Okla. – Mayor ...": the dateline owns nothing
    before = rx(r"\b[Aa]ccording\s+to\s+").split(before)[-1]  # "According to Tacoma’s Manager ...": Tacoma
    # ("received an award from the Knight Foundation, Chief Innovation Officer Lisa Abernathy announced": an
    # organisation a comma ends is not the title's owner; a place may be, "Memphis, Tenn., Mayor ...")
    comma = before.endswith(",")
    placed = _PLACE_STATE_END.search(before[-60:])
    if placed:  # "said South Bend, Ind., Mayor Pete Buttigieg": a place and its state before the title
        st = state_pattern().fullmatch(placed.group("state"))
        j = match_jurisdiction(placed.group("place"), record) if st else None
        if j:
            return j
    words = rx(r"[\w.&'’-]+").findall(before[-60:])
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[-k:])
        if not all(w[:1].isupper() or w in _SMALL for w in words[-k:]) or words[-k] in _SMALL:
            continue
        if k == 1 and cand in {"The", "A", "An", "And", "By", "Said", "With"}:
            continue
        if cand.lower() in {"city", "town", "village", "county"}:
            return _primary(doc, record, county=cand.lower() == "county")
        j = match_jurisdiction(cand, record)
        if j and (paren or j.lower() == cand.lower().removesuffix("'s").removesuffix("’s")):
            return j
        if cand in state_names():
            return cand  # "California CIO Teri Takai", "Nevada CIO Michael Dietrich": the state's post
        if comma:
            continue
        org = resolve_org(cand, doc)
        if (org != cand.rstrip(".") and org != rx(r"^(?:The|A|An)\s+").sub("", cand)) or _known_org(org) \
                or (is_org_name(org) and not _heads_re().search(org)):
            return org  # "CDG Senior Vice President", "Harmon Foundation President"
        acr = _acronym_org(cand, doc, record)
        if acr:
            return acr
    return None


_PLACE_STATE_END = re.compile(r"(?:^|(?<=\s))(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),\s*"
                              r"(?P<state>[A-Z][A-Za-z.]*(?:\s+[A-Z][a-z]+)?),?$")


def _prefix_unit(before: str, record: DocumentRecord) -> tuple[str, str] | None:
    """(unit, jurisdiction) when a jurisdiction's unit is written just before a title:
    "Lake County Board of Supervisors Chair", "City of Salem Parks Department Director"."""
    words = rx(r"[\w.&'’-]+").findall(before.rstrip()[-90:])
    for k in range(min(8, len(words)), 2, -1):
        tail = words[-k:]
        if tail[0] in _SMALL or tail[0] in {"The", "A", "An"} or not all(w[:1].isupper() or w in _SMALL for w in tail):
            continue
        cand = " ".join(tail)
        j = _jurisdiction_unit(cand, record)
        if j:
            return cand, j
    return None


# one word shaped like a brand or an organisation's initials, not like a common or proper word: "WalletHub",
# "KaBOOM!", "2thinknow", "WFC"
_BRAND_RE = re.compile(r"[A-Z]{2,6}|[A-Z][a-z]+[A-Z][A-Za-z]*!?|\d+[a-z][a-z\d]*")


def _brand_owner(word: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The organisation a brand-shaped word names (an acronym expanded), unless it is a place or a field ("IT")."""
    if not _BRAND_RE.fullmatch(word) or word.lower() in _field_words() or match_jurisdiction(word, record) \
            or word in load_data("titles").get("acronyms", []):
        return None
    if word.isupper():
        resolved = resolve_org(word, doc)
        return resolved if resolved != word else _acronym_org(word, doc, record) or _spelled_out(word, doc) or word
    return resolve_org(word, doc)


def _spelled_out(acr: str, doc: Doc) -> str | None:
    """The capitalised name an undefined acronym abbreviates word for word ("WFC" for "Walk Friendly
    Communities"), when the text writes one; the spelling it writes most often."""
    found = re.findall(r"(?<![\w.])" + r"\s+".join(rf"{c}[a-z][\w'’-]*" for c in acr) + r"(?![\w'’-])", doc.text)
    return Counter(clean_space(f) for f in found).most_common(1)[0][0] if found else None


def _named_owner_first(app: str, doc: Doc, record: DocumentRecord) -> tuple[str, str] | None:
    """(owner, title) when a named organisation or place opens the appositive: "Harmon Foundation president",
    "WalletHub analyst"."""
    words = app.split()
    for k in range(min(len(words) - 1, 6), 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        # "WFC program manager": a brand's word, then a lower-case title
        if k == 1 and _heads_re().search(rest) and rx(r"[a-z][a-z -]*").fullmatch(rest):
            brand = _brand_owner(head, doc, record)
            if brand:
                return brand, rest
        if not head[:1].isupper() or not _heads_re().match(rest) or _heads_re().search(head):
            continue
        j = match_jurisdiction(head, record)
        if j and j.lower() == head.lower():
            return j, rest
        if is_org_name(head) or _known_org(resolve_org(head, doc)) or head in _page_orgs(doc, record):
            return resolve_org(head, doc), rest  # any organisation the page names
        if all(part.strip().lower() in _company_titles() for part in rx(r"\s+and\s+|\s*&\s*").split(rest)):
            company = _prefix_company(head, record)  # "CH2M HILL president and CEO": titles only a company has
            if company == head:
                return company, rest
    return None


_LEADS_RE = re.compile(rf"(?P<name>{PERSON}),\s+who\s+(?:also\s+|now\s+)?(?P<verb>heads|leads|directs|chairs|founded|"
                       r"co-founded|runs|manages|oversees)\s+(?:the\s+)?(?P<org>[A-Z][^,.;:()]{2,80})")
_LEAD_TITLES = {"heads": "Head", "leads": "Head", "directs": "Director", "chairs": "Chair", "founded": "Founder",
                "co-founded": "Co-Founder", "runs": "Head", "manages": "Manager", "oversees": "Head"}


_GENERIC_ORG_WORDS = frozenset({"center", "centre", "council", "foundation", "institute", "league", "conference",
                                "association", "coalition", "alliance", "society", "partnership", "consortium",
                                "academy", "organization", "organisation", "nonprofit", "group"})
_PROGRAM_WORDS = frozenset({"program", "programs", "programme", "initiative", "project", "network", "team"})


def _page_orgs(doc: Doc, record: DocumentRecord) -> set[str]:
    return {name for name, _a, _b in org_spans(doc, record)}


def _referred_org(phrase: str, doc: Doc, record: DocumentRecord) -> str | None:
    """The organisation a phrase after "of"/"at"/"for" refers to without its full name.

    A release names its organisation once and then calls it by its head word ("Jane Roe, president and CEO
    of the council"; "executive director of the Center"), and staff run its programs ("director of the
    Harmon Foundation's Readiness Program", "director of the Civic Data program"): the employer is the
    organisation, when exactly one organisation of the page fits.  "The council" is no organisation's
    when the page speaks of a city or county council.
    """
    t = clean_space(phrase).strip(" ,.")
    m = rx(r"(?:[Tt]he\s+)?([A-Za-z]+)").fullmatch(t)
    if m and m.group(1).lower() in _GENERIC_ORG_WORDS:
        word = m.group(1).lower()
        if word == "council" and rx(r"(?i)\b(?:city|county|town|village|common)\s+council\b").search(doc.text):
            return None
        org = resolve_org(f"the {m.group(1)}", doc)
        if org.lower() != word and (_known_org(org) or org in _page_orgs(doc, record)):
            return org
        hits = {n for n in _page_orgs(doc, record) if word in (w.lower() for w in n.split())}
        return hits.pop() if len(hits) == 1 else None
    t = rx(r"^(?:[Tt]he)\s+").sub("", t)
    t = rx(r"\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}$").sub("", t)  # "... in North America"
    owner = rx(r"^(.+?)['’]s\s+(.+)$").match(t)
    if owner and owner.group(2).split()[-1].lower() in _PROGRAM_WORDS | {"office", "division"}:
        return _whole_org(owner.group(1), doc, record)
    words = t.split()
    if len(words) < 2 or words[-1].lower() not in _PROGRAM_WORDS:
        return None
    for k in range(len(words) - 1, 0, -1):
        org = _whole_org(" ".join(words[:k]), doc, record)
        if org:
            return org
    return None


def _whole_org(text: str, doc: Doc, record: DocumentRecord) -> str | None:
    """``text`` as an organisation the page names or the data knows, else None (no guessing from its shape)."""
    if not text[:1].isupper() or match_jurisdiction(text, record):
        return None
    org = resolve_org(text, doc)
    return org if _known_org(org) or org in _page_orgs(doc, record) else None


_COMPANY_END = re.compile(r"\s(?:L\.?P|LLC|LLP|Inc|Corp|Ltd|PLC)\.?$")


def _first_of_pair(org: str, doc: Doc, record: DocumentRecord) -> str:
    """The employer of "vice president of Harmon Insights and Civic Strategies": the first organisation, when
    the page names it alone, and the pair is no single organisation's name ("Power and Water").

    A company that the page names only in this pair ("founder of Harmon Philanthropies and Harmon Capital
    L.P.") keeps the pair whole: the organisations component finds such a company only there, and splits it.
    """
    if " and " not in org or _known_org(org) or org in _page_orgs(doc, record):
        return org
    first, second = (x.strip(" ,") for x in org.split(" and ", 1))
    if re.search(rf"\b(?:{_corporate_ends()})\.?$", second) and not _whole_org(second, doc, record):
        return org
    if _COMPANY_END.search(first):  # "founder of Bloomberg LP and Bloomberg Philanthropies": the organisation
        return _whole_org(second, doc, record) or org  # the page knows
    return _whole_org(first, doc, record) or org


@cache
def _corporate_ends() -> str:
    return alternation(load_data("organizations").get("corporate_ends", []))


def _parse_appositive(app: str, doc: Doc, record: DocumentRecord) -> tuple[str, str | None] | None:
    """("director of Digital Communities") -> ("Director", "Digital Communities"); None if no title."""
    app = clean_space(app)
    app = rx(r"^who\s+(?:also\s+)?(?:serves|served|is|was|acts|works)\s+(?:also\s+)?as\s+").sub("", app)
    if rx(r"(?i)who\s").match(app):
        return None  # "who was named CIO in 2019" tells a story, not a title
    if rx(r"and\s").match(app):
        return None  # "Kimberly Brawner, and Executive Director ... Dusty McAfee": the list goes on, no title
    m = rx(r"(?i)one\s+of\s+.*?(\w+?)s?$").match(app)
    if m and not _heads_re().fullmatch(m.group(1)):
        return None  # "one of the program's partner organizations" describes a member, not a post
    # "Springfield's first chief data officer"
    # (lower case only: "First Selectman" is a post)
    app = rx(r"^((?i:the\s+)?(?:[\w.-]+['’]s\s+)?)(?:first|new|longtime|long-time|current|newly\s+appointed)\s+"
             ).sub(r"\1", app)
    if not _head_words() & set(rx(r"[a-z]+").findall(app.lower())) or not _heads_re().search(app):
        return None
    owner: str | None = None
    had_the = bool(rx(r"(?i)the\s").match(app))
    app = rx(r"^(?:the|a|an|our)\s+", re.I).sub("", app)  # "our chief data officer": the publisher's
    m = rx(r"^(.+?)['’]s?\s+(.+)$").match(app)
    if m and not _heads_re().search(m.group(1)):
        owner = _owner(("the " if had_the else "") + m.group(1), doc, record)
        app = m.group(2)
    if not _heads_re().search(app):
        return None
    pre = _named_owner_first(app, doc, record)
    if pre:  # "Harmon Foundation president", "Salem city manager"
        owner, app = pre
    title, org_part = app, None
    # the employer follows "at"/"with" ("head of Civic Innovation programs at the Harmon Foundation")
    m = rx(r"^(.*?\b[a-z][\w&-]*)\s+(?:at|with|for)\s+(?=(?:the\s+)?[A-Z])(.+)$").match(app)  # not inside a name
    if not (m and _heads_re().search(m.group(1))):
        # ("vice president of Programs at the Arbor Day Foundation": a department in capitals, without an
        # article, is the title's; the employer still follows "at")
        m = _DEPARTMENT_AT.match(app)
        if m and not (is_org_name(rx(r"^the\s+").sub("", m.group(2))) or _known_org(resolve_org(m.group(2), doc))):
            m = None  # "Minister for Rural and Community Development at the Helix": a venue, not an employer
    if not (m and _heads_re().search(m.group(1))):
        m = rx(r"^(.+?)\s+(?:of|at|for|with)\s+(.+)$").match(app)
    if m and _heads_re().search(m.group(1)):
        rest = rx(r"\s*\([^)]*\)\s*$").sub("", m.group(2)).strip()
        # ("president of the Arbor Day Foundation based in Nebraska City": where it is based is not its name)
        rest = rx(r",?\s+(?:based|headquartered|located)\s+in\b.*$").sub("", rest)
        # a second role or clause after "and": "founder of the Harmon Foundation and two-term Mayor of Albany"
        rest = rx(r"\s+and\s+(?=[a-z\d]|(?:the\s+)?(?:former|current|two|three|a|an)\b)").split(rest)[0]
        # ("Mayor of Boise and Vice-President of USCM": a second post, capitalised)
        second = next((a for a in rx(r"\s+and\s+").finditer(rest) if rest[a.end():a.end() + 1].isupper()
                       and _heads_re().match(rx(r"(?:[A-Z][\w]*-)?").sub("", rest[a.end():a.end() + 40], count=1))),
                      None)
        rest = rest[:second.start()] if second else rest
        rest = rx(r"^(?:the\s+)?(?:city|county|town|village)['’]s\s+(?=[A-Z])").sub("", rest)  # the city's Department
        rest_bare = rx(r"^(?:the)\s+").sub("", rest)
        if rx(r"(?i)(?:city|town|village|county)\s+of\s+[A-Z]").match(rest_bare):
            rest_bare = match_jurisdiction(rest_bare, record) or rest_bare  # "spokeswoman for the city of Salem"
        referred = _referred_org(rest, doc, record)
        if referred:  # "president of the council", "director of the Digital Communities program"
            title = m.group(1)
            if rx(r"^[A-Za-z]").match(title) and len([w for w in title.split() if w.lower() not in _SMALL]) <= 7:
                return title_case(title), referred  # an organisation the page names on its own: no city unit
        elif rx(r"\d+[a-z][a-z\d]*").fullmatch(rest_bare):  # "director of 2thinknow": a brand name in lower case
            title, org_part = m.group(1), rest_bare
        elif rest_bare[:1].isupper():
            resolved = resolve_org(rest_bare, doc)
            if resolved != rest_bare or is_org_name(rest_bare) or _known_org(resolved) or \
                    _acronym_org(rest_bare, doc, record) or match_jurisdiction(rest_bare, record):
                title, org_part = m.group(1), _acronym_org(rest_bare, doc, record) or resolved
            elif not all(w in _field_words() for w in rx(r"[a-z&]+").findall(rest_bare.lower())) and \
                    (_PROPER_RE.fullmatch(rest_bare) and len(rest_bare.split()) >= 2
                     or _ACRONYM_RE.fullmatch(rest_bare)):
                title, org_part = m.group(1), rest_bare  # "president of Smith Consulting Group", "of UNESCO"
        if org_part:
            org_part = _first_of_pair(org_part, doc, record)
    if not rx(r"^[A-Za-z]").match(title) or len([w for w in title.split() if w.lower() not in _SMALL]) > 7:
        # "vice president of public sector and executive director of CompTIA PTI": a portfolio, then the role
        # that names the employer
        second = rx(r"\s+and\s+(?=[a-z])").split(app, 1)
        return _parse_appositive(second[1], doc, record) if len(second) == 2 and org_part is None else None
    title = title_case(title)
    if org_part:
        j = match_jurisdiction(org_part, record)
        if j and (j == org_part or _UNIT_HEADS.search(org_part)
                  or rx(r"(?i)(?:the\s+)?(?:city|town|village|county)\s+of\s").match(org_part)):
            return (f"{title}, {org_part}" if _UNIT_HEADS.search(org_part) else title), j
        if _UNIT_HEADS.search(org_part) and not _known_org(org_part) and _external(org_part, doc) is False:
            return f"{title}, {org_part}", owner or _primary(doc, record)
        return title, org_part
    return title, owner or _primary(doc, record)


#: a post over a department named in capitals, then its employer: "vice president of Programs at the Arbor Day
#: Foundation", "senior manager of Community Programs with Bloomberg Philanthropies"
_DEPARTMENT_AT = re.compile(r"^(.*?\b(?:of|for)\s+(?![Tt]he\b)[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3})"
                            r"\s+(?:at|with)\s+(?=(?:the\s+)?[A-Z])(.+)$")


def _jurisdiction_unit(text: str, record: DocumentRecord) -> str | None:
    """The city/county that owns a unit named with it: "City of Olathe Communications Office",
    "Sarpy County Board of Commissioners", "Salem's Office of Budget" -> the jurisdiction, else None."""
    t = clean_space(text).strip(" ,.")
    t = rx(r"^the\s+", re.I).sub("", t)
    j = match_jurisdiction(t, record)
    if not j:
        return None
    rest = re.sub(r"(?i)^(?:(?:city|town|village|county)\s+of\s+)?" + re.escape(j) + r"(?:['’]s)?\s+", "", t)
    if rest == t or not rest[:1].isupper() or not _UNIT_HEADS.search(rest):
        return None
    return j


def _external(org: str, doc: Doc) -> bool:
    """Whether an organisation is outside the city (known, not a department-like unit, or national or wider
    by its name: "U.S. Harbor Building Council", "National Parks Board")."""
    return _known_org(org) or not _UNIT_HEADS.search(org) or bool(_WIDE_SCOPE.match(org)) \
        or bool(_MANY_PLACES.search(org))  # "Smart Cities Council": a body of many places, not a city's unit


_WIDE_SCOPE = re.compile(r"(?:the\s+)?(?:U\.\s?S\.|US|United\s+States|National|American|International|Global|World)\s",
                         re.I)


_MANY_PLACES = re.compile(r"\b(?:Cities|Counties|Communities|Municipalities|Towns|Mayors)\b")


_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,3}$")


def _sentences(doc: Doc) -> list[Sentence]:
    """The document's sentences, rejoined where a splitter cut after initials ("Mayor J.T." | "Hollis said")."""
    out: list[Sentence] = []
    for s in doc.sentences:
        if out and _INITIALS_END.search(out[-1].text) and s.text[:1].isupper() \
                and doc.text[out[-1].end:s.start].strip() == "":
            prev = out.pop()
            s = Sentence(text=doc.text[prev.start:s.end], start=prev.start, end=s.end)
        out.append(s)
    return out


@cache
def _credentials_re() -> re.Pattern[str]:
    creds = alternation(load_data("titles").get("credentials", []))
    # ("Thomas J. Roy, P.E. – Director of Public Works": a dash after the last credential on a card's line)
    return re.compile(rf"(?:(?:{creds})\.?(?:,\s+|[ \t]+[–—][ \t]+))+(?=[A-Za-z])")


_HEADING_PLACE_RE = re.compile(r"(?:(?:City|Town|Village|County|Borough)\s+of\s+)?"
                               r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?:?")


def _heading_place(doc: Doc, record: DocumentRecord, pos: int) -> str | None:
    """The place a heading line names for the people listed under it: "City of Claremont, CA" above
    "Tony Ramos, City Manager" (a roster of several places, one heading each, no blank line between a
    heading and its people).  Only lines of the same block count, and only short ones."""
    text = doc.text
    end = text.rfind("\n", 0, pos)
    for _ in range(4):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or len(line) > 60:
            return None
        m = _HEADING_PLACE_RE.fullmatch(line)
        if m:
            j = match_jurisdiction(m.group(1), record)
            return j if j and j.lower() == m.group(1).lower() else None
        end = start - 1
    return None


def _sentence_owner(before: str, record: DocumentRecord) -> str | None:
    """The last city or county named earlier in the sentence ("Salem ..., according to city spokeswoman X")."""
    best, at = None, -1
    for j in jurisdictions(record):
        for m in word_finditer(j, before, also="-"):
            if m.start() > at:
                best, at = j, m.start()
    return best


def _paragraph_place(doc: Doc, record: DocumentRecord, pos: int) -> str | None:
    """The city a paragraph is about: a sentence opening "In Tyler, ..." or with the city as its subject
    ("Tyler's ranking came ...", "Tyler officials credited ...") before ``pos``.

    A trade-press story that walks through several winners gives each its own
    paragraph; a staff member named there serves that city, not the main one.
    A paragraph that opens with a quotation belongs to the city of the
    narrative paragraph before it ("Tyler placed ninth ..." / "\"...,\" said
    Mayor Ann Roe.").  Subjects count only when the record has several cities.
    """
    text = doc.text
    sep = "\n\n" if "\n\n" in text else "\n"
    start = text.rfind(sep, 0, pos) + 1
    para = text[start:pos]
    cities = {c.name for c in record.cities}
    several = len(cities) > 1
    for _ in range(3):
        best = _place_in(para, record, cities, several)
        if best or not several or not para.strip() or para.lstrip()[0] not in _QUOTE_OPEN:
            return best
        if start <= 1:
            return None
        end = text.rfind(sep, 0, start - 1)  # the paragraph before, whole
        para, start = text[end + 1:start - 1], end + 1
    return None


def _place_in(para: str, record: DocumentRecord, cities: set[str], subjects: bool) -> str | None:
    """The last city a paragraph's sentences open with "In Tyler, ..."; with ``subjects``, else the city
    its opening sentence is about ("Tyler's ranking came ...", "Tyler officials credited ...")."""
    best, at = None, -1
    for m in _IN_PLACE_RE.finditer(para):
        j = match_jurisdiction(m.group(1), record)
        if j and j.lower() == m.group(1).lower() and j in cities and m.start() > at:
            best, at = j, m.start()
    m = _SUBJECT_PLACE_RE.match(para.lstrip()) if subjects and best is None else None
    if m:
        j = match_jurisdiction(m.group(1), record)
        if j and j.lower() == m.group(1).lower() and j in cities:
            best = j
    return best


_QUOTE_OPEN = "\"“‘'"
_SUBJECT_PLACE_RE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?)"
                               r"(?=['’]s\s|\s+(?:officials|leaders|staff|residents)\b|\s+[a-z]+(?:ed|s)\b)")


def _local_owner(app: str, owner: str | None, doc: Doc, record: DocumentRecord, pos: int) -> str | None:
    """ "the city's chief information officer" in a story about several cities: the city of the paragraph."""
    if len(record.cities) > 1 and owner == _primary(doc, record) and \
            rx(r"(?i)\s*(?:the\s+)?(?:city|town|village)['’]s\s").match(app):
        return _paragraph_place(doc, record, pos) or owner
    if owner == _primary(doc, record) and len(jurisdictions(record)) > 1:
        # a list line "Fort Mason, Ohio, Ann Roe, city manager": the place that opens the line
        head = doc.text[doc.text.rfind("\n", 0, pos) + 1 : pos]
        m = _LINE_PLACE_RE.match(head)
        if m:
            return match_jurisdiction(m.group(1), record) or owner
        if not head.strip(" •*-"):  # "Tony Ramos, City Manager" on a line of its own
            return _heading_place(doc, record, pos) or owner
    return owner


_LINE_PLACE_RE = re.compile(r"\s*(?:[•*-]\s*)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})!?"
                            r"(?:,?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*$")


_IN_PLACE_RE = re.compile(r"(?:^|[.!?][\"”’]?\s+)\s*(?:In|At|Over\s+in|Across\s+town\s+in)\s+"
                          r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),")


_CONTACT_HEAD = re.compile(r"(?i)^[\W_]*(?:(?:news\s+)?(?:media|press)\s+|public\s+information\s+)?"
                           r"(?:contacts?|inquiries)[\W_]*$")
_CONTACT_WORD = re.compile(r"(?i)contact|inquiries")
_CONTACT_STOP = re.compile(r"[\d@|]|https?:|www\.|:")


def _contact_blocks(doc: Doc) -> list[tuple[Sentence, str]]:
    """A contact block laid out one field a line ("Media Contact" / "Ann Roe" / "Press Secretary" /
    "City of Salem" / phone / email, as a web page's <br> lines come out): the block's real text as
    evidence, and its fields joined into one appositive ("Ann Roe, Press Secretary, City of Salem")."""
    if not _CONTACT_WORD.search(doc.text):
        return []
    out = []
    lines = [(o, ln.strip()) for o, ln in lines_with_offsets(doc.text)]
    for i, (_off, line) in enumerate(lines):
        if not line or len(line) > 40 or not _CONTACT_HEAD.match(line):
            continue
        fields: list[tuple[int, str]] = []
        for off, ln in lines[i + 1 : i + 12]:
            if not ln:
                continue
            if _CONTACT_STOP.search(ln) or len(ln) > 80 or len(fields) == 3:
                break
            fields.append((off, ln.strip("*_ ")))
        if len(fields) < 2 or not is_person_name(fields[0][1]):
            continue  # "Ann Roe, Press Secretary" on one line is read as a sentence
        start, end = fields[0][0], fields[-1][0] + len(doc.text[fields[-1][0]:].split("\n", 1)[0])
        sent = Sentence(text=doc.text[start:end], start=start, end=end)
        out.append((sent, ", ".join(f for _o, f in fields) + "."))
    return out


def _full_org_name(of: str | None, doc: Doc, record: DocumentRecord) -> str | None:
    """The employer as the document names it in full: a university's campus ("professor at the University of
    Iowa, Ames" is at "University of Iowa, Ames", the name cut at its comma by the appositive)."""
    if not of or "University" not in of and "College" not in of:
        return of
    longer = {n for n, _a, _b in org_spans(doc, record)
              if n.startswith(of) and n[len(of) : len(of) + 1] in {",", "–", "-"}}
    return longer.pop() if len(longer) == 1 else of


def find_officials(doc: Doc, record: DocumentRecord) -> list[Official]:
    """Every titled person in the document, first mention first, one entry per person."""
    found: list[Official] = []
    keys: dict[str, Official] = {}
    # a place the text names is not a person: "Overland Park, Santa Monica and Boulder lead ..."
    place_names = {p.name for p in doc.context.get("places", ())} | {c.name for c in record.cities} \
        | {c.name for c in record.counties}

    def add(name: str, title: str | None, of: str | None, sent: Sentence) -> None:
        name = clean_space(name).rstrip(",")
        if not is_person_name(name) or name in place_names:
            return
        k = person_key(name)
        if k in keys:
            o = keys[k]
            o.title = o.title or title
            o.of = o.of or of
            roles = [x for x in found if person_key(x.name) == k]
            if title and all(_different_role(title, x.title) for x in roles):
                # a second post: "Lt. Governor David Toland, who also serves as Secretary of Commerce"
                found.append(Official(name=o.name, title=title, of=of, evidence=sent.evidence()))
            return
        of = _full_org_name(of, doc, record)
        o = Official(name=name, title=title, of=of, evidence=sent.evidence())
        keys[k] = o
        found.append(o)

    def scan(text: str, base: int) -> list[tuple[int, str, str | None, str | None]]:
        """The titled people of one sentence (``base``: its offset in the document)."""
        headline: bool | None = None  # worked out only when a title is found
        hits: list[tuple[int, str, str | None, str | None]] = []
        under: set[int] = set()
        for m in _under_re().finditer(text) if " under " in text else ():
            # "the Information Technology Services department under director Ann Roe": the unit's head
            unit = m.group("unit")
            if not (m.group("low") or _UNIT_HEADS.search(unit)) or is_person_name(unit):
                continue
            owner = _jurisdiction_unit(unit, record) or _paragraph_place(doc, record, base + m.start()) \
                or _primary(doc, record)
            hits.append((m.start("name"), m.group("name"), f"{title_case(m.group('title'))}, {unit}", owner))
            under.add(m.start("name"))
        for m in _title_matches(text):
            name = m.group("name")
            if m.start("name") in under or (m.group("comma") == "," and not (
                    rx(r"\s(?:for|of)\s").search(m.group("title")) and is_given_name(name.split()[0]))):
                continue  # after a comma, only a portfolio's holder known by a given name (not "..., Maritime Affairs")
            if m.group("comma") == ":" and not (_LINE_START.search(text, 0, m.start())
                                                 and _LINE_END.match(text, m.end())):
                continue  # a label and its name make the whole line
            if headline is None:
                words = rx(r"[A-Za-z][\w'’-]*").findall(text)
                headline = (len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) > 0.7
                            and not text.rstrip().endswith("."))
            if headline:  # "Governor Laura Kelly Announces Broadband Grants": a name is two words here
                toks = name.split()
                name = " ".join(toks[:3] if len(toks) > 2 and rx(r"[A-Z]\.").fullmatch(toks[1]) else toks[:2])
            elif rx(r"\s+[A-Z][A-Za-z]+\b(?!['’])").match(text, m.end()):
                continue  # part of a longer proper name: "CIO Large Enterprise ORBIE Award"
            title = _capitals_title(m.group("title")) or title_case(m.group("title"))
            first, _sp, rest = m.group("title").partition(" ")
            org = _title_org(first, doc, record) if rest else None
            if org:  # "ICF co-founder Louis Zacharilla"
                hits.append((m.start("name"), name, title_case(rest), org))
                continue
            both = _TWO_TITLES.search(text, 0, m.start())
            org = _title_org(both.group("org"), doc, record) if both and _heads_re().search(both.group("t")) else None
            if org:  # "KaBOOM! CEO and Founder Darell Hammond": two posts at the organisation
                hits.append((m.start("name"), name, f"{clean_space(both.group('t'))} and {title}", org))
                continue
            body = _prefixed_body(text[: m.start()], first)
            if body:  # "European Commissioner for the Environment Janez Potocnik"
                hits.append((m.start("name"), name, title, body))
                continue
            if m.group("title").lower() in _STATE_TITLES:  # "said Governor Rick Snyder": the state's governor
                state = _state_of_page(text, doc, record)
                if state:
                    hits.append((m.start("name"), name, title, state))
                    continue
            if m.group("comma") == ":":  # "Prize Winner: Chicago, IL ... / Mayor: Rahm Emanuel": the card's place,
                # else none (a later sentence may say whose post it is)
                hits.append((m.start("name"), name, title, _card_place(doc, base + m.start())))
                continue
            unit = _prefix_unit(text[: m.start()], record)
            if unit:  # "Lake County Board of Supervisors Chair Ann Roe": the county's board
                hits.append((m.start("name"), name, f"{title}, {unit[0]}", unit[1]))
                continue
            owner = _prefix_owner(text[: m.start()], doc, record, m.group("title"))
            if owner is None:  # "Mayor Thomas M. Menino Boston, MA Walk This Way Program": a row's place after the name
                owner = _place_after_name(text[m.start("name") + len(name):], record)
            if owner is None:  # "Mayor Jane Doe of Springfield", "Director Sam Poe of the Center for ..."
                owner = _postfix_owner(text[m.end():], doc, record)
            if owner is None:  # "Center Executive Director Cathilea Robinett": the page's Center for ...
                pw = rx(r"(?:^|\s)([A-Z][\w!&.-]*)\s+$").search(text[: m.start()])
                if pw and not match_jurisdiction(pw.group(1), record):
                    owner = _title_org(pw.group(1), doc, record)
            if owner is None and m.group("title").lower().removesuffix("-elect") in _jurisdiction_titles():
                county = "county" in m.group("title").lower()
                # "In Salem, Mayor Kim Lee said": the place the clause is about
                near = None if county else _sentence_owner(rx(r"[.;:!?]\s").split(text[: m.start()])[-1], record)
                owner = near if near and re.search(rf"\b(?:In|in|At|at|For|for)\s+{re.escape(near)},", text) \
                    else None if county else _paragraph_place(doc, record, base + m.start())
                owner = owner or _primary(doc, record, county=county)
            if owner is None:
                owner = _paragraph_place(doc, record, base + m.start()) or _primary(doc, record)
            hits.append((m.start("name"), name, title, owner))
        for m in _title_comma_re().finditer(text) if ", " in text else ():
            parsed = _parse_appositive(m.group("app"), doc, record)
            if parsed:
                app = m.group("app")
                owner = _local_owner(app, parsed[1], doc, record, base + m.start())
                unwritten = parsed[1] is None or parsed[1] not in app  # (an owner the words do not name)
                if unwritten and (pos := _POSSESSIVE_OWNER.match(app)) and not match_jurisdiction(pos.group(1), record):
                    owner = pos.group(1)  # "UN-Habitat's Executive Director, Maimunah Mohd Sharif": the owner named
                elif unwritten and not _OWNED.match(app) and parsed[0].lower() not in _jurisdiction_titles():
                    owner = None  # "by Director-General, Irina Bokova": whose, the sentence does not say
                hits.append((m.start("name"), m.group("name"), parsed[0], owner))
        for m in _title_comma_speaker_re().finditer(text) if ", " in text and _SPEECH_VERB.search(text) else ():
            app, name = m.group("app") or m.group("app2"), m.group("name") or m.group("name2")
            if not find_person(name):
                continue
            # "League President": the word before the title is the owner's short name, when the page names
            # one organisation it begins ("League of American Bicyclists"; "the Center" for a known one)
            word = app.split()[0]
            org = _owner_word(word, doc, record) if len(app.split()) > 1 else None
            parsed = (app[len(word):].strip(), org) if org else _parse_appositive(app, doc, record)
            if parsed:
                owner = parsed[1] or _org_in(app, doc, record) or _local_owner(app, parsed[1], doc, record,
                                                                               base + m.start())
                hits.append((m.start("name") if m.group("name") else m.start("name2"), name, parsed[0], owner))
        hits += _plural_title_holders(text)  # "Mayors Will Wynn of Austin; Laura Miller of Dallas"
        for a, name, title, t in _plural_title_names(text) if " and " in text and _PLURAL_GATE.search(text) else ():
            # "Council members Ann Roe and Jo Poe": each holds the post, of the owner before it or the paragraph's place
            owner = _prefix_owner(text[:t], doc, record, title) or _paragraph_place(doc, record, base + t) \
                or _primary(doc, record)
            hits.append((a, name, title, owner))
        for m in _ALSO_SERVES_RE.finditer(text) if " who " in text else ():
            parsed = _parse_appositive(m.group("app"), doc, record)
            name = find_person(m.group("name"))
            if parsed and name:
                hits.append((m.end("name"), name, parsed[0], parsed[1]))
        for m in _BECAME_RE.finditer(text) if " who " in text else ():
            app = _WHEN_TAIL.sub("", m.group("app"))
            parsed = _parse_appositive(app, doc, record) if _heads_re().search(app) else None
            name = find_person(m.group("name"))
            if parsed and name:
                hits.append((m.end("name"), name, parsed[0], parsed[1]))
        for m in _LEADS_RE.finditer(text) if " who " in text else ():
            # "Ann Ortiz, who heads the Harmon Foundation, said"
            org = m.group("org").strip()
            owner = _segment_owner(org, doc, record) or _postfix_owner(" of " + org, doc, record)
            name = find_person(m.group("name"))
            if owner and name:
                hits.append((m.end("name"), name, _LEAD_TITLES[m.group("verb")], owner))
        for m in _lower_titles_re().finditer(text):
            title = m.group("title")
            if title in {"manager", "administrator", "clerk", "attorney", "auditor", "executive", "judge"}:
                title = f"{m.group('pre')} {title}"  # "city manager" is the title, not "manager"
            county = m.group("pre") == "county"
            owner = None if county else (_sentence_owner(text[: m.start()], record)
                                         or _paragraph_place(doc, record, base + m.start()))
            hits.append((m.start("name"), m.group("name"), title_case(title),
                         owner or _primary(doc, record, county=county)))
        named = {h[1] for h in hits}
        starts = {h[0] for h in hits}
        for m in _described_re().finditer(text) if _head_word_re().search(text) else ():
            # the last reading: a role described in front of a name no other reading took
            name = find_person(m.group("name"))
            if not name or name in named or m.start("name") in starts or not is_given_name(name.split()[0]) \
                    or any(n in name for n in named):
                continue
            title = m.group("title")
            words = title.split()
            org = _title_org(words[0], doc, record) if len(words) > 1 else None
            if org:  # "League president Andy Clarke": the page's League of American Bicyclists
                title = " ".join(words[1:])
            owner = org or _prefix_owner(text[: m.start()], doc, record, title) \
                or _paragraph_place(doc, record, base + m.start()) or _primary(doc, record)
            hits.append((m.start("name"), name, title_case(title), owner))
            named.add(name)
        for p in _PAREN_RE.finditer(text) if "(" in text else ():
            # "Lee Wong (Chief Technology Officer) agreed"
            app = p.group("app")
            if not _head_words() & set(rx(r"[a-z]+").findall(app.lower())) or not _heads_re().search(app.split(",")[0]):
                continue
            m = _NAME_END_RE.search(text, max(0, p.start() - 60), p.start())
            where = None
            if "," in app:  # "Lee Wong (Chief Data Officer, Dayton)": title, then whose post
                head, last = app.rsplit(",", 1)
                where = _segment_owner(last, doc, record) if _heads_re().search(head) else None
                app = head if where else app
            parsed = _parse_appositive(app, doc, record) if m else None
            if m and parsed:
                hits.append((m.start("name"), m.group("name"), parsed[0], where or parsed[1]))
        for name_start, name, after in _names_before_commas(text):
            rest = text[after:]
            cred = _credentials_re().match(rest)
            if cred:  # "Ann Roe, ICMA-CM, Village Manager": the title follows the credential
                rest = rest[cred.end():]
            stop = _APPOS_STOP.search(rest)
            app = rest[: stop.start()] if stop else rest
            if stop and stop.group(0) == "," and _LIST_TAIL.search(app):
                # "professor of civil, construction and environmental engineering at NC State": a list of fields
                lm = _FIELD_LIST.match(rest, stop.start())
                if lm:
                    stop = _APPOS_STOP.search(rest, lm.end())
                    app = rest[: stop.start()] if stop else rest
            if stop and stop.group(0) == "(" and not rx(r"\(\s*[a-z]").match(rest, stop.start()):
                # ("First Selectman (accepted by ...)": a lower-case remark in parentheses ends the title)
                close = rest.find(")", stop.start())
                if close > 0:
                    nxt = _APPOS_STOP.search(rest, close + 1)
                    app = rest[: nxt.start()] if nxt else rest
            parsed = _parse_appositive(app, doc, record)
            if parsed:
                prefix = text[:name_start]
                owner = parsed[1]
                cm = rx(r"(?:^|\s)([A-Z]{2,6})\s+contact\s*:\s*$", re.I).search(prefix)
                if cm:
                    owner = _owner(cm.group(1), doc, record) or owner
                nxt = rx(r",\s+(?:the\s+)?([A-Z][^,;:.()\"“”]{1,60}?)(?=\s*[,;:.)]|\s*$)").match(rest[len(app):])
                if nxt and " of " not in app and " at " not in app and "'s " not in app and "’s " not in app:
                    # "Teri Takai, senior vice president, Center for Digital Government"
                    later = _org_in(nxt.group(1), doc, record) or _segment_owner(nxt.group(1), doc, record)
                    if later is None and " and " in nxt.group(1):
                        # "Todd Sander, VP, Center for Digital Government and Governing Institute": the first
                        pair = clean_space(nxt.group(1))
                        later = _first_of_pair(pair, doc, record)
                        later = later if later != pair else None
                    unit_of = _jurisdiction_unit(nxt.group(1), record)
                    if unit_of:
                        # "Kim Lee, Communications Manager, City of Salem Communications Office": a city unit
                        parsed = (f"{parsed[0]}, {clean_space(nxt.group(1))}", parsed[1])
                        owner = unit_of
                    elif later and _UNIT_HEADS.search(later) and _external(later, doc) is False \
                            and not match_jurisdiction(later, record):
                        # "Jane Doe, Director, Department of Innovation & Technology": a city unit
                        parsed = (f"{parsed[0]}, {later}", parsed[1])
                    else:
                        owner = later or owner
                owner = _local_owner(app, owner, doc, record, base + name_start)
                hits.append((name_start, name, parsed[0], owner))
        return hits

    for sent in _sentences(doc):
        for _pos, name, title, owner in sorted(scan(sent.text, sent.start), key=lambda h: h[0]):
            add(name, title, owner, sent)
    for sent, text in _contact_blocks(doc):
        for _pos, name, title, owner in sorted(scan(text, sent.start), key=lambda h: h[0]):
            add(name, title, owner, sent)
    _surname_only_heads(doc, record, found, place_names)
    return found


@cache
def _surname_head_re() -> re.Pattern[str]:
    """A jurisdiction's title before a surname alone: "Mayor Garcetti", "County Executive Pittman" (the titles
    that belong to a city or county, ``jurisdiction_titles`` in ``kg/data/titles.json``, as written)."""
    titles = {t.title() for t in load_data("titles").get("jurisdiction_titles", []) if " " in t}
    titles |= {"Mayor", "Governor", "Gov."}
    return re.compile(rf"\b(?P<title>{alternation(titles)})\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?\b"
                      r"(?![ \t]+[A-Z])(?!-)")


def _surname_only_heads(doc: Doc, record: DocumentRecord, found: list[Official], place_names: set[str]) -> None:
    """A mayor (or another head of a city or county) the page names only by surname ("Mayor Garcetti's
    directives", "said County Executive Pittman") is an official under that name, when the page never gives
    the full name; the post is the place the paragraph is about (a county title's: the page's county)."""
    known = {o.name.split()[-1] for o in found if o.name.split()}
    stop = set(load_data("titles").get("not_name_words", []))
    for sent in _sentences(doc):
        for m in _surname_head_re().finditer(sent.text):
            name = m.group("name")
            if name in known or name in place_names or name in stop:
                continue
            title = "Governor" if m.group("title").startswith("Gov") else m.group("title")
            if title not in ("Mayor", "Governor") and not (
                    rx(r"\b(?:said|says|added|noted|explained)[ \t]+$").search(sent.text, 0, m.start())
                    or rx(r"[ \t]*,?[ \t]+(?:said|says|added|noted|explained)\b").match(sent.text, m.end())):
                continue  # other heads by surname only where they speak: "said County Executive Pittman", not
                # "City Manager Approval" (a form's field)
            county = "County" in title
            where = (None if county else _paragraph_place(doc, record, sent.start + m.start())) \
                or _primary(doc, record, county=county)
            found.append(Official(name=name, title=title, of=where, evidence=sent.evidence()))
            known.add(name)


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.officials`` and leave the people found in ``doc.context["people"]``."""
    officials = find_officials(doc, record)
    have = {person_key(o.name) for o in record.officials}
    record.officials.extend(o for o in officials if person_key(o.name) not in have)
    doc.context["people"] = [o.name for o in record.officials]
