"""Round-22 membership rule (English): "a delegation of the X group of the Y parliament, led by
its Chair Z": "its" is the head of the phrase (the group), not the body its complement names;
on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_its_chair_after_a_sub_body_of_a_parliament_is_the_sub_bodys():
    ex = run(
        "Speaker receives Danish delegation\n"
        "The Speaker of the National Assembly, Hon. Mary Banda-Phiri, today received a "
        "delegation of the Danish-East African Parliamentary Friendship Group of the Danish "
        "Folketing, led by its Chairperson, Mr Anders Kjeldsen-Holm, at Parliament Buildings.\n",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Anders Kjeldsen-Holm", "Danish-East African Parliamentary Friendship Group") in members
    assert ("Anders Kjeldsen-Holm", "Danish Folketing") not in members
