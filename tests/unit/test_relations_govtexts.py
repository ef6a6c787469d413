"""Relations in the forms of government readouts, releases and transcripts (sentences written for
these tests, in the genre: US, UK and Gulf readouts, agency copy)."""

from __future__ import annotations

from .helpers import met, run, said


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


# ---------------------------------------------------------------- welcomed: a guest, or a statement
def test_en_welcomed_a_guest_after_honorifics_and_an_apposition():
    ex = run(
        "The Prime Minister welcomed His Highness Sheikh Karim bin Nasser Al Rumi, the Emir of "
        "Qatar, to Downing Street today.",
        "en",
    )
    assert met(ex) == {pair("Prime Minister", "Karim bin Nasser Al Rumi")}
    assert said(ex) == []


def test_en_welcomed_by_a_counterpart_is_a_passive_reception():
    ex = run(
        "Foreign Minister Tarek Mansour was welcomed by his Jordanian counterpart Omar Haddad at "
        "the airport.",
        "en",
    )
    assert met(ex) == {pair("Tarek Mansour", "Omar Haddad")}
    assert said(ex) == []


def test_en_welcomed_a_counterpart_after_a_possessive():
    ex = run("Foreign Minister Omar Haddad welcomed his Egyptian counterpart Tarek Mansour.", "en")
    assert met(ex) == {pair("Omar Haddad", "Tarek Mansour")}


def test_en_welcomed_a_decision_of_an_official_stays_a_statement():
    ex = run(
        "Foreign Minister Tarek Mansour welcomed the decision of President Daniel Brooks to send "
        "aid.",
        "en",
    )
    assert met(ex) == set()
    assert [s for s, _q in said(ex)] == ["Tarek Mansour"]


# ---------------------------------------------------------------- a quotation before its speaker
def test_en_quotation_first_with_a_meeting_verb_inside_it():
    ex = run(
        '"We met with him this morning and had a very productive conversation," Secretary Dana '
        "Whitfield said of Foreign Minister Tarek Mansour.",
        "en",
    )
    assert said(ex) == [
        ("Dana Whitfield", "We met with him this morning and had a very productive conversation")
    ]


def test_ar_quotation_first_with_a_meeting_verb_inside_it():
    ex = run(
        "«التقينا اليوم وبحثنا سبل وقف الحرب في المنطقة»، قال وزير الخارجية الأردني عمر الحداد.",
        "ar",
    )
    assert [s for s, _q in said(ex)] == ["عمر الحداد"]
    assert said(ex)[0][1].startswith("التقينا اليوم")


# ---------------------------------------------------------------- called on: a visit or urging
def test_en_called_on_an_official_at_a_venue_is_a_visit():
    ex = run("Secretary Dana Whitfield called on His Majesty King Faris II at the palace.", "en")
    assert met(ex) == {pair("Dana Whitfield", "Faris II")}
    assert said(ex) == []


def test_en_called_on_an_official_to_act_is_a_statement():
    ex = run(
        "Foreign Minister Omar Haddad called on Prime Minister Daniel Brooks to stop the war.", "en"
    )
    assert met(ex) == set()
    assert [s for s, _q in said(ex)] == ["Omar Haddad"]


def test_en_called_on_the_world_to_act_is_a_statement():
    ex = run("Foreign Minister Omar Haddad called on the international community to act.", "en")
    assert met(ex) == set()
    assert [s for s, _q in said(ex)] == ["Omar Haddad"]


# ---------------------------------------------------------------- together with a ranked adviser
def test_en_together_with_a_ranked_title_joins_the_subject():
    ex = run(
        "Special Envoy Omar Haddad, together with Senior Advisor Tarek Mansour, met with Prime "
        "Minister Daniel Brooks.",
        "en",
    )
    assert met(ex) == {pair("Omar Haddad", "Daniel Brooks"), pair("Tarek Mansour", "Daniel Brooks")}


# ---------------------------------------------------------------- co-chairs, joined for talks
def test_en_co_chairs_of_a_ministerial_meet():
    ex = run(
        "Secretary Dana Whitfield and Saudi Foreign Minister Prince Faisal bin Nasser co-chaired "
        "the U.S.-GCC Ministerial in Riyadh.",
        "en",
    )
    assert pair("Dana Whitfield", "Faisal bin Nasser") in met(ex)


def test_en_co_chairs_of_a_future_meeting_do_not_meet():
    ex = run(
        "Foreign Minister Omar Haddad and Foreign Minister Tarek Mansour will co-chair the Joint "
        "Committee next month.",
        "en",
    )
    assert met(ex) == set()


