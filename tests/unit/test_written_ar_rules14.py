"""Arabic news-agency constructions (issue #10: extraction that holds on unseen copy): sentences
written for these tests."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run, said


# ---- a verb of saying's object glued to «ب» ends its subject's title ----
def test_ar_object_of_a_stance_verb_is_no_part_of_its_subjects_title():
    ex = run(
        "خبر\n\n"
        "التقى رئيس مجلس النواب علي سلمان الزايد اليوم السفير الياباني هيروشي تاناكا.\n"
        "وأشاد رئيس مجلس النواب بمستوى العلاقات الثنائية بين البلدين.",
        "ar",
    )
    # «بمستوى العلاقات» is what «أشاد» governs: no official «رئيس مجلس النواب بمستوى …»
    assert names(ex, "Official") == {"علي سلمان الزايد", "هيروشي تاناكا"}
    assert ("علي سلمان الزايد", "بمستوى العلاقات الثنائية بين البلدين") in rels(ex, "SAID")


def test_ar_object_of_a_welcome_verb_after_a_ministers_field():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية منصور عادل الكعبي اليوم المبعوث الأممي بيتر لارسن.\n"
        "ورحب وزير الخارجية بالتقدم المحرز في المفاوضات.",
        "ar",
    )
    said = rels(ex, "SAID")
    assert ("منصور عادل الكعبي", "بالتقدم المحرز في المفاوضات") in said


def _agencies(ex) -> dict[str, str | None]:
    return {e.name: e.country for e in ex.entities if e.type == "Agency"}


# ---- a headline's minister with a nisba is the body's bare-titled minister: one ministry ----
def test_ar_headline_nisba_gives_the_bare_ministry_of_the_body_its_country():
    ex = run(
        "بحث وزير الخارجية ماهر جاسم الربيعي مع السفير الإسباني لدى بغداد خوسيه مارتينيز "
        "العلاقات الثنائية.\n"
        "وأكد الوزير أهمية تعزيز التعاون الاقتصادي.",
        "ar",
        title="وزير الخارجية العراقي يبحث مع السفير الإسباني العلاقات الثنائية",
    )
    # one foreign ministry, Iraq's, not «وزارة الخارجية» and «وزارة الخارجية العراقية»
    foreign = {n: c for n, c in _agencies(ex).items() if "الخارجية" in n}
    assert list(foreign.values()) == ["IRQ"]
    (ministry,) = foreign
    assert ("ماهر جاسم الربيعي", ministry) in rels(ex, "MEMBER_OF")
    assert (ministry, "العراق") in rels(ex, "MEMBER_OF")


def test_ar_headline_minister_is_the_body_minister_beside_other_officials_of_his_country():
    ex = run(
        "عقد وزير الخارجية الشيخ سالم عبدالله الجابر جلسة مباحثات رسمية مع نظيره المغربي "
        "كريم بنسعيد اليوم.\n"
        "وحضر الجلسة مساعد وزير الخارجية لشؤون آسيا السفير نواف خالد المطيري وسفير دولة الكويت "
        "لدى المغرب منصور فهد العنزي.",
        "ar",
        title="وزير الخارجية الكويتي يعقد جلسة مباحثات مع نظيره المغربي",
    )
    # «وزير الخارجية الكويتي» is the body's minister, though an ambassador of Kuwait is named too
    assert "وزير الخارجية الكويتي" not in names(ex, "Official")
    kuwaiti = [n for n, c in _agencies(ex).items() if c == "KWT"]
    assert len(kuwaiti) == 1 and not [n for n, c in _agencies(ex).items() if c is None]
    assert ("سالم عبدالله الجابر", kuwaiti[0]) in rels(ex, "MEMBER_OF")
    assert ("نواف خالد المطيري", kuwaiti[0]) in rels(ex, "MEMBER_OF")


# ---- a portfolio's field may be a region's bare name («لشؤون آسيا») ----
def test_ar_assistant_minister_for_a_region_named_without_article():
    ex = run(
        "استقبل وزير الخارجية عبدالله ناصر الهاجري اليوم سفير اليونان نيكوس ديميتريو.\n"
        "وحضر اللقاء مساعد وزير الخارجية لشؤون أوروبا السفير خالد يوسف النعيمي.",
        "ar",
    )
    # the title ends at the region, the rank after it is a title of its own
    posts = ent(ex, "خالد يوسف النعيمي").title.split("، ")
    assert "مساعد وزير الخارجية لشؤون أوروبا" in posts
    assert ("خالد يوسف النعيمي", "نيكوس ديميتريو") in rels(ex, "MET_WITH")


# ---- «رئيس الوزراء» of a headline is the body's «رئيس مجلس الوزراء» / «رئيس الحكومة» ----
def test_ar_headline_prime_minister_is_the_head_of_the_council_of_ministers():
    ex = run(
        "التقى رئيس مجلس الوزراء وليد عبدالله المصري في السراي الحكومي اليوم السفيرة الكندية "
        "في بيروت آن ماري تريمبلاي.",
        "ar",
        title="رئيس الوزراء اللبناني يلتقي السفيرة الكندية",
    )
    assert "رئيس الوزراء اللبناني" not in names(ex, "Official")
    assert ent(ex, "وليد عبدالله المصري").country == "LBN"


def test_ar_headline_prime_minister_is_the_head_of_the_government():
    ex = run(
        "استقبل رئيس الحكومة سعيد محمد العلمي، اليوم بالرباط، وزير الخارجية البرتغالي جواو ألميدا.",
        "ar",
        title="رئيس الوزراء المغربي يستقبل وزير الخارجية البرتغالي",
    )
    assert "رئيس الوزراء المغربي" not in names(ex, "Official")
    assert met(ex) == {frozenset({"سعيد محمد العلمي", "جواو ألميدا"})}


def test_ar_headline_prime_minister_is_not_the_deputy_head_of_the_council():
    ex = run(
        "استقبل نائب رئيس مجلس الوزراء وزير الخارجية وليد عبدالله المصري اليوم السفيرة الكندية "
        "آن ماري تريمبلاي.",
        "ar",
        title="رئيس الوزراء اللبناني يلتقي السفيرة الكندية",
    )
    assert "رئيس الوزراء اللبناني" not in ent(ex, "وليد عبدالله المصري").aliases


# ---- «أمين سر» (secretary of a council or committee) is one title ----
def test_ar_secretary_of_a_committee_is_a_title_not_a_name():
    ex = run(
        "استقبل رئيس الوزراء محمد عادل مصطفى اليوم المبعوث الإيطالي ماركو بيانكي.\n"
        "وحضر اللقاء أمين سر اللجنة التنفيذية لمنظمة التحرير الفلسطينية رامي فؤاد العلي.",
        "ar",
    )
    assert "سر" not in names(ex, "Official")
    assert ("رامي فؤاد العلي", "اللجنة التنفيذية لمنظمة التحرير الفلسطينية") in rels(
        ex, "MEMBER_OF"
    )
    assert ("رامي فؤاد العلي", "ماركو بيانكي") in rels(ex, "MET_WITH")


# ---- a given name written with the article after a title's nisba (al-Tahir, al-Habib) ----
def test_ar_given_name_with_the_article_after_a_nisba_starts_the_name():
    ex = run(
        "استقبل رئيس الجمهورية قيس عادل الحمامي اليوم بقصر قرطاج وزير الخارجية الليبي "
        "الطاهر سالم القماطي.",
        "ar",
    )
    o = ent(ex, "الطاهر سالم القماطي")
    assert o.country == "LBY"
    assert ("قيس عادل الحمامي", "الطاهر سالم القماطي") in rels(ex, "MET_WITH")
    ministry = ent(ex, "وزارة الخارجية الليبية").name
    assert ("الطاهر سالم القماطي", ministry) in rels(ex, "MEMBER_OF")


def test_ar_given_name_with_the_article_after_a_nisba_another_name():
    ex = run(
        "التقى وزير الخارجية السوداني المختار عمر البشير اليوم سفير النرويج لدى الخرطوم "
        "إريك هانسن.",
        "ar",
    )
    assert ent(ex, "المختار عمر البشير").country == "SDN"


# ---- «خلال لقائه به» / «خلال لقائهما»: the clause's subject and object met ----
def test_ar_briefing_during_his_meeting_with_him_is_a_meeting():
    ex = run(
        "أطلع وزير الخارجية سمير فؤاد الحسيني المبعوث الهولندي بيتر فان دايك على آخر التطورات، "
        "خلال لقائه به في مقر الوزارة اليوم.",
        "ar",
    )
    assert met(ex) == {frozenset({"سمير فؤاد الحسيني", "بيتر فان دايك"})}


def test_ar_handing_a_letter_during_their_meeting_is_a_meeting():
    ex = run(
        "سلم رئيس مجلس النواب عادل حسن المعايطة السفير الياباني كينجي ساتو رسالة خطية "
        "خلال لقائهما اليوم في عمان.",
        "ar",
    )
    assert met(ex) == {frozenset({"عادل حسن المعايطة", "كينجي ساتو"})}


def test_ar_their_meeting_to_come_is_no_meeting():
    ex = run(
        "وسيسلم رئيس مجلس النواب عادل حسن المعايطة السفير الياباني كينجي ساتو رسالة خطية "
        "خلال لقائهما غدا في عمان.",
        "ar",
    )
    assert met(ex) == set()


# ---- a foreign name word spelled like an imperfect verb, the sentence's full stop after it ----
def test_ar_foreign_name_starting_like_a_verb_before_the_full_stop():
    ex = run(
        "التقى وزير الخارجية سمير فؤاد الحسيني اليوم المبعوث الهولندي يان ديكرز.",
        "ar",
    )
    assert ("سمير فؤاد الحسيني", "يان ديكرز") in rels(ex, "MET_WITH")


def test_ar_foreign_family_name_starting_like_a_verb_before_the_full_stop():
    ex = run(
        "استقبل رئيس مجلس الشورى ناصر علي الغامدي اليوم السفير السويدي كارل يوهانسون.",
        "ar",
    )
    assert ("ناصر علي الغامدي", "كارل يوهانسون") in rels(ex, "MET_WITH")


# ---- the protocol style «دولة» before a prime minister's name is no name word ----
def test_ar_style_dawla_before_a_name_is_not_part_of_it():
    ex = run(
        "استقبل رئيس الجمهورية سالم عادل النقبي اليوم دولة ميخائيل دراغوميرسكو رئيس وزراء "
        "رومانيا والوفد المرافق له.",
        "ar",
    )
    assert ent(ex, "ميخائيل دراغوميرسكو").country == "ROU"
    assert "دولة ميخائيل دراغوميرسكو" not in names(ex, "Official")


# ---- a family name that is a nisba, alone as a verb's subject, is the official, no country ----
def test_ar_family_name_nisba_as_subject_names_no_country():
    ex = run(
        "استقبل رئيس مجلس الوزراء حيدر كاظم السوداني اليوم وزير الخارجية الهولندي بيتر "
        "فان دايك.\n"
        "وأكد السوداني حرص العراق على تطوير العلاقات مع هولندا.",
        "ar",
    )
    assert "SDN" not in {e.country for e in ex.entities if e.type == "Country"}
    assert any(sp == "حيدر كاظم السوداني" for sp, _q in said(ex))


def test_ar_nisba_after_a_title_still_names_the_country():
    ex = run(
        "استقبل رئيس مجلس الوزراء حيدر كاظم السوداني اليوم السفير السوداني عمر بشير الطيب.",
        "ar",
    )
    assert ent(ex, "عمر بشير الطيب").country == "SDN"


# ---- Greece's official name in protocol copy ----
def test_ar_hellenic_republic_is_greece():
    ex = run(
        "استقبل رئيس الدولة سالم عادل الكعبي اليوم رئيس وزراء الجمهورية الهيلينية نيكوس أندريادس.",
        "ar",
    )
    assert ent(ex, "نيكوس أندريادس").country == "GRC"


# ---- «وX النائب Y»: a post joined by «و» before an MP's style and a name is that name's ----
def test_ar_joined_post_before_the_mp_style_belongs_to_the_next_name():
    ex = run(
        "استقبل رئيس مجلس الأمة خالد عادل الرومي اليوم رئيس مجلس النواب الأردني سمير "
        "فؤاد العبادي.\n"
        "وحضر اللقاء نائب رئيس مجلس الأمة فيصل محمد الدوسري ورئيس لجنة الشؤون الخارجية "
        "النائب مبارك سعد العجمي.",
        "ar",
    )
    assert ("مبارك سعد العجمي", "لجنة الشؤون الخارجية") in rels(ex, "MEMBER_OF")
    assert ("فيصل محمد الدوسري", "لجنة الشؤون الخارجية") not in rels(ex, "MEMBER_OF")
