"""'X, director of the Americas department at the Foreign Ministry, said': a lower-case head after
capitalised words is the body of the title, and the speaker is the official the apposition
describes, not a body inside it (Arabic: «وقال X، مدير إدارة … بوزارة …، إن»). Sentences written for
these tests."""

from .helpers import rels, run, said


def test_en_department_in_a_ministry_and_the_speaker():
    ex = run(
        "Maria Lopez, director of the Americas department at the Peruvian Foreign Ministry, said "
        "the talks would resume.",
        "en",
    )
    assert ("Maria Lopez", "Americas department") in rels(ex, "MEMBER_OF")
    assert said(ex) == [("Maria Lopez", "the talks would resume")]


def test_en_body_before_the_verb_still_speaks():
    ex = run("The Peruvian Foreign Ministry said the talks would resume.", "en")
    assert [sp for sp, _q in said(ex)] == ["Foreign Ministry"]


def test_ar_director_in_a_ministry_speaks():
    ex = run(
        "وقالت ماريا لوبيز، مديرة إدارة الأمريكتين بوزارة الخارجية البيروفية، إن المحادثات "
        "ستستأنف.",
        "ar",
    )
    assert said(ex)[0][0] == "ماريا لوبيز"
