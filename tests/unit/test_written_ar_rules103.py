"""Round-23 meeting rule (Arabic): the one guest of a meeting verb or of «مباحثات مع», followed by
a relative clause saying the guest visits at the head of a delegation («الذي يقوم بزيارة … على
رأس وفد»), brings the delegation to the meeting: the host meets it too (the English "received X,
who is visiting at the head of a delegation" rule); on sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run


def test_ar_talks_with_a_guest_heading_a_delegation_meet_the_delegation():
    ex = run(
        "مباحثات\n"
        "الرباط - أجرى رئيس مجلس النواب، السيد كريم بنعمر، اليوم الثلاثاء بالرباط، مباحثات مع "
        "رئيس الجمعية الوطنية لجمهورية غانا، السيد كوفي مينساه، الذي يقوم بزيارة رسمية للمملكة "
        "على رأس وفد برلماني هام.\n",
        "ar",
    )
    got = met(ex)
    assert frozenset({"كريم بنعمر", "وفد برلماني"}) in got


def test_ar_received_guest_heading_a_delegation_meets_with_it():
    ex = run(
        "استقبال\n"
        "الجزائر - استقبل رئيس المجلس الشعبي الوطني، السيد سليم بلقاسم، اليوم بمقر المجلس، رئيس "
        "لجنة الشؤون الخارجية بمجلس النواب الإيطالي، السيد ماركو روسي، الذي يقوم بزيارة إلى "
        "الجزائر على رأس وفد برلماني.\n",
        "ar",
    )
    assert frozenset({"سليم بلقاسم", "وفد برلماني"}) in met(ex)


def test_ar_a_delegation_headed_by_a_third_person_is_not_brought():
    ex = run(
        "استقبال\n"
        "الجزائر - استقبل رئيس المجلس الشعبي الوطني، السيد سليم بلقاسم، اليوم بمقر المجلس، سفير "
        "إيطاليا بالجزائر، السيد ماركو روسي، وذلك بعد أن استقبل وزير الخارجية السيد رضا عمار "
        "أمس وفدا برلمانيا إيطاليا.\n",
        "ar",
    )
    assert not any("سليم بلقاسم" in p and any("وفد" in n for n in p) for p in met(ex))
