"""English constructions of the twenty-first round (issue #10: government texts of many
governments in English): a holder named after a body's bracketed abbreviation when the body is
an "Administration" or a company with its legal ending "Limited" (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, names, rels, run


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
