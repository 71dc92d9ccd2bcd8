"""What a SPARQL text does, read from its tokens: a query or an update, whether it reaches other servers.

Why tokens and not a full parse: the endpoint must refuse ``SERVICE`` and ``LOAD`` *before* the
engine sees the text (Oxigraph runs ``SERVICE`` and has no switch to stop it), and rdflib's parser
accepts a different SPARQL than Oxigraph's.  Keywords are looked for outside string literals, IRIs
and comments, in the text as written and with ``\\uXXXX`` escapes decoded (SPARQL engines decode
them before parsing), so a keyword hidden in an escape is still seen.  A doubtful text is refused,
never run: a false alarm costs a rephrased query, a miss costs a request to an arbitrary address.

The same tokens place catalogue parameter values (:func:`substitute`): each ``$name`` token is
replaced by one literal token in a single pass, so a value can never add syntax to the query.

>>> kind("PREFIX ex: <http://ex/> INSERT DATA { ex:a ex:b ex:c }")
'update'
>>> kind("# a comment\\nSELECT * WHERE { ?s ?p ?o }")
'query'
>>> remote_operations('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
[]
>>> remote_operations("SELECT * WHERE { service <http://127.0.0.1:9/> { ?s ?p ?o } }")
['SERVICE']
>>> substitute('SELECT ?v WHERE { BIND($p AS ?v) } # $p', {"p": literal('a" } ; DROP ALL #')})
'SELECT ?v WHERE { BIND("a\\\\" } ; DROP ALL #" AS ?v) } # $p'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

__all__ = ["tokens", "kind", "first_keyword", "remote_operations", "substitute", "literal", "QUERY_FORMS",
           "UPDATE_OPERATIONS"]

QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})
UPDATE_OPERATIONS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                               "WITH"})
#: Keywords that make the engine contact another server.
REMOTE = frozenset({"SERVICE", "LOAD"})

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             | '''(?:[^'\\]|\\.|'(?!''))*'''
             | "(?:[^"\\\n\r]|\\.)*"
             | '(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][^\s(){}\[\],;.!=<>"'#^|&+*/\\-]+)
  | (?P<word>[^\s(){}\[\],;!=<>"'#^|&+*/?$\\]+)
  | (?P<other>\S)
""", re.VERBOSE | re.DOTALL)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def tokens(text: str) -> Iterator[tuple[str, str, int, int]]:
    """(kind, text, start, end) of each token: comment, string, iri, var, word or other."""
    for match in _TOKEN.finditer(text):
        yield match.lastgroup or "other", match.group(), match.start(), match.end()


def _decoded(text: str) -> str:
    def char(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group()

    return _ESCAPE.sub(char, text)


def _keywords(text: str) -> Iterator[str]:
    """Bare words (keywords, not prefixed names) outside strings, IRIs and comments, upper-cased."""
    for view in {text, _decoded(text)}:
        for k, tok, _, _ in tokens(view):
            if k == "word" and ":" not in tok:
                yield tok.upper()


def first_keyword(text: str) -> str | None:
    """The first keyword after the prologue (``PREFIX``/``BASE`` declarations), upper-cased."""
    for k, tok, _, _ in tokens(text):
        if k == "word" and ":" not in tok and tok.upper() not in ("PREFIX", "BASE"):
            return tok.upper()
    return None


def kind(text: str) -> str:
    """``"update"`` when the text (as written, or with escapes decoded) starts with an update
    operation, else ``"query"`` (the engine's parser judges the rest)."""
    for view in {text, _decoded(text)}:
        if first_keyword(view) in UPDATE_OPERATIONS:
            return "update"
    return "query"


def remote_operations(text: str) -> list[str]:
    """The keywords in ``text`` that would make the engine contact another server (SERVICE, LOAD)."""
    return sorted({word for word in _keywords(text) if word in REMOTE})


def literal(value: object, integer: bool = False) -> str:
    """One SPARQL literal token for a value: an integer, or a string with every special character escaped.

    >>> literal("2019", integer=True), literal('Say "hi"\\n')
    ('2019', '"Say \\\\"hi\\\\"\\\\n"')
    """
    text = str(value)
    if integer:
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise ValueError(f"{text!r} is not an integer")
        return str(int(text))
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r").replace("\t", "\\t"))
    # SPARQL reads \uXXXX and \UXXXXXXXX anywhere in a query before parsing it (rdflib even after an escaped
    # backslash): a backslash the value holds before a "u" keeps the "u" as a code point escape of its own
    escaped = re.sub(r"\\\\([uU])", lambda m: "\\\\\\U" + format(ord(m.group(1)), "08X"), escaped)
    return f'"{escaped}"'


def substitute(text: str, terms: Mapping[str, str]) -> str:
    """``text`` with each ``$name`` variable token replaced by the term ``terms[name]`` (from :func:`literal`).

    One pass over the original tokens: what a value holds is never read as query text, and
    ``$name`` inside strings, IRIs and comments stays as it is.
    """
    out: list[str] = []
    last = 0
    for k, tok, start, end in tokens(text):
        if k == "var" and tok.startswith("$") and tok[1:] in terms:
            out.append(text[last:start])
            out.append(terms[tok[1:]])
            last = end
    out.append(text[last:])
    return "".join(out)
