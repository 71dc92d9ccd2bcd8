"""An organisation written after a page's footer or stamp ("Copyright 2012 Annandale Chamber of Commerce", "©
2019 ...", "2022-09-28 The Town of ...") is named without it."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize("text", [
    "Copyright 2012 Annandale Chamber of Commerce. All rights reserved.",
    "© 2012-2019 Annandale Chamber of Commerce. All rights reserved.",
])
def test_a_copyright_line_names_the_organisation_without_it(text):
    assert extract_text(text).organizations == ["Annandale Chamber of Commerce"]


def test_a_date_stamp_is_no_part_of_the_name():
    orgs = extract_text("2022-09-28 The Springfield Chamber of Commerce won an award.").organizations
    assert orgs == ["Springfield Chamber of Commerce"]
