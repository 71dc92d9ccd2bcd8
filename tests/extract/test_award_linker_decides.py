"""The award linker: one learned step that decides which proposed wins stand and which unread places won.

The readers' proposals and the page's other places become candidates with
features; a model (plain JSON weights, ``kg devset train``) keeps or adds them.  These
tests check the contract the rest of extraction relies on, on the bundled
example documents.
"""

from __future__ import annotations

import math

from kg.data import DATA_DIR
from kg.extract import award_linker, awards, dates, places
from kg.extract.doc import Doc
from kg.extract.document import load_document
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord

EXAMPLES = DATA_DIR.parent / "examples"


def _candidates(name: str) -> list[award_linker.LinkCandidate]:
    src = load_document(EXAMPLES / name)
    doc = Doc(id=src.id, text=src.text, sentences=split_sentences(src.text))
    record = DocumentRecord(id=src.id, file=src.path, content_hash=src.content_hash, text=src.text)
    for component in (dates.extract, places.extract, awards.extract):
        component(doc, record)
    return doc.context["award_candidates"]


def test_every_reader_win_is_a_candidate_and_other_places_are_proposed_with_the_pages_awards():
    cands = _candidates("boston-2011-digital-cities.txt")
    proposed = [c for c in cands if c.win is not None]
    assert ("Boston", "Digital Cities Survey", 2011) in {(c.recipient, c.award, c.year) for c in proposed}
    assert all(c.features["from_rule"] == 1.0 for c in proposed)
    unread = [c for c in cands if c.win is None]
    assert all(c.features["from_rule"] == 0.0 for c in unread)
    assert {c.award for c in unread} <= {c.award for c in proposed}


def test_without_a_model_the_linker_keeps_exactly_the_readers_wins():
    cands = _candidates("baton-rouge-2019-digital-cities.txt")
    kept = award_linker.link(cands, None)
    assert kept == [c for c in cands if c.win is not None]


def test_the_model_decides_by_its_threshold():
    cands = _candidates("baton-rouge-2019-digital-cities.txt")
    keep_all = {"intercept": 50.0, "weights": {}, "threshold": 0.5, "threshold_new": 0.5}
    keep_none = {"intercept": -50.0, "weights": {}, "threshold": 0.5, "threshold_new": 0.5}
    assert award_linker.link(cands, keep_all) == cands
    assert award_linker.link(cands, keep_none) == []
    only_read = {"intercept": -5.0, "weights": {"from_rule": 10.0}, "threshold": 0.5, "threshold_new": 0.5}
    assert award_linker.link(cands, only_read) == [c for c in cands if c.win is not None]


def test_scores_are_probabilities_even_for_extreme_weights():
    cands = _candidates("boston-2011-digital-cities.txt")
    m = {"intercept": 1e6, "weights": {"from_rule": -1e9}, "threshold": 0.5}
    assert all(0.0 <= award_linker.score(c, m) <= 1.0 and not math.isnan(award_linker.score(c, m)) for c in cands)


def test_the_shipped_model_weighs_features_the_extractor_computes():
    m = award_linker.model()
    assert m is not None and m["kind"] == "logistic regression"
    computed = {k for name in ("boston-2011-digital-cities.txt", "baton-rouge-2019-digital-cities.txt")
                for c in _candidates(name) for k in c.features}
    structural = {k for k in m["weights"] if not k.startswith("w_")}
    # the features a page of these kinds never has (no reader win, a reader that did not fire) may be absent
    assert structural - computed <= {k for k in structural if k.startswith(("unread_", "doc_no_wins", "rule_"))}
    assert m["threshold"] == 0.0 and 0.0 < m["threshold_new"] < 1.0  # the readers' wins all stand


def test_the_shipped_model_keeps_every_reader_win_and_proposes_no_finalist():
    for name in ("boston-2011-digital-cities.txt", "baton-rouge-2019-digital-cities.txt"):
        cands = _candidates(name)
        kept = award_linker.link(cands)
        assert [c for c in cands if c.win is not None] == [c for c in kept if c.win is not None]
    from kg.extract import extract_text

    text = "June 2, 2031 - Tulsa, Okla. and Eugene, Ore. were finalists in the 2031 Digital Cities Survey."
    assert extract_text(text).awards == []


def test_a_places_features_are_the_best_reading_of_each_cue_over_its_mentions():
    # the features no candidate changes are merged once per place: the result must be the per-cue best over every
    # mention's whole set of features, as if merged for each candidate
    src = load_document(EXAMPLES / "boston-2011-digital-cities.txt")
    doc = Doc(id=src.id, text=src.text, sentences=split_sentences(src.text))
    record = DocumentRecord(id=src.id, file=src.path, content_hash=src.content_hash, text=src.text)
    for component in (dates.extract, places.extract, awards.extract):
        component(doc, record)
    cands = doc.context["award_candidates"]
    page = award_linker._Page(doc, list(doc.context["places"]))
    spans = awards.award_mentions(src.text)
    checked = 0
    for c in cands:
        ms = page.by_name.get(c.recipient, [])[:12]
        if len(ms) < 2:
            continue
        whole = [{**award_linker._mention_base(page, m, spans)[0],
                  **award_linker._mention_features(page, m, c.award, c.year, spans)} for m in ms]
        want = {k: (min if k in ("m_award_dist", "m_rel_pos") else max)(f.get(k, 0.0) for f in whole)
                for k in {k for f in whole for k in f}}
        assert {k: c.features[k] for k in want} == want
        checked += 1
    assert checked
