""" "Secretary-General of the Ministry of Trade and Industry Ama Nkrumah-Dede": portfolios joined by
"and" that name a ministry end the body before the holder's name, though her given name is in no
list (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "The loan was signed by Secretary-General of the Ministry of Planning and International "
    "Cooperation Ifeoluwa Tamsin Al-Rawahi at the bank's offices.\n"
)


def test_en_holder_name_after_a_compound_portfolio_is_no_part_of_the_body():
    ex = run(TEXT, "en", title="Loan signed")
    assert "Ifeoluwa Tamsin Al-Rawahi" in names(ex, "Official")
    assert not any("Ifeoluwa" in n for n in names(ex, "Agency"))
    assert any(src == "Ifeoluwa Tamsin Al-Rawahi" for src, _t in rels(ex, "MEMBER_OF"))


def test_en_a_portfolio_word_after_and_stays_in_the_body():
    text = "Staff of the Ministry of Finance and National Economy Planning Unit met on Monday.\n"
    ex = run(text, "en", title="Budget talks")
    assert not any(n.endswith(" and") for n in names(ex, "Agency"))
