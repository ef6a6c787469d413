"""A role's title closed by a bare definite word no table tags («عضو مجلس إدارة الغرفة»), right
before an official's name, stands for the body of that head noun named before: the official,
and each one listed after a dual title, is in it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "غرفة تجارة تستقبل وفدا\n"
    "استقبل السيد ناصر بن سالم المري النائب الأول لرئيس غرفة تجارة وصناعة الشارقة اليوم وفدا "
    "تجاريا من ماليزيا.\n"
    "وحضر الاجتماع عضوا مجلس إدارة الغرفة السيد خالد علي النعيمي والسيدة مريم سعيد الكتبي.\n"
    "وحضر أيضا عضو مجلس إدارة الغرفة السيد راشد محمد الشامسي."
)


def _in_chamber(ex) -> set[str]:
    return {s for s, t in rels(ex, "MEMBER_OF") if s and t == "غرفة تجارة وصناعة الشارقة"}


def test_ar_board_member_of_the_bare_chamber_is_in_the_chamber_named_before():
    assert "راشد محمد الشامسي" in _in_chamber(run(_TEXT, "ar"))


def test_ar_each_name_after_the_dual_board_title_is_in_the_chamber():
    got = _in_chamber(run(_TEXT, "ar"))
    assert {"خالد علي النعيمي", "مريم سعيد الكتبي"} <= got


def test_ar_bare_word_naming_no_body_before_binds_nothing():
    ex = run(
        "لقاء\nحضر الاجتماع عضو مجلس إدارة الشركة السيد راشد محمد الشامسي.",
        "ar",
    )
    assert not {t for s, t in rels(ex, "MEMBER_OF") if s == "راشد محمد الشامسي"}
