"""Arabic meetings, round 16 (sentences written for these tests): a side phrase naming the
host's earlier meeting with a guest of that country."""

from __future__ import annotations

from .helpers import met, run


def test_ar_side_phrase_names_the_hosts_earlier_meeting_with_that_country():
    ex = run(
        "وزير الخارجية يستقبل نظيريه\n"
        "استقبل وزير الخارجية العماني بدر بن سالم الحارثي في مسقط اليوم وزير الخارجية "
        "الأرجنتيني خوليو فيريرا.\n"
        "كما عقد الحارثي جلسة مباحثات مع وزير الخارجية الفيتنامي لي فان ثانه.\n"
        "وحضر اللقاء من الجانب الأرجنتيني سفير الأرجنتين لدى سلطنة عمان كارلوس بينيتيز.\n",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"بدر بن سالم الحارثي", "كارلوس بينيتيز"}) in pairs
    assert frozenset({"كارلوس بينيتيز", "لي فان ثانه"}) not in pairs


def test_ar_side_phrase_of_the_current_meeting_stays_with_it():
    ex = run(
        "وزير الخارجية يستقبل نظيريه\n"
        "استقبل وزير الخارجية العماني بدر بن سالم الحارثي في مسقط اليوم وزير الخارجية "
        "الأرجنتيني خوليو فيريرا.\n"
        "كما عقد الحارثي جلسة مباحثات مع وزير الخارجية الفيتنامي لي فان ثانه.\n"
        "وحضر اللقاء من الجانب الفيتنامي سفير فيتنام لدى سلطنة عمان نغوين فان مينه.\n",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"بدر بن سالم الحارثي", "نغوين فان مينه"}) in pairs
    assert frozenset({"خوليو فيريرا", "نغوين فان مينه"}) not in pairs
