"""Arabic titles as a grammar: ranks and honorifics, a head, its complement parts, the country."""

import pytest

from .helpers import ent, met, names, rels, run


def official(text):
    ex = run(text, "ar")
    return ex, names(ex, "Official")


@pytest.mark.parametrize(
    "text, name",
    [
        # head + agency + portfolio after the glued preposition + honorific + name
        (
            "حضر وكيل وزارة الخارجية للشؤون القنصلية الدكتور فهد سالم العتيبي الاجتماع.",
            "فهد سالم العتيبي",
        ),
        # head + adjective + glued preposition + indefinite construct closed by a country
        (
            "استقبل القائد العام لقوة دفاع الكويت اللواء سالم ناصر المطيري الوفد.",
            "سالم ناصر المطيري",
        ),
        # head + construct (indefinite noun + definite) + comma + honorific
        ("وحضر مدير مكتب الأمين العام، السيد يوسف أحمد، اللقاء.", "يوسف أحمد"),
        # a definite head, an adjective, then a role after the preposition
        (
            "وقال المبعوث الخاص للأمين العام للأمم المتحدة، السيد بيتر هانسن، إن الحوار مستمر.",
            "بيتر هانسن",
        ),
        # rank + staff rank: the rank words never start the name
        ("التقى الفريق أول ركن سالم حمد المري قائد الجيش.", "سالم حمد المري"),
    ],
)
def test_ar_title_complement_then_name(text, name):
    _ex, found = official(text)
    assert name in found


def test_ar_construct_with_a_country_gives_the_country_and_the_ministry():
    ex = run("وصل وزير خارجية الأردن سامي يوسف الخطيب إلى المدينة.", "ar")
    o = ent(ex, "سامي يوسف الخطيب")
    assert o.country == "JOR"
    assert any(t == "Agency" for t in {e.type for e in ex.entities})
    assert ("سامي يوسف الخطيب",)[0] in {s for s, _t in rels(ex, "MEMBER_OF")}


def test_ar_minister_of_state_implies_no_ministry_of_state():
    ex = run("التقى وزير الدولة لشؤون الشرق الأوسط جون سميث السفير.", "ar")
    assert "جون سميث" in names(ex, "Official")
    assert not any("الدولة" in e.name for e in ex.entities if e.type == "Agency")


@pytest.mark.parametrize(
    "text", ["وصل صاحب السمو إلى القصر.", "وأشاد مولانا بالجهود.", "وقال سعادة إن الاجتماع مثمر."]
)
def test_ar_honorific_alone_is_never_a_name(text):
    assert not names(run(text, "ar"), "Official")


def test_ar_ambassador_posted_to_a_country_keeps_his_own():
    ex = run("حضر سفير الأردن لدى مصر السيد خالد يوسف الحوار.", "ar")
    assert ent(ex, "خالد يوسف").country == "JOR"


@pytest.mark.parametrize(
    "text, title",
    [
        ("وأكد رئيس مجلس الشورى أن المجلس يدعم الحوار.", "رئيس مجلس الشورى"),
        ("وقال إن أمير دولة الكويت يتابع الملف بنفسه.", "أمير دولة الكويت"),
        ("وأكد النائب العام الأردني أن التحقيق مستمر.", "النائب العام الأردني"),
    ],
)
def test_ar_unnamed_official_with_a_unique_title_is_named_by_it(text, title):
    assert title in names(run(text, "ar"), "Official")


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite role before a preposition is a predicate
        "وعمل الرجل سفيرا للأردن في تونس سنوات.",
        "وقال المتحدث الرسمي إن الوزارة ترحب بالقرار.",  # the agency speaks
        "وحضر عدد من المسؤولين اللقاء.",
    ],
)
def test_ar_no_official_from_a_predicate_a_spokesperson_or_a_group(text):
    assert not names(run(text, "ar"), "Official")


def test_ar_unnamed_title_is_the_named_holder_when_there_is_one():
    ex = run(
        "وصل وزير الخارجية الأردني سامي يوسف الخطيب إلى تونس. "
        "وقال وزير الخارجية إن العلاقات متينة.",
        "ar",
    )
    assert names(ex, "Official") == {"سامي يوسف الخطيب"}


def test_ar_a_definite_name_after_an_honorific():
    ex = run("استقبل النائب العام، مولانا الطاهر عوض سالم، الوفد.", "ar")
    assert "الطاهر عوض سالم" in names(ex, "Official")


def test_ar_country_of_a_title_from_the_republic_after_the_genitive():
    ex = run("استقبل النائب العام لجمهورية تونس، السيد سالم عوض، الوفد.", "ar")
    assert ent(ex, "سالم عوض").country == "TUN"


def test_ar_a_nisba_before_bin_is_a_given_name_not_the_title_country():
    ex = run("استقبل صاحب السمو الأمير تركي بن سالم بن عبدالله وزير الخارجية الوفد.", "ar")
    o = ent(ex, "تركي بن سالم بن عبدالله")
    assert o.country != "TUR"


