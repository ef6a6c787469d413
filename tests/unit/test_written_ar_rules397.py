"""Arabic transcriptions of Vietnamese names: after an honorific, four name words of no name list
and none written with the article, ending the sentence, are one name (given name, middle name
and two more syllables), not its first word alone (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "معرض الحرف\n"
    "تعرض ثلاثون ورشة للخزف والحرير منتجاتها في القاعة الكبرى حتى نهاية الشهر. "
    "وافتتح المعرض صباح الخميس رئيس غرفة التجارة والصناعة السيد لي نغوك توان فونغ."
)


def test_ar_four_syllable_name_at_sentence_end():
    officials = names(run(TEXT, "ar"), "Official")
    assert "لي نغوك توان فونغ" in officials
    assert "لي" not in officials


def test_ar_listed_given_name_keeps_short_run():
    # a listed given name opening the run: the rule for four unlisted words does not apply
    text = "ندوة\nتحدث في الندوة أمين صندوق الجمعية السيد يوسف ناصر الحمداني."
    assert "يوسف ناصر الحمداني" in names(run(text, "ar"), "Official")
