"""Arabic agency copy, meetings and statements (issue #10: extraction that holds on unseen copy):
sentences written for these tests."""

from __future__ import annotations

from .helpers import met, names, run, said


# ---- "and" between two posts each held by one person: two people ----
def test_ar_the_king_and_a_president_named_after_him_are_two_people():
    ex = run(
        "عمان (بترا) - عقد جلالة الملك ورئيس جمهورية البرتغال فخامة السيد جواو مارتينز، اليوم "
        "في قصر الحسينية، مباحثات ثنائية.",
        "ar",
    )
    assert {"الملك", "جواو مارتينز"} <= names(ex, "Official")


def test_ar_the_king_and_the_guest_president_met():
    ex = run("التقى جلالة الملك ورئيس البرتغال جواو مارتينز اليوم في عمان.", "ar")
    assert frozenset({"الملك", "جواو مارتينز"}) in met(ex)


def test_ar_the_crown_prince_and_the_prime_minister_attending_are_two_people():
    ex = run(
        "أقام جلالة الملك مأدبة غداء تكريما للرئيس البرتغالي جواو مارتينز، حضرها سمو ولي العهد "
        "ورئيس الوزراء الدكتور سامر فايز الحديدي.",
        "ar",
    )
    assert {"ولي العهد", "سامر فايز الحديدي"} <= names(ex, "Official")
    assert frozenset({"ولي العهد", "جواو مارتينز"}) in met(ex)


def test_ar_a_post_joined_to_a_ministers_post_stays_one_persons():
    ex = run(
        "استقبل رئيس الوزراء ووزير الخارجية القطري الشيخ ناصر بن حمد آل ثاني اليوم وزير "
        "الخارجية البرتغالي جواو مارتينز.",
        "ar",
    )
    assert "رئيس الوزراء" not in names(ex, "Official")
    assert frozenset({"ناصر بن حمد آل ثاني", "جواو مارتينز"}) in met(ex)


# ---- "praised the role of": "bi-dawr" is no given name after the speaker ----
def test_ar_praised_the_role_after_a_title_is_no_name():
    ex = run(
        "استقبل الملك عبدالله الثاني اليوم رئيس فنلندا ماتي كورهونين.\n"
        "وأشاد الرئيس الفنلندي بدور الأردن في استضافة اللاجئين.",
        "ar",
    )
    assert not any("بدور" in n for n in names(ex, "Official"))
    assert ("ماتي كورهونين", "بدور الأردن في استضافة اللاجئين") in said(ex)


def test_ar_praised_the_efforts_after_a_full_name_is_no_name():
    ex = run(
        "ونوه وزير الخارجية أيمن سالم الفايز بدور المملكة في دعم الاستقرار الإقليمي.",
        "ar",
    )
    assert "أيمن سالم الفايز" in names(ex, "Official")
    assert any(sp == "أيمن سالم الفايز" and q.startswith("بدور") for sp, q in said(ex))


