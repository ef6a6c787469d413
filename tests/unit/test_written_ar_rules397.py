"""Arabic transcriptions of Vietnamese names: after an honorific, four name words of no name list
and none written with the article, ending the sentence, are one name (given name, middle name
and two more syllables), not its first word alone (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "هانوي – بحث وزير الصناعة الفيتنامي السيد هوانغ فان دوك أمس مع سفير البيرو تعزيز التبادل "
    "التجاري. وشارك في المباحثات مدير إدارة التصدير السيدة لي ثي مين هانغ."
)


def test_ar_four_syllable_name_at_sentence_end():
    officials = names(run(TEXT, "ar"), "Official")
    assert "لي ثي مين هانغ" in officials
    assert "لي" not in officials


def test_ar_listed_given_name_keeps_short_run():
    # a listed given name opening the run: the rule for four unlisted words does not apply
    text = "عمّان – حضر اللقاء مدير الإدارة السيد خالد سمير العمري."
    assert "خالد سمير العمري" in names(run(text, "ar"), "Official")
