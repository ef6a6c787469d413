"""The author of first-person remarks is the official right after the agentive word of the
byline, also when the byline names another official after it ("Remarks by X at the press
conference with Y"): "I met Z" in the remarks is the author's meeting. A joint byline ("by X and
Y") names no one author (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_byline_author_with_a_partner_named_after_meets_whom_i_met():
    text = (
        "Statement by Trade Commissioner Helga Marsh at the joint press point with Mr Ousmane "
        "Diallo, Minister of Commerce of Senegal\n\n"
        "Dakar, 12 March\n\n"
        "Good morning. Our talks on fisheries access were open and useful.\n\n"
        "This morning I also met Prime Minister Awa Ndoye, and we spoke about the new port.\n"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Helga Marsh", "Awa Ndoye"}) in pairs
    assert frozenset({"Ousmane Diallo", "Awa Ndoye"}) not in pairs


def test_en_joint_byline_names_no_author_of_i_met():
    text = (
        "Joint remarks by Trade Commissioner Helga Marsh and Minister of Commerce "
        "Ousmane Diallo\n\n"
        "Dakar, 12 March\n\n"
        "This morning I also met Prime Minister Awa Ndoye.\n"
    )
    pairs = met(run(text, "en"))
    assert not any("Awa Ndoye" in p for p in pairs)
