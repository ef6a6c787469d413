"""Arabic belonging of round 23: a body whose name holds the full name of an international
organisation the article names («برنامج الأمم المتحدة الإنمائي») is a part of it (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_office_named_after_the_organisation_is_part_of_it():
    ex = run(
        "التقى وزير الخارجية سامي فؤاد الخطيب اليوم ممثلة الأمم المتحدة لينا كارلسون. "
        "وحضر اللقاء مدير برنامج الأمم المتحدة الإنمائي في البلاد.",
        "ar",
    )
    assert ("برنامج الأمم المتحدة الإنمائي", "الأمم المتحدة") in rels(ex, "MEMBER_OF")
