"""Shared helpers for the people/organisation components: data files, names, jurisdictions.

Officials, quotes, organisations, programs and events all need the same few
things: the knowledge in ``kg/data/*.json`` (loaded once and cached), a
pattern for a person's name, and the answer to "which city or county is this
document about?".  Keeping them here means each component module stays one
job long.

>>> find_person("said Mayor Thomas M. Menino today")
'Thomas M. Menino'
>>> find_person("the city of Boston") is None
True
>>> find_person("Mayor J.T. Hollis announced"), find_person("U.S. Ignite said") is None
('J.T. Hollis', True)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from kg.data import load as load_data
from kg.extract.doc import Doc, Sentence
from kg.extract.regex import rx
from kg.record import DocumentRecord

__all__ = [
    "load_data",
    "NAME_TOKEN",
    "PERSON",
    "PERSON_RE",
    "find_person",
    "word_boundary",
    "is_given_name",
    "from_given_name",
    "is_person_name",
    "jurisdictions",
    "primary_jurisdiction",
    "match_jurisdiction",
    "lines_with_offsets",
    "sentence_at",
    "clean_space",
    "WordMatch",
    "word_finditer",
    "word_pattern",
    "word_search",
    "alternation",
    "related_spans",
]



def alternation(words: Iterable[str], *, empty: str = "(?!)") -> str:
    """Words as one regex alternation, escaped and longest first, so the longer form wins.

    Why: ``re`` takes the first alternative that matches, so "Mayor" listed
    before "Mayor Pro Tem" would cut the title short.  An empty list gives
    ``empty`` (by default a pattern that never matches).

    >>> print(alternation(["Mayor", "Mayor Pro Tem", "C.I.O."]))
    Mayor\\ Pro\\ Tem|C\\.I\\.O\\.|Mayor
    >>> alternation([])
    '(?!)'
    """
    # (equal lengths in a fixed order: words often come from a set, whose order changes from one process to the
    # next, and with it the pattern and how long it takes to scan a page)
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered) or empty


_RELATED_HEAD = re.compile(r"^\s*(?:related(?: stories| links| articles| news| content)?|see also|more news|"
                           r"read more|recent (?:news|posts|stories)|popular|trending|you may also like)\s*:?\s*$",
                           re.I)
_RELATED_WORD = re.compile(r"(?i)related|see also|more news|read more|recent|popular|trending|may also like")


@lru_cache(maxsize=64)
def related_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Lines of a "Related News" box (other stories' headlines), up to the next paragraph of prose.

    Why: those headlines name other years' awards and other cities; awards and
    organisations both skip them.

    >>> text = "Tulsa won.\\nRelated News\\nOmaha ranks fifth\\nBoise wins again\\n" + "Prose resumes here. " * 8
    >>> [text[a:b] for a, b in related_spans(text)]
    ['Omaha ranks fifth', 'Boise wins again']
    """
    if not _RELATED_WORD.search(text):
        return ()
    out = []
    pos, on = 0, False
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _RELATED_HEAD.match(line):
            on = True
        elif on and line.strip():
            if len(line) > 160 or (line.rstrip().endswith((".", "!", "?")) and len(line) > 100):
                on = False
            else:
                out.append((start, start + len(line)))
    return tuple(out)


@lru_cache(maxsize=8192)
def word_pattern(form: str, flags: int = 0) -> re.Pattern[str]:
    """``form`` as a whole word (not inside a longer word), compiled once.

    Why: components look up every name of a document; ``re``'s own cache holds
    512 patterns, so a corpus of names thrashes it and compiling dominated
    extraction time.

    >>> bool(word_pattern("Oates").search("said Oates.")), bool(word_pattern("Oates").search("Boates"))
    (True, False)
    """
    return re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", flags)


def _may_contain(form: str, text: str, flags: int) -> bool:
    """Whether ``text`` can hold ``form`` at all: a form the text lacks needs no pattern compiled, which was most
    of the cost of looking names up (with re.I, only ASCII is checked: re folds a few letters str.lower keeps)."""
    if not flags & re.I:
        return form in text
    return not (form.isascii() and text.isascii()) or form.lower() in text.lower()


