"""What makes two mentions of a person the same: one comparison key for extraction, IRIs and resolution.

Extraction de-duplicates officials within a document, mapping mints
``person/{key}`` IRIs, and resolution merges short forms across documents.
All three compare names through :func:`person_key`, so a name that one stage
treats as one person is one person everywhere.  Keys are compared, never
shown: labels keep the name as written.

>>> person_key("Thomas M. Menino") == person_key("Mayor Thomas Menino") == person_key("thomas menino")
True
>>> person_key("Martin Luther King Jr."), person_key("José Martínez"), person_key("Sean O’Neil")
('martin luther king', 'josé martínez', "sean o'neil")
>>> person_key("J. Smith"), name_tokens("Mayor Menino"), name_tokens("Councilwoman Ana Ruiz")
('j smith', ['menino'], ['ana', 'ruiz'])
"""

from __future__ import annotations

import re

__all__ = ["HONORIFICS", "SUFFIXES", "person_key", "name_tokens"]

#: Words written before a name that are not part of it (courtesy titles and the commonest job titles).
HONORIFICS = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "hon", "honorable", "the", "mayor", "sen", "senator", "rep", "gov",
    "governor", "prof", "chief", "director", "commissioner", "councilman", "councilwoman", "councilmember",
})
#: Generational suffixes, which the scorer and most style guides treat as optional.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)


def person_key(name: str) -> str:
    """A name without case, punctuation, leading honorifics, middle initials or generational suffix.

    Honorifics and suffixes are dropped only while two words remain, so a
    surname-only mention ("Mayor Menino") keeps its title and never collides
    with another person's full name; :func:`name_tokens` is the looser form
    resolution uses to tie such a mention to a full name.
    """
    tokens = [t.replace("\u2019", "'") for t in _TOKEN.findall(name.casefold())]
    while len(tokens) > 2 and tokens[-1] in SUFFIXES:
        tokens.pop()
    while len(tokens) > 2 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    if len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    return " ".join(tokens) if tokens else name.strip()


def name_tokens(name: str) -> list[str]:
    """The words of :func:`person_key` with every leading honorific gone: ``Mayor Menino`` -> ``['menino']``."""
    tokens = person_key(name).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    return tokens
