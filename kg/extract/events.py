"""Extraction component: events (ceremonies, conferences) with their city, date and purpose.

Releases announce where winners are honoured in one sentence: a verb of
honouring, a date, and a gathering "at/during the X in City"
("honorees will be recognized Nov. 21 during the National League of Cities'
annual conference in San Antonio").  The year, when the sentence leaves it
out, is the document's (its date, else its award year).  "later today" is the
document date; "last week" leaves the date unknown.  The scorer matches
events on (city, date), so both are normalised: the city to the record's
spelling, the date to ISO 8601.

>>> parse_month_day("Thursday, Nov. 16", 2023), parse_month_day("May 15, 2023", None)
('2023-11-16', '2023-05-15')
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.doc import Doc
from kg.extract.gazetteer import country_pattern
from kg.extract.mentions import alternation, clean_space, load_data, match_jurisdiction, primary_jurisdiction
from kg.extract.regex import rx
from kg.record import DocumentRecord, Event

__all__ = ["extract", "find_events", "parse_month_day", "DATE_RE"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
DATE_RE = re.compile(
    r"\b(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_DAY_MONTH_RE = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_HELD_CUE = re.compile(r"\b(?:held|place|scheduled|hosted)\b", re.I)
# "held in beautiful San Antonio": a word of praise or position before a city is no part of it
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
# a month is no place: "at the ICF Summit in October" says when
_PLACE = (r"(?:(?:" + alternation(load_data("events").get("place_adjectives", [])) + r")\s+)?"
          rf"(?!{_MONTH_NAME})(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})")


@cache
def _data() -> dict:
    return load_data("events")


@cache
def _venue_re() -> re.Pattern[str]:
    # a name may hold an initialism's dots ("the U.S. Conference of Mayors annual meeting")
    return re.compile(rf"\b(?:[Aa]t|[Dd]uring)\s+(?P<name>(?:[^,.;:]|(?<=\b[A-Z])\.){{3,90}}?)"
                      rf"(?=\s+in\s+[A-Z]|\s*[,;:]|(?<!\b[A-Z])\.|\s*$)"
                      rf"(?:\s+in\s+{_PLACE})?")


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(_data().get("verbs", [])) + r")\b", re.I)


@cache
def _noun_alts() -> str:
    return alternation(_data().get("nouns", []))


@cache
def _noun_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_noun_alts()})\b", re.I)


@cache
def _held_re() -> re.Pattern[str]:
    nouns = _noun_alts()
    # ("The 2015 C40 Cities Awards ceremony, held in Paris during ...", "a Civic Action Fair held June 4-6 in
    # Charlotte": the participle alone)
    return re.compile(rf"(?P<name>(?:[\w'’&-]+\s+){{0,6}}?(?:{nouns}))(?:\s+(?:(?:will\s+be|is|was)\s+"
                      r"(?:held|scheduled|hosted)|(?:will\s+)?takes?\s+place)|,?\s+held(?=\s+(?:in|on|at)\b|\s+[A-Z]))\b",
                      re.I)


def parse_month_day(text: str, year: int | None) -> str | None:
    """ISO date of the first "Month Day[, Year]" in ``text``, else of the first "Day Month[ Year]" ("8 June
    2017", "10 to 14 July": the first day), year filled in; None if absent/invalid.

    >>> parse_month_day("concludes on 8 June 2017", None), parse_month_day("held from 10 to 14 July", 2016)
    ('2017-06-08', '2016-07-10')
    """
    m = DATE_RE.search(text or "") or _DAY_MONTH_RE.search(text or "")
    if not m:
        return None
    y = int(m.group("year")) if m.group("year") else year
    if y is None:
        return None
    month = _MONTHS[m.group("mon")[:3].lower()]
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return f"{y:04d}-{month:02d}-{day:02d}"


_SUBJECT = re.compile(r"(?:(?<![\w'’])[\w'’-]+\s+)?\b(?:winners|honorees|cities|counties|leaders|recipients|finalists|"
                      r"states|agencies|projects|officials)\b", re.I)


def _purpose(before: str, verb: str) -> str:
    """What happens there, subject and verb: "honorees recognized", "Lafayette picked up"."""
    before = rx(r"^[A-Z][A-Z .,'’-]+[—–-]\s*").sub("", before)  # dateline
    m = _SUBJECT.search(before)
    if m:
        subject = m.group(0).lower()
        subject = rx(r"^(?:of|the|this|that|each|all|[\w-]+['’]s)\s+").sub("", subject)
    else:
        caps = rx(r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*").findall(before)
        subject = caps[-1] if caps else "winners"
    return clean_space(f"{subject} {verb.lower()}")


def _roll_year(date: str | None, text: str, record: DocumentRecord) -> str | None:
    """A future event months before the publication month is next year's ("Dec. 2022: ... will be honored Jan. 10")."""
    if not date or not record.date or not rx(r"\d{4}-\d\d").match(record.date) or DATE_RE.search(text) is None:
        return date
    m = DATE_RE.search(text)
    if m and m.group("year"):
        return date
    if rx(r"\bwill\b|\bupcoming\b|\bnext\b").search(text) and date[:4] == record.date[:4] \
            and int(date[5:7]) + 6 <= int(record.date[5:7]):
        return f"{int(date[:4]) + 1}{date[4:]}"
    return date


def _doc_year(doc: Doc, record: DocumentRecord) -> int | None:
    if record.date and rx(r"\d{4}").match(record.date):
        return int(record.date[:4])
    years = [a.year for a in record.awards if a.year]
    if years:
        return max(years)
    m = rx(r"\b(19[89]\d|20\d\d)\b").search(doc.text[:600])
    return int(m.group(1)) if m else None


@cache
def _hosted_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:hosted|held)\s+(?:their|its|his|her|our|the|an?)\s+"
                      rf"(?P<name>(?:[\w'’&-]+\s+){{0,6}}?(?:{_noun_alts()}))\b", re.I)


