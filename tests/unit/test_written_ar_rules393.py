"""An office named after its body by the genitive clitic, then that clitic glued to a region's
word before a comma or the text's end («المكتب الإقليمي لـ<هيئة> لـ<إقليم>»): the region it
serves is part of the office's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "زيارة عمل\n"
    "بحث وزير النقل، السيد كمال الورداني، مع وفد من المكتب الإقليمي لمنظمة العمل الدولية "
    "لآسيا، برئاسة السيدة ميراي تانغ، سبل تدريب سائقي الشاحنات."
)


def test_ar_office_keeps_the_region_it_serves():
    ex = run(_TEXT, "ar")
    assert "المكتب الإقليمي لمنظمة العمل الدولية لآسيا" in names(ex, "Agency")
    got = rels(ex, "MEMBER_OF")
    assert ("المكتب الإقليمي لمنظمة العمل الدولية لآسيا", "منظمة العمل الدولية") in got


def test_ar_office_name_closed_by_the_text_end_keeps_its_region():
    ex = run("زيارة\nاستقبل محافظ البنك وفدا من المكتب الإقليمي لمنظمة العمل الدولية لأوروبا", "ar")
    assert "المكتب الإقليمي لمنظمة العمل الدولية لأوروبا" in names(ex, "Agency")
