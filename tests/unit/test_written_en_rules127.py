"""Round-23 agency rule (English): a ministry named head first by its portfolio alone ("the
Ministry of Health") is not the ministry a title names by a fuller style that portfolio does not
begin ("Minister for National Health Services, Regulations and Coordination"); a fuller style
the short name begins ("Minister of Foreign Affairs and Expatriates") is still the same ministry.
Sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_bare_portfolio_ministry_is_not_a_fuller_style_it_does_not_begin():
    ex = run(
        "Health talks in Geneva\n"
        "GENEVA, May 3 - Qatar's Minister of Health Dr. Khalid Mansour met the WHO chief on "
        "Wednesday.\n"
        "Mansour was accompanied by Undersecretary of the Ministry of Health Dr. Omar Haddad.\n"
        "He also held talks with Federal Minister for National Health Services, Regulations and "
        "Coordination Dr. Lina Qadri.\n",
        "en",
    )
    agencies = names(ex, "Agency")
    fuller = "Ministry of National Health Services, Regulations and Coordination"
    assert fuller in agencies
    assert ("Lina Qadri", fuller) in rels(ex, "MEMBER_OF")
    assert ("Omar Haddad", fuller) not in rels(ex, "MEMBER_OF")


def test_en_a_fuller_style_the_bare_name_begins_is_the_same_ministry():
    ex = run(
        "Talks in Amman\n"
        "AMMAN, May 3 - The Secretary-General of the Ministry of Foreign Affairs Rami Nasser "
        "attended the talks.\n"
        "Minister of Foreign Affairs and Expatriates Samir Khouri met the envoy.\n",
        "en",
    )
    ministries = [a for a in names(ex, "Agency") if "Foreign" in a]
    assert len(ministries) == 1
