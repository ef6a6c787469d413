"""Arabic: "Basim", the given name spelled as "on behalf of", right after an indefinite minister's
post closed by its field: the field is in construct with the post (no adjective before "on behalf
of"), and the given name opens the holder's three-word name closed by a comma (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_basim_after_minister_of_field_is_a_name():
    ex = run(
        "حضر اللقاء وزير الزراعة باسم محمد كريم، ومستشار رئيس مجلس الوزراء سعد حميد الكناني.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "باسم محمد كريم" in officials
    assert "محمد كريم" not in officials
    assert ("باسم محمد كريم", "وزارة الزراعة") in rels(ex, "MEMBER_OF")


def test_ar_basim_with_definite_family_name():
    ex = run("حضر اللقاء وزير الصناعة باسم علي الجبوري، ومدير مكتبه.", "ar")
    assert "باسم علي الجبوري" in names(ex, "Official")


def test_ar_spokesman_on_behalf_of_ministry_unchanged():
    ex = run("وقال المتحدث الرسمي باسم وزارة الخارجية إن الوزير سيزور عمان الأسبوع المقبل.", "ar")
    assert not any(n.startswith("باسم") for n in names(ex, "Official"))
    assert "وزارة الخارجية" in names(ex, "Agency")
