"""Round-22 name rule (Arabic): «ذو»/«ذي» opens a compound given name, one name word with its
second half."""

from __future__ import annotations

from .helpers import names, run


def test_ar_dhu_after_a_rank_opens_the_name():
    ex = run(
        "زيارة\n"
        "إسلام أباد، 4 مايو (وكالة) - ضم الوفد البرلماني السيناتور ذو النون أحمد شاه "
        "والسيناتور فريد خان.\n",
        "ar",
    )
    assert "ذو النون أحمد شاه" in names(ex, "Official")


def test_ar_a_compound_given_name_and_three_more_name_words_are_read_whole():
    ex = run(
        "زيارة\n"
        "مسقط، 4 مايو (وكالة) - استقبل معالي السيد ذي النون بن حمد بن سالم المعمري وزير "
        "النقل اليوم السفير الياباني.\n",
        "ar",
    )
    assert "ذي النون بن حمد بن سالم المعمري" in names(ex, "Official")
