"""Round-24 SAID rule (Arabic), on sentences written for the test: a double-barrelled family
name glued by a hyphen («هارتمان-فولك») is one surname in a later mention, so the verb before
it has that person for its subject (Arabic has no case to tell the two halves apart)."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "وزير الزراعة يبحث مع مسؤولة أممية الأمن الغذائي\n"
    "عمان (بترا) - بحث وزير الزراعة سامي عيد القضاة اليوم الإثنين مع المديرة الإقليمية لبرنامج "
    "الأغذية العالمي بيترا هارتمان-فولك سبل دعم المزارعين، وأكد القضاة أن الوزارة ماضية في "
    "توسيع مشاريع الحصاد المائي.\n"
    "بدورها، أعربت هارتمان-فولك عن تقديرها لجهود المملكة في استضافة اللاجئين.\n"
)


def test_ar_hyphened_surname_is_the_subject_of_the_verb_before_it():
    pairs = said(run(_TEXT, "ar"))
    assert any(s == "بيترا هارتمان-فولك" and q.startswith("تقديرها") for s, q in pairs), pairs
    assert not any(s == "سامي عيد القضاة" and "هارتمان" in q for s, q in pairs), pairs
