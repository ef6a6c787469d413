"""The ministry of a side named for a minister, and «مقر الوزارة بالرياض»: the ministry of the
capital's country, round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


# ---- «من الجانب العماني مساعد وزير الخارجية»: that side's ministry, also the one named bare
# before (the host's: its undersecretary receives the guest) ----
def test_ar_side_names_the_bare_ministry_before():
    ex = run(
        "خبر\n\n"
        "التقى وكيل وزارة الخارجية خالد بن هاشم المصلحي اليوم وزير الخارجية الهندي "
        "راجيف كومار.\n"
        "وحضر اللقاء من الجانب العماني مساعد وزير الخارجية للشؤون الآسيوية هلال بن سيف المعمري.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("هلال بن سيف المعمري", "وزارة الخارجية العمانية") in member
    assert ("وزارة الخارجية العمانية", "عمان") not in member
    assert ent(ex, "وزارة الخارجية العمانية").country == "OMN"
    assert not any(e.type == "Agency" and e.name == "وزارة الخارجية" for e in ex.entities)
    assert ("راجيف كومار", "وزارة الخارجية الهندية") in member


# ---- «في مقر الوزارة بالرياض»: the ministry of Riyadh's country, not the guest's ----
def test_ar_ministry_seat_in_a_capital_is_that_countrys_ministry():
    ex = run(
        "خبر\n\n"
        "الرياض - استقبل وزير الخارجية الأمير خالد بن فهد آل سعود وزير الخارجية الأرجنتيني "
        "خوان كارلوس بيريز في مقر الوزارة بالرياض اليوم.\n"
        "وحضر اللقاء من الجانب السعودي نائب وزير الخارجية ماجد بن سعد العتيبي.",
        "ar",
    )
    assert "الوزارة" in ent(ex, "وزارة الخارجية السعودية").aliases
    assert "الوزارة" not in ent(ex, "وزارة الخارجية الأرجنتينية").aliases
    assert "ماجد بن سعد العتيبي" in names(ex, "Official")


# ---- «وزير الدولة لشؤون الدفاع»: "for X affairs" right after the role names the ministry ----
def test_ar_minister_of_state_for_affairs_implies_the_ministry():
    ex = run(
        "خبر\n\n"
        "استقبل الشيخ خالد بن حمد آل ثاني وزير الدولة لشؤون الدفاع اليوم وزير الدفاع "
        "الكرواتي إيفو هورفات.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("خالد بن حمد آل ثاني", "وزارة الدفاع") in member
    assert ("إيفو هورفات", "وزارة الدفاع الكرواتية") in member


def test_ar_affairs_of_no_ministry_field_implies_none():
    ex = run(
        "خبر\n\nاستقبل سالم بن علي الكعبي وزير الدولة لشؤون المجلس الوطني اليوم سفير اليابان.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert not any(s == "سالم بن علي الكعبي" and (t or "").startswith("وزارة") for s, t in member)


# ---- a name one government's body bears is no alias of another government's ----
def test_ar_a_name_of_one_government_is_no_alias_of_anothers():
    from graphbuild.model import Entity
    from graphbuild.nlp.assemble import _without_shared_aliases

    compound = "وزارة الخارجية والتعاون الدولي"
    dji = Entity("Agency:a@DJI", "Agency", compound, (f"{compound} الجيبوتية",), country="DJI")
    som = Entity(
        "Agency:b@SOM",
        "Agency",
        "وزارة الخارجية الصومالية",
        (compound, f"{compound} الصومالية"),
        country="SOM",
    )
    out = {e.country: e for e in _without_shared_aliases([dji, som], "ar")}
    assert compound not in out["SOM"].aliases
    assert out["DJI"].name == f"{compound} الجيبوتية"


# ---- «وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج»: the nationals abroad close
# the field; two such compound names are two governments' ministries ----
def test_ar_nationals_abroad_close_a_ministers_field():
    ex = run(
        "خبر\n\n"
        "أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد عبد "
        "الحق الفاسي، اليوم، اتصالا هاتفيا مع وزير الشؤون الخارجية والتعاون والموريتانيين في "
        "الخارج، السيد محمد الأمين ولد سيدي.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    mrt = "وزارة الشؤون الخارجية والتعاون والموريتانيين في الخارج"
    assert ("محمد الأمين ولد سيدي", mrt) in member
    assert ("عبد الحق الفاسي", mrt) not in member


# ---- «شركة سيمنس للطاقة»: a company called by a name of its own, its field after it ----
def test_ar_company_named_by_its_own_name_and_field():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الكهرباء اليوم كارل هوفمان نائب رئيس شركة زيفار للطاقة الألمانية، "
        "وبحث معه مشاريع الربط الكهربائي.",
        "ar",
    )
    assert "شركة زيفار للطاقة الألمانية" in names(ex, "Agency") or "شركة زيفار للطاقة" in names(
        ex, "Agency"
    )
    assert any(
        s == "كارل هوفمان" and (t or "").startswith("شركة زيفار") for s, t in rels(ex, "MEMBER_OF")
    )


def test_ar_company_head_before_an_adjective_takes_no_name():
    ex = run("خبر\n\nوقعت الوزارة اليوم عقدا مع شركة كبرى لبناء محطة كهرباء جديدة.", "ar")
    assert not any(n.startswith("شركة كبرى") for n in names(ex, "Agency"))


# ---- «نظيره الموريتاني»: the counterpart's ministry also styled as the host styles his ----
def test_ar_counterpart_ministry_takes_the_hosts_styling():
    ex = run(
        "خبر\n\n"
        "أجرى وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد كريم بن صالح، اليوم، "
        "مكالمة هاتفية مع نظيره الموريتاني، السيد أحمد ولد محمد فال، تناولت العلاقات الثنائية.",
        "ar",
    )
    assert "وزارة الشؤون الخارجية الموريتانية" in ent(ex, "وزارة الخارجية الموريتانية").aliases


# ---- «شركة نفط البصرة»: a common noun and its place after the head, no own name ----
def test_ar_company_of_a_common_noun_and_its_place():
    ex = run(
        "خبر\n\nالتقى المدير العام لشركة نفط الموصل اليوم سفير فرنسا لدى العراق.",
        "ar",
    )
    assert "شركة نفط الموصل" in names(ex, "Agency")
    assert "شركة نفط" not in names(ex, "Agency")


# ---- «وزير الخارجية وشؤون المغتربين»: "and" apart, a portfolio word and its field ----
def test_ar_and_affairs_of_the_expatriates_continue_the_ministers_field():
    ex = run(
        "خبر\n\n"
        "وحضر المباحثات عن الجانب الأردني وزير الخارجية وشؤون المغتربين سامر فؤاد الحديد، "
        "فيما حضرها عن الجانب التركي وزير الخارجية التركي أحمد يلماز.",
        "ar",
    )
    jor = ent(ex, "وزارة الخارجية الأردنية")
    assert "وزارة الخارجية وشؤون المغتربين" in jor.aliases
    assert ("سامر فؤاد الحديد", "وزارة الخارجية الأردنية") in rels(ex, "MEMBER_OF")


# ---- «وفداً من اتحاد الغرف البحرينية»: a federation of chambers is a body, no role needed ----
def test_ar_federation_of_chambers_is_a_body():
    ex = run(
        "خبر\n\nاستقبل وزير التجارة اليوم وفداً من اتحاد الغرف البحرينية برئاسة خالد يوسف المؤيد.",
        "ar",
    )
    assert "اتحاد الغرف البحرينية" in names(ex, "Agency")
    assert ("اتحاد الغرف البحرينية", "البحرين") in rels(ex, "MEMBER_OF")


# ---- «التقى وزير الخارجية بوزيرة الشؤون الخارجية الكينية»: the marked role is another person ----
def test_ar_object_marker_before_a_role_opens_another_person():
    ex = run(
        "خبر\n\n"
        "التقى وزير الخارجية المغربي اليوم نظيره الإسباني.\n"
        "كما التقى وزير الخارجية بوزيرة الشؤون الخارجية الأوغندية جوليا نابوسا أوكيلو.",
        "ar",
    )
    title = ent(ex, "جوليا نابوسا أوكيلو").title or ""
    assert not title.startswith("وزير الخارجية")
    member = rels(ex, "MEMBER_OF")
    assert ("جوليا نابوسا أوكيلو", "وزارة الخارجية المغربية") not in member
