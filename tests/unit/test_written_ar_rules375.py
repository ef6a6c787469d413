"""A middle name that starts with the letter of "and" (a Somali name: "Mr X [W]arfaa Y Z"),
second after an honorific and followed by two more name words and a comma, is part of the name,
not "and" + a noun (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "توسعة ميناء بربرة\n\n"
    "أعلن السيد أحمد ورفاه نور طاهر، وزير الموانئ والنقل البحري الصومالي، مساء السبت في جيبوتي، "
    "أن أعمال توسعة الرصيف الجنوبي ستنتهي قبل الصيف.\n"
)


def test_ar_and_shaped_middle_name_stays_in_the_name():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "أحمد ورفاه نور طاهر" in officials
    assert "نور طاهر" not in officials
    assert any(src == "أحمد ورفاه نور طاهر" for src, _ in rels(ex, "MEMBER_OF"))


KIN = (
    "حفل استقبال\n\n"
    "أقام وزير الثقافة المالطي، مساء الجمعة في فاليتا، حفل عشاء حضره السيد ستيفان وعقيلته "
    "ماريكا لوندكفيست، سفير السويد، إلى جانب عدد من الفنانين.\n"
)


def test_ar_and_his_wife_is_no_middle_name():
    officials = names(run(KIN, "ar"), "Official")
    assert not any("عقيلته" in n for n in officials)
