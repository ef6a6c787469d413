"""Arabic forms met in the fifth round of texts written for the project (eval/written):
government texts in Arabic translation: State Department transcripts with speaker turns,
embassy releases and ambassadors' speeches, joint statements of ambassadors and governments,
UK, EU and UN releases, call readouts (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said


# ---- a letterhead's issuing body comes first among agencies: the bare generic name is its ----
def test_ar_letterhead_ministry_is_listed_before_a_foreign_one_of_the_same_portfolio():
    ex = run(
        "وزيرة الخارجية سوزان ل. بيكر ووزير الخارجية المغربي كمال عبد الحق التازي في مؤتمر صحفي\n"
        "وزارة الخارجية الأمريكية\n"
        "الوزيرة بيكر: شكرا لكم. سعدت باستقبال صديقي الوزير التازي اليوم.\n",
        "ar",
    )
    agencies = [e for e in ex.entities if e.type == "Agency"]
    assert [a.country for a in agencies[:2]] == ["USA", "MAR"]


# ---- verb first, then "ambassadors of" / "governments of" coordinated countries: one each ----
def test_ar_ambassadors_of_countries_after_the_verb_speak_each():
    ex = run("بيان\n\nيعرب سفراء كندا والنرويج والسويد لدى ليبيا عن قلقهم إزاء تصاعد العنف.", "ar")
    speakers = {s for s, _ in said(ex)}
    assert speakers == {"كندا", "النرويج", "السويد"}
    assert all(q.startswith("قلقهم") for _, q in said(ex))


def test_ar_governments_of_countries_after_the_verb_speak_each():
    ex = run("بيان\n\nترحب حكومات كندا والنرويج بالاتفاق الموقع بين الأطراف الليبية.", "ar")
    assert {s for s, _ in said(ex)} == {"كندا", "النرويج"}


# ---- "the High Representative": one post, the adjective no name; alone it names its holder ----
def test_ar_high_representative_is_one_post():
    ex = run(
        "الممثل الأعلى يلتقي وزير الخارجية الأردني\n\n"
        "التقى الممثل الأعلى للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية، يوهان بيتر كلاسن، "
        "اليوم وزير الخارجية الأردني.",
        "ar",
    )
    assert "الأعلى" not in names(ex, "Official")
    assert "الممثل الأعلى" in ent(ex, "يوهان بيتر كلاسن").aliases


# ---- a listed foreign name spelled like a clitic + the article (Valerio, Waldemar) ----
def test_ar_listed_name_shaped_like_clitic_and_article_stays_in_the_name():
    ex = run("خبر\n\nالتقى المبعوث الخاص، كارلو فاليريو بيانكي، اليوم وزير الخارجية الأردني.", "ar")
    assert "كارلو فاليريو بيانكي" in names(ex, "Official")


# ---- after a middle initial the name goes on, even a word spelled like "and" + a verb (Wi-) ----
def test_ar_name_word_after_an_initial_is_never_the_next_clause():
    ex = run("خبر\n\nالتقى وزير الدولة البريطاني، هاميش ج. ويلوبي، اليوم نظيره الأردني.", "ar")
    assert "هاميش ج. ويلوبي" in names(ex, "Official")


# ---- a call's adjective after a surname (الهاتفي، المرئي) is no family name ----
def test_ar_call_adjective_after_a_surname_is_no_name():
    ex = run(
        "اتصال الوزير ويلكنز الهاتفي بنظيره الأردني\n\n"
        "أجرى وزير الخارجية توماس ويلكنز اتصالا هاتفيا بنظيره الأردني.",
        "ar",
    )
    assert not any("الهاتفي" in n for n in names(ex, "Official"))
    assert "توماس ويلكنز" in names(ex, "Official")


# ---- "took part in a meeting that brought together X and Y": the subject met each ----
def test_ar_took_part_in_a_meeting_that_gathered_ministers():
    ex = run(
        "خبر\n\nشارك وزير الخارجية الكندي بول أ. ماكنزي أمس في عمان في اجتماع وزاري بشأن سوريا "
        "ضم وزير الخارجية الأردني عادل سمير الروسان، ووزيرة الخارجية الأسترالية جين ل. تومسون.",
        "ar",
    )
    assert met(ex) == {
        frozenset({"بول أ. ماكنزي", "عادل سمير الروسان"}),
        frozenset({"بول أ. ماكنزي", "جين ل. تومسون"}),
    }


def test_ar_a_delegation_that_included_is_no_meeting_gathering():
    ex = run(
        "خبر\n\nوصل إلى عمان وفد كندي ضم وزير التجارة الكندي بول أ. ماكنزي والسفير مارك لوران.",
        "ar",
    )
    assert met(ex) == set()


# ---- a letterhead's second line is an office of the issuing body ----
def test_ar_letterhead_office_under_the_ministry_is_its_sub_body():
    ex = run(
        "الوزيرة بيكر تلتقي نظيرها المغربي\n\n"
        "وزارة الخارجية الأمريكية\n"
        "مكتب المتحدث الرسمي\n"
        "بيان صحفي\n"
        "التقت وزيرة الخارجية سوزان ل. بيكر اليوم وزير الخارجية المغربي كمال التازي.",
        "ar",
    )
    by_id = {e.id: e for e in ex.entities}
    office = ent(ex, "مكتب المتحدث الرسمي")
    parents = [
        by_id[r.target] for r in ex.relations if r.type == "MEMBER_OF" and r.source == office.id
    ]
    assert [(p.type, p.country) for p in parents] == [("Agency", "USA")]


# ---- "a meeting with X that dealt with …": the verb (تناول) after a name chain ends it ----
def test_ar_dealt_with_after_a_name_chain_is_no_name():
    ex = run("خبر\n\nوعقد الوزير لقاء مع الأمير تركي بن سلمان تناول العلاقات الثنائية.", "ar")
    assert "تركي بن سلمان" in names(ex, "Official")