def test_ar_title_reaches_the_honorific_over_a_posting():
    ex = run(
        "وحضر اللقاء سفير الأردن لدى المملكة السيد سالم يوسف ولد أحمد بزيد، ومدير المكتب.", "ar"
    )
    o = ent(ex, "سالم يوسف ولد أحمد بزيد")
    assert o.country == "JOR"


def test_ar_honorific_word_before_a_particle_is_the_first_name():
    ex = run("وحضر مدير ديوان الوزير الأول، السيد الشيخ ولد سالم، الاجتماع.", "ar")
    assert "الشيخ ولد سالم" in names(ex, "Official")


# ---------------------------------------------------------------- modifiers after the title
def test_ar_envoy_title_takes_its_adjectives_and_post_before_the_name():
    ex = run(
        "والتقى وزير الخارجية العماني بدر البوسعيدي المبعوث الأممي الخاص إلى ليبيا كارل نيلسن.",
        "ar",
    )
    envoy = ent(ex, "كارل نيلسن")
    assert envoy.title == "المبعوث الأممي الخاص إلى ليبيا"
    assert met(ex) == {frozenset({"بدر البوسعيدي", "كارل نيلسن"})}


def test_ar_ambassador_to_the_kingdom_before_the_name():
    ex = run("واستقبل الوزير أيمن الصفدي سفير كندا لدى المملكة ديفيد هارتمان.", "ar")
    amb = ent(ex, "ديفيد هارتمان")
    assert amb.country == "CAN"
    # an ambassador implies no agency (only ministers and secretaries do)
    assert not [e for e in ex.entities if e.type == "Agency"]


def test_ar_definite_word_after_a_title_without_a_name_stays_out_of_it():
    ex = run("وأكد السفير الحسيني أن العلاقات متينة.", "ar")
    assert all("الحسيني" not in (e.title or "") for e in ex.entities if e.type == "Official")


def test_ar_long_title_with_a_department_in_a_ministry_then_a_known_name():
    ex = run(
        "وحضر اللقاء مدير إدارة الشرق الأوسط وإفريقيا في وزارة الخارجية اليابانية سامي ناكامورا.",
        "ar",
    )
    off = ent(ex, "سامي ناكامورا")
    assert off.title.startswith("مدير إدارة الشرق الأوسط")
    members = {t for s, t in rels(ex, "MEMBER_OF") if s == "سامي ناكامورا"}
    assert "إدارة الشرق الأوسط وإفريقيا" in members  # both regions: the department's field
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "إدارة الشرق الأوسط وإفريقيا"}
    assert any(t.startswith("وزارة الخارجية") for t in parents)
    assert "وإفريقيا" not in names(ex, "Official")


def test_ar_country_of_a_long_title_in_the_republic_of_y():
    ex = run(
        "استقبل الوزير معالي وزير الشؤون الخارجية والتعاون في الخارج بالجمهورية الإسلامية "
        "الموريتانية الدكتور سيدي ولد أحمد، والوفد المرافق له. وأكد الوزير الموريتاني أهمية "
        "التعاون.",
        "ar",
    )
    off = ent(ex, "سيدي ولد أحمد")
    assert off.country == "MRT"
    assert "الوزير الموريتاني" in off.aliases


def test_ar_the_country_of_a_post_is_not_the_officials():
    ex = run("وحضر اللقاء السفير الياباني لدى المملكة، السيد هيروشي تانابي.", "ar")
    assert ent(ex, "هيروشي تانابي").country == "JPN"


def test_ar_portfolio_of_coordinated_regions_then_the_name():
    ex = run(
        "والتقى وزير شؤون الشرق الأوسط وشمال أفريقيا البريطاني جون سميث نظيره الجزائري "
        "كريم بلقاسم.",
        "ar",
    )
    smith = ent(ex, "جون سميث")
    assert smith.title.startswith("وزير شؤون الشرق الأوسط وشمال أفريقيا")
    assert smith.country == "GBR"
    assert not any("شمال" in n for n in names(ex, "Official") - {"جون سميث"})
    # a region minister implies no ministry (FORMAT.md)
    assert not any(t.startswith("وزارة") for s, t in rels(ex, "MEMBER_OF") if s == "جون سميث")


def test_ar_nisba_closing_a_title_is_its_country():
    ex = run(
        "استقبلت الوزيرة سلمى حداد وزير الدولة للشؤون الخارجية الياباني كينجي ساتو والوفد "
        "المرافق له. ويضم الوفد الياباني السفير تارو يامادا.",
        "ar",
    )
    assert ent(ex, "كينجي ساتو").country == "JPN"
    delegations = [e for e in ex.entities if e.type == "Agency" and "الوفد" in e.name]
    assert len(delegations) == 1  # the accompanying delegation is the Japanese delegation
