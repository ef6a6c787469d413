""" "Secretary-General of the Ministry of Trade and Industry Ama Nkrumah-Dede": portfolios joined by
"and" that name a ministry end the body before the holder's name, though her given name is in no
list; "Deputy Director at the Geological Survey Office (GSO) Lotte Varga-Huber and her team": the
holder's name after the body and its bracketed abbreviation ends at "and" before a lower-case word
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Bids for the rail tender were opened on Thursday in the presence of Director-General of the "
    "Ministry of Transport and Communications Ifeoluwa Tamsin Al-Rawahi.\n"
)


def test_en_holder_name_after_a_compound_portfolio_is_no_part_of_the_body():
    ex = run(TEXT, "en", title="Rail tender opens")
    assert "Ifeoluwa Tamsin Al-Rawahi" in names(ex, "Official")
    assert not any("Ifeoluwa" in n for n in names(ex, "Agency"))
    assert any(src == "Ifeoluwa Tamsin Al-Rawahi" for src, _t in rels(ex, "MEMBER_OF"))


def test_en_a_portfolio_word_after_and_stays_in_the_body():
    text = "Staff of the Ministry of Energy and Water Development Planning Unit met on Monday.\n"
    ex = run(text, "en", title="Budget talks")
    assert not any(n.endswith(" and") for n in names(ex, "Agency"))


def test_en_holder_after_a_bracketed_abbreviation_ends_before_and_her_team():
    text = (
        "Mining Minister Tariq Obeidat hosted Deputy Director at the Geological Survey Office "
        "(GSO) Lotte Varga-Huber and her team for lunch in Windhoek.\n"
    )
    ex = run(text, "en", title="Lithium talks")
    assert "Lotte Varga-Huber" in names(ex, "Official")
    assert frozenset({"Tariq Obeidat", "Lotte Varga-Huber"}) in met(ex)


def test_en_holder_after_a_body_ends_before_and_his_staff():
    text = (
        "Mining Minister Tariq Obeidat received Deputy Director at the Ministry of Transport "
        "Ruben Ostrander-Lee and his staff.\n"
    )
    ex = run(text, "en", title="Lithium talks")
    assert frozenset({"Tariq Obeidat", "Ruben Ostrander-Lee"}) in met(ex)
