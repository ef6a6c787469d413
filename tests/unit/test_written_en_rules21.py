"""English constructions of the twenty-first round (issue #10: government texts of many
governments in English): a holder named after a body's bracketed abbreviation when the body is
an "Administration" or a company with its legal ending "Limited" (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run


# ---- "<modifiers> Administration" names a government body
@pytest.mark.parametrize(
    ("text", "body", "holder"),
    [
        (
            "The meeting was attended by the Minister of the Maritime Safety Administration (MSA), "
            "Lee Jae-won.",
            "Maritime Safety Administration",
            "Lee Jae-won",
        ),
        (
            "The President received the Administrator of the Federal Aviation Administration "
            "(FAA), Tom Bell, in Washington.",
            "Federal Aviation Administration",
            "Tom Bell",
        ),
        (
            "Officials later met Ali Khan, head of the Civil Aviation Administration.",
            "Civil Aviation Administration",
            "Ali Khan",
        ),
    ],
)
def test_en_administration_heads_a_body_and_keeps_its_holder(text, body, holder):
    ex = run(text, "en")
    assert ent(ex, body).type == "Agency"
    assert holder in names(ex, "Official")
    assert (holder, body) in rels(ex, "MEMBER_OF")


def test_en_bare_administration_is_no_body():
    ex = run("Mr. Smith said the Administration would act on the proposal next week.", "en")
    assert not [e for e in ex.entities if e.type == "Agency"]


# ---- a company's legal ending "Limited" is part of its name, not a person's name
@pytest.mark.parametrize(
    ("text", "body", "holder"),
    [
        (
            "The delegation included the Chief Executive Officer of the Ghana Cocoa Trading "
            "Company Limited (GCTC Ltd), Mr. Kofi Mensah.",
            "Ghana Cocoa Trading Company Limited",
            "Kofi Mensah",
        ),
        (
            "The delegation included the Managing Director of the Kenya Pipeline Company Limited, "
            "Mr. John Otieno.",
            "Kenya Pipeline Company Limited",
            "John Otieno",
        ),
    ],
)
def test_en_company_limited_is_one_body_and_no_official(text, body, holder):
    ex = run(text, "en")
    assert ent(ex, body).type == "Agency"
    assert names(ex, "Official") == {holder}
    assert (holder, body) in rels(ex, "MEMBER_OF")


# ---- a bare honorific subject ("His Highness received Y") stands for the principal named before
@pytest.mark.parametrize(
    "second",
    [
        "In a separate meeting, His Highness received Marco Rossi, Italy's Minister of Defence.",
        "His Highness later received Marco Rossi, Italy's Minister of Defence, at the palace.",
        "His Excellency also received Marco Rossi, Italy's Minister of Defence.",
        # the guest spoke since: the style is still the host's
        "For his part, Sato thanked Oman for its welcome. In a separate meeting, His Highness "
        "received Marco Rossi, Italy's Minister of Defence.",
    ],
)
def test_en_bare_honorific_subject_carries_the_earlier_principal(second):
    ex = run(
        "Sheikh Saif bin Nasser, Minister of Foreign Affairs, received Kenji Sato, Japan's "
        "Minister of Trade, in Muscat on Sunday. " + second,
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Saif bin Nasser", "Marco Rossi"}) in pairs
    assert frozenset({"Kenji Sato", "Marco Rossi"}) not in pairs
