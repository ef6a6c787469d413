"""Arabic forms met in the sixth round of texts written for the project (eval/written): agency
dispatches with meetings in varied wording (several meetings and one attendance for all of them,
talks called تحادث, NNA's «عرض مع»), Maghreb posts (الكاتب العام), posts named with a pronoun
of the body just named (مديرها العام), senators, headlines with a past verb after a bare title
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said


# ---- "حضر اللقاءين/اللقاءات X": the attendee joins every meeting of the host told before ----
def test_ar_attendee_of_the_two_meetings_meets_both_guests():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الزراعة حمد سالم الكعبي اليوم وزير الزراعة الكيني بيتر أوتينو.\n"
        "وفي لقاء منفصل، التقى الكعبي وزير الزراعة التشيلي خوان ألبرتو سوتو.\n"
        "حضر اللقاءين وكيل الوزارة ماجد فهد الناصر.",
        "ar",
    )
    assert frozenset({"ماجد فهد الناصر", "بيتر أوتينو"}) in met(ex)
    assert frozenset({"ماجد فهد الناصر", "خوان ألبرتو سوتو"}) in met(ex)


def test_ar_attendee_of_the_meetings_plural_meets_every_guest():
    ex = run(
        "خبر\n\n"
        "التقى وزير الصناعة حمد سالم الكعبي اليوم وزير الصناعة الهندي راجيف كومار مهتا.\n"
        "كما التقى الكعبي وزيرة التجارة البيروفية لوسيا فرنانديز.\n"
        "حضر الاجتماعات مدير إدارة التعاون الدولي سامي عادل الفارس.",
        "ar",
    )
    assert frozenset({"سامي عادل الفارس", "راجيف كومار مهتا"}) in met(ex)
    assert frozenset({"سامي عادل الفارس", "لوسيا فرنانديز"}) in met(ex)


def test_ar_attendee_of_the_meeting_singular_joins_the_last_one_only():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الزراعة حمد سالم الكعبي اليوم وزير الزراعة الكيني بيتر أوتينو.\n"
        "وفي لقاء منفصل، التقى الكعبي وزير الزراعة التشيلي خوان ألبرتو سوتو.\n"
        "حضر اللقاء وكيل الوزارة ماجد فهد الناصر.",
        "ar",
    )
    assert frozenset({"ماجد فهد الناصر", "خوان ألبرتو سوتو"}) in met(ex)
    assert frozenset({"ماجد فهد الناصر", "بيتر أوتينو"}) not in met(ex)


# ---- "تحادث X مع Y" (Maghreb copy): talks in person; "تحادث هاتفيا" stays a call ----
def test_ar_tahadatha_with_is_a_meeting():
    ex = run(
        "خبر\n\n"
        "تحادث وزير الشؤون الخارجية نبيل صالح الورتاني، اليوم بمقر الوزارة، مع المدير العام "
        "لمنظمة الصحة العالمية جون بيتر سميث.",
        "ar",
    )
    assert frozenset({"نبيل صالح الورتاني", "جون بيتر سميث"}) in met(ex)


def test_ar_tahadatha_by_phone_is_no_meeting():
    ex = run(
        "خبر\n\n"
        "تحادث وزير الشؤون الخارجية نبيل صالح الورتاني هاتفيا مع نظيره المالطي جوزيف كاميليري.",
        "ar",
    )
    assert not met(ex)


# ---- NNA: "وعرض مع X" after a reception: the subject of the dispatch met X ----
def test_ar_arada_maa_is_a_meeting_of_the_topic():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الاقتصاد رامي جورج نصار في مكتبه سفير البرازيل كارلوس ميندس.\n"
        "وعرض مع رئيس غرفة التجارة طوني سليم عقيقي أوضاع القطاع الخاص.",
        "ar",
    )
    assert frozenset({"رامي جورج نصار", "طوني سليم عقيقي"}) in met(ex)


# ---- a lone unlisted word right before "with" after a title is a past verb, no name ----
def test_ar_past_verb_before_with_after_a_bare_title_is_no_name():
    ex = run("رئيس الحكومة تداول مع سفيرة كندا الأوضاع الاقتصادية\n\nنص الخبر.", "ar")
    assert "تداول" not in names(ex, "Official")


def test_ar_two_word_name_before_with_stays_a_name():
    ex = run(
        "خبر\n\nاجتمع وزير المالية خليل يوسف الشامي مع وفد من البنك الدولي.",
        "ar",
    )
    assert "خليل يوسف الشامي" in names(ex, "Official")


# ---- Maghreb posts: الكاتب العام لوزارة X (secretary general of a ministry) ----
def test_ar_katib_am_of_a_ministry_is_a_post():
    ex = run(
        "خبر\n\n"
        "استقبل الوزير حمد سالم الكعبي الكاتب العام لوزارة التجهيز والماء، السيد رشيد عمر الفاسي.",
        "ar",
    )
    assert "رشيد عمر الفاسي" in names(ex, "Official")
    assert frozenset({"حمد سالم الكعبي", "رشيد عمر الفاسي"}) in met(ex)


# ---- a post named with the pronoun of the body just named: "its director general, Mr X" ----
def test_ar_post_with_the_body_pronoun_names_its_holder():
    ex = run(
        "خبر\n\n"
        "وزار الوزير حمد سالم الكعبي مقر الهيئة الوطنية للتشغيل، حيث استقبله مديرها العام، "
        "السيد كريم لطفي الهمامي.",
        "ar",
    )
    assert "كريم لطفي الهمامي" in names(ex, "Official")
    assert "حمد سالم الكعبي" in names(ex, "Official")  # "مقر" (the seat) is no name word
    assert frozenset({"حمد سالم الكعبي", "كريم لطفي الهمامي"}) in met(ex)


def test_ar_feminine_director_is_no_pronoun_post():
    # "مديرة" folds onto "مديره" ("his director"): only the -ha forms are pronoun posts
    ex = run(
        "خبر\n\nحضرت الاجتماع مديرة التعاون الدولي بالوزارة، السيدة ليلى عمر بنسالم.",
        "ar",
    )
    assert "ليلى عمر بنسالم" in names(ex, "Official")


# ---- a senator's style before the name ----
def test_ar_senator_style_before_a_name():
    ex = run(
        "خبر\n\n"
        "التقى وزير الخارجية حمد سالم الكعبي السيناتور روبرت آلان هايز، عضو لجنة القوات المسلحة.",
        "ar",
    )
    assert "روبرت آلان هايز" in names(ex, "Official")
    assert frozenset({"حمد سالم الكعبي", "روبرت آلان هايز"}) in met(ex)


# ---- "أمريكا اللاتينية" (a region named by a country word and an adjective) is no country ----
def test_ar_latin_america_is_no_country():
    ex = run(
        "خبر\n\nأكد الوزير حمد سالم الكعبي أهمية توسيع الشراكات مع دول أمريكا اللاتينية.",
        "ar",
    )
    assert "USA" not in {e.country for e in ex.entities if e.type == "Country"}


def test_ar_south_korea_stays_a_country():
    ex = run("خبر\n\nالتقى الوزير حمد سالم الكعبي سفير كوريا الجنوبية لي جون هو.", "ar")
    assert "KOR" in {e.country for e in ex.entities if e.type == "Country"}


# ---- a compound family name (عبد + word) alone later names the official ----
def test_ar_compound_family_name_alone_is_the_speaker():
    ex = run(
        "خبر\n\n"
        "التقى وزير التجارة الدكتور سامح فؤاد عبد الحميد نظيره الهندي راجيف كومار مهتا.\n"
        "وأكد عبد الحميد خلال اللقاء حرص بلاده على زيادة حجم التبادل التجاري.",
        "ar",
    )
    quotes = [q for s, q in said(ex) if s == "سامح فؤاد عبد الحميد"]
    assert quotes and quotes[0].startswith("حرص بلاده")


def test_ar_series_of_meetings_after_a_name_is_no_name_word():
    ex = run(
        "خبر\n\n"
        "أجرى وزير التجارة الدكتور سامح فؤاد عبد الحميد سلسلة من اللقاءات الثنائية في جنيف.\n"
        "وأكد عبد الحميد أن بلاده تدعم إصلاح منظمة التجارة العالمية.",
        "ar",
    )
    assert "سامح فؤاد عبد الحميد" in names(ex, "Official")
    assert [s for s, _ in said(ex)] == ["سامح فؤاد عبد الحميد"]


# ---- a foreign family name spelled with a leading "و" (Williams, Wijayanti) ----
def test_ar_family_name_with_leading_waw_before_a_post():
    ex = run(
        "خبر\n\nاستقبل الوزير قيس سالم اليوسفي معالي السيدة ديوي سوكارني ويراتماجا وزيرة "
        "التجارة الإندونيسية.",
        "ar",
    )
    assert "ديوي سوكارني ويراتماجا" in names(ex, "Official")


def test_ar_family_name_with_leading_waw_before_a_comma_joins_a_joint_session():
    ex = run(
        "خبر\n\nعقد وزير الدولة للشؤون الخارجية خليفة سعد المهندي ووزيرة التجارة الإندونيسية "
        "كيتوت ويراواتي، اليوم، جلسة مباحثات رسمية.",
        "ar",
    )
    assert frozenset({"خليفة سعد المهندي", "كيتوت ويراواتي"}) in met(ex)


def test_ar_and_verb_after_a_name_stays_out_of_it():
    ex = run("خبر\n\nالتقى وزير المالية خليل يوسف الشامي ويبحث معه آفاق التعاون.", "ar")
    assert "خليل يوسف الشامي" in names(ex, "Official")


# ---- a Maghreb family name "بن X" alone later names the official ----
def test_ar_ben_family_name_alone_is_the_speaker():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الطاقة السيد نور الدين بن سالم السفير الإيطالي ماركو بيانكي.\n"
        "وأبرز السيد بن سالم بالمناسبة أهمية الشراكة في مجال الغاز.",
        "ar",
    )
    assert [s for s, _ in said(ex)] == ["نور الدين بن سالم"]


# ---- what a talks verb governs after a style and a bare title is no name ("أولويات") ----
def test_ar_priorities_after_a_styled_title_is_no_name():
    ex = run(
        "خبر\n\nاستقبل رئيس مجلس الوزراء وليد حداد وفدا من البنك الدولي.\n"
        'وقال رئيس الوفد جان دوبوا بعد اللقاء: "ناقشنا مع دولة الرئيس أولويات الإصلاح المالي".',
        "ar",
    )
    assert not any(n.startswith("أولويات") for n in names(ex, "Official"))


# ---- "صرحت الوزيرة الفيتنامية لوكالة الأنباء …": the news agency is whom she spoke to ----
def test_ar_news_agency_after_a_nisba_title_is_the_addressee():
    ex = run(
        "خبر\n\n"
        "استقبل الوزير قيس سالم اليوسفي وزيرة الصناعة الماليزية نور عزة إسماعيل.\n"
        "وصرحت الوزيرة الماليزية لوكالة الأنباء العمانية بأن الزيارة ناجحة.",
        "ar",
    )
    official = ent(ex, "نور عزة إسماعيل")
    assert not any("لوكالة" in a for a in (official.name, *official.aliases))
    assert "وكالة الأنباء العمانية" in names(ex, "Agency")
    assert [s for s, _ in said(ex)] == ["نور عزة إسماعيل"]


def test_ar_head_of_a_news_agency_keeps_it():
    ex = run(
        "خبر\n\nالتقى الوزير قيس سالم اليوسفي المدير العام لوكالة الأنباء الفرنسية فابريس دوران.",
        "ar",
    )
    assert "وكالة الأنباء الفرنسية" in names(ex, "Agency")


# ---- a body's purpose: "لنقل وتوزيع الكهرباء", "لتنظيم قطاع الاتصالات" ----
def test_ar_body_purpose_with_two_joined_verbal_nouns():
    ex = run(
        "خبر\n\nالتقى الوزير قيس سالم اليوسفي مدير المؤسسة العامة لنقل وتوزيع المياه سامر عيسى.",
        "ar",
    )
    assert "المؤسسة العامة لنقل وتوزيع المياه" in names(ex, "Agency")


def test_ar_body_purpose_with_a_construct():
    ex = run(
        "خبر\n\nالتقى الوزير قيس سالم اليوسفي رئيس الهيئة العامة لتنظيم قطاع الطيران سامر عيسى.",
        "ar",
    )
    assert "الهيئة العامة لتنظيم قطاع الطيران" in names(ex, "Agency")


def test_ar_bare_anaphor_takes_no_purpose():
    ex = run(
        "خبر\n\n"
        "استقبل الوزير قيس سالم اليوسفي رئيس بعثة الأمم المتحدة في البلاد يوهان كارلسون.\n"
        "وأكد كارلسون استعداد البعثة لتقديم الدعم الفني للحكومة.",
        "ar",
    )
    assert not any(n.startswith("البعثة ل") for n in names(ex, "Agency"))


# ---- a body's nisba, then its purpose with an adjective ("للتعاون الدولي") ----
def test_ar_purpose_after_the_nisba_keeps_its_adjective():
    ex = run(
        "خبر\n\nالتقى الوزير قيس سالم اليوسفي رئيس الهيئة الأردنية للتعاون الدولي سامي عادل.",
        "ar",
    )
    assert "الهيئة الأردنية للتعاون الدولي" in names(ex, "Agency")