# ---- "the spokesman said that Minister X reviewed A, and stressed B": X says B ----
def test_ar_a_say_verb_coordinated_inside_a_relayed_clause_is_its_subjects():
    ex = run(
        "صرح المتحدث الرسمي باسم وزارة الخارجية السفير كريم نبيل الدسوقي بأن الوزير سالم فهد "
        "المطيري التقى اليوم وزيرة الخارجية النمساوية كلارا هوبر.\n"
        "وأوضح المتحدث أن الوزير المطيري بحث مع ضيفته ملفات المنطقة، وشدد على ضرورة وقف التصعيد.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "وقف التصعيد" in q}
    assert speakers == {"سالم فهد المطيري"}


def test_ar_the_reporter_keeps_a_say_verb_after_a_clause_with_no_official():
    ex = run(
        "التقى وزير الخارجية سالم فهد المطيري اليوم وزيرة الخارجية النمساوية كلارا هوبر.\n"
        "وأوضح المتحدث باسم الوزارة كريم نبيل الدسوقي أن اللقاء تناول ملفات المنطقة، وشدد على "
        "ضرورة وقف التصعيد.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "وقف التصعيد" in q}
    assert speakers == {"كريم نبيل الدسوقي"}


# ---- "X met Y, and [he] expressed …": the meeting's subject speaks, even a title alone ----
def test_ar_and_expressed_after_a_meeting_of_a_bare_title_is_the_subjects():
    ex = run(
        "التقى وزير الخارجية المصري سامح عادل الجندي اليوم وزير الخارجية اليوناني كوستاس "
        "ميتاكساس على هامش المنتدى.\n"
        "كما التقى وزير الخارجية بوزيرة الشؤون الخارجية الكينية أمينة واريو، وأعرب عن تقدير "
        "مصر للتنسيق القائم.",
        "ar",
    )
    assert frozenset({"سامح عادل الجندي", "أمينة واريو"}) in met(ex)
    speakers = {sp for sp, q in said(ex) if "للتنسيق القائم" in q}
    assert speakers == {"سامح عادل الجندي"}


def test_ar_and_stressed_after_a_named_guest_with_his_own_subject_is_the_guests():
    ex = run(
        "استقبل وزير الخارجية سامح عادل الجندي اليوم وزيرة الشؤون الخارجية الكينية أمينة "
        "واريو، وأكدت الوزيرة الكينية حرص بلادها على التنسيق.",
        "ar",
    )
    speakers = {sp for sp, q in said(ex) if "التنسيق" in q}
    assert speakers == {"أمينة واريو"}


# ---- "Mr al-Fasi al-Fihri": two definite family words closing the name, named again together ----
def test_ar_two_definite_family_words_after_an_honorific_name_the_speaker():
    ex = run(
        "الرباط - أجرى وزير التجهيز والماء، السيد يوسف العلمي الإدريسي، اليوم الاثنين بالرباط، "
        "مباحثات مع نظيره الغاني، السيد كوفي أمبونغ.\n"
        "وأبرز السيد العلمي الإدريسي، في تصريح للصحافة عقب هذه المباحثات، أن المملكة حريصة على "
        "تعزيز علاقاتها مع غانا.",
        "ar",
    )
    assert any(sp == "يوسف العلمي الإدريسي" and "حريصة" in q for sp, q in said(ex))


def test_ar_two_definite_family_words_without_a_comma_name_the_speaker():
    ex = run(
        "أجرى وزير الشؤون الخارجية، السيد عبد الحق الناصري الفهري، اليوم مباحثات مع نظيره "
        "البرتغالي، السيد جواو مارتينز.\n"
        "وأكد السيد الناصري الفهري أن المغرب يضع خبرته رهن إشارة شركائه.",
        "ar",
    )
    assert any(sp == "عبد الحق الناصري الفهري" and "خبرته" in q for sp, q in said(ex))


# ---- "abraza" (highlighted) without "and": a verb of saying when its speaker follows ----
def test_ar_highlighted_after_on_his_part_is_a_statement():
    ex = run(
        "الجزائر - استقبل الوزير الأول، السيد رشيد بن يحيى، اليوم وزيرة الخارجية البرتغالية، "
        "السيدة آنا سيلفا.\n"
        "من جهته، أبرز السيد بن يحيى أن البلدين يتقاسمان الرؤية ذاتها بشأن أمن الطاقة.",
        "ar",
    )
    assert any(sp == "رشيد بن يحيى" and "الرؤية ذاتها" in q for sp, q in said(ex))


def test_ar_also_highlighted_after_a_meeting_is_the_subjects():
    ex = run(
        "والتقت وزيرة الخارجية البرتغالية آنا سيلفا رئيس مجلس الأمة، السيد صالح عمر قوجيل.\n"
        "كما أبرزت الوزيرة البرتغالية أن بلادها تعتبر الجزائر شريكا موثوقا في مجال الطاقة.",
        "ar",
    )
    assert any(sp == "آنا سيلفا" and "شريكا موثوقا" in q for sp, q in said(ex))


def test_ar_the_most_prominent_files_are_no_statement():
    ex = run(
        "استقبل الوزير الأول، السيد رشيد بن يحيى، اليوم وزيرة الخارجية البرتغالية آنا سيلفا.\n"
        "وتناول اللقاء أبرز الملفات الإقليمية والدولية ذات الاهتمام المشترك.",
        "ar",
    )
    assert said(ex) == []


# ---- "mandub" (permanent representative) is a title: no name word after a name ----
def test_ar_permanent_representative_after_a_name_is_a_title():
    ex = run(
        "التقى وزير الخارجية سامح عادل الجندي في نيويورك المديرة التنفيذية لبرنامج الأغذية "
        "العالمي السيدة مارغريت أوكونور.\n"
        "وحضر اللقاء السفير هشام فؤاد البدري مندوب مصر الدائم لدى الأمم المتحدة.",
        "ar",
    )
    assert "هشام فؤاد البدري" in names(ex, "Official")
    assert not any("مندوب" in n for n in names(ex, "Official"))
    assert frozenset({"هشام فؤاد البدري", "مارغريت أوكونور"}) in met(ex)


# ---- "… envoy to the Middle East X Y Z and the accompanying delegation": the name ends there ----
def test_ar_a_name_after_a_titles_complement_closed_by_the_accompanying_delegation():
    ex = run(
        "دمشق-سانا\n"
        "استقبل وزير الخارجية الدكتور سامر حسن الخليل اليوم المبعوث الخاص للرئيس الروسي إلى "
        "الشرق الأوسط ألكسندر بوريسوفيتش لافرينوف والوفد المرافق له.\n"
        "من جانبه أكد لافرينوف وقوف بلاده إلى جانب سورية.",
        "ar",
    )
    assert frozenset({"سامر حسن الخليل", "ألكسندر بوريسوفيتش لافرينوف"}) in met(ex)
    assert any(sp == "ألكسندر بوريسوفيتش لافرينوف" for sp, _q in said(ex))