def test_en_joined_an_official_for_talks_is_a_meeting():
    ex = run(
        "Secretary Dana Whitfield joined Foreign Minister Omar Haddad for talks in Berlin.", "en"
    )
    assert met(ex) == {pair("Dana Whitfield", "Omar Haddad")}


def test_en_joined_an_official_in_a_call_is_no_meeting():
    ex = run(
        "Foreign Minister Omar Haddad joined President Daniel Brooks in calling for a ceasefire.",
        "en",
    )
    assert met(ex) == set()


# ---------------------------------------------------------------- an aside before the say verb
def test_en_participial_aside_between_speaker_and_verb():
    ex = run(
        "Foreign Minister Omar Haddad, speaking at a conference in Amman, said the war must end.",
        "en",
    )
    assert said(ex) == [("Omar Haddad", "the war must end")]


def test_en_participial_aside_naming_a_meeting_without_a_named_party():
    ex = run(
        "Secretary Dana Whitfield, addressing reporters in Washington on Tuesday, stressed that "
        "the ceasefire must hold.",
        "en",
    )
    assert said(ex) == [("Dana Whitfield", "the ceasefire must hold")]


def test_ar_participle_aside_between_speaker_and_verb():
    ex = run(
        "وزير الخارجية الأردني عمر الحداد، متحدثا في مؤتمر صحفي في عمان، قال إن الحرب يجب أن "
        "تنتهي.",
        "ar",
    )
    assert [s for s, _q in said(ex)] == ["عمر الحداد"]


# ---------------------------------------------------------------- posts on social media
def test_en_wrote_on_a_platform_that():
    ex = run(
        "Foreign Minister Omar Haddad wrote on X that the attack was a flagrant violation of "
        "international law.",
        "en",
    )
    assert said(ex) == [("Omar Haddad", "the attack was a flagrant violation of international law")]


def test_en_wrote_a_letter_is_no_statement():
    ex = run("Foreign Minister Omar Haddad wrote a letter to the Secretary-General.", "en")
    assert said(ex) == []


def test_ar_tweeted_and_wrote_in_a_post():
    ex = run(
        "وكتب وزير الخارجية الأردني عمر الحداد في تدوينة على منصة إكس أن الاعتداء انتهاك صارخ "
        "للقانون الدولي. وغرد وزير الخارجية المصري طارق منصور قائلا إن مصر ترفض التهجير.",
        "ar",
    )
    assert {s for s, _q in said(ex)} == {"عمر الحداد", "طارق منصور"}


