"""Arabic transcriptions of Indonesian names: after an honorific, a second name word spelled like
"and" + a word of no name list, then one more unlisted name word closing the name at the full
stop or a comma, is a middle name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "عائدات الصندوق\n"
    "أوضحت مديرة الاستثمار في الصندوق السيادي السيدة ريتنو ويجاياتي هارتونو، في كلمة أمام "
    "مستثمرين في سنغافورة، أن العائدات ارتفعت خلال الربع الأخير."
)


def test_ar_and_shaped_middle_name_before_last_word():
    officials = names(run(TEXT, "ar"), "Official")
    assert "ريتنو ويجاياتي هارتونو" in officials
    assert "ريتنو" not in officials


def test_ar_listed_name_after_and_is_a_second_person():
    text = "تكريم\nكرّم المحافظ المهندس السيد طارق منير وسعيد حلمي، لجهودهما في المشروع."
    assert "طارق منير وسعيد حلمي" not in names(run(text, "ar"), "Official")
