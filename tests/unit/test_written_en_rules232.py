"""English unnamed spokespersons of round 25: "A State Department spokesperson said …": a bare title
after an indefinite article and a body is an official the text does not name, not the
spokesperson named earlier in the story; the statement is the body's (FORMAT.md: a statement by
an unnamed spokesperson belongs to the agency). Sentences written for these tests."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "NAIROBI, May 6 (Reuters) - Kenyan foreign ministry spokesman Peter Odhiambo said in a "
    "separate statement that the talks had been useful.\n"
    "Separately, Kenyan Foreign Minister Joseph Mwangi spoke by telephone with U.S. Secretary of "
    "State Mark Ellison. A State Department spokesperson said Ellison \"reiterated Washington's "
    'commitment to regional security" during the call.\n'
)


def test_en_indefinite_spokesperson_speaks_for_the_body():
    found = said(run(_TEXT, "en"))
    speakers = [s for s, q in found if "regional security" in q]
    assert speakers == ["State Department"]


def test_en_named_spokesperson_keeps_his_statement():
    found = said(run(_TEXT, "en"))
    assert ("Peter Odhiambo", "the talks had been useful") in found
