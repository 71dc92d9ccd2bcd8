"""Entities in context: acronyms are not towns, places are not people, titled boards, vendors, programs."""

from __future__ import annotations

from kg.extract.document import SourceText, markdown_to_text
from kg.extract.pipeline import extract_source
from kg.record import DocumentRecord


def _run(text: str, path: str = "t.txt") -> DocumentRecord:
    return extract_source(SourceText(id="t", path=path, text=text, content_hash="0", kind=path.rsplit(".", 1)[1]))


def test_all_caps_acronym_in_a_footer_is_not_a_town():
    # "Ada, Okla." and "Enid, Okla." exist; "ADA" / "ENID" in capitals are a heading or an acronym
    rec = _run("NORMAN, Okla. -- The city of Norman finished first.\n\n"
               "Privacy | ADA Compliance | Accessibility | (c) 2021 City of Norman\n")
    assert "Ada" not in {c.name for c in rec.cities}
    assert "Norman" in {c.name for c in rec.cities}


def test_known_alias_in_capitals_is_still_a_city():
    rec = _run("Officials from NYC and Boston, Mass., met on Tuesday to compare notes.")
    assert "New York" in {c.name for c in rec.cities}


def test_a_place_named_in_a_subheading_is_not_an_official():
    rec = _run("Plano tops the field in the 2015 survey\n"
               "Round Rock, Frisco and Allen lead smaller groups\n\n"
               "Plano, Texas, ranked first. Round Rock, Texas, was second and Frisco, Texas, third.\n")
    assert not any(o.name == "Round Rock" for o in rec.officials)


def test_a_bare_board_named_in_an_officials_title_is_an_organisation():
    rec = _run("WAYNE COUNTY, Ohio -- \"It paid off,\" said Linda Marsh, vice chair of the Board of Supervisors.\n")
    assert "Board of Supervisors" in rec.organizations
    rec = _run("PUEBLO COUNTY, Colo. -- Board of Commissioners Chair Roy Delgado welcomed the ranking.\n")
    assert "Board of Commissioners" in rec.organizations


def test_a_bare_board_in_navigation_is_still_not_an_organisation():
    rec = _run("Home | County Board | Departments\n\nThe county ranked third this year.\n")
    assert "County Board" not in rec.organizations


def test_a_vendor_after_with_is_an_organisation_by_its_company_suffix():
    rec = _run("DENTON, Texas -- The city signed a contract with Bluewater Analytics for a dashboard and "
               "replaced radios with Harbor Point Communications. Staff worked with Public Safety Systems "
               "staff, and Information Technology Solutions continues the rollout.\n")
    assert {"Bluewater Analytics", "Harbor Point Communications"} <= set(rec.organizations)
    assert "Public Safety Systems" not in rec.organizations
    assert "Information Technology Solutions" not in rec.organizations


def test_a_known_public_sector_vendor():
    rec = _run("The county moved its permitting to software from Tyler Technologies last spring.\n")
    assert "Tyler Technologies" in rec.organizations


def test_a_special_district_keeps_district_in_its_name():
    rec = _run("The program runs with the Tri-Valley Fire Protection District and the Mid-Rivers Library District, "
               "and Ana Park, director of the Harbor Water District, praised it.\n")
    assert {"Tri-Valley Fire Protection District", "Mid-Rivers Library District"} <= set(rec.organizations)
    assert "Mid-Rivers Library" not in rec.organizations
    assert any(o.name == "Ana Park" for o in rec.officials)  # district words are no bar to a person's name


def test_a_long_glossary_line_still_names_its_program():
    # a Markdown list "- **Name** — description" whose bullets the rendering dropped; the first item runs long
    long_tail = " Crews also repaved the shoulders, rebuilt the crosswalks and added bike lanes for commuters." * 3
    md = ("---\ntitle: Fairview wins\n---\n\nFAIRVIEW, Ore. — The city placed third.\n\n## Highlights\n\n"
          f"- **Halsey Street Safe Route** — new signals and sensors along Halsey Street.{long_tail}\n"
          "- **FairviewPay** — the city's payment app, rebuilt this year.\n"
          "- **Open Budget Explorer (OBE)** — a site that shows every line of the budget.\n")
    rec = _run(markdown_to_text(md), "t.md")
    names = {p.name for p in rec.programs}
    assert {"Halsey Street Safe Route", "FairviewPay", "Open Budget Explorer"} <= names


def test_an_acronym_after_an_indefinite_article_describes_a_tool():
    rec = _run("Staff may not put a generative AI tool or an experimental GIS app into service without review.\n")
    assert not rec.programs


def test_a_survey_a_city_runs_of_its_people_is_a_program():
    rec = _run("MESA, Ariz. — The annual Community Needs Survey, whose results go online, shaped the budget. "
               "Mesa also placed in the Digital Cities Survey and used the American Community Survey.\n")
    names = {p.name for p in rec.programs}
    assert "Community Needs Survey" in names
    assert "Digital Cities Survey" not in names and "American Community Survey" not in names


def test_a_sentence_opening_article_is_not_part_of_a_board_in_a_title():
    rec = _run("KENT COUNTY, Mich. -- The Kent County Board of Commissioners Chair Rita Vance spoke first.\n")
    assert [(o.name, o.title) for o in rec.officials] == [("Rita Vance", "Chair, Kent County Board of Commissioners")]
