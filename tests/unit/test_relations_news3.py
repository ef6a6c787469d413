"""Relations of news copy in more of its forms (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run, said


# ---- "X, <long title>, and his accompanying delegation" ------------------------------------
def test_ar_accompanying_delegation_after_a_title_behind_the_name():
    ex = run(
        "استقبل وزير الدفاع خالد العنزي، صباح اليوم، اللواء سامي الحديد رئيس هيئة الأركان"
        " في القوات المسلحة الأردنية، والوفد المرافق له.",
        "ar",
    )
    assert ("سامي الحديد", "الوفد المرافق له") in rels(ex, "MEMBER_OF")
    assert ("خالد العنزي", "الوفد المرافق له") not in rels(ex, "MEMBER_OF")
    assert frozenset({"خالد العنزي", "الوفد المرافق له"}) in met(ex)


def test_en_his_accompanying_delegation_after_a_title_behind_the_name():
    ex = run(
        "Defence Minister Karim Haddad received Major General John Okoth, Commander of the Kenya"
        " Navy, and his accompanying delegation.",
        "en",
    )
    assert ("John Okoth", "accompanying delegation") in rels(ex, "MEMBER_OF")
    assert ("Karim Haddad", "accompanying delegation") not in rels(ex, "MEMBER_OF")


def test_ar_a_cue_between_keeps_the_delegation_apart():
    ex = run(
        "قال وزير الدفاع خالد العنزي إن التعاون مستمر، ورحب بالوفد المرافق له.",
        "ar",
    )
    assert not any(a == "خالد العنزي" and "الوفد" in (b or "") for a, b in rels(ex, "MEMBER_OF"))


# ---- heading a delegation -----------------------------------------------------------------
def test_ar_at_the_head_of_a_delegation_is_its_member():
    ex = run(
        "وصل وزير الخارجية المصري سامح شكري إلى عمان على رأس وفد رفيع المستوى، والتقى نظيره"
        " الأردني أيمن الصفدي.",
        "ar",
    )
    assert ("سامح شكري", "وفد رفيع المستوى") in rels(ex, "MEMBER_OF")
    assert ("أيمن الصفدي", "وفد رفيع المستوى") not in rels(ex, "MEMBER_OF")
    assert frozenset({"سامح شكري", "أيمن الصفدي"}) in met(ex)


def test_ar_present_tense_heads_a_delegation():
    ex = run(
        "يترأس وزير الخارجية المصري سامح شكري وفدا مصريا يلتقي اليوم رئيس الوزراء الأردني"
        " بشر الخصاونة.",
        "ar",
    )
    assert ("سامح شكري", "وفدا مصريا") in rels(ex, "MEMBER_OF")
    assert ("بشر الخصاونة", "وفدا مصريا") not in rels(ex, "MEMBER_OF")


def test_ar_participle_heading_a_delegation():
    ex = run(
        "وصل رئيس مجلس النواب الليبي عقيلة صالح إلى القاهرة مترئسا وفدا برلمانيا ليبيا.",
        "ar",
    )
    assert any(a == "عقيلة صالح" and b and b.startswith("وفد") for a, b in rels(ex, "MEMBER_OF"))


def test_en_heading_a_delegation_is_its_member():
    ex = run(
        "Egyptian Foreign Minister Sameh Shoukry arrived in Amman on Monday heading a high-level"
        " delegation, and met Jordanian Prime Minister Bisher Khasawneh.",
        "en",
    )
    assert any(a == "Sameh Shoukry" and "delegation" in (b or "") for a, b in rels(ex, "MEMBER_OF"))
    assert not any(
        a == "Bisher Khasawneh" and "delegation" in (b or "") for a, b in rels(ex, "MEMBER_OF")
    )
    assert frozenset({"Sameh Shoukry", "Bisher Khasawneh"}) in met(ex)


def test_en_leading_a_word_that_is_no_body_gives_nothing():
    ex = run(
        "Prime Minister Bisher Khasawneh, leading efforts to end the war, met the envoy.", "en"
    )
    assert not any(a == "Bisher Khasawneh" for a, b in rels(ex, "MEMBER_OF"))


# ---- joining a meeting with someone ---------------------------------------------------------
def test_en_joined_the_meeting_with_a_named_party():
    ex = run(
        "Foreign Secretary David Lammy joined the meeting with Jordanian Foreign Minister"
        " Ayman Safadi.",
        "en",
    )
    assert frozenset({"David Lammy", "Ayman Safadi"}) in met(ex)


def test_en_joined_talks_and_a_working_lunch_with():
    for noun in ("talks", "a working lunch"):
        ex = run(
            f"Foreign Secretary David Lammy joined {noun} with Jordanian Foreign Minister"
            " Ayman Safadi in London.",
            "en",
        )
        assert frozenset({"David Lammy", "Ayman Safadi"}) in met(ex), noun


def test_en_joining_a_virtual_or_future_meeting_is_no_meeting():
    for text in (
        "Foreign Secretary David Lammy joined the virtual meeting with Jordanian Foreign Minister"
        " Ayman Safadi.",
        "Foreign Secretary David Lammy will join the meeting with Jordanian Foreign Minister"
        " Ayman Safadi.",
    ):
        assert not met(run(text, "en")), text


def test_en_joined_the_meeting_told_before_still_joins_it():
    ex = run(
        "Foreign Secretary David Lammy met Jordanian Foreign Minister Ayman Safadi. Prime Minister"
        " Keir Starmer later joined the meeting.",
        "en",
    )
    assert frozenset({"Keir Starmer", "Ayman Safadi"}) in met(ex)


def test_ar_joined_the_meeting_with():
    ex = run("انضم وزير الخارجية أيمن الصفدي إلى الاجتماع مع وزير الخارجية المصري سامح شكري.", "ar")
    assert frozenset({"أيمن الصفدي", "سامح شكري"}) in met(ex)


# ---- a title standing for an official named before ------------------------------------------
def test_ar_received_the_envoy_named_before():
    ex = run(
        "التقى وزير الخارجية الأردني أيمن الصفدي في عمان اليوم المبعوث الأممي إلى ليبيا عبدالله"
        " باتيلي. واستقبل رئيس الوزراء الأردني بشر الخصاونة المبعوث الأممي في وقت لاحق.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"بشر الخصاونة", "عبدالله باتيلي"}) in pairs
    assert frozenset({"بشر الخصاونة", "أيمن الصفدي"}) not in pairs


def test_ar_a_pro_drop_verb_still_carries_its_subject():
    ex = run(
        "وصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد اليوم. واستقبل رئيس الوزراء العراقي"
        " محمد شياع السوداني.",
        "ar",
    )
    assert frozenset({"أيمن الصفدي", "محمد شياع السوداني"}) in met(ex)


def test_en_received_the_envoy_named_before():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi met UN Special Envoy for Libya Abdoulaye"
        " Bathily in Amman on Monday. Later, Prime Minister Bisher Khasawneh received the UN"
        " envoy.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Bisher Khasawneh", "Abdoulaye Bathily"}) in pairs
    assert frozenset({"Bisher Khasawneh", "Ayman Safadi"}) not in pairs


# ---- calls: "during a phone call" however far, "after a call" is another event ---------------
def test_ar_talks_during_a_phone_call_far_after_the_verb_are_no_meeting():
    ex = run(
        "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره المصري سامح شكري العلاقات الثنائية"
        " والقضايا الإقليمية ذات الاهتمام المشترك خلال اتصال هاتفي اليوم.",
        "ar",
    )
    assert not met(ex)


def test_ar_a_meeting_a_day_after_a_phone_call_is_a_meeting():
    ex = run(
        "التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة، بعد يوم من"
        " اتصال هاتفي بين الرئيسين.",
        "ar",
    )
    assert frozenset({"أيمن الصفدي", "سامح شكري"}) in met(ex)


def test_en_discussed_during_a_phone_call_is_no_meeting():
    ex = run(
        "Foreign Minister Ayman Safadi discussed with Egyptian Foreign Minister Sameh Shoukry the"
        " situation in Gaza and the West Bank during a phone call.",
        "en",
    )
    assert not met(ex)


def test_en_a_meeting_after_a_phone_call_is_a_meeting():
    ex = run(
        "Foreign Minister Ayman Safadi met Egyptian Foreign Minister Sameh Shoukry in Cairo, a day"
        " after a phone call.",
        "en",
    )
    assert frozenset({"Ayman Safadi", "Sameh Shoukry"}) in met(ex)


# ---- "X stressed during his meeting with Y (in Cairo) that …": the statement starts after ------
def _quote_of(ex, speaker: str) -> str:
    return next(q for s, q in said(ex) if s == speaker)


def test_ar_statement_after_a_meeting_circumstance_leaves_the_party_out():
    ex = run(
        "أكد وزير الخارجية الأردني أيمن الصفدي لدى استقباله وزير الخارجية العراقي فؤاد حسين"
        " أهمية التعاون بين البلدين.",
        "ar",
    )
    assert _quote_of(ex, "أيمن الصفدي").startswith("أهمية التعاون")
    assert frozenset({"أيمن الصفدي", "فؤاد حسين"}) in met(ex)


def test_ar_statement_after_a_circumstance_between_commas():
    ex = run(
        "شدد رئيس الوزراء الأردني بشر الخصاونة، خلال استقباله وزير الخارجية المصري سامح شكري"
        " في عمان، على عمق العلاقات بين البلدين.",
        "ar",
    )
    quote = _quote_of(ex, "بشر الخصاونة")
    assert "سامح شكري" not in quote and "عمق العلاقات" in quote


def test_en_statement_after_during_his_meeting_with():
    ex = run(
        "Foreign Minister Ayman Safadi stressed during his meeting with Egyptian Foreign Minister"
        " Sameh Shoukry in Cairo the need for an immediate ceasefire.",
        "en",
    )
    assert _quote_of(ex, "Ayman Safadi").startswith("the need for")


# ---- English: the participle "meeting Y", plural "meetings with" -----------------------------
def test_en_meeting_as_a_participle_between_commas():
    ex = run(
        "Foreign Minister Ayman Safadi, meeting Egyptian Foreign Minister Sameh Shoukry in Doha,"
        " said Jordan rejects displacement.",
        "en",
    )
    assert frozenset({"Ayman Safadi", "Sameh Shoukry"}) in met(ex)


def test_en_meeting_as_a_participle_opening_the_sentence():
    ex = run(
        "Meeting Egyptian Foreign Minister Sameh Shoukry in Doha on Monday, Foreign Minister"
        " Ayman Safadi said Jordan rejects displacement.",
        "en",
    )
    assert frozenset({"Ayman Safadi", "Sameh Shoukry"}) in met(ex)


def test_en_meeting_reporters_is_no_meeting():
    ex = run(
        "Foreign Minister Ayman Safadi, meeting reporters in Doha, said Jordan rejects"
        " displacement.",
        "en",
    )
    assert not met(ex)


def test_en_separate_meetings_with_two_ministers():
    ex = run(
        "Foreign Minister Ayman Safadi also held separate meetings with Egyptian Foreign Minister"
        " Sameh Shoukry and Iraqi Foreign Minister Fuad Hussein.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Ayman Safadi", "Sameh Shoukry"}) in pairs
    assert frozenset({"Ayman Safadi", "Fuad Hussein"}) in pairs
    assert frozenset({"Sameh Shoukry", "Fuad Hussein"}) not in pairs


def test_en_future_meetings_are_no_meeting():
    ex = run(
        "Foreign Minister Ayman Safadi will hold meetings with Egyptian Foreign Minister Sameh"
        " Shoukry next week.",
        "en",
    )
    assert not met(ex)


# ---- "X with Y at a joint press conference" (a transcript's headline) ------------------------
def test_en_with_before_a_joint_press_availability():
    ex = run(
        "Secretary Marco Rubio With Saudi Foreign Minister Prince Faisal bin Farhan At a Joint"
        " Press Availability",
        "en",
    )
    assert frozenset({"Marco Rubio", "Faisal bin Farhan"}) in met(ex)


def test_ar_with_before_a_joint_press_conference():
    ex = run(
        "تحدث رئيس الوزراء الأردني بشر الخصاونة مع رئيس الوزراء المصري مصطفى مدبولي في مؤتمر"
        " صحفي مشترك.",
        "ar",
    )
    assert frozenset({"بشر الخصاونة", "مصطفى مدبولي"}) in met(ex)


def test_en_reporters_at_a_press_conference_meet_no_one():
    ex = run("Prime Minister Bisher Khasawneh spoke with reporters at a press conference.", "en")
    assert not met(ex)


# ---- attendees listed together do not meet one another ----------------------------------------
def test_ar_attendees_of_one_list_are_not_linked():
    ex = run(
        "استقبل وزير الخارجية الأردني أيمن الصفدي وزير الخارجية العراقي فؤاد حسين وسفير العراق"
        " لدى الأردن حيدر العذاري. وحضر اللقاء أمين عام وزارة الخارجية الأردنية سفيان القضاة،"
        " وسفير العراق لدى الأردن حيدر العذاري.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"سفيان القضاة", "فؤاد حسين"}) in pairs
    assert frozenset({"سفيان القضاة", "حيدر العذاري"}) not in pairs


def test_en_attendees_of_one_list_are_not_linked():
    ex = run(
        "Jordanian Foreign Minister Ayman Safadi received Iraqi Foreign Minister Fuad Hussein and"
        " Iraqi Ambassador Haidar Al-Athari. The meeting was attended by Jordanian Foreign Ministry"
        " Secretary-General Sufian Qudah and Iraqi Ambassador Haidar Al-Athari.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Sufian Qudah", "Fuad Hussein"}) in pairs
    assert frozenset({"Sufian Qudah", "Haidar Al-Athari"}) not in pairs


# ---- an attendee from a body of one side meets the other side ---------------------------------
def test_ar_attendee_of_a_department_of_the_hosts_ministry_meets_the_guest():
    ex = run(
        "وعقد نائب وزير التجارة الصيني لي مينغ جلسة عمل مع وزير المالية أحمد الزين، حضرتها مديرة"
        " إدارة الموازنة التابعة لوزارة المالية سلمى الخطيب.",
        "ar",
    )
    pairs = met(ex)
    assert any("سلمى الخطيب" in p and len(p) == 2 and "أحمد الزين" not in p for p in pairs)
    assert frozenset({"سلمى الخطيب", "أحمد الزين"}) not in pairs


def test_en_attendee_of_the_hosts_ministry_meets_the_guest():
    ex = run(
        "Chinese Vice Minister of Commerce Li Ming held a working session with Finance Minister"
        " Ahmed Al-Zain, attended by Finance Ministry Undersecretary Salma Al-Khatib.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Salma Al-Khatib", "Li Ming"}) in pairs
    assert frozenset({"Salma Al-Khatib", "Ahmed Al-Zain"}) not in pairs


def test_en_a_round_of_talks_with():
    ex = run(
        "Foreign Minister Ayman Safadi held a round of talks with Egyptian Foreign Minister Sameh"
        " Shoukry.",
        "en",
    )
    assert frozenset({"Ayman Safadi", "Sameh Shoukry"}) in met(ex)
