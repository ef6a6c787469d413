"""Arabic relation rules of round 18 (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import met, run, said

_MEETINGS = (
    "وزير الخارجية يلتقي نظراءه\n"
    "الرباط (وام) - التقى وزير الخارجية، السفير سالم عمر الزبيدي، بمقر الوزارة اليوم، "
    "الأمين العام لمنظمة التعاون الإسلامي، السيد أحمد كمال بوزيد.\n\n"
    "كما اجتمع الزبيدي، كلاً على حدة، مع وزير الخارجية الأردني، الدكتور نادر فهد الخطيب، "
    "ووزيرة الخارجية الإثيوبية، السيدة أمارا ديستا، التي تشارك في الاجتماع بصفة مراقب.\n\n"
)


def test_ar_relative_clause_of_taking_part_opens_no_meeting_of_its_own():
    ex = run(
        _MEETINGS
        + "حضر اللقاءات مندوب ليبيا الدائم لدى الجامعة العربية، السفير طارق منصور العبيدي.",
        "ar",
    )
    pairs = met(ex)
    for guest in ("أحمد كمال بوزيد", "نادر فهد الخطيب", "أمارا ديستا"):
        assert frozenset({"طارق منصور العبيدي", guest}) in pairs
        assert frozenset({"سالم عمر الزبيدي", guest}) in pairs


def test_ar_bare_title_speaker_is_the_holder_the_text_called_so():
    ex = run(
        _MEETINGS + 'وكان مجلس الجامعة قد اعتمد قراراً يدعو إلى "وقف فوري لإطلاق النار"، بينما أعرب '
        "الأمين العام المساعد لجامعة الدول العربية، السفير حسين علي رضا، في كلمته أمام "
        "المجلس، عن قلق الجامعة البالغ إزاء استهداف المرافق.\n\n"
        'وقال وزير الخارجية في تصريح لوكالة الأنباء إن "العلاقات بين البلدين تشهد تطوراً '
        'كبيراً في كل المجالات".',
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "العلاقات بين البلدين" in q}
    assert speakers == {"سالم عمر الزبيدي"}
