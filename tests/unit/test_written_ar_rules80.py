"""Round-22 name rules (Arabic): a short foreign name word the clitic split cut in two, or a first
name word spelled like a word with a glued pronoun, after an honorific."""

from __future__ import annotations

from .helpers import names, run


def test_ar_a_name_word_read_as_a_clitic_and_a_word_right_after_an_honorific_is_whole():
    ex = run(
        "لقاء\n"
        "مسقط، 4 مايو (وكالة) - حضر المباحثات وكيل وزارة الخارجية سالم المعولي، وسعادة "
        "فام ثي ماي سفيرة جمهورية فيتنام المعتمدة لدى السلطنة.\n",
        "ar",
    )
    assert "فام ثي ماي" in names(ex, "Official")


def test_ar_a_name_word_read_as_a_clitic_and_a_word_closing_the_name_at_a_comma_is_whole():
    ex = run(
        "لقاء\n"
        "مسقط، 4 مايو (وكالة) - حضر المباحثات وكيل وزارة الخارجية سالم المعولي، وسعادة "
        "دو ثي لان، سفيرة جمهورية فيتنام المعتمدة لدى السلطنة.\n",
        "ar",
    )
    assert "دو ثي لان" in names(ex, "Official")


def test_ar_that_glued_to_a_preposition_after_a_name_is_no_name_word():
    ex = run(
        "تصريح\n"
        "القاهرة، 4 مايو (وكالة) - صرح المتحدث باسم وزارة الخارجية السفير حسام الدين "
        "منصور بأن الوزير التقى نظيره الماليزي.\n",
        "ar",
    )
    assert "حسام الدين منصور" in names(ex, "Official")


def test_ar_a_cut_name_word_after_an_honorific_before_a_cut_particle_opens_the_name():
    ex = run(
        "زيارة\n"
        "القاهرة، 4 مايو (وكالة) - استقبل رئيس الوزراء حسن عبد الحميد اليوم السيد فام فان "
        "توان رئيس وزراء جمهورية فيتنام الاشتراكية، حيث عقد الجانبان جلسة مباحثات.\n",
        "ar",
    )
    assert "فام فان توان" in names(ex, "Official")


def test_ar_a_first_name_word_ending_like_a_pronoun_after_an_honorific_opens_the_name():
    ex = run(
        "توقيع\n"
        "الخرطوم، 4 مايو (وكالة) - وقع الاتفاقية وزير المالية حسن عثمان، بحضور سفير "
        "الجمهورية التركية لدى السودان السيد أمره تشليك أوغلو.\n",
        "ar",
    )
    assert "أمره تشليك أوغلو" in names(ex, "Official")
