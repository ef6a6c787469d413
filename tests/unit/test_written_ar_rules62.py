"""Round-21 membership rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_head_leads_the_delegation_past_its_country_complement():
    # «وفداً من مجلس الشيوخ في جمهورية بولندا برئاسة X»: the country complement of the body
    # closes the delegation's phrase; X heads the delegation
    ex = run(
        "لقاء\n"
        "أبوظبي (وام) - استقبل وزير الدولة سالم علي المنصوري وفداً من مجلس الشيوخ في جمهورية "
        "بولندا برئاسة السيناتورة آنا كوالسكي، رئيسة لجنة الشؤون الخارجية بالمجلس.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("آنا كوالسكي", "وفداً من مجلس الشيوخ") in members


def test_ar_head_leads_the_delegation_not_the_body_named_after_its_office():
    # «وفد من مكتب المبعوث الخاص للأمم المتحدة إلى سوريا برئاسة X»: X heads the delegation, not
    # the United Nations named at the end of the phrase
    ex = run(
        "لقاء\n"
        "دمشق - بحث وزير الخارجية سامر نبيل الحلبي اليوم مع وفد من مكتب المبعوث الخاص للأمم "
        "المتحدة إلى سوريا برئاسة نائبة المبعوث الخاص مارتا ليندغرين ملف المعابر.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    heads = {t for s, t in members if s == "مارتا ليندغرين"}
    assert heads and all(t.startswith("وفد") for t in heads)


def test_ar_head_leads_the_delegation_through_a_relative_clause():
    # «وفد الوكالة (اختصار) الذي يقوده X»: the relative clause follows the delegation it leads
    ex = run(
        "لقاء\n"
        "الخرطوم - التقى وزير الصحة عمر خالد الطيب وفد وكالة التعاون والتنسيق التركية (تيكا) "
        "الذي يقوده منسق برامج الوكالة السيد محمد أمين يلدز.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("محمد أمين يلدز", "وفد وكالة التعاون والتنسيق التركية") in members


def test_ar_head_after_styles_leads_the_delegation():
    # «برئاسة سعادة السيد X»: the honorifics between the cue and the name are no gap
    ex = run(
        "لقاء\n"
        "المنامة – استقبل معالي السيد يوسف علي الحمد، رئيس مجلس النواب، بمكتبه اليوم، وفدًا من "
        "مجلس الاتحاد بالجمعية الفيدرالية لروسيا الاتحادية برئاسة سعادة السيد فلاديمير ب. "
        "سوكولوف، النائب الأول لرئيس لجنة الشؤون الدولية بالمجلس.",
        "ar",
    )
    heads = {t for s, t in rels(ex, "MEMBER_OF") if s == "فلاديمير ب. سوكولوف"}
    assert any(t.startswith("وفد") for t in heads)


def test_ar_head_leads_the_delegation_over_a_long_committee_name():
    # «وفدا من لجنة A وB وC بالجمعية الوطنية، برئاسة X»: the words between the delegation and the
    # cue are its body's name; X heads the delegation, not the assembly
    ex = run(
        "لقاء\n"
        "القاهرة - استقبل نائب وزير الخارجية السفير حسن علي فهمي اليوم وفدا من لجنة الأمن "
        "والاستخبارات والشؤون الخارجية بالجمعية الوطنية الأوغندية، برئاسة النائب صامويل أوكيلو "
        "موانجي.",
        "ar",
    )
    heads = {t for s, t in rels(ex, "MEMBER_OF") if s == "صامويل أوكيلو موانجي"}
    assert heads and all(t.startswith("وفد") for t in heads)
