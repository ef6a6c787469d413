"""A chairing verb, a delegation right after it and an official right after that, styles
between («ترأس الوفد الـX معالي السيد Y»): the official heads, so is in, the delegation
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "جولة مشاورات سياسية\n"
    "عقدت في الدوحة اليوم جولة المشاورات السياسية الثالثة بين قطر وبيرو.\n"
    "ترأس الوفد القطري سعادة السيد راشد بن علي المهندي وكيل وزارة الخارجية، فيما ترأس "
    "الوفد البيروفي سعادة السيدة كارمن لوسيا باريدس نائبة وزير الخارجية."
)


def test_ar_official_after_chaired_delegation_is_in_it():
    got = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("راشد بن علي المهندي", "الوفد القطري") in got


def test_ar_chaired_meeting_is_no_delegation():
    ex = run("لقاء\nترأس الاجتماع سعادة السيد راشد بن علي المهندي وكيل وزارة الخارجية.", "ar")
    assert not {
        t for s, t in rels(ex, "MEMBER_OF") if s == "راشد بن علي المهندي" and "وفد" in (t or "")
    }
