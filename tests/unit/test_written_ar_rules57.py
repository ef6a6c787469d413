"""Review fixes, round 20 (3), Arabic relations (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_members_listed_after_a_relative_clause_set_off_by_arabic_commas():
    # the Arabic comma «،» sets off the relative clause as the ASCII one does in English
    ex = run(
        "زيارة\nوصل إلى عمان وفد من مجلس الشيوخ الأمريكي. ويضم الوفد السيناتور جون سميث، "
        "الذي التقى وزير الخارجية، والسيناتور ماري جونز.",
        "ar",
    )
    members = {a for a, _b in rels(ex, "MEMBER_OF")}
    assert {"جون سميث", "ماري جونز"} <= members
