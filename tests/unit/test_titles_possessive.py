"""Titles after a possessive: "Sweden's foreign minister", "X, her Jordanian counterpart," (and
the Arabic apposition and construct forms of the same titles), on sentences written for these
tests."""

from .helpers import ent, met, rels, run, said


def test_lowercase_title_after_country_possessive_en():
    ex = run(
        "Norway's foreign minister Erik Dahl met with Jordan's foreign minister Omar Qasem.", "en"
    )
    assert ent(ex, "Erik Dahl").country == "NOR"
    assert ent(ex, "Omar Qasem").country == "JOR"
    assert frozenset({"Erik Dahl", "Omar Qasem"}) in met(ex)
    # two countries' foreign ministries are named by their countries
    assert ("Erik Dahl", "Norway's Foreign Ministry") in rels(ex, "MEMBER_OF")


def test_lowercase_title_after_possessive_in_apposition_en():
    ex = run("Sweden's ambassador to Chile, Karin Lund, met Chilean President Pablo Reyes.", "en")
    assert ent(ex, "Karin Lund").type == "Official"
    assert frozenset({"Karin Lund", "Pablo Reyes"}) in met(ex)


def test_unnamed_possessive_title_speaks_en():
    ex = run("Kuwait's foreign minister said on Sunday that the border talks would resume.", "en")
    assert any("border talks would resume" in q for _sp, q in said(ex))


def test_a_possessive_before_a_common_noun_is_no_title_en():
    ex = run("Norway's foreign trade grew last year, Erik Dahl said.", "en")
    assert not [e for e in ex.entities if e.type == "Official"]


def test_name_then_possessive_counterpart_en():
    ex = run(
        "Prime Minister Anna Berg met Karim Haddad, her Jordanian counterpart, in Amman.", "en"
    )
    assert ent(ex, "Karim Haddad").country == "JOR"
    assert frozenset({"Anna Berg", "Karim Haddad"}) in met(ex)


def test_name_then_title_apposition_ar():
    ex = run("وقال عمر قاسم، وزير الخارجية الأردني، إن المباحثات كانت مثمرة.", "ar")
    assert ent(ex, "عمر قاسم").country == "JOR"
    assert any(sp == "عمر قاسم" for sp, _q in said(ex))


def test_construct_title_with_country_ar():
    ex = run("التقى رئيس الوزراء خالد سالم بوزير خارجية النرويج إريك دال.", "ar")
    assert ent(ex, "إريك دال").country == "NOR"
    assert frozenset({"خالد سالم", "إريك دال"}) in met(ex)
