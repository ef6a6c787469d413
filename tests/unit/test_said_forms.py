"""SAID in every form the annotation conventions list, in Arabic and English (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, run, said

AR_MEETING = (
    "استقبل وزير الخارجية الأردني أيمن الصفدي، اليوم في عمان، وزير الخارجية العراقي فؤاد حسين. "
)
EN_MEETING = (
    "Jordanian Foreign Minister Ayman Safadi met Iraqi Foreign Minister Fuad Hussein in Amman "
    "on Monday. "
)


# ---------------------------------------------------------------- stance verbs
@pytest.mark.parametrize(
    "sentence, quote",
    [
        ("وأشاد الصفدي بجهود الإغاثة الدولية.", "بجهود الإغاثة الدولية"),
        ("ورحب الصفدي بقرار مجلس الأمن الأخير.", "بقرار مجلس الأمن الأخير"),
        ("وأدان الصفدي الهجوم على القافلة الإنسانية.", "الهجوم على القافلة الإنسانية"),
        ("وأعرب الصفدي عن قلق بلاده من التصعيد في المنطقة.", "قلق بلاده من التصعيد في المنطقة"),
        ("ودعا الصفدي إلى وقف فوري لإطلاق النار.", "وقف فوري لإطلاق النار"),
        ("وحث الصفدي المجتمع الدولي على التحرك العاجل.", "المجتمع الدولي على التحرك العاجل"),
        ("ونوه الصفدي بالدور المصري في الوساطة.", "بالدور المصري في الوساطة"),
        ("وشدد الصفدي خلال اللقاء على ضرورة حماية المدنيين.", "ضرورة حماية المدنيين"),
        ("ونفى الصفدي وجود أي خلاف بين البلدين.", "وجود أي خلاف بين البلدين"),
    ],
)
def test_ar_stance_verbs(sentence, quote):
    assert ("أيمن الصفدي", quote) in said(run(AR_MEETING + sentence, "ar"))


@pytest.mark.parametrize(
    "sentence, quote",
    [
        (
            "Safadi welcomed the decision of the Security Council.",
            "the decision of the Security Council",
        ),
        ("Safadi condemned the attack on the aid convoy.", "the attack on the aid convoy"),
        (
            "Safadi urged the international community to act quickly.",
            "the international community to act quickly",
        ),
        ("Safadi called for an immediate ceasefire in Gaza.", "an immediate ceasefire in Gaza"),
        (
            "Safadi expressed concern over the escalation in the region.",
            "concern over the escalation in the region",
        ),
        ("Safadi commended the efforts of the aid agencies.", "the efforts of the aid agencies"),
        (
            "Safadi underscored the need for a political solution.",
            "the need for a political solution",
        ),
    ],
)
def test_en_stance_verbs(sentence, quote):
    assert ("Ayman Safadi", quote) in said(run(EN_MEETING + sentence, "en"))


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            (
                "Safadi discussed regional developments with Hussein. The ministers agreed to "
                "meet again. "
                "Safadi thanked Hussein and congratulated him on the elections."
            ),
            "en",
        ),
        (
            "وبحث الصفدي مع حسين التطورات الإقليمية. واتفق الجانبان على مواصلة التنسيق. وشكر "
            "الصفدي نظيره العراقي.",
            "ar",
        ),
    ],
)
def test_discussed_agreed_thanked_congratulated_are_no_statements(text, lang):
    meeting = EN_MEETING if lang == "en" else AR_MEETING
    assert said(run(meeting + text, lang)) == []


# ---------------------------------------------------------- participles, nested clauses, relatives
def test_ar_participle_is_a_statement_of_the_clause_subject():
    s = said(
        run(
            AR_MEETING
            + "وأكد الصفدي دعم بلاده لوحدة العراق، مشيرا إلى أن البلدين يعملان على خطة مشتركة.",
            "ar",
        )
    )
    assert ("أيمن الصفدي", "دعم بلاده لوحدة العراق") in s
    assert any(sp == "أيمن الصفدي" and "البلدين يعملان على خطة مشتركة" in q for sp, q in s)
    assert len(s) == 2


def test_en_participle_and_aside_before_the_verb():
    s = said(
        run(
            EN_MEETING + "Hussein, for his part, commended the Jordanian efforts in the crisis, "
            "adding that Baghdad was ready to help.",
            "en",
        )
    )
    assert s == [
        ("Fuad Hussein", "the Jordanian efforts in the crisis"),
        ("Fuad Hussein", "Baghdad was ready to help"),
    ]


def test_en_and_said_carries_the_subject_not_the_object():
    s = said(
        run(
            EN_MEETING
            + "Safadi praised the Iraqi delegation for its work, and said Amman would host the "
            "next round.",
            "en",
        )
    )
    assert ("Ayman Safadi", "Amman would host the next round") in s
    assert all(sp == "Ayman Safadi" for sp, _ in s)


def test_a_nested_statement_with_its_own_speaker_is_a_second_said():
    s = said(
        run(
            AR_MEETING
            + "وقالت وزارة الخارجية الأردنية في بيان إن الصفدي أكد دعم الأردن الكامل للعراق.",
            "ar",
        )
    )
    assert any(sp != "أيمن الصفدي" and "الصفدي أكد دعم الأردن" in q for sp, q in s)
    assert ("أيمن الصفدي", "دعم الأردن الكامل للعراق") in s


def test_ar_no_speaker_after_the_complementiser():
    # "وأضاف أن الوفد …": the delegation is inside the reported clause, the speaker is carried
    s = said(
        run(
            AR_MEETING
            + "وأكد الصفدي أهمية التعاون بين البلدين الشقيقين. وأضاف أن الوفد العراقي سيزور "
            "العقبة الأسبوع المقبل.",
            "ar",
        )
    )
    assert all(sp == "أيمن الصفدي" for sp, _ in s) and len(s) == 2


def test_ar_relative_clause_speaker():
    text = (
        "التقى الوزير الكيني جوزيف كاماو رئيس مجلس النواب المصري حنفي جبالي، "
        "الذي رحب بتوسيع التعاون البرلماني بين البلدين."
    )
    assert ("حنفي جبالي", "بتوسيع التعاون البرلماني بين البلدين") in said(run(text, "ar"))


def test_ar_a_later_quotation_does_not_replace_the_reported_clause():
    s = said(
        run(
            AR_MEETING
            + 'وأوضح الصفدي أن الوزير العراقي زار العقبة الأحد الماضي، و"عقدنا معه اجتماعا مطولا".',
            "ar",
        )
    )
    assert any(sp == "أيمن الصفدي" and "زار العقبة" in q for sp, q in s)


# ---------------------------------------------------------------- joint statements
@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد الجانبان أهمية تعزيز التعاون الثنائي.",
        "وأكدا أهمية تعزيز التعاون الثنائي.",
        "وأكد الوزيران أهمية تعزيز التعاون الثنائي.",
    ],
)
def test_ar_joint_statement_one_said_per_speaker(sentence):
    s = said(run(AR_MEETING + sentence, "ar"))
    assert sorted(s) == [
        ("أيمن الصفدي", "أهمية تعزيز التعاون الثنائي"),
        ("فؤاد حسين", "أهمية تعزيز التعاون الثنائي"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers affirmed the importance of bilateral cooperation.",
        "They stressed the importance of bilateral cooperation.",
        "The two ministers also reviewed the situation in the region, and affirmed the importance"
        " of bilateral cooperation.",
    ],
)
def test_en_joint_statement_one_said_per_speaker(sentence):
    s = said(run(EN_MEETING + sentence, "en"))
    assert sorted(s) == [
        ("Ayman Safadi", "the importance of bilateral cooperation"),
        ("Fuad Hussein", "the importance of bilateral cooperation"),
    ]


def test_joint_statement_after_a_phone_call():
    s = said(
        run(
            "أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع وزير الخارجية الأردني أيمن"
            " الصفدي. "
            "وأكد الجانبان أهمية التنسيق المشترك.",
            "ar",
        )
    )
    assert sorted(s) == [
        ("أيمن الصفدي", "أهمية التنسيق المشترك"),
        ("فيصل بن فرحان", "أهمية التنسيق المشترك"),
    ]


# ---------------------------------------------------------------- transcripts and readouts
def test_en_transcript_turns():
    ex = run(
        "Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.\n"
        "SECRETARY BLINKEN: Good morning, everyone. It is a pleasure to be back in Cairo.\n"
        "MODERATOR: We will take two questions.\n"
        "QUESTION: Mr. Secretary, what about the talks?\n"
        "FOREIGN MINISTER SHOUKRY: Thank you. We had a very productive meeting today.",
        "en",
    )
    assert said(ex) == [
        ("Antony Blinken", "Good morning, everyone. It is a pleasure to be back in Cairo."),
        ("Sameh Shoukry", "Thank you. We had a very productive meeting today."),
    ]


def test_ar_transcript_turns():
    ex = run(
        "التقى وزير الخارجية الأمريكي أنتوني بلينكن وزير الخارجية المصري سامح شكري في القاهرة.\n"
        "الوزير بلينكن: صباح الخير للجميع. يسعدني أن أكون في القاهرة اليوم.\n"
        "سؤال: ماذا عن المحادثات؟\n"
        "الوزير شكري: شكرا جزيلا. كان الاجتماع مثمرا للغاية.",
        "ar",
    )
    assert said(ex) == [
        ("أنتوني بلينكن", "صباح الخير للجميع. يسعدني أن أكون في القاهرة اليوم."),
        ("سامح شكري", "شكرا جزيلا. كان الاجتماع مثمرا للغاية."),
    ]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            (
                "The following is attributable to Spokesperson Matthew Miller:\n"
                "Secretary Antony Blinken participated today in a ministerial meeting on Sudan in"
                " New York."
            ),
            "en",
            "Matthew Miller",
        ),
        (
            (
                "يعزى ما يلي إلى المتحدث باسم وزارة الخارجية الأمريكية ماثيو ميلر:\n"
                "شارك وزير الخارجية أنتوني بلينكن اليوم في اجتماع وزاري حول السودان في نيويورك."
            ),
            "ar",
            "ماثيو ميلر",
        ),
    ],
)
def test_attributable_to_makes_the_spokesperson_the_speaker(text, lang, speaker):
    s = said(run(text, lang))
    assert len(s) == 1 and s[0][0] == speaker
    assert "Sudan" in s[0][1] or "السودان" in s[0][1]


def test_a_transcript_label_needs_a_known_speaker():
    ex = run(
        "Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.\n"
        "PARTICIPANT: Thank you all for coming.",
        "en",
    )
    assert said(ex) == [] and met(ex)


# --------------------------------------------------- clauses of the main speaker, carried speakers
def test_ar_a_second_clause_after_a_comma_is_the_main_speakers():
    s = said(
        run(
            "وأكد وزير الخارجية الأردني أيمن الصفدي أن الأردن يدعم العراق، "
            'وتابع: "نحن ماضون في تنفيذ الاتفاقات الموقعة بين البلدين".',
            "ar",
        )
    )
    assert s == [
        ("أيمن الصفدي", "أن الأردن يدعم العراق"),
        ("أيمن الصفدي", "نحن ماضون في تنفيذ الاتفاقات الموقعة بين البلدين"),
    ]


def test_ar_a_noun_after_the_verb_is_no_speaker():
    # "أكد استعداد الوزارة": the ministry is the object's complement, the speaker is carried
    s = said(
        run(
            "أكد وزير الخارجية الأردني أيمن الصفدي دعم بلاده للعراق. "
            "وأكد استعداد وزارة الخارجية الأردنية لتقديم الدعم الفني للعراق.",
            "ar",
        )
    )
    assert all(sp == "أيمن الصفدي" for sp, _ in s) and len(s) == 2


def test_ar_participle_mubayyinan():
    s = said(
        run(
            "أكد وزير الخارجية الأردني أيمن الصفدي دعم بلاده للعراق، مبينا أن البلدين يعملان على "
            "خطة مشتركة.",
            "ar",
        )
    )
    assert any(sp == "أيمن الصفدي" and "البلدين يعملان على خطة مشتركة" in q for sp, q in s)


def test_en_he_is_a_person_not_the_ministry_that_spoke_last():
    s = said(
        run(
            "The Foreign Ministry said in a statement that Foreign Minister Ayman Safadi met "
            "Iraqi Foreign Minister "
            "Fuad Hussein in Amman. He added that the two countries would sign three agreements.",
            "en",
        )
    )
    assert ("Ayman Safadi", "the two countries would sign three agreements") in s


def test_en_and_said_after_an_object_is_the_sentence_subject():
    s = said(
        run(
            "Jordanian Foreign Minister Ayman Safadi conveyed the greetings of the King to Iraqi "
            "Foreign Minister "
            'Fuad Hussein, and said: "Jordan will always stand by Iraq."',
            "en",
        )
    )
    assert s == [("Ayman Safadi", "Jordan will always stand by Iraq")]


# -------------------------------------------------------------- readouts and statements by heading
@pytest.mark.parametrize(
    "title, text, lang, speaker, start",
    [
        (
            "Statement by Foreign Secretary James Cleverly on the situation in Sudan",
            "London, 4 March 2024\n"
            "I am deeply concerned by the fighting in Khartoum and the suffering of civilians.",
            "en",
            "James Cleverly",
            "I am deeply concerned",
        ),
        (
            "بيان وزير الخارجية الفرنسي جان نويل بارو حول الوضع في لبنان",
            "بيروت، 4 آذار 2024\n"
            "أشعر بقلق بالغ إزاء التصعيد في جنوب لبنان وأدعو جميع الأطراف إلى ضبط النفس.",
            "ar",
            "جان نويل بارو",
            "أشعر بقلق بالغ",
        ),
    ],
)
def test_a_statement_heading_makes_its_author_the_speaker_of_the_body(
    title, text, lang, speaker, start
):
    s = said(run(text, lang, title=title))
    assert len(s) == 1 and s[0][0] == speaker and s[0][1].startswith(start)


def test_en_the_following_readout():
    ex = run(
        "Pentagon Press Secretary John Kirby provided the following readout:\n"
        "Secretary of Defense Lloyd Austin met today with Qatari Foreign Minister Mohammed Al "
        "Thani at the Pentagon.",
        "en",
    )
    s = said(ex)
    assert (
        len(s) == 1
        and s[0][0] == "John Kirby"
        and s[0][1].startswith("Secretary of Defense Lloyd Austin met")
    )
    assert met(ex) == {
        frozenset({"Lloyd Austin", "Mohammed Al Thani"})
    }  # the meeting in the readout counts


# --------------------------------------------------------- a subject the entity stage left unnamed
AR_AMBASSADOR = "استقبل وزير الخارجية الأردني أيمن الصفدي سفير الصين لدى الأردن تشن تشوانهونغ. "


def test_ar_a_title_after_the_verb_is_the_official_holding_it():
    s = said(
        run(AR_AMBASSADOR + "وأعرب السفير الصيني عن تقدير بلاده للدور الأردني في المنطقة.", "ar")
    )
    assert s == [("تشن تشوانهونغ", "تقدير بلاده للدور الأردني في المنطقة")]


def test_en_a_title_before_the_verb_is_the_official_holding_it():
    s = said(
        run(
            "Jordanian Foreign Minister Ayman Safadi received Chinese Ambassador Chen Chuandong. "
            "The Chinese ambassador expressed his country's appreciation for Jordan's role in the"
            " region.",
            "en",
        )
    )
    assert s == [("Chen Chuandong", "his country's appreciation for Jordan's role in the region")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a title no official of the article holds
        "وأعرب المبعوث الروسي عن تقدير بلاده للدور الأردني في المنطقة.",
        # an honorific and a name not recognised
        "وقال السيد لي وانغ إن بلاده تقدر الدور الأردني في المنطقة.",
    ],
)
def test_an_unknown_subject_is_not_the_carried_speaker(sentence):
    assert said(run(AR_AMBASSADOR + sentence, "ar")) == []


# ---------------------------------------- "according to X" at the start, in the middle, at the end
@pytest.mark.parametrize(
    "text, lang, speaker, quote",
    [
        (
            "وتناول اللقاء، حسب بيان صادر عن وزارة الداخلية الموريتانية، "
            "تعزيز التعاون في مجال مكافحة الهجرة غير النظامية.",
            "ar",
            "وزارة الداخلية",
            "تعزيز التعاون في مجال مكافحة الهجرة غير النظامية",
        ),
        (
            "وناقش الجانبان إطلاق خط لمبادلة العملات بين البلدين، وفق ما أفاد به بيان للبنك "
            "المركزي العراقي.",
            "ar",
            "البنك المركزي العراقي",
            "وناقش الجانبان إطلاق خط لمبادلة العملات بين البلدين",
        ),
        (
            "The two sides discussed the delimitation of the continental shelf, "
            "according to the Kuwaiti Foreign Ministry.",
            "en",
            "Foreign Ministry",
            "The two sides discussed the delimitation of the continental shelf",
        ),
    ],
)
def test_according_to_in_the_middle_or_at_the_end(text, lang, speaker, quote):
    s = said(run(text, lang))
    assert len(s) == 1 and s[0][1] == quote and speaker in s[0][0]


def test_en_went_on_to_say():
    s = said(
        run(
            EN_MEETING + "Safadi praised the Iraqi reforms, and went on to say that "
            '"the stability of Iraq is a red line for Jordan".',
            "en",
        )
    )
    assert ("Ayman Safadi", "the stability of Iraq is a red line for Jordan") in s


# ---------------------------------------------- unnamed spokespeople, say verbs inside a statement
@pytest.mark.parametrize(
    "text, lang, quote",
    [
        (
            "قال متحدث باسم وزارة الخارجية المصرية إن المحادثات كانت بناءة وستستمر الأسبوع المقبل.",
            "ar",
            "المحادثات كانت بناءة",
        ),
        (
            "A spokesperson for the Egyptian Foreign Ministry said the talks had been "
            "constructive.",
            "en",
            "the talks had been constructive",
        ),
        (
            "A Foreign Ministry spokesperson said the talks had been constructive.",
            "en",
            "the talks had been constructive",
        ),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_agency(text, lang, quote):
    s = said(run(text, lang))
    assert len(s) == 1 and quote in s[0][1]
    assert s[0][0] in {e.name for e in run(text, lang).entities if e.type == "Agency"}


def test_en_a_say_verb_inside_the_statement_does_not_cut_it():
    s = said(
        run(
            "The State Department spokesperson said the United States welcomed the ceasefire.", "en"
        )
    )
    assert [q for _sp, q in s] == ["the United States welcomed the ceasefire"]


# ---------------------------------------------------------------- countries and bodies as speakers
_EN_A = "Secretary of State Antony Blinken"
_EN_B = "Egyptian Foreign Minister Sameh Shoukry"
_AR_A = "وزير الخارجية السعودي فيصل بن فرحان"
_AR_B = "وزير الخارجية الأردني أيمن الصفدي"


def _speakers(ex) -> set[str]:
    return {sp for sp, _q in said(ex)}


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "The GCC and the United Kingdom reiterated their commitment to regional security.",
            "en",
            {"GCC", "United Kingdom"},
        ),
        ("Egypt and Jordan condemned the attack on the aid convoy.", "en", {"Egypt", "Jordan"}),
        (
            "وأكدت المملكة العربية السعودية والأردن في بيان مشترك أهمية وقف إطلاق النار.",
            "ar",
            {"السعودية", "الأردن"},
        ),
        (
            f"وأكد {_AR_A} و{_AR_B} في بيان مشترك أهمية وقف إطلاق النار في غزة.",
            "ar",
            {"فيصل بن فرحان", "أيمن الصفدي"},
        ),
        (
            f"In a joint statement, {_EN_A} and {_EN_B} affirmed their support for a ceasefire.",
            "en",
            {"Antony Blinken", "Sameh Shoukry"},
        ),
    ],
)
def test_one_statement_per_coordinated_speaker(text, lang, speakers):
    ex = run(text, lang)
    assert _speakers(ex) == speakers
    assert len({q for _sp, q in said(ex)}) == 1  # the same quote for each


def test_ar_coordinated_speakers_quote_starts_after_the_second():
    ex = run(f"وأكد {_AR_A} و{_AR_B} أهمية وقف إطلاق النار في غزة.", "ar")
    assert all(q.startswith("أهمية") for _sp, q in said(ex))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"{_EN_A} reiterated his gratitude to {_EN_B} for his hospitality.", "en"),
        (f"{_EN_A} expressed his thanks to {_EN_B} for the warm welcome.", "en"),
        (f"{_EN_A} thanked {_EN_B} for his efforts.", "en"),
        (f"وأعرب {_AR_A} عن شكره لـ{_AR_B} على حسن الاستقبال.", "ar"),
        (f"وجدد {_AR_A} شكره لـ{_AR_B} على حسن الضيافة.", "ar"),
    ],
)
def test_thanking_is_no_statement(text, lang):
    assert said(run(text, lang)) == []


# ---------------------------------------------------------------- a joint statement's headline
@pytest.mark.parametrize(
    ("title", "text", "lang", "speakers"),
    [
        (
            f"Joint Statement by {_EN_A} and {_EN_B}",
            "The two ministers reaffirmed their commitment to the strategic partnership.",
            "en",
            {"Antony Blinken", "Sameh Shoukry"},
        ),
        (
            "Joint Statement of the United States and Egypt",
            "The two countries reaffirmed their commitment to the strategic partnership.",
            "en",
            {"United States", "Egypt"},
        ),
        (
            "بيان مشترك بين المملكة العربية السعودية والأردن",
            "وأكد الجانبان أهمية التعاون الثنائي في جميع المجالات.",
            "ar",
            {"السعودية", "الأردن"},
        ),
        (
            f"بيان مشترك ل{_AR_A} و{_AR_B}",
            "وأكد الوزيران أهمية التعاون الثنائي في جميع المجالات.",
            "ar",
            {"فيصل بن فرحان", "أيمن الصفدي"},
        ),
    ],
)
def test_a_joint_statement_headline_names_the_two_sides(title, text, lang, speakers):
    assert _speakers(run(text, lang, title)) == speakers


def test_a_headline_without_joint_names_no_sides():
    ex = run(
        "The two ministers reaffirmed their commitment to the partnership.",
        "en",
        "Statement on the United States and Egypt",
    )
    assert not any(sp in ("United States", "Egypt") for sp in _speakers(ex))


def test_a_parenthetical_between_the_coordinated_speakers_and_the_verb():
    ex = run(
        "The United States and Egypt, in a joint statement, reaffirmed their commitment to peace.",
        "en",
    )
    assert _speakers(ex) == {"United States", "Egypt"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"ونقل {_AR_B} تحيات العاهل الأردني إلى {_AR_A}.", "ar"),
        (f"وأعرب {_AR_A} عن تهانيه لـ{_AR_B} بمناسبة العيد الوطني.", "ar"),
        (f"{_EN_A} expressed his congratulations to {_EN_B} on the national day.", "en"),
    ],
)
def test_greetings_and_congratulations_are_no_statement(text, lang):
    assert said(run(text, lang)) == []


# ---------------------------------------------------------------- welcoming a person is hosting
@pytest.mark.parametrize(
    ("text", "lang", "pair_"),
    [
        (
            f"{_EN_A} welcomed {_EN_B} to Washington on Monday.",
            "en",
            {"Antony Blinken", "Sameh Shoukry"},
        ),
        (f"ورحب {_AR_A} ب{_AR_B} في الرياض.", "ar", {"فيصل بن فرحان", "أيمن الصفدي"}),
    ],
)
def test_welcoming_a_person_is_a_meeting_not_a_statement(text, lang, pair_):
    ex = run(text, lang)
    assert met(ex) == {frozenset(pair_)}
    assert said(ex) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (f"{_EN_A} welcomed the ceasefire agreement.", "en"),
        (f"{_EN_A} welcomed {_EN_B}'s proposal for a summit.", "en"),
        (f"ورحب {_AR_A} بمبادرة {_AR_B}.", "ar"),
    ],
)
def test_welcoming_a_development_is_a_statement(text, lang):
    ex = run(text, lang)
    assert met(ex) == set() and len(said(ex)) == 1


def test_en_the_official_not_the_country_of_his_title_speaks():
    ex = run("President Jean Dupont of France said the agreement was a good step.", "en")
    assert said(ex) == [("Jean Dupont", "the agreement was a good step")]
    assert ent(ex, "Jean Dupont").country == "FRA"


def test_en_present_tense_stance_verbs_of_a_joint_statement():
    ex = run(
        "The Governments of France, Germany and the United States welcome the agreement "
        "reached by the parties.",
        "en",
    )
    assert sorted(sp for sp, _q in said(ex)) == ["France", "Germany", "United States"]


def test_en_welcoming_a_president_of_a_country_is_a_meeting_and_will_welcome_is_nothing():
    ex = run("President Jean Dupont welcomed President Karim Haddad of Lebanon to Paris.", "en")
    assert met(ex) == {frozenset({"Jean Dupont", "Karim Haddad"})}
    assert not said(ex)
    assert ent(ex, "Karim Haddad").country == "LBN"
    ex = run("President Jean Dupont will welcome President Karim Haddad next week.", "en")
    assert not met(ex) and not said(ex)


def test_ar_turn_label_with_a_definite_surname():
    ex = run("وزير الخارجية سميث: صباح الخير.\nوزير الخارجية الحمدان: شكرا سيدي.", "ar")
    assert ("الحمدان", "شكرا سيدي.") in said(ex)
    # outside a turn label, a definite word after a title is no name
    assert "الحمدان" not in names(
        run("وأكد وزير الخارجية الحمدان أن اللقاء مهم.", "ar"), "Official"
    )
