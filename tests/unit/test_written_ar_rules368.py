"""A word right before a preposition carrying a pronoun that points back to a call or a visit
(«خلاله», «إليه») is the verb of the clause describing it, never a one-word name of the title
before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "لوساكا تستعد لتوسيع موانئها الجافة\n\n"
    "لوساكا – تأتي المباحثات الفنية بعد زيارة أداها لأكرا في الخريف وزير النقل الزامبي عاين "
    "خلالها ورش صيانة القاطرات على طول الممر الشرقي.\n\n"
    "وتلقى قائد الحرس الوطني هذا الأسبوع مقترحات مكتوبة من وزير الدفاع الإيطالي أهدى إليه "
    "نسخة من كتابه عن تاريخ البحرية.\n"
)


def test_ar_word_before_during_it_is_a_verb_not_a_name():
    officials = names(run(TEXT, "ar"), "Official")
    assert not any("عاين" in o or "أهدى" in o for o in officials)
