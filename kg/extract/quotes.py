"""Extraction component: quotations and who said them, by full name.

Quote marks are paired per paragraph (curly marks nest, so “top ten” inside a
quote stays inside it; straight marks toggle).  A closing mark with no opener
starts the quote at the paragraph start, because pages often lose the first
mark.  A quote is attributed

* after it: ``,” said Mayor Broome.`` / ``," Armstrong said.`` /
  ``," County Executive Ike Leggett told the center.``;
* or before it: ``Teri Takai, the center's executive director, said the
  winners "are using ..."`` and ``Oates thanked the Center, “This year ...”``.

Em-dash bylines (“...” — Joe Park, IT director) and curly single marks
(‘We are honored,’ Patel said) attribute too.  A quote that closes its own
sentence is not attributed to the next statement ("...years." Council Member
Chang noted that ...), and a lower-case fragment inside reported speech that a
verb or wh-word opens ('said the data showed "how much ..."') is a phrase, not
a quote; one that completes the clause ('said the winners "are using ..."') is.

A quote with no attribution right after an attributed one continues it (its
text is appended), so "“...,” said X. “More...”" stays one quote.  Scare
quotes and paraphrases ("Takai said Marana was chosen") are not quotes.
Speakers resolve to full names: "Broome" -> the official "Sharon Weston
Broome", else the first full name in the text ending in that surname.

>>> from kg.extract.sentences import split_sentences
>>> t = 'Mayor-President Sharon Weston Broome spoke. “We won,” said Mayor Broome. “We will again.”'
>>> doc = Doc(id="d", text=t, sentences=split_sentences(t))
>>> rec = DocumentRecord(id="d")
>>> extract(doc, rec)
>>> [(q.speaker, q.text) for q in rec.quotes]
[('Sharon Weston Broome', 'We won, We will again.')]
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.doc import Doc, Sentence
from kg.extract.mentions import (
    PERSON_RE,
    alternation,
    clean_space,
    find_person,
    lines_with_offsets,
    load_data,
    match_jurisdiction,
    sentence_at,
    word_finditer,
    word_search,
)
from kg.extract.regex import rx
from kg.record import DocumentRecord, Quote

__all__ = ["extract", "find_quotes", "quote_spans", "resolve_speaker"]

_PRONOUNS = {"he", "she", "they"}
# a speaker mention, titles and units included: "Lake County Board of Supervisors Chair Ann Roe"
# a brand's "!" is part of its word: "said KaBOOM! CEO Jo Lee"
_WHO = r"(?:(?:[A-Z][\w.'’-]*!?,?|of|for|&|and(?=\s+[A-Z][\w'’-]*\s+[A-Z]))\s+){0,9}[A-Z][\w'’-]*\.?"


@cache
def _verbs() -> str:
    return alternation(v for v in load_data("titles").get("speech_verbs", []) if v != "according to")


@cache
def _post_res() -> tuple[re.Pattern[str], ...]:
    v = _verbs()
    # "," analyst Jo Lee said. / said League president Andy Clarke: a lower-case title before the name
    low_title = (rf"(?:(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{alternation(load_data('titles').get('heads', []))})"
                 rf"\s+(?=[A-Z]))?")
    # ("notes the ACSM’s Dr. Barbara Ainsworth": an organisation's possessive before the title or name)
    verb_first = re.compile(rf"^[\s,]*(?:{v}|according to)\s+(?:(?:the\s+)?(?:city|county|town|state)(?:['’]s)?"
                            rf"(?:\s+[a-z][\w-]*){{1,3}}\s+|(?:the\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}['’]s\s+)?"
                            rf"{low_title})(?P<who>{_WHO}|he|she)(?![\w])")
    who_first = re.compile(rf"^[\s,]*{low_title}(?P<who>{_WHO}|he|she|they)\s+(?:also\s+)?(?:{v})\b")
    # "," Doe, the city's CIO, said.
    who_appos = re.compile(rf"^[\s,]*(?P<who>{_WHO}),\s+[^,\"“”]{{3,80}},\s+(?:also\s+)?(?:{v})\b")
    # "," Jason Ballard, director of Information Technology said.
    who_appos_end = re.compile(rf"^[\s,]*(?P<who>{_WHO}),\s+[a-z][^,\"“”]{{2,80}}?\s+(?:{v})\s*[.;]")
    return verb_first, who_first, who_appos, who_appos_end


@cache
def _any_attribution() -> re.Pattern[str]:
    """Some attribution right after a quote, named or not ("said one official")."""
    v = _verbs()
    return re.compile(rf"^[\s,]*(?:(?:{v})\b|(?:[\w'’.-]+\s+){{1,4}}(?:{v})\b)")


def quote_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level quotation in one paragraph, marks excluded.

    >>> line = 'x “This is Boston’s “top ten” list,” said Oates. "Next one."'
    >>> [line[a:b] for a, b in quote_spans(line)]
    ['This is Boston’s “top ten” list,', 'Next one.']
    """
    spans: list[tuple[int, int]] = []
    if '"' not in line and "“" not in line and "”" not in line:
        return _single_spans(line) if "‘" in line else spans
    stack: list[int] = []
    straight: int | None = None
    last_end = 0
    for i, ch in enumerate(line):
        if ch == "”" and (i == 0 or line[i - 1].isspace()) and line[i + 1 : i + 2].isalnum():
            opens, closes = line.find("“", i + 1), line.find("”", i + 1)
            if i == 0 and opens >= 0 and (closes < 0 or opens < closes):
                # '”Former Mayor Michael Bloomberg said: “Mayors ...”': the close of a quotation the paragraph
                # before opened, then this paragraph's own
                continue
            ch = "“"  # a closing mark typed where a quotation opens (' said. ”One of ...'): it opens
        if ch == "“":
            stack.append(i)
        elif ch == "”":
            if stack:
                start = stack.pop()
                if not stack:
                    spans.append((start + 1, i))
                    last_end = i + 1
            elif not spans or spans[-1][1] < last_end:
                spans.append((last_end, i))  # the opening mark was lost
                last_end = i + 1
        elif ch == '"' and len(stack) == 1 and straight is None and i > 0 and not line[i - 1].isspace() \
                and not line[i + 1 : i + 2].isalnum():
            # '“This is a fantastic achievement for Listowel," the minister said.': a straight mark closing a curly
            # opening
            start = stack.pop()
            spans.append((start + 1, i))
            last_end = i + 1
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
                last_end = i + 1
    if stack:
        spans.append((stack[0] + 1, len(line)))
    elif straight is not None:
        spans.append((straight + 1, len(line)))
    if "‘" in line:
        spans += [(a, b) for a, b in _single_spans(line) if not any(x <= a < y for x, y in spans)]
    return sorted(spans)


