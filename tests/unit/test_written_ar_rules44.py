"""Relations, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said


def test_ar_attendees_do_not_meet_the_accompanying_delegation():
    # the guest is no named party: the attendee meets no one, not the guest's delegation
    ex = run(
        "الدوحة - استقبل وزير الدولة بوزارة الخارجية خالد بن سعد المري اليوم مسؤولا تشيليا "
        "رفيعا والوفد المرافق له. وحضر اللقاء مدير إدارة الأمريكتين بوزارة الخارجية حمد ناصر "
        "الكواري.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"خالد بن سعد المري", "الوفد المرافق له"}) in pairs
    assert not any("حمد ناصر الكواري" in p for p in pairs)


def test_ar_the_two_sides_name_the_guest_not_his_accompanying_delegation():
    ex = run(
        "المنامة - استقبل وزير الخارجية خالد بن أحمد المنصوري اليوم النائب الأول لوزير الخارجية "
        "الأوزبكي بهروز تورسونوف والوفد المرافق له. وأكد الجانبان أهمية تسيير رحلات جوية مباشرة "
        "بين العاصمتين.",
        "ar",
    )
    speakers = {name for name, _ in said(ex)}
    assert {"خالد بن أحمد المنصوري", "بهروز تورسونوف"} <= speakers
    assert "الوفد المرافق له" not in speakers


def test_ar_the_sender_named_after_an_envoys_title_is_not_met():
    ex = run(
        "الدوحة - اجتمع سعادة الدكتور خالد بن سعد المري وزير الدولة بوزارة الخارجية، اليوم، مع "
        "سعادة السيدة ماريا لوبيز نائبة وزير الخارجية الإسباني. كما اجتمع سعادته مع سعادة السيد "
        "محمد كوياتي، المبعوث الخاص لفخامة الرئيس أحمد كمارا رئيس جمهورية سيراليون، وتسلم منه "
        "رسالة خطية.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"خالد بن سعد المري", "محمد كوياتي"}) in pairs
    assert not any("أحمد كمارا" in p for p in pairs)


def test_ar_the_guest_minister_after_the_verb_is_the_visitor():
    text = (
        "الكويت - استقبل وزير الداخلية الشيخ سالم الفهد الصباح اليوم وزير الداخلية الباكستاني "
        "السيد عمران علي شاه والوفد المرافق له. وفي وقت لاحق، التقى {} وزيرة الشؤون الاجتماعية "
        "الدكتورة هدى سالم العجمي."
    )
    for subject in ("الوزير الضيف", "الضيف"):
        pairs = met(run(text.format(subject), "ar"))
        assert frozenset({"عمران علي شاه", "هدى سالم العجمي"}) in pairs
        assert frozenset({"سالم الفهد الصباح", "هدى سالم العجمي"}) not in pairs