def _held_event(text: str, record: DocumentRecord, year: int | None) -> Event | None:
    """ "The awards ceremony will be held Nov. 5 in Orlando": the gathering is the subject; "On Sept. 25,
    the council hosted its Annual Awards Luncheon at the Yacht Club in Hendersonville": its object, the
    date anywhere in the sentence."""
    m = _held_re().search(text)
    active = m is None
    if active:
        m = _hosted_re().search(text)
    if not m:
        return None
    rest = text[m.end():]
    date = _roll_year(parse_month_day(text if active else rest, year), text, record) or _opening_date(text, year)
    pm = re.search(rf"\bin\s+{_PLACE}", rest)
    city = None
    if pm:
        place = pm.group("place")
        if not rx(r"\.\w+\.$").search(place):
            place = place.rstrip(".")
        city = match_jurisdiction(place, record) or place
    if city is None and date is None:
        return None
    name = clean_space(m.group("name"))
    name = rx(r"^(?:the|an?|this|next|year['’]s)\s+", re.I).sub("", name)
    # "preparing exhibits for a Civic Action Fair": the gathering's own name, the capitalised words it ends with
    name = rx(r"^(?:[a-z][\w'’&-]*\s+)+(?=[A-Z0-9][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*)*$)").sub("", name)
    if city is None:
        # "Suffolk’s 2016 National Night Out celebration": the city whose gathering it is
        owner = rx(r"^([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s").match(name)
        city = match_jurisdiction(owner.group(1), record) if owner else None
    return Event(name=name, city=city, date=date, purpose="held")


#: "in Columbus, Ohio, on Oct. 3", "in Las Vegas, Nevada on Sept. 22": the state between a city and its date
_STATE_BEFORE_DATE = re.compile(r"^(?:,?\s*[A-Z][a-z]*\.(?:\s?[A-Z]\.)?|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,?\s*"
                                r"(?:on\s+)?")
_NAMED_GATHERING = re.compile(r"\bat\s+(?:the\s+)?(?P<name>(?:[A-Z]|\d+(?:st|nd|rd|th)\s+[A-Z])[\w'’&-]*"
                              r"(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|&)){1,8})(?=[\s,.;:]|$)")


#: what may stand before a date a sentence opens with: "On April 14, 2013, at ...", "Monday, June 3, 2019, the ..."
_OPENING = re.compile(r"\s*(?:On\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?")


