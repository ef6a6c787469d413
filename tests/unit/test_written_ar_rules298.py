"""Signers of two countries sign at the latest meeting told whose two sides are of those
countries, not at a later meeting of one country's officials: each meets the other side's
principal of that meeting, and a signer listed under a side meets no official of its own country
(sentences written for these tests, in both languages)."""

from __future__ import annotations

from .helpers import met, run

AR = (
    "كينيا وأوزبكستان تتفقان على أبحاث القطن\n\n"
    "نيروبي - عقد وزير الزراعة الكيني ماينا كاماو نجوغونا، يوم الثلاثاء في نيروبي، جلسة مباحثات "
    "مع وزير الزراعة الأوزبكي شوخرات سبيروف خولماتوف تناولت أبحاث القطن وتبادل البذور.\n\n"
    "وعقب الجلسة اجتمع نجوغونا بمحافظ ناكورو الكيني كيبتو روتيتش كيبكيمبوي لبحث إنشاء مزرعة "
    "تجريبية.\n\n"
    "ووقّع مذكرة التفاهم عن الجانب الكيني وكيل وزارة الزراعة أكينيي أوتينو وامبوا، وعن الجانب "
    "الأوزبكي سفير أوزبكستان لدى كينيا دلمراد رحمتوف جورايف.\n"
)


def test_ar_signers_sign_at_the_two_countries_talks():
    pairs = met(run(AR, "ar"))
    assert frozenset({"أكينيي أوتينو وامبوا", "دلمراد رحمتوف جورايف"}) in pairs
    assert frozenset({"أكينيي أوتينو وامبوا", "شوخرات سبيروف خولماتوف"}) in pairs
    assert frozenset({"دلمراد رحمتوف جورايف", "ماينا كاماو نجوغونا"}) in pairs
    assert frozenset({"أكينيي أوتينو وامبوا", "ماينا كاماو نجوغونا"}) not in pairs


EN = (
    "Kenya and Uzbekistan agree on cotton research\n\n"
    "NAIROBI, Sept 17 -- Kenyan Minister of Agriculture Wanjohi Muriithi Kamande held a working "
    "session with Uzbek Minister of Agriculture Shukhrat Akbarov Yusupbekov on Tuesday, centred on "
    "cotton research and seed exchange.\n\n"
    "Kamande afterwards met Kenya's Governor of Nakuru Wilson Kipkemboi Koech about an "
    "experimental farm.\n\n"
    "Witnessed by both ministers, a memorandum on seed exchange was signed by Kenya's Principal "
    "Secretary for Agriculture Akinyi Adhiambo Wambua and by Uzbekistan's Ambassador to Kenya "
    "Dilmurod Sobirov Ergashboyev.\n"
)


def test_en_signers_of_two_countries_sign_at_the_two_countries_talks():
    pairs = met(run(EN, "en"))
    assert frozenset({"Akinyi Adhiambo Wambua", "Dilmurod Sobirov Ergashboyev"}) in pairs
    assert frozenset({"Akinyi Adhiambo Wambua", "Shukhrat Akbarov Yusupbekov"}) in pairs
    assert frozenset({"Dilmurod Sobirov Ergashboyev", "Wanjohi Muriithi Kamande"}) in pairs
    assert frozenset({"Akinyi Adhiambo Wambua", "Wanjohi Muriithi Kamande"}) not in pairs
