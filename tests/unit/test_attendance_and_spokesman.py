"""«وشارك في اللقاء X» after a reported meeting: X attended it (as "X also took part in the
meeting"); and an unnamed "official spokesman" of a body speaks for the body whatever adjective
follows the title. Sentences written for these tests."""

from .helpers import met, rels, run, said


def test_ar_took_part_in_the_meeting_after_it_was_reported():
    ex = run(
        "استقبل وزير الخارجية البيروفي سامي عزيز سفير اليابان كينجي موري. وشارك في اللقاء مدير "
        "إدارة آسيا بابلو مورينو.",
        "ar",
    )
    assert frozenset({"بابلو مورينو", "كينجي موري"}) in met(ex)


def test_ar_taking_part_in_a_new_meeting_is_no_attendance():
    ex = run("وشارك وزير الخارجية البيروفي سامي عزيز في اجتماع وزاري في ليما.", "ar")
    assert not met(ex)


def test_en_also_took_part_in_the_meeting():
    ex = run(
        "Foreign Minister Lena Holm received Japanese Ambassador Kenji Mori. Deputy Foreign "
        "Minister Sami Aziz also took part in the meeting.",
        "en",
    )
    assert frozenset({"Sami Aziz", "Kenji Mori"}) in met(ex)


def test_ar_official_spokesman_speaks_for_the_body():
    ex = run("وقال المتحدث الرسمي باسم وزارة الخارجية البيروفية إن بيرو تدعم الحوار.", "ar")
    assert said(ex) == [("وزارة الخارجية", "إن بيرو تدعم الحوار")]


def test_en_official_spokesman_speaks_for_the_body():
    ex = run(
        "The official spokesman for the Peruvian Foreign Ministry said Peru backs talks.", "en"
    )
    assert [sp for sp, _q in said(ex)] == ["Foreign Ministry"]
    assert rels(ex, "SAID")