_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(—–-]))‘(?P<q>[^‘’]*(?:’[A-Za-z][^‘’]*)*)’(?![A-Za-z])")


def _single_spans(line: str) -> list[tuple[int, int]]:
    """Quotations in curly single marks (‘We are honored,’ Patel said), when a line has no double marks.

    An apostrophe inside a word (city’s) does not close the quote.

    >>> line = "‘The city’s team won,’ Patel said."
    >>> [line[a:b] for a, b in _single_spans(line)]
    ['The city’s team won,']
    """
    return [(m.start("q"), m.end("q")) for m in _SINGLE.finditer(line)]


def _people(doc: Doc, record: DocumentRecord) -> list[str]:
    """The people the page knows: its officials, then the other people components left in ``doc.context``."""
    return [o.name for o in record.officials] + list(doc.context.get("people", []))


def resolve_speaker(who: str, doc: Doc, record: DocumentRecord, last: str | None = None) -> str | None:
    """A full name for a speaker mention ("Mayor Broome" -> "Sharon Weston Broome")."""
    who = clean_space(who).strip(" ,.")
    if not who:
        return None
    if who.lower() in _PRONOUNS:
        return last
    people = _people(doc, record)
    for p in sorted(people, key=len, reverse=True):
        if word_search(p, who):
            return p  # "Deputy Mayor for Operations Lena Ortiz" is the official Lena Ortiz
    full = find_person(who)
    if full and match_jurisdiction(full, record):
        return None  # 'Little Rock created a program called "Fight Back"': a place the page reads speaks no quote
    if full:
        for p in people:
            if p.split()[-1] == full.split()[-1] and len(p) > len(full) and full.split()[0] == p.split()[0]:
                return p
        for p in people:
            if p.endswith(" " + full):
                return p  # a surname of several words written alone: "De La Isla" is Michelle De La Isla
        return full
    words = [w.strip(",.") for w in who.split() if w[:1].isupper()]
    if not words:
        return None
    surname = rx(r"['’]s$").sub("", words[-1])
    for p in people:
        if p.split()[-1].strip(",.") == surname:
            return p
    for m in PERSON_RE.finditer(doc.text):
        cand = find_person(m.group(0))
        if cand and cand.split()[-1] == surname:
            return cand
    return None


