"""Meeting frames told over several sentences in Arabic: an agreement signed after the meeting by
signers listed by side, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_VISIT = (
    "ختام زيارة رئيس الوزراء الأردني إلى المغرب\n"
    "الرباط - استقبل رئيس الحكومة المغربية السيد عزيز بنعلي اليوم رئيس الوزراء الأردني السيد "
    "فيصل العمري في مقر رئاسة الحكومة.\n"
    "وتناول اللقاء سبل تعزيز التعاون الثنائي.\n"
)


def test_ar_bare_signing_verb_with_signers_listed_by_side():
    # "wa-waqqa'a mudhakkirat tafahum … 'an al-janib A X, wa-'an al-janib B Y"
    ex = run(
        _VISIT + "ووقّع مذكرة تفاهم في مجال السياحة عن الجانب المغربي وزير السياحة السيد يونس "
        "الفاسي، وعن الجانب الأردني وزير السياحة السيد مازن الخطيب.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"يونس الفاسي", "مازن الخطيب"}) in pairs
    assert frozenset({"يونس الفاسي", "فيصل العمري"}) in pairs
    assert frozenset({"مازن الخطيب", "عزيز بنعلي"}) in pairs


def test_ar_bare_signing_verb_without_sides_adds_no_meeting():
    ex = run(
        _VISIT + "ووقّع وزير السياحة السيد يونس الفاسي مذكرة تفاهم مع شركة طيران خاصة.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"يونس الفاسي", "فيصل العمري"}) not in pairs
