"""Arabic: a family name spelled like a number word in letters, one or two words after a name
particle that opens no name ("van", "von", "van der") and closing the name before punctuation,
is the family name the particle leads to, not a number (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import names, run

NUMBER_SURNAME = [
    (
        "وأوضح مدير الصندوق البلجيكي للمناخ، لوكاس فان دن تسعين، أن التمويل سيصرف على ثلاث دفعات.",
        "لوكاس فان دن تسعين",
    ),
    (
        "حضر الاجتماع سفير هولندا في الخرطوم، ماتيس فان دير سبعين، وممثلون عن المنظمات الدولية.",
        "ماتيس فان دير سبعين",
    ),
]


@pytest.mark.parametrize("text,name", NUMBER_SURNAME)
def test_ar_number_word_after_van_closes_the_name(text, name):
    assert name in names(run(text, "ar"), "Official")


def test_ar_number_word_after_a_name_without_particle_stays_a_number():
    ex = run("وقال وزير المالية، سالم الكعبي، خمسين مرة إن الميزانية متوازنة.", "ar")
    assert not any("خمسين" in n for n in names(ex, "Official"))
