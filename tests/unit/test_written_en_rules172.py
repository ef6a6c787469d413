"""A bare general secretariat ("received at the General Secretariat in Jeddah"), in no other body
and of no country, is the secretariat of the international organisation the article names
first (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_bare_general_secretariat_is_the_organisations():
    ex = run(
        "Secretary-General of the Organization of Islamic Cooperation Hassan Idris Al-Malki "
        "received today at the General Secretariat in Jeddah the Ambassador of Norway, Erik "
        "Solberg.",
        "en",
    )
    assert ("General Secretariat", "Organization of Islamic Cooperation") in rels(ex, "MEMBER_OF")


def test_ar_bare_general_secretariat_is_the_organisations():
    ex = run(
        "استقبل الأمين العام لجامعة الدول العربية السيد حسام الدين زكي اليوم في مقر الأمانة "
        "العامة بالقاهرة سفير النرويج إريك سولبرغ.",
        "ar",
    )
    assert ("الأمانة العامة", "جامعة الدول العربية") in rels(ex, "MEMBER_OF")


def test_en_secretariat_of_a_named_body_keeps_its_parent():
    ex = run(
        "Minister of Finance Khalid Al-Amri received today at the General Secretariat of the "
        "Cabinet the Ambassador of Norway, Erik Solberg.",
        "en",
    )
    assert ("General Secretariat", "Cabinet") in rels(ex, "MEMBER_OF")
