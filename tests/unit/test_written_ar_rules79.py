"""Round-22 name rule (Arabic): a given name written with the article after a post's complement."""

from __future__ import annotations

from .helpers import names, run


def test_ar_a_definite_given_name_and_one_family_name_closing_a_post_are_the_holder():
    ex = run(
        "لقاء\n"
        "الدوحة، 4 مايو (وكالة) - شارك في الاجتماع رئيس مجلس الشورى خالد المناعي، وسفير "
        "الجمهورية الجزائرية لدى الدولة الحبيب بلقاسمي.\n",
        "ar",
    )
    assert "الحبيب بلقاسمي" in names(ex, "Official")
    assert "بلقاسمي" not in names(ex, "Official")


def test_ar_an_adjective_after_a_post_with_no_family_name_after_it_stays_in_the_title():
    ex = run(
        "لقاء\n"
        "الدوحة، 4 مايو (وكالة) - استقبل رئيس مجلس الشورى خالد المناعي سفير الجمهورية "
        "الجزائرية لدى الدولة، وبحث معه العلاقات الثنائية.\n",
        "ar",
    )
    assert "خالد المناعي" in names(ex, "Official")
