"""Arabic titles in construct and protocol styles (issue #10: officials on unseen agency copy):
sentences written for these tests."""

from __future__ import annotations

from graphbuild.lang import load_lexicon

from .helpers import ent, rels, run


def _officials(ex) -> set[str]:
    return {e.name for e in ex.entities if e.type == "Official"}


# ---- a title of two nouns is also written in construct, the article on its last noun ----
def test_ar_construct_of_a_listed_title_is_derived_for_titles_of_no_agency():
    titles = load_lexicon("ar").titles
    # «رئيس الوزراء» and «ولي العهد» imply no agency: their construct forms are the same title
    assert titles["رييس وزراء"][2] == "prime minister"
    assert titles["ولي عهد"][2] == "crown prince"


def test_ar_prime_minister_of_a_country_in_construct_is_one_official():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية سالم حمد الشامسي اليوم رئيس وزراء جمهورية بيرو لويس ألبرتو "
        "كاسترو الذي يزور البلاد حاليا.",
        "ar",
    )
    # «وزراء» is governed by «رئيس» (one prime minister), not a plural head naming no one
    assert ent(ex, "لويس ألبرتو كاسترو").country == "PER"
    assert ("سالم حمد الشامسي", "لويس ألبرتو كاسترو") in rels(ex, "MET_WITH")


def test_ar_deputy_prime_minister_in_construct():
    ex = run(
        "خبر\n\n"
        "التقى رئيس مجلس النواب عادل منصور الفايز اليوم نائبة رئيس وزراء فنلندا آنا "
        "كوسكينن.",
        "ar",
    )
    assert ent(ex, "آنا كوسكينن").country == "FIN"
    assert ("عادل منصور الفايز", "آنا كوسكينن") in rels(ex, "MET_WITH")


def test_ar_crown_prince_of_a_country_in_construct():
    ex = run(
        "خبر\n\n"
        "استقبل الرئيس المصري أحمد فؤاد الشريف اليوم ولي عهد مملكة البحرين خالد بن راشد آل "
        "خليفة.",
        "ar",
    )
    assert "خالد بن راشد آل خليفة" in _officials(ex)
    assert ("أحمد فؤاد الشريف", "خالد بن راشد آل خليفة") in rels(ex, "MET_WITH")


def test_ar_later_prime_minister_by_nisba_is_the_one_named_in_construct():
    ex = run(
        "خبر\n\n"
        "وصل رئيس وزراء اليابان كينتارو موريتا إلى الرياض اليوم في زيارة رسمية.\n"
        "واستقبل ولي العهد رئيس مجلس الوزراء رئيس الوزراء الياباني في قصر اليمامة.",
        "ar",
    )
    # the bare «رئيس الوزراء الياباني» is the Japanese prime minister named before, not another
    assert "رئيس الوزراء الياباني" not in _officials(ex)
    assert "رئيس الوزراء الياباني" in ent(ex, "كينتارو موريتا").aliases


# ---- a plural title head: unchanged ----
def test_ar_plural_head_still_names_each_listed_official():
    ex = run(
        "خبر\n\n"
        "اجتمع وزراء خارجية مصر والأردن والعراق، سامح فؤاد النجار ونبيل سالم العمري وحيدر "
        "كاظم الموسوي، اليوم في عمان.",
        "ar",
    )
    assert {"سامح فؤاد النجار", "نبيل سالم العمري", "حيدر كاظم الموسوي"} <= _officials(ex)


# ---- a protocol style before a title is never a name ----
def test_ar_style_before_a_prime_ministers_title_is_no_name():
    ex = run(
        "خبر\n\n"
        "وصل رئيس الوزراء الإيطالي ماركو فيراري إلى تونس اليوم.\n"
        "واستقبل الرئيس التونسي منصف علي الحامدي دولة رئيس الوزراء الإيطالي في قصر قرطاج.",
        "ar",
    )
    assert "دولة" not in _officials(ex)
    assert ("منصف علي الحامدي", "ماركو فيراري") in rels(ex, "MET_WITH")


def test_ar_the_name_anna_is_no_pronoun():
    ex = run("خبر\n\nوقالت وزيرة الخارجية السويدية آنا ليندبرغ إن بلادها تدعم الحوار.", "ar")
    # «آنا» folds onto the pronoun «أنا»; written with the madda it is the given name
    assert ent(ex, "آنا ليندبرغ").country == "SWE"


