"""Quote speakers after a brand with "!" or a lower-case title, a closing mark typed as an opener, a paragraph
that opens on the closing mark of the quote before it, a straight mark closing a curly opening, and a speaker named
by role before the verb ("the minister said")."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_speaker_whose_employer_ends_in_an_exclamation_mark():
    rec = extract_text("“We are thrilled to honor these towns,” said PlayNow! CEO Jo Lee. The list follows.")
    assert [(q.speaker, q.text) for q in rec.quotes] == [("Jo Lee", "We are thrilled to honor these towns")]


def test_a_speaker_after_a_lower_case_title():
    rec = extract_text("“The best-run cities use their budgets well,” analyst Kai Moss said, per CityRank.")
    assert [q.speaker for q in rec.quotes] == ["Kai Moss"]


def test_a_closing_mark_typed_where_a_quote_opens_still_opens_it():
    text = ("“Everybody helped,” Ann Roe, coordinator for the Climate Division, said. ”One of the things that makes "
            "us proud is the work.”")
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes] == ["Ann Roe"]
    assert "said" not in quotes[0].text and "One of the things" in quotes[0].text


def test_a_speaker_run_starts_at_the_given_name():
    """Words before a known given name are not the name: a sentence opener, a lower title written capitalised."""
    from kg.extract import extract_text

    text = ('May 3, 2031 - Tulsa, Okla. won the 2031 Digital Cities Survey. "We are proud of our team," said '
            'Mobility Coordinator Dane Eifling. When Michael R. Bloomberg spoke, he said: "Cities lead the way."')
    speakers = {q.speaker for q in extract_text(text).quotes}
    assert "Dane Eifling" in speakers
    assert not any(s and s.startswith(("Mobility", "When")) for s in speakers)


def test_a_surname_of_several_words_written_alone_is_the_person_named_before():
    from kg.extract import extract_text

    text = ('Topeka, Kan. - Mayor Michelle De La Isla welcomed the certification. "We may not always agree on '
            'everything, but we share the data," De La Isla said.')
    assert {q.speaker for q in extract_text(text).quotes} == {"Michelle De La Isla"}


def test_said_then_a_described_role_then_the_speaker():
    from kg.extract import extract_text

    for text, who in (('Tulsa, Okla. - "We will enter again next year," said mayoral spokesman Mary Chris Skeldon.',
                       "Mary Chris Skeldon"),
                      ('Tulsa, Okla. - "These cities realize the potential," said League president Andy Clarke.',
                       "Andy Clarke")):
        assert [q.speaker for q in extract_text(text).quotes] == [who]


def test_a_paragraph_opening_on_the_close_of_the_quote_before_it():
    text = ("Earlier this year the champion cities were awarded funding to create “a coast-to-coast laboratory.\n"
            "”Former New York City Mayor Michael Bloomberg said in a statement: “Mayors across the country are "
            "tackling the big issues that Washington is ignoring.”\n")
    assert [(q.speaker, q.text.split()[0]) for q in extract_text(text).quotes] == [("Michael Bloomberg", "Mayors")]


def test_a_quote_closed_by_a_straight_mark_then_its_speaker_by_role():
    text = ("The award was presented by Michael Ring, Minister for Rural and Community Development.\n\n"
            "“This is a fantastic achievement for Listowel who are very deserving winners,\" the minister said.\n")
    assert [(q.speaker, q.text.split()[0]) for q in extract_text(text).quotes] == [("Michael Ring", "This")]
