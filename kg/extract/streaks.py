"""Streaks: "fifth year in a row", "17 consecutive years", "every year since 2003".

Why apart from ranks: a streak says the recipient also won in each earlier
year of the run, so it both fills ``Award.streak`` and implies earlier wins
(``InferredAward``).  Counts that are not runs ("four times", "six of the last
seven years", "third time ... No. 1") and anniversaries ("15th anniversary",
"now in its 18th year", "24th annual") are not streaks, but they size a run over the survey's
whole life ("every year since the survey began").

>>> [(s.length, s.phrase) for s in find_streaks("for the fifth year in a row, and 17 consecutive years")]
[(5, 'fifth year in a row'), (17, '17 consecutive years')]
>>> [(s.length, s.since) for s in find_streaks("in the top 10 every year since the survey began in 2003", year=2018)]
[(16, 2003)]
>>> [s.length for s in find_streaks("in the top 10 in all six years the survey has been conducted")]
[6]
>>> [s.length for s in find_streaks("every year since the survey began", edition=7)]
[7]
>>> find_streaks("won four times, six of the last seven years, its 15th anniversary, 24th annual")
[]
>>> [s.length for s in find_streaks("Four Years Running; the fourth straight year; second straight year")]
[4, 4, 2]
>>> [s.length for s in find_streaks("for the second year running, back-to-back titles")]
[2, 2]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.ranks import number_value, ordinal_pattern, ordinal_value
from kg.extract.regex import rx

__all__ = ["StreakMention", "find_streaks", "survey_edition"]

_CARD = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
        r"sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?)"
_RUN = r"(?:consecutive|straight|successive|running)"
_LIFE = r"(?:survey|program|programme|award|ranking|competition|contest|list)"


@dataclass(frozen=True)
class StreakMention:
    start: int
    end: int
    length: int
    phrase: str  # as written, lower-cased, without a leading "for the"
    since: int | None = None  # first year, for "every year since 2003"


@cache
def _patterns() -> list[re.Pattern[str]]:
    o = ordinal_pattern()
    return [
        re.compile(rf"\b(?P<ord>{o})\s+(?:{_RUN}\s+)?(?:year|time)\s+in\s+a\s+row\b", re.I),
        re.compile(rf"\b(?P<ord>{o})\s+{_RUN}\s+(?:[\w-]+\s+){{0,3}}?"
                   r"(?:year|time|win|title|finish|appearance|selection|ranking|honou?r)\b", re.I),
        # a named day comes once a year: "their 50th consecutive Arbor Day as a Tree City"
        re.compile(rf"\b(?P<ord>{o})\s+{_RUN}\s+(?-i:[A-Z][\w-]+\s+Day)\b", re.I),
        re.compile(rf"\b(?P<card>{_CARD})\s+{_RUN}\s+(?:years|times|wins|titles)\b", re.I),
        re.compile(rf"\b(?P<card>{_CARD})\s+(?:years|times)\s+(?:in\s+a\s+row|running|straight)\b", re.I),
        re.compile(rf"\b(?P<ord2>{o})\s+(?:year|time)\s+(?:running|straight)\b", re.I),
        rx(r"\b(?P<b2b>back[- ]to[- ]back)\b(?=\s+(?:years?|wins?|titles?|honou?rs?|awards?|"
                   r"first[- ]place|No\.\s*1|top|rankings?|victories|selections?|years?)\b)", re.I),
        # the run covers the survey's whole life: "in all six years the survey has been conducted", "in each of
        # the survey's six years", "every one of the ranking's 12 years"
        re.compile(rf"\b(?:in|for|during)\s+(?:all|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?"
                   rf"(?:(?P<card3>{_CARD})\s+years\s+(?:(?:that\s+)?(?:the|its|this)\s+{_LIFE}s?\s+"
                   r"(?:has|have|had)\s+(?:been\s+)?(?:conducted|held|run|existed|published|awarded|given|"
                   r"released|offered|around|in\s+existence)"
                   rf"|since\s+(?:the|its|this)\s+{_LIFE}s?\s+(?:began|started|launched|"
                   r"was\s+(?:first\s+)?(?:launched|founded|created|introduced)))"
                   rf"|(?:the\s+|its\s+)?{_LIFE}['’]s\s+(?P<card4>{_CARD})\s+years)\b", re.I),
        # "every year since the survey began", with no year: as many years as the survey's edition
        re.compile(rf"\b(?:(?:in\s+)?(?:every|each)\s+year\s+since\s+(?:the|its|this)\s+{_LIFE}s?\s+"
                   r"(?:began|started|launched|was\s+(?:launched|founded|created|first\s+\w+))\b"
                   rf"|(?:in\s+)?(?:every|each)\s+(?:year|edition)\s+of\s+(?:the|its|this)\s+{_LIFE}s?)"
                   r"(?!\s+in\s+(?:19|20)\d\d)(?P<life>)", re.I),
        # "has received an annual Tree City Award for the past 9 years": a run of a yearly honour the place holds
        # (not "has participated in the program for the past 30 years": the verb says it was won)
        re.compile(rf"\b(?:received|receives|won|wins|earned|earns|been\s+(?:named|designated|recogni[sz]ed|"
                   r"awarded|certified|honou?red))\b[^.;]{0,100}?"
                   rf"\bfor\s+the\s+(?P<span>(?:past|last)\s+(?P<card5>{_CARD})\s+years)\b", re.I),
        # "in the top 10 since 2003": in the 2006 edition, a run of four
        rx(r"\b(?:in|on|among|made)\s+the\s+top\s+(?:\d{1,3}|five|ten|twenty|fifty)\b[^.;]{0,40}?\bsince\s+"
           r"(?P<since>(?:19|20)\d\d)\b", re.I),
        rx(r"\b(?:every|each)\s+year\s+since\s+(?:(?:the\s+)?(?:survey|program|award|ranking)s?\s+"
                   r"(?:began|started|launched|was\s+(?:first\s+)?(?:launched|founded|created))\s+in\s+|its\s+\w+\s+in\s+)?"
                   r"(?P<since>(?:19|20)\d\d)\b", re.I),
    ]


_CUE = re.compile(r"row|consecutive|straight|successive|running|since|back|years\b|edition|year of", re.I)


def find_streaks(text: str, year: int | None = None, edition: int | None = None) -> list[StreakMention]:
    """Every streak in ``text``; ``year`` (the award year) dates 'every year since' runs, and ``edition``
    (this year's survey is its N-th) sizes 'every year since the survey began'."""
    out: list[StreakMention] = []
    if not _CUE.search(text):
        return out  # every streak pattern needs one of these words
    taken: list[tuple[int, int]] = []
    for pat in _patterns():
        for m in pat.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            g = m.groupdict()
            since = None
            if g.get("ord") or g.get("ord2"):
                n = ordinal_value(g.get("ord") or g["ord2"])
            elif g.get("b2b"):
                n = 2
            elif g.get("card") or g.get("card3") or g.get("card4") or g.get("card5"):
                n = number_value(g.get("card") or g.get("card3") or g.get("card4") or g["card5"])
            elif g.get("life") is not None:
                n = edition
            else:
                since = int(g["since"])
                n = year - since + 1 if year and year >= since else None
            if not n or n < 2 or n > 60:
                continue
            a, b = (m.start("span"), m.end("span")) if g.get("span") else (m.start(), m.end())
            out.append(StreakMention(a, b, n, text[a:b].lower(), since))
            taken.append((a, b))
    out.sort(key=lambda s: s.start)
    return out


@cache
def _edition() -> re.Pattern[str]:
    o = ordinal_pattern()
    return re.compile(rf"\b(?P<ord>{o})\s+annual\s+(?:[\w'’.-]+\s+){{0,4}}?{_LIFE}s?\b"
                      rf"|\b{_LIFE}s?,?\s+(?:which\s+is\s+|now\s+)?in\s+its\s+(?P<ord2>{o})\s+year\b", re.I)


def survey_edition(text: str) -> int | None:
    """Which edition this year's survey is ('the seventh annual Digital Cities Survey', 'the ranking, now in
    its 12th year'): the length of a run 'every year since the survey began'."""
    low = text.lower()
    if "annual" not in low and "its" not in low:  # each alternative needs one (the scan tries every position)
        return None
    m = _edition().search(text)
    return ordinal_value(m.group("ord") or m.group("ord2")) if m else None
