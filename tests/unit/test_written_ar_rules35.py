"""Names and titles of officials, round 16b (sentences written for these tests, names invented)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_honorific_name_of_unlisted_words_ends_before_the_definite_post():
    # "Mrs Brigitte Solberg the secretary-general of the council": the loose run would read the
    # definite post as a family name; after the honorific, the name ends where the post starts
    ex = run(
        "اجتماع إنساني\n"
        "عقد الوزير اجتماعا أمس مع السيدة بريجيت سولبرغ الأمينة العامة للمجلس الدنماركي "
        "للاجئين، تناول الأوضاع الإنسانية.",
        "ar",
    )
    assert "بريجيت سولبرغ" in names(ex, "Official")
    assert ("بريجيت سولبرغ", "المجلس الدنماركي للاجئين") in rels(ex, "MEMBER_OF")


def test_ar_name_word_spelled_as_imperfect_verb_right_after_honorific():
    # "Mr Eustace de X": a ya-initial foreign given name right after "Mr", before a particle
    ex = run(
        "لقاء اقتصادي\n"
        "واستقبل الوزير السيد يوستاس دي هولتن الرئيس التنفيذي لميناء روتردام الهولندي.",
        "ar",
    )
    assert "يوستاس دي هولتن" in names(ex, "Official")


def test_ar_name_word_spelled_as_imperfect_verb_closing_an_honorific_name():
    # "Mr Ahmet Emin Yildirim,", the middle name a title word too: a ya-initial family name
    # closing the name before a comma
    ex = run(
        "زيارة ميدانية\n"
        "وقام بالزيارة منسق برامج الوكالة السيد أحمد أمين يلديرم، بحضور عدد من المسؤولين.",
        "ar",
    )
    assert "أحمد أمين يلديرم" in names(ex, "Official")
