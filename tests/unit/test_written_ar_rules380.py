"""A national Red Crescent body styled an organisation, named by its emblem and then its
country's nisba (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_red_crescent_organisation_takes_its_nisba_and_its_country():
    ex = run(
        "مساعدات للنازحين\n"
        "استقبل محافظ المدينة سامي الدباغ أمس كريم الزهيري، مدير العمليات في منظمة الهلال "
        "الأحمر الليبي، وبحثا توزيع المساعدات على الأسر النازحة.",
        "ar",
    )
    body = "منظمة الهلال الأحمر الليبي"
    assert body in names(ex, "Agency")
    assert (body, "ليبيا") in rels(ex, "MEMBER_OF")
