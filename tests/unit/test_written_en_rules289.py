"""Who a reception meets. A courtesy call told in the passive ("X was paid a courtesy call by Y"):
the one called on met the caller, as with "Y paid a courtesy call on X". The head of a delegation
met as a delegation is not met himself (eval/written/README.md's delegation convention), also
when the delegation noun is no party of its own ("a delegation from <country or body> led by X",
"a <body> (<abbreviation>) mission headed by Y") and when a title its body owns stands between
the cue and the head ("headed by the <body>'s <title>, Z") (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Fiji's leaders receive envoys\n\nThe Prime Minister of Fiji, Mr. Semesa Tuilagi, was "
    "paid a courtesy call by the Ambassador of Chile to Fiji, Ms. Renata Olguin, at his "
    "office in Suva on Monday.\n\nOn Wednesday the Deputy Prime Minister of Fiji, Ms. Litia "
    "Vosa, was paid a farewell call by Mr. Tavita Leiataua, Samoa's High Commissioner to "
    "Fiji, whose posting ends this month.\n"
)


def test_en_passive_courtesy_call_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Semesa Tuilagi", "Renata Olguin"}) in pairs
    assert frozenset({"Litia Vosa", "Tavita Leiataua"}) in pairs


DELEGATIONS = (
    "Zambian ministers meet visitors\n\nMr. Chanda Phiri, Zambia's Minister of Mines, hosted "
    "at his ministry a delegation from the Republic of Chile, which was led by Chile's "
    "Minister of Mining, Mr. Tomas Rojas.\n\nZambia's Minister of Finance, Ms. Mutale Banda, "
    "held talks on Friday with a World Bank (WB) mission headed by Mr. Anders Holm on the "
    "credit facility.\n\nMr. Phiri later met the Ambassador of Japan to Zambia, Mr. Kenji "
    "Sato.\n"
)


def test_en_head_of_a_bare_delegation_is_not_met():
    pairs = met(run(DELEGATIONS, "en"))
    assert frozenset({"Chanda Phiri", "Tomas Rojas"}) not in pairs
    assert frozenset({"Mutale Banda", "Anders Holm"}) not in pairs
    assert frozenset({"Chanda Phiri", "Kenji Sato"}) in pairs


FRIENDSHIP_GROUP = (
    "Zambian Speaker hosts lawmakers from Nairobi\n\nMr. Kelvin Mwansa, Speaker of the "
    "National Assembly of Zambia, received in Lusaka a delegation from the Kenya-Zambia "
    "Parliamentary Friendship Group, headed by the group's vice-chairman, Hon. Otieno "
    "Barasa, for three days of talks on cross-border trade.\n\nMr. Mwansa later met the "
    "Ambassador of Japan to Zambia, Mr. Kenji Sato.\n"
)


def test_en_head_named_by_the_body_possessive_title_is_not_met():
    pairs = met(run(FRIENDSHIP_GROUP, "en"))
    assert frozenset({"Kelvin Mwansa", "Otieno Barasa"}) not in pairs
    assert frozenset({"Kelvin Mwansa", "Kenji Sato"}) in pairs
