"""Arabic releases: "a statement of the ministry" is the publisher's own body, the one of the
lead's first official, not the last body of that kind named (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, run, said

HOST_FIRST = (
    "وزيرة الصحة تستقبل نظيرها الكيني\n\n"
    "استقبلت وزيرة الصحة والسكان الدكتورة نادية فاروق الشريف في مكتبها صباح اليوم نظيرها الكيني "
    "جوزيف كاماو أوتينو، وزير الصحة العامة.\n\n"
    "وتناول الاجتماع برامج تدريب الممرضين ومكافحة الملاريا.\n\n"
    "وبحسب بيان للوزارة، فإن الطرفين سيوقعان مذكرة تفاهم خلال أسابيع."
)


def test_ar_statement_of_the_ministry_is_the_publishers():
    ex = run(HOST_FIRST, "ar")
    assert ent(ex, "الوزارة").name == "وزارة الصحة والسكان"
    assert [s for s, _q in said(ex)] == ["وزارة الصحة والسكان"]


NO_OWN_BODY = (
    "رئيسة الحكومة تستقبل وزير الطاقة التشيلي\n\n"
    "استقبلت رئيسة الحكومة، السيدة سلمى عبد الحميد النقاش، ظهر الخميس، وزير الطاقة التشيلي، السيد "
    "رودريغو فالنزويلا. واجتمع فالنزويلا مساء بوزير الصناعة الفيتنامي، السيد نغوين فان هاي.\n\n"
    "وذكر بيان للوزارة أن اللقاء ركز على صادرات النحاس."
)


def test_ar_statement_of_the_ministry_without_a_lead_body_is_the_nearest():
    ex = run(NO_OWN_BODY, "ar")
    assert ent(ex, "الوزارة").name.startswith("وزارة الصناعة")
