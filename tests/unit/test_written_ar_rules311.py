"""«اللورد» and «البارونة», the style of a British peer, come before the name: the peer is a
person named without the style, and the short form with the style later is the same person
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said

TEXT = (
    "منحة بريطانية لمدارس اللاجئين\n\n"
    "لندن – أعلنت البارونة مارغريت فينتون، وزيرة الدولة للتنمية الدولية في الحكومة البريطانية، "
    "أمس عن منحة جديدة لمدارس اللاجئين، عقب لقائها وزير التربية الأردني، زيد عمر الشرمان.\n\n"
    'وقالت البارونة فينتون إن "المنحة ستغطي رواتب المعلمين ثلاثة أعوام".\n'
)

TEXT_LORD = (
    "مبعوث بريطاني في مسقط\n\n"
    "مسقط – وصل اللورد توماس ريدفيرن، المبعوث التجاري لرئيس الوزراء البريطاني، إلى مسقط أمس، "
    "حيث التقى وزير التجارة العماني، سعيد بن حمود المسكري.\n\n"
    'وأوضح اللورد ريدفيرن أن "لندن ترغب في زيادة صادراتها من التقنيات الطبية إلى السلطنة".\n'
)


def test_ar_baroness_is_a_style_before_a_minister_name():
    ex = run(TEXT, "ar")
    assert "مارغريت فينتون" in names(ex, "Official")
    assert "البارونة فينتون" in ent(ex, "مارغريت فينتون").aliases
    assert frozenset({"مارغريت فينتون", "زيد عمر الشرمان"}) in met(ex)


def test_ar_lord_is_a_style_not_a_name():
    ex = run(TEXT_LORD, "ar")
    assert "توماس ريدفيرن" in names(ex, "Official")
    assert any(sp == "توماس ريدفيرن" and "التقنيات الطبية" in q for sp, q in said(ex))
