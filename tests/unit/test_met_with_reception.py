"""Airport receptions, hosted talks with attendees, and attendee lists after a sentence break
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_at_the_head_of_his_receivers():
    ex = run(
        "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة، وكان في مقدمة مستقبليه وزير الخارجية"
        " المصري سامح شكري.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_en_hosted_talks_attended_by():
    ex = run(
        "The talks, hosted by Jordanian Foreign Minister Ayman Safadi, were attended by Egyptian"
        " Foreign Minister Sameh Shoukry.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_en_also_present_were_after_a_sentence_break():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Sameh Shoukry in"
        " Amman on Monday. Also present were Iraqi Foreign Minister Fuad Hussein and Saudi Foreign"
        " Minister Faisal bin Farhan.",
        "en",
    )
    pairs = met(ex)
    assert pair("Ayman Safadi", "Sameh Shoukry") in pairs
    assert pair("Fuad Hussein", "Sameh Shoukry") in pairs
    assert pair("Faisal bin Farhan", "Sameh Shoukry") in pairs


def test_ar_phone_call_is_no_meeting():
    ex = run(
        "أجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا مع وزير الخارجية المصري سامح شكري.",
        "ar",
    )
    assert met(ex) == set()


def test_ar_future_day_after_the_subject_is_no_meeting():
    ex = run("يلتقي وزير الخارجية الأردني أيمن الصفدي غدا وزير الخارجية المصري سامح شكري.", "ar")
    assert met(ex) == set()


def test_en_tomorrow_in_a_later_clause_keeps_the_meeting():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi met Egyptian Foreign Minister Sameh Shoukry, who"
        " travels tomorrow to Cairo.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_ar_tabahatha_with_is_a_meeting():
    ex = run(
        "وتباحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري حول القضايا الإقليمية.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_en_greeted_at_the_airport_by():
    ex = run(
        "Egyptian Foreign Minister Sameh Shoukry was greeted at the airport by Jordanian Foreign"
        " Minister Ayman Safadi.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_ar_fronted_reception_noun_then_the_host_after_the_comma():
    ex = run(
        "وخلال استقباله وزير الخارجية المصري سامح شكري، أكد رئيس الوزراء الأردني بشر الخصاونة"
        " أهمية التنسيق.",
        "ar",
    )
    assert met(ex) == {pair("بشر الخصاونة", "سامح شكري")}


def test_ar_first_person_meeting_in_a_quote_is_the_speakers():
    ex = run(
        'وقال وزير الخارجية الأردني أيمن الصفدي: "كنت قد التقيت وزير الخارجية المصري سامح شكري'
        ' في القاهرة الشهر الماضي".',
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_en_first_person_meeting_in_a_quote_speaker_after():
    ex = run(
        '"I met Egyptian Foreign Minister Sameh Shoukry in Cairo last week," Jordanian Foreign'
        " Minister Ayman Safadi said.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_ar_working_session_with():
    ex = run(
        "وعقد وزير الخارجية الأردني أيمن الصفدي جلسة عمل مع وزير الخارجية المصري سامح شكري.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_ar_verb_with_object_pronoun_received_him():
    ex = run(
        "وصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة، واستقبله لدى وصوله وزير الخارجية"
        " المصري سامح شكري.",
        "ar",
    )
    assert met(ex) == {pair("أيمن الصفدي", "سامح شكري")}


def test_en_arrived_where_he_was_received_by():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi arrived in Cairo, where he was received by"
        " Egyptian Foreign Minister Sameh Shoukry.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_en_arrived_and_was_received_by():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi arrived in Cairo and was received by Egyptian"
        " Foreign Minister Sameh Shoukry.",
        "en",
    )
    assert met(ex) == {pair("Ayman Safadi", "Sameh Shoukry")}


def test_ar_discussed_with_by_video_after_long_names_is_no_meeting():
    ex = run(
        "بحث وزير الخارجية الأردني أيمن الصفدي مع وزير الخارجية المصري سامح شكري عبر تقنية"
        " الاتصال المرئي التطورات.",
        "ar",
    )
    assert met(ex) == set()


def test_en_expected_to_meet_is_no_meeting():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi is expected to meet Egyptian Foreign Minister"
        " Sameh Shoukry.",
        "en",
    )
    assert met(ex) == set()
