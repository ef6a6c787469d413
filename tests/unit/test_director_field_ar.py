"""A director's field names the body he directs ("مدير الأمن العام" → the public security body);
only a minister implies a ministry.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, names, rels, run

TEXT = (
    "وجرى اللقاء بحضور مدير الأمن العمومي، العقيد سالم ولد أحمد، ومدير التعاون الدولي "
    "بالإدارة العامة للأمن الوطني، العقيد محمد ولد سيدي."
)


def test_the_field_of_a_director_is_a_body_with_its_directorate_alias():
    ex = run(TEXT, "ar")
    a = ent(ex, "الأمن العمومي")
    assert a.type == "Agency" and "مديرية الأمن العمومي" in a.aliases
    assert ("سالم ولد أحمد", "الأمن العمومي") in rels(ex, "MEMBER_OF")


def test_a_body_after_the_field_is_its_parent_not_the_directors():
    members = rels(run(TEXT, "ar"), "MEMBER_OF")
    assert ("محمد ولد سيدي", "التعاون الدولي") in members
    assert ("التعاون الدولي", "الإدارة العامة للأمن الوطني") in members
    assert ("محمد ولد سيدي", "الإدارة العامة للأمن الوطني") not in members
    assert ("سالم ولد أحمد", "التعاون الدولي") not in members


def test_a_director_general_of_a_field():
    ex = run("وقال مدير عام الجمارك خالد يوسف إن الشحنة ضبطت.", "ar")
    assert ("خالد يوسف", "الجمارك") in rels(ex, "MEMBER_OF")


def test_a_minister_still_implies_his_ministry():
    ex = run("وقال وزير الزراعة أحمد سالم إن الموسم جيد.", "ar")
    assert "وزارة الزراعة" in names(ex, "Agency")
