"""A project a winner is honoured for, named in quotes after "for their"/"for its" ('Ada County/Boise (ID) for
their "Treasure Valley Partnership"'), is the winner's program, and no organisation though its last word is an
organisation's."""

from __future__ import annotations

from kg.extract import extract_text


def test_a_winner_s_quoted_project_is_a_program_though_named_like_an_organisation():
    text = ("The winners of the 2031 Sustainable Community Awards are:\n\n"
            "  \u2022 Tempe/Maricopa County (AZ) for their \"Tempe Rio Salado Project\"\n"
            "  \u2022 Ada County/Boise et al. (ID) for their \"Treasure Valley Partnership\"\n")
    rec = extract_text(text)
    assert {"Tempe Rio Salado Project", "Treasure Valley Partnership"} <= {p.name for p in rec.programs}
    assert "Treasure Valley Partnership" not in rec.organizations
