"""A credential between a name and its title ("Richard Besser, MD, president and CEO of RWJF") is neither: the
title after it is the person's; a card's line writes a dash for the comma ("Thomas J. Roy, P.E. – Director of Public
Works"), and a lower-case remark in parentheses ends the title ("First Selectman (accepted by ...)")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("credential", ["MD", "M.D.", "Ph.D.", "PhD", "MPH", "CPRP", "FAICP"])
def test_the_title_after_a_credential_is_the_persons(credential: str):
    text = ("PRINCETON, N.J. - Five communities won the 2019 Culture of Health Prize. \"These communities show the "
            f"nation the way,\" said Richard Besser, {credential}, president and CEO of the Robert Wood Johnson "
            "Foundation.")
    official = next(o for o in extract_text(text).officials if o.name == "Richard Besser")
    assert (official.title, official.of) == ("President and CEO", "Robert Wood Johnson Foundation")


def test_a_card_line_with_a_dash_for_the_comma():
    text = ("Simsbury and Deep River won the 2031 awards.\n\nRichard C. Lee Innovators Award\n"
            "Thomas J. Roy, P.E. – Director of Public Works\nTown of Simsbury\n\n"
            "Lifetime Achievement Award\nRichard H. Smith – First Selectman (accepted by a colleague)\n"
            "Town of Deep River\n")
    got = {(o.name, o.title) for o in extract_text(text).officials}
    assert {("Thomas J. Roy", "Director of Public Works"), ("Richard H. Smith", "First Selectman")} <= got
