"""A second name glued to "and" in a list of names, with a middle initial between its given name
and its family name: the whole name, without the letter (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "عنوان\n\n"
    "استقبل رئيس لجنة الطاقة في البرلمان فارس ناجي الدباغ، أمس، عضوي مجلس الشيوخ الكندي "
    "ميلاني ر. كوبر وداريوس ك. ماكنتاير، وبحث معهما مشاريع الربط الكهربائي.\n"
)


def test_ar_glued_and_name_keeps_its_middle_initial():
    officials = names(run(TEXT, "ar"), "Official")
    assert "داريوس ك. ماكنتاير" in officials
    assert not any(n.startswith("وداريوس") or n == "داريوس" for n in officials)
