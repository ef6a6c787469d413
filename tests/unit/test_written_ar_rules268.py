"""A sentence that only lists a delegation's members («ويضم الوفد X») leaves the speaker and the
topic as they were: a pro-drop say verb after it carries the host, not the member named
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "محافظ البنك المركزي يستقبل خبراء صندوق النقد\n"
    "مسقط 9 مايو (العمانية)\n"
    "استقبل محافظ البنك المركزي العماني الشيخ حمد بن سالم الحارثي، بمكتبه صباح اليوم، رئيس فريق "
    "خبراء صندوق النقد الدولي أندرياس مولر، ومن يرافقه.\n"
    "ويضم الوفد المدير التنفيذي للصندوق الدكتور توماس برغر.\n"
    "وأكد أثناء الاستقبال أن السلطنة تواصل تنويع مصادر دخلها.\n"
)


def test_ar_pro_drop_after_a_members_list_carries_the_host():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "مصادر دخلها" in q}
    assert speakers == {"حمد بن سالم الحارثي"}
