"""Chairing a meeting: the chair is a side its attendees meet, co-chairs meet each other, and the
chairs of the two sides of talks meet (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_en_chaired_then_attended_by():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi chaired the meeting, which was attended by"
        " Egyptian Foreign Minister Sameh Shoukry.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_en_co_chairs_meet():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi and Egyptian Foreign Minister Sameh Shoukry"
        " co-chaired the meeting of the joint committee.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_ar_chairs_of_the_two_sides():
    ex = run(
        "ترأس الجانب الأردني في المباحثات وزير الخارجية أيمن الصفدي، فيما ترأس الجانب المصري وزير"
        " الخارجية سامح شكري.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_ar_chaired_with_participation():
    ex = run(
        "ترأس وزير الخارجية الأردني أيمن الصفدي اجتماع اللجنة المشتركة بمشاركة وزير الخارجية"
        " المصري سامح شكري.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_ar_chaired_by_video_is_no_meeting():
    ex = run(
        "ترأس وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري سامح شكري عبر الاتصال المرئي"
        " أعمال اللجنة المشتركة.",
        "ar",
    )
    assert met(ex) == set()


def test_ar_headed_the_delegation_stays_membership():
    ex = run("ترأس الوفد الأردني وزير الخارجية أيمن الصفدي.", "ar")
    assert met(ex) == set()
    assert any(r.type == "MEMBER_OF" for r in ex.relations)


def test_ar_attendees_listed_under_each_side_meet_the_other_side():
    ex = run(
        "استقبل وزير الخارجية الأردني أيمن الصفدي وزير الخارجية المصري سامح شكري. وحضر المباحثات"
        " من الجانب الأردني السفير محمد العلي، ومن الجانب المصري السفير أحمد حسن.",
        "ar",
    )
    assert met(ex) == {
        pair("أيمن الصفدي", "سامح شكري"),
        pair("محمد العلي", "سامح شكري"),
        pair("أحمد حسن", "أيمن الصفدي"),
    }


def test_ar_named_subject_that_is_no_entity_is_not_the_topic():
    ex = run(
        "استقبل وزير الخارجية الأردني أيمن الصفدي وزير الخارجية المصري سامح شكري. وقد اجتمع"
        " السيد إلوود بنظيره الجزائري عبد القادر مساهل.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_en_together_with_joins_the_subject_of_met():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi, together with Egyptian Foreign Minister Sameh"
        " Shoukry, met in Amman on Monday.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_en_along_with_joins_the_host_side():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi, along with Egyptian Foreign Minister Sameh"
        " Shoukry, received Iraqi Foreign Minister Fuad Hussein.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Fuad Hussein"), pair("Sameh Shoukry", "Fuad Hussein")}


def test_ar_dinner_in_honour_of_the_guest():
    ex = run(
        "أقام وزير الخارجية المصري سامح شكري مأدبة عشاء على شرف وزير الخارجية الأردني أيمن الصفدي.",
        "ar",
    )
    assert met(ex) == {pair("سامح شكري", "أيمن الصفدي")}


def test_en_dinner_in_honor_of_the_guest_and_no_meal_no_meeting():
    ex = run(
        "Egyptian Foreign Minister Sameh Shoukry gave a dinner in honor of Jordanian Foreign"
        " Minister Ayman Safadi.",
        "en",
    )
    assert met(ex) == {pair("Sameh Shoukry", "Ayman Safadi")}
    ex = run(
        "Egyptian Foreign Minister Sameh Shoukry laid a wreath in honour of the late Jordanian"
        " Foreign Minister Ayman Safadi.",
        "en",
    )
    assert met(ex) == set()


def test_ar_ila_janib_joins_the_subject_of_a_meeting_verb():
    ex = run(
        "واجتمع وزير الخارجية الأردني أيمن الصفدي، إلى جانب وزير الخارجية المصري سامح شكري، مع"
        " وزير الخارجية العراقي فؤاد حسين.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "فؤاد حسين"), pair("سامح شكري", "فؤاد حسين")}
