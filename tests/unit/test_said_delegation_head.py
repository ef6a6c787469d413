"""A delegation side of a meeting speaks through its head in "the two sides affirmed" (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_ar_the_two_sides_are_the_host_and_the_head_of_the_delegation():
    ex = run(
        "استقبل وزير الخارجية العراقي فؤاد حسين وفدا أردنيا برئاسة وزير الخارجية الأردني كريم "
        "حداد. وأكد الجانبان أهمية فتح المعابر الحدودية.",
        "ar",
    )
    assert {sp for sp, _q in said(ex)} == {"فؤاد حسين", "كريم حداد"}


def test_en_the_two_sides_are_the_host_and_the_head_of_the_delegation():
    ex = run(
        "Foreign Minister Karim Haddad received the Danish delegation headed by Foreign Minister "
        "Anna Berg. The two sides affirmed the importance of open borders.",
        "en",
    )
    assert {sp for sp, _q in said(ex)} == {"Karim Haddad", "Anna Berg"}
