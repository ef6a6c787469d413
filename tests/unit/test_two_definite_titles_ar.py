"""Two definite roles in a row are two people ("استقبل الوزير السفير X": the minister received the
ambassador X); roles in construct are one title ("رئيس الوزراء وزير الخارجية X").

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, run


def test_the_subjects_title_is_not_the_objects():
    ex = run("واستقبل الوزير السفير الكندي مارك جونسون في مكتبه.", "ar")
    o = ent(ex, "مارك جونسون")
    assert o.title == "السفير الكندي"


def test_indefinite_roles_in_a_row_are_one_persons():
    ex = run("وقال رئيس الوزراء وزير الخارجية سالم بن أحمد الحربي إن الوساطة مستمرة.", "ar")
    o = ent(ex, "سالم بن أحمد الحربي")
    assert "وزير الخارجية" in o.title and "رئيس الوزراء" in o.title
