"""Arabic officials' names and unnamed posts, round 17 (sentences written for these tests, the
names invented)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_indefinite_post_between_commas_after_a_name_is_that_names():
    ex = run(
        "لقاء في مدريد\n"
        "التقى معالي الشيخ مرزوق بن هلال آل حامد، وزير دولة، وزيرة التجارة في جمهورية "
        "البرتغال معالي إيزابيل كوستا رامالهو، وذلك على هامش المنتدى.",
        "ar",
    )
    assert ent(ex, "مرزوق بن هلال آل حامد").type == "Official"
    assert ent(ex, "إيزابيل كوستا رامالهو").type == "Official"
    assert frozenset({"مرزوق بن هلال آل حامد", "إيزابيل كوستا رامالهو"}) in {
        frozenset(p) for p in rels(ex, "MET_WITH")
    }


def test_ar_holder_after_post_of_the_body_named_by_its_head_noun():
    ex = run(
        "قرض جديد\nوكان المدير العام للصندوق ماجد ناصر العتيق قد أعلن أمس توقيع اتفاقية قرض جديدة.",
        "ar",
    )
    assert "ماجد ناصر العتيق" in names(ex, "Official")
    assert "المدير العام" not in names(ex, "Official")


def test_ar_the_country_after_a_ministers_title_is_no_name():
    ex = run(
        "زيارة مرتقبة\nومن المنتظر أن يزور وزير الخارجية الأوزبكي البلاد الشهر المقبل.",
        "ar",
    )
    assert "البلاد" not in names(ex, "Official")
    assert "وزير الخارجية الأوزبكي" in names(ex, "Official")


def test_ar_high_commissioner_adjective_is_no_name():
    ex = run(
        "اجتماع\n"
        "وعقد الوزير اجتماعاً مع السيد غونزالو بيريرا، المفوض السامي لشؤون السلام في "
        "جمهورية الإكوادور.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "السامي" not in officials
    assert "غونزالو بيريرا" in officials


def test_ar_unnamed_king_keeps_his_style_and_a_cable_is_no_name():
    ex = run(
        "برقية\nبعث جلالة الملك برقية تهنئة إلى رئيس جمهورية البرتغال بمناسبة العيد الوطني لبلاده.",
        "ar",
    )
    king = ent(ex, "جلالة الملك")
    assert king.type == "Official"
    officials = names(ex, "Official")
    assert "برقية تهنئة" not in officials
    assert "رئيس جمهورية البرتغال" in officials


def test_ar_definite_given_name_after_rank_before_bin():
    ex = run(
        "مباحثات\nجرت مباحثات موسعة بحضور سمو الأمير الوليد بن منصور الثالث، ولي العهد.",
        "ar",
    )
    assert "الوليد بن منصور الثالث" in names(ex, "Official")


def test_ar_hyphened_foreign_name_of_function_words():
    ex = run(
        "استقبال\n"
        "استقبل الوزير رئيسة وزراء جمهورية إستونيا، آنا-ليسا كاسك، التي تزور المملكة حالياً.",
        "ar",
    )
    assert "آنا-ليسا كاسك" in names(ex, "Official")


def test_ar_hyphened_korean_name_ends_the_sentence_as_two_words():
    ex = run(
        "توقيع مذكرة\n"
        "الموافقة على مذكرة تفاهم للتعاون، التي وقعها الأمير ماجد بن سلطان وزير الصناعة، "
        "ونظيره الكوري كانغ جي-هو.",
        "ar",
    )
    assert "كانغ جي-هو" in names(ex, "Official")
