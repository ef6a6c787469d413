"""A second name glued to "and" in a list of names, with a middle initial between its given name
and its family name: the whole name, without the letter (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "عنوان\n\n"
    "وخلال حفل أقيم في دار الأوبرا، كرّم محافظ إقليم الساحل عثمان إدريس الطيب سفيري "
    "أستراليا ونيوزيلندا غريغوري ل. فيرنلي وبريجيت م. ووكر تقديرًا لجهودهما في دعم المدارس "
    "الريفية.\n"
)


def test_ar_glued_and_name_keeps_its_middle_initial():
    officials = names(run(TEXT, "ar"), "Official")
    assert "بريجيت م. ووكر" in officials
    assert not any(n.startswith("وبريجيت") or n == "بريجيت" for n in officials)
