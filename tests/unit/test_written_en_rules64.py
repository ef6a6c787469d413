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


def test_en_head_leads_the_delegation_over_its_body_name_and_comma():
    # "a delegation of the X-Y Parliamentary Friendship Group of the Z Parliament, led by W": W
    # heads the delegation the phrase opens with
    ex = run(
        "Talks\n"
        "Lusaka - The Speaker of the National Assembly, Grace Mwila, on Monday received a "
        "delegation of the Nordic-Zambian Parliamentary Friendship Group of the Storting, led by "
        "its chair, Mr. Henrik Aasland.",
        "en",
    )
    heads = {t for s, t in rels(ex, "MEMBER_OF") if s == "Henrik Aasland"}
    assert any(t.startswith("delegation") for t in heads)
