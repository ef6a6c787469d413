"""Arabic news-agency copy (issue #10: extraction that holds on unseen copy): sentences written
for these tests."""

from __future__ import annotations

from .helpers import met, names, run, said


# ---- "chaired it, from the A side X, and from the B side Y": one chair a side, who met ----
def test_ar_talks_chaired_from_each_side_pair_the_two_chairs():
    ex = run(
        "عقدت في الرباط اليوم جولة المشاورات السياسية بين وزارة الخارجية المغربية ووزارة "
        "الخارجية الغانية، ترأسها من الجانب المغربي السيد سامي فهد العنزي الكاتب العام لوزارة "
        "الخارجية، ومن الجانب الغاني السيد كوفي مينساه نائب وزير الخارجية.",
        "ar",
    )
    assert frozenset({"سامي فهد العنزي", "كوفي مينساه"}) in met(ex)


def test_ar_the_two_sides_after_talks_chaired_from_each_side_are_the_two_chairs():
    ex = run(
        "عقدت في عمّان اليوم الجولة الرابعة من المشاورات السياسية بين البلدين، ترأسها من "
        "الجانب الأردني السيد نبيل حسن الخطيب أمين عام وزارة الخارجية، ومن الجانب البرتغالي "
        "السيد جواو سيلفا نائب وزير الخارجية.\n"
        "وأكد الجانبان أهمية تعزيز التعاون في مجالات الطاقة المتجددة والسياحة.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if q.startswith("أهمية تعزيز")}
    assert speakers == {"نبيل حسن الخطيب", "جواو سيلفا"}


# ---- "ittala'a minhu 'ala": briefed BY him: the subject said nothing ----
def test_ar_briefed_by_the_guest_is_no_statement_of_the_host():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم سفير جمهورية غانا كوفي مينساه، واطلع منه "
        "على التحضيرات الجارية لانعقاد منتدى الأعمال المشترك في أكرا.",
        "ar",
    )
    assert not any(q.startswith("منه") or "التحضيرات" in q for _sp, q in said(ex))


def test_ar_briefed_by_her_after_a_feminine_verb_is_no_statement_either():
    ex = run(
        "التقت وزيرة الاقتصاد الوطني دينارا سيريكوفا اليوم رئيسة غرفة التجارة هالة سمير "
        "الخطيب، واطلعت منها على فرص الاستثمار في قطاع الصناعات الغذائية.",
        "ar",
    )
    assert not any("فرص الاستثمار" in q for _sp, q in said(ex))


def test_ar_affirmed_on_his_part_still_says():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم سفير جمهورية غانا كوفي مينساه. وأكد "
        "العنزي أن بلاده حريصة على تعزيز التعاون مع غانا في مختلف المجالات.",
        "ar",
    )
    assert any(sp == "سامي فهد العنزي" and "بلاده حريصة" in q for sp, q in said(ex))


# ---- an adverb of time or repetition right after a title is no name ----
def test_ar_soon_after_the_counterpart_is_no_name():
    ex = run(
        "وأجرى وزير الخارجية سامي فهد العنزي اتصالا هاتفيا مع نظيره الغاني كوفي مينساه، "
        "وأعرب العنزي عن تطلعه إلى لقاء نظيره قريبا.",
        "ar",
    )
    assert "قريبا" not in names(ex, "Official")


def test_ar_once_again_after_a_title_in_a_quote_is_no_name():
    ex = run(
        'وقال السفير نبيل حسن الخطيب: "يسعدني أن أزور رئيس الوزراء مرة أخرى لبحث ملفات التعاون".',
        "ar",
    )
    assert not any("مرة" in n for n in names(ex, "Official"))


def test_ar_currently_after_a_bare_title_is_no_name():
    ex = run("وأكد الوزير حاليا أن العمل جار على إعداد الاتفاقية مع الجانب الغاني.", "ar")
    assert "حاليا" not in names(ex, "Official")


# ---- "the two sides" after a chaired session of the same talks: the meeting's principals ----
def _joint(ex, start: str) -> set[str]:
    return {sp for sp, q in said(ex) if q.startswith(start)}


def test_ar_the_two_sides_after_the_heads_of_the_expanded_session_are_the_principals():
    ex = run(
        "استقبل رئيس الجمهورية سالم ناصر الهاشمي اليوم رئيس وزراء البرتغال جواو سيلفا في القصر "
        "الرئاسي، وجرت بين الجانبين مباحثات رسمية.\n"
        "وترأس الجانب الغاني في جلسة المباحثات الموسعة وزير الخارجية سامي فهد العنزي، فيما "
        "ترأس الجانب البرتغالي وزير الخارجية البرتغالي أنطونيو كوستا.\n"
        "وأكد الجانبان أهمية تعزيز التعاون في مجالات التجارة والاستثمار.",
        "ar",
    )
    assert frozenset({"سامي فهد العنزي", "أنطونيو كوستا"}) in met(ex)
    assert _joint(ex, "أهمية تعزيز") == {"سالم ناصر الهاشمي", "جواو سيلفا"}


