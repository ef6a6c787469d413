"""English titles as a grammar: ranks (hyphenated too), a head, "of the <agency>", the portfolio."""

import pytest

from .helpers import ent, names, rels, run


@pytest.mark.parametrize("text, name", [
    ("Lieutenant-General Sheikh Khalid Ali Al-Sabah received the delegation.", "Khalid Ali Al-Sabah"),
    ("The talks were attended by Chairman of the Budget Committee MP Salem Nasser Al-Azmi.", "Salem Nasser Al-Azmi"),
    ("He met Deputy Foreign Minister for Political Affairs Dr. Omar R. Haddad.", "Omar R. Haddad"),
])
def test_en_title_complement_then_name(text, name):
    assert name in names(run(text, "en"), "Official")


def test_en_ambassador_to_a_country_keeps_his_own_country():
    ex = run("Jordan's Ambassador to Kuwait Sami Naser Al-Khalil attended the meeting.", "en")
    assert ent(ex, "Sami Naser Al-Khalil").country == "JOR"


def test_en_hyphenated_title_forms_match():
    ex = run("The talks were attended by National Assembly Secretary-General Adel Hamad Al-Rashid.", "en")
    assert "Adel Hamad Al-Rashid" in names(ex, "Official")
