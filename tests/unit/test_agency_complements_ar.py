"""Complements inside an Arabic body's name: "non-" + adjective, a verbal noun's object after
its preposition, and the body a role governs in an office named after the role.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, rels, run


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "وأصدرت لجنة مكافحة الهجرة غير النظامية تقريرها السنوي.",
            "لجنة مكافحة الهجرة غير النظامية",
        ),
        ("وأشادت هيئة التنسيق غير الحكومية بالمبادرة.", "هيئة التنسيق غير الحكومية"),
    ],
)
def test_non_and_an_adjective_continue_the_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "وقالت إدارة الإشراف على شركات التأمين إن القطاع مستقر.",
            "إدارة الإشراف على شركات التأمين",
        ),
        (
            "وأكدت الهيئة العامة للرقابة على الصادرات والواردات التزامها بالمعايير.",
            "الهيئة العامة للرقابة على الصادرات والواردات",
        ),
    ],
)
def test_a_verbal_nouns_object_continues_the_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_the_holder_of_a_body_named_with_a_preposition():
    ex = run(
        "وحضر الاجتماع مدير إدارة الرقابة على المصارف والنقد بالمصرف، خالد بشير المبروك.", "ar"
    )
    assert ("خالد بشير المبروك", "إدارة الرقابة على المصارف والنقد") in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("ووافقت اللجنة الوطنية على المشروع الجديد.", "اللجنة الوطنية"),
        ("وأكد مجلس الأمن غير مرة دعمه للحل.", "مجلس الأمن"),
    ],
)
def test_a_verbs_object_stays_out(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_an_office_of_a_role_over_a_body_keeps_the_body_in_its_name():
    ex = run("وأفاد بيان صادر عن المكتب الإعلامي لرئيس مجلس الوزراء بأن اللقاء كان مثمرا.", "ar")
    assert "المكتب الإعلامي لرئيس مجلس الوزراء" in names(ex, "Agency")
