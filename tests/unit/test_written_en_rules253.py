"""English: "The mission then made a courtesy call on X" (a meeting noun with its object, no
official before it): the delegation opening the sentence pays the call, not the official the
text named last (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Kenyan lawmakers in Kampala\n\n"
    "KAMPALA, 6 June 2026 – The Budget Committee on Tuesday hosted a delegation of the National"
    " Assembly of Kenya, headed by Hon. Amina Wekesa, Vice Chair of the Assembly's Energy"
    " Committee.\n\n"
    "Hon. Moses Okello, who chairs the Budget Committee, hosted the talks.\n\n"
    "The delegation then made a courtesy call on the Deputy Speaker, Hon. Grace Nabirye.\n"
)


def test_en_delegation_pays_courtesy_call():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Moses Okello", "Grace Nabirye"}) not in pairs
    assert any("Grace Nabirye" in p and any("delegation" in n.lower() for n in p) for p in pairs)


def test_en_official_subject_still_pays_call():
    text = _TEXT.replace("The delegation then made", "Hon. Amina Wekesa then made")
    pairs = met(run(text, "en"))
    assert frozenset({"Amina Wekesa", "Grace Nabirye"}) in pairs
