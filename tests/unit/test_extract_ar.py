"""Arabic relation rules, on sentences written for these tests (not from the dev set)."""

from .helpers import ent, met, names, rels, run, said


def test_official_title_then_name_with_nisba_country():
    ex = run("وصل وزير الدفاع الأردني خالد العمري إلى تونس.", "ar")
    o = ent(ex, "خالد العمري")
    assert o.type == "Official" and o.country == "JOR"
    assert "وزير الدفاع الأردني" in o.title


def test_role_implies_ministry_and_ministry_country():
    ex = run("وصل وزير الدفاع الأردني خالد العمري إلى تونس.", "ar")
    ministry = ent(ex, "وزارة الدفاع")
    assert ministry.type == "Agency" and ministry.country == "JOR"
    assert "وزارة الدفاع الأردنية" in ministry.aliases or ministry.name == "وزارة الدفاع الأردنية"
    assert ("خالد العمري", ministry.name) in rels(ex, "MEMBER_OF")
    assert (ministry.name, ent(ex, "الأردن").name) in rels(ex, "MEMBER_OF")


def test_name_then_title():
    ex = run("وقال سالم الهاشمي نائب رئيس هيئة الموانئ إن العمل مستمر في الميناء.", "ar")
    assert "سالم الهاشمي" in names(ex, "Official")
    assert ("سالم الهاشمي", "هيئة الموانئ") in rels(ex, "MEMBER_OF")


def test_met_verb_subject_and_object():
    ex = run("استقبل وزير الدفاع الأردني خالد العمري رئيس الوفد التونسي منير الصغير في عمان.", "ar")
    assert frozenset({"خالد العمري", "منير الصغير"}) in met(ex)
    assert ("منير الصغير", ent(ex, "الوفد التونسي").name) in rels(ex, "MEMBER_OF")
    assert (ent(ex, "الوفد التونسي").name, ent(ex, "تونس").name) in rels(ex, "MEMBER_OF")