class WordMatch:
    """A whole-word occurrence found without a pattern: the part of ``re.Match`` its callers read."""

    __slots__ = ("string", "_a", "_b")

    def __init__(self, string: str, a: int, b: int) -> None:
        self.string, self._a, self._b = string, a, b

    def start(self, _group: int = 0) -> int:
        return self._a

    def end(self, _group: int = 0) -> int:
        return self._b

    def span(self, _group: int = 0) -> tuple[int, int]:
        return self._a, self._b

    def group(self, _group: int = 0) -> str:
        return self.string[self._a:self._b]


def _wordy(c: str) -> bool:
    return c.isalnum() or c == "_"  # what ``\w`` matches in a str pattern


def word_boundary(text: str, i: int) -> bool:
    r"""What ``\b`` says at ``i``: a word character on one side of it and none on the other.

    >>> word_boundary("Ames won", 4), word_boundary("Ames won", 2), word_boundary("Ames", 0)
    (True, False, True)
    """
    return (0 < i <= len(text) and _wordy(text[i - 1])) != (i < len(text) and _wordy(text[i]))


def _word_spans(form: str, text: str, hay: str | None = None, also: str = "",
                also_after: str | None = None) -> Iterator[tuple[int, int]]:
    r"""Whole-word occurrences of ``form``, left to right and not overlapping, as ``(?<!\w)form(?!\w)`` finds
    them.  Why by hand: every name of every document would be a pattern of its own, and compiling them was
    a tenth of extraction time on documents read for the first time.  ``hay`` is the text searched when it
    is not ``text`` itself (its lower-case copy, offset for offset); word boundaries are read in ``text``, and
    the characters in ``also`` count as word characters there (``(?<![\w-])form(?![\w-])`` with ``also="-"``),
    after it those in ``also_after`` when it is given."""
    if not form:
        return
    hay = text if hay is None else hay
    after = also if also_after is None else also_after
    n = len(form)
    i = hay.find(form)
    while i >= 0:
        j = i + n
        if not (i and (_wordy(text[i - 1]) or text[i - 1] in also)) \
                and not (j < len(text) and (_wordy(text[j]) or text[j] in after)):
            yield i, j
            i = hay.find(form, j)
        else:
            i = hay.find(form, i + 1)


#: the only characters ``re.IGNORECASE`` matches to an ASCII letter besides the ASCII letters themselves
#: (dotted and dotless I, long s, the Kelvin sign; the first is also the one whose lower case is two characters)
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _folds_like_ascii(text: str) -> bool:
    """Whether an ASCII form's case-blind matches in ``text`` are its matches in ``text.lower()``, offset for
    offset: true unless ``text`` holds a character ``re`` folds onto an ASCII letter (most pages hold curly
    quotes and dashes, which fold onto nothing)."""
    return text.isascii() or _FOLDS_TO_ASCII.isdisjoint(text)


def word_search(form: str, text: str, flags: int = 0) -> re.Match[str] | WordMatch | None:
    """The first whole-word occurrence of ``form`` in ``text``.

    >>> word_search("Oates", "said Oates.").start(), word_search("Oates", "Boates")
    (5, None)
    >>> word_search("oates", "said OATES.", re.I).start()
    5
    """
    return next(word_finditer(form, text, flags), None)


def word_finditer(form: str, text: str, flags: int = 0, also: str = "",
                  also_after: str | None = None) -> Iterator[re.Match[str] | WordMatch]:
    """Every whole-word occurrence of ``form`` in ``text`` (``flags`` as :func:`word_search` takes them; the
    characters in ``also`` are word characters too, without flags, and after ``form`` those in ``also_after``
    when it is given).

    >>> [m.span() for m in word_finditer("Ames", "Ames, Games and Ames")]
    [(0, 4), (16, 20)]
    >>> [m.span() for m in word_finditer("ames", "AMES, Games and “Ames”", re.I)]
    [(0, 4), (17, 21)]
    >>> [m.span() for m in word_finditer("Ames", "Ames-Boone, Ames", also="-")]
    [(12, 16)]
    >>> [m.span() for m in word_finditer("Ames", "Ames. St.Ames", also=".", also_after="")]
    [(0, 4)]
    """
    if flags == re.I and form.isascii() and _folds_like_ascii(text):  # offsets hold
        return (WordMatch(text, a, b) for a, b in _word_spans(form.lower(), text, text.lower()))
    if flags:
        return word_pattern(form, flags).finditer(text) if _may_contain(form, text, flags) else iter(())
    return (WordMatch(text, a, b) for a, b in _word_spans(form, text, also=also, also_after=also_after))


