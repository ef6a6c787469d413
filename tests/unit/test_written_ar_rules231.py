"""A bare "اللجنة" after a committee and then a body of the committee's kind named by another
noun (a friendship group) stands for the committee: the body last named by the head's noun
comes before one only of its kind (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_committee_members_after_a_friendship_group():
    ex = run(
        "لجنة الشؤون المالية البرلمانية تبحث مع وفد من البرلمان السويدي تعزيز التعاون\n"
        "الكويت - (كونا) -- بحثت لجنة الشؤون المالية البرلمانية في مجلس الأمة برئاسة النائب "
        "سالم خالد الرشيدي اليوم مع وفد من البرلمان السويدي برئاسة رئيس مجموعة الصداقة "
        "البرلمانية السويدية - الخليجية النائب لارس أندرسون سبل تطوير العلاقات.\n"
        "وشارك في الاجتماع عضوا اللجنة النائبان ناصر فهد العنزي وبدر سعود الشمري.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    for name in ("ناصر فهد العنزي", "بدر سعود الشمري"):
        assert (name, "لجنة الشؤون المالية البرلمانية") in members, members
        assert not any(s == name and t and "الصداقة" in t for s, t in members), members
