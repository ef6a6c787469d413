"""Round-22 SAID rules (Arabic), on sentences written for the tests: participles of saying
and joint speakers."""

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


def test_ar_the_heads_of_the_two_delegations_speak_each():
    ex = run(
        "جولة مشاورات سياسية بين الأردن وفيتنام\n"
        "عمان (وكالة) - عقدت في عمان اليوم جولة المشاورات السياسية بين الأردن وفيتنام، ترأس "
        "الجانب الأردني فيها أمين عام وزارة الخارجية فارس سليمان العموش، فيما ترأس الجانب "
        "الفيتنامي نائب وزير الخارجية دو هونغ فيت.\n"
        "ورحب رئيسا الوفدين بالتقدم في المفاوضات حول اتفاقية حماية الاستثمار.\n",
        "ar",
    )
    speakers = {s for s, q in said(ex) if "المفاوضات" in q}
    assert speakers == {"فارس سليمان العموش", "دو هونغ فيت"}
