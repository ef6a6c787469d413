"""Round-21 body rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_a_genitive_adjective_and_country_nisba_after_an_indefinite_delegation():
    ex = run(
        "زيارة\n"
        "نواكشوط (وكالة) - استقبل الوزير الأول، السيد سالم ولد أحمد، وزير التجارة لجمهورية "
        "غانا، السيد كوفي منساه، الذي يزور البلاد على رأس وفد تجاري غاني.",
        "ar",
    )
    assert "وفد تجاري غاني" in names(ex, "Agency")
    assert ent(ex, "وفد تجاري غاني").country == "GHA"
    assert ("كوفي منساه", "وفد تجاري غاني") in rels(ex, "MEMBER_OF")


def test_ar_an_adjective_closing_the_clause_after_at_the_head_of_a_delegation():
    ex = run(
        "زيارة\n"
        "تونس (وكالة) - التقى وزير الصحة، السيد منير بن علي، وزيرة الصحة في جمهورية مالي، "
        "السيدة فاطمة تراوري، التي تزور تونس على رأس وفد كبير.",
        "ar",
    )
    assert "وفد كبير" in names(ex, "Agency")
    assert ("فاطمة تراوري", "وفد كبير") in rels(ex, "MEMBER_OF")


def test_ar_a_verb_after_at_the_head_of_a_delegation_is_no_adjective():
    ex = run(
        "زيارة\n"
        "تونس (وكالة) - وصل وزير الصحة المالي إلى تونس على رأس وفد يضم خبراء، "
        "ثم التقى نظيره.",
        "ar",
    )
    assert not any(n.startswith("وفد يضم") for n in names(ex, "Agency"))


def test_ar_a_guest_named_by_a_foreign_title_after_the_hosts_owns_the_accompanying_delegation():
    ex = run(
        "مشاورات\n"
        "مسقط (وكالة) - ترأس الجانب الكيني السيد جون كاماو، نائب وزير الخارجية الكيني. "
        "وعلى هامش المشاورات، استقبل السيد سالم بن راشد الهنائي، وزير الخارجية، "
        "نائب الوزير الكيني والوفد المرافق له.",
        "ar",
    )
    assert ("سالم بن راشد الهنائي", "الوفد المرافق له") not in rels(ex, "MEMBER_OF")


def test_ar_the_hosts_own_second_title_keeps_the_accompanying_delegation_his():
    ex = run(
        "زيارة\n"
        "الرباط (وكالة) - وصل إلى الرباط السيد كوفي منساه، وزير التجارة الغاني، "
        "رئيس اللجنة الوطنية الغانية والوفد المرافق له.",
        "ar",
    )
    assert ("كوفي منساه", "الوفد المرافق له") in rels(ex, "MEMBER_OF")


def test_ar_a_hosts_title_without_a_comma_then_a_foreign_guests_title():
    ex = run(
        "مشاورات\n"
        "مسقط (وكالة) - ترأس الجانب الكيني السيد جون كاماو، نائب وزير الخارجية الكيني. "
        "وفي وقت لاحق، استقبل السيد سالم بن راشد الهنائي وزير الخارجية، "
        "نائب وزير الخارجية الكيني والوفد المرافق له.",
        "ar",
    )
    assert ("سالم بن راشد الهنائي", "الوفد المرافق له") not in rels(ex, "MEMBER_OF")
