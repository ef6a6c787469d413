"""English releases in South Asian civil-service style: "Secretary Commerce X" (the ministry's
field after the post with no "of"), and a family name spelled as an honorific closing a name
before a lower-case word. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_en_secretary_then_field_without_of():
    ex = run(
        "Joint Secretary Commerce Farah Nadeem Akhtar and the trade attache attended the talks.",
        "en",
    )
    assert "Farah Nadeem Akhtar" in names(ex, "Official")
    assert not any(n.startswith("Commerce") for n in names(ex, "Official"))


def test_en_honorific_spelled_family_name_before_a_lower_case_word():
    ex = run(
        "Deputy Governor Bilal Ahmed Sheikh and two directors of the bank were also present.",
        "en",
    )
    assert "Bilal Ahmed Sheikh" in names(ex, "Official")
