"""Money: dollar figures with scales, their kind; percentages, populations and counts are not money."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import amounts, extract_file
from kg.extract.amounts import parse_money
from kg.extract.doc import Doc
from kg.extract.sentences import split_sentences
from kg.record import DocumentRecord


def _amounts(text: str) -> list[tuple[float, str | None]]:
    doc = Doc(id="t", text=text, sentences=split_sentences(text))
    rec = DocumentRecord(id="t")
    amounts.extract(doc, rec)
    return [(a.amount_usd, a.kind) for a in rec.amounts]


def test_baton_rouge_seed_amounts():
    rec = extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt")
    assert [(a.amount_usd, a.kind) for a in rec.amounts] == [
        (7000000, "savings"), (400000, "annual savings"), (700000, "federal grant"),
    ]
    assert "efficiency study" in rec.amounts[0].context


@pytest.mark.parametrize(
    "text,value,kind",
    [
        ("launched in October 2014 for about $150K, it works on phones", 150000, "cost"),
        ("freed the city from leased-line costs that were approaching $500,000 a year.", 500000, "annual cost"),
        ("The county invested $1.2M in fiber.", 1200000, "investment"),
        ("a $2.5 billion budget", 2500000000, "budget"),
        ("It received 3 million dollars in funding.", 3000000, "funding"),
        ("The grant totals US$ 40,000.", 40000, "grant"),
        ("The state gave USD 2 million in funding.", 2000000, "funding"),
    ],
)
def test_money(text, value, kind):
    assert _amounts(text) == [(value, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "About 30% of winners and 26 percent of respondents agreed.",
        "With roughly 3 million and 2 million residents, the two are large.",
        "Corpus Christi's population was estimated at 286,462 in 2008.",
        "A fiber network of 60 miles links 1,100 datasets.",
        "The council won A$50,000 and its neighbour C$2 million.",  # other countries' dollars
        "Wellington received NZ$10,000, Hong Kong HK$5 million and Perth AUS$20,000.",
    ],
)
def test_not_money(text):
    assert _amounts(text) == []


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9))
def test_n_million_parses(n, tenth):
    assert parse_money(f"${n} million") == n * 1_000_000
    assert parse_money(f"about ${n}.{tenth} million in savings") == pytest.approx((n + tenth / 10) * 1_000_000)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parser_never_raises(text):
    value = parse_money(text)
    assert value is None or value >= 0


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("$0123456789,.MKkmbillon ")), max_size=40))
def test_parser_never_raises_on_money_like_text(text):
    parse_money(text)


def test_kind_is_the_cue_nearest_the_figure():
    t = ("The city received a $1.2 million grant from Bloomberg Philanthropies for its Smart Springfield initiative "
         "and invested $500,000 in the 311 system.")
    doc = Doc(id="t", text=t, sentences=split_sentences(t))
    rec = DocumentRecord(id="t")
    amounts.extract(doc, rec)
    assert [(a.amount_usd, a.kind) for a in rec.amounts] == [(1200000, "grant"), (500000, "investment")]


def test_a_rate_is_no_sum_of_money():
    from kg.extract import extract_text

    text = ("Tulsa, Okla. - The city keeps a forestry budget of at least $2 per capita and pays crews $15 an hour; "
            "it won a $50,000 grant.")
    assert [a.amount_usd for a in extract_text(text).amounts] == [50000]


@pytest.mark.parametrize("text", [
    "Among libraries spending $10 million–$29.9 million, there are three new Star winners.",
    "Libraries in the $50K-$99.9K expenditure category earned five Stars.",
    "Huntington Public Library ($5M–$9.9M) earned four Stars.",
])
def test_the_bounds_of_a_bracket_are_no_sums(text):
    from kg.extract import extract_text

    assert extract_text(text).amounts == []


def test_two_sums_set_apart_by_a_spaced_dash_stay_sums():
    from kg.extract import extract_text

    text = "The challenge gave $9 million — $5 million to the winner and $1 million to each runner-up."
    assert [a.amount_usd for a in extract_text(text).amounts] == [9000000, 5000000, 1000000]


@pytest.mark.parametrize("text", [
    "Plano has a median household income of $79,234, the study said.",
    "The mean home value on the list is $434,250.",
    "Broadband costs just $40 a month for speeds up to 100Mbps.",
])
def test_statistics_of_a_place_and_prices_by_the_month_are_no_sums(text):
    from kg.extract import extract_text

    assert extract_text(text).amounts == []
