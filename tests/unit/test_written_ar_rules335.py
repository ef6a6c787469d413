"""A later «الوزير» + a nisba names the one official whose title carries that country's word and
no other country's, when a long portfolio (a body's name inside it) left that holder's country
unread: not a second official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run, said


def test_ar_nisba_minister_is_the_minister_with_a_long_portfolio():
    ex = run(
        "استقبلت وزيرة السياحة هدى عادل المصري في مكتبها اليوم وزير الاقتصاد والاتحاد الأوروبي "
        "والتجارة الخارجية الكرواتي إيفان ماركو بيتروفيتش.\n\n"
        "وشدد الوزير الكرواتي على أن شركات بلاده تستعد لدخول السوق.",
        "ar",
    )
    assert "الوزير الكرواتي" not in names(ex, "Official")
    speakers = {sp for sp, q in said(ex) if "لدخول السوق" in q}
    assert speakers == {"إيفان ماركو بيتروفيتش"}