def test_ar_the_two_sides_after_a_preparatory_meeting_are_the_co_chairs():
    ex = run(
        "انعقدت بعمّان اليوم أشغال الدورة الخامسة للجنة العليا المشتركة الأردنية البرتغالية، "
        "برئاسة مشتركة بين السيد نبيل حسن الخطيب رئيس الوزراء الأردني، والسيد جواو سيلفا "
        "رئيس وزراء البرتغال.\n"
        "وقد سبق أشغال الدورة اجتماع للجنة المتابعة، ترأسه السيد ماجد سالم الحربي الأمين العام "
        "لوزارة الخارجية الأردنية، والسيد أنطونيو كوستا الأمين العام لوزارة الخارجية "
        "البرتغالية.\n"
        "وأشاد الجانبان بمستوى التنسيق بين البلدين في المحافل الدولية.",
        "ar",
    )
    assert _joint(ex, "بمستوى التنسيق") == {"نبيل حسن الخطيب", "جواو سيلفا"}


def test_ar_the_two_sides_after_a_chaired_meeting_with_another_country_are_its_chairs():
    ex = run(
        "استقبل رئيس الوزراء نبيل حسن الخطيب اليوم وزير خارجية البرتغال جواو سيلفا.\n"
        "وفي وقت لاحق، ترأس وزير الخارجية سامي فهد العنزي ووزيرة خارجية كينيا غريس موانغي "
        "اجتماع لجنة التعاون المشتركة بين البلدين.\n"
        "وأكد الجانبان أهمية تعزيز التعاون في مجالات التجارة والزراعة.",
        "ar",
    )
    speakers = _joint(ex, "أهمية تعزيز")
    assert "سامي فهد العنزي" in speakers
    assert not speakers & {"نبيل حسن الخطيب", "جواو سيلفا"}


# ---- "akkada laha …": the one told is neither the speaker nor the statement's first word ----
def test_ar_affirmed_to_her_the_visitor_speaks_not_the_host_named_before():
    ex = run(
        "وصل وزير الخارجية البرتغالي جواو سيلفا إلى عمّان اليوم. واجتمع الوزير برئيسة الوزراء "
        "الأردنية، السيدة هالة سمير الدباس، وأكد لها حرص البرتغال على دعم الاستقرار في المنطقة.",
        "ar",
    )
    assert said(ex) == [("جواو سيلفا", "حرص البرتغال على دعم الاستقرار في المنطقة")]


def test_ar_affirmed_to_him_the_statement_starts_after_the_pronoun():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم سفير جمهورية البرتغال جواو سيلفا، وأكد له "
        "حرص المملكة على تعزيز العلاقات الثنائية.",
        "ar",
    )
    assert said(ex) == [("سامي فهد العنزي", "حرص المملكة على تعزيز العلاقات الثنائية")]


# ---- a participle after "fima" + verb + subject: that clause's subject speaks ----
def test_ar_participle_after_a_while_clause_belongs_to_its_subject():
    ex = run(
        "تلقى وزير الخارجية سامي فهد العنزي اتصالا هاتفيا من وزير خارجية البرتغال جواو سيلفا. "
        "ووجه الوزير البرتغالي دعوة إلى العنزي لزيارة البرتغال، فيما رحب العنزي بالدعوة، مؤكدا "
        "تطلعه إلى زيارة لشبونة في أقرب وقت.",
        "ar",
    )
    assert ("سامي فهد العنزي", "تطلعه إلى زيارة لشبونة في أقرب وقت") in said(ex)


def test_ar_participle_after_a_reported_svo_clause_keeps_its_subject():
    ex = run(
        "وأوضح المتحدث باسم الوزارة نبيل حسن الخطيب أن الوزير سامي فهد العنزي أكد خلال اللقاء "
        "حرص المملكة على علاقاتها مع البرتغال، مشددا على أهمية التنسيق في المحافل الدولية.",
        "ar",
    )
    assert not any(sp == "نبيل حسن الخطيب" and q.startswith("أهمية التنسيق") for sp, q in said(ex))


# ---- "a'raba al-sufara' 'an …": a plural title after the verb names the side of several ----
def test_ar_the_ambassadors_received_together_each_speak():
    ex = run(
        "استقبل وزير الدولة سامي فهد العنزي اليوم كلا من سعادة جواو سيلفا سفير جمهورية "
        "البرتغال، وسعادة هالة سمير الدباس سفيرة المملكة الأردنية الهاشمية.\n"
        "من جانبهم، أعرب السفراء عن تقديرهم لما يلقونه من دعم وتسهيلات في الدولة.",
        "ar",
    )
    assert sorted(said(ex)) == [
        ("جواو سيلفا", "تقديرهم لما يلقونه من دعم وتسهيلات في الدولة"),
        ("هالة سمير الدباس", "تقديرهم لما يلقونه من دعم وتسهيلات في الدولة"),
    ]


# ---- "wa-kibar al-sinn" (and the elderly) closing a ministry's portfolio is no name ----
def test_ar_the_elderly_in_a_portfolio_is_no_name_and_the_minister_named_after_it_is():
    ex = run(
        "وكانت بعثة أممية قد عقدت أمس جلسة عمل مع وزيرة الأسرة والمرأة والطفولة وكبار السن، "
        "هالة سمير الدباس، خصصت لبحث برامج الحماية الاجتماعية.",
        "ar",
    )
    assert names(ex, "Official") == {"هالة سمير الدباس"}
