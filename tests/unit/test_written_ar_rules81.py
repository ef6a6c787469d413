"""Round-22 official rule (Arabic): an honorific and a name right after «برئاسة»."""

from __future__ import annotations

from .helpers import names, run


def test_ar_a_styled_name_after_chaired_by_is_the_official_chairing_the_sitting():
    ex = run(
        "اجتماع\n"
        "أبوظبي، 4 مايو (وكالة) - عقد مجلس إدارة الهيئة العامة للطيران المدني اجتماعه الثاني "
        "لهذا العام برئاسة معالي راشد سيف المزروعي.\n",
        "ar",
    )
    assert "راشد سيف المزروعي" in names(ex, "Official")


def test_ar_a_styled_name_after_headed_by_is_the_official_heading_the_delegation():
    ex = run(
        "زيارة\n"
        "الكويت، 4 مايو (وكالة) - استقبل رئيس مجلس الأمة فيصل الغانم وفدا برلمانيا برئاسة "
        "الدكتور منصور بن سعد القحطاني.\n",
        "ar",
    )
    assert "منصور بن سعد القحطاني" in names(ex, "Official")
