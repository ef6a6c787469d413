"""Arabic transcriptions of Indonesian names: after an honorific, a second name word spelled like
"and" + a word of no name list, then one more unlisted name word closing the name at the full
stop or a comma, is a middle name, and a first word spelled like a future verb before it is the
given name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "جاكرتا – استقبل وزير النقل الإندونيسي السيد بامبانغ هاريو سانتوسو اليوم سفيرة النرويج، "
    "ثم اجتمع مع مديرة هيئة الموانئ، السيدة سيكار ويرانتيكا هاندوكو."
)


def test_ar_and_shaped_middle_name_before_last_word():
    ex = run(TEXT, "ar")
    assert "سيكار ويرانتيكا هاندوكو" in names(ex, "Official")
    assert any(src == "سيكار ويرانتيكا هاندوكو" for src, _ in rels(ex, "MEMBER_OF"))


def test_ar_listed_name_after_and_is_a_second_person():
    text = "القاهرة – التقى الوزير السيد حسام عادل وسمير فؤاد، وبحثا خطط التعاون."
    assert "حسام عادل وسمير فؤاد" not in names(run(text, "ar"), "Official")
