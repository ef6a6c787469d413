"""Arabic: a post held by one person of the same country, worded one way in the headline
("أمير الكويت") and another in the body ("أمير دولة الكويت"), is one unnamed official (sentences
written for these tests; the English side is in test_written_en_rules191.py)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_headline_emir_and_body_emir_of_the_state_are_one():
    ex = run(
        "سلم السفير رسالة خطية من أمير دولة الكويت إلى رئيس البيرو.",
        "ar",
        title="رئيس البيرو يتسلم رسالة من أمير الكويت",
    )
    assert len([n for n in names(ex, "Official") if "أمير" in n]) == 1
