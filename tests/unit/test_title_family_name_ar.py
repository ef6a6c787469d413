"""A title and a definite family name as the first mention («وأكد الوزير الصفدي أن …»): the family
name is the official's name; an adjective of the title is not (and English "Minister X" is the
same form); sentences written for these tests."""

from .helpers import ent, run, said


def test_ar_title_and_definite_family_name_first_mention():
    ex = run("وأكد الوزير القرطبي أن المفاوضات ستستأنف الأسبوع المقبل.", "ar")
    assert ent(ex, "القرطبي").type == "Official"
    assert said(ex)[0][0] == "القرطبي"


def test_ar_family_name_before_a_split_preposition():
    ex = run("وصرح السفير القرطبي بأن المفاوضات ستستأنف.", "ar")
    assert said(ex)[0][0] == "القرطبي"


def test_ar_adjective_of_the_title_is_no_name():
    ex = run("وأكد المبعوث الأممي أن المفاوضات ستستأنف.", "ar")
    assert not [e for e in ex.entities if e.type == "Official" and e.name == "الأممي"]


def test_ar_definite_word_followed_by_a_name_is_no_family_name():
    ex = run("وأكد الوزير القرطبي سامي عزيز أن المفاوضات ستستأنف.", "ar")
    assert "القرطبي" not in {e.name for e in ex.entities}


def test_en_title_and_family_name_first_mention():
    ex = run("Minister Qurtubi said the negotiations would resume next week.", "en")
    assert said(ex)[0][0] == "Qurtubi"