#: One capitalised word of a person's name: "Oates", "McDonald", "O'Neil", "Jean-Luc", and hyphenated given
#: names whose second part is lower case ("Hyun-woo", "Jean-luc", "Abdul-rahman"; compound modifiers such
#: as "Gold-level" are told apart by ``titles.json`` "not_name_hyphen_parts").
# Latin-1 capitals, so "José Martínez" is a name too; Latin Extended-A, whose capitals and small letters
# alternate, in both ("Janez Potočnik", "Maroš Šefčovič")
_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
NAME_TOKEN = (rf"(?!(?:Jr|Sr)\b)(?:[{_UP}][{_LO}]?['’](?=[{_UP}]))?"
              rf"[{_UP}](?:[{_LO}]+(?:[{_UP}][{_LO}]+)?|[{_UP}][{_LO}]+)(?:-[{_UP}{_LO}][{_LO}]+)?")
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|II|III|IV)(?![a-z]))?"
#: A full name: two to four words, middle initials allowed ("Thomas M. Menino").
_PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|du|dos|das|la|le|bin|ibn|al)"
#: Initials first ("J.T. Hollis", "J. T. Hollis", "A.J. Ruiz Mendez"); place abbreviations are not initials.
_INITIALS = r"(?!(?:U\.S|D\.C|N\.Y|L\.A|U\.K|N\.J|P\.O)\.)[A-Z]\.(?:\s?[A-Z]\.){0,2}"
PERSON = (rf"(?:{NAME_TOKEN}(?:\s+(?:{NAME_TOKEN}|[A-Z]\.)){{0,2}}|{_INITIALS}(?:\s+{NAME_TOKEN})?)"
          rf"(?:\s+{_PARTICLE}(?=\s+[A-Z]))?\s+{NAME_TOKEN}{_SUFFIX}")
PERSON_RE = re.compile(rf"(?<![\w.])(?=[{_UP}])(?:{PERSON})(?!\w)")


@cache
def _not_name_words() -> frozenset[str]:
    words = set(load_data("titles").get("not_name_words", [])) | set(load_data("titles").get("headline_verbs", []))
    for t in load_data("titles").get("before_name", []):
        words.update(w for w in t.split() if w[:1].isupper())
    for h in load_data("organizations").get("heads", []):
        words.update(w for w in h.split() if w[:1].isupper())
    return frozenset(words)


def is_person_name(text: str) -> bool:
    """Whether ``text`` looks like a person's full name (no title, place or organisation words).

    >>> is_person_name("Sharon Weston Broome"), is_person_name("Digital Cities Survey")
    (True, False)
    """
    text = text.strip()
    if not PERSON_RE.fullmatch(text):
        return False
    toks = [t.strip(",.") for t in text.split()]
    bad = _not_name_words()
    return not any(t in bad or _bad_hyphen(t) for t in toks)


@cache
def _not_name_hyphen_parts() -> frozenset[str]:
    return frozenset(load_data("titles").get("not_name_hyphen_parts", []))


def _bad_hyphen(token: str) -> bool:
    """A compound modifier, not a hyphenated name: "Gold-level", "Peoria-based", "Co-founder".

    >>> _bad_hyphen("Gold-level"), _bad_hyphen("Hyun-woo"), _bad_hyphen("Jean-Luc")
    (True, False, False)
    """
    head, sep, tail = token.partition("-")
    if not sep or not tail[:1].islower():
        return False
    return tail in _not_name_hyphen_parts() or head.lower() in _not_name_hyphen_parts()


@cache
def _given_names() -> Any:
    import gender_guesser.detector as detector

    return detector.Detector(case_sensitive=True)


def is_given_name(token: str) -> bool:
    """Whether ``token`` is a given name the name gazetteer knows (gender-guesser's 40,000 first names).

    >>> is_given_name("Michael"), is_given_name("Forester"), is_given_name("When")
    (True, False, False)
    """
    return _given_names().get_gender(token) != "unknown"


def _from_given_name(seg: list[str]) -> list[str]:
    """A capitalised run cut to start at its given name when words before it are not names ("When Michael
    R. Bloomberg", "Forester John Seifert", "Mobility Coordinator Dane Eifling"): only a known given name
    followed by more of the name moves the start, so an unknown given name ("Kishore Mahbubani") stays."""
    for i, tok in enumerate(seg[:-1]):
        if i and is_given_name(tok.strip(",.")) and not is_given_name(seg[0].strip(",.")) \
                and not rx(r"(?:[A-Z]\.)+").fullmatch(seg[0]):
            return seg[i:]
    return seg