def _opening_date(text: str, year: int | None) -> str | None:
    """The date a sentence opens with, before its comma ("On April 14, 2013, at the Division's Annual Business
    Meeting, held at the APA National Conference in Chicago"): the date of the gathering it goes on to name."""
    od = DATE_RE.match(text, _OPENING.match(text).end())
    return parse_month_day(od.group(0), year) if od and text[od.end():od.end() + 1] == "," else None


def _city_of(place: str | None, record: DocumentRecord) -> str | None:
    """The record's spelling of a venue place; a county or state is not an event city."""
    if not place:
        return None
    place = rx(r"\s+(?:Conference|Summit)$").sub("", place)
    if not rx(r"\.\w+\.$").search(place):
        place = place.rstrip(".")
    if rx(r"\s(?:County|Parish|Borough)$").search(place):
        return None  # "the NACo Annual Conference in Adams County": no city is named
    return match_jurisdiction(place, record) or place


def _named_gathering(text: str, record: DocumentRecord, year: int | None) -> Event | None:
    """ "Kim will speak at the Ohio Digital Government Summit on Oct. 3, 2019, in Columbus": a named
    gathering with a date and a city, though nobody is honoured there."""
    for m in _NAMED_GATHERING.finditer(text):
        name = rx(r"\s+(?:of|for|and|&)$").sub("", m.group("name"))
        if not re.search(rf"\b(?:{_noun_alts()})$", name, re.I) \
                and not rx(r",?\s+(?:being\s+)?(?:held|hosted|taking\s+place)\s+in\b").match(text[m.end():]):
            continue  # no gathering word, and not "at Smart Cities Connect, held in San Antonio"
        rest = rx(r"^\s*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?").sub("", text[m.end():])
        dm = DATE_RE.match(rest)
        pm = re.match(rf"[\s,]*in\s+{_PLACE}", rest[dm.end():]) if dm else None
        if dm is None:  # "... Summit in Columbus on Oct. 3"
            pm = re.match(rf"in\s+{_PLACE}", rest)
            after = _STATE_BEFORE_DATE.sub("", rest[pm.end():]) if pm else ""
            dm = DATE_RE.match(after)
        if not pm:  # "at Smart Cities Connect, held in San Antonio"
            pm = re.match(rf"[\s,]*(?:(?:held|hosted|taking place)\s+)?in\s+{_PLACE}", rest)
        if not pm and dm is None and re.search(rf"\b(?:{_noun_alts()})$", name, re.I):
            month = _in_month(rest, year)
            if month:  # "named at the ICF Summit in October": a month, no city
                return Event(name=clean_space(name), city=None, date=month, purpose="held")
        if not pm:
            continue
        date = _roll_year(parse_month_day(dm.group(0), year), text, record) if dm else _opening_date(text, year)
        city = _city_of(pm.group("place"), record)
        if city and (date or not dm):  # a gathering named with its city is an event, its date when stated
            return Event(name=clean_space(name), city=city, date=date, purpose="held")
    return None


@cache
def _competition_re() -> re.Pattern[str]:
    """ "invited 20 communities to the 2013 All-America City Awards June 14-16 in Denver", "a final round of the
    All-America City competition in Atlanta, Georgia, June 10-12": a competition's gathering, named by it."""
    word = r"[A-Z][\w'’&-]*"
    return re.compile(rf"\b(?:the\s+)?(?P<name>(?:(?:19|20)\d\d\s+)?{word}(?:\s+(?:{word}|of|for|and|&)){{0,6}}?"
                      rf"\s+(?:Awards?|[Cc]ompetition|Finals?))(?P<between>[^.;:]{{0,40}}?)\s+in\s+{_PLACE}")


_COMPETING = re.compile(r"\b(?:compete[sd]?|competing|participated|presented|invited|finalists?|delegations?|"
                        r"jury|judges)\b", re.I)


def _competition_event(text: str, record: DocumentRecord, year: int | None) -> Event | None:
    """A competition's gathering where finalists present to a jury, with its city and, when stated, its
    date (before or after the city)."""
    if not _COMPETING.search(text):
        return None
    m = _competition_re().search(text)
    if not m:
        return None
    city = _city_of(m.group("place"), record)
    if city is None:
        return None
    after = _STATE_BEFORE_DATE.sub("", text[m.end():])
    dm = DATE_RE.match(m.group("between").strip()) or DATE_RE.match(after)
    date = _roll_year(parse_month_day(dm.group(0), year), text, record) if dm else None
    return Event(name=clean_space(m.group("name")), city=city, date=date, purpose="finalists compete")