def test_ar_style_before_a_kings_title_is_no_name():
    ex = run(
        "خبر\n\n"
        "وأعرب سماحة المفتي العام عن شكره، فيما استقبل جلالة الملك رئيسة وزراء النرويج "
        "إنغريد هولم.",
        "ar",
    )
    assert not {"سماحة", "جلالة"} & _officials(ex)


# ---- a country's regular nisba where no data package gives one ----
def test_ar_regular_nisba_of_a_country_gives_the_officials_country():
    ex = run("خبر\n\nاستقبل الرئيس الغاني كوفي أمبوفو منساه اليوم سفير اليابان تارو سوزوكي.", "ar")
    assert ent(ex, "كوفي أمبوفو منساه").country == "GHA"


# ---- a feminine given name spelled with the pronoun's letter, before the father's name ----
def test_ar_feminine_name_in_h_before_a_listed_name_is_a_name():
    ex = run(
        "خبر\n\nبحثت وزيرة المالية نوره سليمان الفصام اليوم مع السفير الياباني تارو سوزوكي "
        "سبل التعاون.",
        "ar",
    )
    assert "نوره سليمان الفصام" in _officials(ex)


def test_ar_pronoun_suffixed_noun_before_no_listed_name_stays_no_name():
    ex = run("خبر\n\nوأكد الوزير خالد سالم العنزي ترحيبه بالوفد الزائر.", "ar")
    assert _officials(ex) == {"خالد سالم العنزي"}


# ---- a name spelled like a feminine verb, closed by the colon of an attribution line ----
def test_ar_name_like_a_feminine_verb_before_the_colon_of_an_attribution():
    ex = run(
        "خبر\n\nما يلي منسوب إلى المتحدثة باسم وزارة الخارجية تيريزا بروكس:\n"
        "التقى وزير الخارجية ماركو ليندن اليوم بوزير الخارجية العماني سالم بن ناصر الحارثي.",
        "ar",
    )
    assert "تيريزا بروكس" in _officials(ex)
    assert any(r.source == ent(ex, "تيريزا بروكس").id for r in ex.relations if r.type == "SAID")


def test_ar_feminine_verb_after_a_feminine_title_stays_a_verb():
    ex = run("خبر\n\nوقالت الوزيرة سلمى فؤاد الخطيب إن الوزيرة تتابع الملف مع الشركاء.", "ar")
    assert _officials(ex) == {"سلمى فؤاد الخطيب"}


# ---- protocol styles of sovereigns and the Malaysian styles are no names ----
def test_ar_malaysian_style_is_no_part_of_the_name():
    ex = run(
        "خبر\n\nقام دولة رئيس وزراء ماليزيا داتو سري حسن عزمي بن يوسف بزيارة رسمية إلى "
        "الكويت، حيث التقى رئيس مجلس الوزراء الكويتي أحمد عبدالله الصباح.",
        "ar",
    )
    assert "حسن عزمي بن يوسف" in _officials(ex)
    assert not any(n.startswith("داتو") for n in _officials(ex))


def test_ar_his_majesty_style_is_no_official():
    ex = run(
        "خبر\n\nاستقبل حضرة صاحب الجلالة السلطان اليوم رئيس وزراء اليابان كينتارو موريتا.",
        "ar",
    )
    assert "صاحب الجلالة" not in _officials(ex)
    assert ("السلطان", "كينتارو موريتا") in rels(ex, "MET_WITH")


# ---- a title after a name, then a comma and the verb of the next clause: the name's ----
def test_ar_title_after_a_name_before_a_comma_and_a_verb_is_the_names():
    ex = run(
        "خبر\n\nبدعوة من الأمير فيصل بن خالد ولي العهد، قام الرئيس الفرنسي جان بيير لوران "
        "بزيارة رسمية إلى البلاد.",
        "ar",
    )
    assert "ولي العهد" not in _officials(ex)
    assert "ولي العهد" in (ent(ex, "فيصل بن خالد").title or "")


