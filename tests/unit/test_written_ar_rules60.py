"""Rules of round 21 (met), Arabic: MET_WITH and SAID in agency copy (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_ar_the_style_hadrat_before_an_honorific_is_no_attendance():
    # «حضرة صاحب السمو» is a sovereign's style; its NORM is that of «حضره» ("attended it")
    ex = run(
        "لقاء\nاستقبل وزير الدولة سالم راشد الهاجري اليوم السيد بيتر كولمان المبعوث الخاص "
        "لرئيس وزراء بلجيكا، وتسلم منه رسالة موجهة إلى حضرة صاحب السمو أمير البلاد.",
        "ar",
    )
    assert frozenset({"سالم راشد الهاجري", "بيتر كولمان"}) in met(ex)
    assert not any("أمير البلاد" in n for pair in met(ex) for n in pair)


def test_ar_hadarahu_before_a_name_is_still_attendance():
    ex = run(
        "لقاء\nاستقبل وزير الدولة سالم راشد الهاجري اليوم السيد بيتر كولمان المبعوث الخاص "
        "لرئيس وزراء بلجيكا. حضره السفير خالد محمد النعيمي.",
        "ar",
    )
    assert frozenset({"خالد محمد النعيمي", "بيتر كولمان"}) in met(ex)


def test_ar_the_agent_of_a_passive_reception_does_not_meet_the_attendee_after_it():
    # «استُقبل السيد X من طرف Y، بحضور Z» (X no entity): Y received X, Z attended: Y and Z are
    # one side
    ex = run(
        "لقاء\nتحادث وزير الخارجية السيد كمال عمر الهادي اليوم مع وزير الصناعة البرتغالي السيد "
        "باولو سيلفا ريغو. كما استُقبل السيد روسيني من طرف الوزير الأول، السيد نذير سعيد "
        "العرباوي، بحضور وزير الطاقة، السيد محمد عرقاب.",
        "ar",
    )
    assert frozenset({"نذير سعيد العرباوي", "محمد عرقاب"}) not in met(ex)
