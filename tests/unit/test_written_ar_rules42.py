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


def test_ar_relative_participle_after_an_international_bodys_name_stays_out_of_it():
    ex = run(
        "دعم الجهود\n"
        "أكد وزير الخارجية سالم حمد الكعبي دعم بلاده لجهود جامعة الدول العربية الرامية إلى "
        "وقف إطلاق النار في المنطقة.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "جامعة الدول العربية" in agencies
    assert not any("الرامية" in a for a in agencies)


def test_ar_minister_field_going_on_with_and_a_feminine_noun_in_construct():
    ex = run(
        "وزير الخارجية يستقبل وزيرة النقل\n"
        "مسقط - استقبل وزير الخارجية حمد بن سالم الهنائي اليوم وزيرة النقل والاتصالات وتقنية "
        "المعلومات مريم بنت علي الراشدية.",
        "ar",
    )
    ministry = "وزارة النقل والاتصالات وتقنية المعلومات"
    assert ministry in names(ex, "Agency")
    assert ("مريم بنت علي الراشدية", ministry) in rels(ex, "MEMBER_OF")