@cache
def _gathering_in_re() -> re.Pattern[str]:
    """ "crowned the European Green Capital for 2015 at a ceremony in Nantes", "named an All-America City at the
    1998 competition in Mobile, Ala.": a gathering, named or not, at a city."""
    nouns = alternation([*_data().get("nouns", []), "competition", "finals?"])
    return re.compile(rf"\b(?:at|during)\s+(?:the|an?|its|their)\s+(?P<name>(?:[\w'’&-]+\s+){{0,5}}?(?:{nouns}))"
                      rf"(?P<between>(?:\s+(?:last|this|next)\s+(?:week|month|year))?)\s+in\s+{_PLACE}", re.I)


_MONTH_YEAR = re.compile(r"^,?\s+in\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+(?P<year>(?:19|20)\d\d)\b")


_IN_MONTH = re.compile(rf"^,?\s*in\s+(?P<mon>{_MONTH_NAME})(?:\s+(?P<year>(?:19|20)\d\d)\b)?(?!\s+\d)")


def _in_month(after: str, year: int | None) -> str | None:
    """The month a gathering's name is followed by ("the ICF Summit in October", "in June 2023"), in the year it
    states or else the page's: "2021-10"."""
    mm = _IN_MONTH.match(after)
    y = int(mm.group("year")) if mm and mm.group("year") else year
    return f"{y:04d}-{_MONTHS[mm.group('mon')[:3].lower()]:02d}" if mm and y else None


def _month_of(after_place: str) -> str | None:
    """The month a gathering's city is followed by ("in New Orleans in November 2008"): "2008-11"."""
    mm = _MONTH_YEAR.match(after_place) or _MONTH_YEAR.match(", " + _STATE_BEFORE_DATE.sub("", after_place))
    return f"{int(mm.group('year')):04d}-{_MONTHS[mm.group('mon')[:3].lower()]:02d}" if mm else None


def _gathering_in(text: str, record: DocumentRecord, year: int | None) -> Event | None:
    """A gathering at a city, without a verb of honouring: its date when the sentence states one (a day, or
    "in November 2008", a month)."""
    m = _gathering_in_re().search(text)
    if not m or not m.group("place")[:1].isupper():
        return None
    city = _city_of(m.group("place"), record)
    if city is None or city not in {c.name for c in record.cities}:
        return None
    date = _month_of(text[m.end():])
    if date is None and not m.group("between"):
        date = _roll_year(parse_month_day(text, year), text, record)
    name = rx(r"^(?:the|an?|its|their)\s+", re.I).sub("", clean_space(m.group("name")))
    return Event(name=name, city=city, date=date, purpose="held")


@cache
def _public_event_re() -> re.Pattern[str]:
    """ "Come to Tacoma Data Day on Saturday, Sept. 14, 2024, ... at the Main Library": a named event, then its date."""
    heads = alternation(_data().get("public_event_heads", []))
    word = r"(?:[A-Z][\w'’&.-]*|\d{4})"
    return re.compile(rf"(?<![\w'’-])(?P<name>{word}(?:\s+(?:{word}|of|for|and|&|on|the)){{0,6}}?\s+(?:{heads}))"
                      r"(?![\w'’-])(?:\s+\d{4})?,?\s+(?:on\s+|is\s+(?:on\s+)?|will\s+be\s+(?:held\s+)?(?:on\s+)?)?"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
                      r"Nov|Dec)[a-z]*\.?\s+\d)")


@cache
def _building_re() -> re.Pattern[str]:
    heads = alternation(_data().get("venue_heads", []))
    return re.compile(rf"\bat\s+(?:the\s+)?(?P<venue>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&)){{0,7}}?"
                      rf"\s+(?:{heads}))(?![\w-])")


@cache
def _invitation_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + alternation(_data().get("invitation_cues", [])) + r")\b", re.I)


