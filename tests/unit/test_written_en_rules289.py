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
    "Freezers for Pacific clinics\n\nA consignment of vaccine freezers reached Suva on Monday, "
    "and Fiji's Minister of Health, Dr. Josaia Raikadroka, was paid a courtesy visit by Chile's "
    "Ambassador to Fiji, Ms. Paloma Uribe, who had arranged the gift.\n\nIn Apia two "
    "cruise-line executives sat in as Samoa's Minister of Tourism, Ms. Faamanu Leota, was paid "
    "a courtesy call by Mr. Hamish Carver, Australia's High Commissioner to Samoa.\n"
)


def test_en_passive_courtesy_call_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Josaia Raikadroka", "Paloma Uribe"}) in pairs
    assert frozenset({"Faamanu Leota", "Hamish Carver"}) in pairs


DELEGATIONS = (
    "Copper talks in Lusaka\n\nTwo days of copper talks opened in Lusaka on Tuesday, when "
    "Zambia's Minister of Mines, Mr. Mwila Chisanga, received in his office a delegation from "
    "Peru, which was led by Peru's Minister of Energy and Mines, Mr. Raul Quispe Mamani.\n\n"
    "With the Chingola bypass loan under review, Zambia's Minister of Transport, Ms. Chileshe "
    "Mulenga, met with an African Development Bank (AfDB) mission headed by Ms. Nadia "
    "Benali.\n\nThe same afternoon Mr. Chisanga met Japan's Ambassador to Zambia, Mr. Daisuke "
    "Mori.\n"
)


def test_en_head_of_a_bare_delegation_is_not_met():
    pairs = met(run(DELEGATIONS, "en"))
    assert frozenset({"Mwila Chisanga", "Raul Quispe Mamani"}) not in pairs
    assert frozenset({"Chileshe Mulenga", "Nadia Benali"}) not in pairs
    assert frozenset({"Mwila Chisanga", "Daisuke Mori"}) in pairs


FRIENDSHIP_GROUP = (
    "Offshore wind on the agenda in Reykjavik\n\nFor an hour on Thursday, Iceland's Minister "
    "for Foreign Affairs, Mr. Gunnar Olafsson, hosted at the ministry a delegation from the "
    "Norway-Iceland Parliamentary Friendship Group, which was headed by the group's "
    "vice-chairman, Hon. Ole Strand; offshore wind and grid links were discussed.\n\nMr. "
    "Olafsson then received Canada's Ambassador to Iceland, Mr. Luc Tremblay.\n"
)


def test_en_head_named_by_the_body_possessive_title_is_not_met():
    pairs = met(run(FRIENDSHIP_GROUP, "en"))
    assert frozenset({"Gunnar Olafsson", "Ole Strand"}) not in pairs
    assert frozenset({"Gunnar Olafsson", "Luc Tremblay"}) in pairs
