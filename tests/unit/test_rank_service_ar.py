"""Ranks and titles: a rank of a service ("brigadier of-the-police") between a title and its
holder; the indefinite "minister of state" as one title.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, rels, run


def test_a_rank_of_a_service_stands_between_a_title_and_its_holder():
    ex = run(
        "ويقود الوفد مدير الشرطة القضائية بالمديرية العامة للأمن، عميد أول للشرطة سمير بن سالم.",
        "ar",
    )
    assert names(ex, "Official") == {"سمير بن سالم"}
    assert ("سمير بن سالم", "الشرطة القضائية") in rels(ex, "MEMBER_OF")


def test_an_indefinite_minister_of_state_is_one_title():
    ex = run("ووقع الاتفاقية عن الجانب الإماراتي سعادة خالد سالم المزروعي وزير دولة.", "ar")
    assert names(ex, "Official") == {"خالد سالم المزروعي"}


def test_a_charge_d_affaires_is_a_title():
    ex = run("وحضر اللقاء القائم بالأعمال في سفارة كندا لدى الأردن مارك جونسون.", "ar")
    assert "مارك جونسون" in names(ex, "Official")
