"""Numbers, ordinals and ranks as press releases write them.

Why a module: ranks come as ordinal words ("placed fifth"), digit ordinals
("finished 9th"), "No. 1", "first place", "the top spot", "came out on top",
superlatives ("the most digitally advanced city") and list markers ("2nd (tie)
–", "No. 10 (tie)", "1."), and ties in as many forms ("tied for sixth with",
"shares the No. 2 spot", "knotted at sixth").  An ordinal alone is not a rank:
"the city's second national prize" and "the first Texas city to be certified"
are not placings, so a rank needs a placing verb or a placing noun next to it.

>>> ordinal_value("fifth"), ordinal_value("14th"), ordinal_value("Twenty-First"), ordinal_value("five")
(5, 14, 21, None)
>>> number_value("seventeen"), number_value("17"), number_value("one million"), number_value("soon")
(17, 17, 1000000, None)
>>> [(r.rank, r.tie) for r in find_ranks("Tampa and Miami tied for second, and Aurora placed third.")]
[(2, True), (3, False)]
>>> [r.rank for r in find_ranks("For largest cities (250,000 or more residents), the winner was Corpus Christi.")]
[1]
>>> [r.rank for r in find_ranks("It is the city's second national prize and the first Texas city to win.")]
[]
>>> [r.rank for r in find_ranks("The town placed 48 flood sensors; Tulsa finished 9 in the nation.")]
[9]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.data import load as load_data
from kg.extract.mentions import alternation
from kg.extract.regex import finds, fold_for_words, rx

__all__ = ["RankMention", "ordinal_value", "number_value", "ordinal_pattern", "find_ranks", "TIE"]


@cache
def _ordinals() -> dict[str, int]:
    data = load_data("ordinals")
    return {k: v for k, v in data.items() if not k.startswith("_")}


def ordinal_value(word: str) -> int | None:
    """The number an ordinal stands for ('fifth' -> 5, '22nd' -> 22), else None."""
    w = word.strip().lower().replace("–", "-")
    m = rx(r"(\d{1,3})(?:st|nd|rd|th)").fullmatch(w)
    if m:
        return int(m.group(1))
    return _ordinals().get(w)


def number_value(text: str) -> int | None:
    """A cardinal written in digits or words ('17', 'seventeen', 'one million'), else None."""
    t = text.strip().lower().replace(",", "")
    if rx(r"\d+").fullmatch(t):
        return int(t)
    m = rx(r"(\d+(?:\.\d+)?)\s*(million|thousand)").fullmatch(t)
    if m:
        return int(float(m.group(1)) * (1_000_000 if m.group(2) == "million" else 1000))
    if not rx(r"[a-z -]+").fullmatch(t) or not t:
        return None
    from word2number import w2n

    try:
        return int(w2n.word_to_num(t))
    except (ValueError, IndexError):
        return None


@cache
def ordinal_pattern() -> str:
    """Regex alternation for one ordinal (word or digits)."""
    return r"(?:\d{1,3}(?:st|nd|rd|th)|" + alternation(_ordinals()) + r")"


@dataclass(frozen=True)
class RankMention:
    """A placing found in text: offsets, the rank (None for 'top 10' with no rank) and tie flag."""

    start: int
    end: int
    rank: int | None
    tie: bool
    kind: str  # "rank", "top", "member"


TIE = re.compile(r"\(tie\)|\btie[ds]?\b|\btying\b|\bshare[sd]?\b|\bsharing\b|\bknotted\b|\bjoint\b", re.I)
# "did not make the top 10", "fell outside this year's top five", "dropped out of the top 10"
_NEG = re.compile(r"(?:\b(?:not|never|failed to|no longer|missed|outside|beyond)|n't|\bout of|"
                  r"\b(?:fell|falls|falling|dropped|drops|dropping|slipped|slips|slipping|knocked|bumped)\s+"
                  r"(?:off|from))\s+(?:[\w'’]+\s+){0,2}$", re.I)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    o = ordinal_pattern()
    verbs = (r"placed|places|placing|finished|finishes|finishing|ranked|ranks|ranking|took|takes|taking|"
             r"came in|comes in|coming in|came in at|comes in at|coming in at|"
             r"tied for|tie for|ties for|tying for|knotted at|shared|shares|moved up to|"
             r"moves up to|climbed to|climbs to|jumped to|jumps to|rose to|rises to|landed|lands|earned|"
             r"earns|won|wins|captured|captures|claimed|claims|held|holds|at|in a tie for|tie at|clinched|clinches|"
             r"secured|secures|grabbed|grabs|nabbed|snagged|notched|garnered|garners|came|comes|"
             r"ended up|ends up|wound up|winds up|earning|placing|taking|finishing")
    return [
        (re.compile(rf"\b(?:{verbs})\s+(?:the\s+)?(?:No\.\s*|number\s+)?(?P<ord>{o}|\d+)\b"
                    r"(?:[- ](?:place|spot|position))?", re.I), "rank"),
        # "moved from ninth to fourth": the rank now is the second one
        (re.compile(rf"\bfrom\s+(?:No\.\s*|number\s+|#)?(?:{o}|\d{{1,2}})(?:[- ](?:place|spot|position))?"
                    rf"(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:No\.\s*|number\s+|#)?(?P<ord>{o}|\d{{1,2}})\b"
                    r"(?:[- ](?:place|spot|position))?", re.I), "rank"),
        (re.compile(rf"\b(?P<ord>{o})[- ](?:place|spot|position)\b", re.I), "rank"),
        # "Sacramento County (3rd), County of Alameda (7th)": a placing in parentheses after a name
        (rx(r"(?<=[\w.])\s*\((?P<ord>\d{1,2}(?:st|nd|rd|th))(?:\s+place)?\)"), "rank"),
        # a copula placing: "Albany was seventh in the group", not "was first certified" or "is the first city"
        (re.compile(rf"\b(?:was|is|were|are|'s)\s+(?:(?:also|again|now|ranked)\s+)?(?P<ord>{o})\b"
                    r"(?=\s*(?:[,.;)]|$|\s+(?:in|among|overall|nationally|out of|of|behind|with|and|for|"
                    r"this|last|place|spot)\b))"
                    r"(?!\s+in\s+(?:the\s+)?(?:state|nation|country|region|county|area|world|line)\b)", re.I), "rank"),
        # ("tied with Salt Lake City for fifth in the center's 2015 Digital Cities Survey")
        (re.compile(rf"\bfor\s+(?:the\s+)?(?P<ord>{o})\b(?=\s*(?:place|spot|position)?\s*(?:[,.;)]|and\b|in\b|$))",
                    re.I), "tied-for"),
        # an elliptical placing in an enumeration: "Newtown in second place, Ridgefield in third, Weston in fourth"
        (re.compile(rf"\bin\s+(?P<ord>{o})\b(?=\s*(?:[,;.]|and\b|$))", re.I), "rank"),
        # elliptical second placing: "placed fifth in 2019 and seventh in 2018"
        (re.compile(rf"(?:\band|,)\s+(?P<ord>{o})\b(?=\s+in\s+(?:19|20)\d\d)", re.I), "rank"),
        (rx(r"(?:\bNo\.|\bnumber|#)\s*(?P<num>\d{1,2})\b(?![,.]?\d|\s?[-–/]\s?\d)", re.I), "rank"),
        (rx(r"\b(?:No\.|number)(?:\s+|-)(?P<num>one|two|three|four|five|six|seven|eight|nine|ten)\b"
                    r"(?!\s+(?:of|in\s+a\s+series))", re.I), "rank"),
        # "earned top rankings in their respective population categories": first place in each one's own
        (rx(r"\btop\s+(?:rankings|spots|positions|places)\s+in\s+(?:their|each|its)\s+(?:respective\s+|own\s+)?"
                    r"(?:population\s+)?(?:categories|category|brackets?|divisions?)\b", re.I), "top"),
        # "were named the top-ranked municipalities", "The top winners in each of the four population categories":
        # several firsts, one per category (not "among the top-ranked cities")
        (rx(r"(?<!among )\bthe\s+top(?:[- ]ranked)?\s+(?:municipalities|cities|counties|states|jurisdictions|"
                    r"winners)(?=\s+in\s+(?:the\s+\d{4}\s|each\s+of\s+the\s+\w+\s+(?:population\s+)?categor|"
                    r"(?:their|each)\s+(?:respective\s+)?(?:population\s+)?categor))", re.I), "top"),
        # "For largest cities (250,000 or more residents), the winner was Corpus Christi": the one winner, first
        # (in a group the sentence names; "This year the winner was Ljubljana" of a one-winner title is no placing)
        (rx(r"\b(?:categor(?:y|ies)|brackets?|divisions?|class|cities|counties|towns|residents|population)"
                    r"\)?,\s+the\s+(?:overall\s+|top\s+)?winner\s+(?:was|is)\b"
                    r"(?!\s+(?:announced|named|chosen|selected))", re.I), "top"),
        (rx(r"\b(?:the\s+)?top\s+(?:spot|position|honou?rs?|place|prize|ranking)\b|\bcame out on top\b|"
                    r"\bcomes out on top\b|"
                    r"\btopp?(?:ed|s)\b(?!-| \d| ten| 10)|\bfirst overall\b", re.I), "top"),
        # "which won the category in 2006", "took its bracket": first place in it
        (rx(r"\b(?:won|wins|winning|took|takes|taking|topped|tops|topping|captured|captures|claimed|claims|"
                    r"swept|sweeps|led|leads|leading)\s+(?:the|its|their|that|this)\s+(?:same\s+)?"
                    r"(?:population\s+)?(?:category|bracket|division|class)\b(?!\s+of\b)", re.I), "top"),
        (rx(r"\bthe\s+(?:nation's\s+|country's\s+)?top\s+(?:(?:digital|small|large|mid-sized|midsize)\s+)*"
                    r"(?:city|county|town|jurisdiction)\b", re.I), "top"),
        (rx(r"\bthe\s+most\s+(?:[\w-]+\s+){1,2}(?:city|county|town)\b(?!\s+to\b)", re.I), "top"),
        (rx(r"\bthe\s+(?:nation's\s+|country's\s+)?"
                    r"(?:top[- ]ranked|highest[- ]ranked|No\.\s*1|number[- ]one)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:city|county|town|jurisdiction)\b", re.I), "top"),
        (rx(r"\bthe\s+best(?:-\w+)?\s+(?:[\w-]+\s+){0,2}(?:city|county|portal|website|site)\b", re.I), "top"),
        # "Las Vegas showed it was the best among cities in this year's Web competition"
        (rx(r"\bthe\s+best\s+among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:cities|counties|towns|states|jurisdictions|"
            r"municipalities)\b", re.I), "top"),
        (rx(r"\btop[- ](?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
            r"twenty-five|fifty|hundred)\b(?!\s*(?:%|percent|per cent|(?:semi-?)?finalists|nominees|contenders))|"
            r"\btop[- ]ranked\b|\bhonou?rees?\b|\bwinners?\b|"
                    r"\b(?:other|fellow|additional|award|(?:19|20)\d\d|year's)\s+(?:award\s+)?(?:recipients|awardees)\b|"
                    # "Recipients of the City Livability Award are ..."
                    r"\b(?:recipients|awardees)\s+of\s+(?:the|this\s+year's)\b|"
                    r"\b(?:top|other) finishers\b|"
                    r"\b(?:made|makes|make|making|earned|earns|landed|lands|named|named to)\s+(?:on\s+)?"
                    r"(?:the|[A-Z][\w.]*(?:\s+[\w.]+)?['’]s)\s+(?:[\w'-]+\s+){0,4}list\b|"
                    r"\bon (?:the|this year's|last year's|its|their|this) (?:[\w'\"“”-]+\s+){0,4}list\b|"
                    r"\bamong (?:the\s+)?(?:nation's\s+|country's\s+)?top\b|\b(?:re-?)?certified\b|\bcertification\b|"
                    # "Seattle, Minneapolis and Madison were ranked at the top just behind Arlington": the top group
                    r"\b(?:were|are)\s+(?:also\s+)?(?:ranked|placed)\s+(?:at|near)\s+the\s+top\b|"
                    r"\brecognized\b|\bhonou?red\b", re.I), "member"),
    ]


_ANNUAL = re.compile(r"\s+annual\b", re.I)


@cache
def _document_number() -> re.Pattern[str]:
    """'Resolution No.', 'Item #': a number after one of these nouns is a document's, not a placing."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in load_data("awards").get("document_number_nouns", []))
    return re.compile(rf"\b(?:{nouns or '(?!)'})\s*$", re.I)


