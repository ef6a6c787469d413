"""The Levantine style «دولة السيد» before a name (a prime minister's or a chamber speaker's):
a protocol style skipped when naming the person; «دولة» alone stays a state
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "منتدى اقتصادي\n"
    "وألقى رئيس مجلس النواب، دولة السيد ماهر سليم القويسمي، كلمة في افتتاح المنتدى "
    "الاقتصادي الثالث دعا فيها إلى الاستثمار في الطاقة الشمسية."
)


def test_ar_state_style_before_name_names_the_person():
    ex = run(_TEXT, "ar")
    assert "ماهر سليم القويسمي" in names(ex, "Official")
    assert ("ماهر سليم القويسمي", "مجلس النواب") in rels(ex, "MEMBER_OF")


def test_ar_state_alone_is_no_style():
    ex = run("معرض\nيشارك وفد تجاري من دولة قطر في معرض الصناعات الغذائية هذا الأسبوع.", "ar")
    assert "قطر" in names(ex, "Country")
