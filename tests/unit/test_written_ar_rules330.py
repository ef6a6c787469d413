"""A court readout names its own sovereign by the bare post after a style («جلالة الملك»، «سمو
الأمير») and the guest by a post of another country and a name right after it: two people, the
sovereign meets the guest (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run, said


def test_ar_king_then_foreign_minister_are_two_people():
    text = (
        "الملك يلتقي وزير خارجية البرتغال\n"
        "التقى جلالة الملك وزير خارجية البرتغال السيد دوارتي مانويل سيلفا في قصر الشاطئ عصر "
        "الثلاثاء. وأكد جلالته حرص المملكة على تنويع شراكاتها الأوروبية."
    )
    ex = run(text, "ar")
    assert "الملك" in names(ex, "Official")
    assert frozenset({"الملك", "دوارتي مانويل سيلفا"}) in met(ex)
    assert any(who == "الملك" and "تنويع شراكاتها" in q for who, q in said(ex))


def test_ar_emir_then_foreign_president_are_two_people():
    text = (
        "مباحثات رسمية\n"
        "استقبل سمو الأمير رئيس جمهورية غانا السيد كوامي أسانتي بواتينغ في قصر الضيافة، "
        "وتناولت المباحثات مشاريع الطاقة الشمسية."
    )
    ex = run(text, "ar")
    assert frozenset({"الأمير", "كوامي أسانتي بواتينغ"}) in met(ex)


def test_ar_two_domestic_posts_stay_one_person():
    text = "خبر\nوقال رئيس الوزراء وزير الدفاع سليم منصور العطار إن الحدود الشمالية آمنة تماماً."
    assert "سليم منصور العطار" in names(run(text, "ar"), "Official")
