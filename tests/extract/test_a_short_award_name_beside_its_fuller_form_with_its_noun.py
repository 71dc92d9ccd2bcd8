"""A list's lead-in often names an unlisted award short ("The 2020 Gold Medal Grand Plaque recipients are:")
while the page names it in full with its noun elsewhere ("the National Gold Medal Awards program"): the wins
take the fuller name the page writes, as they do when the short name is the full one's last words."""

from __future__ import annotations

from kg.extract import extract_text

TEXT = ("The Academy of Park Leaders, in partnership with the Park Association, is pleased to announce the "
        "recipients of the 2020 National Blue Ribbon Medal Grand Plaque Awards for Excellence in Park Management. The "
        "sponsor of the National Blue Ribbon Medal Awards "
        "program is Musco Lighting.\n\n"
        "The 2020 Blue Ribbon Medal Grand Plaque recipients are:\n\n"
        "Class I (population 400,001 and over)\n\n"
        "Metroparks Toledo – Ohio\n\n"
        "Class II (population 150,001 – 400,000)\n\n"
        "City of Greensboro Parks and Recreation Department – North Carolina\n\n"
        "Class IV (population 30,001 – 75,000)\n\n"
        "Decatur Park District – Illinois\n\n"
        "\"The National Blue Ribbon Medal Awards are especially significant this year,\" said the "
        "Academy's president.\n")


def test_the_wins_take_the_fuller_name():
    rec = extract_text(TEXT)
    assert {a.city for a in rec.awards} >= {"Greensboro", "Decatur"}
    assert {a.award for a in rec.awards} == {"National Blue Ribbon Medal Awards"}


WHAT_COUNTS = ("Twelve Cities Earn What Counts Cities Certification\n\n"
               "NEW YORK, May 2, 2023 — Twelve cities have been awarded the Civic Philanthropies What Counts Cities "
               "Certification for establishing exceptional data capabilities. What Counts Cities Certification sets a "
               "standard of excellence.\n\n"
               "With today's announcement, 74 cities have achieved the What Counts Cities Certification distinction. "
               "The 12 new Certified What Counts Cities are: Alexandria, VA; Port St. Lucie, FL; and Tulsa, OK.\n")


def test_a_designation_written_short_takes_its_certification_without_the_giver():
    rec = extract_text(WHAT_COUNTS)
    assert {a.city for a in rec.awards} >= {"Alexandria", "Port St. Lucie", "Tulsa"}
    assert {a.award for a in rec.awards} == {"What Counts Cities Certification"}
