"""Coordinated guests where the second one's title opens with the body it heads ("A and
Presidential Council head B"): the body is B's, not a party, and its words are no part of A's
name; sentences written for these tests."""

from .helpers import ent, met, names, rels, run


def test_en_body_before_title_in_a_list_of_guests():
    ex = run(
        "Envoy Lena Holm met with Chadian Prime Minister Omar Idris and Transitional Council head "
        "Sami Aziz in the capital.",
        "en",
    )
    assert "Omar Idris and Transitional Council" not in names(ex, "Agency")
    assert ("Sami Aziz", "Transitional Council") in rels(ex, "MEMBER_OF")
    assert frozenset({"Lena Holm", "Omar Idris"}) in met(ex)
    assert frozenset({"Lena Holm", "Sami Aziz"}) in met(ex)


def test_en_conjoined_modifiers_of_one_body_stay_together():
    ex = run("Youth and Sports Council head Sami Aziz visited the stadium.", "en")
    assert ent(ex, "Youth and Sports Council").type == "Agency"


def test_ar_coordinated_guests_with_their_bodies():
    ex = run(
        "التقى المبعوث لينا هولم رئيس الوزراء التشادي عمر إدريس ورئيس المجلس الانتقالي سامي عزيز.",
        "ar",
    )
    assert frozenset({"لينا هولم", "عمر إدريس"}) in met(ex)
    assert frozenset({"لينا هولم", "سامي عزيز"}) in met(ex)
