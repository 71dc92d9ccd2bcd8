"""Extraction component: sums of money, with what they are for and their kind.

Only money counts: a figure written with a dollar sign or followed by
"dollars" ("$7 million", "$400,000 annually", "$1.2M", "$150K", "approaching
$500,000 a year").  Percentages, populations, counts and miles are not money,
nor other countries' dollars ("A$50,000", "C$2 million", "NZ$10,000"): amounts
are US dollars.  On a page about Canada, Australia or New Zealand that names no US
state (``doc.context["countries_abroad"]``, left by the places component) a bare "$"
is that country's dollar too; "US$" and "U.S. dollars" still count.  The bounds of a
bracket ("libraries spending $10 million–$29.9 million", "$50K-") are no sums either.
The kind comes from cue words near the figure ("savings", "federal grant",
"cost"), made annual by "annually"/"a year"; the context is the clause that
holds it.

>>> parse_money("$1.2M"), parse_money("$150K"), parse_money("$7 million"), parse_money("$400,000")
(1200000, 150000, 7000000, 400000)
>>> parse_money("27 departments") is None
True
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract.doc import Doc
from kg.extract.mentions import clean_space, load_data
from kg.extract.regex import rx
from kg.record import Amount, DocumentRecord

__all__ = ["extract", "parse_money", "find_amounts", "MONEY_RE"]

MONEY_RE = re.compile(
    r"(?:\bUS\s?\$|(?<![A-Za-z])\$|\bUSD\s?)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mil|mln|bn|mm|[MmKkBb])\b)?"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<scale2>thousand|million|billion)?\s+"
    r"(?:US\s+|U\.S\.\s+)?dollars\b",
    re.I,
)


@cache
def _scales() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in load_data("amounts").get("scales", {}).items()}


def parse_money(text: str) -> int | float | None:
    """The dollar value of the first money expression in ``text``, or None (never raises)."""
    try:
        m = MONEY_RE.search(text or "")
        if not m:
            return None
        num = m.group("num") or m.group("num2")
        scale = (m.group("scale") or m.group("scale2") or "").lower()
        value = float(num.replace(",", "")) * _scales().get(scale, 1)
        value = round(value, 2)
        return int(value) if value == int(value) else value
    except (ValueError, OverflowError, TypeError):
        return None


def _kind(clause: str, at: tuple[int, int] | None = None) -> str | None:
    """The kind named by the cue word nearest the figure at ``at`` in ``clause`` (list order breaks ties),
    so "a $1.2 million grant ... and invested $500,000" reads the second figure as an investment."""
    data = load_data("amounts")
    low = clause.lower()
    kind = None
    best: tuple[int, int] | None = None
    for i, (cue, k) in enumerate(data.get("kinds", [])):
        for m in _cue_pattern(cue).finditer(low):
            if at is None:
                dist = 0
            else:
                dist = at[0] - m.end() if m.end() <= at[0] else max(0, m.start() - at[1])
            if best is None or (dist, i) < best:
                best, kind = (dist, i), k
        if at is None and kind:
            break
    if kind is None and rx(r"\bfor\s+(?:about\s+|roughly\s+|nearly\s+|approximately\s+|just\s+)?\$").search(low):
        kind = "cost"  # "launched ... for about $150K"
    if any(_cue_pattern(a, stems=False).search(low) for a in data.get("annual", [])):
        kind = f"annual {kind}" if kind else "annual"
    return kind


_RATE = re.compile(r"\s*(?:per|a|an|each)\s+(?:capita|person|resident|head|hour|household|student|"
                   r"participant|mile|square\s+foot|sq\.?\s*ft|month|week|day|night)\b", re.I)
#: a figure that describes the place's people or homes, not money anyone spends or wins: "a median household
#: income of $79,234", "the mean home value on the list is $434,250"
_STATISTIC_BEFORE = re.compile(r"\b(?:median|mean|average|typical)\s+(?:household\s+|family\s+|annual\s+)?"
                               r"(?:income|home\s+(?:value|price)|house\s+price|rent|salary|wage|home)s?\b"
                               r"[^$.;]{0,40}$", re.I)


#: a dash right after a figure or right before it, no space between: the figure bounds a bracket
_BOUND_AFTER = re.compile(r"[–-](?:\$|\d|\s|$)")
_BOUND_BEFORE = re.compile(r"(?:\d|[KMBkmb]\b|million|thousand|billion)[–-]$")


#: a sum marked as US dollars, whatever country the page is about
_US_MARKED = re.compile(r"\bUS\s?\$|\bUSD\b|\b(?:US|U\.S\.)\s+dollars\b", re.I)


def find_amounts(doc: Doc) -> list[Amount]:
    """Every sum of money in the document, once per sentence and value."""
    out: list[Amount] = []
    dollar_countries = set(load_data("amounts").get("dollar_countries", []))
    abroad = bool(dollar_countries & set(doc.context.get("countries_abroad") or ()))
    for sent in doc.sentences:
        low = sent.text.lower()
        if "$" not in low and "dollar" not in low and "usd" not in low:
            continue
        seen = set()
        for m in MONEY_RE.finditer(sent.text):
            value = parse_money(m.group(0))
            if value is None or value <= 0 or value in seen:
                continue
            if abroad and not _US_MARKED.search(m.group(0)):
                continue  # "Guelph and Wellington County, Ontario ($10M)": Canadian dollars
            if _RATE.match(sent.text, m.end()):
                continue  # "$2 per capita", "$15 an hour": a rate, not a sum of money
            if _STATISTIC_BEFORE.search(sent.text, 0, m.start()):
                continue  # "has a median household income of $79,234": a statistic of the place
            if _BOUND_AFTER.match(sent.text, m.end()) or _BOUND_BEFORE.search(sent.text, 0, m.start()):
                continue  # "libraries spending $10 million–$29.9 million", "$50K-": a bracket's bounds, no sum
            seen.add(value)
            # the clause around the figure: between the nearest separators
            left = rx(r"[;:]|,\s(?=[a-z]+\s)|\s[–—-]\s|\$[\d.,]+\s?\w*").split(sent.text[: m.start()])[-1]
            right = rx(r"[;:.]\s|,\s|\s[–—-]\s|\s(?:and|but|while)\s|\$").split(sent.text[m.end():])[0]
            clause = clean_space(f"{left}{m.group(0)}{right}").lstrip("-•* ")
            if len(left) > 90:  # keep the figure: trim the far left at a word boundary
                left = left[-90:].split(" ", 1)[-1]
            context = clean_space(f"{left}{m.group(0)}{right[:70]}").lstrip("-•* ")
            at = len(clean_space(left).lstrip("-•* ")) + (1 if left[-1:].isspace() else 0)
            out.append(Amount(context=context, amount_usd=value, kind=_kind(clause, (at, at + len(m.group(0)))),
                              evidence=sent.evidence()))
    return out


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.amounts``."""
    record.amounts.extend(find_amounts(doc))


@lru_cache(maxsize=1024)
def _cue_pattern(cue: str, stems: bool = True) -> re.Pattern[str]:
    """A cue word of ``kg/data/amounts.json`` as a word, with its verb and noun endings; compiled once."""
    return re.compile(rf"\b{re.escape(cue)}" + (r"(?:s|ed|ing|ment|ments)?" if stems else "") + r"\b")
