"""Arabic bodies, round 18 (sentences written for these tests, invented names)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_minister_field_closing_with_affairs_of_nationals_abroad_names_the_whole_ministry():
    ex = run(
        "الوزير يلتقي نظيره\n"
        "القاهرة في 3 مايو /أ ش أ/ عقد وزير الخارجية والهجرة وشؤون المصريين في الخارج "
        "الدكتور كمال سعيد البنا ونظيره الكيني جون موانغي جلسة مباحثات اليوم.",
        "ar",
    )
    ministry = "وزارة الخارجية والهجرة وشؤون المصريين في الخارج"
    assert ministry in names(ex, "Agency")
    assert ("كمال سعيد البنا", ministry) in rels(ex, "MEMBER_OF")
