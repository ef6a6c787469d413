"""An agency right before a head-final title is the holder's, also when its last word (a country)
is read as the title's too.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import rels, run


def test_the_bank_before_its_governor():
    ex = run("The Central Bank of Jordan Governor Adel Sharkas said inflation was stable.", "en")
    assert ("Adel Sharkas", "Central Bank of Jordan") in rels(ex, "MEMBER_OF")


def test_a_government_before_its_prime_minister():
    ex = run(
        "Libyan Government of National Accord Prime Minister Fayez Sarraj met the envoy.", "en"
    )
    assert ("Fayez Sarraj", "Libyan Government of National Accord") in rels(ex, "MEMBER_OF")
