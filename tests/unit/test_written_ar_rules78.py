"""Round-21 name rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import run, said


def test_ar_a_style_and_the_first_of_two_surnames_is_the_official_named_before():
    ex = run(
        "مباحثات\n"
        "الرباط، 3 مايو (وكالة) - استقبل وزير الخارجية يونس العلمي، اليوم الاثنين، وزيرة "
        "الخارجية الشيلية السيدة ماريا إيزابيل روخاس أورتيغا.\n"
        "ومن جانبها، نوهت السيدة روخاس بالإصلاحات التي أطلقها المغرب في مجال الطاقة.\n",
        "ar",
    )
    assert any(s == "ماريا إيزابيل روخاس أورتيغا" for s, _q in said(ex))


def test_ar_a_style_before_a_fathers_name_in_a_chain_is_not_the_son():
    ex = run(
        "مباحثات\n"
        "أبوظبي، 3 مايو (وكالة) - استقبل وزير الطاقة سيف بن سلطان الحمادي، اليوم، وزير "
        "الصناعة الكازاخستاني نورلان بيكوف.\n"
        "وقال الشيخ سلطان إن البلدين يتطلعان إلى تعزيز التعاون.\n",
        "ar",
    )
    assert not any(s == "سيف بن سلطان الحمادي" for s, _q in said(ex))


def test_ar_a_verb_shaped_given_name_after_a_style_before_a_post_opens_the_name():
    ex = run(
        "مباحثات\n"
        "أبوظبي، 3 مايو (وكالة) - استقبل وزير الطاقة سيف الحمادي، اليوم، معالي يرلان بيكوف "
        "وزير الطاقة في جمهورية كازاخستان، والوفد المرافق له.\n"
        "من جانبه، قال معالي بيكوف إن بلاده تتطلع إلى نقل الخبرة.\n",
        "ar",
    )
    assert ("يرلان بيكوف", "إن بلاده تتطلع إلى نقل الخبرة") in said(ex)
