"""A sentence that only lists a delegation's members («ويضم الوفد X») leaves the speaker and the
topic as they were: a pro-drop say verb after it carries the host, not the member named
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "رئيس هيئة الطيران يستقبل وفد المنظمة الدولية\n"
    "الرياض 4 مارس واس\n"
    "استقبل رئيس الهيئة العامة للطيران المدني الأستاذ ماجد بن سعود القرني، في مقر الهيئة "
    "اليوم، الأمين العام للمنظمة الدولية للنقل الجوي هانس بيتر كولر، والوفد المرافق له.\n"
    "ويضم الوفد المدير الإقليمي للمنظمة الدكتور لوكا فيراري.\n"
    "وأكد خلال اللقاء أن المملكة ماضية في تطوير مطاراتها الإقليمية.\n"
)


def test_ar_pro_drop_after_a_members_list_carries_the_host():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "مطاراتها" in q}
    assert speakers == {"ماجد بن سعود القرني"}
