"""A post governed by «لدى» inside another post ("state secretary attached to the foreign
minister") is not its holder's own role: the holder belongs to that minister's ministry, and a later
«الوزير» + nisba is the minister himself (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run, said

TEXT = (
    "وزير الخارجية المغربي يلتقي نظيره الكيني\n\n"
    "الرباط 8 نيسان – أجرى وزير الشؤون الخارجية والتعاون الإفريقي، يوسف بنعلي القادري، اليوم "
    "الأربعاء مباحثات مع نظيره الكيني، بيتر موانغي، بمقر الوزارة.\n\n"
    "وحضر اللقاء كاتبة الدولة لدى وزير الشؤون الخارجية، سميرة الإدريسي.\n\n"
    "وقال الوزير المغربي إن البلدين يعملان على فتح خط جوي مباشر.\n"
)


def test_ar_post_attached_to_a_minister_is_not_a_minister():
    ex = run(TEXT, "ar")
    assert ent(ex, "سميرة الإدريسي").title == "كاتبة الدولة لدى وزير الشؤون الخارجية"
    members = {s for s, _ in rels(ex, "MEMBER_OF")}
    assert "سميرة الإدريسي" in members


def test_ar_nisba_minister_is_the_minister_not_the_attached_state_secretary():
    ex = run(TEXT, "ar")
    assert "الوزير المغربي" in ent(ex, "يوسف بنعلي القادري").aliases
    assert "وزير الخارجية المغربي" not in names(ex, "Official")
    assert any(sp == "يوسف بنعلي القادري" and "خط جوي" in q for sp, q in said(ex))