def _public_event(text: str, doc: Doc, record: DocumentRecord, year: int | None) -> Event | None:
    """A named public event with its date, held in a city or at a building ("Join us at Reno Data Day on
    March 3 at the Downtown Library"): the building's city is a city of the record named in the venue or the
    event, else, when the public is invited, the document's own."""
    m = _public_event_re().search(text)
    if not m:
        return None
    rest = text[m.end():]
    date = _roll_year(parse_month_day(rest[:40], year), text, record)
    if not date:
        return None
    dm = DATE_RE.match(rest)
    after = rest[dm.end():] if dm else rest
    pm = re.search(rf"(?:^|[\s,])in\s+{_PLACE}", after)
    place = pm.group("place") if pm else None
    if place and _building_re().match("at " + place):
        place = None  # "in City Hall": a building, not a city
    city = _city_of(place, record)
    if city is None:
        bm = _building_re().search(after)
        if not bm:
            return None
        # the building's city: one of the record's named in the venue or the event's name, else (an
        # invitation to the public) the document's own
        where = f"{bm.group('venue')} {m.group('name')}"
        cities = {c.name for c in record.cities}
        city = next((c for c in cities if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", where)), None)
        if city is None and _invitation_re().search(text):
            city = primary_jurisdiction(doc, record)
        if city not in cities:
            return None  # a county building names no city
    lead = alternation(_data().get("public_event_lead_words", []))
    name = re.sub(rf"^(?:(?:{lead})\s+)+", "", m.group("name")) if lead else m.group("name")
    if len(name.split()) < 2:
        return None
    return Event(name=clean_space(name), city=city, date=date, purpose="public event")


def _body_city(name: str, record: DocumentRecord) -> str | None:
    """The city whose own council or board meets ("Tyler City Council meeting"): a record city opening the name."""
    name = rx(r"^(?:the|an?)\s+", re.I).sub("", name.strip())
    for c in (c.name for c in record.cities if name.startswith(c.name)):
        if rx(r"\s+(?:City|Town|Village)\s+(?:Council|Commission|Board)\b").match(name, len(c)):
            return c
    return None


def _named_for_city(name: str, record: DocumentRecord, anywhere: bool = False) -> str | None:
    """The city a gathering is named for: a capitalised name ending in one of the record's cities ("CityLab
    Detroit", "Smart Cities Week San Diego"), or with ``anywhere`` holding one ("the Smart Cities New York
    event"); the city alone ("at Detroit") is a place, not a gathering's name."""
    name = rx(r"^(?:the|an?|its|their)\s+").sub("", name.strip())
    words = name.split()
    if len(words) < 2 or not anywhere and not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    best: tuple[int, int, str] | None = None  # the first city named, the longest at one spot
    for c in (c.name for c in record.cities if c.name in name):
        hit = re.search(rf"(?<![\w-]){re.escape(c)}(?:\s+City)?(?![\w-])", name)
        if hit and hit.start() > 0 and (anywhere or hit.end() == len(name)):
            if best is None or (hit.start(), -len(c)) < best[:2]:
                best = (hit.start(), -len(c), c)
    return best[2] if best else None


_VENUE_OF_CITY = re.compile(r"\bat\s+(?:the\s+)?(?P<city>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
                            r"(?:Convention|Conference|Civic|Expo|Exhibition|Events?)\s+(?:Center|Centre|Hall)\b")


def _venue_city(text: str, record: DocumentRecord) -> str | None:
    """The city a venue is named for ("... on November 16, 2013 at the Seattle Convention Center"), when it is
    one of the record's cities."""
    cities = {c.name for c in record.cities}
    m = _VENUE_OF_CITY.search(text)
    return m.group("city") if m and m.group("city") in cities else None


_DATELINE_END = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-–—]+|--)[ \t]*")


def _after_dateline(text: str) -> str:
    """The sentence without the dateline that opens it: "June 1, 2013 - ... at the awards in Denver on June
    14" was held on June 14, not on the day the release is dated.

    >>> _after_dateline("DENVER, June 1, 2013 - Winners were named on June 14.")
    'Winners were named on June 14.'
    """
    m = DATE_RE.search(text)
    if m and m.start() < 40:
        end = _DATELINE_END.match(text, m.end())
        if end:
            return text[end.end():]
    return text


