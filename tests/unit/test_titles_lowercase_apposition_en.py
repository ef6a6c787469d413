"""A lower-case title set off by a comma after a name ("Maria Lopez, spokesperson for the Peruvian
Foreign Ministry,") is read, as the Arabic apposition «X، المتحدث باسم …،» is; sentences written for
these tests."""

from .helpers import ent, rels, run, said


def test_en_lowercase_title_after_a_name_and_comma():
    ex = run(
        "Maria Lopez, spokesperson for the Peruvian Foreign Ministry, said the talks would resume.",
        "en",
    )
    assert ent(ex, "Maria Lopez").country == "PER"
    assert ("Maria Lopez", "Foreign Ministry") in rels(ex, "MEMBER_OF")
    assert said(ex) == [("Maria Lopez", "the talks would resume")]


def test_en_lowercase_word_after_a_comma_and_a_common_word_is_no_title():
    ex = run("In Lima, minister visits were rare, Maria Lopez said.", "en")
    assert not [e for e in ex.entities if e.type == "Official" and "minister" in (e.title or "")]


def test_ar_title_after_a_name_and_comma():
    ex = run(
        "وقالت ماريا لوبيز، المتحدثة باسم وزارة الخارجية البيروفية، إن المحادثات ستستأنف.", "ar"
    )
    assert said(ex)[0][0] == "ماريا لوبيز"
