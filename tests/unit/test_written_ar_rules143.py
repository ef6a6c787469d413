"""Round-24 SAID rule (Arabic), on sentences written for the tests: a say verb after a comma
and a relative pronoun ("، الذي أشار إلى …") is said by the official the relative clause hangs
on (his post and its bodies between), not by the subject of the sentence nor by a body."""

from __future__ import annotations

from .helpers import run, said

_OPENING = (
    "لشبونة (وكالة) - التقى وزير الاقتصاد المغربي ياسين عبد الحق العلوي اليوم في لشبونة "
    "وزير المالية البرتغالي روي مانويل كوستا، وبحث معه سبل تعزيز الاستثمار.\n"
)


def test_ar_relative_say_verb_after_a_post_with_a_quoted_body_name():
    ex = run(
        _OPENING + "واجتمع الوزير كذلك مع فرناندو جوزيه ريبيرو، رئيس مجلس إدارة صندوق "
        'الاستثمار الوطني "نوفا-كابيتال"، الذي أشار إلى اهتمام الصندوق بتمويل مشروعات الطاقة '
        "الشمسية في المغرب.\n",
        "ar",
    )
    speakers = {s for s, q in said(ex) if "الطاقة الشمسية" in q}
    assert speakers == {"فرناندو جوزيه ريبيرو"}


def test_ar_relative_say_verb_after_a_post_ending_in_a_body():
    ex = run(
        _OPENING + "وفي وقت لاحق، زار الوزير بنك الاستثمار البرتغالي، حيث التقى السيد فرناندو "
        "جوزيه ريبيرو المدير التنفيذي لإدارة الاستثمارات في أفريقيا بالبنك، الذي أوضح أن محفظة "
        "البنك في المغرب تشمل قطاعات الطاقة والموانئ.\n",
        "ar",
    )
    speakers = {s for s, q in said(ex) if "محفظة البنك" in q}
    assert speakers == {"فرناندو جوزيه ريبيرو"}
