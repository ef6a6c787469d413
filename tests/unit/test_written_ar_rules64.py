"""Round-21 body rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, rels, run, said


def test_ar_the_female_deputy_minister_is_not_the_minister_of_state():
    # "the deputy the-minister" (a definite role closes the post: the words after it are no field)
    # is the deputy minister named before, not the host's minister of state
    ex = run(
        "اجتماع في الدوحة\n"
        "الدوحة / قنا / اجتمع سعادة السيد سالم بن حمد الكعبي وزير الدولة للشؤون الخارجية، اليوم، "
        "مع سعادة السيدة آنا ليندكفيست نائبة وزير الخارجية السويدي، التي تزور البلاد حالياً.\n"
        "وأكد سعادة وزير الدولة أهمية التعاون، فيما نوهت سعادة نائبة الوزير بالدور القطري في دعم "
        "الحوار بين الأطراف.",
        "ar",
    )
    assert not any(s == "سالم بن حمد الكعبي" and "بالدور" in q for s, q in said(ex))
    deputy = ent(ex, "آنا ليندكفيست")
    assert any(a.startswith("نائبة الوزير") for a in deputy.aliases)


def test_ar_a_ministry_in_the_titles_own_country_is_that_countrys():
    # "minister of state at-the-ministry of the foreign in the Republic of X": X's ministry, not
    # the host's foreign ministry named bare in the same text
    ex = run(
        "لقاء في الدوحة\n"
        "الدوحة / قنا / استقبل سعادة السيد علي بن راشد النعيمي مدير إدارة آسيا بوزارة الخارجية، "
        "اليوم، السيد أبيبي تيسيما وزير الدولة بوزارة الخارجية في جمهورية إثيوبيا الفيدرالية "
        "الديمقراطية.",
        "ar",
    )
    guest = next(t for s, t in rels(ex, "MEMBER_OF") if s == "أبيبي تيسيما")
    assert ent(ex, guest).country == "ETH"
    assert (guest, "إثيوبيا") in rels(ex, "MEMBER_OF")


def test_ar_chile_in_the_maghreb_spelling_is_chile():
    ex = run(
        "مباحثات في الرباط\n"
        "الرباط - أجرى وزير الشؤون الخارجية السيد أحمد العلوي، اليوم، مباحثات مع وزيرة العلاقات "
        "الخارجية لجمهورية الشيلي، السيدة ماريا خوسيه أرانسيبيا.",
        "ar",
    )
    assert ent(ex, "ماريا خوسيه أرانسيبيا").country == "CHL"


def test_ar_a_ministry_is_also_named_with_the_feminine_nisba_its_text_used():
    # the text writes the country's feminine nisba in a spelling other than the table's first:
    # the ministry is also named with it ("wizarat al-kharijiyya al-shiliyya")
    ex = run(
        "مباحثات في الرباط\n"
        "الرباط - أجرى وزير الشؤون الخارجية السيد أحمد العلوي، اليوم، مباحثات مع وزيرة العلاقات "
        "الخارجية لجمهورية الشيلي، السيدة ماريا خوسيه أرانسيبيا. وأشادت رئيسة الدبلوماسية "
        "الشيلية بالتعاون بين البلدين.",
        "ar",
    )
    ministry = next(t for s, t in rels(ex, "MEMBER_OF") if s == "ماريا خوسيه أرانسيبيا")
    assert "وزارة الخارجية الشيلية" in {ministry, *ent(ex, ministry).aliases}