def _last_person_before(pos: int, doc: Doc, record: DocumentRecord, fallback: str | None) -> str | None:
    """The person mentioned last before ``pos`` (full name or surname): whom "she said" means."""
    mentions = doc.context.get("person_mentions")
    if mentions is None:
        mentions = []
        for p in dict.fromkeys(_people(doc, record)):
            for form in (p, p.split()[-1]):
                mentions += [(m.start(), p) for m in word_finditer(form, doc.text)]
        mentions.sort()
        doc.context["person_mentions"] = mentions
    best = fallback
    for at, p in mentions:
        if at >= pos:
            break
        best = p
    return best


#: "said Santos. Lakeport Mayor ...": a new sentence after the speaker's name (not "noted Hon. Sandra Freedman")
_SENTENCE_AFTER_NAME = re.compile(r"(?<=[a-z]{2})(?<!\b(?:Hon|Rev|Gov|Sen|Rep|Col|Gen|Sgt))(?<!\bProf|\bCapt)\.\s+")
_DASH_WHO = re.compile(rf"^\s*[—–]+\s*(?P<who>{_WHO})(?=\s*[,.(]|\s*$)")


def _byline_below(lines: list[tuple[int, str]], k: int, doc: Doc, record: DocumentRecord,
                  last: str | None) -> str | None:
    """The speaker a short dash byline names in the paragraph right below a quote's ("— Jo Park, Mayor")."""
    below = next((ln for _o, ln in lines[k + 1:k + 3] if ln.strip()), "")
    if len(below) > 160:
        return None
    m = _DASH_WHO.match(below)
    return resolve_speaker(m.group("who"), doc, record, last) if m else None


def _attribute_after(tail: str, doc: Doc, record: DocumentRecord, last: str | None,
                     ended: bool = False) -> str | None:
    """The speaker named right after a quote; ``ended``: the quote closed its own sentence, so a
    following "X noted that ..." starts a new statement rather than attributing this one."""
    m = _DASH_WHO.match(tail)  # “It's a team effort” — Joe Park, IT director.
    if m:
        sp = resolve_speaker(m.group("who"), doc, record, last)
        if sp:
            return sp
    for i, post in enumerate(_post_res()):
        m = post.match(tail)
        if m and ended and i > 0 and rx(r"\s+(?:that|the|it|this|its|their|his|her|there|a|an)\b").match(
                tail[m.end():]):
            continue
        if m:
            who = m.group("who")
            who = rx(r",\s+(?:the|a|an|[a-z])").split(who)[0]
            who = _SENTENCE_AFTER_NAME.split(who)[0]
            sp = resolve_speaker(who, doc, record, last)
            if sp:
                return sp
    m = _role_after_re().match(tail)
    if m:  # named by role: "said the chairman, Ann Roe" / "said the board's chairman"
        return (resolve_speaker(m.group("who"), doc, record, last) if m.group("who") else None) \
            or _by_role(m.group("role"), record)
    m = _role_said_re().match(tail)
    if m:  # '..., " the minister said.': the role, then the verb
        return _by_role(m.group("role"), record)
    return None


