"""Protocol style: an honorific, a bare role, the name, then the same role with its country
(«فخامة الرئيس X رئيس جمهورية Y», "His Excellency President X President of Y") is one person's
title; without the honorific a role of another country after the name is still the verb's other
object. Sentences written for these tests."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_styled_president_is_one_official_with_the_country():
    ex = run("استقبل رئيس الجمهورية فخامة الرئيس جون كاماو رئيس جمهورية كينيا في القصر.", "ar")
    officials = names(ex, "Official")
    assert ent(ex, "جون كاماو").country == "KEN"
    assert not any(n.startswith("رئيس جمهورية كينيا") for n in officials)


def test_ar_without_the_honorific_the_other_countrys_role_is_the_guest():
    ex = run("استقبل الرئيس سالم بوزيد رئيس جمهورية كينيا في القصر.", "ar")
    assert ent(ex, "سالم بوزيد").country != "KEN"
    assert any(n.startswith("رئيس جمهورية كينيا") for n in names(ex, "Official"))


def test_ar_a_titled_host_then_another_ministers_post_stays_two_people():
    ex = run("استقبل وزير الخارجية سالم بوزيد وزير خارجية فرنسا في مكتبه.", "ar")
    assert ent(ex, "سالم بوزيد").country != "FRA"


def test_en_styled_president_is_one_official_with_the_country():
    ex = run("The President received His Excellency President John Kamau President of Kenya.", "en")
    assert ent(ex, "John Kamau").country == "KEN"
    assert not any(n.startswith("President of Kenya") for n in names(ex, "Official"))