# ---- a joint statement's headline names no single speaker of the body ----
def test_ar_joint_statement_headline_gives_its_body_to_no_one_party():
    ex = run(
        "بدعوة من الرئيس التونسي منصف علي الحامدي، قام رئيس وزراء البرتغال جواو فيريرا بزيارة "
        "رسمية إلى تونس.",
        "ar",
        title="بيان مشترك في ختام زيارة رئيس وزراء البرتغال جواو فيريرا",
    )
    assert not [r for r in ex.relations if r.type == "SAID"]


# ---- "to" a country after a title that named its country: the visit's end, not a post ----
def test_ar_visit_to_a_country_is_no_part_of_the_title():
    ex = run(
        "بدعوة من الرئيس التونسي منصف علي الحامدي، قام رئيس وزراء البرتغال جواو فيريرا بزيارة "
        "رسمية إلى تونس.\nوأكد الجانبان أهمية تعزيز التعاون بين البلدين.",
        "ar",
        title="بيان مشترك في ختام زيارة رئيس وزراء البرتغال إلى الجمهورية التونسية",
    )
    assert not any("إلى" in a for e in ex.entities for a in (e.name, *e.aliases))
    speakers = {r.source for r in ex.relations if r.type == "SAID"}
    assert len(speakers) == 2  # both parties of the joint statement's headline


def test_ar_an_envoy_to_a_country_keeps_the_post():
    ex = run(
        "خبر\n\nالتقى الوزير خالد سالم العنزي اليوم المبعوث الأمريكي الخاص إلى اليمن تيم هاردينغ.",
        "ar",
    )
    assert "المبعوث الأمريكي الخاص إلى اليمن" in (ent(ex, "تيم هاردينغ").title or "")


# ---- a family name after «الوزير», then the object's title: the minister named before ----
def test_ar_minister_by_family_name_before_the_objects_title():
    ex = run(
        "خبر\n\nصرح المتحدث الرسمي باسم وزارة الخارجية السفير حسام فؤاد الشافعي بأن الوزير "
        "كريم حسن الجندي التقى اليوم وزيرة الخارجية الكينية أمينة واريو.\n"
        "كما التقى الوزير الجندي رئيس مفوضية الاتحاد الأفريقي موسى داود.",
        "ar",
    )
    assert ("كريم حسن الجندي", "موسى داود") in rels(ex, "MET_WITH")
    assert "الوزير الجندي" not in (ent(ex, "موسى داود").title or "")


# ---- a bare ministry written before a foreign minister's title is the home one, another body ----
def test_ar_bare_ministry_before_a_foreign_ministers_title_is_another_body():
    ex = run(
        "خبر\n\nصرح المتحدث الرسمي باسم وزارة الخارجية السفير حسام فؤاد الشافعي بأن الوزير "
        "كريم حسن الجندي التقى اليوم وزيرة الخارجية الكينية أمينة واريو.",
        "ar",
    )
    spokesman = ent(ex, "حسام فؤاد الشافعي")
    assert spokesman.country != "KEN"
    bodies = [e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"]
    assert len(bodies) == 2


def test_ar_bare_ministry_after_the_ministers_title_is_that_ministry():
    ex = run(
        "خبر\n\nوصف وزير الداخلية الليبي سالم عمر الورفلي المباحثات بأنها مثمرة.\n"
        "وقالت الوزارة إن الاجتماع يأتي ضمن السياسات الأمنية لوزارة الداخلية.",
        "ar",
    )
    bodies = [e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"]
    assert len(bodies) == 1 and bodies[0].country == "LBY"


# ---- "X met his <nisba> counterpart": the one official of that country, never the topic ----
def test_ar_counterpart_by_nisba_is_the_one_official_of_that_country():
    ex = run(
        "خبر\n\nوكان وزير الخارجية عبدالله علي اليحيا قد أعلن الزيارة أمس.\n"
        "واستقبل ولي العهد الشيخ ناصر خالد الصباح اليوم وزير خارجية أذربيجان رحيم بيراموف.\n"
        "وفي وقت لاحق التقى الوزير اليحيا نظيره الأذربيجاني حيث بحثا العلاقات.",
        "ar",
    )
    met = rels(ex, "MET_WITH")
    host, minister = "ناصر خالد الصباح", "عبدالله علي اليحيا"
    assert (host, minister) not in met and (minister, host) not in met
    assert (minister, "رحيم بيراموف") in met or ("رحيم بيراموف", minister) in met
