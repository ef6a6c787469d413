"""Arabic unnamed speakers of round 25: "wa-qalat al-mas'ula al-Filibiniya inna …": the feminine
person noun "the official" with a nisba after the verb names the one woman official of that
country told before, as its masculine form already did (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_LEAD = (
    "التقى وزير الدولة للشؤون الاقتصادية حمدان سعيد الكعبي أمس في أبوظبي السيدة ماريا لوردس "
    "سانتوس نائبة وزيرة التجارة في جمهورية الفلبين.\n"
)


def test_ar_feminine_official_with_nisba_is_the_countrys_official():
    ex = run(_LEAD + "وقالت المسؤولة الفلبينية إن مانيلا تسعى إلى فتح خط شحن جديد.\n", "ar")
    speakers = {s for s, _ in said(ex)}
    assert speakers == {"ماريا لوردس سانتوس"}


def test_ar_feminine_official_after_a_statement_phrase():
    ex = run(
        _LEAD + "وخلال مؤتمر صحفي مشترك في المساء، قالت المسؤولة الفلبينية إن الجانبين اتفقا "
        "على تشكيل لجنة فنية للموانئ.\n",
        "ar",
    )
    assert [s for s, _ in said(ex)] == ["ماريا لوردس سانتوس"]
