"""Arabic names and titles, round 18 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_ar_general_after_a_body_word_opens_no_title():
    # "ديوان عام الوزارة" (the ministry's head office) is a venue: "عام" follows a role, never
    # opens one, so the guest named after it keeps his own title
    ex = run(
        "أبوظبي / وام / استقبل معالي سالم بن خالد النعيمي، وزير دولة، اليوم في ديوان عام "
        "وزارة الخارجية بأبوظبي، معالي يان نوفاك، وزير الخارجية والشؤون الأوروبية في جمهورية "
        "سلوفاكيا، الذي يزور الدولة حالياً.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "وزير الخارجية والشؤون الأوروبية" not in officials
    assert frozenset({"سالم بن خالد النعيمي", "يان نوفاك"}) in met(ex)


def test_ar_bracketed_local_name_of_a_body_keeps_the_holder_after_it():
    ex = run(
        "الكويت (كونا) -- استقبل رئيس الوزراء الشيخ أحمد سالم الصباح اليوم رئيس مجلس النواب "
        "(ديوان رعية) في ماليزيا داتوك سري حمزة بن يوسف والوفد المرافق له.",
        "ar",
    )
    assert "رئيس مجلس النواب" not in names(ex, "Official")
    assert frozenset({"أحمد سالم الصباح", "حمزة بن يوسف"}) in met(ex)


def test_ar_title_word_inside_a_styled_name_is_no_post():
    ex = run(
        "حضر اللقاء عن الجانب المغربي السيد أحمد أمين بنشقرون، سفير صاحب الجلالة بنواكشوط، وعن "
        "الجانب الموريتاني السيد محمد ولد سالم، سفير الجمهورية الإسلامية الموريتانية بالرباط.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "أحمد أمين بنشقرون" in officials
    assert "بنشقرون" not in officials


def test_ar_foreign_family_name_spelled_like_clitic_and_article_closes_the_name():
    # "فالنس" (Valens) reads like fa- + al- + a word; after a listed given name and before the
    # comma it is the family name
    ex = run(
        "التقى رئيس المجلس وفداً من البرلمان الأوروبي برئاسة النائبة الهولندية ماريا فالنس، "
        "بحضور عدد من النواب.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "ماريا فالنس" in officials
    assert "ماريا" not in officials


def test_ar_post_of_one_holder_and_the_same_post_with_more_are_one_official():
    ex = run(
        "التقى صاحب السمو الملكي ولي العهد رئيس مجلس الوزراء، في الرياض اليوم، دولة رئيس "
        "وزراء جمهورية مالي السيد موسى كانتي ديارا.",
        "ar",
        title="ولي العهد يلتقي رئيس وزراء مالي",
    )
    officials = names(ex, "Official")
    assert not {"ولي العهد", "ولي العهد رئيس مجلس الوزراء"} <= officials
    assert len(met(ex)) == 1
