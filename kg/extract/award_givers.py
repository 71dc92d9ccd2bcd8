"""An award named by one generic word ("Achievement Awards", "Challenge Award") qualified by its giver.

Why: state leagues, associations and governors all give "Achievement Awards"; reported bare, the awards of
a dozen givers would be one node of the graph and one series in every query.  The page names the giver
before the award ("the 2023 CSAC Challenge Award", "the 2011 Governor's Technology Award", "the Municipal
Association of SC 2025 Achievement Awards", "The National Association of Counties (NACO) Achievement
Awards") or as its headline's subject ("Municipal Association of South Carolina Honors Eight Cities and
Towns with Achievement Awards"); the name reported is the giver's and the award's.  A known award so
written ("NACo Achievement Awards") is reported by its canonical name.  The generic words are data
(``generic_award_words`` in ``kg/data/awards.json``).

>>> qualified("Challenge Awards", "CSAC Announces 2025 Challenge Award Winners\\n\\nSacramento, CA - ...")
'CSAC Challenge Awards'
>>> qualified("Technology Award", "The site received the 2011 Governor's Technology Award last week.")
"Governor's Technology Award"
>>> qualified("Achievement Awards", "The deadline for the Municipal Association of SC 2025 Achievement Awards is near.")
'Municipal Association of South Carolina Achievement Awards'
>>> qualified("Achievement Awards", "VACo Gives Annual Achievement Awards\\n\\nRichmond, Va. - ...")
'VACo Achievement Awards'
>>> qualified("Local Government Excellence Award", "ICMA's Local Government Excellence Award")
'Local Government Excellence Award'
"""

from __future__ import annotations

import re
from functools import cache

from kg.data import load as load_data
from kg.extract.award_context import award_defs
from kg.extract.gazetteer import state_names
from kg.extract.regex import rx

__all__ = ["is_generic", "qualified"]

_AWARD_WORDS = r"(?:Awards?|Prizes?)"
#: nouns that say a thing is an honour and name none
_HONOUR_NOUN = r"(?:Awards?|Prizes?|Accreditation|Certification|Designation|Recognition)"
#: an organisation's name: capitalised words joined by "of", "and", "the", "&"
_ORG = r"(?:[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|and|the|for|&)[ \t]+)*[A-Z][\w&.'’-]*){0,7})"
#: the verbs a headline's giver does the honouring with
_HONOURS = r"(?:Honou?rs|Announces|Presents|Recogni[sz]es|Names|Awards|Selects|Celebrates|Gives|Hands|Bestows|Grants)"


@cache
def _generic_words() -> frozenset[str]:
    return frozenset(load_data("awards").get("generic_award_words", []))


def is_generic(name: str) -> bool:
    """Whether ``name`` is one generic word and the award noun ("Achievement Awards", "Challenge Award"), or the
    noun of an honour alone ("Accreditation" on a page of "PHAB Accreditation")."""
    words = name.split()
    if len(words) == 1:
        return re.fullmatch(_HONOUR_NOUN, name) is not None
    return len(words) == 2 and words[0] in _generic_words() and re.fullmatch(_AWARD_WORDS, words[1]) is not None


def _expanded(giver: str) -> str:
    """A giver's state written as its code spelled out: "Municipal Association of SC" -> "... of South Carolina"."""
    m = rx(r"\bof[ \t]+([A-Z]{2})$").search(giver)
    if m is None:
        return giver
    names = {code: name for name, code in state_names().items()}
    return giver[:m.start(1)] + names[m.group(1)] if m.group(1) in names else giver


def _giver(word: str, text: str) -> str | None:
    stem = rf"{re.escape(word)}[ \t]+{_AWARD_WORDS}\b"
    year = r"(?:(?:19|20)\d\d[ \t]+)?"
    # written before it: an acronym (in brackets after the full name, or alone), a possessive, a named body
    m = re.search(rf"\(([A-Z]{{2,6}})\)[ \t]+{year}{stem}", text) \
        or re.search(rf"(?<![\w-])({_ORG}[ \t]+(?:Association|League|Conference|Council|Institute|Society)"
                     rf"(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?)[ \t]+{year}{stem}", text) \
        or re.search(rf"(?<![\w-])([A-Z][\w.]*['’]s)[ \t]+{year}{stem}", text) \
        or re.search(rf"(?<![\w-])([A-Z][A-Z]{{1,4}}[a-z]?)[ \t]+{year}{stem}", text)
    if m:
        giver = m.group(1)
        return None if giver.lower() in ("the", "an", "a", "its", "their", "this") else giver
    # the headline's subject that honours with it
    first = text.lstrip().split("\n", 1)[0]
    h = re.match(rf"({_ORG})[ \t]+{_HONOURS}\b[^\n]*\b{stem}", first)
    return h.group(1) if h else None


def qualified(name: str, text: str) -> str:
    """``name`` with its giver before it when it is generic and the page names the giver, else ``name``."""
    if not is_generic(name):
        return name
    giver = _giver(name.split()[0], text)
    if giver is None:
        return name
    full = f"{_expanded(giver)} {name}"
    known = next((d.name for d in award_defs() if d.pattern.fullmatch(full)), None)
    return known or full