# ---------------------------------------------------------------- messages handed over, meals
def test_ar_message_handed_over_by_an_ambassador():
    ex = run(
        "تسلم وزير الخارجية الأردني عمر الحداد رسالة خطية من نظيره المصري طارق منصور، سلمها "
        "السفير المصري لدى الأردن محمد سمير خلال استقباله له اليوم.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "محمد سمير")}


def test_ar_message_received_from_its_sender_is_no_meeting():
    ex = run(
        "تسلم وزير الخارجية الأردني عمر الحداد رسالة خطية من نظيره المصري طارق منصور تتعلق "
        "بالعلاقات الثنائية.",
        "ar",
    )
    assert met(ex) == set()


def test_ar_lunch_in_honour_of_a_named_guest():
    ex = run(
        "أقام وزير الخارجية الأردني عمر الحداد مأدبة غداء تكريما لوزير الخارجية المصري طارق منصور.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "طارق منصور")}


def test_ar_lunch_in_honour_of_an_unnamed_guest_links_no_one():
    ex = run(
        "استقبل وزير الخارجية الأردني عمر الحداد وزير الخارجية المصري طارق منصور. ثم أقام الوزير "
        "الحداد مأدبة غداء تكريما لضيفه والوفد المرافق له.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "طارق منصور")}


# ---------------------------------------------------------------- credentials
def test_en_presented_credentials_to_the_head_of_state():
    ex = run(
        "French Ambassador Jean Laurent presented his credentials to President Daniel Brooks at "
        "the palace.",
        "en",
    )
    assert met(ex) == {pair("Jean Laurent", "Daniel Brooks")}


def test_en_credentials_to_be_presented_are_no_meeting():
    ex = run(
        "French Ambassador Jean Laurent will present his credentials to President Daniel Brooks "
        "next week.",
        "en",
    )
    assert met(ex) == set()


def test_ar_presented_credentials_and_received_a_copy():
    ex = run(
        "قدم السفير الفرنسي لدى الأردن جان لوران أوراق اعتماده إلى وزير الخارجية الأردني "
        "عمر الحداد.",
        "ar",
    )
    assert met(ex) == {pair("جان لوران", "عمر الحداد")}
    ex = run(
        "تسلم وزير الخارجية الأردني عمر الحداد نسخة من أوراق اعتماد السفير الفرنسي لدى الأردن جان "
        "لوران.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "جان لوران")}


# ---------------------------------------------------------------- a relative clause before the verb
def test_en_body_in_a_relative_clause_is_no_subject():
    ex = run(
        "Foreign Minister Omar Haddad, who heads the Jordanian delegation, met President Daniel "
        "Brooks.",
        "en",
    )
    assert met(ex) == {pair("Omar Haddad", "Daniel Brooks")}


def test_ar_body_in_a_relative_clause_is_no_subject():
    ex = run(
        "وزير الخارجية الأردني عمر الحداد، الذي يرأس الوفد الأردني، التقى الرئيس المصري "
        "طارق منصور.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "طارق منصور")}


# ---------------------------------------------------------------- representing a body
def members(ex) -> set[tuple[str, str | None]]:
    from .helpers import rels

    return rels(ex, "MEMBER_OF")


def test_en_represented_a_body_is_membership():
    ex = run("Ambassador Karim Nasser represented the Arab League at the meeting.", "en")
    assert ("Karim Nasser", "Arab League") in members(ex)
    ex = run(
        "Ambassador Karim Nasser, representing the Arab League, said the league supported the "
        "plan.",
        "en",
    )
    assert ("Karim Nasser", "Arab League") in members(ex)


def test_en_represented_a_country_is_no_membership():
    ex = run("Ambassador Karim Nasser represented Jordan at the meeting.", "en")
    assert members(ex) == set()


def test_ar_representing_a_body_is_membership():
    ex = run("وشارك في الاجتماع السفير كريم ناصر ممثلا عن جامعة الدول العربية.", "ar")
    assert ("كريم ناصر", "جامعة الدول العربية") in members(ex)


# ---------------------------------------------------------------- more stance verbs
def test_ar_praised_highlighted_and_warned():
    ex = run(
        "وأثنى وزير الخارجية المصري طارق منصور على الدور الأردني في إيصال المساعدات. وأبرز وزير "
        "الخارجية الأردني عمر الحداد أهمية التنسيق بين البلدين. ونبه وزير الخارجية الأردني عمر "
        "الحداد إلى خطورة التصعيد في المنطقة.",
        "ar",
    )
    assert [s for s, _q in said(ex)] == ["طارق منصور", "عمر الحداد", "عمر الحداد"]


def test_en_deplored_and_cautioned():
    ex = run(
        "Foreign Minister Omar Haddad deplored the attack on the aid convoy. Foreign Minister "
        "Tarek Mansour cautioned that the region was on the brink.",
        "en",
    )
    assert [s for s, _q in said(ex)] == ["Omar Haddad", "Tarek Mansour"]


# ---------------------------------------------------------------- took part in a meeting with
def test_en_participated_in_a_trilateral_meeting_with_two_ministers():
    ex = run(
        "Secretary Dana Whitfield participated in a trilateral meeting with Foreign Minister Tarek "
        "Mansour and Foreign Minister Omar Haddad.",
        "en",
    )
    assert met(ex) == {
        pair("Dana Whitfield", "Tarek Mansour"),
        pair("Dana Whitfield", "Omar Haddad"),
    }


def test_ar_took_part_in_a_trilateral_meeting_with_two_ministers():
    ex = run(
        "شارك وزير الخارجية الأردني عمر الحداد في اجتماع ثلاثي مع وزير الخارجية المصري طارق منصور "
        "ووزير الخارجية العراقي فؤاد حسين.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "طارق منصور"), pair("عمر الحداد", "فؤاد حسين")}


def test_en_followed_by_a_meeting_with_is_held_by_the_subject():
    ex = run(
        "Secretary Dana Whitfield met with Egyptian President Karim Nasser in Cairo, followed by "
        "a meeting with Foreign Minister Tarek Mansour.",
        "en",
    )
    assert met(ex) == {
        pair("Dana Whitfield", "Karim Nasser"),
        pair("Dana Whitfield", "Tarek Mansour"),
    }


# ---------------------------------------------------------------- several parties of one verb
def test_en_and_an_untagged_title_continues_the_object_group():
    ex = run(
        "Secretary Dana Whitfield met Thursday with Foreign Minister Tarek Mansour and National "
        "Security Advisor Omar Haddad.",
        "en",
    )
    assert met(ex) == {
        pair("Dana Whitfield", "Tarek Mansour"),
        pair("Dana Whitfield", "Omar Haddad"),
    }


def test_en_a_venue_between_two_objects():
    ex = run(
        "Secretary Dana Whitfield met Foreign Minister Tarek Mansour in Cairo and President Karim "
        "Nasser in Amman.",
        "en",
    )
    assert met(ex) == {
        pair("Dana Whitfield", "Tarek Mansour"),
        pair("Dana Whitfield", "Karim Nasser"),
    }


def test_ar_a_venue_between_two_objects():
    ex = run(
        "التقى وزير الخارجية الأردني عمر الحداد وزير الخارجية المصري طارق منصور في القاهرة والرئيس "
        "العراقي فؤاد حسين في بغداد.",
        "ar",
    )
    assert met(ex) == {pair("عمر الحداد", "طارق منصور"), pair("عمر الحداد", "فؤاد حسين")}


# ---------------------------------------------------------------- transcript turns
def test_en_the_president_turn_label_is_the_headline_president():
    ex = run(
        "THE PRESIDENT: Well, Your Majesty, welcome back. It is good to see you.\n\n"
        "KING FARIS II: Thank you, Mr. President. It is always a pleasure.\n\n"
        "Q: Mr. President, what about the talks?\n",
        "en",
        title="Remarks by President Daniel Brooks and His Majesty King Faris II Before Bilateral "
        "Meeting",
    )
    speakers = [s for s, _q in said(ex)]
    assert speakers == ["Daniel Brooks", "Faris II"]


# ---------------------------------------------------------------- a shorter nasab chain
def test_en_transcript_label_with_a_shorter_nasab_chain_is_the_same_person():
    ex = run(
        "SECRETARY WHITFIELD: Thank you, Your Highness. It is an honor to be here.\n\n"
        "FOREIGN MINISTER FAISAL BIN NASSER: Thank you, Secretary. Welcome to the Kingdom.\n",
        "en",
        title="Secretary Dana Whitfield and Foreign Minister Prince Faisal bin Nasser Al Rumi at a "
        "Joint Press Availability",
    )
    assert [s for s, _q in said(ex)] == ["Dana Whitfield", "Faisal bin Nasser Al Rumi"]


def test_ar_shorter_nasab_chain_is_the_same_person():
    ex = run(
        "استقبل وزير الخارجية الأردني عمر الحداد وزير الخارجية السعودي الأمير فيصل بن ناصر "
        "آل رومي. "
        "وقال الوزير فيصل بن ناصر إن المملكة تدعم الأردن.",
        "ar",
    )
    assert [s for s, _q in said(ex)] == ["فيصل بن ناصر آل رومي"]


def test_en_a_day_between_two_objects_with_with_again():
    ex = run(
        "Foreign Minister Omar Haddad met with Foreign Minister Tarek Mansour on Monday and with "
        "Secretary Dana Whitfield on Tuesday.",
        "en",
    )
    assert met(ex) == {pair("Omar Haddad", "Tarek Mansour"), pair("Omar Haddad", "Dana Whitfield")}


def test_ar_concluded_by_saying_is_a_statement_concluding_a_visit_is_not():
    ex = run(
        "التقى وزير الخارجية الأردني عمر الحداد وزير الخارجية المصري طارق منصور. وقال الحداد إن "
        "اللقاء كان مثمرا. واختتم بالقول إن التنسيق مستمر.",
        "ar",
    )
    assert said(ex) == [("عمر الحداد", "إن اللقاء كان مثمرا"), ("عمر الحداد", "إن التنسيق مستمر")]
    ex = run("واختتم وزير الخارجية الأردني عمر الحداد زيارته إلى القاهرة أمس.", "ar")
    assert said(ex) == []


def test_en_after_their_meeting_links_the_coordinated_subjects():
    ex = run(
        "Secretary Dana Whitfield and Foreign Minister Tarek Mansour spoke to the press after "
        "their meeting.",
        "en",
    )
    assert met(ex) == {pair("Dana Whitfield", "Tarek Mansour")}


def test_en_their_next_meeting_is_no_meeting():
    ex = run(
        "Secretary Dana Whitfield and Foreign Minister Tarek Mansour said their next meeting would "
        "be in Cairo.",
        "en",
    )
    assert met(ex) == set()
