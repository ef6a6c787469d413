"""Round-22 membership rule (English): the head of a delegation from a body, titled by a role
a body has one holder of with no body or country of its own ("headed by Deputy Speaker X"), is
an officer of that body; on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_a_delegations_head_with_a_bare_unique_role_is_of_the_body_it_is_from():
    ex = run(
        "Senate President receives Latvian delegation\n"
        "Amman, May 3 (Agency) -- Senate President Omar Khalil Al-Rawashdeh on Monday met with "
        "a delegation from the Parliament of Latvia, headed by Deputy Speaker "
        "Kadri Saarepuu, and discussed parliamentary cooperation.\n",
        "en",
    )
    assert ("Kadri Saarepuu", "Parliament of Latvia") in rels(ex, "MEMBER_OF")


def test_en_a_delegations_head_titled_as_a_senator_is_not_of_the_body_by_that():
    ex = run(
        "Minister meets US lawmakers\n"
        "Amman, May 3 (Agency) -- Foreign Minister Sami Khalil Al-Hadid on Monday met with a "
        "delegation from the United States Congress led by Senator Mark T. Ellison.\n",
        "en",
    )
    assert ("Mark T. Ellison", "United States Congress") not in rels(ex, "MEMBER_OF")
