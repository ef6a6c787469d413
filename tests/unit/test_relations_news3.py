"""Relations of news copy in more of its forms (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run


# ---- "X, <long title>, and his accompanying delegation" ------------------------------------
def test_ar_accompanying_delegation_after_a_title_behind_the_name():
    ex = run(
        "استقبل وزير الدفاع خالد العنزي، صباح اليوم، اللواء سامي الحديد رئيس هيئة الأركان"
        " في القوات المسلحة الأردنية، والوفد المرافق له.",
        "ar",
    )
    assert ("سامي الحديد", "الوفد المرافق له") in rels(ex, "MEMBER_OF")
    assert ("خالد العنزي", "الوفد المرافق له") not in rels(ex, "MEMBER_OF")
    assert frozenset({"خالد العنزي", "الوفد المرافق له"}) in met(ex)


def test_en_his_accompanying_delegation_after_a_title_behind_the_name():
    ex = run(
        "Defence Minister Karim Haddad received Major General John Okoth, Commander of the Kenya"
        " Navy, and his accompanying delegation.",
        "en",
    )
    assert ("John Okoth", "accompanying delegation") in rels(ex, "MEMBER_OF")
    assert ("Karim Haddad", "accompanying delegation") not in rels(ex, "MEMBER_OF")


def test_ar_a_cue_between_keeps_the_delegation_apart():
    ex = run(
        "قال وزير الدفاع خالد العنزي إن التعاون مستمر، ورحب بالوفد المرافق له.",
        "ar",
    )
    assert not any(a == "خالد العنزي" and "الوفد" in (b or "") for a, b in rels(ex, "MEMBER_OF"))
