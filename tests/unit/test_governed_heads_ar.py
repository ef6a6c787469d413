"""Heads that are also common nouns (a sector, an interest, a unit): a body only when a role
governs them; and a title after a name that opens the next person's titles.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import names, rels, run


@pytest.mark.parametrize(
    ("text", "agency", "holder"),
    [
        (
            "وترأس رئيس مصلحة مكافحة التهريب العقيد أحمد سالم الوفد.",
            "مصلحة مكافحة التهريب",
            "أحمد سالم",
        ),
        (
            "وحضر المدير العام لمصلحة الضرائب سالم محمد اللقاء.",
            "مصلحة الضرائب",
            "سالم محمد",
        ),
        (
            "وقال رئيس قطاع الشؤون الاقتصادية السفير كمال حسن إن الاجتماع مهم.",
            "قطاع الشؤون الاقتصادية",
            "كمال حسن",
        ),
        (
            "وشارك مدير وحدة مكافحة غسل الأموال يوسف خليل في الاجتماع.",
            "وحدة مكافحة غسل الأموال",
            "يوسف خليل",
        ),
    ],
)
def test_a_role_makes_a_common_noun_head_a_body(text, agency, holder):
    ex = run(text, "ar")
    assert agency in names(ex, "Agency")
    assert (holder, agency) in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الوزير أن قطاع الطاقة يخدم مصلحة البلدين.",
        "وقال المتحدث إن وحدة الصف ضرورية في هذه المرحلة.",
        "وتفقد المحافظ قسم الطوارئ في المستشفى.",
    ],
)
def test_without_a_role_the_common_noun_is_no_body(text):
    assert names(run(text, "ar"), "Agency") == set()


def test_a_ministers_field_stays_his_title():
    ex = run("وقال وزير قطاع الأعمال العام محمود سالم إن الشركات رابحة.", "ar")
    assert names(ex, "Official") == {"محمود سالم"}
    assert not any(n.startswith("قطاع") for n in names(ex, "Agency"))


def test_a_title_before_another_title_and_a_name_is_the_next_persons():
    ex = run(
        "حضر اللقاء مساعد الأمين العام للشؤون الاقتصادية بالمجلس، الدكتور فهد بن سالم "
        "العتيبي، ومدير عام قطاع الشؤون القانونية بالأمانة العامة، السفير ناصر بن علي الحربي.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("ناصر بن علي الحربي", "قطاع الشؤون القانونية") in members
    assert ("فهد بن سالم العتيبي", "قطاع الشؤون القانونية") not in members


def test_a_second_title_of_the_same_person_stays_his():
    ex = run("وقال أحمد سالم الحربي، نائب رئيس الوزراء ووزير الخارجية، إن الزيارة مهمة.", "ar")
    assert ("أحمد سالم الحربي", "وزارة الخارجية") in rels(ex, "MEMBER_OF")


def test_two_indefinite_nouns_closed_by_a_definite_one_are_the_name():
    ex = run("وأعلنت هيئة مكافحة غسل الأموال عن إجراءات جديدة.", "ar")
    assert "هيئة مكافحة غسل الأموال" in names(ex, "Agency")


@pytest.mark.parametrize(
    ("text", "agency", "holder"),
    [
        (
            "وقال رئيس غرفة تجارة وصناعة الكويت محمد جاسم الصالح إن الصادرات ارتفعت.",
            "غرفة تجارة وصناعة الكويت",
            "محمد جاسم الصالح",
        ),
        (
            "وأكد رئيس غرفة تجارة دبي سالم أحمد الحربي أهمية المعرض.",
            "غرفة تجارة دبي",
            "سالم أحمد الحربي",
        ),
        (
            "وقال رئيس نقابة المحامين سالم أحمد الحربي إن القانون صدر.",
            "نقابة المحامين",
            "سالم أحمد الحربي",
        ),
    ],
)
def test_chambers_unions_and_centres_under_a_role(text, agency, holder):
    ex = run(text, "ar")
    assert (holder, agency) in rels(ex, "MEMBER_OF")


def test_a_city_closing_a_name_gives_no_country():
    ex = run("وأكد رئيس غرفة تجارة دبي سالم أحمد الحربي أهمية المعرض.", "ar")
    assert names(ex, "Country") == set()


def test_a_room_is_no_body():
    assert names(run("واجتمع الوزراء في غرفة العمليات.", "ar"), "Agency") == set()
