"""An unnamed official is named by the title without the venue after it: a capital after a title
that already has its country is only where the meeting took place (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unnamed_minister_without_the_capital():
    ex = run("استقبل وزير الداخلية سالم بوزيد وزير داخلية إيطاليا في تونس.", "ar")
    officials = names(ex, "Official")
    assert "وزير داخلية إيطاليا" in officials
    assert not any("تونس" in n for n in officials)


def test_ar_capital_of_a_title_without_country_is_kept_for_the_post():
    ex = run("وقال رئيس البعثة في بغداد إن العمل مستمر.", "ar")
    assert not any(n == "رئيس البعثة" for n in names(ex, "Official"))


def test_en_unnamed_minister_without_the_capital():
    ex = run("The Interior Minister of Italy in Tunis said the talks were useful.", "en")
    assert not any("Tunis" in n for n in names(ex, "Official"))