def find_events(doc: Doc, record: DocumentRecord) -> list[Event]:
    """Ceremonies where awards are given, one per (city, date)."""
    out: list[Event] = []
    seen: set[tuple[str | None, str | None]] = set()
    year = _doc_year(doc, record)
    same_day = alternation(_data().get("same_day", []))
    for sent in doc.sentences:
        text = sent.text
        verb = _verb_re().search(text)
        for m in _venue_re().finditer(text) if verb else ():
            name = clean_space(m.group("name"))
            if verb is None or m.start() < verb.start() - 80:
                continue
            named_city = _named_for_city(name, record)
            if not _noun_re().search(name) and named_city is None:
                continue
            place = m.group("place")
            if place is None:
                pm = re.search(rf"\bin\s+{_PLACE}", text[m.end():])
                place = pm.group("place") if pm else None
                if place and country_pattern().fullmatch(place.rstrip(".")):
                    # "at the Awards Ceremony in this year's Green Capital, Grenoble in France": the city before
                    # its country
                    before = text[m.end():m.end() + pm.start()].rstrip()
                    cm = rx(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$").search(before)
                    place = match_jurisdiction(cm.group(1), record) if cm else None
            if place is None and verb.end() <= m.start():
                # "The awards will be announced in Detroit on June 23 at the 69th Annual Conference of Mayors":
                # a city of the record said between the verb and the gathering
                pb = list(re.finditer(rf"\bin\s+{_PLACE}", text[verb.end():m.start()]))
                place = match_jurisdiction(pb[-1].group("place"), record) if pb else None
            city = _city_of(place, record)
            placed = bool(place) and city is None  # "in Adams County": a venue, though not a city
            date = _roll_year(parse_month_day(_after_dateline(text), year), text, record)
            if date is None and m.group("place"):  # "at the Congress of Cities in New Orleans in November 2008"
                date = _month_of(text[m.end():])
            if date is None and same_day and re.search(rf"\b(?:{same_day})\b", text, re.I):
                date = record.date
            if city is None and not placed:
                city = named_city or _named_for_city(DATE_RE.split(name)[0], record, anywhere=True) \
                    or _venue_city(text, record) or _body_city(name, record)
            if city is None and date is None and not placed:
                continue
            if (city, date) in seen:
                continue
            seen.add((city, date))
            name = rx(r"^(?:the|an?|its|their)\s+", re.I).sub("", name)
            name = rx(r"\s+(?:on|this|next|last|later)\s+(?=[A-Z]|week|month|year|today)").split(name)[0]
            name = rx(r"\s+(?:being\s+)?(?:held|hosted|scheduled|set)\b").split(name)[0]  # "a ceremony held Nov. 10"
            name = DATE_RE.split(name)[0].strip(" ,") or name
            name = rx(r"['’]s?(?=\s)").sub("", name)
            name = rx(r"\s+(?:in|at|of|for|(?:going\s+)?on)$").sub("", name)  # "the Awards Ceremony in [this ...]"
            purpose = _purpose(text[: verb.start()], verb.group(0))
            out.append(Event(name=name, city=city, date=date, purpose=purpose, evidence=sent.evidence()))
            break
        else:
            held = _HELD_CUE.search(text) and _noun_re().search(text)
            ev = _held_event(text, record, year) if held else None
            if ev is None and (" at " in text or " in " in text) and _noun_re().search(text):
                ev = _named_gathering(text, record, year)
            if ev is None and (" at " in text or " in " in text) and DATE_RE.search(text):
                ev = _public_event(text, doc, record, year)
            if ev is None and " in " in text:
                ev = _competition_event(_after_dateline(text), record, year)
            if ev is None and " in " in text:
                ev = _gathering_in(_after_dateline(text), record, year)
            if ev and ev.city is None:
                # ("the Tyler City Council meeting": a gathering named for its city)
                ev.city = _venue_city(text, record) or _body_city(ev.name, record)
            if ev and ev.date is None and same_day and re.search(rf"\b(?:{same_day})\b", text, re.I):
                ev.date = record.date  # "Today, SolSmart is announcing ... at the Planning Conference in ..."
            if ev and (ev.city, ev.date) not in seen:
                seen.add((ev.city, ev.date))
                ev.evidence = sent.evidence()
                out.append(ev)
    return out


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.events``."""
    record.events.extend(find_events(doc, record))
