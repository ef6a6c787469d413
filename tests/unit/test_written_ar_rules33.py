"""A trilateral communique's meeting «بمشاركة كل من» and its «أكد الوزراء», round 16
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run

_MEETING = (
    "بيان ختامي\n"
    "عُقد في الرباط اليوم الاجتماع الوزاري الخامس لآلية التنسيق الثلاثي، بمشاركة كل من: معالي "
    "السيد كريم عادل الزين، وزير الخارجية في المملكة المغربية، ومعالي السيد ناصر فهد البدري، "
    "وزير الخارجية في الجمهورية التونسية، ومعالي السيد جمال راشد الهواري، وزير الخارجية في "
    "الجمهورية الموريتانية.\n"
)


def test_ar_meeting_with_the_participation_of_each_listed_all_meet():
    m = met(run(_MEETING, "ar"))
    assert frozenset({"كريم عادل الزين", "ناصر فهد البدري"}) in m
    assert frozenset({"كريم عادل الزين", "جمال راشد الهواري"}) in m
    assert frozenset({"ناصر فهد البدري", "جمال راشد الهواري"}) in m


def test_ar_plural_title_after_the_verb_names_every_holder_of_the_shared_post():
    ex = run(_MEETING + "وأكد الوزراء أن التعاون الإقليمي يمثل أولوية للمرحلة المقبلة.\n", "ar")
    speakers = {s for s, q in rels(ex, "SAID") if q and "التعاون الإقليمي" in q}
    assert speakers == {"كريم عادل الزين", "ناصر فهد البدري", "جمال راشد الهواري"}


def test_ar_plural_title_leaves_out_the_host_of_another_post():
    ex = run(
        "رئيس الوزراء يستقبل السفراء\n"
        "استقبل رئيس الوزراء كريم عادل الزين، اليوم، سفير تونس ناصر فهد البدري، وسفير "
        "موريتانيا جمال راشد الهواري.\n"
        "وأعرب السفراء عن تقديرهم لجهود الحكومة في دعم العمل العربي المشترك.\n",
        "ar",
    )
    speakers = {s for s, q in rels(ex, "SAID") if q and "جهود الحكومة" in q}
    assert speakers == {"ناصر فهد البدري", "جمال راشد الهواري"}


def test_ar_plural_participle_of_praise_gives_each_side_a_statement():
    ex = run(
        _MEETING + "وجدد الوزراء دعمهم للحل السياسي في ليبيا، مثمنين جهود الأمم المتحدة في "
        "هذا الإطار.\n",
        "ar",
    )
    speakers = {s for s, q in rels(ex, "SAID") if q and q.startswith("جهود الأمم")}
    assert "ناصر فهد البدري" in speakers and "جمال راشد الهواري" in speakers


_MEETINGS = (
    "وزير الدولة يعقد لقاءات\n"
    "فيينا في 3 مارس /قنا/ عقد سعادة السيد يوسف ماجد العلي وزير الدولة للشؤون الخارجية، اليوم، "
    "لقاءات ثنائية على هامش أعمال المؤتمر الدولي للطاقة، شملت سعادة السيد بيتر هالوران وزير "
    "الطاقة الأيرلندي، ومعالي السيدة آنا كوفاتش وزيرة الخارجية المجرية.\n"
)


def test_ar_meetings_that_included_each_listed_party_are_the_subject_s_meetings():
    m = met(run(_MEETINGS, "ar"))
    assert frozenset({"يوسف ماجد العلي", "بيتر هالوران"}) in m
    assert frozenset({"يوسف ماجد العلي", "آنا كوفاتش"}) in m
    assert frozenset({"بيتر هالوران", "آنا كوفاتش"}) not in m


def test_ar_participant_in_the_meetings_meets_the_other_side():
    ex = run(
        _MEETINGS + "شارك في اللقاءات سعادة السيد خالد سعد النعيمي سفير دولة قطر لدى النمسا.\n",
        "ar",
    )
    m = met(ex)
    assert frozenset({"خالد سعد النعيمي", "بيتر هالوران"}) in m
    assert frozenset({"خالد سعد النعيمي", "آنا كوفاتش"}) in m


def test_ar_attendees_of_a_meal_for_unnamed_guests_meet_the_host_only():
    ex = run(
        _MEETINGS + "كما أقام سعادة وزير الدولة للشؤون الخارجية مأدبة عشاء على شرف عدد من "
        "رؤساء المنظمات الدولية، حضرها السيد مارك بيلو المدير التنفيذي لبرنامج الأمم المتحدة "
        "للبيئة.\n",
        "ar",
    )
    m = met(ex)
    assert frozenset({"مارك بيلو", "يوسف ماجد العلي"}) in m
    assert frozenset({"مارك بيلو", "بيتر هالوران"}) not in m


def test_ar_plural_title_subject_of_a_meeting_verb_names_the_ministers_who_met():
    ex = run(
        _MEETING + "واستقبل رئيس الحكومة المغربية السيد عادل منصور الفاسي وزير الخارجية "
        "التونسي.\n"
        "كما التقى الوزراء الثلاثة رئيس مجلس النواب المغربي السيد رشيد حسن الطالبي في مقر "
        "المجلس.\n",
        "ar",
    )
    m = met(ex)
    for minister in ("كريم عادل الزين", "ناصر فهد البدري", "جمال راشد الهواري"):
        assert frozenset({minister, "رشيد حسن الطالبي"}) in m