def from_given_name(name: str) -> str:
    """A full name read before a comma cut to start at its given name ("When Michael R. Bloomberg, founder of
    ..." is Michael R. Bloomberg).

    >>> from_given_name("When Michael R. Bloomberg"), from_given_name("Kishore Mahbubani")
    ('Michael R. Bloomberg', 'Kishore Mahbubani')
    """
    return " ".join(_from_given_name(name.split()))


def find_person(text: str) -> str | None:
    """The first full person name in ``text`` (title and place words around it skipped), or None."""
    bad = _not_name_words()
    for m in PERSON_RE.finditer(text):
        toks = m.group(0).split()
        # cut at non-name words ("Memphis Mayor Jim Strickland" -> "Jim Strickland")
        seg: list[str] = []
        segs = []
        for t in toks:
            if t.strip(",.") in bad:
                segs.append(seg)
                seg = []
            else:
                seg.append(t)
        segs.append(seg)
        for seg in segs:
            seg = _from_given_name(seg)
            cand = " ".join(seg)
            names = [t for t in seg if t[:1].isupper() and not rx(r"(?:[A-Z]\.)+").fullmatch(t)]
            if (len(names) >= 2 or (names and rx(r"[A-Z]\.").fullmatch(seg[0][:2]))) \
                    and is_person_name(cand):
                return cand
    return None


def jurisdictions(record: DocumentRecord) -> list[str]:
    """Names of the cities and counties the record knows, cities first."""
    out: list[str] = []
    for c in list(record.cities) + list(record.counties):
        if c.name and c.name not in out:
            out.append(c.name)
    return out


def _count(name: str, text: str) -> int:
    return sum(1 for _m in word_finditer(name, text))


def primary_jurisdiction(doc: Doc, record: DocumentRecord) -> str | None:
    """The city or county the document is mainly about: the most mentioned one.

    Mentions in the first lines (masthead, headline, dateline) count double, so
    a publisher "CITY OF DURHAM" outweighs peers listed once each.  A winner of
    an award found in the document comes before any place that won nothing:
    the news is who won, not where the dateline is.  Cached in
    ``doc.context["primary_jurisdiction"]``.
    """
    key = "primary_jurisdiction"
    if key in doc.context:
        return doc.context[key]
    names = jurisdictions(record)
    best, best_score = None, 0.0
    head = doc.text[:400].lower()
    body = doc.text.lower()
    # the news is who won: a recipient outweighs a dateline city ("PINEVILLE, Fla. — Lake-Pine County placed fourth")
    winners = {a.city for a in record.awards}
    for i, name in enumerate(names):
        low = name.lower()
        score = _count(low, body) + _count(low, head) - i * 0.01 + (1000 if name in winners else 0)
        if score > best_score:
            best, best_score = name, score
    if best is None and names:
        best = names[0]
    doc.context[key] = best
    return best


def match_jurisdiction(text: str, record: DocumentRecord) -> str | None:
    """The record's city/county that ``text`` names ("Louisville Metro" -> "Louisville").

    Exact names win; otherwise the longest jurisdiction name that ``text``
    starts with, so "Arlington County Board" -> "Arlington County".
    """
    t = clean_space(text).strip(" ,.'’").removesuffix("'s").removesuffix("’s")
    t = rx(r"^(?:the\s+)?(?:city|town|village|county)\s+of\s+", re.I).sub("", t)
    if not t:
        return None
    names = jurisdictions(record)
    for n in names:
        if n.lower() == t.lower():
            return n
    best = None
    for n in names:
        if t.lower().startswith(n.lower() + " ") and (best is None or len(n) > len(best)):
            best = n
    return best


def sentence_at(doc: Doc, offset: int) -> Sentence | None:
    """The sentence holding ``offset``, by binary search (``Doc.sentence_at`` scans, too slow for long pages)."""
    starts = doc.context.get("_sentence_starts")
    if starts is None or len(starts) != len(doc.sentences):
        starts = [s.start for s in doc.sentences]
        doc.context["_sentence_starts"] = starts
    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(doc.sentences) and doc.sentences[i].start <= offset < doc.sentences[i].end:
        return doc.sentences[i]
    return None


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its start offset (paragraphs are lines in clean text)."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def clean_space(text: str) -> str:
    """Collapse runs of white space to one space."""
    return " ".join(text.split())
