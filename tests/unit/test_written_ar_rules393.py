"""An office named after its body by the genitive clitic, then that clitic glued to a region's
word before a comma or the text's end («المكتب الإقليمي لـ<هيئة> لـ<إقليم>»): the region it
serves is part of the office's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_OFFICE = "المكتب الإقليمي لمنظمة الأغذية والزراعة لآسيا"

_TEXT = (
    "مواسم الأرز\n"
    "قالت خبيرة الري في " + _OFFICE + "، الدكتورة سوميترا ناكارين، إن مزارعي الدلتا "
    "سيتلقون بذورا تتحمل الملوحة قبل موسم الأمطار."
)


def test_ar_office_keeps_the_region_it_serves():
    ex = run(_TEXT, "ar")
    assert _OFFICE in names(ex, "Agency")
    assert (_OFFICE, "منظمة الأغذية والزراعة") in rels(ex, "MEMBER_OF")


def test_ar_office_name_closed_by_the_text_end_keeps_its_region():
    text = "منح دراسية\nتمول الجامعة عشرين باحثا بالشراكة مع المكتب الإقليمي لليونيسف لأوروبا"
    assert "المكتب الإقليمي لليونيسف لأوروبا" in names(run(text, "ar"), "Agency")
