"""Who a reception meets. A courtesy call told in the passive ("X was paid a courtesy call by Y"):
the one called on met the caller, as with "Y paid a courtesy call on X". The head of a delegation
met as a delegation is not met himself (eval/written/README.md's delegation convention), also
when the delegation noun is no party of its own: "received a delegation from <country or body>
led by X", "met the <body> (<abbreviation>) mission headed by Y" (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Visitors at the Prime Minister's office\n\n"
    "The Prime Minister of Fiji, Mr. Semesa Tuilagi, was paid a courtesy call by the Ambassador "
    "of Chile to Fiji, Ms. Renata Olguin, at his office in Suva on Monday.\n\n"
    "In the afternoon, the Prime Minister was paid a farewell call by the departing High "
    "Commissioner of Samoa, Mr. Tavita Leiataua. He thanked him for his service.\n"
)


def test_en_passive_courtesy_call_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Semesa Tuilagi", "Renata Olguin"}) in pairs
    assert frozenset({"Semesa Tuilagi", "Tavita Leiataua"}) in pairs


DELEGATIONS = (
    "Zambian ministers meet visitors\n\n"
    "On Thursday, Zambia's Minister of Mines, Mr. Chanda Phiri, received a delegation from the "
    "Republic of Chile led by Chile's Minister of Mining, Mr. Tomas Rojas.\n\n"
    "On Friday, Zambia's Minister of Finance, Ms. Mutale Banda, met in Lusaka with the "
    "International Monetary Fund (IMF) mission headed by Mr. Anders Holm, who is leading the "
    "review of the credit facility.\n\n"
    "Mr. Phiri later met the Ambassador of Japan to Zambia, Mr. Kenji Sato.\n"
)


def test_en_head_of_a_bare_delegation_is_not_met():
    pairs = met(run(DELEGATIONS, "en"))
    assert frozenset({"Chanda Phiri", "Tomas Rojas"}) not in pairs
    assert frozenset({"Mutale Banda", "Anders Holm"}) not in pairs
    assert frozenset({"Chanda Phiri", "Kenji Sato"}) in pairs


FRIENDSHIP_GROUP = (
    "Zambian Speaker receives Kenyan lawmakers\n\n"
    "The Speaker of the National Assembly of Zambia, Mr. Kelvin Mwansa, on Monday received a "
    "delegation from the Kenya-Zambia Parliamentary Friendship Group of the National Assembly of "
    "Kenya, headed by the group's chairman, Hon. Otieno Barasa.\n\n"
    "Mr. Mwansa later met the Ambassador of Japan to Zambia, Mr. Kenji Sato.\n"
)


def test_en_head_named_by_the_body_possessive_title_is_not_met():
    pairs = met(run(FRIENDSHIP_GROUP, "en"))
    assert frozenset({"Kelvin Mwansa", "Otieno Barasa"}) not in pairs
    assert frozenset({"Kelvin Mwansa", "Kenji Sato"}) in pairs
