"""A head-initial title closes at its country's nisba: a word with a glued preposition after it is
the verb's complement («ونوه الوزير التركي بالدور …»), and an unnamed title is the speaker or
topic named last who holds it; sentences written for these tests."""

from .helpers import run, said


def test_ar_statement_after_a_nisba_closed_title():
    ex = run(
        "التقى وزير الخارجية البيروفي سامي عزيز وزير التجارة التشيلي بابلو مورينو. ونوه الوزير "
        "التشيلي بالدور البيروفي في دعم التجارة الحرة.",
        "ar",
    )
    assert ("بابلو مورينو", "بالدور البيروفي في دعم التجارة الحرة") in said(ex)


def test_ar_nisba_then_a_body_still_completes_the_title():
    ex = run("وقال السفير البيروفي لدى الأردن سامي عزيز إن التجارة ستنمو.", "ar")
    assert said(ex)[0][0] == "سامي عزيز"


def test_ar_unnamed_title_is_the_holder_named_last():
    ex = run(
        "وقال وزير التجارة التشيلي بابلو مورينو إن التجارة ستنمو. واستقبل وزير الخارجية البيروفي "
        "سامي عزيز سفير اليابان كينجي موري. وأشاد الوزير بالجهود التي بذلها السفير.",
        "ar",
    )
    speakers = [sp for sp, q in said(ex) if "بالجهود" in q]
    assert speakers == ["سامي عزيز"]


def test_en_statement_after_a_title_with_its_demonym():
    ex = run("The Chilean minister, Pablo Moreno, praised the Peruvian role in free trade.", "en")
    assert said(ex) == [("Pablo Moreno", "the Peruvian role in free trade")]
