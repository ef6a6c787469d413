"""A short name of an official found in full: a given name after an honorific or a title, and a
short official whose name starts exactly one fuller one."""

from .helpers import names, run, said


def test_en_given_name_after_an_honorific_is_the_full_official():
    ex = run(
        "Foreign Minister Sheikh Karim Nasser Al-Tamimi received the envoy. "
        "Sheikh Karim stressed that the talks were fruitful.",
        "en",
    )
    assert names(ex, "Official") == {"Karim Nasser Al-Tamimi"}
    assert ("Karim Nasser Al-Tamimi", "the talks were fruitful") in said(ex)


def test_ar_given_name_after_an_honorific_is_the_full_official():
    ex = run(
        "استقبل وزير الخارجية الشيخ كريم ناصر التميمي السفير. "
        "وأكد الشيخ كريم أن المحادثات كانت مثمرة.",
        "ar",
    )
    assert names(ex, "Official") == {"كريم ناصر التميمي"}
    assert [s for s, _ in said(ex)] == ["كريم ناصر التميمي"]


def test_a_given_name_shared_by_two_officials_stays_apart():
    ex = run(
        "Foreign Minister Sheikh Karim Nasser Al-Tamimi met Interior Minister Karim Adel Haddad. "
        "Sheikh Karim stressed that the talks were fruitful.",
        "en",
    )
    assert {s for s, _ in said(ex)} <= {"Karim"}
