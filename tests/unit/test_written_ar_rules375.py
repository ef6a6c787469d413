"""A middle name that starts with the letter of "and" (a Somali name: "Mr X [W]arfa Y Z"),
second after an honorific and followed by two more name words and a comma, is part of the name,
not "and" + a noun (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "تعاون برلماني\n\n"
    "استقبل رئيس الجمعية الوطنية الكينية، اليوم في نيروبي، وفدا برلمانيا برئاسة السيد محمد "
    "ورفاه عيدي غوليد، رئيس لجنة الدفاع في البرلمان الصومالي، وبحث معه أمن الحدود المشتركة.\n"
)


def test_ar_and_shaped_middle_name_stays_in_the_name():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "محمد ورفاه عيدي غوليد" in officials
    assert "عيدي غوليد" not in officials
    assert any(src == "محمد ورفاه عيدي غوليد" for src, _ in rels(ex, "MEMBER_OF"))
