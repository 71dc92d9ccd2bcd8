"""Quotes: marks paired per paragraph, attribution before or after, full-name speakers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import EXAMPLES_DIR
from kg.extract import extract_file, extract_text, officials, quotes
from kg.extract.doc import Doc
from kg.extract.sentences import split_sentences
from kg.record import City, DocumentRecord


def _quotes(text: str, cities=("Springfield",)) -> list[tuple[str, str]]:
    doc = Doc(id="t", text=text, sentences=split_sentences(text))
    rec = DocumentRecord(id="t", cities=[City(name=c) for c in cities])
    officials.extract(doc, rec)
    quotes.extract(doc, rec)
    return [(q.speaker, q.text) for q in rec.quotes]


def test_boston_seed_quotes_missing_opening_mark_and_continuations():
    rec = extract_file(EXAMPLES_DIR / "boston-2011-digital-cities.txt")
    want = [
        ("Thomas M. Menino", "This recognition is an example"),
        ("Todd Sander", "Cities that are investing in"),
        ("Bill Oates", "This is Boston’s second year in"),
        ("Bill Oates", "This year the Department of"),
    ]
    assert len(rec.quotes) == len(want)
    for q, (speaker, start) in zip(rec.quotes, want, strict=True):
        assert q.speaker == speaker and q.text.startswith(start)
    # the nested “top ten” stays inside Oates's quote, and his second sentence is merged into it
    assert "“top ten”" in rec.quotes[2].text and "award-winning website" in rec.quotes[2].text


def test_unnamed_speaker_is_not_a_continuation():
    got = _quotes('Mayor Jane Doe spoke. "We won," Doe said.\n"It was close," said one official.')
    assert got == [("Jane Doe", "We won")]


def test_surname_with_title_resolves_to_full_name():
    rec = extract_file(EXAMPLES_DIR / "baton-rouge-2019-digital-cities.txt")
    assert [q.speaker for q in rec.quotes] == ["Sharon Weston Broome"]
    assert rec.quotes[0].text.startswith("Over the past few years")


@pytest.mark.parametrize(
    "text,speaker,start",
    [
        ('City CIO Michael Armstrong spoke. "The readings are good," Armstrong said.', "Michael Armstrong",
         "The readings are good"),
        ('"We are measuring outcomes," Montgomery County Chief Information Officer Sonny Segal told the center.',
         "Sonny Segal", "We are measuring outcomes"),
        ('Teri Takai, the center\'s executive director, said the winners "are using technology and data well."',
         "Teri Takai", "are using technology and data"),
        ('Memphis Mayor Jim Strickland said that showing residents the numbers "builds public trust in government."',
         "Jim Strickland", "builds public trust"),
        ("“Being first is an honor,” said Mayor Rex Richardson.", "Rex Richardson", "Being first is an honor"),
        ("Chief Data Officer Ana Ruiz met staff.\n“Open data is a habit,” she said.", "Ana Ruiz",
         "Open data is a habit"),
        ("Bill Oates spoke. Oates thanked the Center, “This year the team moved forward on every front.”",
         "Bill Oates", "This year the team"),
        ('Mayor Jane Doe spoke. "We are proud of the staff," Doe said, "and we will keep investing."', "Jane Doe",
         "We are proud of the staff, and we will keep"),
        ('In a statement, Mayor Jane Doe said: "The award shows what a small team can do."', "Jane Doe",
         "The award shows"),
        ('"Our work is not finished," according to Mayor Jane Doe.', "Jane Doe", "Our work is not finished"),
        ("In a statement, Mayor Jane Doe said:\n\n“We are proud of every employee here.”", "Jane Doe",
         "We are proud of every employee"),
        ('Mayor Jane Doe spoke. "We won the top spot," Doe, the city\'s first female mayor, said.', "Jane Doe",
         "We won the top spot"),
        ('"We are proud," said city spokeswoman Ann Marie Ortiz.', "Ann Marie Ortiz", "We are proud"),
        ('Deputy Mayor for Operations Lena Ortiz said the winners "are using data to serve residents."',
         "Lena Ortiz", "are using data to serve residents"),
        ('Mayor J.T. Hollis announced the win. "This shows what our staff can do," said Hollis.', "J.T. Hollis",
         "This shows what our staff can do"),
        ('Mayor Jane Doe spoke. "It\'s a team effort" — Joe Park, IT director.', "Joe Park", "It's a team effort"),
    ],
)
def test_attribution(text, speaker, start):
    got = _quotes(text)
    assert len(got) == 1, got
    assert got[0][0] == speaker and got[0][1].startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        'Judges noted the team aims at becoming an "Innovative and High Performing Organization," and more.',
        'The 2016 win followed Mayor Will Sessoms\' declaration of 2016 as the "Year of Connectivity."',
        "Teri Takai, the center's executive director, said Marana was chosen because it reaches residents.",
        'The city\'s first "smart community," located in Southeast Dallas, opened.',
    ],
)
def test_scare_quotes_and_paraphrases_are_not_quotes(text):
    assert _quotes(text) == []


def test_dev_quotes_match_gold(dev_gold, dev_records):
    def norm(s):
        return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()

    tp = fp = fn = 0
    for g in dev_gold:
        rec = dev_records[g["id"]]
        want = [(officials.person_key(q["speaker"]), norm(q["starts_with"])) for q in g["quotes"]]
        for q in rec.quotes:
            hit = next((w for w in want if w[0] == officials.person_key(q.speaker) and norm(q.text).startswith(w[1])),
                       None)
            if hit:
                want.remove(hit)
                tp += 1
            else:
                fp += 1
        fn += len(want)
    assert 2 * tp / (2 * tp + fp + fn) >= 0.85


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab “”"’. ,\nSaid said Mayor Jo Lee')), max_size=200))
def test_never_raises_on_weird_quote_marks(text):
    _quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        'Ann Ortiz, director of innovation, said the applications showed "how much energy there is at city hall."',
        'Deputy Mayor Lena Ortiz called the award "a credit."',  # a label; a clause is a quote (see below)
        'Mayor Jane Doe said the project was "a turning point" for the city.',
    ],
)
def test_phrase_in_reported_speech_is_not_a_quote(text):
    assert _quotes(text) == []


def test_quote_closing_its_sentence_is_not_attributed_to_the_next_speaker():
    t = ('City Manager Tom Brady added, "It took years." Council Member Lisa Chang noted that it matters.')
    assert _quotes(t) == [("Tom Brady", "It took years.")]


def test_curly_single_quotes_and_speaker_ends_at_the_sentence():
    t = ("Gov. Maria Santos spoke. “Lakeport shows what data can do,” said Santos. Lakeport Mayor R. J. Patel "
         "thanked the team. ‘We are honored,’ Patel said. The city’s staff cheered.")
    assert _quotes(t) == [("Maria Santos", "Lakeport shows what data can do"), ("R. J. Patel", "We are honored")]


def test_closed_quote_then_speaker_said_in_a_statement():
    t = 'Mayor Jane Doe welcomed the news. "We won the top spot." Doe said in a statement.'
    assert _quotes(t) == [("Jane Doe", "We won the top spot.")]


@pytest.mark.parametrize("text, speaker, start", [
    # a verb that quotes the speaker's own words as a fragment: the fragment is a quote
    ('Council Member Rita Vance called the new portal "a model that smaller towns in the region can borrow," '
     "and said more was coming.", "Rita Vance", "a model that smaller towns"),
    ("Omar Haddad, a professor of economics at Springfield College, described the program as "
     "“a rare case of a city measuring what it actually promised.”", "Omar Haddad", "a rare case of a city"),
    ('Fire Chief Lena Brooks credited the dispatch staff for "cutting response times without adding a single '
     'truck."', "Lena Brooks", "cutting response times"),
    # a speaker whose title names a unit of the county
    ('"We listened to residents first," said Lake County Board of Supervisors Chair Ann Roe.', "Ann Roe",
     "We listened to residents first"),
])
def test_fragment_quotes_and_unit_titles(text, speaker, start):
    got = _quotes(text, cities=("Springfield",))
    assert len(got) == 1 and got[0][0] == speaker and got[0][1].startswith(start)


@pytest.mark.parametrize("text", [
    'Mayor Rita Vance called it "a turning point."',  # a short label, not a quote
    'Mayor Rita Vance praised the crews and said the numbers showed "how much the new routes have helped."',
])
def test_short_labels_and_reported_clauses_are_not_fragment_quotes(text):
    assert _quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    ('"We kept every branch open," said the chairwoman, Rita Vance.', [("Rita Vance", "We kept every branch open")]),
    ("Board Chair Rita Vance and CIO Lee Park led the bid.\n\n"
     '"We kept every branch open. It took a year," said the county\'s chief information officer.',
     [("Lee Park", "We kept every branch open. It took a year")]),
    ("Board Chair Rita Vance and CIO Lee Park led the bid.\n\n"
     '"We kept every branch open," said the board\'s chairwoman.', [("Rita Vance", "We kept every branch open")]),
    # a role that fits nobody, or nobody unambiguously, names no speaker
    ('Board Chair Rita Vance led the bid. "We kept every branch open," said the spokesman.', []),
])
def test_speaker_named_by_role_after_the_quote(text, expected):
    assert _quotes(text) == expected


def test_quote_by_a_speaker_with_a_hyphenated_given_name():
    text = ("\u201cThe data finally tells us where the floods start,\u201d said Dr. Min-jun Seo, professor of "
            "hydrology at Purdue University.")
    assert _quotes(text) == [("Min-jun Seo", "The data finally tells us where the floods start")]


def test_a_quote_after_a_sentence_its_speaker_says_in_the_same_paragraph():
    text = ("Mayor Bill Schickel says he's pleased the city was one of 20 finalists. “A very strong competition, "
            "congratulations to all the award winners.”\n\nCounties are economizing, noted Digital Communities "
            "Director Todd Sander. \"Counties are consolidating and sharing services to cut down costs.\"\n")
    got = {(q.speaker, q.text.split(",")[0].split(" to ")[0]) for q in extract_text(text).quotes}
    assert got == {("Bill Schickel", "A very strong competition"),
                   ("Todd Sander", "Counties are consolidating and sharing services")}


def test_a_speaker_with_a_title_after_the_name_then_said_and_titles_with_and():
    text = ("“Our website is the front door to city government,” Jason Ballard, director of Information Technology "
            "said.\n\n\"This marks the tenth year,\" said Roanoke County Communications and Information Technology "
            "Director Bill Hunter.\n")
    assert {q.speaker for q in extract_text(text).quotes} == {"Jason Ballard", "Bill Hunter"}


def test_an_organisation_or_a_magazine_is_no_speaker():
    from kg.extract import extract_text

    text = ("\u201cSmall towns are where the jobs are,\u201d according to Money Magazine. "
            "\u201cOne way is by determining a city\u2019s efficiency,\u201d said Montana Researchers.")
    speakers = {q.speaker for q in extract_text(text).quotes}
    assert not speakers & {"Money Magazine", "Montana Researchers"}


def test_a_speaker_named_by_role_before_the_verb():
    text = ("Mayor Jane Roe of Springfield presented the awards.\n\n"
            "“This is a fantastic achievement for the city,” the mayor said.\n")
    assert [q.speaker for q in extract_text(text).quotes] == ["Jane Roe"]


def test_a_place_naming_its_program_in_quotes_is_no_speaker():
    text = ('Faced with rising health care costs, Little Rock, Ark., created a unique program called "Fight '
            'Back/Insure the Children" which insures treatment for children.\n')
    assert extract_text(text).quotes == []


def test_a_noun_phrase_quoted_after_an_indefinite_article_is_no_quote():
    text = ('Chicago Mayor Rahm Emanuel said he wanted to use the grant to create a data-driven "predictive '
            'analytics platform" to track trends.\n')
    assert extract_text(text).quotes == []
    text = 'Mayor Jane Roe said the winners "are using data to make better decisions every day."\n'
    assert [q.speaker for q in extract_text(text).quotes] == ["Jane Roe"]


def test_a_quote_whose_attribution_is_a_longer_clause_between_its_parts_is_one_quote():
    text = ("“It’s something special to win first place nationally once, but to win it four times is truly "
            "amazing,” Police Chief Thomas Bennett said during Wednesday’s City Council meeting, when the "
            "presentation was made. “This has occurred due to the relationship our citizens have with us.”\n")
    quotes = extract_text(text).quotes
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [("Thomas Bennett", "It’s")]
    assert "This has occurred" in quotes[0].text


def test_a_second_part_with_its_own_attribution_is_a_second_quote():
    text = ("“Our citizens expect us to use best practices,” said Lisa Frizell, Douglas County Assessor. "
            "“As we continue our focus on technology, we know we need to innovate,” Frizell said.\n")
    assert [q.text.split()[0] for q in extract_text(text).quotes] == ["Our", "As"]
