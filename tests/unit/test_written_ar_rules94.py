"""Round-22 SAID rules (Arabic), on sentences written for the tests: participles of saying."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "وزيرة الدفاع تستقبل قائد البحرية الإيطالية\n"
    "إسلام آباد (وكالة) - استقبلت وزيرة الدفاع الباكستانية نادية فرحان ملك في مكتبها اليوم "
    "قائد البحرية الإيطالية الأدميرال جوفاني روسيني.\n"
    "وأشادت الوزيرة بالعلاقات العسكرية بين البلدين، داعية إلى توسيع التعاون في مجال الأمن "
    "البحري.\n"
    'وأكد روسيني أن إيطاليا "شريك موثوق لباكستان"، مذكرا بأن البلدين أجريا مناورات مشتركة '
    "العام الماضي.\n"
)


def test_ar_calling_feminine_participle_before_its_preposition_is_a_statement():
    assert any(q.startswith("توسيع التعاون") for _s, q in said(run(_TEXT, "ar")))


def test_ar_reminding_participle_is_a_statement_of_the_clause_subject():
    assert any(s == "جوفاني روسيني" and "مناورات" in q for s, q in said(run(_TEXT, "ar")))
