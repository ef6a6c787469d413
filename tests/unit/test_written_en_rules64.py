"""Round-21 membership rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_head_leads_the_delegation_not_the_parent_body_closing_its_phrase():
    # "a delegation of the Committee on X of the Y Parliament (ABBR), led by Z": Z heads the
    # delegation that opens the phrase, not the parliament named (and abbreviated) at its end
    ex = run(
        "Talks\n"
        "Accra - The Speaker of Parliament, Kofi Boateng, on Monday received a delegation of the "
        "Committee on Health of the Pan-African Parliament (PAP), led by the Committee's "
        "Chairperson, Hon. Amina Diallo.",
        "en",
    )
    heads = {t for s, t in rels(ex, "MEMBER_OF") if s == "Amina Diallo"}
    assert any(t.startswith("delegation") for t in heads)
    assert "Pan-African Parliament" not in heads
