"""Arabic "each separately" (كلاً على حدة) with a meeting verb: the parties listed are all its
objects, met one by one by the subject carried over, never a subject and its guests (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

# the phrase right after the verb (and a pronoun of the series of talks told before)
AFTER_VERB = (
    "الرباط – أجرى وزير الصحة عادل منصور الحريري سلسلة مشاورات في العاصمة، التقى خلالها "
    "كلاً على حدة رئيس منظمة الصحة العالمية كارلوس إنريكي مونتويا، ووزير الصحة البيروفي "
    "خوان بابلو سالاس."
)

# the phrase closing the list, the verb's subject named in the sentence before
CLOSING_LIST = (
    "واجتمع وزير الزراعة سعيد حمدي الفاسي مع المزارعين في سهل سايس.\n\n"
    "كما التقى رئيس الاتحاد الوطني للمزارعين السيد رشيد قاسم البرادي، ورئيس غرفة التجارة "
    "السيد مهدي عمر التازي، كلاً على حدة."
)

# the phrase after a named subject: that subject met each of the parties after it
NAMED_SUBJECT = (
    "واستقبل وزير المالية سعيد حمدي الفاسي كلاً على حدة سفير البيرو ماريو لويس كوينتانا، "
    "وسفير كندا جون ديفيد ماكاي."
)


def test_ar_each_separately_after_the_verb():
    pairs = met(run(AFTER_VERB, "ar"))
    assert pairs == {
        frozenset({"عادل منصور الحريري", "كارلوس إنريكي مونتويا"}),
        frozenset({"عادل منصور الحريري", "خوان بابلو سالاس"}),
    }


def test_ar_each_separately_closing_the_list():
    pairs = met(run(CLOSING_LIST, "ar"))
    assert frozenset({"رشيد قاسم البرادي", "مهدي عمر التازي"}) not in pairs
    assert frozenset({"سعيد حمدي الفاسي", "رشيد قاسم البرادي"}) in pairs
    assert frozenset({"سعيد حمدي الفاسي", "مهدي عمر التازي"}) in pairs


def test_ar_each_separately_after_a_named_subject():
    pairs = met(run(NAMED_SUBJECT, "ar"))
    assert pairs == {
        frozenset({"سعيد حمدي الفاسي", "ماريو لويس كوينتانا"}),
        frozenset({"سعيد حمدي الفاسي", "جون ديفيد ماكاي"}),
    }