@cache
def _bare_followers() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("awards").get("bare_rank_followers", []))


def _is_count(text: str, end: int) -> bool:
    """A bare number after a placing verb followed by another word is a count: 'placed 48 ultrasonic sensors'."""
    m = rx(r"\s+([a-z][\w-]*)").match(text[end:end + 40])
    return bool(m) and m.group(1) not in _bare_followers()


#: what makes a number a time of day: "3:30", "10 a.m.", "7pm"
_CLOCK = re.compile(r":[0-5]\d\b|[ \t]?(?:[ap]\.[ \t]?m\.|[ap]m\b|[AP]\.[ \t]?M\.|[AP]M\b)")


@lru_cache(maxsize=4096)
def find_ranks(text: str) -> tuple[RankMention, ...]:
    """Every placing in ``text`` (non-overlapping, in order); negated ones are dropped."""
    found: list[RankMention] = []
    taken: list[tuple[int, int]] = []
    folded = fold_for_words(text)  # (a pattern none of whose words the text holds is not searched)
    for pat, kind in _patterns():
        for m in finds(pat, text, folded):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if _NEG.search(text[max(0, m.start() - 30):m.start()]):
                continue
            rank: int | None = None
            if kind == "tied-for":
                # "Macon, Ga., tied Cape Coral, Fla., for seventh"
                if not rx(r"\b(?:tied|ties|tie|tying|shared|shares)\b").search(text[max(0, m.start() - 60):m.start()]):
                    continue
            if kind in ("rank", "tied-for"):
                g = m.groupdict()
                raw = g.get("ord") or g.get("num")
                rank = ordinal_value(raw) if raw and not raw.isdigit() else (int(raw) if raw else None)
                if rank is None and g.get("num"):
                    rank = number_value(raw)  # "number seven"
                if g.get("num") and _document_number().search(text[max(0, m.start() - 30):m.start()]):
                    continue  # "Ordinance No. 12", "Item #4"
                if g.get("ord") and _ANNUAL.match(text, m.end()):
                    continue  # "at the 69th Annual Conference of Mayors": an edition's number, not a placing
                if rank is None or rank == 0 or rank > 100:
                    continue
                if raw and raw.isdigit() and _CLOCK.match(text, m.end()):
                    continue  # "officials at 3:30 p.m.", "at 10 a.m.": a time of day
                # "ranked 250,000" or a year is not a rank
                if raw and raw.isdigit() and kind == "rank" and not rx(r"No\.|number|#|\d\s*$").search(m.group(0)):
                    if rx(r"[\d,]").match(text[m.end():m.end() + 1]):
                        continue
                if raw and raw.isdigit() and g.get("ord") and rx(r"\d$").search(m.group(0)) \
                        and not rx(r"No\.|number|#").search(m.group(0)) and _is_count(text, m.end()):
                    continue
            elif kind == "top":
                rank = 1
            around = text[max(0, m.start() - 25):min(len(text), m.end() + 12)]
            tie = (bool(TIE.search(around)) and kind != "member") or kind == "tied-for"
            found.append(RankMention(m.start(), m.end(), rank, tie, "rank" if kind == "tied-for" else kind))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda r: r.start)
    return tuple(found)
