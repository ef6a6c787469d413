"""Signers of two countries sign at the latest meeting told whose two sides are of those
countries, not at a later meeting of one country's officials: each meets the other side's
principal of that meeting, and a signer listed under a side meets no official of its own country
(sentences written for these tests, in both languages)."""

from __future__ import annotations

from .helpers import met, run

AR = (
    "كينيا وأوزبكستان تتفقان على أبحاث القطن\n\n"
    "نيروبي - عقد وزير الزراعة الكيني ماينا كاماو نجوغونا، يوم الثلاثاء في نيروبي، جلسة مباحثات "
    "مع وزير الزراعة الأوزبكي شوخرات ناظروف توراييف تناولت أبحاث القطن وتبادل البذور.\n\n"
    "وعقب الجلسة اجتمع نجوغونا بمحافظ ناكورو الكيني كيبتو روتيتش لانغات لبحث إنشاء مزرعة "
    "تجريبية.\n\n"
    "ووقّع مذكرة التفاهم عن الجانب الكيني وكيل وزارة الزراعة أكينيي أوتينو وامبوا، وعن الجانب "
    "الأوزبكي سفير أوزبكستان لدى كينيا بختيار رحيموف قاسيموف.\n"
)


def test_ar_signers_sign_at_the_two_countries_talks():
    pairs = met(run(AR, "ar"))
    assert frozenset({"أكينيي أوتينو وامبوا", "بختيار رحيموف قاسيموف"}) in pairs
    assert frozenset({"أكينيي أوتينو وامبوا", "شوخرات ناظروف توراييف"}) in pairs
    assert frozenset({"بختيار رحيموف قاسيموف", "ماينا كاماو نجوغونا"}) in pairs
    assert frozenset({"أكينيي أوتينو وامبوا", "ماينا كاماو نجوغونا"}) not in pairs


EN = (
    "Kenya and Uzbekistan agree on cotton research\n\n"
    "NAIROBI, Sept 17 -- Kenyan Minister of Agriculture Mwangi Kariuki Njoroge held a working "
    "session with Uzbek Minister of Agriculture Shukhrat Nazarov Turayev on Tuesday, centred on "
    "cotton research and seed exchange.\n\n"
    "Njoroge afterwards met Kenya's Governor of Nakuru William Kiprotich Langat about an "
    "experimental farm.\n\n"
    "Witnessed by both ministers, a memorandum on seed exchange was signed by Kenya's Principal "
    "Secretary for Agriculture Akinyi Otieno Wambua and by Uzbekistan's Ambassador to Kenya "
    "Bakhtiyor Rahimov Kasimov.\n"
)


def test_en_signers_of_two_countries_sign_at_the_two_countries_talks():
    pairs = met(run(EN, "en"))
    assert frozenset({"Akinyi Otieno Wambua", "Bakhtiyor Rahimov Kasimov"}) in pairs
    assert frozenset({"Akinyi Otieno Wambua", "Shukhrat Nazarov Turayev"}) in pairs
    assert frozenset({"Bakhtiyor Rahimov Kasimov", "Mwangi Kariuki Njoroge"}) in pairs
    assert frozenset({"Akinyi Otieno Wambua", "Mwangi Kariuki Njoroge"}) not in pairs
