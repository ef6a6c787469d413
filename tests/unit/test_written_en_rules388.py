"""A post set off after a name and owned by a body told before, named by its lower-case head in
the possessive ("X, the ministry's Director of Y"), is that person's title: the name is an
official's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Reykjavik, Mar 3 (RUV) - Minister of Fisheries Gunnar Thorsson Eyvindsson hosted a "
    "delegation from Namibia on Tuesday.\n\n"
    "Also present was Halla Magnusdottir Berg, the ministry's Director of Quotas.\n"
)


def test_en_post_owned_by_a_lower_case_body_after_a_name():
    assert "Halla Magnusdottir Berg" in names(run(TEXT, "en"), "Official")
