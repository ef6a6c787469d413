"""Arabic "each separately" (كلاً على حدة) with a meeting verb: the parties listed are all its
objects, met one by one by the subject carried over, never a subject and its guests (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

# the phrase right after the verb, whose subject is carried over from the clause before
AFTER_VERB = (
    "تونس – شارك وزير التجارة نبيل فتحي القروي أمس في افتتاح معرض الصناعات التقليدية بصفاقس، "
    "والتقى على هامشه كلاً على حدة سفيرة المكسيك إيزابيل روسيو ناباريتي، ومدير الغرفة الألمانية "
    "توماس فولفغانغ برانت."
)

# the phrase closing the list, the verb's subject named in the paragraph before
CLOSING_LIST = (
    "وافتتح وزير الشباب يوسف أنور الطاهري صباح اليوم ملتقى للمتطوعين في مدينة سوسة.\n\n"
    "وفي المساء استقبل قنصل إيطاليا ماركو جوليو فيراري ورئيسة الهلال الأحمر السيدة منية رضا "
    "الباجي كلاً على حدة."
)

# the phrase after a named subject: that subject met each of the parties after it
NAMED_SUBJECT = (
    "نواكشوط – التقى وزير الصيد البحري الموريتاني ماهر سالم ولد الشيخ كلاً على حدة ممثلة "
    "البنك الدولي السيدة هيلينا ماريا كورتيس ومدير الصندوق العربي للإنماء السيد فهد ناصر الرميح."
)


def test_ar_each_separately_after_the_verb():
    pairs = met(run(AFTER_VERB, "ar"))
    assert pairs == {
        frozenset({"نبيل فتحي القروي", "إيزابيل روسيو ناباريتي"}),
        frozenset({"نبيل فتحي القروي", "توماس فولفغانغ برانت"}),
    }


def test_ar_each_separately_closing_the_list():
    pairs = met(run(CLOSING_LIST, "ar"))
    assert frozenset({"ماركو جوليو فيراري", "منية رضا الباجي"}) not in pairs
    assert frozenset({"يوسف أنور الطاهري", "ماركو جوليو فيراري"}) in pairs
    assert frozenset({"يوسف أنور الطاهري", "منية رضا الباجي"}) in pairs


def test_ar_each_separately_after_a_named_subject():
    pairs = met(run(NAMED_SUBJECT, "ar"))
    assert pairs == {
        frozenset({"ماهر سالم ولد الشيخ", "هيلينا ماريا كورتيس"}),
        frozenset({"ماهر سالم ولد الشيخ", "فهد ناصر الرميح"}),
    }
