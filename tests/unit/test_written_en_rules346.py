""" "Minister X signed an agreement with <country>", then "signed on the <nisba> side by Y":
the country's signers named after the verb of signing met X, and the signing's attendees meet
them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Estonia, Norway agree on cyber range\n\n"
    "TALLINN, Sept 14 -- Estonian Minister of Defence Kalev Saarsalu signed a memorandum with "
    "Norway at the cyber range in Tartu on Wednesday.\n\n"
    "Signed on the Norwegian side by State Secretary of Defence Ingvild Brekke over a video "
    "link from Oslo, the memorandum's cadet annex is signed by Director of the Norwegian Cyber "
    "Academy, Torstein Lunde.\n\n"
    "Estonian Chief of Defence Forces Gen. Martin Kask attended the signing in Tartu.\n"
)


def test_en_country_signers_meet_the_minister_who_signed_with_their_country():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Kalev Saarsalu", "Ingvild Brekke"}) in pairs
    assert frozenset({"Kalev Saarsalu", "Torstein Lunde"}) in pairs
    assert frozenset({"Ingvild Brekke", "Torstein Lunde"}) not in pairs


def test_en_attendees_of_the_signing_meet_the_country_signers():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Martin Kask", "Ingvild Brekke"}) in pairs
    assert frozenset({"Martin Kask", "Kalev Saarsalu"}) not in pairs


NO_SIGNERS = (
    "Estonia signs space pact\n\n"
    "TALLINN, Sept 14 -- Estonian Minister of Economy Liis Rebane on Monday signed a space "
    "research pact with Norway.\n\n"
    "Rebane then flew to Narva, where she met Narva Mayor Oleg Tammsaar on the new border "
    "crossing.\n"
)


def test_en_a_signing_with_a_country_alone_meets_no_one():
    pairs = met(run(NO_SIGNERS, "en"))
    assert not any("Liis Rebane" in p and "Norway" in p for p in pairs)
    assert len(pairs) == 1


FAR = (
    "Estonia signs space pact\n\n"
    "TALLINN, Sept 14 -- Estonian Minister of Economy Liis Rebane on Monday signed a space "
    "research pact with Norway.\n\n"
    "The pact covers satellite data, launch services and student grants.\n\n"
    "Estonia hopes to place two small satellites in orbit by the end of the decade.\n\n"
    "Its first research station opened in Tartu in 2019.\n\n"
    "In 2021, a fisheries accord was signed on the Norwegian side by State Secretary of "
    "Fisheries Harald Vindenes.\n"
)


def test_en_a_signing_far_from_the_one_with_a_country_is_another():
    pairs = met(run(FAR, "en"))
    assert frozenset({"Liis Rebane", "Harald Vindenes"}) not in pairs
