"""After a country's nisba, a body's field glued to the contracted article goes on: with a
participle adjective and with a definite word joined by "and", and the adjective after that
word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "استقبل وزير الصناعة المغربي كريم بلحاج اليوم الرئيس التنفيذي للهيئة الأردنية للتعليم "
    "التقني والتدريب المهني عماد الخطيب.\n"
    "وحضر اللقاء المدير العام للوكالة الليبية للتنمية المستدامة سالم القاضي.\n"
)


def test_ar_coordinated_field_after_nisba_stays_in_the_name():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert "الهيئة الأردنية للتعليم التقني والتدريب المهني" in agencies
    assert "الهيئة الأردنية للتعليم التقني" not in agencies
    member = rels(ex, "MEMBER_OF")
    assert ("عماد الخطيب", "الهيئة الأردنية للتعليم التقني والتدريب المهني") in member


def test_ar_participle_after_field_after_nisba_stays_in_the_name():
    agencies = names(run(TEXT, "ar"), "Agency")
    assert "الوكالة الليبية للتنمية المستدامة" in agencies
    assert "الوكالة الليبية للتنمية" not in agencies
