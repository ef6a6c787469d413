"""Round-23 agency rule (Arabic): a bare definite head ("البنك", "الهيئة") takes no contracted
"for" phrase after it ("دعم البنك [للمشروعات]", "جهود الهيئة [للترويج]"): the bare head is the
anaphor of the body named before, the phrase the object of the noun before it. Sentences
written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_a_bare_bank_takes_no_for_phrase():
    ex = run(
        "مباحثات\n"
        "عمّان، 3 مايو (وكالة) - التقت وزيرة التخطيط سلمى الحديدي نائب رئيس البنك الإسلامي "
        "للتنمية عمر الفاسي، وأشادت بدعم البنك للمشروعات الصغيرة.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "البنك الإسلامي للتنمية" in agencies
    assert not any("للمشروعات" in a for a in agencies)


def test_ar_a_bare_authority_takes_no_for_phrase():
    ex = run(
        "مباحثات\n"
        "الرياض، 3 مايو (وكالة) - استقبل أمير المنطقة وفدا من هيئة السياحة السعودية، "
        "وثمن جهود الهيئة للترويج السياحي.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert not any("للترويج" in a for a in agencies)
