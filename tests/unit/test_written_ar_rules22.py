"""Arabic past verbs of the derived forms right after their subject, a title or a name, read as
no name word (round 14's blind agency batch; sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


# ---- «المبعوث الأممي أطلع رئيس …»: form IV af'ala before its object, a title ----
def test_ar_form_iv_past_verb_after_a_title_is_no_name():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس الحكومة سالم يوسف العنزي اليوم المبعوث الأممي كارلوس منديث.\n"
        "وكان المبعوث الأممي أبلغ رئيس الحكومة بنتائج جولته، كما أطلع الوزير الضيف على "
        "برامج الإعمار.",
        "ar",
    )
    got = names(ex, "Official")
    assert "أبلغ" not in got
    assert "أطلع" not in got
    assert "سالم يوسف العنزي" in got


# ---- «الوزير العنزي استعرض خلال …»: form X istaf'ala after a family name, before a break ----
def test_ar_form_x_past_verb_after_a_family_name_is_no_name():
    ex = run(
        "خبر\n\n"
        "التقى وزير الصحة ماجد فهد العنزي اليوم سفير إسبانيا خوان غارسيا.\n"
        "وقال المتحدث إن الوزير العنزي استعرض خلال اللقاء خطط الوزارة.",
        "ar",
    )
    got = names(ex, "Official")
    assert not any("استعرض" in n for n in got)
    assert "ماجد فهد العنزي" in got


# ---- a listed given name of the same shape stays a name ----
def test_ar_listed_name_of_a_past_verb_shape_stays_a_name():
    ex = run(
        "خبر\n\nاستقبل السفير أحمد الخطيب اليوم وفدا من رجال الأعمال.",
        "ar",
    )
    assert "أحمد الخطيب" in names(ex, "Official")


# ---- «… وزير الخارجية النمساوي ويبحثان …»: "and" + an imperfect dual after a title ----
def test_ar_and_imperfect_dual_after_a_title_is_no_name():
    ex = run(
        "وزير الدولة يستقبل وزير الخارجية النمساوي ويبحثان اتفاقية تعاون\n\n"
        "الدوحة (وكالة) - استقبل وزير الدولة للشؤون الخارجية سالم خالد المري اليوم وزير "
        "الخارجية النمساوي فرانز هوبر. وأعرب الوزير النمساوي عن تقديره.",
        "ar",
    )
    got = names(ex, "Official")
    assert not any("ويبحثان" in n for n in got)
    assert "فرانز هوبر" in got


# ---- «السيدة آن-صوفي دوران»: a hyphened given name in Arabic letters is one name ----
def test_ar_hyphened_given_name_is_one_name():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس مجلس النواب سالم فهد المري اليوم رئيسة مجموعة الصداقة البرلمانية "
        "الفرنسية، السيدة آن-صوفي دوران، والوفد المرافق لها.",
        "ar",
    )
    got = names(ex, "Official")
    assert "آن-صوفي دوران" in got
    assert "آن" not in got
