"""Round-23 meeting rule (Arabic): «استقبل X Y، يرافقه Z» — Z accompanying the guest of the
meeting told in the same sentence joins the guest's side and meets the host, not the guest; on
sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run


def test_ar_one_accompanying_the_guest_meets_the_host():
    ex = run(
        "استقبال\n"
        "بورتسودان - استقبل رئيس مجلس السيادة الفريق أول ركن عبدالرحيم حسن البشير، بمكتبه اليوم، "
        "المبعوث الشخصي للأمين العام للأمم المتحدة إلى السودان السيد يوهان ليندبرغ، يرافقه مدير "
        "مكتب المبعوث السيدة آنا بيرغ.\n",
        "ar",
    )
    got = met(ex)
    assert frozenset({"آنا بيرغ", "عبدالرحيم حسن البشير"}) in got
    assert frozenset({"آنا بيرغ", "يوهان ليندبرغ"}) not in got


def test_ar_accompanying_with_no_meeting_in_the_sentence_is_none():
    ex = run(
        "زيارة\n"
        "بورتسودان - التقى رئيس مجلس السيادة الفريق أول ركن عبدالرحيم حسن البشير أمس المبعوث "
        "الأممي السيد يوهان ليندبرغ.\n"
        "ووصل وزير الخارجية الكيني السيد جيمس أوتينو اليوم إلى بورتسودان، يرافقه مدير مكتبه "
        "السيد بيتر كاماو.\n",
        "ar",
    )
    assert not any("بيتر كاماو" in p for p in met(ex))
