"""Arabic: the body's parent set off by commas inside a title's complement ("director of the X
centre, affiliated to the Y bureau, Dr Z") does not end the title: the styled name after the
second comma is its holder (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_ar_affiliation_between_commas_inside_title():
    ex = run(
        "التقى وزير التعليم علي حسن البدر مدير مركز الخليج للتدريب المهني، التابع لاتحاد"
        " الغرف الخليجية، الدكتور فيصل ناصر العنزي، حيث اطلع على نتائج الدراسة.",
        "ar",
    )
    assert "فيصل ناصر العنزي" in names(ex, "Official")
    assert frozenset({"علي حسن البدر", "فيصل ناصر العنزي"}) in met(ex)
