"""Arabic agency-copy forms met in whole dispatches written for the project (eval/written): names
before and after long posts, words that open the next phrase, states named by their style
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, names, rels, run, said

# ---- "and" + a verbal noun continues a minister's portfolio; it starts no name ------------------
PORTFOLIOS = [
    (
        "التقى أمس الدكتور ماجد بن خلفان الهاشمي وزير التجارة والصناعة وترويج الاستثمار.",
        "ماجد بن خلفان الهاشمي",
    ),
    (
        "استقبل وزير التجارة والصناعة وترويج الاستثمار الدكتور ماجد بن خلفان الهاشمي السفير.",
        "ماجد بن خلفان الهاشمي",
    ),
    (
        "وحضر اللقاء المهندس سعيد راشد العامري وزير الإسكان وتطوير المدن.",
        "سعيد راشد العامري",
    ),
]


@pytest.mark.parametrize("text,name", PORTFOLIOS)
def test_ar_and_verbal_noun_continues_the_portfolio(text, name):
    ex = run(text, "ar")
    assert names(ex, "Official") == {name}
    member = {s for s, _ in rels(ex, "MEMBER_OF")}
    assert member == {name}


# ---- a perfect verb or an adverb after a name and its post is no name --------------------------
AFTER_POST = [
    (
        "صرح المتحدث بأن الدكتور هاني سامي البنا وزير الخارجية تلقى اتصالا هاتفيا اليوم.",
        "هاني سامي البنا",
        "تلقى",
    ),
    (
        "أفاد بيان بأن السفيرة ليلى حسن العطار مساعدة وزير الخارجية تلقت دعوة رسمية.",
        "ليلى حسن العطار",
        "تلقت",
    ),
    (
        "وقالت الوزيرة في مؤتمر صحفي مع وزير المالية عقب التوقيع إن المنحة تدعم المدارس.",
        None,
        "عقب",
    ),
]


@pytest.mark.parametrize("text,name,word", AFTER_POST)
def test_ar_verb_or_adverb_after_a_post_is_no_name(text, name, word):
    officials = names(run(text, "ar"), "Official")
    assert not any(word in o.split() for o in officials)
    if name:
        assert name in officials


def test_ar_noun_after_stance_verb_and_title_is_no_name():
    ex = run("ونوه الوزير الأردني بمستوى التنسيق بين البلدين.", "ar")
    assert not any("بمستوى" in o for o in names(ex, "Official"))


# ---- a state's style after a president's name closes the name -----------------------------------
def test_ar_president_of_the_republic_after_a_name_is_a_post():
    ex = run(
        "استقبل الملك فخامة الرئيس جوزيه ماريا سانتوس رئيس جمهورية أنغولا، وتناول اللقاء"
        " العلاقات الثنائية.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "جوزيه ماريا سانتوس" in officials
    assert not any("وتناول" in o or o.endswith("رئيس") for o in officials)
    assert frozenset({"الملك", "جوزيه ماريا سانتوس"}) in met(ex)


def test_ar_listed_given_name_before_a_state_style_is_no_name_word():
    officials = names(run("التقى الوزير بيتر هانز رئيس جمهورية النمسا.", "ar"), "Official")
    assert "بيتر هانز" in officials
    assert not any(o.startswith("بيتر هانز ") for o in officials)


# ---- after a comma, a word glued to "and" opens the next clause ---------------------------------
def test_ar_and_word_after_a_comma_starts_no_name():
    ex = run(
        "التقى وزير الخارجية خالد سعيد المري سفير البرازيل، ونقل إليه تحيات القيادة.",
        "ar",
    )
    assert not any("ونقل" in o for o in names(ex, "Official"))
    assert "خالد سعيد المري" in names(ex, "Official")


def test_ar_listed_name_glued_to_and_after_a_comma_is_still_a_name():
    ex = run("حضر اللقاء السفير أحمد كمال، ووليد سمير الحسن وكيل وزارة الخارجية.", "ar")
    assert any(o.endswith("وليد سمير الحسن") for o in names(ex, "Official"))


# ---- a general's rank is no modifier of a post: "the Iraqi minister" still finds him -------------
@pytest.mark.parametrize("rank", ["الفريق أول ركن", "الفريق أول", "العماد"])
def test_ar_nisba_minister_refers_back_to_a_general_holding_the_post(rank):
    ex = run(
        "استقبل وزير الدفاع الأمير خالد بن سلمان بن فهد وزير الدفاع الأردني "
        f"{rank} يوسف أحمد الحنيطي. من جهته، أشاد الوزير الأردني بالتعاون العسكري.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "الوزير الأردني" not in officials
    assert [s for s, _ in said(ex)] == ["يوسف أحمد الحنيطي"]


# ---- a body's purpose glued to the genitive "l-" is part of its name --------------------------
PURPOSES = [
    (
        "وحضر اللقاء مدير عام المديرية العامة لمكافحة التهريب العميد فهد ناصر العتيبي.",
        "المديرية العامة لمكافحة التهريب",
    ),
    (
        "واستقبل الوزير وفدا من بعثة الأمم المتحدة لدعم ليبيا برئاسة نائب رئيس البعثة مارك ليفين.",
        "بعثة الأمم المتحدة لدعم ليبيا",
    ),
    (
        "وأعلنت الهيئة العامة لتنظيم الاتصالات عن خطة جديدة.",
        "الهيئة العامة لتنظيم الاتصالات",
    ),
]


@pytest.mark.parametrize("text,agency", PURPOSES)
def test_ar_body_purpose_after_genitive_clitic_is_in_its_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_ar_ministry_and_delegation_take_no_purpose():
    agencies = names(run("وصل وفد وزارة الخارجية المصرية لبحث الملفات المشتركة.", "ar"), "Agency")
    assert not any("لبحث" in a for a in agencies)


# ---- protocol styles before a speaker, and the short nasab of a Gulf name ----------------------
def test_ar_two_honorifics_between_say_verb_and_speaker():
    ex = run(
        "أكد معالي السيد عادل بن يوسف الكواري رئيس مجلس الشورى حرص المجلس على دعم التشريعات.",
        "ar",
    )
    assert said(ex) and said(ex)[0][0] == "عادل بن يوسف الكواري"


def test_ar_first_name_and_father_name_refer_back_to_the_full_name():
    ex = run(
        "استقبل سمو الشيخ منصور بن راشد بن خليفة آل نهيان وزير الداخلية اليوم معالي بيتر"
        " لارسن وزير العدل الدنماركي. وأكد سمو الشيخ منصور بن راشد أن الدولة ماضية في تطوير"
        " التعاون.",
        "ar",
    )
    assert [s for s, _ in said(ex)] == ["منصور بن راشد بن خليفة آل نهيان"]
    assert "منصور بن راشد" not in names(ex, "Official")


# ---- a guest's title after a comma-set host, "of the Republic of X", two-word nisbas ------------
def test_ar_feminine_guest_title_after_a_set_off_host_is_the_guests():
    ex = run(
        "استقبل الوزير الأول، السيد مراد بن سالم، وزيرة الخارجية والتعاون الدولي لجمهورية"
        " جنوب إفريقيا، السيدة ثاندي نومالا دلاميني، التي تزور البلاد. وأكدت الوزيرة الجنوب"
        " إفريقية أن بلادها تدعم الحوار.",
        "ar",
    )
    host = next(e for e in ex.entities if e.name == "مراد بن سالم")
    guest = next(e for e in ex.entities if e.name == "ثاندي نومالا دلاميني")
    assert not any("وزيرة" in t for t in (host.title or "").split("، "))
    assert guest.country == "ZAF"
    assert [s for s, _ in said(ex)] == ["ثاندي نومالا دلاميني"]


@pytest.mark.parametrize(
    "text,iso",
    [
        ("التقى الوزير نظيره الأوزبكي في طشقند.", "UZB"),
        ("أشاد الوفد الكازاخي بالتعاون.", "KAZ"),
        ("وصل الوزير الجنوب إفريقي إلى القاهرة.", "ZAF"),
    ],
)
def test_ar_nisbas_of_agency_copy_name_their_country(text, iso):
    ex = run(text, "ar")
    assert iso in {e.country for e in ex.entities if e.type == "Country"}


# ---- a listed foreign given name keeps its first letters; a delegation from a body in a parent --
@pytest.mark.parametrize("name", ["كلاوس ديتريش هوفمان", "كوفي أمبورا منساه"])
def test_ar_listed_name_is_not_cut_after_a_ka_clitic(name):
    ex = run(f"التقى الوزير وفدا برئاسة النائب {name}.", "ar")
    assert name in names(ex, "Official")
    assert not {e.country for e in ex.entities if e.type == "Country"}


def test_ar_ba_clitic_before_a_country_still_splits():
    ex = run("وأعرب الوزير عن اعتزازه بروسيا وشعبها.", "ar")
    assert "RUS" in {e.country for e in ex.entities if e.type == "Country"}


def test_ar_delegation_from_a_committee_in_a_parliament_is_named_whole():
    ex = run(
        "التقى رئيس مجلس الشيوخ سامر حداد اليوم وفدا من لجنة الصداقة في البرلمان الإيطالي"
        " برئاسة النائب ماركو بيانكي.",
        "ar",
    )
    delegation = "وفدا من لجنة الصداقة في البرلمان الإيطالي"
    assert delegation in names(ex, "Agency")
    assert ("ماركو بيانكي", delegation) in rels(ex, "MEMBER_OF")


def test_ar_portfolio_after_an_international_body_stays_in_the_title():
    ex = run("والتقى الوزير مفوضة الاتحاد الأوروبي لشؤون المتوسط هيلين فوغل.", "ar")
    assert "الاتحاد الأوروبي" in names(ex, "Agency")
    assert not any("لشؤون" in a for a in names(ex, "Agency"))


def test_ar_office_of_the_head_of_the_council_is_named_whole():
    ex = run(
        "استقبل رئيس مجلس الشيوخ نبيل سعيد الراوي السفير. وذكر بيان للمكتب الإعلامي لرئيس"
        " المجلس أن الجانبين بحثا التعاون البرلماني.",
        "ar",
    )
    office = "المكتب الإعلامي لرئيس المجلس"
    assert office in names(ex, "Agency")
    assert [s for s, _ in said(ex)] == [office]


# ---- ", where [he] stressed": the subject of the clause before the comma ------------------------
@pytest.mark.parametrize("adverb", ["حيث", "إذ"])
def test_ar_say_verb_after_comma_adverb_takes_the_clause_subject(adverb):
    ex = run(
        "التقى الوزير حسن علي الجابري نظيره القبرصي. وأضاف المتحدث أن الوزير حسن علي الجابري"
        " التقى في وقت لاحق مفوضة الاتحاد الأوروبي لينا هوفر،"
        f" {adverb} أكد أن بلاده تدعم جهود السلام.",
        "ar",
    )
    assert [s for s, _ in said(ex)] == ["حسن علي الجابري"]


@pytest.mark.parametrize(
    "text,body",
    [
        (
            "وحضر اللقاء الأمين العام المساعد لمجلس التعاون للشؤون العسكرية اللواء سالم المري.",
            "مجلس التعاون",
        ),
        ("والتقى مدير المعهد الوطني للشؤون الدبلوماسية سامي الحسن.", None),
    ],
)
def test_ar_for_the_affairs_after_a_body_is_the_posts_field(text, body):
    agencies = names(run(text, "ar"), "Agency")
    if body:  # after a named international body: the post's field
        assert body in agencies
        assert not any(a.endswith("للشؤون العسكرية") for a in agencies)
    else:  # a body named for its field keeps it
        assert "المعهد الوطني للشؤون الدبلوماسية" in agencies


# ---- a dispatch's dateline is where it was filed, no country of its own ------------------------
@pytest.mark.parametrize("dateline", ["الدوحة - قنا", "الدوحة (قنا)", "الدوحة / قنا /"])
def test_ar_dateline_capital_names_no_country(dateline):
    text = "التقى الأمين العام للجامعة العربية سالم الحمد وزير خارجية تشاد."
    ex = run(f"{dateline}\n{text}", "ar")
    assert "QAT" not in {e.country for e in ex.entities if e.type == "Country"}


def test_ar_dateline_capital_is_an_alias_of_a_country_named_in_the_text():
    ex = run("الدوحة - قنا\nالتقى وزير الدولة القطري سالم الحمد وزير خارجية تشاد.", "ar")
    qatar = next(e for e in ex.entities if e.type == "Country" and e.country == "QAT")
    assert "الدوحة" in qatar.aliases


# ---- a family name spelled as an honorific closes the name -------------------------------------
@pytest.mark.parametrize("end", [".", "، وبحث معه الملف."])
def test_ar_honorific_word_closing_a_name_is_the_family_name(end):
    ex = run(f"والتقى الوزير وزير الاقتصاد والتجارة رامي جورج سعادة{end}", "ar")
    assert "رامي جورج سعادة" in names(ex, "Official")


def test_ar_honorific_before_a_name_stays_outside_it():
    ex = run("استقبل وزير الخارجية فادي سمير سعادة السفير خالد منير العتوم.", "ar")
    assert not any(o.startswith("فادي سمير سعادة ") for o in names(ex, "Official"))


def test_ar_two_word_nisba_agrees_word_by_word_in_an_implied_ministry():
    ex = run("أجرى الوزير اتصالا مرئيا مع وزير خارجية جمهورية كوريا بارك جي هون.", "ar")
    forms = {f for e in ex.entities if e.type == "Agency" for f in (e.name, *e.aliases)}
    assert "وزارة الخارجية الكورية الجنوبية" in forms
    assert "وزارة الخارجية الكوري الجنوبية" not in forms
