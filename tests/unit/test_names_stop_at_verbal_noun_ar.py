"""A definite verbal noun of the taf'il shape after a name («وجدد الوزير X Y التأكيد على …») is the
verb's object, no family name; English writes the object in lower case. Sentences written for
these tests."""

from .helpers import names, run, said


def test_ar_definite_verbal_noun_after_the_name():
    ex = run("وجدد وزير الخارجية البيروفي سامي فريد التأكيد على موقف بلاده.", "ar")
    assert names(ex, "Official") == {"سامي فريد"}
    assert said(ex) == [("سامي فريد", "التأكيد على موقف بلاده")]


def test_ar_definite_family_name_is_kept():
    ex = run("وقال وزير الخارجية البيروفي سامي فريد الحمود إن المفاوضات ستستأنف.", "ar")
    assert names(ex, "Official") == {"سامي فريد الحمود"}


def test_en_lower_case_object_after_a_name():
    ex = run("Peruvian Foreign Minister Sami Farid renewed the emphasis on dialogue.", "en")
    assert names(ex, "Official") == {"Sami Farid"}