@cache
def _role_said_re() -> re.Pattern[str]:
    """ '," the minister said.' / '," the county's chief information officer added.'"""
    return re.compile(rf"^[\s,]*(?:the|our|its|their)\s+(?P<role>(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*)\s+"
                      rf"(?:{_verbs()})\s*[.,;]")


@cache
def _role_after_re() -> re.Pattern[str]:
    """ "," said the chairman, Ann Roe. / "," said the county's chief information officer."""
    v = _verbs()
    return re.compile(rf"^[\s,]*(?:{v})\s+(?:the|our|its|their)\s+(?P<role>(?:[\w'’-]+\s+){{0,4}}?[a-z][\w-]*)"
                      rf"(?:,\s+(?P<who>{_WHO}))?\s*[.,;]")


def _by_role(role: str, record: DocumentRecord) -> str | None:
    """The one official whose title has the head word of ``role`` ("the board's chairman" -> the Chair)."""
    words = [rx(r"(?:man|woman|person)$").sub("", w.lower()) for w in role.split()
             if not rx(r"['’]s?$").search(w) and w.lower() not in {"of", "for", "and", "the", "city", "county", "town"}]
    if not words or any(len(w) < 3 for w in words):
        return None

    def fits(title: str) -> bool:
        tw = [w.lower() for w in rx(r"[\w-]+").findall(title)]
        return all(any(t.startswith(w) for t in tw) for w in words)

    hits = {o.name for o in record.officials if o.title and fits(o.title)}
    return hits.pop() if len(hits) == 1 else None


def _attribute_before(head: str, doc: Doc, record: DocumentRecord, last: str | None) -> str | None:
    """The subject of "X, title, said the winners “...”" or "X thanked the Center, “...”"."""
    head = head.strip()
    if not head or head.endswith((".", "!", "?")):
        return None
    v = _verbs()
    spoken = re.search(rf"\b(?:{v})\b", head) or head.endswith((":", ",")) or _fragment_head().search(head)
    if not spoken:
        return None
    m = re.match(rf"^(?P<who>{_WHO}|He|She)(?=[\s,])", head)
    if m:
        who = m.group("who")
        if who in {"He", "She"}:
            return last
        sp = resolve_speaker(who, doc, record, last)
        if sp is not None:
            return sp
    # "In a statement, Mayor Jane Doe said: “...”": the person named before the speech verb
    # (the last speech verb: "In comments at the ceremony, Mayor George Ferguson said:")
    verb = next(reversed(list(re.finditer(rf"\b(?:{v})\b", head))), None)
    if verb or head.endswith(":"):
        before = head[: verb.start()] if verb else head
        # the person the page knows nearest the verb ("In presenting the Grand Plaques, AAPRA President Dianne
        # Hoover shared,"), else the first name ("Norma Brett, on behalf of the Yorkshire Rural Community Council")
        names = [p for p in (find_person(m.group(0)) for m in PERSON_RE.finditer(before)) if p]
        people = set(_people(doc, record))
        known = [p for p in names if p in people]
        full = known[-1] if known else names[0] if names else None
        if full:
            return resolve_speaker(full, doc, record, last)
    return None


@cache
def _paraphrase_res() -> tuple[re.Pattern[str], ...]:
    v = _verbs()
    said = rf"(?:{v}|thanked|thanks)"
    felt = alternation(load_data("titles").get("reaction_words", []))
    return (re.compile(rf"^(?P<who>{_WHO})\s+(?:also\s+)?{said}\b[^“”\"]*[.!]$"),
            re.compile(rf",?\s+(?:{v})\s+(?P<who>{_WHO})\.$"),
            # "Mayor Quill was pleased by the news of this designation. “Our thanks to ...”": how the speaker felt
            re.compile(rf"(?:^|,\s+and\s+)(?P<who>{_WHO})\s+(?:was|is|were|felt|seemed|sounded)\s+(?:(?:very|clearly|especially|"
                       rf"particularly|also|visibly|so)\s+)?(?:{felt})\b[^“”\"]*[.!]$"))


