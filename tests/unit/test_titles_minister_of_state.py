"""A minister of state whose field is a ministry's («وزير الدولة للشؤون الخارجية», "Minister of
State for Foreign Affairs") belongs to that ministry, like any minister; without a field, or with a
region or a field no ministry has, none is implied (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_minister_of_state_for_foreign_affairs_implies_the_foreign_ministry():
    ex = run("اجتمع وزير الدولة للشؤون الخارجية راشد الكعبي مع السفير الهندي في الدوحة.", "ar")
    assert ("راشد الكعبي", "وزارة الخارجية") in rels(ex, "MEMBER_OF")


def test_ar_the_nisba_after_the_field_gives_the_ministry_its_country():
    ex = run("استقبل الوزير سامي حداد وزير الدولة للشؤون الخارجية الياباني كينتو ساتو.", "ar")
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.country == "JPN")
    assert ministry.name == "وزارة الخارجية"
    assert ("كينتو ساتو", "وزارة الخارجية") in rels(ex, "MEMBER_OF")


def test_ar_bare_minister_of_state_implies_no_ministry():
    ex = run("اجتمع وزير الدولة راشد الكعبي مع السفير الهندي في الدوحة.", "ar")
    assert "راشد الكعبي" in names(ex, "Official")
    assert names(ex, "Agency") == set()


def test_ar_field_no_ministry_has_implies_none():
    ex = run("اجتمع وزير الدولة للشؤون الأفريقية راشد الكعبي مع السفير الهندي.", "ar")
    assert names(ex, "Agency") == set()


def test_en_minister_of_state_for_foreign_affairs_implies_the_foreign_ministry():
    ex = run("Minister of State for Foreign Affairs Rashid Al-Kaabi met the Indian envoy.", "en")
    assert ("Rashid Al-Kaabi", ent(ex, "Foreign Ministry").name) in rels(ex, "MEMBER_OF")


def test_en_bare_minister_of_state_implies_no_ministry():
    ex = run("Minister of State Rashid Al-Kaabi met the Indian ambassador in Doha.", "en")
    assert "Rashid Al-Kaabi" in names(ex, "Official")
    assert names(ex, "Agency") == set()
