"""The author of first-person remarks is the official right after the agentive word of the
byline, also when the byline names another official after it ("Remarks by X at the press
conference with Y"): "I met Z" in the remarks is the author's meeting. A joint byline ("by X and
Y") names no one author (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_byline_author_with_a_partner_named_after_meets_whom_i_met():
    text = (
        "Keynote speech given by Agriculture Commissioner Helga Marsh to the farmers' forum, "
        "alongside Kenyan Agriculture Secretary Moses Chebet-Keter\n\n"
        "Eldoret\n\n"
        "Thank you for the warm welcome to the Rift Valley.\n\n"
        "On my way here I met President Amina Lekishon, who told me about the drought.\n"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Helga Marsh", "Amina Lekishon"}) in pairs
    assert frozenset({"Moses Chebet-Keter", "Amina Lekishon"}) not in pairs


def test_en_joint_byline_names_no_author_of_i_met():
    text = (
        "Joint remarks by Agriculture Commissioner Helga Marsh and Agriculture Secretary "
        "Moses Chebet-Keter\n\n"
        "Eldoret\n\n"
        "On my way here I met President Amina Lekishon.\n"
    )
    pairs = met(run(text, "en"))
    assert not any("Amina Lekishon" in p for p in pairs)
