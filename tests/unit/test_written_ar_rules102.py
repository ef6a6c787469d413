"""Round-23 meeting rule (Arabic): a signing told with a verb of signing, the subject right after
it, is a meeting of the signers: «وقعت X مع Y اتفاقية» (X signed with Y) and «وقع X وY مذكرة»
(X and Y signed, of two countries); an attendee «بحضور Z» after it joins that signing; on
sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run

_LEAD = (
    "منحة\n"
    "عمّان، 4 مايو (وكالة) - بحثت وزيرة التخطيط والتعاون الدولي الأردنية ليلى سامي العمري "
    "اليوم برامج دعم المياه مع المدير الإقليمي للبنك الدولي ماركوس هالفين.\n"
)


def test_ar_signed_with_is_a_meeting_and_its_attendee_joins_it():
    ex = run(
        _LEAD + "كما وقعت العمري، في وقت لاحق اليوم، مع سفير اليابان في عمّان كينجي ساتو، "
        "اتفاقية منحة بقيمة 9 ملايين دولار لدعم قطاع التعليم، بحضور ممثل الوكالة اليابانية "
        "للتعاون الدولي في الأردن السيد ماساتو كوباياشي.\n",
        "ar",
    )
    got = met(ex)
    assert frozenset({"ليلى سامي العمري", "كينجي ساتو"}) in got
    assert frozenset({"ماساتو كوباياشي", "ليلى سامي العمري"}) in got
    assert frozenset({"ماساتو كوباياشي", "كينجي ساتو"}) not in got


def test_ar_masculine_signed_with_is_a_meeting():
    ex = run(
        "تعاون\n"
        "الرباط - أجرى وزير الفلاحة المغربي السيد كريم بنعمر اليوم مباحثات مع وزير الزراعة "
        "البرتغالي السيد جواو فيلوزو.\n"
        "ووقع السيد بنعمر مع سفير البرازيل بالرباط السيد باولو ريبيرو، مذكرة تفاهم في مجال "
        "الري.\n",
        "ar",
    )
    assert frozenset({"كريم بنعمر", "باولو ريبيرو"}) in met(ex)


def test_ar_two_signers_of_two_countries_meet():
    ex = run(
        "طاقة\n"
        "عمّان، 4 مايو (وكالة) - التقى رئيس الوزراء الأردني سمير خليل الدباس اليوم رئيس وزراء "
        "كازاخستان أسكار نوربيكوف.\n"
        "ووقعت وزيرة الطاقة الأردنية هالة فايز النمري ونائب وزير الطاقة الكازاخستاني "
        "دوسان إرمكوف مذكرة تفاهم للتعاون في مجال الطاقة المتجددة.\n",
        "ar",
    )
    assert frozenset({"هالة فايز النمري", "دوسان إرمكوف"}) in met(ex)


def test_ar_signing_by_video_or_with_a_body_is_no_meeting():
    ex = run(
        "اتفاقية\n"
        "عمّان، 4 مايو (وكالة) - وقعت وزيرة التخطيط الأردنية ليلى سامي العمري عبر تقنية "
        "الاتصال المرئي مع سفير اليابان كينجي ساتو، اتفاقية منحة.\n"
        "ووقع وزير المالية الأردني عماد زياد الحوراني مع البنك الدولي اتفاقية قرض.\n",
        "ar",
    )
    got = met(ex)
    assert frozenset({"ليلى سامي العمري", "كينجي ساتو"}) not in got
    assert not any("عماد زياد الحوراني" in p for p in got)


def test_ar_two_signers_of_one_side_signing_with_a_third_do_not_meet_each_other():
    ex = run(
        "قرض\n"
        "عمّان، 4 مايو (وكالة) - التقى رئيس الوزراء الأردني سمير خليل الدباس اليوم سفير "
        "اليابان كينجي ساتو.\n"
        "ووقع وزير المالية الأردني عماد زياد الحوراني ووزيرة التخطيط الأردنية هالة فايز "
        "النمري اتفاقية قرض مع سفير اليابان كينجي ساتو.\n",
        "ar",
    )
    assert frozenset({"عماد زياد الحوراني", "هالة فايز النمري"}) not in met(ex)