def _paraphrase_speaker(head: str, doc: Doc, record: DocumentRecord, last: str | None) -> str | None:
    """The speaker of the sentence right before a quote in its paragraph: "Mayor Bill Schickel says he's
    pleased ... “A very strong competition ...”", "..., noted Director Todd Sander. “Counties are ...”",
    "Schickel was appreciative of the work. “I just want to thank everybody.”"."""
    head = head.strip()
    if not head.endswith((".", "!")):
        return None
    for paraphrase in _paraphrase_res():
        m = paraphrase.search(head)
        if m:
            who = rx(r",\s+(?:the|a|an|[a-z])").split(m.group("who"))[0]
            return resolve_speaker(who, doc, record, last)
    return None


_EMBED_FIRST = {"how", "what", "why", "when", "where", "whether", "which", "who", "that", "the", "a", "an", "its",
                "their", "our", "this", "these", "those", "very", "so", "such", "more", "most", "one", "some", "all"}


@cache
def _fragment_head() -> re.Pattern[str]:
    """A speaker's verb that quotes their own words as a fragment, with its object:
    'called the plan "a model for ..."', 'credited the crews for "turning ..."'."""
    alts = alternation(load_data("titles").get("fragment_verbs", []))
    return re.compile(rf"\b(?:{alts})\b(?:\s+(?!that\b)[\w'’.-]+){{0,10}}?(?:\s+(?:as|for))?\s*$")


_FRAGMENT_MIN_WORDS = 5  # shorter ones are labels or scare quotes: 'called it "a turning point"'


def _fragment_quote(head: str, text: str) -> bool:
    """A lower-case fragment of the speaker's own words that their verb governs directly
    (not one inside a reported clause: 'praised the team and said the data showed "how ..."')."""
    if len(text.split()) < _FRAGMENT_MIN_WORDS:
        return False
    m = _fragment_head().search(head)
    if not m:
        return False
    obj = head[m.start():]
    return not rx(r"[.;:!?]").search(obj) and not re.search(rf"\b(?:{_verbs()})\b", obj.split(None, 1)[-1])


#: an indefinite article, and at most two modifiers, right before a quoted fragment (not "the": 'said the winners
#: "are using ..."' is a quote, its subject before it)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,2}$")


def _embedded(head: str, text: str) -> bool:
    """A fragment quoted inside reported speech, not a statement: 'X said the data showed "how much ..."'.

    A lower-case fragment is a quote when it completes the reported clause as its predicate ('said the
    winners "are using ..."'); it is only a phrase when a verb of the clause or a wh-word/determiner
    opens it ('showed "how much ..."', 'called it "a turning point"').
    """
    first = rx(r"[\w'’]+").match(text)
    if not first or not first.group(0)[:1].islower():
        return False
    if _fragment_quote(head, text):
        return False  # 'called the award "a testament to the staff who ..."'
    if first.group(0).lower() in _EMBED_FIRST:
        return True
    if _DETERMINER_BEFORE.search(head):
        return True  # 'to create a data-driven "predictive analytics platform"': a noun phrase, not a statement
    prev = rx(r"([\w'’]+)\W*$").search(head)
    word = prev.group(1).lower() if prev else ""
    return word.endswith("ed") or word in {"is", "was", "are", "were", "be", "as", "shows", "means", "called",
                                           "calls", "it", "them", "him", "her", "of", "to", "for", "about"}


def _go_on(quote: Quote, text: str) -> None:
    """Add ``text`` to ``quote`` as its next part: after a stop, as a new sentence; else after a comma."""
    quote.text = f"{quote.text}{' ' if quote.text.endswith(('.', '!', '?')) else ', '}{text}"


