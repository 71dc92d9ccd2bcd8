"""The one step that decides which place won which award: a learned linker over candidates.

Why: the award readers (ranked lists, the layout reader, sentence patterns)
each propose wins, and each is right on the pages it was written for and
misses the shapes it was not written for.  The linker turns every proposal,
and every other place on the page paired with the page's awards and years
(and the years written beside it), into a candidate ``(recipient, award,
year)`` with features of the page around it - which readers proposed it,
whether the places it is written at sit under a winners heading, in a
sentence that speaks of an award, beside a finalist's or a host's word, how
many places share the line, the words beside it, how the page's other wins
look - and adds the places the model believes won.  The readers' own wins
all stand: measured on 297 real pages, letting the model drop them gained
0.001 F1 and undid shapes the readers state outright.  A place named as a
finalist, honourable mention or applicant is never proposed.

The model is trained on the real-page development set (``kg devset train``)
and shipped as data (``kg/data/award_linker.json``): a logistic regression
over named features, evaluated here in plain Python, so extraction needs no
machine-learning library and every weight can be read.  Without a model
file the linker keeps exactly what the readers proposed.

Requires: ``doc.context["places"]`` (places component), the readers' merged
wins.  Assigns: the wins kept and the wins added; ``doc.context
["award_candidates"]`` (every candidate with its features, for training).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, cached_property
from typing import Any, Protocol

from kg.data import DATA_DIR
from kg.data import load as load_data
from kg.extract.award_context import ELIGIBILITY, FINALIST, NOT_WON_AFTER, is_dateline, text_line
from kg.extract.award_layout import _words as layout_words
from kg.extract.doc import Doc, Sentence
from kg.extract.layout import Block, Scope, block_at, scopes
from kg.extract.mentions import sentence_at
from kg.extract.places import PlaceMention
from kg.extract.regex import rx

__all__ = ["LinkCandidate", "READERS", "candidates", "model", "score", "link"]

#: The readers whose proposals the linker weighs (a win records which of them proposed it).
READERS = ("list", "category_line", "layout", "member_list", "grade", "sentence")

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Cues re-weighed on pages whose readers found no winner (the linker is then the only reader).
_UNREAD = ("m_scope_award", "m_scope_winning", "m_block_item", "m_block_row", "m_opens_block", "m_winning_sent",
           "m_award_named_sent", "m_award_word_sent", "m_against_sent", "m_places_line", "pair_is_main", "n_mentions")
_WORD = re.compile(r"[A-Za-z]{2,}")
_MARKS = re.compile(r"[\s*•\-–—|0-9.#()]*")  # what may stand before a place that opens its block


class WinLike(Protocol):
    recipient: str
    award: str
    year: int | None
    rank: int | None
    category: str | None
    explicit_year: bool
    pos: int


class LinkCandidate:
    """A (recipient, award, year) the linker decides on, with the readers' win behind it if any.

    Its features are read from the page when first asked for: extraction asks only for the candidates its model
    must score (a threshold of 0 keeps the readers' wins whatever their features, so they are never read; a tenth
    of the linker's time on the dev documents), training asks for every candidate's."""

    __slots__ = ("recipient", "award", "year", "win", "pos", "probability", "_features", "_features_now", "_reader")

    def __init__(self, recipient: str, award: str, year: int | None, win: Any = None,
                 features: dict[str, float] | None = None, pos: int = -1, probability: float | None = None,
                 reader: Callable[[LinkCandidate], dict[str, float]] | None = None) -> None:
        self.recipient, self.award, self.year = recipient, award, year
        self.win = win  # the readers' merged win, or None for a place no reader linked
        self.pos = pos  # the mention the candidate's evidence comes from
        self.probability = probability  # the model's, once it has scored the candidate
        self._features, self._reader = features, reader
        self._features_now: dict[str, float] = {}  # (the features read when the candidate is made)

    @property
    def features(self) -> dict[str, float]:
        if self._features is None:
            self._features = self._reader(self) if self._reader is not None else {}
        return self._features

    @features.setter
    def features(self, value: dict[str, float]) -> None:
        self._features = value

    def __repr__(self) -> str:
        return (f"LinkCandidate({self.recipient!r}, {self.award!r}, {self.year!r}, "
                f"from_reader={self.win is not None}, pos={self.pos})")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = load_data("link_cues")
    return {k: re.compile(rf"\b(?:{'|'.join(v)})\b", re.I) for k, v in data.items() if not k.startswith("_")}


@cache
def model() -> dict[str, Any] | None:
    """The trained model, or None when the package ships none."""
    path = DATA_DIR / "award_linker.json"
    if not path.exists():
        return None
    return load_data("award_linker")


class _Page:
    """What every candidate's features read from the page, computed once."""

    def __init__(self, doc: Doc, places: Sequence[PlaceMention]) -> None:
        self.doc = doc
        self.text = doc.text
        self.places = places
        self.by_name: dict[str, list[PlaceMention]] = {}
        for p in places:
            self.by_name.setdefault(p.name, []).append(p)
        self.n_places = len(self.by_name)
        self.base: dict[int, tuple[dict[str, float], str, int, list[tuple[int, int, str]]]] = {}
        self.sentence_cues: dict[tuple[int, int], dict[str, float]] = {}
        self.best_base: dict[str, dict[str, float]] = {}

    # (the page's layout and counts only when a candidate's features are read: often none is)
    @cached_property
    def sent_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    @cached_property
    def scope_of(self) -> dict[Block, Scope]:
        return {b: sc for sc in scopes(self.text) for b in sc.members}

    @cached_property
    def counts(self) -> tuple[Counter[int], Counter[int], dict[int, int]]:
        """Places per line (by the line's start - 1), per sentence (by index), and each sentence's first."""
        line_places: Counter[int] = Counter()
        sent_places: Counter[int] = Counter()
        first_in_sent: dict[int, int] = {}
        for p in self.places:
            line_places[self.text.rfind("\n", 0, p.start)] += 1
            i = self._sent_index(p.start)
            sent_places[i] += 1
            first_in_sent.setdefault(i, p.start)
        return line_places, sent_places, first_in_sent

    def _sent_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def sentence(self, pos: int) -> Sentence | None:
        return sentence_at(self.doc, pos)


def _sentence_cues(page: _Page, st: str, s0: int) -> dict[str, float]:
    """The cues of a mention's sentence, read once per sentence however many places it names."""
    key = (s0, len(st))
    if key not in page.sentence_cues:
        cues, words = _cues(), layout_words()
        page.sentence_cues[key] = {
            "m_winning_sent": float(bool(words["winning"].search(st))),
            "m_excluding_sent": float(bool(words["excluding"].search(st))),
            "m_against_sent": float(bool(cues["against"].search(st))),
            "m_past_sent": float(bool(cues["past"].search(st))),
            "m_award_word_sent": float(bool(cues["award_word"].search(st)))}
    return page.sentence_cues[key]


def _mention_base(page: _Page, p: PlaceMention, award_spans: Sequence[tuple[int, int, str]]
                  ) -> tuple[dict[str, float], str, int, list[tuple[int, int, str]]]:
    """The features of one mention that no candidate's award or year changes, with its sentence (text, start)
    and the awards named in it: read once per mention, however many candidates its place is in."""
    if p.start in page.base:
        return page.base[p.start]
    cues, words = _cues(), layout_words()
    text = page.text
    sent = page.sentence(p.start)
    st = sent.text if sent else text[max(0, p.start - 200):p.end + 200]
    s0 = sent.start if sent else max(0, p.start - 200)
    before = st[:p.start - s0]
    f: dict[str, float] = dict(_sentence_cues(page, st, s0))
    f["m_against_before"] = float(bool(cues["against"].search(before[-60:])))
    f["m_compare_before"] = float(bool(cues["compare"].search(before[-40:])))
    named = [a for a in award_spans if s0 <= a[0] < s0 + len(st)]
    if named:
        d = min(abs(a - p.start) for a, _b, _n in named)
        f["m_award_dist"] = math.log1p(d)
    else:
        f["m_award_dist"] = 8.0
    line_places, sent_places, first_in_sent = page.counts
    f["m_first_in_sent"] = float(first_in_sent.get(page._sent_index(p.start)) == p.start)
    f["m_places_sent"] = math.log1p(sent_places[page._sent_index(p.start)])
    f["m_places_line"] = math.log1p(line_places[text.rfind("\n", 0, p.start)])
    # ("in", "from" ... right before, spaces aside: read in the last characters, not by a scan of the sentence)
    f["m_in_before"] = float(bool(rx(r"\b(?:in|at|from|of|near|to)$").search(before.rstrip()[-6:])))
    b = block_at(text, p.start)
    kind = b.kind if b else "paragraph"
    for k in ("item", "row", "heading", "intro", "paragraph"):
        f[f"m_block_{k}"] = float(kind == k)
    f["m_opens_block"] = float(b is not None and bool(_MARKS.fullmatch(text[b.body:p.start])))
    sc = page.scope_of.get(b) if b else None
    heads = [sc.head, *sc.outer[:1]] if sc else []
    head_text = " ".join(text[h.start:h.end] for h in heads)
    f["m_scope_winning"] = float(bool(head_text) and bool(words["winning"].search(head_text)))
    f["m_scope_excluding"] = float(bool(head_text) and bool(words["excluding"].search(head_text)))
    f["m_scope_award"] = float(bool(head_text) and bool(cues["award_word"].search(head_text)))
    f["m_scope_size"] = math.log1p(len(sc.members)) if sc else 0.0
    for w in _WORD.findall(before)[-5:]:
        f[f"w_left_{w.lower()}"] = 1.0
    for w in _WORD.findall(st[p.end - s0:])[:5]:
        f[f"w_right_{w.lower()}"] = 1.0
    for w in _WORD.findall(head_text)[:12]:
        f[f"w_head_{w.lower()}"] = 1.0
    f["m_rel_pos"] = p.start / max(1, len(text))
    f["m_dateline"] = float(p.how == "dateline")
    for how in ("county", "with_state", "city_of", "bare", "foreign"):
        f[f"m_how_{how}"] = float(p.how == how)
    page.base[p.start] = (f, st, s0, named)
    return page.base[p.start]


def _mention_features(page: _Page, p: PlaceMention, award: str, year: int | None,
                      award_spans: Sequence[tuple[int, int, str]]) -> dict[str, float]:
    """The features of one mention that its candidate's award and year change (the rest: :func:`_mention_base`)."""
    _base, st, _s0, named = _mention_base(page, p, award_spans)
    f: dict[str, float] = {}
    f["m_award_named_sent"] = float(any(n == award for _a, _b, n in named))
    f["m_other_award_sent"] = float(any(n != award for _a, _b, n in named))
    near = page.text[max(0, p.start - 40):p.end + 40]
    f["m_year_near"] = float(year is not None and str(year) in near)
    f["m_other_year_near"] = float(any(int(y) != year for y in _YEAR.findall(near)))
    years = {int(y) for y in _YEAR.findall(st)}
    f["m_year_sent"] = float(year is not None and year in years)
    f["m_other_year_sent"] = float(bool(years - {year}))
    return f


def _not_a_win(page: _Page, m: PlaceMention) -> bool:
    """A place named as a finalist, an honourable mention, a nominee or an applicant, which no award is."""
    sent = page.sentence(m.start)
    return sent is not None and bool(FINALIST.search(sent.text) or ELIGIBILITY.search(sent.text)
                                     or NOT_WON_AFTER.match(page.doc.text, m.end, sent.end))


def _best(feats: list[dict[str, float]]) -> dict[str, float]:
    """Over a place's mentions: the most favourable reading of each cue (any, min distance, first position)."""
    out: dict[str, float] = {}
    for k in {k for f in feats for k in f}:
        vals = [f.get(k, 0.0) for f in feats]
        out[k] = min(vals) if k in ("m_award_dist", "m_rel_pos") else max(vals)
    return out


def _best_base(page: _Page, name: str, ms: Sequence[PlaceMention],
               award_spans: Sequence[tuple[int, int, str]]) -> dict[str, float]:
    """:func:`_best` of the features of a place's mentions that no candidate's award or year changes, once per
    place however many candidates it is in (merged again for each, it was a tenth of reading a dev document)."""
    if name not in page.best_base:
        bases = [_mention_base(page, m, award_spans)[0] for m in ms[:12]]
        out = _best(bases)
        out["m_any_clean"] = max(
            float(f["m_against_sent"] == 0 and f["m_excluding_sent"] == 0 and f["m_scope_excluding"] == 0)
            for f in bases)
        page.best_base[name] = out
    return page.best_base[name]


def candidates(doc: Doc, places: Sequence[PlaceMention], wins: Sequence[WinLike], *,
               main: str | None, main_award: str | None, year: int | None,
               award_spans: Sequence[tuple[int, int, str]], excluded: set[int],
               person_awards: set[str]) -> list[LinkCandidate]:
    """Every win the readers proposed, and every other place paired with the page's awards and years."""
    page = _Page(doc, places)
    pairs = Counter((w.award, w.year) for w in wins)
    if main_award and main_award not in person_awards and (main_award, year) not in pairs:
        pairs[(main_award, year)] += 0
    top = [p for p, _n in pairs.most_common(4)]
    n_wins = len(wins)
    winners = {w.recipient for w in wins}
    out: list[LinkCandidate] = []
    seen: set[tuple[str, str, int | None]] = set()
    for w in wins:
        out.append(LinkCandidate(w.recipient, w.award, w.year, win=w, pos=w.pos))
        seen.add((w.recipient, w.award, w.year))
    awards_named = list(dict.fromkeys(a for a, _y in top))
    for name, ms in page.by_name.items():
        if all(m.start in excluded or m.how == "dateline" or is_dateline(page.text, m) or _not_a_win(page, m)
               for m in ms):
            continue  # the conventions' non-wins are never proposed: finalists, honourable mentions, applicants
        options = list(top)
        for m in ms[:12]:  # a year written beside the place: each winner of a list of editions has its own
            line_a, line_b = text_line(page.text, m.start)
            for y in _YEAR.findall(page.text[max(line_a, m.start - 40):min(line_b, m.end + 40)]):
                options.extend((a, int(y)) for a in awards_named)
        for award, yr in options:
            if (name, award, yr) not in seen:
                out.append(LinkCandidate(name, award, yr, pos=ms[0].start))
                seen.add((name, award, yr))

    excluded = frozenset(excluded)  # (as it is now: the features may be read after extraction went on)

    def page_features(c: LinkCandidate) -> dict[str, float]:
        """What the page says around the place: read when the model or training asks (see LinkCandidate)."""
        f: dict[str, float] = {}
        ms = page.by_name.get(c.recipient, [])
        if ms:
            # (the two kinds of features are disjoint: the best of each kind apart is the best of both together)
            f.update(_best_base(page, c.recipient, ms, award_spans))
            f.update(_best([_mention_features(page, m, c.award, c.year, award_spans) for m in ms[:12]]))
            f["n_mentions"] = math.log1p(len(ms))
            f["has_mention"] = 1.0
            f["all_excluded"] = float(all(m.start in excluded for m in ms))
        else:
            f["has_mention"] = 0.0
        f.update(c._features_now)
        if not n_wins:  # a page about an award whose winners no reader found: the same cues weigh differently
            f["doc_no_wins"] = 1.0
            for k in _UNREAD:
                f[f"unread_{k}"] = f.get(k, 0.0)
        return f

    for c in out:
        # what the readers' win says is read now: later steps of extraction change the win (its name, category)
        w = c.win
        sources: set[str] = set(getattr(w, "sources", ()) or ()) if w is not None else set()
        f: dict[str, float] = {"from_rule": float(w is not None)}
        for r in READERS:
            f[f"rule_{r}"] = float(r in sources)
        f["rule_n_readers"] = float(len(sources))
        f["rule_explicit_year"] = float(bool(w is not None and w.explicit_year))
        f["rule_rank"] = float(w is not None and w.rank is not None)
        f["rule_category"] = float(w is not None and bool(w.category))
        f["rule_streak"] = float(bool(w is not None and getattr(w, "streaks", None)))
        f["is_subject"] = float(c.recipient == main)
        f["pair_share"] = pairs[(c.award, c.year)] / max(1, n_wins)
        f["pair_is_main"] = float(c.award == main_award and c.year == year)
        f["year_is_doc"] = float(c.year is not None and c.year == year)
        f["year_null"] = float(c.year is None)
        f["year_before_doc"] = float(c.year is not None and year is not None and c.year < year)
        f["doc_wins"] = math.log1p(n_wins)
        f["doc_places"] = math.log1p(page.n_places)
        f["doc_winner_share"] = len(winners) / max(1, page.n_places)
        f["recipient_is_winner"] = float(c.recipient in winners)
        f["recipient_county"] = float(c.recipient.endswith(("County", "Parish", "Borough")))
        c._features_now = f
        c._reader = page_features
    return out


def score(c: LinkCandidate, m: dict[str, Any]) -> float:
    """The model's probability that the candidate is a win the page states (a logistic regression)."""
    w = m["weights"]
    raw = m["intercept"] + sum(w.get(k, 0.0) * v for k, v in c.features.items())
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, raw))))


def link(cands: list[LinkCandidate], m: dict[str, Any] | None | str = "shipped") -> list[LinkCandidate]:
    """The candidates to keep: those the model scores at or above its threshold; without a model (``m=None``,
    or no model shipped) exactly the readers' proposals.

    A threshold of 0 or less keeps its candidates whatever they score (a probability is never below 0): they are
    kept unscored, their features never read (the shipped model keeps every reader's win so)."""
    if m == "shipped":
        m = model()
    if not isinstance(m, dict):
        return [c for c in cands if c.win is not None]
    keep = []
    for c in cands:
        threshold = m["threshold"] if c.win is not None else m.get("threshold_new", m["threshold"])
        if threshold <= 0.0:
            keep.append(c)
            continue
        c.probability = score(c, m)
        if c.probability >= threshold:
            keep.append(c)
    return keep
