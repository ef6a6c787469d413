"""A post held by one person (a king, an emir, a president) of the same country, worded one way
in the headline ("Kuwait Amir", "أمير الكويت") and another in the body ("the Amir of Kuwait",
"أمير دولة الكويت"), is one unnamed official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_headline_country_emir_and_body_emir_of_country_are_one():
    ex = run(
        "The ambassador handed him a written message from His Highness the Amir of Kuwait on "
        "Sunday.",
        "en",
        title="Peruvian President receives Kuwait Amir's message",
    )
    assert len([n for n in names(ex, "Official") if "Amir" in n]) == 1


def test_en_president_and_vice_president_of_one_country_stay_two():
    ex = run(
        "The envoy handed a letter from the Vice President of Peru to the minister.",
        "en",
        title="Minister receives message from Peruvian President",
    )
    officials = names(ex, "Official")
    assert len([n for n in officials if "President" in n]) == 2
