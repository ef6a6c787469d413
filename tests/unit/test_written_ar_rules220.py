"""Arabic attendance of round 25: the feminine and plural forms of "attended" («وحضرت اللقاء
السفيرة X», «وحضروا …») open an attendance as «وحضر» does; after several meetings of one host,
«وحضرت اللقاءات X» joins X to each of them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_feminine_attended_the_meeting():
    ex = run(
        "استقبل وزير الخارجية المصري سامي نور اليوم وزير الخارجية الكيني وليام كاماو.\n"
        "وحضرت اللقاء السفيرة هالة فؤاد الشريف، مساعدة وزير الخارجية للشؤون الأفريقية.\n",
        "ar",
    )
    assert pair("هالة فؤاد الشريف", "وليام كاماو") in met(ex)


def test_ar_feminine_attended_the_meetings():
    ex = run(
        "التقى وزير الخارجية المصري سامي نور في نيروبي الرئيس الكيني جون كيبيغون موي، ثم توجه إلى "
        "دار السلام حيث التقى وزير الخارجية التنزاني سليمان حمد مسوا.\n"
        "وحضرت اللقاءات السفيرة هالة فؤاد الشريف، مساعدة وزير الخارجية للشؤون الأفريقية.\n",
        "ar",
    )
    found = met(ex)
    assert pair("هالة فؤاد الشريف", "جون كيبيغون موي") in found
    assert pair("هالة فؤاد الشريف", "سليمان حمد مسوا") in found
