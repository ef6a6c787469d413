"""Arabic unnamed speakers of round 25: "wa-qalat al-mas'ula al-Indunisiya inna …": the feminine
person noun "the official" with a nisba after the verb names the one woman official of that
country told before, as its masculine form already did (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_LEAD = (
    "الدوحة في 5 مارس /قنا/ اجتمع سعادة الدكتور سالم بن علي المري وزير الدولة بوزارة الخارجية، "
    "اليوم، مع سعادة السيدة ديوي كارتيكا ساري نائبة وزير الخارجية بجمهورية إندونيسيا.\n"
)


def test_ar_feminine_official_with_nisba_is_the_countrys_official():
    ex = run(_LEAD + "وقالت المسؤولة الإندونيسية إن بلادها تثمن دور دولة قطر في الوساطة.\n", "ar")
    speakers = {s for s, _ in said(ex)}
    assert speakers == {"ديوي كارتيكا ساري"}


def test_ar_feminine_official_after_a_statement_phrase():
    ex = run(
        _LEAD + "وفي تصريح للصحافة عقب الاجتماع، قالت المسؤولة الإندونيسية إن جاكرتا تتطلع إلى "
        "زيادة الرحلات الجوية المباشرة بين البلدين.\n",
        "ar",
    )
    assert [s for s, _ in said(ex)] == ["ديوي كارتيكا ساري"]