def test_met_verb_with_bi_object_and_coordination():
    ex = run(
        "اجتمع وزير المالية سامر الخطيب بمحافظ البنك المركزي هاني المصري، ورئيس الهيئة العامة "
        "للاستثمار نادر فهمي.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"سامر الخطيب", "هاني المصري"}) in pairs
    assert frozenset({"سامر الخطيب", "نادر فهمي"}) in pairs


def test_pro_drop_subject_carries_from_previous_sentence():
    ex = run(
        "وصل وزير الدفاع الأردني خالد العمري إلى تونس. والتقى رئيس الحكومة التونسية منصف بلحاج.",
        "ar",
    )
    assert frozenset({"خالد العمري", "منصف بلحاج"}) in met(ex)


def test_meeting_noun_with_counterpart():
    ex = run(
        "وقال وزير الداخلية العراقي حيدر الساعدي إن الاجتماع مع الوفد الكويتي كان مثمرا.", "ar"
    )
    assert frozenset({"حيدر الساعدي", ent(ex, "الوفد الكويتي").name}) in met(ex)


def test_attendance_joins_the_current_meeting():
    ex = run(
        "التقى وزير الداخلية العراقي حيدر الساعدي الوفد الكويتي في بغداد. وعقد الاجتماع بحضور "
        "رئيس جهاز الأمن الوطني رائد الجبوري.",
        "ar",
    )
    assert frozenset({"رائد الجبوري", ent(ex, "الوفد الكويتي").name}) in met(ex)


def test_delegation_composition():
    ex = run(
        "وصل الوفد الكويتي إلى بغداد. ويضم الوفد العميد فهد العنزي والسفير ناصر الدوسري.", "ar"
    )
    dele = ent(ex, "الوفد الكويتي").name
    member = rels(ex, "MEMBER_OF")
    assert ("فهد العنزي", dele) in member
    assert ("ناصر الدوسري", dele) in member


def test_said_reported_speech_and_carry_over():
    ex = run(
        "قال وزير الداخلية العراقي حيدر الساعدي إن الحدود آمنة تماما. وأضاف أن التعاون مع الجيران "
        "مستمر.",
        "ar",
    )
    s = said(ex)
    assert ("حيدر الساعدي", "إن الحدود آمنة تماما") in s
    assert any(sp == "حيدر الساعدي" and "التعاون مع الجيران مستمر" in q for sp, q in s)


def test_said_direct_quote():
    ex = run(
        "وقال رئيس الوزراء المغربي يوسف العلوي: «سنواصل الإصلاحات الاقتصادية هذا العام».", "ar"
    )
    assert ("يوسف العلوي", "سنواصل الإصلاحات الاقتصادية هذا العام") in said(ex)


def test_agency_speaker_through_anaphor():
    ex = run(
        "أصدرت وزارة الخارجية الأردنية بيانا صباح اليوم. وقالت الوزارة إن السفير سيعود إلى عمله "
        "قريبا.",
        "ar",
    )
    s = said(ex)
    assert any(sp == ent(ex, "وزارة الخارجية الأردنية").name and "السفير سيعود" in q for sp, q in s)


def test_according_to_clause():
    ex = run("وبحسب بيان لوزارة الصحة التونسية، تم تسجيل تحسن كبير في الخدمات الصحية.", "ar")
    s = said(ex)
    assert any("تسجيل تحسن كبير" in q for _, q in s)


def test_surname_only_mention_resolves_to_full_name():
    ex = run(
        "قال وزير الداخلية العراقي حيدر الساعدي إن الحدود آمنة. وأكد «الساعدي» أن العمل مستمر بلا "
        "توقف.",
        "ar",
    )
    o = ent(ex, "حيدر الساعدي")
    assert "الساعدي" in o.aliases
    assert len(names(ex, "Official")) == 1
    assert sum(1 for sp, _ in said(ex) if sp == "حيدر الساعدي") == 2


def test_capital_and_nisba_reach_the_country():
    # the capital a delegation arrives in is its venue (FORMAT.md: a venue creates no country)
    ex = run("وصل الوفد الكويتي إلى القاهرة أمس.", "ar")
    assert names(ex, "Country") == {"الكويت"}
    ex = run("وصل الوفد الكويتي إلى القاهرة أمس، وقال إن مصر شريك مهم.", "ar")
    assert "القاهرة" in ent(ex, "مصر").aliases


def test_person_never_merges_with_country():
    ex = run("قال السفير الأردني هاشم الأردني إن الزيارة ناجحة جدا.", "ar")
    types = {e.id.split(":")[0] for e in ex.entities}
    assert "Official" in types and "Country" in types


def test_bare_title_needs_its_governed_noun_to_match():
    ex = run(
        "استقبل الرئيس المصري حسن فاروق السفير الكندي. كما التقى رئيس المخابرات العامة المصرية "
        "اللواء سمير نصار.",
        "ar",
    )
    hassan = ent(ex, "حسن فاروق")
    assert not any("المخابرات" in a for a in hassan.aliases)
    assert ("سمير نصار", ent(ex, "المخابرات العامة المصرية").name) in rels(ex, "MEMBER_OF")


def test_two_unmarked_and_marked_ministers_are_two_ministries():
    ex = run("التقى وزير الخارجية الأمريكي جون هاريس وزير الخارجية سمير عادل في القاهرة.", "ar")
    harris = ent(ex, "جون هاريس")
    member = {(a, b) for a, b in rels(ex, "MEMBER_OF")}
    targets = {b for a, b in member if a == "سمير عادل"}
    us = {e.id for e in ex.entities if e.type == "Agency" and e.country == "USA"}
    assert targets and all(ent(ex, t).id not in us for t in targets)
    assert harris.country == "USA"


def test_ministry_gets_one_canonical_name_across_phrasings_and_languages():
    ar = run(
        "قال وزير الخارجية المصري سامي فؤاد إن المحادثات مستمرة. وأكدت وزارة الشؤون الخارجية "
        "المصرية أن الوفد سيعود.",
        "ar",
    )
    en = run("Egyptian Foreign Minister Sami Fouad said talks were continuing.", "en")
    ar_ids = {e.id for e in ar.entities if e.type == "Agency" and e.kind == "ministry"}
    en_ids = {e.id for e in en.entities if e.type == "Agency" and e.kind == "ministry"}
    assert len(ar_ids) == 1 and ar_ids == en_ids
    assert ent(ar, "وزارة الخارجية").country == "EGY"


def test_the_name_ali_is_not_the_preposition():
    ex = run("وصل السفير الأردني لدى السعودية علي الكايد إلى الرياض.", "ar")
    assert "علي الكايد" in names(ex, "Official")


def test_two_titles_in_a_row_and_spokesman_speaks():
    ex = run(
        "وأوضح المتحدث الرسمي باسم وزارة الخارجية التونسية السفير كمال بن يوسف، في تصريح صحفي، أن "
        "الزيارة ناجحة جدا.",
        "ar",
    )
    o = ent(ex, "كمال بن يوسف")
    assert o.country == "TUN"
    assert any(sp == "كمال بن يوسف" and "الزيارة ناجحة" in q for sp, q in said(ex))


def test_phone_call_is_no_meeting():
    # the annotation conventions: phone and video calls are never MET_WITH
    ex = run(
        "أجرى وزير الخارجية التونسي كمال بن يوسف اتصالاً هاتفياً مع نظيره الجزائري أحمد عطاف.", "ar"
    )
    assert {"كمال بن يوسف", "أحمد عطاف"} <= names(ex, "Official")
    assert not met(ex)


def test_a_city_alone_names_no_country_but_joins_a_named_one():
    alone = run("وصل الوفد إلى بنغازي صباح اليوم.", "ar")
    assert "ليبيا" not in names(alone, "Country")
    both = run("وصل الوفد الليبي إلى بنغازي صباح اليوم.", "ar")
    assert "بنغازي" in ent(both, "ليبيا").aliases


def test_compound_names_and_a_statement_by_the_ministry():
    ex = run(
        "عقد وزير الداخلية العراقي عبد الأمير الساعدي اجتماعا مع السفير التركي لدى العراق أنور "
        "كايا. "
        "وذكر بيان للوزارة أن الجانبين ناقشا أمن الحدود. وشدد الوزير على أهمية التعاون المشترك.",
        "ar",
    )
    assert frozenset({"عبد الأمير الساعدي", "أنور كايا"}) in met(ex)
    ministry = ent(ex, "وزارة الداخلية").name
    assert any(sp == ministry and "ناقشا أمن الحدود" in q for sp, q in said(ex))
    assert any(sp == "عبد الأمير الساعدي" and "أهمية التعاون" in q for sp, q in said(ex))
    assert "لوزارة" not in ent(ex, "وزارة الداخلية").aliases


def test_long_portfolio_titles_and_reported_clauses():
    ex = run(
        "استقبل رئيس الجمهورية سالم بن علي رئيسة الحكومة ليلى حسن، ووزير الشؤون الخارجية والهجرة "
        "والتونسيين بالخارج منير عمار. "
        "وقالت رئاسة الجمهورية في بيان إن رئيس الدولة شدد على ضرورة احترام المواعيد.",
        "ar",
    )
    assert "منير عمار" in names(ex, "Official")
    assert not any("الشؤون" in t for t in (ent(ex, "ليلى حسن").title or "").split("،"))
    # the presidency's statement, and the head of state's inside it (a reporting clause of its own)
    statements = said(ex)
    assert len(statements) == 2 and "شدد على ضرورة احترام المواعيد" in statements[0][1]
    assert statements[1] == ("سالم بن علي", "ضرورة احترام المواعيد")


def test_quote_starts_at_the_complementiser_not_an_earlier_comma():
    ex = run(
        "وأوضح وزير الخارجية التونسي منير عمار، في تصريح صحفي، أن اللقاء تناول سبل التعاون.", "ar"
    )
    assert ("منير عمار", "أن اللقاء تناول سبل التعاون") in said(ex)


def test_ar_a_capital_that_is_only_the_venue_names_no_country():
    ex = run("التقى وزير الخارجية الأردني سالم حمدان نظيره السوداني في الدوحة وبيروت.", "ar")
    assert names(ex, "Country") == {"الأردن", "السودان"}
    # a capital that acts names its country
    ex = run("وأكدت الدوحة دعمها للحل.", "ar")
    assert names(ex, "Country") == {"قطر"}
