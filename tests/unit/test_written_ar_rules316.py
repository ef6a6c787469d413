"""A bare "the union" right after a role in construct (a role, then "of the-union") is the
role's anaphor of the union named before, as "the ministry" is: the title holds, and its holder
is an official of that union (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "افتتح اتحاد الغرف الزراعية السنغالية أمس جناحه في معرض وهران الدولي للصناعات الغذائية، "
    "وتجول فيه نائب رئيس الاتحاد مامادو جالو مع عدد من العارضين.\n"
)


def test_ar_role_of_the_union_names_its_holder():
    ex = run(TEXT, "ar")
    assert "مامادو جالو" in names(ex, "Official")
    assert ("مامادو جالو", "اتحاد الغرف الزراعية السنغالية") in rels(ex, "MEMBER_OF")
