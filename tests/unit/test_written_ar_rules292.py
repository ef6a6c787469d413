"""«ورافق معاليه Z» opening a sentence after the meeting told: Z accompanied the guest, joins the
guest's side and meets the host (the attendee convention of eval/written/README.md), not the
guest (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "مباحثات صحية كويتية تونسية\n\nالكويت - استقبل وزير الصحة الكويتي الدكتور نواف سعود "
    "المطيري صباح اليوم في ديوان الوزارة وزير الصحة التونسي الدكتور منير بن عمار، وتناول "
    "اللقاء توسيع برامج تدريب الأطباء.\nورافق معاليه القادم من تونس العاصمة سعادة رضا بن يوسف "
    "الشابي سفير الجمهورية التونسية لدى دولة الكويت.\nواتفق الوزيران على تشكيل فريق عمل "
    "مشترك.\n"
)


def test_ar_escort_opening_a_sentence_meets_the_host():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"رضا بن يوسف الشابي", "نواف سعود المطيري"}) in pairs
    assert frozenset({"رضا بن يوسف الشابي", "منير بن عمار"}) not in pairs
    assert frozenset({"نواف سعود المطيري", "منير بن عمار"}) in pairs
