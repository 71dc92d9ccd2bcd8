"""Quotes attributed the ways real pages write them: a dash byline in the paragraph below the quote, a speech
verb in the present ("remarks Mitchell", "Hoover shared,"), the last speech verb of the words before the quote
("In comments at the ceremony, Mayor George Ferguson said:"), and the person the page knows nearest that verb;
a paragraph that is a quote, after a paragraph closing on a quote's attribution, is the speaker's next quote."""

from __future__ import annotations

from kg.extract import extract_text


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text[:30]) for q in extract_text(text).quotes]


def test_a_dash_byline_in_the_paragraph_below():
    text = ("GARY, Ind. - Gary is a champion city.\n\n“There are so many problems in our community. The Mayors "
            "Challenge is a great opportunity for Gary.”\n\n— Karen Freeman-Wilson, Mayor of Gary, Ind.\n")
    assert _quotes(text) == [("Karen Freeman-Wilson", "There are so many problems in ")]


def test_a_speech_verb_in_the_present_after_the_quote():
    text = ("NEW BEDFORD, Mass. - Mayor Jonathan F. Mitchell won the award. \"As a port, New Bedford has a lot at "
            "stake when it comes to sea-level rise,\" remarks Mitchell.")
    assert _quotes(text) == [("Jonathan F. Mitchell", "As a port, New Bedford has a l")]


def test_the_last_speech_verb_before_the_quote():
    text = ("BRISTOL - Bristol won the award.\n\nIn comments at the award ceremony, Bristol Mayor George Ferguson "
            "said: “This is far better than the Oscar! This is about real life.”\n")
    assert _quotes(text) == [("George Ferguson", "This is far better than the Os")]


def test_the_known_person_nearest_the_verb_and_no_person_after_the():
    text = ("GREEN RIVER, Wyo. - Green River won a Grand Plaque.\n\nIn presenting the Grand Plaques, AAPRA President "
            "Dianne Hoover shared, “The National Gold Medal Awards are especially significant this year.”\n")
    record = extract_text(text)
    assert [(q.speaker, q.text[:30]) for q in record.quotes] == [("Dianne Hoover", "The National Gold Medal Awards")]
    assert "Grand Plaques" not in [o.name for o in record.officials]


def test_the_first_name_when_the_page_knows_none():
    text = ("YORK - The winners were named.\n\nEvent organiser Norma Brett, on behalf of the Yorkshire Rural "
            "Community Council, said: \"The final judge was very impressed with all the finalists.\"\n")
    assert _quotes(text) == [("Norma Brett", "The final judge was very impre")]


def test_an_honorific_with_a_stop_is_part_of_the_speakers_mention():
    text = ("KANSAS CITY - The finalists were named.\n\n“People can’t believe the energy of this event,” noted Hon. "
            "Sandra Freedman, who chairs the National Civic League Board of Directors.")
    assert _quotes(text) == [("Sandra Freedman", "People can’t believe the energ")]


def test_an_organisations_possessive_before_the_speaker():
    text = ("ARLINGTON, Va. - Arlington ranked first.\n\n“All of the top cities were very strong in their community "
            "assets,” notes the ACSM’s Dr. Barbara Ainsworth.")
    assert _quotes(text) == [("Barbara Ainsworth", "All of the top cities were ver")]


def test_a_lower_case_occupation_before_the_speaker():
    text = ("ROCHESTER, Minn. - Rochester ranked first.\n\n\"It used to be that you moved to the Twin Cities,\" says "
            "economist David Dahl, of the Federal Reserve Bank in Minneapolis.")
    assert _quotes(text) == [("David Dahl", "It used to be that you moved t")]


def test_a_paragraph_that_is_a_quote_after_one_closing_on_its_attribution_is_a_new_quote():
    text = ("The association named its 2031 winners today.\n\n"
            "“We are proud of every system honored this year,” said APTA President and CEO Paul P. Skoutelas.\n\n"
            "“Congratulations to all who have been recognized for their accomplishments.”\n")
    got = [(q.speaker, q.text.split()[0]) for q in extract_text(text).quotes]
    assert got == [("Paul P. Skoutelas", "We"), ("Paul P. Skoutelas", "Congratulations")]


def test_a_quote_continued_in_the_next_paragraph_stays_one_quote():
    text = ("The association named its 2031 winners today.\n\n"
            "APTA President Paul P. Skoutelas said: “We are proud of every system honored this year.\n\n"
            "“Congratulations to all who have been recognized for their accomplishments.”\n")
    assert len(extract_text(text).quotes) == 1