#: a paragraph that ends on a quote's attribution after it: '..., ” said APTA President Paul P. Skoutelas.'
_SAID_LAST = re.compile(r"[”\"][ \t]*,?[ \t]*[^“”\"\n]{2,120}[.!][ \t]*$")


def find_quotes(doc: Doc, record: DocumentRecord) -> list[Quote]:
    """Every attributed quotation in the document, in order."""
    quotes: list[Quote] = []
    last: str | None = None
    prev_line_quote: Quote | None = None
    prev_line = ""
    lines = list(lines_with_offsets(doc.text))
    for k, (offset, line) in enumerate(lines):
        line_quote: Quote | None = None
        prev_end = 0
        for a, b in quote_spans(line):
            text = clean_space(line[a:b]).strip(" ,")
            if not text:
                continue
            close = b + 1 if b < len(line) else b
            prev_head_start = prev_end
            recent = _last_person_before(offset + a, doc, record, last)
            speaker = _attribute_after(line[close:], doc, record, recent, ended=text.endswith((".", "!", "?")))
            own_after = speaker is not None  # ('“...,” Frizell said.': attributed by its own words after it)
            if speaker is None and len(text.split()) >= 3:
                head = line[prev_end : max(a - 1, prev_end)]
                head = rx(r"(?<=[.!?])\s+(?=[A-Z])").split(head)[-1]
                if not _embedded(head, text):
                    speaker = _attribute_before(head, doc, record, recent) or _paraphrase_speaker(head, doc, record,
                                                                                                 recent)
            if speaker is None and not line[close:].strip():
                # “... a great opportunity for Gary.” on its own, then "— Karen Freeman-Wilson, Mayor of Gary" as
                # the next paragraph: a byline under the quote
                speaker = _byline_below(lines, k, doc, record, recent)
            at_line_start = a <= 1 + len(line) - len(line.lstrip())
            if speaker is None and at_line_start and prev_line.rstrip().endswith(":"):
                # "Mayor Jane Doe said:" on the line above
                speaker = _attribute_before(prev_line.strip(), doc, record, recent)
            prev_end = close
            sent = sentence_at(doc, offset + a) or Sentence(text=line.strip(), start=offset, end=offset + len(line))
            if speaker is None and _any_attribution().match(line[close:]):
                continue  # attributed to someone we cannot name ("said one official"): not a continuation
            if speaker is None and line_quote is None and prev_line_quote is not None and at_line_start \
                    and _SAID_LAST.search(prev_line) and len(text.split()) >= 2:
                # “..., ” said Mayor Doe. / “Congratulations to all ...”: a paragraph that closes on its attribution,
                # then a paragraph that is a quote, is the speaker's next quote
                speaker = prev_line_quote.speaker
            if speaker is None:
                cont = line_quote or (prev_line_quote if a <= 1 + len(line) - len(line.lstrip()) else None)
                if cont is not None and len(text.split()) >= 2:
                    _go_on(cont, text)
                    line_quote = cont
                continue
            between = line[prev_head_start : max(a - 1, prev_head_start)]
            if line_quote is not None and line_quote.speaker == speaker and not own_after and (
                    len(between.split()) <= 8 and not line_quote.text.endswith((".", "!", "?"))
                    or not rx(r"[.!?][ \t]+[A-Z]").search(between.strip())):
                # “We are proud,” Doe said, “and we will go on.”: one quote, interrupted; so is one whose
                # attribution is a longer clause between its parts ('“...,” Police Chief Thomas Bennett said during
                # Wednesday's meeting, when the presentation was made. “This has occurred ...”')
                _go_on(line_quote, text)
                continue
            q = Quote(speaker=speaker, text=text, evidence=sent.evidence())
            quotes.append(q)
            line_quote = q
            last = speaker
        prev_line_quote = line_quote if line.strip() else prev_line_quote
        prev_line = line if line.strip() else prev_line
        if line.strip() and line_quote is None:
            prev_line_quote = None
    return quotes


def extract(doc: Doc, record: DocumentRecord) -> None:
    """Fill ``record.quotes``."""
    record.quotes.extend(find_quotes(doc, record))
